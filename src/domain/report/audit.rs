//! The certification audit days as people read them: each figure in auditor-days in the
//! reader's number format, the cycle's four lines, and the working step by step with its source
//! and whether it rests on an assumption. `AuditDays` (the numbers) comes from `domain::audit`.
use super::super::audit::{AuditDays, Combined, Cycle, Figure, Line, StandardDays};
use super::super::dataset::Dataset;
use super::super::i18n::{self, tr, trf, Lang};

/// "4.5 auditor-days".
pub fn days(l: Lang, x: f64) -> String {
    trf(l, "{0} auditor-days", &[&i18n::short(l, x, 1)])
}

/// A working line's figure; empty for a line without one.
pub fn figure(l: Lang, f: &Figure) -> String {
    match f {
        Figure::Days(x) => days(l, *x),
        Figure::DaysRange(a, b) => trf(
            l,
            "{0}–{1} auditor-days",
            &[&i18n::short(l, *a, 1), &i18n::short(l, *b, 1)],
        ),
        Figure::DaysFrom(x) => trf(l, "from {0} auditor-days", &[&i18n::short(l, *x, 1)]),
        Figure::Persons(n) => trf(l, "{0} persons", &[&n.to_string()]),
        Figure::Factor(x) => format!("× {}", i18n::short(l, *x, 2)),
        Figure::Share(x) => {
            let sign = if *x < 0.0 { "−" } else { "+" };
            format!("{sign}{} %", i18n::short(l, x.abs() * 100.0, 0))
        }
        Figure::NotApplied => tr(l, "not applied").to_string(),
        Figure::Blank => String::new(),
    }
}

/// One certification cycle: (term, figure) rows, the initial audit with its two stages.
#[derive(Clone, Debug, PartialEq)]
pub struct CycleView {
    pub initial: String,
    /// "stage 1: 1.5, stage 2: 3.5".
    pub stages: String,
    pub rows: Vec<(&'static str, String)>,
}

/// One step of a working.
#[derive(Clone, Debug, PartialEq)]
pub struct WorkingLine {
    pub what: String,
    pub figure: String,
    pub source: String,
    pub assumption: bool,
}

/// A working, folded under a summary line.
#[derive(Clone, Debug, PartialEq)]
pub struct Working {
    pub title: String,
    /// "(7 steps, 2 marked as assumptions)".
    pub count: String,
    pub testid: String,
    pub lines: Vec<WorkingLine>,
}

/// One standard's audit days, or several audited together.
#[derive(Clone, Debug, PartialEq)]
pub struct Block {
    pub testid: String,
    pub title: String,
    /// The management system audited, in brackets after the title; empty for a combined audit.
    pub system: String,
    pub assumed: bool,
    pub cycle: CycleView,
    /// The floor after reductions, or what the combined audit saves.
    pub note: String,
    pub working: Working,
}

/// The whole section; `None` when no target is certifiable.
#[derive(Clone, Debug, PartialEq)]
pub struct AuditView {
    pub intro: String,
    pub blocks: Vec<Block>,
    /// The combined audit's block, when several standards are audited together.
    pub combined: Option<Block>,
    pub notes: Vec<String>,
}

pub fn audit_view(ds: &Dataset, l: Lang, d: &AuditDays) -> Option<AuditView> {
    if d.standards.is_empty() {
        return None;
    }
    Some(AuditView {
        intro: trf(l, "What a certification body is likely to plan, in auditor-days, for {0} effective personnel, from the published audit-time tables and rules.", &[&d.persons.to_string()]),
        blocks: d.standards.iter().map(|s| standard(ds, l, s)).collect(),
        combined: d.combined.as_ref().map(|c| combined(ds, l, c)),
        notes: d.notes.iter().map(|n| n.render(l)).collect(),
    })
}

fn name(ds: &Dataset, id: &str) -> String {
    ds.framework(id)
        .map_or_else(|| id.to_string(), |f| f.full_name())
}

fn cycle(l: Lang, c: &Cycle) -> CycleView {
    CycleView {
        initial: days(l, c.initial),
        stages: trf(
            l,
            "stage 1: {0}, stage 2: {1}",
            &[&i18n::short(l, c.stage1, 1), &i18n::short(l, c.stage2, 1)],
        ),
        rows: vec![
            (
                tr(l, "Each surveillance audit (years 2 and 3)"),
                days(l, c.surveillance),
            ),
            (
                tr(l, "Recertification (year 4)"),
                days(l, c.recertification),
            ),
            (
                tr(l, "Years 1–4, recertification included"),
                days(l, c.total()),
            ),
        ],
    }
}

fn working(l: Lang, lines: &[Line], title: String, testid: String) -> Working {
    let n = lines.iter().filter(|x| x.assumption).count();
    Working {
        title,
        count: trf(
            l,
            "({0} steps, {1} marked as assumptions)",
            &[&lines.len().to_string(), &n.to_string()],
        ),
        testid,
        lines: lines
            .iter()
            .map(|x| WorkingLine {
                what: x.what.render(l),
                figure: figure(l, &x.figure),
                source: x.source.render(l),
                assumption: x.assumption,
            })
            .collect(),
    }
}

fn standard(ds: &Dataset, l: Lang, s: &StandardDays) -> Block {
    let n = name(ds, &s.framework);
    Block {
        testid: format!("audit-{}", s.framework),
        working: working(
            l,
            &s.lines,
            trf(l, "Working for {0}", &[&n]),
            format!("audit-working-{}", s.framework),
        ),
        title: n,
        system: s.system.clone(),
        assumed: s.has_assumption(),
        cycle: cycle(l, &s.cycle),
        note: trf(l, "The certification body may go down to {0} after reductions for your organisation's characteristics, or higher for complexity.", &[&days(l, s.floor)]),
    }
}

fn combined(ds: &Dataset, l: Lang, c: &Combined) -> Block {
    let names = c
        .frameworks
        .iter()
        .map(|f| name(ds, f))
        .collect::<Vec<_>>()
        .join(" + ");
    Block {
        testid: "audit-combined".into(),
        title: trf(l, "Audited together: {0}", &[&names]),
        system: String::new(),
        assumed: false,
        cycle: cycle(l, &c.cycle),
        note: trf(
            l,
            "Up to {0} fewer over the three-year cycle than {1} for separate audits.",
            &[&days(l, c.saving()), &days(l, c.separate.total())],
        ),
        working: working(
            l,
            &c.lines,
            tr(l, "Working for the combined audit").to_string(),
            "audit-working-combined".into(),
        ),
    }
}
