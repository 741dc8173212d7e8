use crate::domain::analysis::GroupCoverage;
use crate::domain::i18n::{tr, trf};
use crate::domain::num::fixed;
use crate::domain::Status;
use leptos::prelude::*;

/// Stacked horizontal bars: share of requirements per status, one bar per group, with the
/// group's full title and its count of reusable requirements written out. HTML, not SVG, so
/// labels wrap, scale with the type (presenter mode) and print; segments carry a pattern per
/// status, so the printed chart reads without colour.
#[component]
pub fn CoverageChart(
    /// Accessible title of the chart.
    title: String,
    groups: Vec<GroupCoverage>,
) -> impl IntoView {
    let l = crate::ui::state::lang();
    let rows = groups
        .iter()
        .map(|g| {
            let total = g.counts.total().max(1);
            let segs = Status::ALL
                .iter()
                .filter(|s| g.counts.get(**s) > 0)
                .map(|s| {
                    let n = g.counts.get(*s);
                    let style = format!("width:{}%", fixed(f64::from(n) * 100.0 / f64::from(total), 2));
                    let tip = trf(l, "{0} {1}: {2} of {3}", &[&g.group, tr(l, s.label()), &n.to_string(), &g.counts.total().to_string()]);
                    view! { <span class=format!("imsx-cov__seg imsx-fill--{}", s.key()) style=style title=tip></span> }
                })
                .collect_view();
            let value = trf(
                l,
                "{0} of {1} reusable",
                &[&(g.counts.reuse_as_is + g.counts.extend).to_string(), &g.counts.total().to_string()],
            );
            view! {
                <li class="imsx-cov__row">
                    <span class="imsx-cov__label">{g.group.clone()} " " {g.title.clone()}</span>
                    <span class="imsx-cov__bar" aria-hidden="true">{segs}</span>
                    <span class="imsx-cov__value">{value}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <figure class="imsx-chart">
            <figcaption>{title}</figcaption>
            <ul class="imsx-cov">{rows}</ul>
        </figure>
    }
}
