//! The plan with dates as people read it: each phase's name, months, person-days and bar, the
//! milestones, when it ends, how it is laid out, and the start months to pick from.
use super::super::effort::{AUDIT_LEAD_MONTHS, MIN_OPERATING_MONTHS};
use super::super::i18n::{self, tr, trf, Lang};
use super::super::num::fixed;
use super::super::plan::{span, Month, Plan};

/// One phase on the calendar.
#[derive(Clone, Debug, PartialEq)]
pub struct PhaseRow {
    pub phase: u8,
    /// "Phase 2: Risk, impact and planning".
    pub name: String,
    /// "Feb – May 2027".
    pub when: String,
    /// "· 12.5 d", empty for a phase without work of its own.
    pub days: String,
    /// The bar's position on the track: "margin-left:10.0%;width:35.5%".
    pub style: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct PlanView {
    pub rows: Vec<PhaseRow>,
    /// (month, milestone).
    pub milestones: Vec<(String, &'static str)>,
    /// When the certificate (or, for a framework without one, the work) is expected.
    pub end: String,
    /// How the phases are laid out.
    pub note: String,
}

pub fn plan_view(l: Lang, p: &Plan) -> PlanView {
    let total = p.months.max(0.1);
    let rows = p
        .phases
        .iter()
        .map(|ph| PhaseRow {
            phase: ph.phase,
            name: trf(
                l,
                "Phase {0}: {1}",
                &[&ph.phase.to_string(), tr(l, ph.name)],
            ),
            when: span(l, ph.first, ph.last),
            days: if ph.days > 0.0 {
                trf(l, "· {0} d", &[&i18n::num(l, ph.days, 1)])
            } else {
                String::new()
            },
            style: format!(
                "margin-left:{}%;width:{}%",
                fixed(ph.from / total * 100.0, 1),
                fixed(((ph.to - ph.from) / total * 100.0).max(1.0), 1)
            ),
        })
        .collect();
    let (central, early, late) = (
        p.start.at(p.months - 1e-6).label(l),
        p.end_early.label(l),
        p.end_late.label(l),
    );
    let end = if p.certifiable {
        "Certificate expected in {0}; across the estimate's range, between {1} and {2}."
    } else {
        "Done in {0}; across the estimate's range, between {1} and {2}."
    };
    PlanView {
        rows,
        milestones: p
            .milestones
            .iter()
            .map(|m| (m.month.label(l), tr(l, m.name)))
            .collect(),
        end: trf(l, end, &[&central, &early, &late]),
        note: trf(l, "Phases follow one another at {0} FTE, each taking its share of the person-days; stage 1 comes no earlier than {1} months after the start, once the internal audit and the management review have taken place, and the certification audit takes about {2} month. Dates are for planning; the certification body sets the audit dates.", &[
            &i18n::short(l, p.fte, 2),
            &i18n::short(l, MIN_OPERATING_MONTHS, 0),
            &i18n::short(l, AUDIT_LEAD_MONTHS, 0),
        ]),
    }
}

/// The start months offered: from this month for three years, and the chosen month first
/// if it lies outside them. (key, label, selected).
pub fn start_months(l: Lang, this_month: Month, chosen: Month) -> Vec<(String, String, bool)> {
    let mut months: Vec<Month> = (0..37).map(|i| this_month.plus(i)).collect();
    if !months.contains(&chosen) {
        months.insert(0, chosen);
    }
    months
        .into_iter()
        .map(|m| (m.key(), m.label(l), m == chosen))
        .collect()
}
