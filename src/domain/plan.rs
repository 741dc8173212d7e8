//! A plan with dates: the roadmap's phases laid on a calendar from a start month, at the
//! programme's capacity (FTE), with the milestones an auditor asks about. Pure: the start month
//! is given, never read from a clock, so the same answers always give the same plan.
//!
//! The model is the effort model's, laid out in time: each phase takes its share of the
//! programme's person-days at the chosen FTE, one after the other; a certifiable system then
//! runs at least [`MIN_OPERATING_MONTHS`] before stage 1 (phase 4 stretches to that), and the
//! certification audit takes [`AUDIT_LEAD_MONTHS`]. So the plan ends where the central estimate
//! of the headline months ends.
use super::effort::{AUDIT_LEAD_MONTHS, DAYS_PER_MONTH, MIN_OPERATING_MONTHS};
use super::i18n::{tr, Lang};
use super::recommend::PHASES;
use super::results::Analysis;

/// A calendar month.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Month {
    pub year: i32,
    /// 1–12.
    pub month: u8,
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

impl Month {
    /// `2027-01` (the form of `<input type="month">`); `None` for anything else.
    pub fn parse(s: &str) -> Option<Month> {
        let (y, m) = s.trim().split_once('-')?;
        let year: i32 = y.parse().ok()?;
        let month: u8 = m.parse().ok()?;
        ((1970..=9999).contains(&year) && (1..=12).contains(&month) && m.len() == 2)
            .then_some(Month { year, month })
    }
    /// The month after the one holding `ms` (milliseconds since the epoch, UTC): the default
    /// start, since a programme rarely starts mid-month.
    pub fn after(ms: f64) -> Month {
        let days = (ms / 86_400_000.0).floor() as i64;
        // Civil year and month from days since 1970-01-01 (Howard Hinnant's algorithm).
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let m = if mp < 10 { mp + 3 } else { mp - 9 };
        let y = yoe + era * 400 + i64::from(m <= 2);
        Month {
            year: y as i32,
            month: m as u8,
        }
        .plus(1)
    }
    pub fn plus(self, n: u32) -> Month {
        let i = self.year * 12 + i32::from(self.month) - 1 + n as i32;
        Month {
            year: i.div_euclid(12),
            month: (i.rem_euclid(12) + 1) as u8,
        }
    }
    /// The month before this one.
    pub fn before(self) -> Month {
        let i = self.year * 12 + i32::from(self.month) - 2;
        Month {
            year: i.div_euclid(12),
            month: (i.rem_euclid(12) + 1) as u8,
        }
    }
    /// The month `x` months after this one starts (`x` ≥ 0, fractions fall in their month).
    pub fn at(self, x: f64) -> Month {
        self.plus(x.max(0.0).floor() as u32)
    }
    pub fn key(self) -> String {
        format!("{}-{:02}", self.year, self.month)
    }
    /// "March 2027" / "März 2027".
    pub fn label(self, l: Lang) -> String {
        format!("{} {}", tr(l, MONTHS[self.month as usize - 1]), self.year)
    }
}

/// "March – May 2027", "November 2026 – February 2027", or one month.
pub fn span(l: Lang, a: Month, b: Month) -> String {
    if a == b {
        a.label(l)
    } else if a.year == b.year {
        format!("{} – {}", tr(l, MONTHS[a.month as usize - 1]), b.label(l))
    } else {
        format!("{} – {}", a.label(l), b.label(l))
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct PlanPhase {
    /// 1–5 (5: the certification audit).
    pub phase: u8,
    /// The phase's name in English (shown through `tr`).
    pub name: &'static str,
    /// Person-days in it (the programme's central estimate; the audit phase has none).
    pub days: f64,
    /// Months from the start.
    pub from: f64,
    pub to: f64,
    pub first: Month,
    pub last: Month,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Milestone {
    /// In English (shown through `tr`).
    pub name: &'static str,
    /// Months from the start.
    pub at: f64,
    pub month: Month,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Plan {
    pub start: Month,
    pub phases: Vec<PlanPhase>,
    pub milestones: Vec<Milestone>,
    /// Months from the start to the end of the plan (the central estimate).
    pub months: f64,
    /// The estimate's range, as calendar months in which the plan ends.
    pub end_early: Month,
    pub end_late: Month,
    pub certifiable: bool,
    pub fte: f64,
}

/// The phases on a calendar. `None` when there is no target.
pub fn plan(an: &Analysis, start: Month) -> Option<Plan> {
    if an.targets.is_empty() {
        return None;
    }
    let fte = an.effort.fte.max(0.05);
    let certifiable = an.targets.iter().any(|t| t.effort.audit_days > 0.0);
    // Each phase's share of the work, from every target's applicable requirements (audit
    // readiness goes to phase 4), scaled to the programme total (shared work counted once).
    let mut by = [0.0f64; 4];
    for t in &an.targets {
        for r in t.requirements.iter().filter(|r| r.applicable) {
            by[usize::from(r.phase.clamp(1, 4)) - 1] += r.effort.days;
        }
        by[3] += t.effort.audit_days;
    }
    let sum: f64 = by.iter().sum();
    let scale = if sum > 0.0 { an.effort.days / sum } else { 0.0 };
    let mut phases = Vec::new();
    let mut at = 0.0;
    for (i, d) in by.iter().enumerate() {
        let days = d * scale;
        // The monitoring phase always exists for a certifiable system: internal audit and
        // management review must have taken place before stage 1.
        if days <= 0.0 && !(i == 3 && certifiable) {
            continue;
        }
        let len = days / (fte * DAYS_PER_MONTH);
        phases.push(PlanPhase {
            phase: i as u8 + 1,
            name: PHASES[i],
            days,
            from: at,
            to: at + len,
            first: start,
            last: start,
        });
        at += len;
    }
    if certifiable {
        if let Some(p4) = phases.last_mut() {
            // The system runs a few months before its audit: the last phase stretches to that.
            p4.to = p4.to.max(MIN_OPERATING_MONTHS);
            at = p4.to;
        }
        phases.push(PlanPhase {
            phase: 5,
            name: PHASES[4],
            days: 0.0,
            from: at,
            to: at + AUDIT_LEAD_MONTHS,
            first: start,
            last: start,
        });
        at += AUDIT_LEAD_MONTHS;
    }
    for p in &mut phases {
        p.first = start.at(p.from);
        p.last = start.at((p.to - 1e-6).max(p.from));
    }
    let find = |n: u8| phases.iter().find(|p| p.phase == n);
    let mut milestones = Vec::new();
    let mut mark = |name: &'static str, x: f64| {
        milestones.push(Milestone {
            name,
            at: x,
            month: start.at(x),
        })
    };
    let first_end = phases.first().map_or(0.0, |p| p.to);
    mark("Gap assessment confirmed on site", first_end.min(0.5));
    if let Some(p) = find(2).or_else(|| find(1)) {
        mark("Risk and impact assessments done", p.to);
    }
    if let Some(p4) = find(4) {
        let len = p4.to - p4.from;
        if certifiable {
            mark("Internal audit", p4.from + len * 0.6);
            mark("Management review", p4.from + len * 0.85);
        } else {
            mark("Monitoring and review in place", p4.to);
        }
    }
    if let Some(p5) = find(5) {
        mark("Stage 1 audit", p5.from + 0.25);
        mark("Stage 2 audit (certification)", p5.to - 1e-6);
    }
    let end = |m: f64| start.at((m - 1e-6).max(0.0));
    Some(Plan {
        start,
        phases,
        milestones,
        months: at,
        end_early: end(an.effort.months_low.min(at)),
        end_late: end(an.effort.months_high.max(at)),
        certifiable,
        fte,
    })
}
