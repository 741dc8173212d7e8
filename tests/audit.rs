//! Certification audit days (issue 15, point 4), against hand-worked examples through one
//! `check(framework, persons, role, expected cycle)` helper: ISO/IEC 27001 at 10, 45, 300 and
//! 1200 persons, ISO 9001, ISO/IEC 42001 by AI role, a combined 27001 + 42001 audit, the
//! published figures we cross-check against (data/README.md, "Audit time"), the working's
//! sources and assumption marks, and a German text for every line the working can show.
use ims_crosswalk::domain::audit::*;
use ims_crosswalk::domain::examples::EXAMPLES;
use ims_crosswalk::domain::i18n::{catalogue, Lang};
use ims_crosswalk::domain::{Answer, Answers};
use std::collections::HashSet;

/// Expected (stage 1, stage 2, initial, each surveillance, recertification) in auditor-days.
type Days = (f64, f64, f64, f64, f64);

fn cycle(c: &Cycle) -> Days {
    (
        c.stage1,
        c.stage2,
        c.initial,
        c.surveillance,
        c.recertification,
    )
}

fn check(fw: &str, persons: u32, role: Option<AiRole>, expected: Days) -> StandardDays {
    let r = rules();
    let s = standard(r, fw, &Profile::exact(persons, role)).expect("a certification scheme");
    assert_eq!(
        cycle(&s.cycle),
        expected,
        "{fw} at {persons} persons ({role:?})"
    );
    assert_eq!(s.cycle.stage1 + s.cycle.stage2, s.cycle.initial);
    s
}

/// The working line whose English text starts with `prefix`.
fn line<'a>(s: &'a [Line], prefix: &str) -> &'a Line {
    s.iter()
        .find(|l| l.what.to_string().starts_with(prefix))
        .unwrap_or_else(|| panic!("no line starting {prefix:?} in {s:#?}"))
}

#[test]
fn the_embedded_rules_load() {
    let r = load(include_str!("../data/audit_time.json")).expect("audit_time.json loads");
    assert_eq!(r, *rules());
    for fw in ["iso9001", "iso27001", "iso27701", "iso42001"] {
        assert!(r.scheme(fw).is_some(), "{fw} has a scheme");
    }
    assert!(
        r.scheme("nist-ai-rmf").is_none(),
        "the AI RMF has no certificate"
    );
    assert_eq!(
        r.scheme("iso27701:2025").map(|s| s.framework.as_str()),
        Some("iso27701"),
        "an edition falls back to its framework's scheme"
    );
    assert!(load("{}").unwrap_err().contains("missing"));
    let bad = include_str!("../data/audit_time.json").replace("[45, 8.5]", "[45, 4]");
    assert!(load(&bad).unwrap_err().contains("ascending"));
}

#[test]
fn iso27001_at_several_head_counts() {
    // 10 persons: table 5 d (1–10). Stage 1 = 30 % of 5 = 1.5; stage 2 = 3.5; surveillance
    // 5/3 = 1.67 → 1.5; recertification 10/3 = 3.33 → 3.5 (nearest half day).
    let s = check("iso27001", 10, None, (1.5, 3.5, 5.0, 1.5, 3.5));
    assert_eq!(s.floor, 3.5, "5 × 0.7");
    assert_eq!(s.cycle.total(), 11.5, "5 + 2 × 1.5 + 3.5");
    // 45 persons: 8.5 d (26–45). 2.55 → 2.5; 6; 2.83 → 3; 5.67 → 5.5.
    let s = check("iso27001", 45, None, (2.5, 6.0, 8.5, 3.0, 5.5));
    assert_eq!(s.floor, 6.0, "5.95 → 6");
    // 300 persons: 15 d (276–425). 4.5; 10.5; 5; 10.
    check("iso27001", 300, None, (4.5, 10.5, 15.0, 5.0, 10.0));
    // 1200 persons: 19.5 d (1176–1550), a row no public source confirmed here.
    let s = check("iso27001", 1200, None, (6.0, 13.5, 19.5, 6.5, 13.0));
    assert!(line(&s.lines, "Initial audit time for 1200 persons").assumption);
    assert!(line(&s.lines, "Rows above 1175 persons").assumption);
    // One person more than a row moves to the next row.
    check("iso27001", 46, None, (3.0, 7.0, 10.0, 3.5, 6.5));
}

#[test]
fn iso27001_table_rows_checked_against_public_sources_are_not_assumptions() {
    let s = check("iso27001", 300, None, (4.5, 10.5, 15.0, 5.0, 10.0));
    let table = line(&s.lines, "Initial audit time for 300 persons");
    assert!(!table.assumption, "276–425 → 15 d is confirmed (OCG Cert)");
    assert_eq!(table.figure, Figure::Days(15.0));
    assert_eq!(
        table.source.to_string(),
        "ISO/IEC 27006-1:2024, Annex C (the same figures as ISO/IEC 27006:2015, Table B.1)"
    );
    assert!(
        line(&s.lines, "Each surveillance audit").assumption,
        "the ⅓ and ⅔ proportions are IAF MD 5's, applied to the ISMS"
    );
    assert!(
        line(&s.lines, "Stage 1").assumption,
        "no scheme fixes the split"
    );
    assert_eq!(
        line(&s.lines, "Every figure rounded").source.to_string(),
        "IAF MD 5:2019, 2.2.3"
    );
}

#[test]
fn iso9001_by_the_qms_table() {
    // 45 persons: 4 d (26–45). 1.2 → 1; 3; 1.33 → 1.5; 2.67 → 2.5.
    let s = check("iso9001", 45, None, (1.0, 3.0, 4.0, 1.5, 2.5));
    let table = line(&s.lines, "Initial audit time for 45 persons");
    assert!(!table.assumption);
    assert_eq!(
        table.source.to_string(),
        "IAF MD 5:2019, Annex A, Table QMS 1"
    );
    assert!(
        !line(&s.lines, "Each surveillance audit").assumption,
        "MD 5's own proportions"
    );
    assert!(
        !line(&s.lines, "Lowest figure").assumption,
        "MD 5's 30 % cap"
    );
    assert_eq!(s.floor, 3.0, "4 × 0.7 = 2.8 → 3");
    // 1–5 persons: 1.5 d (EA FAQ 38.2); stage 1 at least half a day.
    check("iso9001", 3, None, (0.5, 1.0, 1.5, 0.5, 1.0));
    // 55 persons: 5 d (EA FAQ 37.23).
    check("iso9001", 55, None, (1.5, 3.5, 5.0, 1.5, 3.5));
    // 1500 persons: 14 d (Elsmar); surveillance 4.67 → 4.5, recertification 9.33 → 9.5.
    check("iso9001", 1500, None, (4.0, 10.0, 14.0, 4.5, 9.5));
}

#[test]
fn iso42001_by_ai_role() {
    // 1–10 AI-related persons: the public row of ISO/IEC 42006, 5.0 / 3.5 / 6.5 d.
    let s = check(
        "iso42001",
        10,
        Some(AiRole::Producer),
        (1.5, 3.5, 5.0, 1.5, 3.5),
    );
    assert!(s
        .lines
        .iter()
        .filter(|l| l.what.to_string().starts_with("AI"))
        .all(|l| l.assumption));
    check(
        "iso42001",
        10,
        Some(AiRole::Single),
        (1.0, 2.5, 3.5, 1.0, 2.5),
    );
    check(
        "iso42001",
        10,
        Some(AiRole::Several),
        (2.0, 4.5, 6.5, 2.0, 4.5),
    );
    // 150 persons: the ISMS table's 13 d stands in, times the role ratio of the public row.
    // Producer 13; single 13 × 0.7 = 9.1 → 9; several 13 × 1.3 = 16.9 → 17.
    let s = check(
        "iso42001",
        150,
        Some(AiRole::Producer),
        (4.0, 9.0, 13.0, 4.5, 8.5),
    );
    assert!(
        line(
            &s.lines,
            "ISMS table for 150 persons, standing in for the AIMS"
        )
        .assumption
    );
    let s = check(
        "iso42001",
        150,
        Some(AiRole::Single),
        (2.5, 6.5, 9.0, 3.0, 6.0),
    );
    assert_eq!(
        line(&s.lines, "AI role: one of").figure,
        Figure::Factor(0.7)
    );
    check(
        "iso42001",
        150,
        Some(AiRole::Several),
        (5.0, 12.0, 17.0, 5.5, 11.5),
    );
    // Not answered: the highest column.
    let s = check("iso42001", 150, None, (5.0, 12.0, 17.0, 5.5, 11.5));
    assert!(line(&s.lines, "AI role not answered").assumption);
}

#[test]
fn the_ai_role_from_the_answers() {
    let role = |roles: &[&str]| {
        let mut a = Answers::default();
        a.set(
            "ai_roles",
            Answer::Many(roles.iter().map(|s| s.to_string()).collect()),
        );
        AiRole::from_answers(&a)
    };
    assert_eq!(role(&["developer", "provider"]), Some(AiRole::Producer));
    assert_eq!(role(&["developer"]), Some(AiRole::Single));
    assert_eq!(role(&["user"]), Some(AiRole::Single));
    assert_eq!(role(&["user", "provider"]), Some(AiRole::Several));
    assert_eq!(
        role(&["developer", "provider", "user"]),
        Some(AiRole::Several)
    );
    assert_eq!(role(&[]), None);
    assert_eq!(AiRole::from_answers(&Answers::default()), None);
}

#[test]
fn a_combined_27001_and_42001_audit() {
    let r = rules();
    let p = Profile::exact(150, Some(AiRole::Single));
    let plan = plan(r, &["iso27001".into(), "iso42001".into()], &p);
    assert_eq!(plan.standards.len(), 2);
    let c = plan.combined.expect("two certifiable targets are combined");
    // Separately 13 d + 9 d = 22 d; less 20 % (IAF MD 11) = 17.6 → 17.5. Stage 1 5.25 → 5.5,
    // stage 2 12; surveillance 5.83 → 6; recertification 11.67 → 11.5.
    assert_eq!(c.separate.initial, 22.0);
    assert_eq!(cycle(&c.cycle), (5.5, 12.0, 17.5, 6.0, 11.5));
    // Cycles: 27001 13 + 2 × 4.5 + 8.5 = 30.5; 42001 9 + 2 × 3 + 6 = 21; combined 17.5 + 12 + 11.5 = 41.
    assert_eq!(c.separate.total(), 51.5);
    assert_eq!(c.cycle.total(), 41.0);
    assert_eq!(c.saving(), 10.5);
    assert_eq!(
        line(&c.lines, "Less for integration").figure,
        Figure::Share(-0.2)
    );
    assert!(line(&c.lines, "Less for integration").assumption);
    assert_eq!(
        line(&c.lines, "Sum of the separate").source.to_string(),
        "IAF MD 11:2019, 2.2"
    );
    // One target: nothing to combine; an uncertifiable target adds nothing.
    let one = plan_for(&["iso27001", "nist-ai-rmf"], 150);
    assert_eq!(one.standards.len(), 1);
    assert!(one.combined.is_none());
}

fn plan_for(targets: &[&str], persons: u32) -> AuditDays {
    let t: Vec<String> = targets.iter().map(|s| s.to_string()).collect();
    plan(rules(), &t, &Profile::exact(persons, None))
}

#[test]
fn the_combined_audit_is_never_below_the_largest_standard() {
    let r = rules();
    // 20 + 1 = 21, less 20 % = 16.8: below the 20 days of the larger standard alone.
    assert_eq!(r.combined_cycle(&[20.0, 1.0]).initial, 20.0);
}

#[test]
fn published_calculators_agree() {
    let r = rules();
    // ISO CERT INTERNATIONAL's calculator: 10 staff, three integrated standards of 2 d each
    // → 6 − 20 % = 4.8 → 5; stage 1 1.5, stage 2 3.5, surveillance 1.5, recertification 3.5.
    assert_eq!(
        cycle(&r.combined_cycle(&[2.0, 2.0, 2.0])),
        (1.5, 3.5, 5.0, 1.5, 3.5)
    );
    assert_eq!(
        check("iso9001", 10, None, (0.5, 1.5, 2.0, 0.5, 1.5))
            .cycle
            .initial,
        2.0
    );
    // OCG Cert's ISO/IEC 27001 guide values: initial and surveillance by head count. (OCG rounds
    // some surveillance figures up where we round to the nearest half day: 66–85, 176–275, 876–1175.)
    for (persons, initial, surveillance) in [
        (10, 5.0, 1.5),
        (45, 8.5, 3.0),
        (65, 10.0, 3.5),
        (125, 12.0, 4.0),
        (175, 13.0, 4.5),
        (425, 15.0, 5.0),
        (625, 16.5, 5.5),
        (875, 17.5, 6.0),
    ] {
        let s = standard(r, "iso27001", &Profile::exact(persons, None)).unwrap();
        assert_eq!(
            (s.cycle.initial, s.cycle.surveillance),
            (initial, surveillance),
            "{persons}"
        );
    }
    // Digitrust: 14 FTE → 6 gross days; their context factors bring it to 5, within our floor.
    let s = standard(r, "iso27001", &Profile::exact(14, None)).unwrap();
    assert_eq!(s.cycle.initial, 6.0);
    assert!(s.floor <= 5.0);
    // 27001advice: 20 FTE → 7 d; byght: 125 staff → 12 d.
    assert_eq!(
        standard(r, "iso27001", &Profile::exact(20, None))
            .unwrap()
            .cycle
            .initial,
        7.0
    );
    assert_eq!(
        standard(r, "iso27001", &Profile::exact(125, None))
            .unwrap()
            .cycle
            .initial,
        12.0
    );
}

#[test]
fn from_the_answers_of_an_example() {
    // The SaaS scale-up: 51–250 staff (150 assumed), develops and provides AI, targets
    // ISO/IEC 42001, holds ISO/IEC 27001 certified, builds on third-party AI.
    let a = EXAMPLES[0].answers();
    let d = audit_days(&a);
    assert_eq!(d.persons, 150);
    assert_eq!(d.standards.len(), 1);
    let s = &d.standards[0];
    assert_eq!(s.framework, "iso42001");
    assert_eq!(cycle(&s.cycle), (4.0, 9.0, 13.0, 4.5, 8.5));
    let persons = line(
        &s.lines,
        "Effective personnel, taken as the middle of your answer 51–250",
    );
    assert!(persons.assumption);
    assert_eq!(
        line(&s.lines, "Across your answer 51–250").figure,
        Figure::DaysRange(10.0, 14.0)
    );
    assert!(line(&s.lines, "Your answers point to more time")
        .what
        .to_string()
        .contains("third-party AI"));
    assert_eq!(
        d.notes.len(),
        1,
        "27001 held certified: its audits can be combined"
    );
    assert!(d.notes[0].to_string().contains("ISO/IEC 27001:2022"));
    // No certifiable target: nothing.
    let mut a = Answers::default();
    a.set("targets", Answer::Many(vec!["nist-ai-rmf".into()]));
    assert!(audit_days(&a).standards.is_empty());
    // An unknown size answer falls back to the default band.
    let mut a = EXAMPLES[0].answers();
    a.set_one("size", "lots");
    assert_eq!(audit_days(&a).persons, 150);
    a.set_one("size", "1000+");
    let d = audit_days(&a);
    assert_eq!(
        line(&d.standards[0].lines, "Across your answer 1000+").figure,
        Figure::DaysFrom(18.5)
    );
}

#[test]
fn every_line_has_a_source_and_german_text() {
    let de: HashSet<&str> = catalogue().map(|&(en, _)| en).collect();
    let mut seen = Vec::new();
    let mut sizes: Vec<Answers> = Vec::new();
    for size in ["1-10", "11-50", "51-250", "251-1000", "1000+"] {
        for roles in [
            &["developer", "provider"][..],
            &["user"],
            &["user", "developer"],
            &[],
        ] {
            let mut a = EXAMPLES[0].answers();
            a.set_one("size", size);
            a.set_one("sector", "health");
            a.set_one("ai_systems", "20+");
            a.set_one("eu_exposure", "high_risk");
            a.set(
                "ai_roles",
                Answer::Many(roles.iter().map(|s| s.to_string()).collect()),
            );
            a.set(
                "targets",
                Answer::Many(
                    ["iso9001", "iso27001", "iso27701", "iso42001"]
                        .map(String::from)
                        .to_vec(),
                ),
            );
            sizes.push(a);
        }
    }
    let mut ex = EXAMPLES[1].answers();
    ex.set("targets", Answer::Many(vec!["iso42001".into()]));
    sizes.push(ex);
    for a in &sizes {
        let d = audit_days(a);
        assert_eq!(d.standards.len(), a.targets().len());
        let mut lines: Vec<&Line> = d.standards.iter().flat_map(|s| &s.lines).collect();
        if let Some(c) = &d.combined {
            lines.extend(&c.lines);
        }
        for l in lines {
            assert!(!l.source.to_string().is_empty(), "{l:?} has a source");
            templates(&l.what, &mut seen);
            templates(&l.source, &mut seen);
        }
        for n in &d.notes {
            templates(n, &mut seen);
        }
    }
    seen.sort();
    seen.dedup();
    let missing: Vec<_> = seen.iter().filter(|t| !de.contains(**t)).collect();
    assert!(
        missing.is_empty(),
        "working texts without German: {missing:#?}"
    );
    // And it reads in German.
    let d = audit_days(&sizes[0]);
    assert!(d.standards[0].lines[0]
        .what
        .render(Lang::De)
        .starts_with("Effektive"));
}
