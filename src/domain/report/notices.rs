//! The words of the notices and one-value labels the shell and the assessment list show: what
//! an import kept, what a share link offers, what could not be read.
use super::super::i18n::{tr, trf, Lang, Msg};

/// After an import that left something out: "Imported “X” as a new assessment. <each warning>".
/// `None` when nothing was left out (the results speak for themselves).
pub fn imported(l: Lang, name: &str, warnings: &[Msg]) -> Option<String> {
    if warnings.is_empty() {
        return None;
    }
    let why = warnings
        .iter()
        .map(|w| w.render(l))
        .collect::<Vec<_>>()
        .join(" ");
    Some(trf(
        l,
        "Imported “{0}” as a new assessment. {1}",
        &[&name, &why],
    ))
}

/// What a share link offers, and the name its assessment is imported under.
pub fn share_offer(l: Lang, name: &str) -> (String, String) {
    if name.is_empty() {
        (
            tr(l, "This link carries an assessment. Import it as a new assessment? Your saved assessments stay as they are.").to_string(),
            tr(l, "Shared assessment").to_string(),
        )
    } else {
        (
            trf(l, "This link carries “{0}”. Import it as a new assessment? Your saved assessments stay as they are.", &[&name]),
            name.to_string(),
        )
    }
}

/// Saved data that could not be read, kept under `backup_key`.
pub fn unreadable(l: Lang, why: &str, backup_key: &str) -> String {
    trf(
        l,
        "Your saved assessments could not be read: {0}. They were kept in this browser under “{1}” and nothing was deleted. Download the backup, then start again or import it later.",
        &[&why, &backup_key],
    )
}

/// Another tab wrote data this one cannot read.
pub fn other_tab(l: Lang, why: &str) -> String {
    trf(
        l,
        "Another tab saved data this tab cannot read ({0}); this tab keeps its own copy.",
        &[&why],
    )
}

/// The landing page's button back into the open assessment.
pub fn resume(l: Lang, name: &str) -> String {
    trf(l, "Resume “{0}”", &[&name])
}

/// The accessible name of an assessment's name field in the list.
pub fn name_field(l: Lang, name: &str) -> String {
    trf(l, "Name of assessment “{0}”", &[&name])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notices_name_what_they_are_about() {
        assert_eq!(imported(Lang::En, "A", &[]), None);
        let w = [Msg::v("one."), Msg::v("two.")];
        assert_eq!(
            imported(Lang::En, "A", &w).unwrap(),
            "Imported “A” as a new assessment. one. two."
        );
        assert_eq!(share_offer(Lang::En, "").1, "Shared assessment");
        let (text, name) = share_offer(Lang::En, "Acme");
        assert!(text.contains("“Acme”") && name == "Acme");
        assert!(unreadable(Lang::En, "bad", "imsx.backup").contains("“imsx.backup”"));
        assert!(other_tab(Lang::En, "x").contains("(x)"));
        assert_eq!(resume(Lang::En, "B"), "Resume “B”");
        assert_eq!(name_field(Lang::En, "B"), "Name of assessment “B”");
    }
}
