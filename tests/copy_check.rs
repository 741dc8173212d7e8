//! The copy check: no text of ours repeats a 9-word run of a source article. It needs the
//! articles, which live outside the project (`../shared/seeds`), so it is a test target of its
//! own behind the `seeds` feature: `./x test` runs it when the articles are there and otherwise
//! prints that it was skipped. It never passes without them.
mod common;
use common::norm;
use ims_crosswalk::domain::*;
use std::collections::HashSet;
use std::path::PathBuf;

fn shared() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared")
}

fn ds() -> &'static Dataset {
    dataset()
}

/// Every text we wrote, with where it is.
fn our_texts() -> Vec<(String, String)> {
    let d = ds();
    let mut v = Vec::new();
    for f in &d.frameworks {
        for r in &f.requirements {
            if let Some(s) = &r.summary {
                v.push((r.id.clone(), s.clone()));
            }
            for l in &r.links {
                if let Some(a) = &l.adds {
                    v.push((format!("{} adds", r.id), a.text.clone()));
                }
            }
        }
    }
    for e in &d.elements {
        v.push((
            e.id.clone(),
            format!("{} {} {}", e.summary, e.question, e.help),
        ));
    }
    for m in d.mappings() {
        v.push((format!("{} → {}", m.from, m.to), m.why.clone()));
    }
    for s in &d.questionnaire.steps {
        for q in &s.questions {
            v.push((q.id.clone(), format!("{} {}", q.prompt, q.help)));
        }
    }
    v
}

fn words(s: &str) -> Vec<String> {
    norm(s).split_whitespace().map(String::from).collect()
}

#[test]
fn no_text_repeats_nine_words_of_a_source_article() {
    let dir = shared().join("seeds");
    let entries = std::fs::read_dir(&dir).expect("../shared/seeds (run through ./x test)");
    const N: usize = 9;
    let mut grams: HashSet<Vec<String>> = HashSet::new();
    let mut files = 0;
    for e in entries {
        let p = e.unwrap().path();
        if p.file_name().is_some_and(|n| n == "README.md") {
            continue;
        }
        let w = words(&std::fs::read_to_string(&p).unwrap());
        for g in w.windows(N) {
            grams.insert(g.to_vec());
        }
        files += 1;
    }
    assert!(
        files >= 5 && grams.len() > 5000,
        "seed articles read: {files}"
    );
    let mut hits = Vec::new();
    for (where_, text) in our_texts() {
        let w = words(&text);
        if w.windows(N).any(|g| grams.contains(g)) {
            hits.push(where_);
        }
    }
    assert!(
        hits.is_empty(),
        "texts repeating a 9-word run from a source article: {hits:?}"
    );
}

#[test]
fn the_ngram_check_can_fail() {
    // A sentence taken from a seed must be caught by the same function.
    let dir = shared().join("seeds");
    let Some(p) = std::fs::read_dir(&dir).ok().and_then(|mut d| {
        d.find_map(|e| {
            let p = e.ok()?.path();
            (p.extension()? == "txt").then_some(p)
        })
    }) else {
        panic!("no seed article found");
    };
    let w = words(&std::fs::read_to_string(p).unwrap());
    let sample = w[100..112].join(" ");
    let seed_grams: HashSet<Vec<String>> = w.windows(9).map(|g| g.to_vec()).collect();
    assert!(words(&sample).windows(9).any(|g| seed_grams.contains(g)));
}
