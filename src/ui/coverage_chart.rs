use crate::domain::analysis::GroupCoverage;
use crate::domain::i18n::{tr, trf};
use crate::domain::num::fixed;
use crate::domain::Status;
use leptos::prelude::*;

/// Stacked horizontal bars (inline SVG): share of requirements per status, one bar per group.
#[component]
pub fn CoverageChart(
    /// Accessible title of the chart.
    title: String,
    groups: Vec<GroupCoverage>,
) -> impl IntoView {
    const W: f64 = 360.0;
    const LABEL: f64 = 122.0;
    const ROW: f64 = 22.0;
    let l = crate::ui::state::lang();
    let h = ROW * groups.len() as f64 + 8.0;
    let bars = groups
        .iter()
        .enumerate()
        .map(|(i, g)| {
            let y = 4.0 + i as f64 * ROW;
            let total = f64::from(g.counts.total().max(1));
            let mut x = LABEL;
            let segs = Status::ALL
                .iter()
                .filter(|s| g.counts.get(**s) > 0)
                .map(|s| {
                    let w = (W - LABEL - 8.0) * f64::from(g.counts.get(*s)) / total;
                    let seg = view! {
                        <rect x=fixed(x, 1) y=fixed(y + 3.0, 1) width=fixed(w, 1) height="16"
                            class=format!("imsx-fill--{}", s.key())>
                            <title>{trf(l, "{0} {1}: {2} of {3}", &[&g.group, tr(l, s.label()), &g.counts.get(*s).to_string(), &g.counts.total().to_string()])}</title>
                        </rect>
                    };
                    x += w;
                    seg
                })
                .collect_view();
            let label = format!("{} {}", g.group, short(&g.title));
            view! {
                <text x="0" y=fixed(y + 15.0, 1) class="imsx-chart__label">{label}</text>
                {segs}
            }
        })
        .collect_view();
    let desc = groups
        .iter()
        .map(|g| {
            trf(
                l,
                "{0}: {1} of {2} reusable",
                &[
                    &g.group,
                    &(g.counts.reuse_as_is + g.counts.extend).to_string(),
                    &g.counts.total().to_string(),
                ],
            )
        })
        .collect::<Vec<_>>()
        .join("; ");
    view! {
        <figure class="imsx-chart">
            <svg viewBox=format!("0 0 {} {}", fixed(W, 0), fixed(h, 0)) role="img" aria-label=format!("{title}. {desc}") preserveAspectRatio="xMinYMin meet">
                {bars}
            </svg>
            <figcaption>{title}</figcaption>
        </figure>
    }
}

fn short(t: &str) -> String {
    let mut s: String = t.chars().take(13).collect();
    if t.chars().count() > 13 {
        s.push('\u{2026}');
    }
    s
}
