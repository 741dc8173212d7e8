use crate::domain::dataset;
use crate::domain::i18n::{tr, Lang};
use crate::domain::report::{transition_view, TransitionLine};
use crate::domain::results::TargetResult;
use leptos::prelude::*;

/// A holder of the previous edition moving to this one (issue 15, point 3): counts and
/// person-days by kind of change, then requirement by requirement what is changed or new, what
/// carries over renumbered, and what the old edition had that is gone. Absent otherwise.
#[component]
pub fn TransitionTable(lang: Lang, target: TargetResult) -> impl IntoView {
    let l = lang;
    let Some(v) = transition_view(dataset(), l, &target) else {
        return ().into_any();
    };
    let (h_ref, h_title, h_was, h_kind, h_status, h_days) = (
        tr(l, "Reference"),
        tr(l, "Title"),
        tr(l, "Was"),
        tr(l, "Kind of change"),
        tr(l, "Status"),
        tr(l, "Person-days"),
    );
    let rows = |lines: &[TransitionLine]| {
        lines
            .iter()
            .map(|x| {
                view! {
                    <tr data-kind=x.kind.key()>
                        <th scope="row">{x.reference.clone()}</th>
                        <td data-label=h_title>{x.title.clone()}
                            {x.what.clone().map(|w| view! { <br/><span class="imsx-muted">{w}</span> })}</td>
                        <td data-label=h_was>{if x.was.is_empty() { "—".to_string() } else { x.was.clone() }}</td>
                        <td data-label=h_kind><span class=format!("imsx-change imsx-change--{}", x.kind.key())>{tr(l, x.kind.label())}</span></td>
                        <td data-label=h_status>{if x.applicable {
                            view! { <span class=format!("imsx-status imsx-status--{}", x.status.key())>{tr(l, x.status.label())}</span> }.into_any()
                        } else {
                            tr(l, "n/a").into_any()
                        }}</td>
                        <td class="imsx-num" data-label=h_days>{x.days.clone()}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    let head = move || {
        view! {
            <thead><tr>
                <th scope="col">{h_ref}</th>
                <th scope="col">{h_title}</th>
                <th scope="col">{h_was}</th>
                <th scope="col">{h_kind}</th>
                <th scope="col">{h_status}</th>
                <th scope="col">{h_days}</th>
            </tr></thead>
        }
    };
    let changed = rows(&v.changed);
    let carried = rows(&v.carried);
    let removed = v
        .removed
        .iter()
        .map(|(r, why)| view! { <li><strong>{r.clone()}</strong> " — " {why.clone()}</li> })
        .collect_view();
    let sources = v
        .sources
        .iter()
        .map(|s| view! { <li>{s.clone()}</li> })
        .collect_view();
    let (changed_label, carried_label, removed_label) =
        (v.changed_label, v.carried_label, v.removed_label);
    view! {
        <section class="imsx-transition" data-testid="transition" aria-labelledby="transition-title">
            <h3 id="transition-title">{v.title.clone()}</h3>
            <p data-testid="transition-summary">{v.summary.clone()}</p>
            {v.shared.iter().map(|(refs, what)| view! { <p data-testid="transition-shared"><strong>{refs.clone()}</strong> " — " {what.clone()}</p> }).collect_view()}
            <p class="imsx-muted">{tr(l, "Status and effort come from your answers, as everywhere in the results: a requirement carried over from the edition you hold is usually already met.")}" "
                {tr(l, "A changed clause counts at most as extend: its process exists, what changed must be added. A renumbered control keeps its status; its new number goes into the statement of applicability (clause 6.1.3).")}</p>
            <p class="imsx-muted">{tr(l, "A certification body usually assesses the transition at a surveillance or recertification audit, within the transition period the accreditation bodies set; ask yours which audit and how much time it plans.")}</p>
            <div class="imsx-scroll" tabindex="0" role="region" aria-label=changed_label.clone()>
                <table class="imsx-table imsx-table--transition" data-testid="transition-changed">
                    <caption>{changed_label.clone()}</caption>
                    {head()}
                    <tbody>{changed}</tbody>
                </table>
            </div>
            <details class="imsx-noprint-closed">
                <summary>{carried_label.clone()}</summary>
                <div class="imsx-scroll" tabindex="0" role="region" aria-label=carried_label.clone()>
                    <table class="imsx-table imsx-table--transition" data-testid="transition-carried">
                        {head()}
                        <tbody>{carried}</tbody>
                    </table>
                </div>
            </details>
            <details>
                <summary>{removed_label}</summary>
                <ul>{removed}</ul>
            </details>
            <p class="imsx-muted imsx-detail">{tr(l, "Where the correspondence comes from:")}</p>
            <ul class="imsx-muted imsx-detail">{sources}</ul>
        </section>
    }
    .into_any()
}
