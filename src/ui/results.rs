use super::coverage_chart::CoverageChart;
use super::effort_chart::EffortChart;
use super::overlap_diagram::OverlapDiagram;
use super::plan_calendar::PlanCalendar;
use super::requirement_detail::RequirementDetail;
use super::state::{AppState, Page};
use super::take_away::TakeAway;
use crate::domain::analysis::TargetResult;
use crate::domain::dataset;
use crate::domain::dataset::Workstream;
use crate::domain::i18n::{self, tr, trf, Lang};
use crate::domain::recommend::PHASES;
use crate::domain::report::{headline, programme};
use crate::domain::{Analysis, ReqKind, Status};
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
        let held_text = crate::domain::report::held_text(ds, l, &an);
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
        let date = crate::domain::report::report_date(l, &super::browser::now_iso());
        // In-page navigation: the hash is the route, so these scroll instead of linking to #id.
        let first = an
            .targets
            .first()
            .map(|t| ds.frameworks[t.framework].id.clone())
            .unwrap_or_default();
        let onpage = [
            ("headline", tr(l, "Headline")),
            ("plan", tr(l, "Plan")),
            ("reuse-{}", tr(l, "What you can reuse")),
            ("gaps-{}", tr(l, "Gaps")),
            ("audit", tr(l, "Audit days")),
            ("recs", tr(l, "Recommendations")),
            ("take-away", tr(l, "Take it away")),
        ]
        .into_iter()
        .filter(|(id, _)| *id != "audit" || an.targets.iter().any(|t| ds.frameworks[t.framework].certifiable))
        .map(|(id, label)| {
            let id = id.replace("{}", &first);
            view! { <a href="#/results" class="imsx-onpage__link" on:click=move |ev| { ev.prevent_default(); super::browser::scroll_to(&id); }>{label}</a> }
        })
        .collect_view();
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
                <p class="imsx-titlepage__kicker">{trf(l, "{0} report", &[&super::state::product_name()])}</p>
                <p class="imsx-titlepage__org">{move || shown_name.get()}</p>
                <p>{trf(l, "Target: {0}", &[&h.target])}</p>
                <p>{trf(l, "Date: {0} · Dataset edition {1} · IMS Crosswalk {2}", &[&date, crate::domain::dataset::DATASET_EDITION, crate::domain::APP_VERSION])}</p>
                <p>{tr(l, "Computed from the organisation's own answers; an estimate with its working, not an audit result.")}</p>
            </div>
            <header class="imsx-report-title">
                <h1 data-testid="results-title">{move || trf(l, "Results: {0}", &[&shown_name.get()])}</h1>
                <p class="imsx-muted">
                    {trf(l, "Target: {0} · Held: {1} · Dataset {2}", &[&h.target, &held_text, crate::domain::dataset::DATASET_EDITION])}
                    {partial.then(|| view! { " · " <span class="imsx-badge imsx-badge--partial" data-testid="partial">{tr(l, "Partial answers")}</span> })}
                </p>
            </header>
            {warnings}
            <nav class="imsx-onpage imsx-noprint" aria-label=tr(l, "On this page") data-testid="onpage">{onpage}</nav>
            {per_target}
            <section id="headline" tabindex="-1" class="imsx-headline" aria-label=tr(l, "Headline figures")>
                {(h.targets > 1).then(|| view! { <p class="imsx-headline__scope" data-testid="h-scope">{trf(l, "Programme total: all {0} targets together; work they share is counted once", &[&h.targets.to_string()])}</p> })}
                <div class="imsx-figure"><span class="imsx-figure__n" data-testid="h-reusable">{h.reusable_text(l)}</span>
                    <span>{if h.targets > 1 {
                        tr(l, "of requirements reusable (as is or extended), over all targets").to_string()
                    } else {
                        trf(l, "of requirements reusable (as is or extended); {0} % of the work on clauses 4–10 already done", &[&h.clause_done_pct.to_string()])
                    }}</span></div>
                <div class="imsx-figure"><span class="imsx-figure__n" data-testid="h-gaps">{h.gaps_text(l)}</span>
                    <span>{tr(l, "requirements are gaps (partial or new)")}</span></div>
                <div class="imsx-figure"><span class="imsx-figure__n" data-testid="h-effort">{
                    // "56–79 person-days": break before the unit, never inside it.
                    let t = h.effort_text(l);
                    let (n, unit) = t.split_once(' ').unwrap_or((t.as_str(), ""));
                    view! { {n.to_string()} " " <span class="imsx-nowrap">{unit.to_string()}</span> }
                }</span>
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
            <super::what_if::WhatIf />
            {move || later.get().then(|| view! { <PlanCalendar /> {rest(l, app)} })}
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
    let recs = an
        .recommendations
        .iter()
        .map(|r| {
            view! {
                <li class=format!("imsx-rec imsx-rec--{}", r.kind.label().to_ascii_lowercase().replace(' ', "-"))>
                    <p><span class="imsx-badge">{tr(l, r.kind.label())}</span> " " <strong>{r.title(l)}</strong></p>
                    <p>{r.text(l)}</p>
                    <p class="imsx-muted">{trf(l, "Why: {0}", &[&r.because(l)])}</p>
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
    let ds = dataset();
    let fw = &ds.frameworks[t.framework];
    let h = headline(ds, t);
    let held = an
        .held
        .iter()
        .map(|(f, _)| ds.frameworks[*f].name.clone())
        .collect::<Vec<_>>()
        .join(" + ");
    let (clauses, annex): (Vec<_>, Vec<_>) = t
        .groups
        .iter()
        .cloned()
        .partition(|g| g.group.chars().next().is_some_and(|c| c.is_ascii_digit()));
    let clause_chart = (!clauses.is_empty()).then(|| view! { <CoverageChart title=trf(l, "{0}: coverage per clause 4–10", &[&fw.full_name()]) groups=clauses /> });
    let annex_title = if fw.publisher == "NIST" {
        trf(l, "{0}: coverage per function", &[&fw.full_name()])
    } else {
        trf(l, "{0}: coverage per annex objective", &[&fw.full_name()])
    };
    let annex_chart =
        (!annex.is_empty()).then(|| view! { <CoverageChart title=annex_title groups=annex /> });
    let overlap = (!held.is_empty()).then(|| {
        let partial = t.counts.share(Status::Partial).round() as u32;
        view! { <OverlapDiagram held=held.clone() target=fw.name.clone() reusable=h.reusable_pct partial=partial /> }
    });
    let reusable = t
        .reusable
        .iter()
        .map(|r| {
            let el = &ds.elements[r.element];
            view! {
                <li><strong>{i18n::element_name(l, el).into_owned()}</strong> " — " {trf(l, if r.serves == 1 { "{0}, serves {1} requirement; {2}" } else { "{0}, serves {1} requirements; {2}" }, &[tr(l, r.level.label()), &r.serves.to_string(), &an.elements[r.element].source_text(ds, l)])}</li>
            }
        })
        .collect_view();
    let gaps = t.gaps();
    let phases = (1..=4u8)
        .map(|p| {
            let items = gaps
                .iter()
                .filter(|g| g.phase == p)
                .map(|g| {
                    let r = &fw.requirements[g.req];
                    view! {
                        <li><span class=format!("imsx-status imsx-status--{}", g.status.key())>{tr(l, g.status.label())}</span>
                            " " <strong>{r.reference.clone()}</strong> " " {r.title.clone()} " · " {trf(l, "{0} d", &[&i18n::num(l, g.effort.days, 1)])}</li>
                    }
                })
                .collect_view();
            let n = gaps.iter().filter(|g| g.phase == p).count();
            (n > 0).then(|| view! { <h4>{trf(l, "Phase {0}: {1} ({2})", &[&p.to_string(), tr(l, PHASES[p as usize - 1]), &n.to_string()])}</h4><ul class="imsx-gaps">{items}</ul> })
        })
        .collect_view();
    // The one-pager's list: the largest gaps, with their person-days.
    let top = crate::domain::report::top_gaps(t, 8)
        .into_iter()
        .map(|g| {
            let r = &fw.requirements[g.req];
            view! { <li><strong>{r.reference.clone()}</strong> " " {r.title.clone()} " · " {tr(l, g.status.label())} " · " {trf(l, "{0} d", &[&i18n::num(l, g.effort.days, 1)])}</li> }
        })
        .collect_view();
    let e = t.effort.clone();
    let applicable = t.requirements.iter().filter(|r| r.applicable);
    let size_factor = applicable
        .clone()
        .map(|r| r.effort.size)
        .next()
        .unwrap_or(1.0);
    let ai_factor = applicable.map(|r| r.effort.ai).fold(1.0, f64::max);
    let ws_rows = Workstream::ALL
        .iter()
        .map(|w| view! { <tr><th scope="row">{tr(l, w.label())}</th><td class="imsx-num">{i18n::num(l, e.workstream(*w), 1)}</td></tr> })
        .collect_view();
    let elements = std::sync::Arc::new(an.elements.clone());
    let details = t
        .requirements
        .iter()
        .filter(|r| fw.requirements[r.req].kind != ReqKind::Section)
        .map(|r| view! { <RequirementDetail framework=t.framework result=r.clone() elements=elements.clone() /> })
        .collect_view();
    view! {
        <section class="imsx-target" aria-labelledby=format!("t-{}", fw.id)>
            <h2 id=format!("t-{}", fw.id)>{fw.full_name()} " — " {i18n::framework_text(l, fw, "subject").into_owned()}</h2>
            <p>
                {trf(l, "{0} reuse as is · {1} extend · {2} partial · {3} new, of {4} applicable requirements ({5} % of the work on clauses 4–10 already done).", &[
                    &t.counts.reuse_as_is.to_string(), &t.counts.extend.to_string(), &t.counts.partial.to_string(), &t.counts.new.to_string(),
                    &t.counts.total().to_string(), &h.clause_done_pct.to_string(),
                ])}
            </p>
            <super::transition_table::TransitionTable lang=l target=t.clone() />
            <div class="imsx-charts">{clause_chart}{annex_chart}{overlap}</div>
            <p class="imsx-legend" aria-hidden="true">
                <span class="imsx-key imsx-fill--reuse_as_is"></span>{tr(l, Status::ReuseAsIs.label())} " "
                <span class="imsx-key imsx-fill--extend"></span>{tr(l, Status::Extend.label())} " "
                <span class="imsx-key imsx-fill--partial"></span>{tr(l, Status::Partial.label())} " "
                <span class="imsx-key imsx-fill--new"></span>{tr(l, Status::New.label())}
            </p>
            <div class="imsx-onepager-only">
                <h3>{tr(l, "Largest gaps")}</h3>
                <ol>{top}</ol>
            </div>
            <div class="imsx-detail">
            <h3 id=format!("reuse-{}", fw.id) tabindex="-1">{tr(l, "What you can reuse")}</h3>
            {if t.reusable.is_empty() { view! { <p>{tr(l, "Nothing yet: every element is built new.")}</p> }.into_any() } else { view! { <ul>{reusable}</ul> }.into_any() }}
            <h3 id=format!("gaps-{}", fw.id) tabindex="-1">{tr(l, "Gaps by roadmap phase")}</h3>
            {phases}
            <h3>{tr(l, "Effort")}</h3>
            <EffortChart effort=e.clone() />
            <table class="imsx-table">
                <caption>{trf(l, "Person-days by workstream (central estimate; range {0}–{1})", &[&i18n::num(l, e.low, 1), &i18n::num(l, e.high, 1)])}</caption>
                <tbody>{ws_rows}
                    <tr><th scope="row">{tr(l, "Total")}</th><td class="imsx-num">{i18n::num(l, e.days, 1)}</td></tr>
                    <tr><th scope="row">{tr(l, "From nothing, for comparison")}</th><td class="imsx-num">{i18n::num(l, e.from_scratch_days, 1)}</td></tr>
                </tbody>
            </table>
            <p>{trf(l, "Calendar: {0} at {1} FTE, including {2} person-days to prepare the certification audit (in the audit-readiness workstream) and the audit's lead time.", &[
                &crate::domain::report::months_range(l, e.months_low, e.months_high), &i18n::short(l, e.fte, 2), &i18n::num(l, e.audit_days, 1),
            ])}</p>
            </div>
            <p class="imsx-working-summary imsx-detail" data-testid="working">
                {trf(l, if ai_factor > 1.0 { "Working: each requirement's effort = base by its effort level (1: {0} … 5: {1} person-days) × size factor {2} × AI-footprint factor {3} (AI-specific elements); then reuse credits of {4} % (as is), {5} % (extend), {6} % (partial) on the work, more on documents; plus audit readiness. Every requirement's working is listed in the app and explained under “How we estimate”." } else { "Working: each requirement's effort = base by its effort level (1: {0} … 5: {1} person-days) × size factor {2}; then reuse credits of {4} % (as is), {5} % (extend), {6} % (partial) on the work, more on documents; plus audit readiness. Every requirement's working is listed in the app and explained under “How we estimate”." }, &[
                    &i18n::num(l, crate::domain::effort::LEVELS[0].days, 1),
                    &i18n::num(l, crate::domain::effort::LEVELS[4].days, 1),
                    &i18n::num(l, size_factor, 2),
                    &i18n::num(l, ai_factor, 2),
                    &i18n::num(l, crate::domain::effort::reuse_credit(Status::ReuseAsIs) * 100.0, 0),
                    &i18n::num(l, crate::domain::effort::reuse_credit(Status::Extend) * 100.0, 0),
                    &i18n::num(l, crate::domain::effort::reuse_credit(Status::Partial) * 100.0, 0),
                ])}
            </p>
            <h3 class="imsx-noprint">{tr(l, "Every requirement")}</h3>
            <div class="imsx-reqs imsx-noprint">{details}</div>
        </section>
    }
}
