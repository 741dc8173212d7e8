use super::coverage_chart::CoverageChart;
use super::state::AppState;
use crate::domain::examples::EXAMPLES;
use crate::domain::i18n::tr;
use crate::domain::report::compare::{compare_view, Cell};
use crate::domain::{analyse, dataset, Answers};
use leptos::prelude::*;

/// Two assessments (or an assessment and an example) side by side: headline figures, effort by
/// workstream and months, each side's coverage of clauses 4–10, and the requirements whose
/// status differs (or all of them). Printable.
#[component]
pub fn Compare() -> impl IntoView {
    let app = AppState::expect();
    let l = super::state::lang();
    let ds = dataset();
    // The choices: saved assessments, then the examples.
    let choices = move || {
        let mut v: Vec<(String, String)> = app.store.with(|s| {
            s.assessments
                .iter()
                .map(|a| (a.id.clone(), super::state::display_name(l, &a.name)))
                .collect()
        });
        v.extend(
            EXAMPLES
                .iter()
                .map(|e| (format!("example:{}", e.id), tr(l, e.name).to_string())),
        );
        v
    };
    // Fill an empty side on first visit: the open assessment, then an example.
    if app
        .compare
        .with_untracked(|c| c.0.is_empty() || c.1.is_empty())
    {
        let first = app
            .store
            .with_untracked(|s| s.current.clone())
            .unwrap_or_else(|| "example:saas".to_string());
        app.compare_with(&first);
    }
    let answers_of = move |key: &str| -> Option<(String, Answers)> {
        let name = choices().into_iter().find(|(k, _)| k == key)?.1;
        let a = match key.strip_prefix("example:") {
            Some(id) => EXAMPLES.iter().find(|e| e.id == id)?.complete_answers(ds),
            None => app.store.with(|s| {
                s.assessments
                    .iter()
                    .find(|a| a.id == key)
                    .map(|a| a.answers.clone())
            })?,
        };
        Some((name, a))
    };
    let picker = move |side: usize| {
        // Saved assessments and the built-in examples in two groups, so a saved copy of an
        // example and the example itself can be told apart.
        let options = move || {
            let (examples, saved): (Vec<_>, Vec<_>) = choices()
                .into_iter()
                .partition(|(k, _)| k.starts_with("example:"));
            let group = move |label: &'static str, items: Vec<(String, String)>| {
                (!items.is_empty()).then(|| {
                    let items = items
                        .into_iter()
                        .map(|(k, n)| {
                            let k2 = k.clone();
                            view! { <option value=k selected=move || app.compare.with(|c| if side == 0 { c.0 == k2 } else { c.1 == k2 })>{n}</option> }
                        })
                        .collect_view();
                    view! { <optgroup label=label>{items}</optgroup> }
                })
            };
            view! { {group(tr(l, "Your assessments"), saved)} {group(tr(l, "Built-in examples"), examples)} }
        };
        view! {
            <label class="imsx-whatif__lever">{if side == 0 { tr(l, "Left") } else { tr(l, "Right") }}
                <select class="imsx-input imsx-private" data-testid=format!("compare-{side}") on:change=move |ev| {
                    let v = event_target_value(&ev);
                    app.compare.update(|c| if side == 0 { c.0 = v } else { c.1 = v });
                }>{options}</select>
            </label>
        }
    };
    let (only_changes, set_only_changes) = signal(true);
    // Both sides analysed once per choice (not again when "Only what differs" is toggled).
    let sides = Memo::new(move |_| {
        let (ka, kb) = app.compare.get();
        let ((na, aa), (nb, ab)) = (answers_of(&ka)?, answers_of(&kb)?);
        Some((na, analyse(ds, &aa), nb, analyse(ds, &ab)))
    });
    let body = move || {
        let Some((na, a, nb, b)) = sides.get() else {
            return view! { <p>{tr(l, "Choose two assessments to compare.")}</p> }.into_any();
        };
        let Some(v) = compare_view(ds, l, (&na, &a), (&nb, &b), only_changes.get()) else {
            return ().into_any();
        };
        let figures = v
            .figures
            .into_iter()
            .map(|(k, x, y)| view! { <tr><th scope="row">{k}</th><td>{x}</td><td>{y}</td></tr> })
            .collect_view();
        let ws = v
            .workstreams
            .into_iter()
            .map(|(w, x, y, d)| view! { <tr><th scope="row">{w}</th><td class="imsx-num">{x}</td><td class="imsx-num">{y}</td><td class="imsx-num">{d}</td></tr> })
            .collect_view();
        let status = |c: Cell| match c.key {
            Some(key) => {
                view! { <span class=format!("imsx-status imsx-status--{key}")>{c.text}</span> }
                    .into_any()
            }
            None => view! { <span class="imsx-muted">{c.text}</span> }.into_any(),
        };
        let rows = v.rows;
        // The table of every requirement is the long part: built just after the figures have
        // painted, so picking a side or toggling the filter is answered at once.
        let later = RwSignal::new(false);
        super::browser::after_paint(move || later.set(true));
        let req_rows = move || {
            later.get().then(|| {
                rows.clone()
                    .into_iter()
                    .map(|r| view! { <tr><th scope="row">{r.heading} " " <span class="imsx-muted">{r.title}</span></th><td>{status(r.a)}</td><td>{status(r.b)}</td></tr> })
                    .collect_view()
            })
        };
        let charts = v
            .charts
            .into_iter()
            .map(|c| view! { <CoverageChart title=c.title groups=c.groups /> })
            .collect_view();
        view! {
            <div class="imsx-scroll" tabindex="0" role="region" aria-label=tr(l, "Headline figures")>
            <table class="imsx-table imsx-compare__table" data-testid="compare-figures">
                <thead><tr><th scope="col">{tr(l, "Assessment")}</th><th scope="col" class="imsx-private">{na.clone()}</th><th scope="col" class="imsx-private">{nb.clone()}</th></tr></thead>
                <tbody>{figures}</tbody>
            </table>
            </div>
            <p data-testid="compare-summary"><strong>{v.summary}</strong></p>
            <div class="imsx-charts">{charts}</div>
            <h2>{tr(l, "Effort by workstream")}</h2>
            <div class="imsx-scroll" tabindex="0" role="region" aria-label=tr(l, "Effort by workstream")>
            <table class="imsx-table" data-testid="compare-effort">
                <thead><tr><th scope="col">{tr(l, "Person-days")}</th><th scope="col" class="imsx-private">{na.clone()}</th><th scope="col" class="imsx-private">{nb.clone()}</th><th scope="col">{tr(l, "Difference")}</th></tr></thead>
                <tbody>{ws}</tbody>
            </table>
            </div>
            <h2>{tr(l, "Requirement by requirement")}</h2>
            <label class="imsx-choice imsx-noprint"><input type="checkbox" data-testid="compare-only-changes" prop:checked=only_changes on:change=move |ev| set_only_changes.set(event_target_checked(&ev)) />
                {tr(l, "Only what differs")}</label>
            <div class="imsx-scroll" tabindex="0" role="region" aria-label=tr(l, "Requirement by requirement")>
            <table class="imsx-table" data-testid="compare-requirements">
                <caption>{v.caption}</caption>
                <thead><tr><th scope="col">{tr(l, "Requirement")}</th><th scope="col" class="imsx-private">{na}</th><th scope="col" class="imsx-private">{nb}</th></tr></thead>
                <tbody>{req_rows}</tbody>
            </table>
            </div>
        }
        .into_any()
    };
    view! {
        <section class="imsx-compare" aria-labelledby="compare-title" data-testid="compare">
            <h1 id="compare-title">{tr(l, "Compare side by side")}</h1>
            <p class="imsx-muted">{tr(l, "Two of your assessments, or one and an example organisation: the figures, the effort and every requirement whose status differs.")}</p>
            <div class="imsx-whatif__levers imsx-noprint">{picker(0)}{picker(1)}
                <div class="imsx-row"><button type="button" class="imsx-btn imsx-btn--ghost" data-testid="compare-print" on:click=move |_| super::browser::print()>{tr(l, "Print / save as PDF")}</button></div>
            </div>
            {body}
        </section>
    }
}
