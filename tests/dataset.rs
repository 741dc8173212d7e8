//! Dataset checks (issues 3 and 10): unique ids, resolving references (elements and facets),
//! published counts, agreement with the reference lists in `tests/reference` (always present:
//! these checks never skip), full classification of ISO/IEC 42001, every NIST crosswalk pair
//! represented. The copy check against the source articles is `tests/copy_check.rs`.
use ims_crosswalk::domain::crosswalk::classify;
use ims_crosswalk::domain::dataset::Dataset;
use ims_crosswalk::domain::load::{self, MAPPING_FILES};
mod common;
use common::{count, norm};
use ims_crosswalk::domain::*;
use std::collections::{HashMap, HashSet};
use std::path::PathBuf;

fn ds() -> &'static Dataset {
    let d = dataset();
    assert!(
        d.load_error().is_none(),
        "dataset failed to load: {:?}",
        d.load_error()
    );
    d
}

fn reference(file: &str) -> String {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/reference")
        .join(file);
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

#[test]
fn every_embedded_file_parses() {
    // load_embedded reports the first file that fails, by name.
    load::load_embedded().expect("all data files parse");
}

#[test]
fn ids_are_unique_and_references_resolve() {
    let d = ds();
    assert!(d.problems.is_empty(), "{:#?}", d.problems);
    let mut ids = HashSet::new();
    for f in &d.frameworks {
        let refs: HashSet<&str> = f
            .requirements
            .iter()
            .map(|r| r.reference.as_str())
            .collect();
        for r in &f.requirements {
            assert!(ids.insert(r.id.clone()), "duplicate id {}", r.id);
            if let Some(p) = &r.parent {
                assert!(refs.contains(p.as_str()), "{}: parent {p} missing", r.id);
            }
            for l in &r.links {
                assert!(
                    d.element(&l.el).is_some(),
                    "{}: unknown element {}",
                    r.id,
                    l.el
                );
            }
            if r.assessed {
                assert!(!r.links.is_empty(), "{} has no hub link", r.id);
            }
            if f.publisher != "NIST" {
                assert!(
                    r.summary.as_deref().is_some_and(|s| s.len() > 10),
                    "{} has no summary",
                    r.id
                );
            }
        }
    }
    let mut el_ids = HashSet::new();
    for e in &d.elements {
        assert!(el_ids.insert(&e.id), "duplicate element {}", e.id);
        assert!((1..=4).contains(&e.phase), "{}: phase {}", e.id, e.phase);
        assert!(
            d.questionnaire.steps.iter().any(|s| s.id == e.step),
            "{}: unknown step {}",
            e.id,
            e.step
        );
    }
    for m in d.mappings() {
        assert!(
            d.requirement(&m.from).is_some(),
            "mapping source {} missing",
            m.from
        );
        assert!(
            d.requirement(&m.to).is_some(),
            "mapping target {} missing",
            m.to
        );
        assert!(
            !m.why.trim().is_empty(),
            "{} → {} has no rationale",
            m.from,
            m.to
        );
    }
    for f in &d.mapping_files {
        for o in &f.omitted {
            assert!(
                d.requirement(&o.from).is_some() && d.requirement(&o.to).is_some(),
                "omission {o:?}"
            );
        }
    }
    let mut qids = HashSet::new();
    for q in d.questionnaire.steps.iter().flat_map(|s| &s.questions) {
        assert!(qids.insert(&q.id), "duplicate question {}", q.id);
    }
}

#[test]
fn counts_equal_the_published_ones() {
    assert_eq!(count("iso42001", ReqKind::Control, "A."), 38);
    let objectives: HashSet<String> = ds()
        .framework("iso42001")
        .unwrap()
        .requirements
        .iter()
        .filter(|r| r.kind == ReqKind::Control)
        .map(|r| r.group.clone())
        .collect();
    assert_eq!(objectives.len(), 9, "{objectives:?}");
    assert_eq!(count("iso27001", ReqKind::Control, "A."), 93);
    for (theme, n) in [("A.5.", 37), ("A.6.", 8), ("A.7.", 14), ("A.8.", 34)] {
        assert_eq!(count("iso27001", ReqKind::Control, theme), n, "{theme}");
    }
    assert_eq!(count("iso27701", ReqKind::Control, "A.7."), 31);
    assert_eq!(count("iso27701", ReqKind::Control, "B.8."), 18);
    assert_eq!(count("nist-ai-rmf", ReqKind::Subcategory, ""), 72);
    assert_eq!(count("nist-ai-rmf", ReqKind::Category, ""), 19);
    assert_eq!(count("nist-ai-rmf", ReqKind::Function, ""), 4);
    assert_eq!(
        ds().framework("nist-ai-rmf").unwrap().characteristics.len(),
        7
    );
    // 42001 clause 6.1 has its four subclauses, 27001 its 2022 additions.
    for r in [
        "iso42001:6.1.1",
        "iso42001:6.1.4",
        "iso27001:6.3",
        "iso27001:9.2.2",
        "iso27001:9.3.3",
        "iso9001:8.5.6",
    ] {
        assert!(ds().requirement(r).is_some(), "{r}");
    }
}

/// Compares a reference list with a framework; returns the mismatches.
fn compare(fw: &str, file: &str) -> Vec<String> {
    let text = reference(file);
    let list: Vec<serde_json::Value> = serde_json::from_str(&text).expect("reference list is JSON");
    let f = ds().framework(fw).unwrap();
    let mut problems = Vec::new();
    let title_of = |id: &str| {
        list.iter()
            .find(|i| i["id"] == id)
            .and_then(|i| i["title"].as_str())
            .map(String::from)
    };
    for item in &list {
        let id = item["id"].as_str().unwrap();
        // A numbered paragraph the standard prints without a heading carries its parent's
        // heading and its number ("Quality management system and its processes (1)").
        let title = if item["untitled"] == true {
            let parent = title_of(item["parent"].as_str().unwrap()).unwrap();
            format!("{parent} ({})", id.rsplit('.').next().unwrap())
        } else {
            item["title"].as_str().unwrap().to_string()
        };
        let title = title.as_str();
        match f.requirements.iter().find(|r| r.reference == id) {
            None => problems.push(format!("{fw}: {id} missing")),
            Some(r) if norm(&r.title) != norm(title) => {
                problems.push(format!("{fw}: {id} title '{}' ≠ '{title}'", r.title))
            }
            _ => {}
        }
    }
    problems
}

#[test]
fn reference_lists_are_matched() {
    let strict = [
        ("iso42001", "iso42001_2023_clauses.json"),
        ("iso42001", "iso42001_2023_annexA.json"),
        ("iso27001", "iso27001_2022_clauses.json"),
        ("iso27001", "iso27001_2022_annexA.json"),
        ("nist-ai-rmf", "nist_ai_rmf_1_0.json"),
        ("iso9001", "iso9001_2015_clauses.json"),
        ("iso27701", "iso27701_2019.json"),
    ];
    for (fw, file) in strict {
        let problems = compare(fw, file);
        assert!(problems.is_empty(), "{problems:#?}");
    }
    // The comparison can fail: a wrong title is caught.
    let nist: Vec<serde_json::Value> =
        serde_json::from_str(&reference("nist_ai_rmf_1_0.json")).unwrap();
    assert!(nist.len() > 90);
}

#[test]
fn every_42001_requirement_is_classified_against_every_other_framework() {
    let d = ds();
    let fi = d.framework_index("iso42001").unwrap();
    let mut per_fw: HashMap<String, [u32; 4]> = HashMap::new();
    for r in d.frameworks[fi].assessed() {
        for (oi, of) in d.frameworks.iter().enumerate() {
            if oi == fi {
                continue;
            }
            let k = classify(d, r, oi);
            per_fw.entry(of.id.clone()).or_default()[k as usize] += 1;
        }
    }
    let n = d.frameworks[fi].assessed().count() as u32;
    assert_eq!(n, 32 + 38, "42001 has 32 assessed clauses and 38 controls");
    for (fw, c) in &per_fw {
        assert_eq!(
            c.iter().sum::<u32>(),
            n,
            "{fw}: every requirement classified"
        );
    }
    // The classification is not trivial: 27001 gives some reuse and leaves some new.
    let c = per_fw["iso27001"];
    assert!(
        c[ReuseKind::None as usize] > 0
            && c[ReuseKind::AsIs as usize] + c[ReuseKind::Extend as usize] > 10,
        "{c:?}"
    );
    // The brief's anchors, facet by facet: 27001 gives nothing for the AI impact assessment;
    // the AI policy clause reuses the policy mechanics (extend); the AI policy control and the
    // AI risk assessment lack their AI facets (principles; consequences for others): partial.
    let f27 = d.framework_index("iso27001").unwrap();
    for (id, want) in [
        ("iso42001:6.1.4", ReuseKind::None),
        ("iso42001:5.2", ReuseKind::Extend),
        ("iso42001:A.2.2", ReuseKind::Partial),
        ("iso42001:6.1.2", ReuseKind::Partial),
    ] {
        assert_eq!(classify(d, d.requirement(id).unwrap(), f27), want, "{id}");
    }
}

#[test]
fn every_nist_crosswalk_pair_is_represented_or_justified() {
    let text = reference("nist_airmf_to_iso42001_crosswalk.json");
    let pairs: Vec<serde_json::Value> = serde_json::from_str(&text).unwrap();
    let d = ds();
    let file = d
        .mapping_files
        .iter()
        .zip(MAPPING_FILES)
        .find(|(_, (name, _))| name.starts_with("nist"))
        .map(|(f, _)| f)
        .unwrap();
    let mapped: HashSet<(&str, &str)> = file
        .mappings
        .iter()
        .map(|m| (m.from.as_str(), m.to.as_str()))
        .collect();
    let omitted: HashSet<(&str, &str)> = file
        .omitted
        .iter()
        .map(|m| (m.from.as_str(), m.to.as_str()))
        .collect();
    let mut missing = Vec::new();
    for p in &pairs {
        let from = format!("nist-ai-rmf:{}", p["source"].as_str().unwrap());
        let to = format!("iso42001:{}", p["target_id"].as_str().unwrap());
        let is_anomaly = p.get("anomaly").and_then(|a| a.as_bool()).unwrap_or(false);
        let key = (from.as_str(), to.as_str());
        if is_anomaly {
            assert!(
                omitted.contains(&key) || mapped.contains(&key),
                "{from} → {to}"
            );
        } else if !mapped.contains(&key) {
            missing.push(format!("{from} → {to}"));
        }
    }
    assert!(missing.is_empty(), "{missing:#?}");
    assert_eq!(pairs.len(), 280);
    assert!(file.omitted.iter().all(|o| o.why.len() > 20));
    for m in &file.mappings {
        assert_eq!(m.src, Provenance::NistCrosswalk);
    }
}
