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

/// Modules of the domain a module refers to (`super::x`), by file (the i18n folder is one module).
fn domain_graph() -> std::collections::BTreeMap<String, std::collections::BTreeSet<String>> {
    let mut fs_ = Vec::new();
    files(
        &PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src/domain"),
        &mut fs_,
    );
    let module = |p: &Path| -> String {
        let rel = p
            .strip_prefix(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src/domain"))
            .unwrap();
        let first = rel
            .components()
            .next()
            .unwrap()
            .as_os_str()
            .to_string_lossy()
            .to_string();
        first.trim_end_matches(".rs").to_string()
    };
    let names: std::collections::BTreeSet<String> = fs_
        .iter()
        .map(|p| module(p))
        .filter(|m| m != "mod")
        .collect();
    let mut g = std::collections::BTreeMap::new();
    for p in &fs_ {
        let m = module(p);
        if m == "mod" {
            continue;
        }
        let text: String = fs::read_to_string(p)
            .unwrap()
            .lines()
            .map(|l| l.split("//").next().unwrap_or(""))
            .collect::<Vec<_>>()
            .join("\n");
        let deps: &mut std::collections::BTreeSet<String> = g.entry(m.clone()).or_default();
        for pat in ["super::", "crate::domain::"] {
            for (i, _) in text.match_indices(pat) {
                let rest = &text[i + pat.len()..];
                let word: String = rest
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                let inner_i18n = m == "i18n"
                    && !pat.starts_with("crate")
                    && p.parent().is_some_and(|d| d.ends_with("i18n"));
                if names.contains(&word)
                    && word != m
                    && (!inner_i18n || ["dataset", "num"].contains(&word.as_str()))
                {
                    deps.insert(word);
                }
            }
        }
    }
    g
}

#[test]
fn the_domain_modules_form_no_circle() {
    let g = domain_graph();
    assert!(g.len() >= 14, "{g:?}");
    // Depth-first search for a path back to the start.
    fn reach(
        g: &std::collections::BTreeMap<String, std::collections::BTreeSet<String>>,
        from: &str,
        to: &str,
        seen: &mut Vec<String>,
    ) -> bool {
        for d in g.get(from).into_iter().flatten() {
            if d == to {
                return true;
            }
            if !seen.contains(d) {
                seen.push(d.clone());
                if reach(g, d, to, seen) {
                    return true;
                }
            }
        }
        false
    }
    let circles: Vec<&String> = g
        .keys()
        .filter(|m| reach(&g, m, m, &mut Vec::new()))
        .collect();
    assert!(
        circles.is_empty(),
        "modules on a circle: {circles:?}\n{g:#?}"
    );
    // The result types are below what fills them.
    assert!(g["effort"].contains("results") && !g["results"].contains("effort"));
    assert!(g["recommend"].contains("results") && !g["results"].contains("recommend"));
    assert!(
        !g["dataset"].contains("load"),
        "load owns the embedded data; dataset only the types"
    );
}
