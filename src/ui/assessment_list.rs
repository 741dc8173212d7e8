use super::state::{AppState, Page};
use crate::domain::i18n::tr;
use leptos::prelude::*;

/// Saved assessments: open, rename, duplicate, delete (with undo).
#[component]
pub fn AssessmentList() -> impl IntoView {
    let app = AppState::expect();
    let l = super::state::lang();
    let rows = move || {
        let (list, current) = app
            .store
            .with(|s| (s.assessments.clone(), s.current.clone()));
        list.into_iter()
            .map(|a| {
                let id = a.id.clone();
                let is_current = current.as_deref() == Some(a.id.as_str());
                let (id1, id2, id3, id4, id5) = (id.clone(), id.clone(), id.clone(), id.clone(), id.clone());
                let name = a.name.clone();
                let label = crate::domain::report::notices::name_field(l, &a.name);
                let facts = crate::domain::report::assessment_facts(crate::domain::dataset(), l, &a.answers, a.modified);
                view! {
                    <li class="imsx-assess" data-testid="assessment">
                        <input
                            type="text"
                            class="imsx-input imsx-private"
                            aria-label=label
                            prop:value=name
                            on:change=move |ev| app.rename(&id1, &event_target_value(&ev))
                        />
                        {is_current.then(|| view! { <span class="imsx-badge">{tr(l, "open")}</span> })}
                        <span class="imsx-assess__facts imsx-muted" data-testid="assessment-facts">{facts}</span>
                        <button type="button" class="imsx-btn imsx-btn--ghost" on:click=move |_| {
                            app.switch(&id2);
                            app.go(Page::Results);
                        }>{tr(l, "Open")}</button>
                        <button type="button" class="imsx-btn imsx-btn--ghost" data-testid="compare-from-list" on:click=move |_| app.compare_with(&id5)>
                            {tr(l, "Compare")}
                        </button>
                        <button type="button" class="imsx-btn imsx-btn--ghost" on:click=move |_| app.duplicate(&id3)>
                            {tr(l, "Duplicate")}
                        </button>
                        <button type="button" class="imsx-btn imsx-btn--ghost" on:click=move |_| app.delete(&id4)>
                            {tr(l, "Delete")}
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <section aria-labelledby="assess-title">
            <h2 id="assess-title">{tr(l, "Your assessments")}</h2>
            <Show
                when=move || app.store.with(|s| !s.assessments.is_empty())
                fallback=move || view! { <p>{tr(l, "None yet. Start one or load an example.")}</p> }
            >
                <ul class="imsx-assess-list">{rows}</ul>
            </Show>
        </section>
    }
}
