use crate::domain::i18n::tr;
use leptos::prelude::*;

/// Light/dark switch. The choice is persisted (localStorage `imsx.theme`) and applied to
/// `<html data-theme>`; with no choice, the system's `prefers-color-scheme` applies.
#[component]
pub fn ThemeToggle() -> impl IntoView {
    let l = super::state::lang();
    let initial = load();
    let (theme, set_theme) = signal(initial);
    Effect::new(move |_| {
        let t = theme.get();
        apply(&t);
    });
    let next = move || {
        if is_dark(&theme.get()) {
            "light"
        } else {
            "dark"
        }
    };
    view! {
        <button
            type="button"
            class="imsx-btn imsx-btn--ghost"
            data-testid="theme-toggle"
            aria-pressed=move || is_dark(&theme.get()).to_string()
            on:click=move |_| {
                let n = next().to_string();
                save(&n);
                set_theme.set(n);
            }
        >
            {move || if is_dark(&theme.get()) { tr(l, "Light mode") } else { tr(l, "Dark mode") }}
        </button>
    }
}

fn is_dark(t: &str) -> bool {
    match t {
        "dark" => true,
        "light" => false,
        _ => system_dark(),
    }
}

#[cfg(target_arch = "wasm32")]
fn system_dark() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media("(prefers-color-scheme:dark)").ok().flatten())
        .is_some_and(|m| m.matches())
}
#[cfg(not(target_arch = "wasm32"))]
fn system_dark() -> bool {
    false
}

#[cfg(target_arch = "wasm32")]
fn load() -> String {
    crate::storage::load_theme().unwrap_or_default()
}
#[cfg(not(target_arch = "wasm32"))]
fn load() -> String {
    String::new()
}

#[cfg(target_arch = "wasm32")]
fn save(t: &str) {
    crate::storage::save_theme(t);
}
#[cfg(not(target_arch = "wasm32"))]
fn save(_: &str) {}

#[cfg(target_arch = "wasm32")]
fn apply(t: &str) {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        if t.is_empty() {
            let _ = el.remove_attribute("data-theme");
        } else {
            let _ = el.set_attribute("data-theme", t);
        }
    }
}
#[cfg(not(target_arch = "wasm32"))]
fn apply(_: &str) {}
