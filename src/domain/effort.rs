//! The effort model: a documented set of parameters, applied per requirement, with the working
//! kept so the UI can show it. Person-days, as a low–high range, and calendar months.
use super::answers::{Answers, Held};
use super::dataset::{Dataset, Requirement, Workstream};
pub use super::results::{EffortEstimate, ReqEffort};
use super::results::{Evidence, ReqResult, TargetResult};
use super::vocab::*;

/// The per-requirement effort scale. Each assessed requirement carries a level in the dataset,
/// set by reading what it asks (not derived from its element). `days` is the base effort in
/// person-days of building it from nothing in an organisation of 51–250 people, as part of a
/// programme in which the shared spine is built once; fitted so that the published figures
/// (BRIEF §7) still hold (see `tests/engine.rs`).
pub struct EffortLevel {
    pub level: u8,
    /// What the level means, in a few words.
    pub meaning: &'static str,
    pub days: f64,
}

pub const LEVELS: [EffortLevel; 5] = [
    EffortLevel {
        level: 1,
        meaning: "a day's work, nothing to keep running",
        days: 0.27,
    },
    EffortLevel {
        level: 2,
        meaning: "done within a week",
        days: 0.6,
    },
    EffortLevel {
        level: 3,
        meaning: "weeks of work; a small team keeps it running",
        days: 1.15,
    },
    EffortLevel {
        level: 4,
        meaning: "long-term; needs expertise or third parties",
        days: 2.2,
    },
    EffortLevel {
        level: 5,
        meaning: "complex, with individual risk decisions",
        days: 3.6,
    },
];

/// The scale entry for a level (level 3 for anything out of range).
pub fn level(l: u8) -> &'static EffortLevel {
    LEVELS
        .get(usize::from(l.clamp(1, 5)) - 1)
        .unwrap_or(&LEVELS[2])
}

/// Size factor by effective personnel band.
pub const SIZE_FACTORS: [(&str, f64); 5] = [
    ("1-10", 0.5),
    ("11-50", 0.75),
    ("51-250", 1.0),
    ("251-1000", 1.5),
    ("1000+", 2.2),
];
/// AI-footprint factor by number of AI systems in scope (applies to AI-specific elements).
pub const AI_SYSTEM_FACTORS: [(&str, f64); 4] =
    [("1", 1.0), ("2-5", 1.4), ("6-20", 2.0), ("20+", 2.8)];
/// Added to the AI-footprint factor when the organisation develops or provides AI.
pub const AI_DEVELOPER_ADD: f64 = 0.2;
/// Added to the AI-footprint factor for high-risk AI on the EU market.
pub const AI_HIGH_RISK_ADD: f64 = 0.3;
/// Share of the work saved by reuse, per status.
pub fn reuse_credit(s: Status) -> f64 {
    match s {
        Status::ReuseAsIs => 0.85,
        Status::Extend => 0.6,
        Status::Partial => 0.3,
        Status::New => 0.0,
    }
}
/// Share of the documentation work saved, per status. Documents reuse more than the work
/// itself: an existing document system, templates and approval flow serve even new documents.
pub fn doc_credit(s: Status) -> f64 {
    match s {
        Status::ReuseAsIs => 0.9,
        Status::Extend => 0.65,
        Status::Partial => 0.45,
        Status::New => 0.0,
    }
}
/// Documentation credit for new requirements when documented information is already controlled
/// (at least documented) in a held or answered system.
pub const DOC_SYSTEM_CREDIT: f64 = 0.2;
/// Maturity multiplier on the reuse credit, by years the most mature held system has run: a bonus
/// for systems with records over several years (never a penalty, so adding evidence never costs).
pub const MATURITY: [(&str, f64); 3] = [("0-1", 1.0), ("1-3", 1.0), ("3+", 1.1)];
/// Reuse credit never exceeds this (something is always left to review).
pub const MAX_CREDIT: f64 = 0.93;
/// Share of each requirement's effort that is writing and controlling documents.
pub const DOC_SHARE: f64 = 0.35;
/// Audit readiness for a certifiable target (internal audit, management review, SoA sign-off,
/// stage 1 and 2 support), person-days by size band, before credit.
pub const AUDIT_DAYS: [(&str, f64); 5] = [
    ("1-10", 5.0),
    ("11-50", 7.0),
    ("51-250", 10.0),
    ("251-1000", 14.0),
    ("1000+", 20.0),
];
/// Audit readiness is cut by this share when a certified system exists (audit habits, joint audit).
pub const AUDIT_CERTIFIED_CREDIT: f64 = 0.4;
/// The range around the central estimate.
pub const RANGE_LOW: f64 = 0.85;
pub const RANGE_HIGH: f64 = 1.2;
/// A further target in the same programme costs this share of its own effort (spine built once).
pub const JOINT_TARGET_SHARE: f64 = 0.7;
/// Productive person-days per FTE per month.
pub const DAYS_PER_MONTH: f64 = 16.0;
/// Months added for scheduling the certification audit (stage 1 to stage 2).
pub const AUDIT_LEAD_MONTHS: f64 = 1.0;
/// Minimum months of operation with records before a certification audit.
pub const MIN_OPERATING_MONTHS: f64 = 3.0;
/// Default team capacity (FTE) by size band.
pub const DEFAULT_FTE: [(&str, f64); 5] = [
    ("1-10", 0.5),
    ("11-50", 0.75),
    ("51-250", 1.0),
    ("251-1000", 2.0),
    ("1000+", 3.0),
];

fn lookup(table: &[(&str, f64)], key: Option<&str>, default: f64) -> f64 {
    key.and_then(|k| table.iter().find(|(t, _)| *t == k))
        .map_or(default, |(_, v)| *v)
}

/// Parameters drawn from the answers.
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    pub size_band: String,
    pub size: f64,
    pub ai: f64,
    pub fte: f64,
    pub fte_is_default: bool,
    pub any_certified: bool,
    /// Documented information is controlled already (level documented or better).
    pub doc_system: bool,
    /// Maturity multiplier of the most mature held system (1.0 when none).
    pub maturity: f64,
}

impl Params {
    pub fn from_answers(ds: &Dataset, a: &Answers, held: &[(usize, Held)]) -> Params {
        let band = a.one("size").unwrap_or("51-250").to_string();
        let size = lookup(&SIZE_FACTORS, Some(&band), 1.0);
        let roles = a.get("ai_roles");
        let dev = roles.is_some_and(|r| r.contains("developer") || r.contains("provider"));
        let high_risk = a.one("eu_exposure") == Some("high_risk");
        let ai = lookup(&AI_SYSTEM_FACTORS, a.one("ai_systems"), 1.0)
            + if dev { AI_DEVELOPER_ADD } else { 0.0 }
            + if high_risk { AI_HIGH_RISK_ADD } else { 0.0 };
        let default_fte = lookup(&DEFAULT_FTE, Some(&band), 1.0);
        let chosen = a
            .one("fte")
            .and_then(|s| s.parse::<f64>().ok())
            .filter(|f| *f > 0.0 && f.is_finite());
        Params {
            size_band: band,
            size,
            ai,
            fte: chosen.unwrap_or(default_fte),
            fte_is_default: chosen.is_none(),
            any_certified: held.iter().any(|(_, h)| *h == Held::Certified),
            doc_system: false,
            maturity: 1.0,
        }
        .with_maturity(ds, a, held)
    }
    fn with_maturity(mut self, ds: &Dataset, a: &Answers, held: &[(usize, Held)]) -> Self {
        self.maturity = held
            .iter()
            .map(|&(fi, _)| lookup(&MATURITY, a.years(&ds.frameworks[fi].family), 1.0))
            .fold(1.0, f64::max);
        self
    }
}

/// Effort for one requirement, with its working. Not applicable → zero.
pub fn requirement(
    ds: &Dataset,
    r: &Requirement,
    evidence: &[Evidence],
    status: Status,
    applicable: bool,
    p: &Params,
) -> ReqEffort {
    if !applicable {
        return ReqEffort::default();
    }
    let base = level(r.effort).days;
    let primary = evidence.iter().find_map(|e| match e {
        Evidence::Element { element, .. } => Some(*element),
        _ => None,
    });
    let is_ai = primary.is_some_and(|ei| ds.elements[ei].ai);
    let ai = if is_ai { p.ai } else { 1.0 };
    // Maturity of the organisation's most mature held system (habits, records, audit history).
    let maturity = if status == Status::New {
        1.0
    } else {
        p.maturity
    };
    let credit = reuse_credit(status);
    let doc_credit = match status {
        Status::New if p.doc_system => DOC_SYSTEM_CREDIT,
        s => doc_credit(s),
    };
    let gross = base * p.size * ai;
    let work = gross * (1.0 - DOC_SHARE) * (1.0 - (credit * maturity).min(MAX_CREDIT));
    let doc_days = gross * DOC_SHARE * (1.0 - (doc_credit * maturity).min(MAX_CREDIT));
    ReqEffort {
        level: r.effort,
        base,
        size: p.size,
        ai,
        credit,
        doc_credit,
        maturity,
        gross,
        doc_days,
        days: work + doc_days,
    }
}

fn ws_index(w: Workstream) -> usize {
    Workstream::ALL.iter().position(|x| *x == w).unwrap_or(0)
}

/// Effort for one target: requirements plus audit readiness when certifiable.
pub fn target(reqs: &[ReqResult], p: &Params, certifiable: bool) -> EffortEstimate {
    let mut by = [0.0; 6];
    let mut scratch = 0.0;
    for r in reqs {
        let doc = r.effort.doc_days;
        by[ws_index(Workstream::Documentation)] += doc;
        by[ws_index(r.workstream)] += r.effort.days - doc;
        scratch += r.effort.gross;
    }
    let audit_base = if certifiable {
        lookup(&AUDIT_DAYS, Some(&p.size_band), 10.0)
    } else {
        0.0
    };
    let audit = audit_base
        * if p.any_certified {
            1.0 - AUDIT_CERTIFIED_CREDIT
        } else {
            1.0
        };
    by[ws_index(Workstream::Audit)] += audit;
    finish(by, audit, scratch + audit_base, p, certifiable)
}

fn finish(by: [f64; 6], audit: f64, scratch: f64, p: &Params, certifiable: bool) -> EffortEstimate {
    let days: f64 = by.iter().sum();
    let low = days * RANGE_LOW;
    let high = days * RANGE_HIGH;
    let months = |d: f64| {
        let work = d / (p.fte * DAYS_PER_MONTH);
        if certifiable {
            work.max(MIN_OPERATING_MONTHS) + AUDIT_LEAD_MONTHS
        } else {
            work
        }
    };
    EffortEstimate {
        days,
        low,
        high,
        by_workstream: by,
        audit_days: audit,
        from_scratch_days: scratch,
        fte: p.fte,
        months_low: months(low),
        months_high: months(high),
    }
}

/// All targets together: the largest in full, each further one at `JOINT_TARGET_SHARE`.
pub fn combine(targets: &[TargetResult], p: &Params, _ds: &Dataset) -> EffortEstimate {
    let mut order: Vec<&TargetResult> = targets.iter().collect();
    order.sort_unstable_by(|a, b| {
        b.effort
            .days
            .total_cmp(&a.effort.days)
            .then(a.framework.cmp(&b.framework))
    });
    let mut by = [0.0; 6];
    let mut audit = 0.0;
    let mut scratch = 0.0;
    let mut certifiable = false;
    for (i, t) in order.iter().enumerate() {
        let share = if i == 0 { 1.0 } else { JOINT_TARGET_SHARE };
        for (k, v) in t.effort.by_workstream.iter().enumerate() {
            by[k] += v * share;
        }
        audit += t.effort.audit_days * share;
        scratch += t.effort.from_scratch_days * share;
        certifiable |= t.effort.audit_days > 0.0;
    }
    finish(by, audit, scratch, p, certifiable)
}
