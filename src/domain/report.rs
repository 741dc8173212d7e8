//! Headline figures and their wording, shared by the UI, the exports and the tests, so that
//! what a person reads is exactly what the engine computed.
use super::analysis::{Analysis, TargetResult};
use super::dataset::Dataset;
use super::num::fixed;

/// The four figures a result opens with, for one target.
#[derive(Clone, Debug, PartialEq)]
pub struct Headline {
    pub target: String,
    /// Share of applicable requirements reusable (as is or extend), whole percent.
    pub reusable_pct: u32,
    /// Same, clauses 4–10 only (management-system requirements).
    pub clause_reusable_pct: u32,
    pub gaps: u32,
    pub requirements: u32,
    pub days_low: u32,
    pub days_high: u32,
    /// Calendar months, one decimal.
    pub months_low: f64,
    pub months_high: f64,
    pub fte: f64,
}

fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

pub fn headline(ds: &Dataset, t: &TargetResult) -> Headline {
    Headline {
        target: ds.frameworks[t.framework].full_name(),
        reusable_pct: t.counts.reusable_share().round() as u32,
        clause_reusable_pct: t.clause_counts.reusable_share().round() as u32,
        gaps: t.gaps().len() as u32,
        requirements: t.counts.total(),
        days_low: t.effort.low.round() as u32,
        days_high: t.effort.high.round() as u32,
        months_low: round1(t.effort.months_low),
        months_high: round1(t.effort.months_high),
        fte: t.effort.fte,
    }
}

/// Headline of the whole programme (all targets), using the combined effort.
pub fn programme(ds: &Dataset, an: &Analysis) -> Option<Headline> {
    let first = an.targets.first()?;
    let mut h = headline(ds, first);
    if an.targets.len() > 1 {
        h.target = an
            .targets
            .iter()
            .map(|t| ds.frameworks[t.framework].full_name())
            .collect::<Vec<_>>()
            .join(" + ");
        h.days_low = an.effort.low.round() as u32;
        h.days_high = an.effort.high.round() as u32;
        h.months_low = round1(an.effort.months_low);
        h.months_high = round1(an.effort.months_high);
    }
    Some(h)
}

impl Headline {
    pub fn reusable_text(&self) -> String {
        format!("{} %", self.reusable_pct)
    }
    pub fn gaps_text(&self) -> String {
        format!("{} of {}", self.gaps, self.requirements)
    }
    pub fn effort_text(&self) -> String {
        format!("{}–{} person-days", self.days_low, self.days_high)
    }
    pub fn months_text(&self) -> String {
        format!(
            "{}–{} months",
            fixed(self.months_low, 1),
            fixed(self.months_high, 1)
        )
    }
}

/// A number of days with one decimal.
pub fn days(x: f64) -> String {
    fixed(x, 1)
}
