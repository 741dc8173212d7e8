//! Property tests of the engine (proptest): monotonicity, bounds, determinism, additivity.
#![cfg(not(target_arch = "wasm32"))]
use ims_crosswalk::domain::*;
use proptest::prelude::*;

const FWS: [&str; 5] = ["iso42001", "iso27001", "iso9001", "iso27701", "nist-ai-rmf"];
const SIZES: [&str; 5] = ["1-10", "11-50", "51-250", "251-1000", "1000+"];
const SYSTEMS: [&str; 4] = ["1", "2-5", "6-20", "20+"];
const YEARS: [&str; 3] = ["0-1", "1-3", "3+"];
const ROLES: [&str; 3] = ["developer", "provider", "user"];

fn held_value(fw: &str, k: u8) -> Option<&'static str> {
    match (fw, k % 3) {
        (_, 0) => None,
        ("nist-ai-rmf", _) => Some("aligned"),
        (_, 1) => Some("implemented"),
        _ => Some("certified"),
    }
}

prop_compose! {
    fn arb_answers()(
        size in 0..5usize, systems in 0..4usize, roles in prop::collection::vec(any::<bool>(), 3),
        pd in any::<bool>(), hr in any::<bool>(),
        held in prop::collection::vec(0u8..3, 5), years in prop::collection::vec(0..3usize, 5),
        targets in prop::collection::vec(any::<bool>(), 5),
        els in prop::collection::vec(0u8..7, 64),
        fte in 0..6usize,
    ) -> Answers {
        let mut a = Answers::default();
        a.set_one("size", SIZES[size]);
        a.set_one("ai_systems", SYSTEMS[systems]);
        a.set("ai_roles", Answer::Many(ROLES.iter().zip(&roles).filter(|(_, b)| **b).map(|(r, _)| r.to_string()).collect()));
        a.set_one("personal_data", if pd { "yes" } else { "no" });
        a.set_one("eu_exposure", if hr { "high_risk" } else { "none" });
        for (i, fw) in FWS.iter().enumerate() {
            if let Some(h) = held_value(fw, held[i]) {
                a.set_one(format!("held.{fw}"), h);
                a.set_one(format!("years.{fw}"), YEARS[years[i]]);
            }
        }
        let t: Vec<String> = FWS.iter().zip(&targets).filter(|(_, b)| **b).map(|(f, _)| f.to_string()).collect();
        a.set("targets", Answer::Many(t));
        let ds = dataset();
        for (e, v) in ds.elements.iter().zip(&els) {
            // 0–4 a level, 5 "don't know", 6 unanswered
            match v {
                0..=4 => a.set_one(Answers::element_key(&e.id), Level::ALL[*v as usize].key()),
                5 => a.set_one(Answers::element_key(&e.id), "unknown"),
                _ => {}
            }
        }
        a.set_one("fte", ["auto", "0.5", "1", "2", "3", "5"][fte]);
        a
    }
}

/// Every requirement status of `b` is at least that of `a`, and effort is not higher.
fn no_worse(a: &Analysis, b: &Analysis) -> Result<(), TestCaseError> {
    prop_assert_eq!(a.targets.len(), b.targets.len());
    for (ta, tb) in a.targets.iter().zip(&b.targets) {
        for (ra, rb) in ta.requirements.iter().zip(&tb.requirements) {
            prop_assert!(
                rb.status >= ra.status,
                "requirement {} went from {:?} to {:?}",
                ra.req,
                ra.status,
                rb.status
            );
        }
        prop_assert!(
            tb.effort.days <= ta.effort.days + 1e-9,
            "effort rose {} → {}",
            ta.effort.days,
            tb.effort.days
        );
        prop_assert!(tb.counts.reusable_share() >= ta.counts.reusable_share() - 1e-9);
    }
    prop_assert!(b.effort.days <= a.effort.days + 1e-9);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn adding_a_held_framework_never_costs(a in arb_answers(), pick in 0..5usize) {
        let ds = dataset();
        let fw = FWS[pick];
        prop_assume!(a.held(fw) != Some(answers::Held::Certified));
        let before = analyse(ds, &a);
        let mut b = a.clone();
        b.set_one(format!("held.{fw}"), if fw == "nist-ai-rmf" { "aligned" } else { "certified" });
        prop_assume!(a.held(fw).is_none() || fw != "nist-ai-rmf");
        let after = analyse(ds, &b);
        no_worse(&before, &after)?;
    }

    #[test]
    fn improving_an_answer_never_costs(a in arb_answers(), el in 0..64usize, up in 1u8..5) {
        let ds = dataset();
        let e = &ds.elements[el % ds.elements.len()];
        let key = Answers::element_key(&e.id);
        let mut low = a.clone();
        let base = Level::ALL[(up - 1) as usize];
        low.set_one(key.clone(), base.key());
        let mut high = low.clone();
        high.set_one(key, Level::ALL[up as usize].key());
        no_worse(&analyse(ds, &low), &analyse(ds, &high))?;
    }

    #[test]
    fn shares_are_bounded_and_add_up(a in arb_answers()) {
        let an = analyse(dataset(), &a);
        for t in &an.targets {
            for c in [t.counts, t.clause_counts, t.control_counts] {
                let sum: f64 = Status::ALL.iter().map(|s| c.share(*s)).sum();
                for s in Status::ALL {
                    prop_assert!((0.0..=100.0).contains(&c.share(s)));
                }
                if c.total() > 0 { prop_assert!((sum - 100.0).abs() < 1e-6, "shares add to {}", sum); }
            }
            let groups: u32 = t.groups.iter().map(|g| g.counts.total()).sum();
            prop_assert_eq!(groups, t.counts.total());
        }
    }

    #[test]
    fn analysis_is_deterministic_and_total_is_sum_of_parts(a in arb_answers()) {
        let ds = dataset();
        let x = analyse(ds, &a);
        let y = analyse(ds, &a);
        prop_assert_eq!(&x, &y);
        for t in &x.targets {
            let parts: f64 = t.requirements.iter().map(|r| r.effort.days).sum::<f64>() + t.effort.audit_days;
            prop_assert!((parts - t.effort.days).abs() < 1e-6);
            let ws: f64 = t.effort.by_workstream.iter().sum();
            prop_assert!((ws - t.effort.days).abs() < 1e-6);
            prop_assert!(t.effort.low <= t.effort.days && t.effort.days <= t.effort.high);
            prop_assert!(t.effort.months_low <= t.effort.months_high);
        }
        let ws: f64 = x.effort.by_workstream.iter().sum();
        prop_assert!((ws - x.effort.days).abs() < 1e-6);
    }

    /// The hand-written number formatting agrees with `format!` away from exact ties.
    #[test]
    fn fixed_matches_format_away_from_ties(x in -1.0e7f64..1.0e7, places in 0u32..4) {
        let scaled = x.abs() * 10f64.powi(places as i32);
        prop_assume!((scaled.fract() - 0.5).abs() > 1e-6);
        let expected = format!("{:.*}", places as usize, x);
        let expected = if expected.trim_start_matches(['-', '0', '.']).is_empty() { expected.trim_start_matches('-').to_string() } else { expected };
        prop_assert_eq!(num::fixed(x, places), expected);
    }
}
