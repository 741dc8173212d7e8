use super::coverage_chart::CoverageChart;
use super::state::AppState;
use crate::domain::dataset::Workstream;
use crate::domain::examples::EXAMPLES;
use crate::domain::i18n::{self, tr, trf};
use crate::domain::report::{diff, programme, side_by_side, signed};
use crate::domain::{analyse, dataset, Answers, Status};
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
        let (Some(ha), Some(hb)) = (programme(ds, &a), programme(ds, &b)) else {
            return ().into_any();
        };
        let figures = [
            (tr(l, "Target"), ha.target.clone(), hb.target.clone()),
            (tr(l, "Reusable"), ha.reusable_text(l), hb.reusable_text(l)),
            (tr(l, "Gaps"), ha.gaps_text(l), hb.gaps_text(l)),
            (tr(l, "Effort"), ha.effort_text(l), hb.effort_text(l)),
            (tr(l, "Calendar"), ha.months_text(l), hb.months_text(l)),
        ]
        .into_iter()
        .map(|(k, x, y)| view! { <tr><th scope="row">{k}</th><td>{x}</td><td>{y}</td></tr> })
        .collect_view();
        let ws = Workstream::ALL
            .iter()
            .map(|w| {
                let (x, y) = (a.effort.workstream(*w), b.effort.workstream(*w));
                view! { <tr><th scope="row">{tr(l, w.label())}</th><td class="imsx-num">{i18n::num(l, x, 1)}</td><td class="imsx-num">{i18n::num(l, y, 1)}</td><td class="imsx-num">{signed(l, y - x)}</td></tr> }
            })
            .collect_view();
        let d = diff(ds, &a, &b);
        // Which side targets which framework, for what an absent status means there.
        let (ta, tb): (Vec<usize>, Vec<usize>) = (
            a.targets.iter().map(|t| t.framework).collect(),
            b.targets.iter().map(|t| t.framework).collect(),
        );
        let status = move |s: Option<Status>, fi: usize, side: usize| {
            let targets = if side == 0 { &ta } else { &tb };
            let absent = crate::domain::report::absent_status(l, targets.contains(&fi));
            s.map_or_else(
                || view! { <span class="imsx-muted">{absent}</span> }.into_any(),
                |s| view! { <span class=format!("imsx-status imsx-status--{}", s.key())>{tr(l, s.label())}</span> }.into_any(),
            )
        };
        let rows = if only_changes.get() {
            d.changes.clone()
        } else {
            side_by_side(ds, &a, &b)
        };
        let n_rows = rows.len();
        // The table of every requirement is the long part: built just after the figures have
        // painted, so picking a side or toggling the filter is answered at once.
        let later = RwSignal::new(false);
        super::browser::after_paint(move || later.set(true));
        let req_rows = move || {
            later.get().then(|| {
                rows.clone()
                    .into_iter()
                    .map(|c| {
                        let (x, y) = (c.a, c.b);
                        let f = &ds.frameworks[c.framework];
                        let r = &f.requirements[c.req];
                        view! { <tr><th scope="row">{f.name.clone()} " " {r.reference.clone()} " " <span class="imsx-muted">{r.title.clone()}</span></th><td>{status(x, c.framework, 0)}</td><td>{status(y, c.framework, 1)}</td></tr> }
                    })
                    .collect_view()
            })
        };
        let charts = [(&a, na.clone()), (&b, nb.clone())]
            .into_iter()
            .filter_map(|(an, name)| {
                let t = an.targets.first()?;
                let clauses: Vec<_> = t
                    .groups
                    .iter()
                    .filter(|g| g.group.chars().next().is_some_and(|c| c.is_ascii_digit()))
                    .cloned()
                    .collect();
                Some(view! { <CoverageChart title=trf(l, "{0}: coverage per clause 4–10", &[&name]) groups=clauses /> })
            })
            .collect_view();
        view! {
            <div class="imsx-scroll" tabindex="0" role="region" aria-label=tr(l, "Headline figures")>
            <table class="imsx-table imsx-compare__table" data-testid="compare-figures">
                <thead><tr><th scope="col">{tr(l, "Assessment")}</th><th scope="col" class="imsx-private">{na.clone()}</th><th scope="col" class="imsx-private">{nb.clone()}</th></tr></thead>
                <tbody>{figures}</tbody>
            </table>
            </div>
            <p data-testid="compare-summary"><strong>{trf(l, "{0} requirements differ in status, {1} are the same. On the right: {2} with more reuse, {3} with less.", &[
                &d.changes.len().to_string(), &d.same.to_string(), &d.better().to_string(), &d.worse().to_string(),
            ])}</strong></p>
            <div class="imsx-charts">{charts}</div>
            <h2>{tr(l, "Effort by workstream")}</h2>
            <div class="imsx-scroll" tabindex="0" role="region" aria-label=tr(l, "Effort by workstream")>
            <table class="imsx-table" data-testid="compare-effort">
                <thead><tr><th scope="col">{tr(l, "Person-days")}</th><th scope="col" class="imsx-private">{na.clone()}</th><th scope="col" class="imsx-private">{nb.clone()}</th><th scope="col">{tr(l, "Difference")}</th></tr></thead>
                <tbody>{ws}
                    <tr><th scope="row">{tr(l, "Total")}</th><td class="imsx-num">{i18n::num(l, a.effort.days, 1)}</td><td class="imsx-num">{i18n::num(l, b.effort.days, 1)}</td><td class="imsx-num">{signed(l, b.effort.days - a.effort.days)}</td></tr>
                </tbody>
            </table>
            </div>
            <h2>{tr(l, "Requirement by requirement")}</h2>
            <label class="imsx-choice imsx-noprint"><input type="checkbox" data-testid="compare-only-changes" prop:checked=only_changes on:change=move |ev| set_only_changes.set(event_target_checked(&ev)) />
                {tr(l, "Only what differs")}</label>
            <div class="imsx-scroll" tabindex="0" role="region" aria-label=tr(l, "Requirement by requirement")>
            <table class="imsx-table" data-testid="compare-requirements">
                <caption>{trf(l, "{0} requirements", &[&n_rows.to_string()])}</caption>
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
