//! `./x fidelity`: what a reviewer reads in ten minutes to judge the crosswalk (issues 10, 11):
//! relationship and reuse distributions per framework pair, every "reuse as is" claim per
//! (held, target) pair, mappings still proposed, the Harmonized Structure consistency table, and
//! per framework the requirements ranked by from-nothing effort with their levels.
use ims_crosswalk::domain::crosswalk::classify;
use ims_crosswalk::domain::dataset::PairKind;
use ims_crosswalk::domain::effort;
use ims_crosswalk::domain::*;
use std::collections::BTreeMap;

fn main() {
    let ds = dataset();
    println!("# Fidelity report — dataset {}\n", dataset::DATASET_EDITION);

    println!("## 1. Direct mappings: relationship and reuse (derived from facet sets unless typed by hand)\n");
    println!("| mapping file | pairs | equal | subset | superset | intersects | none | as is | extend | partial | no reuse | by hand (related / unrelated) |");
    println!("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for f in &ds.mapping_files {
        let rel = |r: Relationship| f.mappings.iter().filter(|m| m.rel == r).count();
        let reu = |r: ReuseKind| f.mappings.iter().filter(|m| m.reuse == r).count();
        let kind = |k: PairKind| f.mappings.iter().filter(|m| m.kind == k).count();
        println!(
            "| {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} / {} |",
            f.title,
            f.mappings.len(),
            rel(Relationship::Equal),
            rel(Relationship::SubsetOf),
            rel(Relationship::SupersetOf),
            rel(Relationship::IntersectsWith),
            rel(Relationship::NoRelationship),
            reu(ReuseKind::AsIs),
            reu(ReuseKind::Extend),
            reu(ReuseKind::Partial),
            reu(ReuseKind::None),
            kind(PairKind::Related),
            kind(PairKind::Unrelated)
        );
    }

    println!("\n## 2. Hub links: requirement `rel` element, per framework\n");
    println!("| framework | assessed | links | equal | subset | superset | intersects | subject-neutral links |");
    println!("|---|---:|---:|---:|---:|---:|---:|---:|");
    for f in &ds.frameworks {
        let links: Vec<_> = f.assessed().flat_map(|r| &r.links).collect();
        let n = |r: Relationship| links.iter().filter(|l| l.rel == r).count();
        println!(
            "| {} | {} | {} | {} | {} | {} | {} | {} |",
            f.full_name(),
            f.assessed().count(),
            links.len(),
            n(Relationship::Equal),
            n(Relationship::SubsetOf),
            n(Relationship::SupersetOf),
            n(Relationship::IntersectsWith),
            links.iter().filter(|l| l.adds.is_none()).count()
        );
    }

    println!(
        "\n## 3. What a held framework gives each target (its requirements' facets, as a whole)\n"
    );
    println!("| held → target | as is | extend | partial | new |");
    println!("|---|---:|---:|---:|---:|");
    let mut as_is: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (hi, h) in ds.frameworks.iter().enumerate() {
        for (ti, t) in ds.frameworks.iter().enumerate() {
            if hi == ti {
                continue;
            }
            let mut c = [0u32; 4];
            for r in t.assessed() {
                let k = classify(ds, r, hi);
                c[k as usize] += 1;
                if k == ReuseKind::AsIs {
                    as_is
                        .entry(format!("{} → {}", h.full_name(), t.full_name()))
                        .or_default()
                        .push(r.reference.clone());
                }
            }
            println!(
                "| {} → {} | {} | {} | {} | {} |",
                h.id, t.id, c[3], c[2], c[1], c[0]
            );
        }
    }
    println!("\n### Every “reuse as is” claim\n");
    for (pair, refs) in &as_is {
        println!("- **{pair}** ({}): {}", refs.len(), refs.join(", "));
    }

    println!("\n## 4. Review status of the mappings\n");
    let proposed: Vec<_> = ds
        .mappings()
        .filter(|m| m.review.status == ReviewStatus::Proposed)
        .collect();
    let reviewed: Vec<_> = ds
        .mappings()
        .filter(|m| m.review.status == ReviewStatus::Reviewed)
        .collect();
    println!(
        "{} reviewed, {} still proposed.",
        reviewed.len(),
        proposed.len()
    );
    for m in &reviewed {
        println!(
            "- reviewed: {} → {} ({}, {})",
            m.from, m.to, m.review.role, m.review.date
        );
    }
    let mut by_file: BTreeMap<&str, usize> = BTreeMap::new();
    for f in &ds.mapping_files {
        by_file.insert(
            &f.title,
            f.mappings
                .iter()
                .filter(|m| m.review.status == ReviewStatus::Proposed)
                .count(),
        );
    }
    for (f, n) in by_file {
        println!("- proposed in {f}: {n}");
    }

    println!(
        "\n## 5. Harmonized Structure consistency (facets each twin asks; `·` = subject-neutral)\n"
    );
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/reference/hs_twins.json"
    ))
    .unwrap_or_default();
    let rows: Vec<serde_json::Value> = serde_json::from_str(&text).unwrap_or_default();
    println!(
        "| clause | HS facets | ISO/IEC 27001 | ISO/IEC 42001 | ISO 9001 | ISO/IEC 27701:2019 |"
    );
    println!("|---|---|---|---|---|---|");
    for row in rows {
        let facets: Vec<&str> = row["facets"]
            .as_array()
            .map(|a| a.iter().filter_map(|v| v.as_str()).collect())
            .unwrap_or_default();
        let cell = |fw: &str| -> String {
            let Some(refs) = row[fw].as_array() else {
                return "—".into();
            };
            refs.iter()
                .filter_map(|r| {
                    let req = ds.requirement(&format!("{fw}:{}", r.as_str()?))?;
                    let subj: Vec<&str> = req
                        .links
                        .iter()
                        .filter_map(|l| l.adds.as_ref().map(|a| a.subject.key()))
                        .collect();
                    let same = facets.iter().all(|k| {
                        let (el, f) = k.split_once('.').unwrap_or_default();
                        req.links
                            .iter()
                            .any(|l| l.el == el && l.f.iter().any(|x| x == f))
                    }) || refs.len() > 1;
                    Some(format!(
                        "{}{} {}",
                        req.reference,
                        if same { "" } else { " ✗" },
                        if subj.is_empty() {
                            "·".to_string()
                        } else {
                            format!("+{}", subj.join("+"))
                        }
                    ))
                })
                .collect::<Vec<_>>()
                .join(", ")
        };
        println!(
            "| {} | {} | {} | {} | {} | {} |",
            row["clause"].as_str().unwrap_or(""),
            facets.join(" "),
            cell("iso27001"),
            cell("iso42001"),
            cell("iso9001"),
            cell("iso27701")
        );
    }

    println!("\n## 6. Effort per requirement (issue 11): levels and the ranking from nothing\n");
    for l in &effort::LEVELS {
        println!(
            "- level {}: {} ({} person-days base)",
            l.level,
            l.meaning,
            num::short(l.days, 2)
        );
    }
    for f in &ds.frameworks {
        let mut reqs: Vec<_> = f.assessed().collect();
        let mut dist = [0usize; 6];
        for r in &reqs {
            dist[usize::from(r.effort.min(5))] += 1;
        }
        println!(
            "\n### {} — levels 1–5: {} / {} / {} / {} / {}\n",
            f.full_name(),
            dist[1],
            dist[2],
            dist[3],
            dist[4],
            dist[5]
        );
        reqs.sort_by(|a, b| b.effort.cmp(&a.effort).then(a.reference.cmp(&b.reference)));
        let line = |r: &&dataset::Requirement| {
            format!(
                "- {} {} — level {}{}",
                r.reference,
                r.title,
                r.effort,
                r.effort_why
                    .as_ref()
                    .map(|w| format!(": {w}"))
                    .unwrap_or_default()
            )
        };
        println!("Most effort:");
        for r in reqs.iter().take(10) {
            println!("{}", line(r));
        }
        println!("\nLeast effort:");
        for r in reqs.iter().rev().take(10) {
            println!("{}", line(r));
        }
    }
}
