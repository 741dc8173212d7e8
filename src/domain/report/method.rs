//! "How we estimate" as people read it: the effort model's parameters, read from the constants
//! the engine uses, in the reader's number format, so the page cannot drift from the code.
use super::super::effort::*;
use super::super::i18n::{self, tr, trf, Lang};
use super::super::vocab::Status;

/// (key, value) rows of a parameter table.
pub type Rows = Vec<(String, String)>;

#[derive(Clone, Debug, PartialEq)]
pub struct Method {
    /// (level, meaning, "0.27 person-days").
    pub levels: Vec<(u8, &'static str, String)>,
    /// (status, work credit, documentation credit).
    pub credits: Vec<(&'static str, String, String)>,
    pub size: Rows,
    pub ai_systems: Rows,
    pub maturity: Rows,
    pub audit: Rows,
    pub fte: Rows,
    pub doc_share: String,
    pub ai_adds: String,
    pub doc_system: String,
    pub audit_readiness: String,
    pub range: String,
    pub months: String,
    pub joint: String,
}

fn pct(l: Lang, x: f64) -> String {
    format!("{} %", i18n::num(l, x * 100.0, 0))
}

fn rows(l: Lang, t: &[(&str, f64)]) -> Rows {
    t.iter()
        .map(|(k, v)| (k.to_string(), i18n::short(l, *v, 2)))
        .collect()
}

pub fn method(l: Lang) -> Method {
    Method {
        levels: LEVELS
            .iter()
            .map(|e| {
                (
                    e.level,
                    tr(l, e.meaning),
                    trf(l, "{0} person-days", &[&i18n::short(l, e.days, 2)]),
                )
            })
            .collect(),
        credits: Status::ALL
            .iter()
            .map(|s| {
                (
                    tr(l, s.label()),
                    pct(l, reuse_credit(*s)),
                    pct(l, doc_credit(*s)),
                )
            })
            .collect(),
        size: rows(l, &SIZE_FACTORS),
        ai_systems: rows(l, &AI_SYSTEM_FACTORS),
        maturity: rows(l, &MATURITY),
        audit: rows(l, &AUDIT_DAYS),
        fte: rows(l, &DEFAULT_FTE),
        doc_share: trf(l, "Then {0} of it is documentation, the rest is work; each part is reduced by its reuse credit, times a maturity bonus (capped at {1}).", &[&pct(l, DOC_SHARE), &pct(l, MAX_CREDIT)]),
        ai_adds: trf(l, "Plus {0} if you develop or provide AI, plus {1} for high-risk AI on the EU market.", &[&i18n::short(l, AI_DEVELOPER_ADD, 2), &i18n::short(l, AI_HIGH_RISK_ADD, 2)]),
        doc_system: trf(l, "New documents still get a {0} credit when documented information is already controlled (templates, approval, register).", &[&pct(l, DOC_SYSTEM_CREDIT)]),
        audit_readiness: trf(l, "Certifiable targets add audit readiness (internal audit, management review, Statement of Applicability sign-off, stage 1 and 2 support), cut by {0} when you already hold a certification.", &[&pct(l, AUDIT_CERTIFIED_CREDIT)]),
        range: trf(l, "The range is {0}–{1} of the central estimate.", &[&pct(l, RANGE_LOW), &pct(l, RANGE_HIGH)]),
        months: trf(l, "Months = person-days ÷ (team FTE × {0} productive days), at least {1} months of operation with records, plus {2} month for the certification audit.", &[&i18n::short(l, DAYS_PER_MONTH, 2), &i18n::short(l, MIN_OPERATING_MONTHS, 2), &i18n::short(l, AUDIT_LEAD_MONTHS, 2)]),
        joint: trf(l, "A further target in the same programme counts at {0} of its own effort, as the shared spine is built once.", &[&pct(l, JOINT_TARGET_SHARE)]),
    }
}
