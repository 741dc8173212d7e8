//! Side by side and what-if (issue 13, points 1–2): what differs between two analyses,
//! requirement by requirement, and the signed figures the UI shows.
mod common;
use common::{answers, saas_27001};
use ims_crosswalk::domain::examples::EXAMPLES;
use ims_crosswalk::domain::i18n::Lang;
use ims_crosswalk::domain::report::{diff, signed, tried_changes};
use ims_crosswalk::domain::*;
use ims_crosswalk::storage::State;

#[test]
fn an_analysis_differs_from_itself_in_nothing() {
    let ds = dataset();
    let an = analyse(ds, &saas_27001());
    let d = diff(ds, &an, &an);
    assert!(d.changes.is_empty());
    let applicable: usize = an.targets.iter().map(|t| t.counts.total() as usize).sum();
    assert_eq!(d.same, applicable);
}

#[test]
fn what_if_also_certified_to_iso9001_only_gains_reuse_and_saves_days() {
    let ds = dataset();
    let saved = saas_27001();
    let mut tried = saved.clone();
    tried.set_one("held.iso9001", "certified");
    let (a, b) = (analyse(ds, &saved), analyse(ds, &tried));
    let d = diff(ds, &a, &b);
    assert!(d.better() > 0, "holding 9001 as well gains reuse somewhere");
    assert_eq!(d.worse(), 0, "holding more never loses reuse");
    assert!(b.effort.days < a.effort.days);
    // Each listed change is real: the statuses in the two analyses differ as listed.
    for c in &d.changes {
        let s = |an: &Analysis| {
            an.target(c.framework)
                .and_then(|t| t.requirements.iter().find(|r| r.req == c.req))
                .map(|r| r.status)
        };
        assert_eq!((s(&a), s(&b)), (c.a, c.b));
        assert_ne!(c.a, c.b);
    }
}

#[test]
fn two_examples_side_by_side_list_every_differing_requirement_once() {
    let ds = dataset();
    let a = analyse(ds, &EXAMPLES[0].complete_answers(ds));
    let b = analyse(ds, &EXAMPLES[1].complete_answers(ds));
    let d = diff(ds, &a, &b);
    let total = ds
        .framework("iso42001")
        .unwrap()
        .requirements
        .iter()
        .filter(|r| r.assessed)
        .count();
    assert!(!d.changes.is_empty());
    assert!(d.same + d.changes.len() <= total);
    let mut seen: Vec<_> = d.changes.iter().map(|c| (c.framework, c.req)).collect();
    seen.dedup();
    assert_eq!(seen.len(), d.changes.len());
    assert_eq!(
        d.better() + d.worse(),
        d.changes
            .iter()
            .filter(|c| c.a.is_some() && c.b.is_some())
            .count()
    );
}

#[test]
fn a_target_in_only_one_assessment_shows_as_not_assessed_on_the_other_side() {
    let ds = dataset();
    let a = analyse(ds, &answers(&[("size", "11-50"), ("targets", "iso42001")]));
    let b = analyse(
        ds,
        &answers(&[("size", "11-50"), ("targets", "iso42001,iso27001")]),
    );
    let d = diff(ds, &a, &b);
    let fi = ds.framework_index("iso27001").unwrap();
    let only_b = d.changes.iter().filter(|c| c.framework == fi).count();
    assert_eq!(only_b, b.target(fi).unwrap().counts.total() as usize);
    assert!(d
        .changes
        .iter()
        .filter(|c| c.framework == fi)
        .all(|c| c.a.is_none() && c.b.is_some()));
}

#[test]
fn signed_differences_read_in_both_languages() {
    assert_eq!(signed(Lang::En, 3.46), "+3.5");
    assert_eq!(signed(Lang::De, -12.0), "\u{2212}12,0");
    assert_eq!(signed(Lang::En, 0.01), "±0");
}

#[test]
fn keeping_a_what_if_replaces_the_open_assessments_answers_and_undo_restores_them() {
    let mut s = State::default();
    s.create("a1".into(), "Acme", saas_27001(), 1.0);
    let before = s.current().unwrap().answers.clone();
    let mut tried = before.clone();
    tried.set_one("held.iso9001", "certified");
    assert!(s.replace_answers(tried.clone(), 2.0));
    assert_eq!(s.current().unwrap().answers, tried);
    assert_eq!(s.current().unwrap().modified, 2.0);
    assert!(s.replace_answers(before.clone(), 3.0));
    assert_eq!(s.current().unwrap().answers, before);
    assert_eq!(s.assessments.len(), 1, "no copy is made");
    assert!(
        !State::default().replace_answers(tried, 4.0),
        "nothing open: nothing changes"
    );
    // The plan's start month: only a month is taken.
    assert!(s.set_plan_start("2027-04"));
    assert!(!s.set_plan_start("April"));
    assert_eq!(s.current().unwrap().plan_start, "2027-04");
}

#[test]
fn a_what_if_names_what_it_changed_in_words() {
    let ds = dataset();
    let saved = saas_27001();
    let mut tried = saved.clone();
    tried.set_one("held.iso27001", "none");
    tried.set_one("el.ai_impact", "operating");
    let words = tried_changes(ds, Lang::En, &saved, &tried);
    assert_eq!(words.len(), 2, "{words:?}");
    assert!(
        words
            .iter()
            .any(|w| w.starts_with("ISO/IEC 27001") && w.ends_with(": No")),
        "{words:?}"
    );
    assert!(
        words.contains(&"AI system impact assessment: Operating, with records".to_string()),
        "{words:?}"
    );
    assert!(tried_changes(ds, Lang::En, &saved, &saved).is_empty());
}

/// The results header's wording, computed in the presentation layer (issue 12): what is held,
/// the capacity note and the report date in the reader's form.
#[test]
fn results_header_wording() {
    let ds = dataset();
    let an = analyse(ds, &saas_27001());
    let held = report::held_text(ds, Lang::En, &an);
    assert!(held.starts_with("ISO/IEC 27001:2022 (certified)"), "{held}");
    let nothing = analyse(ds, &answers(&[("targets", "iso42001")]));
    assert_eq!(report::held_text(ds, Lang::En, &nothing), "nothing yet");
    assert_eq!(report::held_text(ds, Lang::De, &nothing), "noch nichts");
    let suggested = report::fte_note(Lang::En, &an, false);
    assert!(
        suggested.ends_with("FTE, suggested for your size"),
        "{suggested}"
    );
    assert!(!report::fte_note(Lang::En, &an, true).contains("suggested"));
    // The months run to the certificate, the audit month included (the plan's certificate date
    // says the same); a target without a certificate says so instead.
    assert!(suggested.starts_with("to certification, the audit included, at "));
    let rmf = analyse(ds, &answers(&[("targets", "nist-ai-rmf")]));
    assert_eq!(rmf.effort.audit_days, 0.0);
    assert!(report::fte_note(Lang::En, &rmf, true).ends_with("(this target has no certification)"));
    assert!(report::fte_note(Lang::De, &an, false)
        .starts_with("bis zur Zertifizierung, Audit eingeschlossen"));
    assert_eq!(
        report::report_date(Lang::En, "2026-12-07T01:02:03Z"),
        "2026-12-07"
    );
    assert_eq!(
        report::report_date(Lang::De, "2026-12-07T01:02:03Z"),
        "07.12.2026"
    );
}

/// Every requirement's effort working can be recomputed from what it prints (issue 11/12): the
/// gross, the two parts with their credits, both credits scaled by maturity, give the days shown.
#[test]
fn the_effort_working_recomputes_to_its_result() {
    use ims_crosswalk::domain::effort::{DOC_SHARE, MAX_CREDIT};
    let ds = dataset();
    let an = analyse(ds, &saas_27001());
    let t = &an.targets[0];
    let fw = &ds.frameworks[t.framework];
    let mut checked = 0;
    for rr in t
        .requirements
        .iter()
        .filter(|r| r.applicable && r.status != Status::New)
    {
        let e = &rr.effort;
        let text = report::effort_working(Lang::En, &fw.requirements[rr.req], e, true);
        assert!(text.contains("both credits ×"), "{text}");
        let work = e.gross * (1.0 - DOC_SHARE) * (1.0 - (e.credit * e.maturity).min(MAX_CREDIT));
        let doc = e.gross * DOC_SHARE * (1.0 - (e.doc_credit * e.maturity).min(MAX_CREDIT));
        assert!((work + doc - e.days).abs() < 1e-9, "{text}");
        assert!(
            text.contains(&format!("→ {} person-days", i18n::num(Lang::En, e.days, 1))),
            "{text}"
        );
        checked += 1;
    }
    assert!(checked > 20, "{checked}");
    let de = report::effort_working(
        Lang::De,
        &fw.requirements[t.requirements[0].req],
        &t.requirements[0].effort,
        false,
    );
    assert!(!de.is_empty());
}

/// Issue 13 point 3: each example organisation is fully answered: every question that applies
/// is answered or inferred (100 % in the progress bar), and the result carries no caveat.
#[test]
fn every_example_reads_fully_answered() {
    let ds = dataset();
    for e in EXAMPLES.iter() {
        let a = e.complete_answers(ds);
        let (done, total) = questionnaire::progress(ds, &a);
        assert_eq!(done, total, "{}", e.id);
        assert!(!analyse(ds, &a).partial, "{}", e.id);
    }
}

/// A requirement's opened body is worded in the presentation layer (issue 12): each element it
/// builds on with its level, source and facets, each direct mapping with relationship, reuse,
/// rationale and source, what to add and the effort working, in both languages.
#[test]
fn a_requirement_body_is_worded_in_the_presentation_layer() {
    use ims_crosswalk::domain::analysis::Evidence;
    let ds = dataset();
    let an = analyse(ds, &saas_27001());
    let t = &an.targets[0];
    let with_direct = t
        .requirements
        .iter()
        .find(|r| {
            r.evidence
                .iter()
                .any(|e| matches!(e, Evidence::Direct { .. }))
        })
        .expect("a requirement with a direct mapping");
    for l in [Lang::En, Lang::De] {
        let b = report::requirement_body(ds, l, t.framework, with_direct, &an.elements);
        assert_eq!(b.builds_on.len(), with_direct.evidence.len());
        assert!(!b.summary.is_empty() && !b.to_add.is_empty() && !b.working.is_empty());
        let word = if l == Lang::En {
            ": relationship "
        } else {
            ": Beziehung "
        };
        assert!(
            b.builds_on.iter().any(|x| x.text.contains(word)),
            "{:?}",
            b.builds_on
        );
    }
    let b = report::requirement_body(ds, Lang::En, t.framework, with_direct, &an.elements);
    assert!(
        b.builds_on.iter().any(|x| x.text.contains("; asks for ")),
        "{:?}",
        b.builds_on
    );
}

/// Compare says why a side has no status: the requirement does not apply to a side that targets
/// the standard, or that side does not target it.
#[test]
fn compare_names_why_a_status_is_absent() {
    assert_eq!(report::absent_status(Lang::En, true), "not applicable");
    assert_eq!(report::absent_status(Lang::En, false), "not a target");
    assert_eq!(report::absent_status(Lang::De, false), "kein Ziel");
}
