use super::explorer::Explorer;
use super::how_we_estimate::HowWeEstimate;
use super::landing::Landing;
use super::lang_switch::LangSwitch;
use super::notice_bar::NoticeBar;
use super::questionnaire_view::QuestionnaireView;
use super::results::Results;
use super::state::{AppState, Notice, Page};
use super::theme_toggle::ThemeToggle;
use crate::domain::dataset;
use crate::domain::i18n::{tr, Lang};
use crate::storage::{self, State};
use leptos::prelude::*;

/// The application shell: loads the stored state, provides [`AppState`], and renders the
/// header, notices, the current page and the footer.
#[component]
pub fn App() -> impl IntoView {
    // The reader's language: remembered, else the browser's. German data loads first; notices
    // raised while starting up are written in it already.
    let wanted = super::browser::initial_lang();
    let (initial, notices, persistent) = load_state(wanted);
    let app = AppState::new(initial, persistent);
    app.notices.set(notices);
    provide_context(app);
    sync_with_outside(app, wanted);
    if wanted != Lang::En {
        super::browser::load_german(move |ok| {
            if ok {
                super::browser::apply_lang(wanted);
                app.lang.set(wanted);
            } else {
                // The first paint may have switched to German; the page stays English.
                super::browser::html_lang("en");
            }
        });
    }
    // Everything below is rendered anew when the language changes.
    move || {
        app.lang.track();
        shell(app)
    }
}

fn shell(app: AppState) -> impl IntoView {
    let l = app.lang.get_untracked();
    let page_view = move || match app.page.get() {
        Page::Home => view! { <Landing /> }.into_any(),
        Page::Questionnaire => view! { <QuestionnaireView /> }.into_any(),
        Page::Results => view! { <Results /> }.into_any(),
        Page::Explorer => view! { <Explorer /> }.into_any(),
        Page::HowWeEstimate => view! { <HowWeEstimate /> }.into_any(),
        Page::Compare => view! { <super::compare::Compare /> }.into_any(),
    };
    let nav = [
        Page::Home,
        Page::Questionnaire,
        Page::Results,
        Page::Explorer,
        Page::HowWeEstimate,
    ]
    .into_iter()
    .map(|p| {
        view! {
            <a
                href=p.hash()
                class="imsx-nav__link"
                aria-current=move || (app.page.get() == p).then_some("page")
            >
                {tr(l, p.label())}
            </a>
        }
    })
    .collect_view();
    let load_error = dataset()
        .load_error()
        .map(|e| view! { <p role="alert" class="imsx-notice">{e.to_string()}</p> });
    view! {
        <a class="imsx-skip" href="#main" on:click=|ev| {
            ev.prevent_default();
            focus_main();
        }>{tr(l, "Skip to content")}</a>
        <header class="imsx-header">
            <a class="imsx-header__brand" href="#/" data-testid="brand">
                {super::state::brand().logo.map(|src| view! { <img class="imsx-header__logo" src=src alt="" /> })}
                {super::state::product_name()}
            </a>
            <nav class="imsx-nav" aria-label=tr(l, "Main")>{nav}</nav>
            <div class="imsx-header__tools">
                <button
                    type="button"
                    class="imsx-btn imsx-btn--ghost imsx-toggle"
                    data-testid="large-type"
                    aria-pressed=move || app.store.with(|s| s.large_type).to_string()
                    on:click=move |_| app.store.update(|s| s.large_type = !s.large_type)
                >
                    {tr(l, "Presenter mode")}
                </button>
                <Show when=move || app.store.with(|s| s.large_type)>
                    <button
                        type="button"
                        class="imsx-btn imsx-btn--ghost imsx-toggle"
                        data-testid="hide-names"
                        aria-pressed=move || app.store.with(|s| s.hide_names).to_string()
                        on:click=move |_| app.store.update(|s| s.hide_names = !s.hide_names)
                    >
                        {tr(l, "Hide names")}
                    </button>
                </Show>
                <ThemeToggle />
                <LangSwitch />
            </div>
        </header>
        <NoticeBar />
        {load_error}
        <main id="main" class="imsx-main" tabindex="-1">{page_view}</main>
        <footer class="imsx-footer">
            <span data-testid="version">"IMS Crosswalk" " " {crate::domain::APP_VERSION}</span>
            " · "
            <span data-testid="edition">{crate::domain::report::dataset_line(l)}</span>
            " · "
            {tr(l, "Computed in your browser; nothing is sent anywhere. ISO texts are not reproduced: identifiers, headings and our own summaries only.")}
            " "
            {tr(l, "ISO requirement titles and NIST's text are shown as published, in English.")}
            " "
            <a class="imsx-offline-link" href="ims-crosswalk.html" download="ims-crosswalk.html" data-testid="offline-download">
                {tr(l, "Download for offline use (one HTML file)")}
            </a>
            {brand_footer()}
        </footer>
    }
}

fn focus_main() {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        if let Some(el) = document().get_element_by_id("main") {
            let _ = el.unchecked_into::<web_sys::HtmlElement>().focus();
        }
    }
}

/// Loads the stored state; turns every outcome into notices. Never drops data silently.
fn load_state(l: Lang) -> (State, Vec<Notice>, bool) {
    #[cfg(target_arch = "wasm32")]
    {
        match storage::load() {
            storage::Loaded::Empty => (State::default(), Vec::new(), true),
            storage::Loaded::Ok(s) => (s, Vec::new(), true),
            storage::Loaded::NoStorage => (
                State::default(),
                vec![Notice::info(tr(
                    l,
                    "This browser does not let the page keep data (private mode, storage disabled or full). Everything still works, in memory: export your assessment before you close the tab.",
                ))],
                false,
            ),
            storage::Loaded::Unreadable { error, backup_key, raw } => (
                State::default(),
                vec![Notice::Backup {
                    text: crate::domain::report::notices::unreadable(l, &error.message(l), &backup_key.to_string()),
                    file: "ims-crosswalk-backup.json".into(),
                    raw,
                }],
                true,
            ),
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = (storage::SCHEMA_VERSION, l);
        (State::default(), Vec::new(), false)
    }
}

/// Offers the assessment a share link carries for import (never applied silently), or says why
/// the link cannot be read; then leaves the address at the start page.
#[cfg(target_arch = "wasm32")]
fn offer_share(app: AppState, h: &str, l: Lang) {
    match crate::export::share::decode(dataset(), h) {
        Ok((name, answers)) => {
            let (text, name) = crate::domain::report::notices::share_offer(l, &name);
            app.notify(Notice::Shared {
                text,
                name,
                answers,
            });
        }
        Err(e) => app.notify(Notice::info(e.message(l))),
    }
    if let Some(w) = web_sys::window() {
        let _ = w.location().set_hash(Page::Home.hash());
    }
}

/// Does what a deep link asks (`#example=…`, `#page=…&pair=…&req=…`, `#presenter=1`), names
/// what it cannot, and leaves the address at the page's plain route.
#[cfg(target_arch = "wasm32")]
fn apply_deeplink(app: AppState, d: &crate::domain::deeplink::DeepLink, l: Lang) {
    for p in &d.problems {
        app.notify(Notice::info(p.render(l)));
    }
    if d.presenter {
        app.store.update(|s| s.large_type = true);
    }
    if let Some(e) = d.example.and_then(|id| {
        crate::domain::examples::EXAMPLES
            .iter()
            .find(|e| e.id == id)
    }) {
        app.open_example(e);
    }
    if let Some(pair) = d.pair.clone() {
        app.explorer_pair.set(Some(pair));
    }
    if d.req.is_some() {
        app.explorer_req.set(d.req.clone());
    }
    let page = match d.page {
        Some("results") => Page::Results,
        Some("explorer") => Page::Explorer,
        Some("questionnaire") => Page::Questionnaire,
        Some("how-we-estimate") => Page::HowWeEstimate,
        _ => Page::Home,
    };
    app.page.set(page);
    if let Some(w) = web_sys::window() {
        let _ = w.location().set_hash(page.hash());
    }
}

/// Effects that keep the outside world in step: localStorage (and other tabs), the URL hash,
/// the document title and the large-type class.
/// `l0` is the language wanted at start (the signal is set once German texts have loaded).
fn sync_with_outside(app: AppState, l0: Lang) {
    #[cfg(target_arch = "wasm32")]
    {
        // Page ⇄ hash; a share link (#share=…) is offered for import, never applied silently.
        let hash = || {
            web_sys::window()
                .and_then(|w| w.location().hash().ok())
                .unwrap_or_default()
        };
        let h = hash();
        if let Some(d) = crate::domain::deeplink::parse(dataset(), &h) {
            apply_deeplink(app, &d, l0);
        }
        if h.starts_with("#share=") {
            offer_share(app, &h, l0);
        }
        app.page.set(Page::from_hash(&hash()));
        let handle = window_event_listener(leptos::ev::hashchange, move |_| {
            // A deep link followed while the app runs (a link on the page, or pasted).
            if let Some(d) = crate::domain::deeplink::parse(dataset(), &hash()) {
                apply_deeplink(app, &d, app.lang.get_untracked());
                return;
            }
            // A share link pasted or followed while the app runs: offered, as at start.
            let h = hash();
            if h.starts_with("#share=") {
                offer_share(app, &h, app.lang.get_untracked());
                app.page.set(Page::Home);
                return;
            }
            let p = Page::from_hash(&hash());
            if p != app.page.get_untracked() {
                app.page.set(p);
            }
        });
        on_cleanup(move || handle.remove());
        let product = super::state::product_name();
        // The page last scrolled to the top for: a new page starts at the top, while a change to
        // the stored state (an answer, a rename, a delete) leaves the reader where they were.
        let shown_page = StoredValue::new(None::<Page>);
        Effect::new(move |_| {
            let p = app.page.get();
            if Page::from_hash(&hash()) != p {
                if let Some(w) = web_sys::window() {
                    let _ = w.location().set_hash(p.hash());
                }
            }
            let l = app.lang.get();
            // Presenter mode with names hidden keeps the name out of the tab title too.
            let name = app.store.with(|s| {
                if s.large_type && s.hide_names {
                    None
                } else {
                    s.current().map(|a| super::state::display_name(l, &a.name))
                }
            });
            let product = product.clone();
            let shown = name.filter(|_| matches!(p, Page::Questionnaire | Page::Results));
            let title = crate::domain::report::page_title(
                l,
                p.label(),
                p == Page::Home,
                shown.as_deref(),
                &product,
            );
            document().set_title(&title);
            if shown_page.get_value() != Some(p) {
                shown_page.set_value(Some(p));
                if let Some(w) = web_sys::window() {
                    w.scroll_to_with_x_and_y(0.0, 0.0);
                }
            }
        });
        // Save every change; pick up changes made in other tabs (without writing them back,
        // which would bounce between tabs).
        let from_other_tab = StoredValue::new(false);
        Effect::new(move |_| {
            let s = app.store.get();
            if from_other_tab.get_value() {
                from_other_tab.set_value(false);
                return;
            }
            if app.persistent.get_untracked() && !storage::save(&s) {
                app.persistent.set(false);
                let l = app.lang.get_untracked();
                app.notify(Notice::info(tr(
                    l,
                    "Saving failed (storage full or disabled). Your work continues in memory: export it before you close the tab.",
                )));
            }
        });
        let h2 = window_event_listener(leptos::ev::storage, move |ev: web_sys::StorageEvent| {
            if ev.key().as_deref() != Some(storage::KEY) {
                return;
            }
            let Some(text) = ev.new_value() else { return };
            match storage::decode(&text) {
                Ok(mut s) => {
                    // Keep this tab on the assessment it shows, if it still exists.
                    let cur = app.store.with_untracked(|x| x.current.clone());
                    if cur
                        .as_ref()
                        .is_some_and(|c| s.assessments.iter().any(|a| &a.id == c))
                    {
                        s.current = cur;
                    }
                    if app.store.with_untracked(|x| x != &s) {
                        from_other_tab.set_value(true);
                        app.store.set(s);
                    }
                }
                Err(e) => {
                    let l = app.lang.get_untracked();
                    app.notify(Notice::info(crate::domain::report::notices::other_tab(
                        l,
                        &e.message(l),
                    )))
                }
            }
        });
        on_cleanup(move || h2.remove());
        Effect::new(move |_| {
            let (large, hide) = app
                .store
                .with(|s| (s.large_type, s.large_type && s.hide_names));
            if let Some(el) = document().document_element() {
                let _ = el.class_list().toggle_with_force("imsx-large", large);
                let _ = el.class_list().toggle_with_force("imsx-hide-names", hide);
            }
        });
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = (app, l0);
    }
}

/// The site owner's footer line and privacy link, when `brand.json` gives them.
fn brand_footer() -> impl IntoView {
    let b = super::state::brand();
    let l = super::state::lang();
    let line = b.footer.map(
        |f| view! { <span class="imsx-footer__brand" data-testid="brand-footer">" · " {f}</span> },
    );
    let privacy = b
        .privacy_url
        .map(|u| view! { " · " <a href=u data-testid="brand-privacy">{tr(l, "Privacy")}</a> });
    view! { {line} {privacy} }
}
