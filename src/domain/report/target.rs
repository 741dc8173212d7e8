//! The results page as people read it: each target's section (counts, charts' titles, what
//! can be reused, gaps by phase, person-days by workstream, the calendar and the working), the
//! headline's captions and the recommendations. Components render these fields as they are.
use super::super::dataset::{Dataset, Workstream};
use super::super::effort::{reuse_credit, LEVELS};
use super::super::i18n::{self, tr, trf, Lang};
use super::super::recommend::PHASES;
use super::super::results::{Analysis, GroupCoverage, ReqResult, TargetResult};
use super::super::vocab::Status;
use super::Headline;

/// One gap: status, reference, title and person-days.
#[derive(Clone, Debug, PartialEq)]
pub struct GapLine {
    /// CSS key of the status (`partial`, `new` …).
    pub status_key: &'static str,
    pub status: &'static str,
    pub reference: String,
    pub title: String,
    /// "4.2 d".
    pub days: String,
}

/// One roadmap phase and its gaps; phases without gaps are left out.
#[derive(Clone, Debug, PartialEq)]
pub struct Phase {
    /// "Phase 2: Build (7)".
    pub heading: String,
    pub gaps: Vec<GapLine>,
}

/// The overlap diagram's figures: held frameworks, the target, and the shares in per cent.
#[derive(Clone, Debug, PartialEq)]
pub struct Overlap {
    pub held: String,
    pub target: String,
    pub reusable: u32,
    pub partial: u32,
}

/// A coverage chart: its title and bars.
#[derive(Clone, Debug, PartialEq)]
pub struct Chart {
    pub title: String,
    pub groups: Vec<GroupCoverage>,
}

/// Everything one target's section says.
#[derive(Clone, Debug, PartialEq)]
pub struct TargetView {
    /// The framework id, for anchors and test ids.
    pub id: String,
    /// "ISO/IEC 42001:2023 — AI management system (AIMS)".
    pub heading: String,
    /// "8 reuse as is · 20 extend · … of 70 applicable requirements (…)".
    pub counts: String,
    pub clause_chart: Option<Chart>,
    pub annex_chart: Option<Chart>,
    pub overlap: Option<Overlap>,
    /// The chart legend: (status key, label), in the charts' order.
    pub legend: Vec<(&'static str, &'static str)>,
    /// The one-pager's list: the largest gaps.
    pub top: Vec<GapLine>,
    /// (element, "Audited, serves 3 requirements; from ISO/IEC 27001").
    pub reusable: Vec<(String, String)>,
    pub phases: Vec<Phase>,
    /// "Person-days by workstream (central estimate; range …)".
    pub caption: String,
    /// (workstream, person-days), then the total and the from-nothing comparison.
    pub rows: Vec<(&'static str, String)>,
    pub calendar: String,
    pub working: String,
}

fn gap_line(l: Lang, ds: &Dataset, fi: usize, g: &ReqResult) -> GapLine {
    let r = &ds.frameworks[fi].requirements[g.req];
    GapLine {
        status_key: g.status.key(),
        status: tr(l, g.status.label()),
        reference: r.reference.clone(),
        title: r.title.clone(),
        days: trf(l, "{0} d", &[&i18n::num(l, g.effort.days, 1)]),
    }
}

pub fn target_view(ds: &Dataset, l: Lang, an: &Analysis, t: &TargetResult) -> TargetView {
    let fw = &ds.frameworks[t.framework];
    let h = super::headline(ds, t);
    let held = an
        .held
        .iter()
        .map(|(f, _)| ds.frameworks[*f].name.clone())
        .collect::<Vec<_>>()
        .join(" + ");
    let (clauses, annex): (Vec<_>, Vec<_>) = t
        .groups
        .iter()
        .cloned()
        .partition(|g| g.group.chars().next().is_some_and(|c| c.is_ascii_digit()));
    let name = fw.full_name();
    let clause_chart = (!clauses.is_empty()).then(|| Chart {
        title: trf(l, "{0}: coverage per clause 4–10", &[&name]),
        groups: clauses,
    });
    let annex_chart = (!annex.is_empty()).then(|| Chart {
        title: if fw.publisher == "NIST" {
            trf(l, "{0}: coverage per function", &[&name])
        } else {
            trf(l, "{0}: coverage per annex objective", &[&name])
        },
        groups: annex,
    });
    let overlap = (!held.is_empty()).then(|| Overlap {
        held,
        target: fw.name.clone(),
        reusable: h.reusable_pct,
        partial: t.counts.share(Status::Partial).round() as u32,
    });
    let reusable = t
        .reusable
        .iter()
        .map(|r| {
            let el = &ds.elements[r.element];
            let serves = if r.serves == 1 {
                "{0}, serves {1} requirement; {2}"
            } else {
                "{0}, serves {1} requirements; {2}"
            };
            (
                i18n::element_name(l, el).into_owned(),
                trf(
                    l,
                    serves,
                    &[
                        tr(l, r.level.label()),
                        &r.serves.to_string(),
                        &an.elements[r.element].source_text(ds, l),
                    ],
                ),
            )
        })
        .collect();
    let gaps = t.gaps();
    let phases = (1..=4u8)
        .filter_map(|p| {
            let items: Vec<GapLine> = gaps
                .iter()
                .filter(|g| g.phase == p)
                .map(|g| gap_line(l, ds, t.framework, g))
                .collect();
            (!items.is_empty()).then(|| Phase {
                heading: trf(
                    l,
                    "Phase {0}: {1} ({2})",
                    &[
                        &p.to_string(),
                        tr(l, PHASES[p as usize - 1]),
                        &items.len().to_string(),
                    ],
                ),
                gaps: items,
            })
        })
        .collect();
    let top = super::top_gaps(t, 8)
        .into_iter()
        .map(|g| gap_line(l, ds, t.framework, g))
        .collect();
    let e = &t.effort;
    let mut rows: Vec<(&'static str, String)> = Workstream::ALL
        .iter()
        .map(|w| (tr(l, w.label()), i18n::num(l, e.workstream(*w), 1)))
        .collect();
    rows.push((tr(l, "Total"), i18n::num(l, e.days, 1)));
    rows.push((
        tr(l, "From nothing, for comparison"),
        i18n::num(l, e.from_scratch_days, 1),
    ));
    TargetView {
        id: fw.id.clone(),
        heading: format!("{name} — {}", i18n::framework_text(l, fw, "subject")),
        counts: trf(l, "{0} reuse as is · {1} extend · {2} partial · {3} new, of {4} applicable requirements ({5} % of the work on clauses 4–10 already done).", &[
            &t.counts.reuse_as_is.to_string(), &t.counts.extend.to_string(), &t.counts.partial.to_string(), &t.counts.new.to_string(),
            &t.counts.total().to_string(), &h.clause_done_pct.to_string(),
        ]),
        clause_chart,
        annex_chart,
        overlap,
        legend: [Status::ReuseAsIs, Status::Extend, Status::Partial, Status::New]
            .iter()
            .map(|s| (s.key(), tr(l, s.label())))
            .collect(),
        top,
        reusable,
        phases,
        caption: trf(l, "Person-days by workstream (central estimate; range {0}–{1})", &[&i18n::num(l, e.low, 1), &i18n::num(l, e.high, 1)]),
        rows,
        calendar: trf(l, "Calendar: {0} at {1} FTE, including {2} person-days to prepare the certification audit (in the audit-readiness workstream) and the audit's lead time.", &[
            &super::months_range(l, e.months_low, e.months_high), &i18n::short(l, e.fte, 2), &i18n::num(l, e.audit_days, 1),
        ]),
        working: working_summary(l, t),
    }
}

/// The one-line working under a target's effort: the effort levels' range, the factors that
/// apply and the reuse credits.
pub fn working_summary(l: Lang, t: &TargetResult) -> String {
    let applicable = t.requirements.iter().filter(|r| r.applicable);
    let size = applicable
        .clone()
        .map(|r| r.effort.size)
        .next()
        .unwrap_or(1.0);
    let ai = applicable.map(|r| r.effort.ai).fold(1.0, f64::max);
    let text = if ai > 1.0 {
        "Working: each requirement's effort = base by its effort level (1: {0} … 5: {1} person-days) × size factor {2} × AI-footprint factor {3} (AI-specific elements); then reuse credits of {4} % (as is), {5} % (extend), {6} % (partial) on the work, more on documents; plus audit readiness. Every requirement's working is listed in the app and explained under “How we estimate”."
    } else {
        "Working: each requirement's effort = base by its effort level (1: {0} … 5: {1} person-days) × size factor {2}; then reuse credits of {4} % (as is), {5} % (extend), {6} % (partial) on the work, more on documents; plus audit readiness. Every requirement's working is listed in the app and explained under “How we estimate”."
    };
    trf(
        l,
        text,
        &[
            &i18n::num(l, LEVELS[0].days, 1),
            &i18n::num(l, LEVELS[4].days, 1),
            &i18n::num(l, size, 2),
            &i18n::num(l, ai, 2),
            &i18n::num(l, reuse_credit(Status::ReuseAsIs) * 100.0, 0),
            &i18n::num(l, reuse_credit(Status::Extend) * 100.0, 0),
            &i18n::num(l, reuse_credit(Status::Partial) * 100.0, 0),
        ],
    )
}

/// The headline's captions: the programme-total line (several targets) and what the first
/// figure counts.
pub fn headline_captions(l: Lang, h: &Headline) -> (Option<String>, String) {
    if h.targets > 1 {
        (
            Some(trf(
                l,
                "Programme total: all {0} targets together; work they share is counted once",
                &[&h.targets.to_string()],
            )),
            tr(
                l,
                "of requirements reusable (as is or extended), over all targets",
            )
            .to_string(),
        )
    } else {
        (
            None,
            trf(l, "of requirements reusable (as is or extended); {0} % of the work on clauses 4–10 already done", &[&h.clause_done_pct.to_string()]),
        )
    }
}

/// "56–79 person-days" split before the unit, so a line breaks there and never inside it.
pub fn split_unit(text: &str) -> (String, String) {
    let (n, unit) = text.split_once(' ').unwrap_or((text, ""));
    (n.to_string(), unit.to_string())
}

/// One recommendation or caveat as shown.
#[derive(Clone, Debug, PartialEq)]
pub struct RecLine {
    /// CSS modifier from the kind: `sequencing`, `caveat` …
    pub class: String,
    pub kind: &'static str,
    pub title: String,
    pub text: String,
    /// "Why: …".
    pub why: String,
}

pub fn recommendations(l: Lang, an: &Analysis) -> Vec<RecLine> {
    an.recommendations
        .iter()
        .map(|r| RecLine {
            class: format!(
                "imsx-rec imsx-rec--{}",
                r.kind.label().to_ascii_lowercase().replace(' ', "-")
            ),
            kind: tr(l, r.kind.label()),
            title: r.title(l),
            text: r.text(l),
            why: trf(l, "Why: {0}", &[&r.because(l)]),
        })
        .collect()
}

/// The results page's in-page navigation: (anchor id, label); audit days only when a target
/// is certifiable. Reuse and gaps point at the first target's sections.
pub fn on_page(ds: &Dataset, l: Lang, an: &Analysis) -> Vec<(String, &'static str)> {
    let first = an
        .targets
        .first()
        .map(|t| ds.frameworks[t.framework].id.as_str())
        .unwrap_or_default();
    let certifiable = an
        .targets
        .iter()
        .any(|t| ds.frameworks[t.framework].certifiable);
    [
        ("headline".to_string(), tr(l, "Headline")),
        ("plan".to_string(), tr(l, "Plan")),
        (format!("reuse-{first}"), tr(l, "What you can reuse")),
        (format!("gaps-{first}"), tr(l, "Gaps")),
        ("audit".to_string(), tr(l, "Audit days")),
        ("recs".to_string(), tr(l, "Recommendations")),
        ("take-away".to_string(), tr(l, "Take it away")),
    ]
    .into_iter()
    .filter(|(id, _)| id != "audit" || certifiable)
    .collect()
}
