use super::state::{now, AppState};
use crate::domain::i18n::{self, tr, trf};
use crate::domain::plan::{plan, span, Month};
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
        let p = plan(&an, start())?;
        let total = p.months.max(0.1);
        let rows = p
            .phases
            .iter()
            .map(|ph| {
                let style = format!(
                    "margin-left:{}%;width:{}%",
                    crate::domain::num::fixed(ph.from / total * 100.0, 1),
                    crate::domain::num::fixed(((ph.to - ph.from) / total * 100.0).max(1.0), 1)
                );
                let days = if ph.days > 0.0 {
                    trf(l, "· {0} d", &[&i18n::num(l, ph.days, 1)])
                } else {
                    String::new()
                };
                view! {
                    <li class="imsx-plan__row">
                        <span class="imsx-plan__name">{trf(l, "Phase {0}: {1}", &[&ph.phase.to_string(), tr(l, ph.name)])}</span>
                        <span class="imsx-plan__when">{span(l, ph.first, ph.last)} " " <span class="imsx-muted imsx-nowrap">{days}</span></span>
                        <span class="imsx-plan__track" aria-hidden="true"><span class=format!("imsx-plan__bar imsx-plan__bar--{}", ph.phase) style=style></span></span>
                    </li>
                }
            })
            .collect_view();
        let marks = p
            .milestones
            .iter()
            .map(|m| view! { <li><strong>{m.month.label(l)}</strong> " — " {tr(l, m.name)}</li> })
            .collect_view();
        let end = if p.certifiable {
            trf(
                l,
                "Certificate expected in {0}; across the estimate's range, between {1} and {2}.",
                &[
                    &p.start.at(p.months - 1e-6).label(l),
                    &p.end_early.label(l),
                    &p.end_late.label(l),
                ],
            )
        } else {
            trf(
                l,
                "Done in {0}; across the estimate's range, between {1} and {2}.",
                &[
                    &p.start.at(p.months - 1e-6).label(l),
                    &p.end_early.label(l),
                    &p.end_late.label(l),
                ],
            )
        };
        Some(view! {
            <ol class="imsx-plan__phases" data-testid="plan-phases">{rows}</ol>
            <h3>{tr(l, "Milestones")}</h3>
            <ol class="imsx-plan__milestones" data-testid="plan-milestones">{marks}</ol>
            <p data-testid="plan-end"><strong>{end}</strong></p>
            <p class="imsx-muted">{trf(l, "Phases follow one another at {0} FTE, each taking its share of the person-days; stage 1 comes no earlier than {1} months after the start, once the internal audit and the management review have taken place, and the certification audit takes about {2} month. Dates are for planning; the certification body sets the audit dates.", &[
                &i18n::short(l, p.fte, 2),
                &i18n::short(l, crate::domain::effort::MIN_OPERATING_MONTHS, 0),
                &i18n::short(l, crate::domain::effort::AUDIT_LEAD_MONTHS, 0),
            ])}</p>
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
                        let first = Month::after(now()).before();
                        let chosen = start();
                        let mut months: Vec<Month> = (0..37).map(|i| first.plus(i)).collect();
                        if !months.contains(&chosen) {
                            months.insert(0, chosen);
                        }
                        months
                            .into_iter()
                            .map(|m| view! { <option value=m.key() selected=m == chosen>{m.label(l)}</option> })
                            .collect_view()
                    }}
                </select>
            </label>
            {body}
        </section>
    }
}
