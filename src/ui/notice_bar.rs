use super::browser::download;
use super::state::AppState;
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
                        let dl = n.download.clone().map(|(name, raw)| {
                            view! {
                                <button type="button" class="imsx-btn" data-testid="download-backup"
                                    on:click=move |_| download(&name, "application/json", &raw)>
                                    {tr(l, "Download backup")}
                                </button>
                            }
                        });
                        let undo = n.undo.clone().map(|(idx, a)| {
                            view! {
                                <button type="button" class="imsx-btn" data-testid="undo"
                                    on:click=move |_| {
                                        app.undo_delete(idx, a.clone());
                                        dismiss(i);
                                    }>
                                    {tr(l, "Undo")}
                                </button>
                            }
                        });
                        let import = n.import.clone().map(|(name, answers)| {
                            view! {
                                <button type="button" class="imsx-btn" data-testid="import-shared"
                                    on:click=move |_| {
                                        app.create(&name, answers.clone());
                                        dismiss(i);
                                        app.go(super::state::Page::Results);
                                    }>
                                    {tr(l, "Import as a new assessment")}
                                </button>
                            }
                        });
                        view! {
                            <div class="imsx-notice">
                                <p>{n.text}</p>
                                <div class="imsx-row">
                                    {dl}
                                    {undo}
                                    {import}
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
