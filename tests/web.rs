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

/// Waits for a paint and a little more: the long part of the results is built after the
/// headline has painted.
async fn settle() {
    let p = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 300)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(p).await.unwrap();
    tick().await;
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

/// Provides a fresh app state (in memory) and mounts `f` under it.
fn mount_with_state<F, N>(
    answers: ims_crosswalk::domain::Answers,
    f: F,
) -> (web_sys::HtmlElement, ims_crosswalk::ui::state::AppState)
where
    F: FnOnce() -> N + 'static,
    N: IntoView,
{
    use ims_crosswalk::ui::state::AppState;
    let (tx, rx) = std::sync::mpsc::channel();
    let el = mount(move || {
        let app = AppState::new(Default::default(), false);
        app.create("Test", answers);
        provide_context(app);
        tx.send(app).unwrap();
        f()
    });
    (el, rx.recv().unwrap())
}

#[wasm_bindgen_test]
async fn question_field_shows_options_help_and_inference() {
    use ims_crosswalk::domain::{dataset, questionnaire};
    let mut a = ims_crosswalk::domain::Answers::default();
    a.set_one("held.iso27001", "certified");
    let q = questionnaire::steps(dataset(), &a)
        .into_iter()
        .flat_map(|s| s.questions)
        .find(|q| q.id == "el.internal_audit")
        .unwrap();
    let (el, app) = mount_with_state(
        a,
        move || view! { <ims_crosswalk::ui::question_field::QuestionField q=q /> },
    );
    tick().await;
    assert_eq!(
        el.query_selector_all("input[type=radio]").unwrap().length(),
        6,
        "five levels and don't know"
    );
    let text = el.text_content().unwrap();
    assert!(text.contains("Why we ask"), "{text}");
    assert!(
        text.contains("Inferred") && text.contains("ISO/IEC 27001:2022 certified"),
        "{text}"
    );
    let audited: web_sys::HtmlInputElement = el
        .query_selector("input[value=audited]")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert!(audited.checked(), "the inferred level is preselected");
    let none: web_sys::HtmlElement = el
        .query_selector("input[value=none]")
        .unwrap()
        .unwrap()
        .unchecked_into();
    none.click();
    tick().await;
    assert_eq!(
        app.answers.get_untracked().one("el.internal_audit"),
        Some("none"),
        "an override is stored"
    );
    assert!(el.text_content().unwrap().contains("you changed it"));
}

#[wasm_bindgen_test]
async fn results_render_the_engine_headline() {
    use ims_crosswalk::domain::i18n::Lang::En;
    use ims_crosswalk::domain::{analyse, dataset, report};
    let a = ims_crosswalk::domain::examples::EXAMPLES[0].answers();
    let expected = report::programme(dataset(), &analyse(dataset(), &a)).unwrap();
    let (el, _) = mount_with_state(a, ims_crosswalk::ui::results::Results);
    settle().await;
    let get = |id: &str| {
        el.query_selector(&format!("[data-testid={id}]"))
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap()
    };
    assert_eq!(get("h-reusable"), expected.reusable_text(En));
    assert_eq!(get("h-effort"), expected.effort_text(En));
    assert_eq!(get("h-months"), expected.months_text(En));
    // Clauses 4–10 (7 groups), the annex objectives and the workstreams, each a bar with its
    // value written out; the overlap diagram is drawn.
    let rows = el.query_selector_all(".imsx-cov__row").unwrap().length();
    assert!(rows >= 7 + 9 + 3, "chart rows: {rows}");
    assert_eq!(el.query_selector_all("svg[role=img]").unwrap().length(), 1);
    let first = el.query_selector(".imsx-cov__value").unwrap().unwrap();
    assert!(first.text_content().unwrap().contains("reusable"));
}

#[wasm_bindgen_test]
async fn explorer_filters_and_shows_what_a_requirement_maps_to() {
    let (el, _) = mount_with_state(Default::default(), ims_crosswalk::ui::explorer::Explorer);
    tick().await;
    let count = || {
        el.query_selector("[data-testid=x-count]")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap()
    };
    let all = count();
    let search: web_sys::HtmlInputElement = el
        .query_selector("[data-testid=x-search]")
        .unwrap()
        .unwrap()
        .unchecked_into();
    search.set_value("impact assessment");
    search
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    tick().await;
    assert_ne!(count(), all);
    let first: web_sys::HtmlElement = el
        .query_selector(".imsx-xrow")
        .unwrap()
        .unwrap()
        .unchecked_into();
    first.click();
    tick().await;
    assert!(
        el.query_selector_all("[data-testid=related]")
            .unwrap()
            .length()
            > 0
    );
}
