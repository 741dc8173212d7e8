use crate::domain::dataset::Workstream;
use crate::domain::effort::EffortEstimate;
use crate::domain::i18n::{self, tr, trf};
use crate::domain::num::fixed;
use leptos::prelude::*;

/// Effort by workstream as horizontal bars with their person-days written out (HTML, so it
/// scales with the type and prints). Workstreams without work are left out.
#[component]
pub fn EffortChart(
    /// The estimate to draw.
    effort: EffortEstimate,
) -> impl IntoView {
    let l = crate::ui::state::lang();
    let max = effort.by_workstream.iter().copied().fold(0.1, f64::max);
    let rows = Workstream::ALL
        .iter()
        .filter(|w| effort.workstream(**w) > 0.0)
        .map(|w| {
            let d = effort.workstream(*w);
            let style = format!("width:{}%", fixed(d / max * 100.0, 2));
            view! {
                <li class="imsx-cov__row">
                    <span class="imsx-cov__label">{tr(l, w.label())}</span>
                    <span class="imsx-cov__bar imsx-cov__bar--plain" aria-hidden="true"><span class="imsx-cov__seg imsx-fill--effort" style=style></span></span>
                    <span class="imsx-cov__value">{trf(l, "{0} d", &[&i18n::num(l, d, 1)])}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <figure class="imsx-chart">
            <figcaption>{tr(l, "Effort by workstream (central estimate, person-days)")}</figcaption>
            <ul class="imsx-cov">{rows}</ul>
        </figure>
    }
}
