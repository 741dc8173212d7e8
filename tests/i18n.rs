//! Two languages (issue 12): every text the code passes through `tr`/`trf` has a German entry,
//! every label of the vocabulary too, the catalogue is sound (no empty or conflicting entry, the
//! same placeholders in both languages), the German data pack covers every dataset text, and no
//! prose in the UI bypasses the catalogue.
use ims_crosswalk::domain::dataset::Workstream;
use ims_crosswalk::domain::i18n::{self, catalogue, tr, Lang};
use ims_crosswalk::domain::*;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            sources(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// The string literal starting at byte `i` (just after the opening quote), unescaped, and where it ends.
fn literal(s: &str, i: usize) -> (String, usize) {
    let b = s.as_bytes();
    let (mut j, mut out) = (i, String::new());
    while j < b.len() && b[j] != b'"' {
        if b[j] == b'\\' && j + 1 < b.len() {
            match b[j + 1] {
                b'n' => out.push('\n'),
                b'"' => out.push('"'),
                b'\\' => out.push('\\'),
                b'\'' => out.push('\''),
                b'u' => {
                    let end = s[j..].find('}').map(|k| j + k).unwrap_or(j + 2);
                    let hex = &s[j + 3..end];
                    out.push(
                        char::from_u32(u32::from_str_radix(hex, 16).unwrap_or(63)).unwrap_or('?'),
                    );
                    j = end + 1;
                    continue;
                }
                c => out.push(c as char),
            }
            j += 2;
        } else {
            let ch = s[j..].chars().next().unwrap();
            out.push(ch);
            j += ch.len_utf8();
        }
    }
    (out, j + 1)
}

/// Every literal passed as the text of `tr(…, "…")` or `trf(…, "…", …)` in `src/`.
fn tr_literals() -> Vec<(String, String)> {
    let mut files = Vec::new();
    sources(
        &PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/src")),
        &mut files,
    );
    let mut out = Vec::new();
    for f in files {
        if f.to_string_lossy().contains("/i18n/") {
            continue;
        }
        let s = std::fs::read_to_string(&f).unwrap();
        for pat in ["tr(", "trf("] {
            let mut from = 0;
            while let Some(k) = s[from..].find(pat) {
                let at = from + k;
                from = at + pat.len();
                let prev = s[..at].chars().next_back().unwrap_or(' ');
                if prev.is_alphanumeric() || prev == '_' {
                    continue;
                }
                // First argument (the language), then the text if it is a literal.
                let rest = &s[from..];
                let Some(comma) = rest.find(',') else {
                    continue;
                };
                let after = rest[comma + 1..].trim_start();
                if let Some(lit) = after.strip_prefix('"') {
                    let start = s.len() - lit.len();
                    let (text, _) = literal(&s, start);
                    out.push((format!("{}", f.display()), text));
                }
            }
        }
    }
    out
}

fn german() -> HashMap<&'static str, &'static str> {
    catalogue().map(|&(e, d)| (e, d)).collect()
}

#[test]
fn every_text_through_the_catalogue_has_german() {
    let de = german();
    let lits = tr_literals();
    assert!(lits.len() > 100, "{} texts found", lits.len());
    let missing: Vec<_> = lits
        .iter()
        .filter(|(_, t)| !de.contains_key(t.as_str()))
        .collect();
    assert!(missing.is_empty(), "texts without German: {missing:#?}");
}

#[test]
fn every_label_of_the_vocabulary_has_german() {
    let de = german();
    let mut labels: Vec<&str> = Vec::new();
    labels.extend(Status::ALL.iter().map(|s| s.label()));
    labels.extend(ReuseKind::ALL.iter().map(|s| s.label()));
    labels.extend(Relationship::ALL.iter().map(|s| s.label()));
    labels.extend(Level::ALL.iter().map(|s| s.label()));
    labels.extend(Workstream::ALL.iter().map(|s| s.label()));
    labels.extend(Subject::ALL.iter().map(|s| s.label()));
    labels.extend(Provenance::ALL.iter().map(|s| s.label()));
    labels.extend(
        ims_crosswalk::domain::editions::ChangeKind::ALL
            .iter()
            .map(|s| s.label()),
    );
    labels.extend(
        ims_crosswalk::domain::effort::LEVELS
            .iter()
            .map(|x| x.meaning),
    );
    labels.extend(
        ims_crosswalk::ui::state::Page::ALL
            .iter()
            .map(|p| p.label()),
    );
    let missing: Vec<_> = labels.iter().filter(|l| !de.contains_key(*l)).collect();
    assert!(missing.is_empty(), "labels without German: {missing:?}");
    assert_eq!(
        tr(Lang::De, Status::ReuseAsIs.label()),
        "Unverändert nutzen"
    );
    assert_eq!(tr(Lang::En, Status::ReuseAsIs.label()), "Reuse as is");
}

#[test]
fn the_catalogue_is_sound() {
    let mut seen: HashMap<&str, &str> = HashMap::new();
    let placeholders = |s: &str| -> HashSet<String> {
        (0..9)
            .map(|i| format!("{{{i}}}"))
            .filter(|p| s.contains(p.as_str()))
            .collect()
    };
    for &(en, de) in catalogue() {
        assert!(!de.trim().is_empty(), "empty German for {en:?}");
        if let Some(other) = seen.insert(en, de) {
            assert_eq!(other, de, "{en:?} has two German texts");
        }
        assert_eq!(
            placeholders(en),
            placeholders(de),
            "placeholders differ: {en:?} / {de:?}"
        );
    }
    assert_eq!(i18n::num(Lang::De, 4.5, 1), "4,5");
    assert_eq!(i18n::num(Lang::En, 4.5, 1), "4.5");
}

#[test]
fn the_german_data_pack_covers_every_dataset_text() {
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/i18n/de.json")).unwrap();
    let pack = i18n::DataTexts::parse(&text).unwrap();
    let ds = dataset();
    let mut missing = Vec::new();
    let mut need = |k: String| {
        if pack.get(&k).is_none_or(|v| v.trim().is_empty()) {
            missing.push(k);
        }
    };
    for f in &ds.frameworks {
        for r in &f.requirements {
            if r.summary.is_some() {
                need(format!("r:{}", r.id));
            }
            if r.effort_why.is_some() {
                need(format!("w:{}", r.id));
            }
            for (i, l) in r.links.iter().enumerate() {
                if l.adds.is_some() {
                    need(format!("a:{}:{i}", r.id));
                }
            }
        }
        need(format!("fw:{}:subject", f.id));
    }
    for m in ds.mappings() {
        need(format!("m:{}>{}", m.from, m.to));
    }
    for a in &ds.articles {
        need(format!("src:{}", a.id));
    }
    for m in ds.mappings().filter(|m| !m.review.role.is_empty()) {
        need(format!("rv:{}", m.review.role));
    }
    for m in &ds.editions {
        for e in m.entries.iter().filter(|e| e.what.is_some()) {
            need(format!("x:{}:{}", m.family, e.to));
        }
        for r in &m.removed {
            need(format!("y:{}:{}", m.family, r.from));
        }
        for i in 0..m.sources.len() {
            need(format!("v:{}:{i}", m.family));
        }
    }
    for e in &ds.elements {
        for field in ["name", "summary", "question", "help"] {
            need(format!("e:{}:{field}", e.id));
        }
        for fc in &e.facets {
            need(format!("f:{}.{}", e.id, fc.id));
        }
    }
    for s in &ds.questionnaire.steps {
        need(format!("s:{}:title", s.id));
        for q in &s.questions {
            need(format!("q:{}:prompt", q.id));
            for o in &q.options {
                need(format!("o:{}:{}", q.id, o.value));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "{} German data texts missing: {:?}",
        missing.len(),
        &missing[..missing.len().min(20)]
    );
}

/// Literals in the UI that read as prose (two words, or one capitalised word) but do not go
/// through `tr`/`trf`. Technical strings (classes, ids, routes, file names, MIME types) do not
/// match; the few that do are listed here with their reason.
#[test]
fn no_prose_in_the_ui_bypasses_the_catalogue() {
    let allowed: &[&str] = &[
        "IMS Crosswalk", // the product's name
        "English",
        "Deutsch", // each language named in its own language
        "NIST",    // compared with a framework's publisher, never shown
        // key names of KeyboardEvent.key and tag names, compared with, never shown
        "ArrowDown",
        "ArrowRight",
        "ArrowLeft",
        "PageDown",
        "PageUp",
        "SELECT",
        "TEXTAREA",
    ];
    let mut files = Vec::new();
    sources(
        &PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/src/ui")),
        &mut files,
    );
    let mut hits = Vec::new();
    for f in files {
        let s = std::fs::read_to_string(&f).unwrap();
        let mut i = 0;
        let b = s.as_bytes();
        while i < b.len() {
            // Skip comments.
            if s[i..].starts_with("//") {
                i += s[i..].find('\n').unwrap_or(s.len() - i);
                continue;
            }
            if b[i] == b'\'' {
                // A char literal ('x', '\n', '…') or a lifetime: skip to after it.
                let rest = &s[i + 1..];
                let len = rest.chars().next().map_or(1, |c| c.len_utf8());
                i += 1 + if rest.starts_with('\\') {
                    rest.find('\'').map_or(1, |k| k + 1)
                } else if rest[len..].starts_with('\'') {
                    len + 1
                } else {
                    0
                };
                continue;
            }
            if !s.is_char_boundary(i) {
                i += 1;
                continue;
            }
            if b[i] != b'"' {
                i += 1;
                continue;
            }
            let (text, end) = literal(&s, i + 1);
            let before = s[..i].trim_end();
            let through = before.ends_with("tr(l,") || before.ends_with("trf(l,") || {
                let t = before.trim_end_matches(|c: char| c.is_whitespace());
                t.ends_with(',') && {
                    let call = &t[..t.len() - 1];
                    let open = call.rfind('(').unwrap_or(0);
                    let name = call[..open].trim_end();
                    name.ends_with("tr")
                        || name.ends_with("trf")
                        || name.ends_with("question_text")
                        || name.ends_with("data")
                }
            };
            let words: Vec<&str> = text
                .split_whitespace()
                .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2)
                .collect();
            let prose = text.chars().any(|c| c.is_alphabetic())
                && !text.contains("imsx")
                && !text.starts_with('#')
                && !text.contains('{')
                && (words.len() >= 2
                    || text.chars().next().is_some_and(|c| c.is_uppercase())
                        && text.len() >= 3
                        && !text.contains('.')
                        && !text.contains('/'));
            // English keys returned by `fn label` (shown through `tr`, checked above).
            let line_start = s[..i].rfind('\n').map_or(0, |k| k + 1);
            let is_label_arm = s[line_start..i].trim_start().starts_with("Self::")
                && s[line_start..i].contains("=>");
            if prose && !through && !is_label_arm && !allowed.contains(&text.as_str()) {
                let line = s[..i].lines().count();
                hits.push(format!(
                    "{}:{line}: {text:?}",
                    f.file_name().unwrap().to_string_lossy()
                ));
            }
            i = end;
        }
    }
    assert!(
        hits.is_empty(),
        "{} UI texts bypass the catalogue:\n{}",
        hits.len(),
        hits.join("\n")
    );
}

#[test]
fn the_german_pack_carries_the_ui_catalogue() {
    // The browser build reads the UI catalogue from the pack (`./x i18n` writes it there).
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/i18n/de.json")).unwrap();
    let pack = i18n::DataTexts::parse(&text).unwrap();
    let cat: HashMap<&str, &str> = german();
    let stale: Vec<_> = cat
        .iter()
        .filter(|(en, de)| pack.ui().get(en).map(String::as_str) != Some(**de))
        .map(|(en, _)| *en)
        .collect();
    assert!(
        stale.is_empty(),
        "run ./x i18n: {} catalogue entries differ in the pack, e.g. {:?}",
        stale.len(),
        &stale[..stale.len().min(5)]
    );
    assert_eq!(
        pack.ui().0.len(),
        cat.len(),
        "run ./x i18n: the pack has entries the catalogue no longer has"
    );
}
