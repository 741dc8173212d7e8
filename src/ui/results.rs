use super::coverage_chart::CoverageChart;
use super::effort_chart::EffortChart;
use super::overlap_diagram::OverlapDiagram;
use super::plan_calendar::PlanCalendar;
use super::requirement_detail::RequirementDetail;
use super::state::{AppState, Page};
use super::take_away::TakeAway;
use crate::domain::analysis::TargetResult;
use crate::domain::dataset;
use crate::domain::i18n::{tr, Lang};
use crate::domain::report::{programme, target};
use crate::domain::{Analysis, ReqKind};
use leptos::prelude::*;

/// The results dashboard: headline figures, charts, reusable elements, gaps by phase,
/// recommendations and caveats, and every requirement's detail. Renders the analysis memo.
#[component]
pub fn Results() -> impl IntoView {
    let app = AppState::expect();
    let ds = dataset();
    let l = super::state::lang();
    // What the page reads from the stored state, as memos: toggling presenter mode or choosing a
    // plan start changes the store but not these, so the page is not rendered anew for them.
    let empty = Memo::new(move |_| {
        app.store
            .with(|s| s.current().is_none_or(|a| a.answers.0.is_empty()))
    });
    let shown_name = Memo::new(move |_| {
        app.store.with(|s| {
            if s.large_type && s.hide_names {
                // Presenter mode with names hidden: the organisation is not named on screen.
                return tr(l, "Organisation (name hidden)").to_string();
            }
            s.current()
                .map(|a| super::state::display_name(l, &a.name))
                .unwrap_or_else(|| tr(l, "Assessment").into())
        })
    });
    let body = move || {
        // First visit: no assessment yet. Say so and offer the two ways in, instead of figures
        // computed from nothing.
        if empty.get() {
            return view! {
                <section class="imsx-empty" data-testid="results-empty">
                    <h1>{tr(l, "No results yet")}</h1>
                    <p>{tr(l, "Results appear once you have answered a few questions about what you already run, or loaded an example organisation.")}</p>
                    <div class="imsx-row">
                        <button type="button" class="imsx-btn" data-testid="empty-start" on:click=move |_| {
                            if app.store.with_untracked(|s| s.current().is_none()) {
                                let lang = app.lang.get_untracked();
                                let name = tr(lang, "My assessment");
                                app.create(name, crate::domain::Answers::default());
                            }
                            app.go(Page::Questionnaire);
                        }>{tr(l, "Start the questionnaire")}</button>
                        <a class="imsx-btn imsx-btn--ghost" href="#/">{tr(l, "Load an example")}</a>
                    </div>
                </section>
            }
            .into_any();
        }
        let an = app.analysis.get();
        let Some(h) = programme(ds, &an) else {
            return view! { <p>{tr(l, "Choose a target framework in the questionnaire.")}</p> }
                .into_any();
        };
        let partial = an.partial;
        let fte_note = crate::domain::report::fte_note(
            l,
            &an,
            app.answers
                .with(|a| a.one("fte").is_some_and(|f| f != "auto")),
        );
        // The headline paints first; the long part (every target's charts, gaps and
        // requirements) is built just after that paint, so a click is answered at once.
        let later = RwSignal::new(false);
        super::browser::after_paint(move || later.set(true));
        let warnings = (!an.warnings.is_empty()).then(|| {
            let w = an.warnings.iter().map(|w| view! { <li>{w.render(l)}</li> }).collect_view();
            view! { <div class="imsx-notice" role="note"><p>{tr(l, "Some answers were ignored:")}</p><ul>{w}</ul></div> }
        });
        let head = crate::domain::report::results_header(
            ds,
            l,
            &an,
            &super::state::product_name(),
            &h.target,
            &super::browser::now_iso(),
        );
        // In-page navigation: the hash is the route, so these scroll instead of linking to #id.
        let onpage = target::on_page(ds, l, &an)
            .into_iter()
            .map(|(id, label)| {
                view! { <a href="#/results" class="imsx-onpage__link" on:click=move |ev| { ev.prevent_default(); super::browser::scroll_to(&id); }>{label}</a> }
            })
            .collect_view();
        let (scope, reusable_caption) = target::headline_captions(l, &h);
        let (effort_n, effort_unit) = target::split_unit(&h.effort_text(l));
        // With several targets, each target's own figures first; the cards are the programme.
        let per_target = (an.targets.len() > 1).then(|| {
            let (c_r, c_g, c_e, c_c) = (tr(l, "Reusable"), tr(l, "Gaps"), tr(l, "Effort"), tr(l, "Calendar"));
            let rows = crate::domain::report::per_target(ds, &an)
                .into_iter()
                .map(|t| view! {
                    <tr><th scope="row">{t.target.clone()}</th><td data-label=c_r>{t.reusable_text(l)}</td><td data-label=c_g>{t.gaps_text(l)}</td><td data-label=c_e>{t.effort_text(l)}</td><td data-label=c_c>{t.months_text(l)}</td></tr>
                })
                .collect_view();
            view! {
                <div class="imsx-scroll">
                <table class="imsx-table imsx-pertarget" data-testid="per-target">
                    <caption>{tr(l, "Each target on its own")}</caption>
                    <thead><tr><th scope="col">{tr(l, "Target")}</th><th scope="col">{tr(l, "Reusable")}</th><th scope="col">{tr(l, "Gaps")}</th><th scope="col">{tr(l, "Effort")}</th><th scope="col">{tr(l, "Calendar")}</th></tr></thead>
                    <tbody>{rows}</tbody>
                </table>
                </div>
            }
        });
        view! {
            <div class="imsx-print-only imsx-titlepage">
                <p class="imsx-titlepage__kicker">{head.kicker}</p>
                <p class="imsx-titlepage__org">{move || shown_name.get()}</p>
                <p>{head.target}</p>
                <p>{head.date_line.clone()}</p>
                <p>{tr(l, "Computed from the organisation's own answers; an estimate with its working, not an audit result.")}</p>
            </div>
            <header class="imsx-report-title">
                <h1 data-testid="results-title">{move || crate::domain::report::results_title(l, &shown_name.get())}</h1>
                <p class="imsx-muted">
                    {head.meta}
                    {partial.then(|| view! { " · " <span class="imsx-badge imsx-badge--partial" data-testid="partial">{tr(l, "Partial answers")}</span> })}
                </p>
                <p class="imsx-onepager-only" data-testid="onepager-date">{head.date_line} " · " {tr(l, "Computed from the organisation's own answers; an estimate with its working, not an audit result.")}</p>
            </header>
            {warnings}
            <nav class="imsx-onpage imsx-noprint" aria-label=tr(l, "On this page") data-testid="onpage">{onpage}</nav>
            {per_target}
            <section id="headline" tabindex="-1" class="imsx-headline" aria-label=tr(l, "Headline figures")>
                {scope.map(|t| view! { <p class="imsx-headline__scope" data-testid="h-scope">{t}</p> })}
                <div class="imsx-figure"><span class="imsx-figure__n" data-testid="h-reusable">{h.reusable_text(l)}</span>
                    <span>{reusable_caption}</span></div>
                <div class="imsx-figure"><span class="imsx-figure__n" data-testid="h-gaps">{h.gaps_text(l)}</span>
                    <span>{tr(l, "requirements are gaps (partial or new)")}</span></div>
                <div class="imsx-figure"><span class="imsx-figure__n" data-testid="h-effort">{effort_n} " " <span class="imsx-nowrap">{effort_unit}</span></span>
                    <span>{tr(l, "estimated effort (range)")}</span></div>
                <div class="imsx-figure"><span class="imsx-figure__n" data-testid="h-months">{h.months_text(l)}</span>
                    <span>{fte_note}</span></div>
            </section>
            <super::call_to_action::CallToAction with_summary=true />
            <div class="imsx-row imsx-noprint">
                <button type="button" class="imsx-btn imsx-btn--ghost" data-testid="edit-answers" on:click=move |_| app.go(Page::Questionnaire)>{tr(l, "Edit answers")}</button>
                <a class="imsx-btn imsx-btn--ghost" href="#/how-we-estimate">{tr(l, "How we estimate")}</a>
                <button type="button" class="imsx-btn imsx-btn--ghost" data-testid="compare-from-results" on:click=move |_| {
                    if let Some(id) = app.store.with_untracked(|s| s.current.clone()) { app.compare_with(&id); }
                }>{tr(l, "Compare with another assessment or an example")}</button>
            </div>
            {move || later.get().then(|| view! { <super::what_if::WhatIf /> <PlanCalendar /> {rest(l, app)} })}
        }
        .into_any()
    };
    view! { <div class="imsx-results" data-testid="results">{body}</div> }
}

/// The long part of the results, built after the headline has painted: every target, audit
/// days, recommendations, the AI Act note and the take-away.
fn rest(l: Lang, app: AppState) -> impl IntoView {
    let an = app.analysis.get_untracked();
    let targets = an
        .targets
        .iter()
        .map(|t| target_view(l, &an, t))
        .collect_view();
    let recs = target::recommendations(l, &an)
        .into_iter()
        .map(|r| {
            view! {
                <li class=r.class>
                    <p><span class="imsx-badge">{r.kind}</span> " " <strong>{r.title}</strong></p>
                    <p>{r.text}</p>
                    <p class="imsx-muted">{r.why}</p>
                </li>
            }
        })
        .collect_view();

    view! {
        {targets}
        <super::audit_days::AuditDays />
        <section id="recs" tabindex="-1" aria-labelledby="recs-title">
            <h2 id="recs-title">{tr(l, "Recommendations and caveats")}</h2>
            <ul class="imsx-recs">{recs}</ul>
        </section>
        <super::ai_act_note::AiActNote />
        <TakeAway />
    }
}

fn target_view(l: Lang, an: &Analysis, t: &TargetResult) -> impl IntoView {
    let v = target::target_view(dataset(), l, an, t);
    let gap = |g: target::GapLine| view! { <strong>{g.reference}</strong> " " {g.title} };
    let chart = |c: Option<target::Chart>| {
        c.map(|c| view! { <CoverageChart title=c.title groups=c.groups /> })
    };
    let overlap = v.overlap.map(|o| view! { <OverlapDiagram held=o.held target=o.target reusable=o.reusable partial=o.partial /> });
    let legend = v
        .legend
        .into_iter()
        .map(|(key, label)| view! { <span class=format!("imsx-key imsx-fill--{key}")></span>{label} " " })
        .collect_view();
    let top = v
        .top
        .into_iter()
        .map(|g| {
            let (status, days) = (g.status, g.days.clone());
            view! { <li>{gap(g)} " · " {status} " · " {days}</li> }
        })
        .collect_view();
    let reusable = if v.reusable.is_empty() {
        view! { <p>{tr(l, "Nothing yet: every element is built new.")}</p> }.into_any()
    } else {
        let items = v
            .reusable
            .into_iter()
            .map(|(el, rest)| view! { <li><strong>{el}</strong> " — " {rest}</li> })
            .collect_view();
        view! { <ul>{items}</ul> }.into_any()
    };
    let phases = v
        .phases
        .into_iter()
        .map(|p| {
            let items = p
                .gaps
                .into_iter()
                .map(|g| {
                    let (key, status, days) = (g.status_key, g.status, g.days.clone());
                    view! { <li><span class=format!("imsx-status imsx-status--{key}")>{status}</span> " " {gap(g)} " · " {days}</li> }
                })
                .collect_view();
            view! { <h4>{p.heading}</h4><ul class="imsx-gaps">{items}</ul> }
        })
        .collect_view();
    let rows = v
        .rows
        .into_iter()
        .map(|(label, days)| view! { <tr><th scope="row">{label}</th><td class="imsx-num">{days}</td></tr> })
        .collect_view();
    let elements = std::sync::Arc::new(an.elements.clone());
    let fw = &dataset().frameworks[t.framework];
    let details = t
        .requirements
        .iter()
        .filter(|r| fw.requirements[r.req].kind != ReqKind::Section)
        .map(|r| view! { <RequirementDetail framework=t.framework result=r.clone() elements=elements.clone() /> })
        .collect_view();
    let id = v.id;
    view! {
        <section class="imsx-target" aria-labelledby=format!("t-{id}")>
            <h2 id=format!("t-{id}")>{v.heading}</h2>
            <p>{v.counts}</p>
            <super::transition_table::TransitionTable lang=l target=t.clone() />
            <div class="imsx-charts">{chart(v.clause_chart)}{chart(v.annex_chart)}{overlap}</div>
            <p class="imsx-legend" aria-hidden="true">{legend}</p>
            <div class="imsx-onepager-only">
                <h3>{tr(l, "Largest gaps")}</h3>
                <ol>{top}</ol>
            </div>
            <div class="imsx-detail">
            <h3 id=format!("reuse-{id}") tabindex="-1">{tr(l, "What you can reuse")}</h3>
            {reusable}
            <h3 id=format!("gaps-{id}") tabindex="-1">{tr(l, "Gaps by roadmap phase")}</h3>
            {phases}
            <h3>{tr(l, "Effort")}</h3>
            <EffortChart effort=t.effort.clone() />
            <table class="imsx-table">
                <caption>{v.caption}</caption>
                <tbody>{rows}</tbody>
            </table>
            <p>{v.calendar}</p>
            </div>
            <p class="imsx-working-summary imsx-detail" data-testid="working">{v.working}</p>
            <h3 class="imsx-noprint">{tr(l, "Every requirement")}</h3>
            <div class="imsx-reqs imsx-noprint">{details}</div>
        </section>
    }
}
