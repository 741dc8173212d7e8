use crate::domain::effort::EffortEstimate;
use crate::domain::i18n::tr;
use crate::domain::report::charts::effort_bars;
use leptos::prelude::*;

/// Effort by workstream as horizontal bars with their person-days written out (HTML, so it
/// scales with the type and prints). Workstreams without work are left out.
#[component]
pub fn EffortChart(
    /// The estimate to draw.
    effort: EffortEstimate,
) -> impl IntoView {
    let l = crate::ui::state::lang();
    let rows = effort_bars(l, &effort)
        .into_iter()
        .map(super::coverage_chart::bar_row)
        .collect_view();
    view! {
        <figure class="imsx-chart">
            <figcaption>{tr(l, "Effort by workstream (central estimate, person-days)")}</figcaption>
            <ul class="imsx-cov">{rows}</ul>
        </figure>
    }
}
