//! The plan with dates (issue 13, point 6): phases on a calendar from a start month, at the
//! programme's FTE, milestones in order, ending where the headline months end.
mod common;
use common::answers;
use ims_crosswalk::domain::effort::{AUDIT_LEAD_MONTHS, DAYS_PER_MONTH, MIN_OPERATING_MONTHS};
use ims_crosswalk::domain::examples::EXAMPLES;
use ims_crosswalk::domain::i18n::Lang;
use ims_crosswalk::domain::plan::{plan, span, Month};
use ims_crosswalk::domain::*;

const JAN_2027: Month = Month {
    year: 2027,
    month: 1,
};

#[test]
fn months_parse_count_and_read_in_both_languages() {
    assert_eq!(Month::parse("2027-01"), Some(JAN_2027));
    for bad in [
        "2027-1",
        "2027-13",
        "2027-00",
        "27-01",
        "",
        "javascript:1",
        "2027-01-05",
    ] {
        assert_eq!(Month::parse(bad), None, "{bad}");
    }
    assert_eq!(JAN_2027.plus(11).key(), "2027-12");
    assert_eq!(JAN_2027.plus(12).key(), "2028-01");
    assert_eq!(JAN_2027.at(2.9).key(), "2027-03");
    // 2026-12-06 and 2026-12-31 → January 2027; 2026-11-30 → December 2026.
    assert_eq!(Month::after(1_796_515_200_000.0), JAN_2027);
    assert_eq!(Month::after(1_798_675_200_000.0), JAN_2027);
    assert_eq!(Month::after(1_795_996_800_000.0).key(), "2026-12");
    assert_eq!(JAN_2027.plus(2).label(Lang::En), "March 2027");
    assert_eq!(JAN_2027.plus(2).label(Lang::De), "März 2027");
    assert_eq!(
        span(Lang::En, JAN_2027, JAN_2027.plus(2)),
        "January – March 2027"
    );
    assert_eq!(
        span(Lang::De, JAN_2027.plus(10), JAN_2027.plus(13)),
        "November 2027 – Februar 2028"
    );
}

#[test]
fn every_example_plan_ends_at_the_central_estimate_with_milestones_in_order() {
    let ds = dataset();
    for e in &EXAMPLES {
        let an = analyse(ds, &e.complete_answers(ds));
        let p = plan(&an, JAN_2027).expect("a target");
        let work = an.effort.days / (an.effort.fte * DAYS_PER_MONTH);
        assert!(p.certifiable, "{}", e.id);
        let central = work.max(MIN_OPERATING_MONTHS) + AUDIT_LEAD_MONTHS;
        assert!(
            (p.months - central).abs() < 1e-9,
            "{}: {} vs {central}",
            e.id,
            p.months
        );
        assert!(an.effort.months_low <= p.months && p.months <= an.effort.months_high);
        assert!(p.end_early <= p.end_late);
        // Phases follow one another without gap or overlap, from the start to the end.
        assert_eq!(p.phases.first().unwrap().from, 0.0);
        for w in p.phases.windows(2) {
            assert!((w[0].to - w[1].from).abs() < 1e-9, "{}", e.id);
            assert!(w[0].phase < w[1].phase);
        }
        assert_eq!(p.phases.last().unwrap().phase, 5);
        assert!((p.phases.last().unwrap().to - p.months).abs() < 1e-9);
        // The phases' person-days are the programme's.
        let days: f64 = p.phases.iter().map(|ph| ph.days).sum();
        assert!((days - an.effort.days).abs() < 1e-6, "{}", e.id);
        let names: Vec<&str> = p.milestones.iter().map(|m| m.name).collect();
        assert_eq!(
            names,
            [
                "Gap assessment confirmed on site",
                "Risk and impact assessments done",
                "Internal audit",
                "Management review",
                "Stage 1 audit",
                "Stage 2 audit (certification)"
            ]
        );
        for w in p.milestones.windows(2) {
            assert!(
                w[0].at <= w[1].at,
                "{}: {} after {}",
                e.id,
                w[0].name,
                w[1].name
            );
        }
        // Stage 1 comes after the minimum operating time.
        assert!(p.milestones[4].at >= MIN_OPERATING_MONTHS);
        assert_eq!(p.milestones[5].month, JAN_2027.at(p.months - 1e-6));
    }
}

#[test]
fn more_capacity_brings_the_certificate_forward_but_never_before_the_operating_floor() {
    let ds = dataset();
    let base = [
        ("size", "51-250"),
        ("targets", "iso42001"),
        ("ai_roles", "developer"),
    ];
    let at = |fte: &str| {
        let mut a = answers(&base);
        a.set_one("fte", fte);
        plan(&analyse(ds, &a), JAN_2027).unwrap().months
    };
    let (one, two, five) = (at("1"), at("2"), at("5"));
    assert!(one > two && two >= five, "{one} {two} {five}");
    assert!(five >= MIN_OPERATING_MONTHS + AUDIT_LEAD_MONTHS - 1e-9);
}

#[test]
fn a_framework_without_certificate_has_no_audit_milestones() {
    let ds = dataset();
    let a = answers(&[("size", "11-50"), ("targets", "nist-ai-rmf")]);
    let p = plan(&analyse(ds, &a), JAN_2027).expect("a target");
    assert!(!p.certifiable);
    assert!(p.phases.iter().all(|ph| ph.phase < 5));
    assert!(p.milestones.iter().all(|m| !m.name.contains("audit")));
    let mut none = analyse(ds, &a);
    none.targets.clear();
    assert_eq!(plan(&none, JAN_2027), None);
}

#[test]
fn the_month_before_wraps_the_year() {
    use ims_crosswalk::domain::plan::Month;
    assert_eq!(Month::parse("2027-01").unwrap().before().key(), "2026-12");
    assert_eq!(Month::parse("2027-03").unwrap().before().key(), "2027-02");
    assert_eq!(
        Month::parse("2027-03").unwrap().before().plus(1).key(),
        "2027-03"
    );
}
