use super::browser;
use super::state::{AppState, Notice};
use crate::domain::i18n::{tr, Lang};
use leptos::prelude::*;

/// The language switch (English / Deutsch). German texts of the dataset load on demand; until
/// they are there the page stays in the language it has.
#[component]
pub fn LangSwitch() -> impl IntoView {
    let app = AppState::expect();
    let l = app.lang.get_untracked();
    let choose = move |next: Lang| {
        if next == app.lang.get_untracked() {
            return;
        }
        if next == Lang::En {
            browser::apply_lang(next);
            app.lang.set(next);
            return;
        }
        browser::load_german(move |ok| {
            if ok {
                browser::apply_lang(next);
                app.lang.set(next);
            } else {
                let l = app.lang.get_untracked();
                app.notify(Notice::info(tr(
                    l,
                    "The German texts could not be loaded (offline before they were ever fetched?). The tool stays in English; try again when online.",
                )));
            }
        });
    };
    let options = Lang::ALL
        .into_iter()
        .map(|x| {
            view! { <option value=x.key() selected=x == l lang=x.key()>{x.name()}</option> }
        })
        .collect_view();
    view! {
        <label class="imsx-lang">
            <span class="imsx-visually-hidden">{tr(l, "Language")}</span>
            <select
                class="imsx-lang__select"
                data-testid="lang"
                on:change=move |ev| {
                    if let Some(next) = Lang::parse(&event_target_value(&ev)) {
                        choose(next);
                    }
                }
            >
                {options}
            </select>
        </label>
    }
}
