//! Rules on the source that keep the wasm small: figures are printed through `domain::num`
//! (`fixed`, `short`), never with a float format spec, which would link core's float formatting
//! (~6 KB of compressed wasm). (`f64` values interpolated with `{}` are caught by review and
//! the size report; a spec such as `{:.1}` is caught here.)
use std::fs;
use std::path::Path;

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in fs::read_dir(dir).expect("readable dir") {
        let path = entry.expect("readable entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn no_float_format_specs_in_the_app() {
    let mut files = Vec::new();
    rust_files(
        Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src")),
        &mut files,
    );
    assert!(
        files.len() > 20,
        "expected the app's sources, found {}",
        files.len()
    );
    for path in files {
        let text = fs::read_to_string(&path).expect("readable file");
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            // `{:.1}`, `{x:.2}`, `{:.*}` …
            let spec = code.match_indices(":.").any(|(i, _)| {
                let rest = &code[i + 2..];
                code[..i]
                    .rfind('{')
                    .is_some_and(|o| !code[o..i].contains('}'))
                    && rest.starts_with(|c: char| c.is_ascii_digit() || c == '*')
            });
            assert!(
                !spec,
                "{}:{}: print numbers with domain::num::fixed/short, not a float format spec: {line}",
                path.display(),
                n + 1
            );
        }
    }
}
