use super::coverage_chart::CoverageChart;
use super::effort_chart::EffortChart;
use super::overlap_diagram::OverlapDiagram;
use super::requirement_detail::RequirementDetail;
use super::state::{AppState, Page};
use super::take_away::TakeAway;
use crate::domain::analysis::TargetResult;
use crate::domain::dataset::{dataset, Workstream};
use crate::domain::num::{fixed, short};
use crate::domain::recommend::PHASES;
use crate::domain::report::{days, headline, programme};
use crate::domain::{Analysis, ReqKind, Status};
use leptos::prelude::*;

/// The results dashboard: headline figures, charts, reusable elements, gaps by phase,
/// recommendations and caveats, and every requirement's detail. Renders the analysis memo.
#[component]
pub fn Results() -> impl IntoView {
    let app = AppState::expect();
    let ds = dataset();
    let body = move || {
        let an = app.analysis.get();
        let name = app.store.with(|s| {
            s.current()
                .map(|a| a.name.clone())
                .unwrap_or_else(|| "Assessment".into())
        });
        let Some(h) = programme(ds, &an) else {
            return view! { <p>"Choose a target framework in the questionnaire."</p> }.into_any();
        };
        let partial = an.partial;
        let held: Vec<String> = an
            .held
            .iter()
            .map(|(f, hs)| format!("{} ({})", ds.frameworks[*f].full_name(), hs.label()))
            .collect();
        let held_text = if held.is_empty() {
            "nothing yet".to_string()
        } else {
            held.join(", ")
        };
        let fte_note = format!(
            "at {} FTE{}",
            short(an.effort.fte, 2),
            if app
                .answers
                .with(|a| a.one("fte").is_none_or(|f| f == "auto"))
            {
                ", suggested for your size"
            } else {
                ""
            }
        );
        let targets = an
            .targets
            .iter()
            .map(|t| target_view(&an, t))
            .collect_view();
        let recs = an
            .recommendations
            .iter()
            .map(|r| {
                view! {
                    <li class=format!("imsx-rec imsx-rec--{}", r.kind.label().to_ascii_lowercase().replace(' ', "-"))>
                        <p><span class="imsx-badge">{r.kind.label()}</span> " " <strong>{r.title.clone()}</strong></p>
                        <p>{r.text.clone()}</p>
                        <p class="imsx-muted">"Why: " {r.because.clone()}</p>
                    </li>
                }
            })
            .collect_view();
        let warnings = (!an.warnings.is_empty()).then(|| {
            let w = an.warnings.iter().map(|w| view! { <li>{w.clone()}</li> }).collect_view();
            view! { <div class="imsx-notice" role="note"><p>"Some answers were ignored:"</p><ul>{w}</ul></div> }
        });
        let date = super::browser::now_iso()
            .chars()
            .take(10)
            .collect::<String>();
        view! {
            <div class="imsx-print-only imsx-titlepage">
                <p class="imsx-titlepage__kicker">"IMS Crosswalk report"</p>
                <p class="imsx-titlepage__org">{name.clone()}</p>
                <p>"Target: " {h.target.clone()}</p>
                <p>"Date: " {date} " · Dataset edition " {crate::domain::dataset::DATASET_EDITION} " · IMS Crosswalk " {crate::APP_VERSION}</p>
                <p>"Computed from the organisation's own answers; an estimate with its working, not an audit result."</p>
            </div>
            <header class="imsx-report-title">
                <h1 data-testid="results-title">"Results: " {name}</h1>
                <p class="imsx-muted">
                    "Target: " {h.target.clone()} " · Held: " {held_text} " · Dataset " {crate::domain::dataset::DATASET_EDITION}
                    {partial.then(|| view! { " · " <span class="imsx-badge imsx-badge--partial" data-testid="partial">"Partial answers"</span> })}
                </p>
            </header>
            {warnings}
            <section class="imsx-headline" aria-label="Headline figures">
                <div class="imsx-figure"><span class="imsx-figure__n" data-testid="h-reusable">{h.reusable_text()}</span>
                    <span>"of requirements reusable (as is or extended); " {h.clause_reusable_pct} " % of clauses 4–10"</span></div>
                <div class="imsx-figure"><span class="imsx-figure__n" data-testid="h-gaps">{h.gaps_text()}</span>
                    <span>"requirements are gaps (partial or new)"</span></div>
                <div class="imsx-figure"><span class="imsx-figure__n" data-testid="h-effort">{
                    // "56–79 person-days": break before the unit, never inside it.
                    let t = h.effort_text();
                    let (n, unit) = t.split_once(' ').unwrap_or((t.as_str(), ""));
                    view! { {n.to_string()} " " <span class="imsx-nowrap">{unit.to_string()}</span> }
                }</span>
                    <span>"estimated effort (range)"</span></div>
                <div class="imsx-figure"><span class="imsx-figure__n" data-testid="h-months">{h.months_text()}</span>
                    <span>"to certification readiness " {fte_note}</span></div>
            </section>
            <div class="imsx-row imsx-noprint">
                <button type="button" class="imsx-btn imsx-btn--ghost" on:click=move |_| app.go(Page::Questionnaire)>"Edit answers"</button>
                <a class="imsx-btn imsx-btn--ghost" href="#/how-we-estimate">"How we estimate"</a>
            </div>
            <TakeAway />
            {targets}
            <section aria-labelledby="recs-title">
                <h2 id="recs-title">"Recommendations and caveats"</h2>
                <ul class="imsx-recs">{recs}</ul>
            </section>
        }
        .into_any()
    };
    view! { <div class="imsx-results" data-testid="results">{body}</div> }
}

fn target_view(an: &Analysis, t: &TargetResult) -> impl IntoView {
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
    let clause_chart = (!clauses.is_empty()).then(|| view! { <CoverageChart title=format!("{}: coverage per clause 4–10", fw.full_name()) groups=clauses /> });
    let annex_title = if fw.publisher == "NIST" {
        "coverage per function"
    } else {
        "coverage per annex objective"
    };
    let annex_chart = (!annex.is_empty()).then(|| view! { <CoverageChart title=format!("{}: {annex_title}", fw.full_name()) groups=annex /> });
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
                <li><strong>{el.name.clone()}</strong> " — " {r.level.label()} ", serves " {r.serves} " requirement(s); " {an.elements[r.element].source_text(ds)}</li>
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
                        <li><span class=format!("imsx-status imsx-status--{}", g.status.key())>{g.status.label()}</span>
                            " " <strong>{r.reference.clone()}</strong> " " {r.title.clone()} " · " {days(g.effort.days)} " d"</li>
                    }
                })
                .collect_view();
            let n = gaps.iter().filter(|g| g.phase == p).count();
            (n > 0).then(|| view! { <h4>{format!("Phase {p}: {} ({n})", PHASES[p as usize - 1])}</h4><ul class="imsx-gaps">{items}</ul> })
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
        .map(|w| view! { <tr><th scope="row">{w.label()}</th><td>{days(e.workstream(*w))}</td></tr> })
        .collect_view();
    let details = t
        .requirements
        .iter()
        .filter(|r| fw.requirements[r.req].kind != ReqKind::Section)
        .map(|r| view! { <RequirementDetail framework=t.framework result=r.clone() elements=an.elements.clone() /> })
        .collect_view();
    view! {
        <section class="imsx-target" aria-labelledby=format!("t-{}", fw.id)>
            <h2 id=format!("t-{}", fw.id)>{fw.full_name()} " — " {fw.subject.clone()}</h2>
            <p>
                {t.counts.reuse_as_is} " reuse as is · " {t.counts.extend} " extend · " {t.counts.partial} " partial · " {t.counts.new} " new, of "
                {t.counts.total()} " applicable requirements (" {h.clause_reusable_pct} " % of clauses 4–10 reusable)."
            </p>
            <div class="imsx-charts imsx-detail">{clause_chart}{annex_chart}{overlap}</div>
            <p class="imsx-legend imsx-detail" aria-hidden="true">
                <span class="imsx-key imsx-fill--reuse_as_is"></span>"Reuse as is "
                <span class="imsx-key imsx-fill--extend"></span>"Extend "
                <span class="imsx-key imsx-fill--partial"></span>"Partial "
                <span class="imsx-key imsx-fill--new"></span>"New"
            </p>
            <div class="imsx-detail">
            <h3>"What you can reuse"</h3>
            {if t.reusable.is_empty() { view! { <p>"Nothing yet: every element is built new."</p> }.into_any() } else { view! { <ul>{reusable}</ul> }.into_any() }}
            <h3>"Gaps by roadmap phase"</h3>
            {phases}
            <h3>"Effort"</h3>
            <EffortChart effort=e.clone() />
            <table class="imsx-table">
                <caption>"Person-days by workstream (central estimate; range " {days(e.low)} "–" {days(e.high)} ")"</caption>
                <tbody>{ws_rows}
                    <tr><th scope="row">"Total"</th><td>{days(e.days)}</td></tr>
                    <tr><th scope="row">"From nothing, for comparison"</th><td>{days(e.from_scratch_days)}</td></tr>
                </tbody>
            </table>
            <p>"Calendar: " {format!("{}–{}", fixed(e.months_low, 1), fixed(e.months_high, 1))} " months at " {short(e.fte, 2)} " FTE, including audit readiness (" {days(e.audit_days)} " person-days) and the certification audit's lead time."</p>
            </div>
            <p class="imsx-working-summary" data-testid="working">
                "Working: each requirement's effort = base by its effort level (1: " {days(crate::domain::effort::LEVELS[0].days)}
                " … 5: " {days(crate::domain::effort::LEVELS[4].days)} " person-days) × size factor "
                {fixed(size_factor, 2)} " × AI-footprint factor " {fixed(ai_factor, 2)}
                " (AI-specific elements); then reuse credits of "
                {fixed(crate::domain::effort::reuse_credit(Status::ReuseAsIs) * 100.0, 0)} " % (as is), "
                {fixed(crate::domain::effort::reuse_credit(Status::Extend) * 100.0, 0)} " % (extend), "
                {fixed(crate::domain::effort::reuse_credit(Status::Partial) * 100.0, 0)} " % (partial) on the work, more on documents; plus audit readiness. "
                "Every requirement's working is listed in the app and explained under “How we estimate”."
            </p>
            <h3 class="imsx-noprint">"Every requirement"</h3>
            <div class="imsx-reqs imsx-noprint">{details}</div>
        </section>
    }
}
