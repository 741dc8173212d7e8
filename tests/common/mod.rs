//! Shared helpers for the native tests: build answers from compact lists.
#![allow(dead_code)]
use ims_crosswalk::domain::{Answer, Answers};

/// `answers(&[("size", "51-250"), ("targets", "iso42001,iso27001")])`; a value with commas
/// is a multi-choice answer (for `ai_roles` and `targets`).
pub fn answers(pairs: &[(&str, &str)]) -> Answers {
    let mut a = Answers::default();
    for (k, v) in pairs {
        if *k == "targets" || *k == "ai_roles" {
            a.set(
                *k,
                Answer::Many(
                    v.split(',')
                        .filter(|s| !s.is_empty())
                        .map(String::from)
                        .collect(),
                ),
            );
        } else {
            a.set_one(*k, *v);
        }
    }
    a
}

/// The calibration organisation, as the app's first example: SaaS scale-up, mature certified
/// ISO/IEC 27001, one AI product, no AI governance yet, targeting ISO/IEC 42001.
pub fn saas_27001() -> Answers {
    ims_crosswalk::domain::examples::EXAMPLES[0].answers()
}

/// The same organisation holding nothing.
pub fn saas_nothing() -> Answers {
    let mut a = saas_27001();
    a.clear("held.iso27001");
    a.clear("years.iso27001");
    a
}

/// Lower case, curly apostrophes straightened, punctuation dropped, whitespace collapsed: how
/// titles and texts are compared with reference lists and source articles.
pub fn norm(s: &str) -> String {
    s.to_lowercase()
        .replace('’', "'")
        .chars()
        .filter(|c| c.is_alphanumeric() || c.is_whitespace())
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Requirements of framework `fw` of one kind whose reference starts with `prefix`.
pub fn count(fw: &str, kind: ims_crosswalk::domain::ReqKind, prefix: &str) -> usize {
    ims_crosswalk::domain::dataset()
        .framework(fw)
        .unwrap_or_else(|| panic!("framework {fw}"))
        .requirements
        .iter()
        .filter(|r| r.kind == kind && r.reference.starts_with(prefix))
        .count()
}
