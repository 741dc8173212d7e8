//! The charts' figures as drawn: bar widths, segment titles and written-out values for the
//! coverage and effort bars, and the overlap diagram's geometry and labels. The chart
//! components lay these out; they compute nothing.
use super::super::dataset::Workstream;
use super::super::effort::EffortEstimate;
use super::super::i18n::{self, tr, trf, Lang};
use super::super::num::fixed;
use super::super::results::GroupCoverage;
use super::super::vocab::Status;

/// One coloured part of a bar.
#[derive(Clone, Debug, PartialEq)]
pub struct Segment {
    /// Fill class suffix: a status key, or `effort`.
    pub fill: &'static str,
    /// Inline style, "width:42.5%".
    pub style: String,
    /// Hover title; empty for none.
    pub title: String,
}

/// One bar: its label, its segments and its value written out.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    pub label: String,
    pub segments: Vec<Segment>,
    pub value: String,
    /// One plain segment (effort), not a share per status.
    pub plain: bool,
}

fn width(share: f64) -> String {
    format!("width:{}%", fixed(share * 100.0, 2))
}

/// A group's bar per status (statuses without requirements left out), and "3 of 5 reusable".
pub fn coverage_bars(l: Lang, groups: &[GroupCoverage]) -> Vec<Bar> {
    groups
        .iter()
        .map(|g| {
            let total = g.counts.total();
            let segments = Status::ALL
                .iter()
                .filter(|s| g.counts.get(**s) > 0)
                .map(|s| {
                    let n = g.counts.get(*s);
                    Segment {
                        fill: s.key(),
                        style: width(f64::from(n) / f64::from(total.max(1))),
                        title: trf(
                            l,
                            "{0} {1}: {2} of {3}",
                            &[
                                &g.group,
                                tr(l, s.label()),
                                &n.to_string(),
                                &total.to_string(),
                            ],
                        ),
                    }
                })
                .collect();
            Bar {
                label: format!("{} {}", g.group, g.title),
                segments,
                value: trf(
                    l,
                    "{0} of {1} reusable",
                    &[
                        &(g.counts.reuse_as_is + g.counts.extend).to_string(),
                        &total.to_string(),
                    ],
                ),
                plain: false,
            }
        })
        .collect()
}

/// Person-days per workstream, scaled to the largest; workstreams without work left out.
pub fn effort_bars(l: Lang, e: &EffortEstimate) -> Vec<Bar> {
    let max = e.by_workstream.iter().copied().fold(0.1, f64::max);
    Workstream::ALL
        .iter()
        .filter(|w| e.workstream(**w) > 0.0)
        .map(|w| {
            let d = e.workstream(*w);
            Bar {
                label: tr(l, w.label()).to_string(),
                segments: vec![Segment {
                    fill: "effort",
                    style: width(d / max),
                    title: String::new(),
                }],
                value: trf(l, "{0} d", &[&i18n::num(l, d, 1)]),
                plain: true,
            }
        })
        .collect()
}

/// The overlap diagram: two circles whose overlap grows with the share that can be built on
/// (reusable, plus half the partial), and its labels.
#[derive(Clone, Debug, PartialEq)]
pub struct Venn {
    /// Centres of the held and the target circle, and where their labels and the share sit
    /// (SVG user units in a 420 × 200 box), written out.
    pub held_x: String,
    pub target_x: String,
    pub held_label_x: String,
    pub target_label_x: String,
    pub share_x: String,
    pub radius: String,
    /// "61 %".
    pub share: String,
    pub aria: String,
    pub caption: String,
}

pub fn venn(l: Lang, held: &str, target: &str, reusable: u32, partial: u32) -> Venn {
    let overlap = f64::from(reusable) + 0.5 * f64::from(partial);
    let r = 80.0;
    let d = 2.0 * r * (1.0 - overlap / 100.0).clamp(0.15, 1.0);
    let (cx1, cx2) = (170.0 - d / 2.0, 170.0 + d / 2.0 + 40.0);
    Venn {
        held_x: fixed(cx1, 1),
        target_x: fixed(cx2, 1),
        held_label_x: fixed(cx1 - 40.0, 1),
        target_label_x: fixed(cx2 + 40.0, 1),
        share_x: fixed((cx1 + cx2) / 2.0, 1),
        radius: fixed(r, 0),
        share: format!("{reusable} %"),
        aria: trf(
            l,
            "{0} and {1}: {2} % of {1} can be reused as is or extended, {3} % partly.",
            &[held, target, &reusable.to_string(), &partial.to_string()],
        ),
        caption: trf(l, "{0} ∩ {1}: share you can build on", &[held, target]),
    }
}
