use super::state::{now, AppState};
use crate::domain::i18n::tr;
use crate::domain::plan::{plan, Month};
use crate::domain::report::calendar::{plan_view, start_months};
use leptos::prelude::*;

/// The plan with dates: the roadmap's phases on a calendar from a start month the user picks
/// (default: next month), at the programme's FTE, with its milestones. Renders `domain::plan`.
#[component]
pub fn PlanCalendar() -> impl IntoView {
    let app = AppState::expect();
    let l = super::state::lang();
    // A memo: the month list and the plan follow the chosen start, not every change to the
    // stored state (presenter mode, names hidden).
    let start_month = Memo::new(move |_| {
        app.store
            .with(|s| s.current().and_then(|a| Month::parse(&a.plan_start)))
            .unwrap_or_else(|| Month::after(now()))
    });
    let start = move || start_month.get();
    let body = move || {
        let an = app.analysis.get();
        let v = plan_view(l, &plan(&an, start())?);
        let rows = v
            .rows
            .into_iter()
            .map(|r| {
                view! {
                    <li class="imsx-plan__row">
                        <span class="imsx-plan__name">{r.name}</span>
                        <span class="imsx-plan__when">{r.when} " " <span class="imsx-muted imsx-nowrap">{r.days}</span></span>
                        <span class="imsx-plan__track" aria-hidden="true"><span class=format!("imsx-plan__bar imsx-plan__bar--{}", r.phase) style=r.style></span></span>
                    </li>
                }
            })
            .collect_view();
        let marks = v
            .milestones
            .into_iter()
            .map(|(month, name)| view! { <li><strong>{month}</strong> " — " {name}</li> })
            .collect_view();
        Some(view! {
            <ol class="imsx-plan__phases" data-testid="plan-phases">{rows}</ol>
            <h3>{tr(l, "Milestones")}</h3>
            <ol class="imsx-plan__milestones" data-testid="plan-milestones">{marks}</ol>
            <p data-testid="plan-end"><strong>{v.end}</strong></p>
            <p class="imsx-muted">{v.note}</p>
        })
    };
    view! {
        <section id="plan" class="imsx-plan" tabindex="-1" aria-labelledby="plan-title">
            <h2 id="plan-title">{tr(l, "Plan with dates")}</h2>
            <label class="imsx-plan__start imsx-noprint">{tr(l, "Start month")} " "
                // A list in the reader's language (a month input would follow the browser's):
                // the next three years, and the chosen month if it lies outside them.
                <select class="imsx-input" data-testid="plan-start" prop:value=move || start().key()
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        app.store.update(|s| { s.set_plan_start(&v); });
                    }>
                    {move || {
                        // From this month (a programme may start now) for three years.
                        start_months(l, Month::after(now()).before(), start())
                            .into_iter()
                            .map(|(key, label, selected)| view! { <option value=key selected=selected>{label}</option> })
                            .collect_view()
                    }}
                </select>
            </label>
            {body}
        </section>
    }
}
