//! The OSCAL export (issue 10): valid against NIST's OSCAL 1.2.1 mapping schema (vendored in
//! `tests/reference`), plus the rules the schema leaves unchecked: the relationship token set,
//! v4/v5 UUIDs, unique UUIDs, every id-ref resolving to a requirement, no empty array, our data in
//! `props` under our namespace, and byte-identical exports of one dataset edition.
#![cfg(not(target_arch = "wasm32"))]
use ims_crosswalk::domain::*;
use ims_crosswalk::export::{oscal_mapping_collection, OSCAL_NS};
use serde_json::Value;
use std::collections::HashSet;

fn export() -> (String, Value) {
    let text = oscal_mapping_collection(dataset());
    let v: Value = serde_json::from_str(&text).unwrap();
    (text, v)
}

fn schema() -> Value {
    let p = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/reference/oscal_mapping_schema_1.2.1.json"
    );
    serde_json::from_str(&std::fs::read_to_string(p).unwrap()).unwrap()
}

#[test]
fn validates_against_the_oscal_1_2_1_schema() {
    let validator = jsonschema::draft7::new(&schema()).expect("schema compiles");
    let (_, v) = export();
    let errors: Vec<String> = validator
        .iter_errors(&v)
        .take(10)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    assert_eq!(
        v["mapping-collection"]["metadata"]["oscal-version"],
        "1.2.1"
    );
    // The validator can fail: an unknown key is refused.
    let mut bad = v.clone();
    bad["mapping-collection"]["metadata"]["rationale"] = Value::from("x");
    assert!(!validator.is_valid(&bad));
}

fn walk<'a>(v: &'a Value, out: &mut Vec<(&'a str, &'a Value)>, key: &'a str) {
    out.push((key, v));
    match v {
        Value::Object(m) => m.iter().for_each(|(k, x)| walk(x, out, k)),
        Value::Array(a) => a.iter().for_each(|x| walk(x, out, key)),
        _ => {}
    }
}

#[test]
fn meets_the_rules_the_schema_leaves_out() {
    let ds = dataset();
    let (a, v) = export();
    let mut all = Vec::new();
    walk(&v, &mut all, "");
    // No empty array anywhere.
    for (k, x) in &all {
        if let Value::Array(arr) = x {
            assert!(!arr.is_empty(), "empty array at {k}");
        }
    }
    // UUIDs: version 4 or 5, unique.
    let mut seen = HashSet::new();
    for (k, x) in &all {
        if *k == "uuid" {
            let u = uuid::Uuid::parse_str(x.as_str().unwrap()).unwrap();
            assert!(matches!(u.get_version_num(), 4 | 5), "{u}");
            assert!(seen.insert(u), "duplicate uuid {u}");
        }
    }
    let tokens = [
        "equivalent-to",
        "equal-to",
        "subset-of",
        "superset-of",
        "intersects-with",
        "no-relationship",
    ];
    let mc = &v["mapping-collection"];
    let resources: HashSet<String> = mc["back-matter"]["resources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| format!("#{}", r["uuid"].as_str().unwrap()))
        .collect();
    let mut maps = 0;
    for m in mc["mappings"].as_array().unwrap() {
        for side in ["source-resource", "target-resource"] {
            assert!(
                resources.contains(m[side]["href"].as_str().unwrap()),
                "{side} href resolves"
            );
        }
        let fw = |side: &str| {
            let href = m[side]["href"].as_str().unwrap();
            ds.frameworks
                .iter()
                .find(|f| {
                    href.ends_with(
                        &uuid::Uuid::new_v5(
                            &uuid::Uuid::from_u128(0x6b1f_3c2e_8a4d_5f10_9c7e_2d4b_1a0f_8e31),
                            format!("resource:{}", f.id).as_bytes(),
                        )
                        .to_string(),
                    )
                })
                .map(|f| f.id.clone())
                .expect("resource is a framework")
        };
        let (sf, tf) = (fw("source-resource"), fw("target-resource"));
        for map in m["maps"].as_array().unwrap() {
            let rel = map["relationship"].as_str().unwrap();
            assert!(tokens.contains(&rel), "{rel}");
            assert_ne!(
                rel, "equal-to",
                "ISO texts are never identical across standards"
            );
            assert_ne!(rel, "no-relationship", "mappings are affirmative");
            for (side, f) in [("sources", &sf), ("targets", &tf)] {
                for s in map[side].as_array().unwrap() {
                    let id = format!("{f}:{}", s["id-ref"].as_str().unwrap());
                    assert!(ds.requirement(&id).is_some(), "{id} resolves");
                }
            }
            let props = map["props"].as_array().unwrap();
            for name in ["reuse", "review-status", "rationale", "provenance"] {
                assert!(
                    props
                        .iter()
                        .any(|p| p["name"] == name && p["ns"] == OSCAL_NS),
                    "prop {name}"
                );
            }
            maps += 1;
        }
    }
    let affirmative = ds
        .mappings()
        .filter(|m| m.rel != Relationship::NoRelationship)
        .count();
    assert_eq!(maps, affirmative);
    assert!(maps > 50, "{maps} maps");
    // One edition exports the same bytes.
    assert_eq!(a, oscal_mapping_collection(ds));
}
