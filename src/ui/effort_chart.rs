use crate::domain::dataset::Workstream;
use crate::domain::effort::EffortEstimate;
use crate::domain::i18n::{self, tr, trf};
use crate::domain::num::fixed;
use leptos::prelude::*;

/// Effort by workstream as horizontal bars (inline SVG), person-days.
#[component]
pub fn EffortChart(
    /// The estimate to draw.
    effort: EffortEstimate,
) -> impl IntoView {
    const W: f64 = 360.0;
    const LABEL: f64 = 168.0;
    const ROW: f64 = 22.0;
    let l = crate::ui::state::lang();
    let max = effort.by_workstream.iter().copied().fold(1.0, f64::max);
    let rows = Workstream::ALL
        .iter()
        .enumerate()
        .map(|(i, w)| {
            let d = effort.workstream(*w);
            let y = 4.0 + i as f64 * ROW;
            let bw = (W - LABEL - 50.0) * d / max;
            view! {
                <text x="0" y=fixed(y + 15.0, 1) class="imsx-chart__label">{tr(l, w.label())}</text>
                <rect x=fixed(LABEL, 1) y=fixed(y + 3.0, 1) width=fixed(bw, 1) height="16" class="imsx-fill--effort" />
                <text x=fixed(LABEL + bw + 4.0, 1) y=fixed(y + 15.0, 1) class="imsx-chart__label">
                    {trf(l, "{0} d", &[&i18n::num(l, d, 1)])}
                </text>
            }
        })
        .collect_view();
    let desc = Workstream::ALL
        .iter()
        .map(|w| {
            trf(
                l,
                "{0} {1} days",
                &[tr(l, w.label()), &i18n::num(l, effort.workstream(*w), 1)],
            )
        })
        .collect::<Vec<_>>()
        .join("; ");
    let h = ROW * 6.0 + 8.0;
    view! {
        <figure class="imsx-chart">
            <svg viewBox=format!("0 0 {} {}", fixed(W, 0), fixed(h, 0)) role="img" aria-label=trf(l, "Effort by workstream: {0}", &[&desc])>{rows}</svg>
            <figcaption>{tr(l, "Effort by workstream (central estimate, person-days)")}</figcaption>
        </figure>
    }
}
