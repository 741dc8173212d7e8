use super::state::{now, AppState};
use crate::domain::i18n::{self, tr};
use crate::domain::report::what_if_delta;
use crate::domain::{analyse, dataset, Answers, Level};
use leptos::prelude::*;

/// What if…: change a held framework or one element's state and see, against the saved
/// answers, how many requirements change status and what happens to person-days and months,
/// before choosing to keep it (with undo). Nothing is saved until "Keep this change".
#[component]
pub fn WhatIf() -> impl IntoView {
    let app = AppState::expect();
    let l = super::state::lang();
    let ds = dataset();
    // The answers being tried; None: nothing changed yet.
    let trial = RwSignal::new(None::<Answers>);
    let undo = app.kept;
    let base = move || trial.get().unwrap_or_else(|| app.answers.get());
    let change = move |q: String, v: String| {
        let mut a = base();
        if v.is_empty() {
            // "As answered": back to the saved answer for this question.
            match app.answers.with_untracked(|s| s.get(&q).cloned()) {
                Some(saved) => a.set(q, saved),
                None => a.clear(&q),
            }
        } else {
            a.set_one(q, v);
        }
        trial.set((a != app.answers.get_untracked()).then_some(a));
    };
    let (element, set_element) = signal(String::new());
    // The levers are built when the panel is first opened (most readers never open it).
    let opened = app.whatif_open;
    let levers = move || {
        if !opened.get() {
            return None;
        }
        let held_rows = ds
            .questionnaire
            .steps
            .iter()
            .flat_map(|s| &s.questions)
            // What you hold, for every standard that is not a target (holding the target itself
            // is not a what-if of this assessment).
            .filter(|q| {
                q.id.strip_prefix("held.").is_some_and(|fw| {
                    !app.answers.with_untracked(|a| a.targets().iter().any(|t| t == fw))
                })
            })
            .map(|q| {
                let qid = q.id.clone();
                let qid2 = q.id.clone();
                let options = q
                    .options
                    .iter()
                    .map(|c| {
                        let v = c.value.clone();
                        let qid = qid.clone();
                        view! { <option value=c.value.clone() selected=move || base().one(&qid).unwrap_or("none") == v>{i18n::option_label(l, &q.id, c).into_owned()}</option> }
                    })
                    .collect_view();
                view! {
                    <label class="imsx-whatif__lever">{i18n::question_text(l, &q.id, "prompt", &q.prompt).into_owned()}
                        <select class="imsx-input" data-testid=format!("whatif-{}", q.id) on:change=move |ev| change(qid2.clone(), event_target_value(&ev))>{options}</select>
                    </label>
                }
            })
            .collect_view();
        let el_options = super::explorer::element_options(l);
        let level_options = Level::ALL
            .iter()
            .map(|v| view! { <option value=v.key()>{tr(l, v.label())}</option> })
            .collect_view();
        Some(view! {
                    <div class="imsx-whatif__levers">
                        {held_rows}
                        <label class="imsx-whatif__lever">{tr(l, "Element")}
                            <select class="imsx-input" data-testid="whatif-element" on:change=move |ev| set_element.set(event_target_value(&ev))>
                                <option value="">{tr(l, "Choose an element")}</option>{el_options}
                            </select>
                        </label>
                        <label class="imsx-whatif__lever">{tr(l, "Its state")}
                            <select class="imsx-input" data-testid="whatif-level" disabled=move || element.get().is_empty()
                        prop:value=move || {
                            // The state tried for the chosen element, or "as answered".
                            let k = Answers::element_key(&element.get());
                            trial.with(|t| t.as_ref().and_then(|t| t.one(&k).map(String::from)))
                                .filter(|v| app.answers.with(|a| a.one(&k) != Some(v.as_str())))
                                .unwrap_or_default()
                        }
                                on:change=move |ev| change(Answers::element_key(&element.get_untracked()), event_target_value(&ev))>
                                <option value="">{move || app.analysis.with(|an| crate::domain::report::as_answered(ds, l, an, &element.get()))}</option>{level_options}
                            </select>
                        </label>
                    </div>
        })
    };
    let result = move || {
        let t = trial.get()?;
        let saved = app.analysis.get();
        let d = what_if_delta(ds, l, &app.answers.get(), &t, &saved, &analyse(ds, &t))?;
        let list = d
            .lines
            .into_iter()
            .map(|(what, change)| view! { <li><strong>{what}</strong> " " {change}</li> })
            .collect_view();
        let more = d.more.map(|m| view! { <p>{m}</p> });
        Some(view! {
            <div class="imsx-whatif__delta" role="status" data-testid="whatif-delta">
                <p data-testid="whatif-tried">{d.tried}</p>
                <p><strong>{d.changes}</strong></p>
                <p data-testid="whatif-days">{d.effort}</p>
                <p data-testid="whatif-months">{d.months}</p>
                <ul>{list}</ul>
                {more}
                <div class="imsx-row">
                    <button type="button" class="imsx-btn" data-testid="whatif-keep" on:click=move |_| {
                        let Some(t) = trial.get_untracked() else { return };
                        undo.set(Some(app.answers.get_untracked()));
                        app.store.update(|s| { s.replace_answers(t, now()); });
                        trial.set(None);
                    }>{tr(l, "Keep this change")}</button>
                    <button type="button" class="imsx-btn imsx-btn--ghost" data-testid="whatif-reset" on:click=move |_| trial.set(None)>{tr(l, "Back to the saved answers")}</button>
                </div>
            </div>
        })
    };
    view! {
            <Show when=move || undo.with(Option::is_some) && trial.with(Option::is_none)>
                <p class="imsx-row imsx-noprint" role="status">{tr(l, "Change kept and saved.")} " "
                    <button type="button" class="imsx-btn imsx-btn--ghost" data-testid="whatif-undo" on:click=move |_| {
                        if let Some(a) = undo.get_untracked() {
                            app.store.update(|s| { s.replace_answers(a, now()); });
                        }
                        undo.set(None);
                    }>{tr(l, "Undo")}</button>
                </p>
            </Show>
        <details class="imsx-whatif imsx-noprint" data-testid="whatif" prop:open=move || opened.get()>
            <summary on:click=move |ev| { ev.prevent_default(); opened.update(|o| *o = !*o); }>{tr(l, "What if…? Try a change before you make it")}</summary>
            <p class="imsx-muted">{tr(l, "Change what you hold or how far one element is, and see the difference against your saved answers. Nothing is saved until you keep it. An element you answered yourself keeps your answer when you change what you hold.")}</p>
            {levers}
            {result}
        </details>
    }
}
