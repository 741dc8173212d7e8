//! Component tests in headless Chromium (wasm-bindgen-test). Run by `./x test`:
//! `cargo test --target wasm32-unknown-unknown --test web`.
#![cfg(target_arch = "wasm32")]
use ims_crosswalk::App;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts `f` into a fresh container and returns it.
fn mount<F, N>(f: F) -> web_sys::HtmlElement
where
    F: FnOnce() -> N + 'static,
    N: IntoView,
{
    let doc = document();
    let el: web_sys::HtmlElement = doc.create_element("div").unwrap().unchecked_into();
    doc.body().unwrap().append_child(&el).unwrap();
    leptos::mount::mount_to(el.clone(), f).forget();
    el
}

async fn tick() {
    leptos::task::tick().await;
}

#[wasm_bindgen_test]
async fn app_shell_shows_name_privacy_and_edition() {
    let el = mount(App);
    tick().await;
    let text = el.text_content().unwrap_or_default();
    assert!(text.contains("IMS Crosswalk"), "{text}");
    assert!(text.contains("No data leaves your browser"), "{text}");
    assert!(
        text.contains(ims_crosswalk::domain::dataset::DATASET_EDITION),
        "{text}"
    );
}

#[wasm_bindgen_test]
async fn theme_toggle_persists_choice() {
    web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .remove_item("imsx.theme")
        .unwrap();
    let el = mount(ims_crosswalk::ui::theme_toggle::ThemeToggle);
    tick().await;
    let button: web_sys::HtmlElement = el
        .query_selector("button")
        .unwrap()
        .unwrap()
        .unchecked_into();
    button.click();
    tick().await;
    let stored = web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .get_item("imsx.theme")
        .unwrap();
    let theme = document()
        .document_element()
        .unwrap()
        .get_attribute("data-theme");
    assert!(stored.is_some());
    assert_eq!(
        stored.as_deref().map(|s| s.trim_matches('"').to_string()),
        theme
    );
}
