//! Invariant: the floors hold (issue 12). From top to bottom: `main` → `lib` → `ui` →
//! {`export`, `storage`} → `domain`. No module imports a floor above its own, `export` and
//! `storage` do not import each other, and the domain imports no browser or UI crate, so it
//! stays a pure, natively tested core. Every file under each floor is read, folders included.
use std::fs;
use std::path::{Path, PathBuf};

fn files(p: &Path, out: &mut Vec<PathBuf>) {
    if p.is_dir() {
        for e in fs::read_dir(p).expect("readable folder") {
            files(&e.expect("entry").path(), out);
        }
    } else if p.extension().is_some_and(|x| x == "rs") {
        out.push(p.to_path_buf());
    }
}

/// Lines of code (comments dropped) of every file of a floor.
fn code(floor: &str) -> Vec<(String, usize, String)> {
    let mut fs_ = Vec::new();
    files(
        &PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("src")
            .join(floor),
        &mut fs_,
    );
    let mut out = Vec::new();
    for f in fs_ {
        for (n, line) in fs::read_to_string(&f).unwrap().lines().enumerate() {
            let c = line.split("//").next().unwrap_or("").to_string();
            out.push((f.display().to_string(), n + 1, c));
        }
    }
    out
}

/// Violations of `forbidden` (paths or crates) in a floor.
fn violations(floor: &str, forbidden: &[&str]) -> Vec<String> {
    let mut v = Vec::new();
    for (f, n, c) in code(floor) {
        for w in forbidden {
            let crate_use = c.contains(&format!("{w}::")) || c.contains(&format!("use {w}"));
            if crate_use {
                v.push(format!("{f}:{n}: `{w}` is a floor above or forbidden: {c}"));
            }
        }
    }
    v
}

const BROWSER: [&str; 5] = ["leptos", "web_sys", "wasm_bindgen", "js_sys", "gloo"];

#[test]
fn the_floors_hold() {
    let mut bad = Vec::new();
    let mut domain: Vec<&str> = BROWSER.to_vec();
    domain.extend([
        "crate::ui",
        "crate::export",
        "crate::storage",
        "crate::APP_VERSION",
        "ims_crosswalk",
    ]);
    bad.extend(violations("domain", &domain));
    bad.extend(violations(
        "export",
        &[
            "crate::ui",
            "crate::storage",
            "leptos",
            "web_sys",
            "wasm_bindgen",
            "js_sys",
            "gloo",
        ],
    ));
    bad.extend(violations(
        "storage.rs",
        &["crate::ui", "crate::export", "leptos"],
    ));
    assert!(bad.is_empty(), "{bad:#?}");
    assert!(
        code("domain").len() > 2000 && code("export").len() > 300,
        "the floors were read"
    );
}

#[test]
fn the_floor_check_can_fail() {
    // A line that imports a floor above is caught by the same function.
    let dir = std::env::temp_dir().join(format!("imsx-floors-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(dir.join("nested")).unwrap();
    fs::write(
        dir.join("nested/x.rs"),
        "use crate::ui::state::AppState; // upward\n",
    )
    .unwrap();
    let mut fs_ = Vec::new();
    files(&dir, &mut fs_);
    assert_eq!(fs_.len(), 1, "files in sub-folders are read");
    let text = fs::read_to_string(&fs_[0]).unwrap();
    assert!(text.split("//").next().unwrap().contains("crate::ui::"));
    let _ = fs::remove_dir_all(&dir);
}
