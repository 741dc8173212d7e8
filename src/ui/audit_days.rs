use super::state::{lang, AppState};
use crate::domain::audit::{audit_days, Combined, Cycle, Figure, Line, StandardDays};
use crate::domain::dataset;
use crate::domain::i18n::{self, tr, trf, Lang};
use leptos::prelude::*;

/// Certification audit days for the chosen certifiable targets (issue 15, point 4): per
/// standard the initial audit (stage 1 + stage 2), each surveillance audit and the
/// recertification, the combined audit when several are audited together, and the working line
/// by line with its source, assumptions marked. Absent when no target is certifiable.
#[component]
pub fn AuditDays() -> impl IntoView {
    let app = AppState::expect();
    let l = lang();
    move || {
        let d = app.answers.with(audit_days);
        if d.standards.is_empty() {
            return ().into_any();
        }
        let standards = d
            .standards
            .iter()
            .map(|s| standard_view(l, s))
            .collect_view();
        let combined = d.combined.as_ref().map(|c| combined_view(l, c));
        let notes = d
            .notes
            .iter()
            .map(|n| view! { <p class="imsx-detail">{n.render(l)}</p> })
            .collect_view();
        view! {
            <section id="audit" tabindex="-1" class="imsx-audit" aria-labelledby="audit-title" data-testid="audit-days">
                <h2 id="audit-title">{tr(l, "Certification audit days")}</h2>
                <p>{trf(l, "What a certification body is likely to plan, in auditor-days, for {0} effective personnel, from the published audit-time tables and rules.", &[&d.persons.to_string()])}</p>
                <p><strong>{tr(l, "The certification body decides the audit time, from its own review of your scope, sites and complexity; these figures are for budgeting, not a quote.")}</strong></p>
                {standards}
                {combined}
                {notes}
                <p class="imsx-muted imsx-detail">{tr(l, "Lines marked “assumption” rest on a partial or third-party source, or on our own reading. IAF MD 5 and MD 11 were issued by the International Accreditation Forum, whose work Global Accreditation Cooperation Incorporated took over on 1 January 2026.")}</p>
            </section>
        }
        .into_any()
    }
}

fn days(l: Lang, x: f64) -> String {
    trf(l, "{0} auditor-days", &[&i18n::short(l, x, 1)])
}

fn figure(l: Lang, f: &Figure) -> String {
    match f {
        Figure::Days(x) => days(l, *x),
        Figure::DaysRange(a, b) => trf(
            l,
            "{0}–{1} auditor-days",
            &[&i18n::short(l, *a, 1), &i18n::short(l, *b, 1)],
        ),
        Figure::DaysFrom(x) => trf(l, "from {0} auditor-days", &[&i18n::short(l, *x, 1)]),
        Figure::Persons(n) => trf(l, "{0} persons", &[&n.to_string()]),
        Figure::Factor(x) => format!("× {}", i18n::short(l, *x, 2)),
        Figure::Share(x) => {
            let sign = if *x < 0.0 { "−" } else { "+" };
            format!("{sign}{} %", i18n::short(l, x.abs() * 100.0, 0))
        }
        Figure::NotApplied => tr(l, "not applied").to_string(),
        Figure::Blank => String::new(),
    }
}

fn name(id: &str) -> String {
    dataset()
        .framework(id)
        .map_or_else(|| id.to_string(), |f| f.full_name())
}

fn summary(l: Lang, c: &Cycle) -> impl IntoView {
    view! {
        <dl class="imsx-audit__cycle">
            <div><dt>{tr(l, "Initial audit")}</dt><dd>{days(l, c.initial)}
                <span class="imsx-muted">" ("{trf(l, "stage 1: {0}, stage 2: {1}", &[&i18n::short(l, c.stage1, 1), &i18n::short(l, c.stage2, 1)])}")"</span></dd></div>
            <div><dt>{tr(l, "Each surveillance audit (years 2 and 3)")}</dt><dd>{days(l, c.surveillance)}</dd></div>
            <div><dt>{tr(l, "Recertification (year 4)")}</dt><dd>{days(l, c.recertification)}</dd></div>
            <div><dt>{tr(l, "Years 1–4, recertification included")}</dt><dd>{days(l, c.total())}</dd></div>
        </dl>
    }
}

fn working(l: Lang, lines: &[Line], title: String, testid: String) -> impl IntoView {
    let n = lines.iter().filter(|x| x.assumption).count();
    let items = lines
        .iter()
        .map(|x| {
            let fig = figure(l, &x.figure);
            view! {
                <li class="imsx-audit__line" class:imsx-audit__line--assumed=x.assumption>
                    <span class="imsx-audit__what">{x.what.render(l)}</span>
                    {(!fig.is_empty()).then(|| view! { " " <strong class="imsx-audit__figure">{fig}</strong> })}
                    " " <span class="imsx-audit__source imsx-muted">{x.source.render(l)}</span>
                    {x.assumption.then(|| view! { " " <span class="imsx-badge imsx-badge--partial">{tr(l, "assumption")}</span> })}
                </li>
            }
        })
        .collect_view();
    view! {
        <details class="imsx-audit__working imsx-detail" data-testid=testid>
            <summary>{title} " " <span class="imsx-muted">{trf(l, "({0} steps, {1} marked as assumptions)", &[&lines.len().to_string(), &n.to_string()])}</span></summary>
            <ol>{items}</ol>
        </details>
    }
}

fn standard_view(l: Lang, s: &StandardDays) -> impl IntoView {
    let n = name(&s.framework);
    view! {
        <div class="imsx-audit__standard" data-testid=format!("audit-{}", s.framework)>
            <h3>{n.clone()} " " <span class="imsx-muted">"("{s.system.clone()}")"</span>
                {s.has_assumption().then(|| view! { " " <span class="imsx-badge imsx-badge--partial">{tr(l, "rests on assumptions")}</span> })}</h3>
            {summary(l, &s.cycle)}
            <p class="imsx-muted imsx-detail">{trf(l, "The certification body may go down to {0} after reductions for your organisation's characteristics, or higher for complexity.", &[&days(l, s.floor)])}</p>
            {working(l, &s.lines, trf(l, "Working for {0}", &[&n]), format!("audit-working-{}", s.framework))}
        </div>
    }
}

fn combined_view(l: Lang, c: &Combined) -> impl IntoView {
    let names: Vec<String> = c.frameworks.iter().map(|f| name(f)).collect();
    let names = names.join(" + ");
    view! {
        <div class="imsx-audit__standard imsx-audit__combined" data-testid="audit-combined">
            <h3>{trf(l, "Audited together: {0}", &[&names])}</h3>
            {summary(l, &c.cycle)}
            <p>{trf(l, "Up to {0} fewer over the three-year cycle than {1} for separate audits.", &[&days(l, c.saving()), &days(l, c.separate.total())])}</p>
            {working(l, &c.lines, tr(l, "Working for the combined audit").to_string(), "audit-working-combined".to_string())}
        </div>
    }
}
