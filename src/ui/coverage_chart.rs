use crate::domain::analysis::GroupCoverage;
use crate::domain::report::charts::{coverage_bars, Bar};
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
    let rows = coverage_bars(crate::ui::state::lang(), &groups)
        .into_iter()
        .map(bar_row)
        .collect_view();
    view! {
        <figure class="imsx-chart">
            <figcaption>{title}</figcaption>
            <ul class="imsx-cov">{rows}</ul>
        </figure>
    }
}

/// One bar of a chart: label, coloured segments, value written out. Shared with `EffortChart`.
pub fn bar_row(b: Bar) -> impl IntoView {
    let plain = b.plain;
    let segs = b
        .segments
        .into_iter()
        .map(|s| view! { <span class=format!("imsx-cov__seg imsx-fill--{}", s.fill) style=s.style title=(!s.title.is_empty()).then_some(s.title)></span> })
        .collect_view();
    view! {
        <li class="imsx-cov__row">
            <span class="imsx-cov__label">{b.label}</span>
            <span class="imsx-cov__bar" class:imsx-cov__bar--plain=plain aria-hidden="true">{segs}</span>
            <span class="imsx-cov__value">{b.value}</span>
        </li>
    }
}
