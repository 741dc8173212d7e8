//! `./x review`: material for a blind review of the crosswalk (issue 10), as JSON on stdout.
//!
//! - `./x review key` — every direct pair and every hub link with our typing: a pair's `rel`
//!   (from rel to) and `reuse` (what `from` alone gives `to`); a link's `rel` (requirement rel
//!   element) and `reuse` (what an implementation of the element built for another subject gives
//!   the requirement, as the engine computes it: `partial` when the requirement also asks for
//!   facets of another element, else `as_is` when the link adds no subject content, else `extend`).
//! - `./x review links` — every hub link, untyped (a full review of the links).
//! - `./x review sample SEED` — 25 pairs and 25 links drawn at random with that seed, each with
//!   the two sides' texts only (no types, no rationale): the packet a reviewer judges. The answer
//!   key for the sample is the matching entries of `key`.
use ims_crosswalk::domain::*;
use serde_json::{json, Value};

fn side(ds: &Dataset, id: &str) -> Value {
    let r = ds.requirement(id).expect("known requirement");
    let fw = &ds.frameworks[ds
        .framework_index(id.split(':').next().unwrap_or_default())
        .unwrap()];
    json!({"id": id, "framework": format!("{} {}", fw.name, fw.edition), "ref": r.reference,
           "title": r.title, "summary": r.summary})
}

fn items(ds: &Dataset, typed: bool) -> Vec<Value> {
    let mut out = Vec::new();
    for m in ds.mappings() {
        let mut v = json!({"item": format!("{} -> {}", m.from, m.to), "kind": "pair",
            "from": side(ds, &m.from), "to": side(ds, &m.to)});
        if typed {
            v["rel"] = json!(m.rel.key());
            v["reuse"] = json!(m.reuse.key());
            v["typing"] = json!(m.kind.key());
            v["why"] = json!(m.why);
        }
        out.push(v);
    }
    for f in &ds.frameworks {
        for r in f.assessed() {
            for l in &r.links {
                let e = &ds.elements[l.ei];
                let facets: Vec<Value> = e
                    .facets
                    .iter()
                    .map(|x| json!({"id": x.id, "name": x.name}))
                    .collect();
                // Which standards the element serves: whether it is shared between subjects is
                // part of what it is (not our typing of the item).
                let used_by: Vec<String> = ds
                    .frameworks
                    .iter()
                    .enumerate()
                    .filter(|(fi, _)| !ds.linking(*fi, l.ei).is_empty())
                    .map(|(_, f)| f.full_name())
                    .collect();
                let mut v = json!({"item": format!("{} ~ {}", r.id, e.id), "kind": "link",
                    "requirement": side(ds, &r.id),
                    "element": {"id": e.id, "name": e.name, "summary": e.summary, "facets": facets,
                        "used_by": used_by}});
                if typed {
                    v["rel"] = json!(l.rel.key());
                    // What the engine gives the requirement from this element alone, built for
                    // another subject (`crosswalk::link_reuse`).
                    v["reuse"] = json!(crosswalk::link_reuse(ds, r, l.ei).key());
                    v["facets"] = json!(l.f);
                    v["adds"] = json!(l.adds.as_ref().map(|a| a.text.clone()));
                }
                out.push(v);
            }
        }
    }
    out
}

/// A small deterministic generator (xorshift), so a seed names a sample.
fn draw(mut seed: u64, n: usize, from: usize) -> Vec<usize> {
    let mut picked = Vec::new();
    while picked.len() < n.min(from) {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let i = (seed % from as u64) as usize;
        if !picked.contains(&i) {
            picked.push(i);
        }
    }
    picked
}

fn main() {
    let ds = dataset();
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("key") => println!(
            "{}",
            serde_json::to_string_pretty(&items(ds, true)).unwrap()
        ),
        Some("sample") => {
            let seed: u64 = args.get(1).and_then(|s| s.parse().ok()).unwrap_or(1).max(1);
            let all = items(ds, false);
            let (pairs, links): (Vec<&Value>, Vec<&Value>) =
                all.iter().partition(|v| v["kind"] == "pair");
            let mut sample: Vec<&Value> = draw(seed, 25, pairs.len())
                .into_iter()
                .map(|i| pairs[i])
                .chain(
                    draw(seed.wrapping_mul(31), 25, links.len())
                        .into_iter()
                        .map(|i| links[i]),
                )
                .collect();
            // Interleave so the reviewer cannot tell the halves apart by position.
            let order = draw(seed.wrapping_mul(7), sample.len(), sample.len());
            sample = order.into_iter().map(|i| sample[i]).collect();
            println!("{}", serde_json::to_string_pretty(&sample).unwrap());
        }
        // Every link, untyped, for a full review of the links (round 5).
        Some("links") => {
            let all = items(ds, false);
            let links: Vec<&Value> = all.iter().filter(|v| v["kind"] == "link").collect();
            println!("{}", serde_json::to_string_pretty(&links).unwrap());
        }
        _ => eprintln!("usage: review key | review sample SEED | review links"),
    }
}
