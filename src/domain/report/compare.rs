//! Compare side by side as people read it: both sides' headline figures, person-days by
//! workstream with the difference, what differs in status, each side's clause chart and the
//! requirement rows (every one, or only those that differ).
use super::super::dataset::{Dataset, Workstream};
use super::super::i18n::{self, tr, trf, Lang};
use super::super::results::Analysis;
use super::super::vocab::Status;
use super::target::Chart;
use super::{absent_status, diff, programme, side_by_side, signed};

/// A status as shown in a table cell: the status (with its CSS key), or what its absence
/// means on that side ("not applicable", "not a target").
#[derive(Clone, Debug, PartialEq)]
pub struct Cell {
    /// CSS key of the status; `None` for an absent one (shown muted).
    pub key: Option<&'static str>,
    pub text: &'static str,
}

pub fn cell(l: Lang, s: Option<Status>, targets_it: bool) -> Cell {
    match s {
        Some(s) => Cell {
            key: Some(s.key()),
            text: tr(l, s.label()),
        },
        None => Cell {
            key: None,
            text: absent_status(l, targets_it),
        },
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// "ISO/IEC 42001 6.1.2".
    pub heading: String,
    pub title: String,
    pub a: Cell,
    pub b: Cell,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CompareView {
    /// (what, left, right): target, reusable, gaps, effort, calendar.
    pub figures: Vec<(&'static str, String, String)>,
    /// (workstream, left, right, difference), then the total.
    pub workstreams: Vec<(&'static str, String, String, String)>,
    pub summary: String,
    /// Each side's first target, clause by clause, titled with the side's name.
    pub charts: Vec<Chart>,
    pub rows: Vec<Row>,
    /// "12 requirements".
    pub caption: String,
}

/// "4.1–5.4 months at 1 FTE".
fn at_fte(l: Lang, h: &super::Headline) -> String {
    trf(
        l,
        "{0} at {1} FTE",
        &[&h.months_text(l), &i18n::short(l, h.fte, 2)],
    )
}

pub fn compare_view(
    ds: &Dataset,
    l: Lang,
    (na, a): (&str, &Analysis),
    (nb, b): (&str, &Analysis),
    only_changes: bool,
) -> Option<CompareView> {
    let (ha, hb) = (programme(ds, a)?, programme(ds, b)?);
    let figures = vec![
        (tr(l, "Target"), ha.target.clone(), hb.target.clone()),
        (tr(l, "Reusable"), ha.reusable_text(l), hb.reusable_text(l)),
        (tr(l, "Gaps"), ha.gaps_text(l), hb.gaps_text(l)),
        (tr(l, "Effort"), ha.effort_text(l), hb.effort_text(l)),
        // With the capacity each side was computed at: more work can take fewer months.
        (tr(l, "Calendar"), at_fte(l, &ha), at_fte(l, &hb)),
    ];
    let line = |label: &'static str, x: f64, y: f64| {
        (
            label,
            i18n::num(l, x, 1),
            i18n::num(l, y, 1),
            signed(l, y - x),
        )
    };
    let mut workstreams: Vec<_> = Workstream::ALL
        .iter()
        .map(|w| {
            line(
                tr(l, w.label()),
                a.effort.workstream(*w),
                b.effort.workstream(*w),
            )
        })
        .collect();
    workstreams.push(line(tr(l, "Total"), a.effort.days, b.effort.days));
    let d = diff(ds, a, b);
    let summary = trf(l, "{0} requirements differ in status, {1} are the same. On the right: {2} with more reuse, {3} with less.", &[
        &d.changes.len().to_string(), &d.same.to_string(), &d.better().to_string(), &d.worse().to_string(),
    ]);
    let targets = |an: &Analysis| an.targets.iter().map(|t| t.framework).collect::<Vec<_>>();
    let (ta, tb) = (targets(a), targets(b));
    let changes = if only_changes {
        d.changes
    } else {
        side_by_side(ds, a, b)
    };
    let rows: Vec<Row> = changes
        .into_iter()
        .map(|c| {
            let f = &ds.frameworks[c.framework];
            let r = &f.requirements[c.req];
            Row {
                heading: format!("{} {}", f.name, r.reference),
                title: r.title.clone(),
                a: cell(l, c.a, ta.contains(&c.framework)),
                b: cell(l, c.b, tb.contains(&c.framework)),
            }
        })
        .collect();
    let charts = [(a, na), (b, nb)]
        .into_iter()
        .filter_map(|(an, name)| {
            let t = an.targets.first()?;
            Some(Chart {
                title: trf(l, "{0}: coverage per clause 4–10", &[name]),
                groups: t
                    .groups
                    .iter()
                    .filter(|g| g.group.chars().next().is_some_and(|c| c.is_ascii_digit()))
                    .cloned()
                    .collect(),
            })
        })
        .collect();
    Some(CompareView {
        figures,
        workstreams,
        summary,
        charts,
        caption: trf(l, "{0} requirements", &[&rows.len().to_string()]),
        rows,
    })
}
