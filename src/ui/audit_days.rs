use super::state::{lang, AppState};
use crate::domain::audit::audit_days;
use crate::domain::dataset;
use crate::domain::i18n::{tr, Lang};
use crate::domain::report::audit::{audit_view, Block, CycleView, Working};
use leptos::prelude::*;

/// Certification audit days for the chosen certifiable targets (issue 15, point 4): per
/// standard the initial audit (stage 1 + stage 2), each surveillance audit and the
/// recertification, the combined audit when several are audited together, and the working line
/// by line with its source, assumptions marked. Absent when no target is certifiable.
/// Renders `report::audit::audit_view`.
#[component]
pub fn AuditDays() -> impl IntoView {
    let app = AppState::expect();
    let l = lang();
    move || {
        let Some(v) = audit_view(dataset(), l, &app.answers.with(audit_days)) else {
            return ().into_any();
        };
        let blocks = v
            .blocks
            .into_iter()
            .map(|b| block(l, b, false))
            .collect_view();
        let combined = v.combined.map(|b| block(l, b, true));
        let notes = v
            .notes
            .into_iter()
            .map(|n| view! { <p class="imsx-detail">{n}</p> })
            .collect_view();
        view! {
            <section id="audit" tabindex="-1" class="imsx-audit" aria-labelledby="audit-title" data-testid="audit-days">
                <h2 id="audit-title">{tr(l, "Certification audit days")}</h2>
                <p>{v.intro}</p>
                <p><strong>{tr(l, "The certification body decides the audit time, from its own review of your scope, sites and complexity; these figures are for budgeting, not a quote.")}</strong></p>
                {blocks}
                {combined}
                {notes}
                <p class="imsx-muted imsx-detail">{tr(l, "Lines marked “assumption” rest on a partial or third-party source, or on our own reading. IAF MD 5 and MD 11 were issued by the International Accreditation Forum, whose work Global Accreditation Cooperation Incorporated took over on 1 January 2026.")}</p>
            </section>
        }
        .into_any()
    }
}

fn cycle(l: Lang, c: CycleView) -> impl IntoView {
    let rows = c
        .rows
        .into_iter()
        .map(|(t, d)| view! { <div><dt>{t}</dt><dd>{d}</dd></div> })
        .collect_view();
    view! {
        <dl class="imsx-audit__cycle">
            <div><dt>{tr(l, "Initial audit")}</dt><dd>{c.initial}
                <span class="imsx-muted">" ("{c.stages}")"</span></dd></div>
            {rows}
        </dl>
    }
}

fn working(l: Lang, w: Working) -> impl IntoView {
    let items = w
        .lines
        .into_iter()
        .map(|x| {
            view! {
                <li class="imsx-audit__line" class:imsx-audit__line--assumed=x.assumption>
                    <span class="imsx-audit__what">{x.what}</span>
                    {(!x.figure.is_empty()).then(|| view! { " " <strong class="imsx-audit__figure">{x.figure}</strong> })}
                    " " <span class="imsx-audit__source imsx-muted">{x.source}</span>
                    {x.assumption.then(|| view! { " " <span class="imsx-badge imsx-badge--partial">{tr(l, "assumption")}</span> })}
                </li>
            }
        })
        .collect_view();
    view! {
        <details class="imsx-audit__working imsx-detail" data-testid=w.testid>
            <summary>{w.title} " " <span class="imsx-muted">{w.count}</span></summary>
            <ol>{items}</ol>
        </details>
    }
}

/// One standard, or (`combined`) the standards audited together.
fn block(l: Lang, b: Block, combined: bool) -> impl IntoView {
    let system =
        (!combined).then(|| view! { " " <span class="imsx-muted">"("{b.system}")"</span> });
    let badge = b.assumed.then(|| view! { " " <span class="imsx-badge imsx-badge--partial">{tr(l, "rests on assumptions")}</span> });
    view! {
        <div class="imsx-audit__standard" class:imsx-audit__combined=combined data-testid=b.testid>
            <h3>{b.title}{system}{badge}</h3>
            {cycle(l, b.cycle)}
            <p class:imsx-muted=!combined class:imsx-detail=!combined>{b.note}</p>
            {working(l, b.working)}
        </div>
    }
}
