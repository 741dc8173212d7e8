//! Editions as data (issue 15): ISO/IEC 27701:2025 bundled next to 2019, the correspondence
//! between them complete in both directions, the edition asked with the held standard, and a
//! 2019 holder's transition requirement by requirement.
mod common;
use common::{answers, count};
use ims_crosswalk::domain::editions::ChangeKind;
use ims_crosswalk::domain::questionnaire::held_frameworks;
use ims_crosswalk::domain::*;
use std::collections::HashSet;

#[test]
fn iso27701_2025_has_its_published_structure() {
    let f = dataset()
        .framework("iso27701-2025")
        .expect("27701:2025 bundled");
    assert_eq!(
        (f.family.as_str(), f.edition.as_str()),
        ("iso27701", "2025")
    );
    assert_eq!(
        f.carries, None,
        "2025 stands alone: no ISMS subject carried"
    );
    // Clauses 4–10 of the Harmonized Structure (30 that state requirements, 11 headings).
    assert_eq!(count("iso27701-2025", ReqKind::Clause, ""), 30);
    assert_eq!(count("iso27701-2025", ReqKind::Section, ""), 14);
    for r in ["6.3", "9.2.2", "9.3.3", "10.2"] {
        assert!(
            dataset()
                .requirement(&format!("iso27701-2025:{r}"))
                .is_some(),
            "{r}"
        );
    }
    assert_eq!(count("iso27701-2025", ReqKind::Control, "A.1."), 31);
    assert_eq!(count("iso27701-2025", ReqKind::Control, "A.2."), 18);
    assert_eq!(count("iso27701-2025", ReqKind::Control, "A.3."), 29);
    // Every assessed requirement has our own summary and a link to the hub.
    for r in f.assessed() {
        assert!(
            r.summary.as_deref().is_some_and(|s| s.len() > 30),
            "{}",
            r.id
        );
        assert!(!r.links.is_empty(), "{}", r.id);
    }
}

#[test]
fn ids_and_titles_match_the_reference_list() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/reference/iso27701_2025.json"
    ))
    .unwrap();
    let list: Vec<serde_json::Value> = serde_json::from_str(&text).unwrap();
    let f = dataset().framework("iso27701-2025").unwrap();
    assert_eq!(list.len(), f.requirements.len());
    for item in &list {
        let id = item["id"].as_str().unwrap();
        let r = f
            .requirements
            .iter()
            .find(|r| r.reference == id)
            .unwrap_or_else(|| panic!("{id} missing"));
        assert_eq!(r.title, item["title"].as_str().unwrap(), "{id}");
    }
}

#[test]
fn every_2019_requirement_is_mapped_or_marked_removed() {
    let ds = dataset();
    let m = ds
        .editions
        .iter()
        .find(|m| m.from == "iso27701" && m.to == "iso27701-2025")
        .expect("27701 correspondence");
    let mapped: HashSet<&str> = m
        .entries
        .iter()
        .flat_map(|e| e.from.iter().map(String::as_str))
        .chain(m.removed.iter().map(|r| r.from.as_str()))
        .collect();
    let old = ds.framework("iso27701").unwrap();
    let missing: Vec<&str> = old
        .requirements
        .iter()
        .filter(|r| r.kind != ReqKind::Section)
        .map(|r| r.reference.as_str())
        .filter(|r| !mapped.contains(r))
        .collect();
    assert!(missing.is_empty(), "2019 not accounted for: {missing:?}");
    // Nothing is both carried over and removed.
    for r in &m.removed {
        assert!(
            !m.entries.iter().any(|e| e.from.contains(&r.from)),
            "{} mapped and removed",
            r.from
        );
    }
    // Every assessed 2025 requirement appears exactly once as a target.
    let new = ds.framework("iso27701-2025").unwrap();
    for r in new.assessed() {
        let n = m.entries.iter().filter(|e| e.to == r.reference).count();
        assert_eq!(n, 1, "{}", r.reference);
    }
    // The third-party table's 49 renumbered controls are all there.
    let renumbered = m
        .entries
        .iter()
        .filter(|e| {
            e.kind == ChangeKind::Renumbered
                && e.to.starts_with("A.")
                && e.to.matches('.').count() == 3
        })
        .count();
    assert_eq!(renumbered, 49);
    assert!(ds.problems.is_empty(), "{:?}", ds.problems);
}

#[test]
fn the_edition_answer_decides_which_edition_is_held() {
    let ds = dataset();
    let id = |a: &Answers| {
        held_frameworks(ds, a)
            .iter()
            .map(|&(f, _)| ds.frameworks[f].id.clone())
            .collect::<Vec<_>>()
    };
    // Unanswered: the edition the tool asked about before (2019), so saved answers keep meaning.
    assert_eq!(
        id(&answers(&[("held.iso27701", "certified")])),
        ["iso27701"]
    );
    assert_eq!(
        id(&answers(&[
            ("held.iso27701", "certified"),
            ("edition.iso27701", "2025")
        ])),
        ["iso27701-2025"]
    );
    assert_eq!(
        id(&answers(&[
            ("held.iso27701", "certified"),
            ("edition.iso27701", "2019")
        ])),
        ["iso27701"]
    );
    // An unknown edition is named as a warning and falls back to the first edition.
    let a = answers(&[("held.iso27701", "certified"), ("edition.iso27701", "2031")]);
    assert_eq!(id(&a), ["iso27701"]);
    assert!(!analyse(ds, &a).warnings.is_empty());
}

fn holder_2019(extra: &[(&'static str, &'static str)]) -> Answers {
    let mut pairs = vec![
        ("held.iso27001", "certified"),
        ("held.iso27701", "certified"),
        ("edition.iso27701", "2019"),
        ("personal_data", "yes"),
        ("targets", "iso27701-2025"),
    ];
    pairs.extend_from_slice(extra);
    answers(&pairs)
}

#[test]
fn a_2019_holder_sees_the_transition_requirement_by_requirement() {
    let ds = dataset();
    let an = analyse(ds, &holder_2019(&[]));
    assert!(an.warnings.is_empty(), "{:?}", an.warnings);
    let fi = ds.framework_index("iso27701-2025").unwrap();
    let t = an.target(fi).unwrap();
    let tr = t.transition.as_ref().expect("transition for a 2019 holder");
    let fw = &ds.frameworks[fi];
    let row = |r: &str| {
        tr.rows
            .iter()
            .find(|x| fw.requirements[t.requirements[x.result].req].reference == r)
            .unwrap_or_else(|| panic!("{r}"))
    };
    let status = |r: &str| t.requirements[row(r).result].status;
    // Carried-over controls: renumbered, from their 2019 number, and already met.
    for (new, old) in [
        ("A.1.2.2", "A.7.2.1"),
        ("A.1.2.6", "A.7.2.5"),
        ("A.2.5.9", "B.8.5.8"),
    ] {
        let x = row(new);
        assert_eq!(x.kind, ChangeKind::Renumbered, "{new}");
        assert_eq!(x.from.first().map(String::as_str), Some(old), "{new}");
        assert_eq!(status(new), Status::ReuseAsIs, "{new}");
    }
    // What 2025 adds is new; 27001 already plans changes, so a 27001 holder reuses it.
    assert_eq!(row("6.3").kind, ChangeKind::New);
    assert!(row("6.3").from.is_empty());
    // The A.3 controls were guidance in 2019: changed, yet met by the 2019 PIMS.
    assert_eq!(row("A.3.25").kind, ChangeKind::Changed);
    assert_eq!(row("A.3.25").from, ["6.9.4"]);
    assert_eq!(status("A.3.25"), Status::ReuseAsIs);
    // A clause that changed (the PIMS now stands alone) counts at most as extend, with the
    // edition named as the reason; its process exists.
    for r in ["4.4", "6.1.2", "6.1.3", "9.3.2"] {
        assert_eq!(row(r).kind, ChangeKind::Changed, "{r}");
        assert_eq!(status(r), Status::Extend, "{r}");
        assert!(t.requirements[row(r).result]
            .evidence
            .iter()
            .any(|e| matches!(e, analysis::Evidence::Edition { .. })));
    }
    // Counts add up to the applicable requirements; a 2019 holder has little left to do.
    let total: u32 = tr.counts.iter().sum();
    assert_eq!(total, t.counts.total());
    assert_eq!(tr.counts[ChangeKind::New.index()], 1);
    assert_eq!(tr.counts[ChangeKind::Renumbered.index()] as usize, 49 + 17);
    let days: f64 = tr.days.iter().sum();
    assert!(
        (days
            - t.requirements
                .iter()
                .filter(|r| r.applicable)
                .map(|r| r.effort.days)
                .sum::<f64>())
        .abs()
            < 1e-9
    );
    assert!(
        t.effort.days < 0.4 * t.effort.from_scratch_days,
        "{} of {}",
        t.effort.days,
        t.effort.from_scratch_days
    );
    // The work fits in the operating period before the audit: one figure, not "4.0–4.0".
    let h = report::headline(ds, t);
    assert_eq!(h.months_low, h.months_high);
    assert_eq!(
        h.months_text(i18n::Lang::En),
        format!("{:.1} months", h.months_low)
    );
    // Without ISO/IEC 27001, planning of changes is really new work.
    let without = analyse(ds, &holder_2019(&[("held.iso27001", "none")]));
    let t2 = without.target(fi).unwrap();
    let r63 = fw
        .requirements
        .iter()
        .position(|r| r.reference == "6.3")
        .unwrap();
    let s63 = t2
        .requirements
        .iter()
        .find(|r| r.req == r63)
        .unwrap()
        .status;
    assert!(s63 < Status::Extend, "{s63:?}");
}

#[test]
fn no_transition_without_the_previous_edition() {
    let ds = dataset();
    let fi = ds.framework_index("iso27701-2025").unwrap();
    for a in [
        answers(&[("held.iso27001", "certified"), ("targets", "iso27701-2025")]),
        answers(&[
            ("held.iso27701", "certified"),
            ("edition.iso27701", "2025"),
            ("targets", "iso27701-2025,iso42001"),
        ]),
    ] {
        let an = analyse(ds, &a);
        assert!(an.target(fi).is_none_or(|t| t.transition.is_none()));
    }
    // The 2025 edition as a target for a newcomer: every requirement is new work.
    let an = analyse(
        ds,
        &answers(&[("personal_data", "yes"), ("targets", "iso27701-2025")]),
    );
    let t = an.target(fi).unwrap();
    assert_eq!(t.requirements.len(), 30 + 78);
    assert!(t.counts.total() >= 30 + 29, "{}", t.counts.total());
    assert_eq!(t.counts.new, t.counts.total());
}

#[test]
fn a_certificate_to_the_previous_edition_is_moved_over_not_audited_beside_it() {
    use ims_crosswalk::domain::i18n::Lang;
    let ds = dataset();
    let because = |a: &Answers| {
        analyse(ds, a)
            .recommendations
            .iter()
            .filter(|r| r.title(Lang::En) == "Plan a joint (integrated) audit")
            .map(|r| r.because(Lang::En))
            .collect::<Vec<_>>()
    };
    // 27001 and 27701:2019 certified, 27701:2025 targeted: 27001 is audited with the new
    // edition; the 2019 certificate is not listed beside it.
    assert_eq!(
        because(&holder_2019(&[])),
        ["Certified or targeted: ISO/IEC 27001:2022, ISO/IEC 27701:2025."]
    );
    // Only the 2019 certificate and its successor as target: a transition, no joint audit.
    assert!(because(&holder_2019(&[("held.iso27001", "none")])).is_empty());
}
