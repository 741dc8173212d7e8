//! `./x i18n`: writes the German UI catalogue (`src/domain/i18n/de_*.rs`) into the German data
//! pack `data/i18n/de.json` as `t:<English>` entries, next to the dataset's German texts. The
//! browser reads the UI catalogue from the pack, so English readers never download it;
//! `tests/i18n.rs` fails when the pack and the catalogue differ.
use ims_crosswalk::domain::i18n::catalogue;
use std::collections::BTreeMap;

fn main() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/i18n/de.json");
    let text = std::fs::read_to_string(path).expect("data/i18n/de.json");
    let v: serde_json::Value = serde_json::from_str(&text).expect("the pack is JSON");
    let mut out: BTreeMap<String, String> = v
        .as_object()
        .expect("an object")
        .iter()
        .filter(|(k, _)| !k.starts_with("t:"))
        .map(|(k, v)| (k.clone(), v.as_str().unwrap_or_default().to_string()))
        .collect();
    for &(en, de) in catalogue() {
        out.insert(format!("t:{en}"), de.to_string());
    }
    let body: Vec<String> = out
        .iter()
        .map(|(k, v)| {
            format!(
                "{}: {}",
                serde_json::Value::from(k.as_str()),
                serde_json::Value::from(v.as_str())
            )
        })
        .collect();
    std::fs::write(path, format!("{{\n{}\n}}\n", body.join(",\n"))).expect("written");
    println!("data/i18n/de.json: {} entries", out.len());
}
