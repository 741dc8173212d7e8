//! Invariant: the domain (src/domain/) imports no browser or UI crate, so it stays a pure,
//! natively tested core.
use std::fs;

#[test]
fn domain_imports_no_browser_or_ui_crate() {
    let forbidden = ["leptos", "web_sys", "wasm_bindgen", "js_sys", "gloo"];
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/src/domain");
    let mut checked = 0;
    for entry in fs::read_dir(dir).expect("src/domain exists") {
        let path = entry.expect("readable entry").path();
        let text = fs::read_to_string(&path).expect("readable file");
        for word in forbidden {
            for (n, line) in text.lines().enumerate() {
                let code = line.split("//").next().unwrap_or("");
                assert!(
                    !(code.contains(&format!("{word}::")) || code.contains(&format!("use {word}"))),
                    "{}:{}: the domain must not use `{word}`: {line}",
                    path.display(),
                    n + 1
                );
            }
        }
        checked += 1;
    }
    assert!(checked >= 5, "expected the domain modules, found {checked}");
}
