use super::browser::download;
use super::state::{AppState, Notice};
use crate::domain::i18n::tr;
use leptos::prelude::*;

/// Messages about storage and undoable actions, announced to screen readers.
#[component]
pub fn NoticeBar() -> impl IntoView {
    let app = AppState::expect();
    let l = super::state::lang();
    let dismiss = move |i: usize| {
        app.notices.update(|v| {
            if i < v.len() {
                v.remove(i);
            }
        })
    };
    view! {
        <div class="imsx-notices" role="status" aria-live="polite" data-testid="notices">
            {move || {
                app.notices
                    .get()
                    .into_iter()
                    .enumerate()
                    .map(|(i, n)| {
                        let action = match n.clone() {
                            Notice::Info(_) => None,
                            Notice::Backup { file, raw, .. } => Some(view! {
                                <button type="button" class="imsx-btn" data-testid="download-backup"
                                    on:click=move |_| download(&file, "application/json", &raw)>
                                    {tr(l, "Download backup")}
                                </button>
                            }.into_any()),
                            Notice::Deleted { index, assessment, reopen, .. } => Some(view! {
                                <button type="button" class="imsx-btn" data-testid="undo"
                                    on:click=move |_| {
                                        app.undo_delete(index, assessment.clone(), reopen);
                                        dismiss(i);
                                    }>
                                    {tr(l, "Undo")}
                                </button>
                            }.into_any()),
                            Notice::Shared { name, answers, .. } => Some(view! {
                                <button type="button" class="imsx-btn" data-testid="import-shared"
                                    on:click=move |_| {
                                        app.create(&name, answers.clone());
                                        dismiss(i);
                                        app.go(super::state::Page::Results);
                                    }>
                                    {tr(l, "Import as a new assessment")}
                                </button>
                            }.into_any()),
                        };
                        view! {
                            <div class="imsx-notice">
                                <p>{n.text().to_string()}</p>
                                <div class="imsx-row">
                                    {action}
                                    <button type="button" class="imsx-btn imsx-btn--ghost" on:click=move |_| dismiss(i)>
                                        {tr(l, "Dismiss")}
                                    </button>
                                </div>
                            </div>
                        }
                    })
                    .collect_view()
            }}
        </div>
    }
}
