//! Small browser helpers (downloads). No-ops natively.

/// Offers `text` as a file download named `name`.
pub fn download(name: &str, mime: &str, text: &str) {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
        let opts = web_sys::BlobPropertyBag::new();
        opts.set_type(mime);
        let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts) else {
            return;
        };
        let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
            return;
        };
        let doc = leptos::prelude::document();
        if let Ok(a) = doc.create_element("a") {
            let a: web_sys::HtmlAnchorElement = a.unchecked_into();
            a.set_href(&url);
            a.set_download(name);
            if let Some(body) = doc.body() {
                let _ = body.append_child(&a);
                a.click();
                let _ = body.remove_child(&a);
            }
        }
        let _ = web_sys::Url::revoke_object_url(&url);
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = (name, mime, text);
    }
}

/// The current time as ISO 8601 (UTC).
pub fn now_iso() -> String {
    #[cfg(target_arch = "wasm32")]
    {
        String::from(js_sys::Date::new_0().to_iso_string())
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        "1970-01-01T00:00:00.000Z".to_string()
    }
}

/// Opens the print dialog.
pub fn print() {
    #[cfg(target_arch = "wasm32")]
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// The page's address without its fragment.
pub fn base_url() -> String {
    #[cfg(target_arch = "wasm32")]
    {
        web_sys::window()
            .and_then(|w| w.location().href().ok())
            .map(|h| h.split('#').next().unwrap_or_default().to_string())
            .unwrap_or_default()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        String::new()
    }
}

/// Sets or clears a class on `<html>`.
pub fn html_class(name: &str, on: bool) {
    #[cfg(target_arch = "wasm32")]
    if let Some(el) = leptos::prelude::document().document_element() {
        let _ = el.class_list().toggle_with_force(name, on);
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = (name, on);
    }
}

/// Key of the remembered language in localStorage (like the theme, outside the assessments).
pub const LANG_KEY: &str = "imsx.lang";

/// The remembered language, else the browser's.
pub fn initial_lang() -> crate::domain::i18n::Lang {
    use crate::domain::i18n::Lang;
    #[cfg(target_arch = "wasm32")]
    {
        let stored = web_sys::window()
            .and_then(|w| w.local_storage().ok().flatten())
            .and_then(|s| s.get_item(LANG_KEY).ok().flatten())
            .and_then(|v| Lang::parse(&v));
        stored.unwrap_or_else(|| {
            Lang::from_tag(
                &web_sys::window()
                    .and_then(|w| w.navigator().language())
                    .unwrap_or_default(),
            )
        })
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        Lang::En
    }
}

/// Sets `<html lang>` only (nothing remembered).
pub fn html_lang(key: &str) {
    #[cfg(target_arch = "wasm32")]
    if let Some(el) = leptos::prelude::document().document_element() {
        let _ = el.set_attribute("lang", key);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = key;
}

/// Remembers the language and sets `<html lang>`.
pub fn apply_lang(l: crate::domain::i18n::Lang) {
    #[cfg(target_arch = "wasm32")]
    {
        if let Some(s) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
            let _ = s.set_item(LANG_KEY, l.key());
        }
        if let Some(el) = leptos::prelude::document().document_element() {
            let _ = el.set_attribute("lang", l.key());
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = l;
    }
}

/// Makes the German data pack available, then calls `done(ok)`: from the single file's inline
/// copy when there is one, else fetched once from `i18n/de.json` (a language not in use loads
/// on demand; the service worker keeps it for offline use).
pub fn load_german(done: impl FnOnce(bool) + 'static) {
    use crate::domain::i18n::{german_data_ready, install_german, DataTexts};
    if german_data_ready() {
        done(true);
        return;
    }
    #[cfg(target_arch = "wasm32")]
    {
        let inline = leptos::prelude::document()
            .get_element_by_id("imsx-de")
            .and_then(|e| e.text_content());
        if let Some(t) = inline {
            let ok = DataTexts::parse(&t).map(install_german).is_ok();
            done(ok);
            return;
        }
        wasm_bindgen_futures::spawn_local(async move {
            let text = fetch_text("i18n/de.json").await;
            let ok = text
                .and_then(|t| DataTexts::parse(&t).ok())
                .map(install_german)
                .is_some();
            done(ok);
        });
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = (install_german, DataTexts::default);
        done(false);
    }
}

/// Reads the site owner's `brand.json` (inline in a single file built with one, else fetched from
/// beside `index.html`, where the build puts an empty one), then calls `done`. Problems are
/// written to the console as warnings and the value is ignored: never a broken page.
pub fn load_brand(done: impl FnOnce(crate::domain::brand::Brand) + 'static) {
    use crate::domain::brand::{parse, Brand};
    let finish = move |text: Option<String>| {
        let (b, problems) = text
            .map(|t| parse(&t))
            .unwrap_or((Brand::default(), Vec::new()));
        #[cfg(target_arch = "wasm32")]
        for p in &problems {
            web_sys::console::warn_1(&wasm_bindgen::JsValue::from_str(&format!(
                "IMS Crosswalk: {p}"
            )));
        }
        #[cfg(not(target_arch = "wasm32"))]
        let _ = problems;
        done(b);
    };
    #[cfg(target_arch = "wasm32")]
    {
        if let Some(t) = leptos::prelude::document()
            .get_element_by_id("imsx-brand")
            .and_then(|e| e.text_content())
        {
            finish(Some(t));
            return;
        }
        if web_sys::window()
            .is_some_and(|w| w.location().protocol().ok().as_deref() == Some("file:"))
        {
            finish(None);
            return;
        }
        wasm_bindgen_futures::spawn_local(async move {
            let text = fetch_text("brand.json").await;
            finish(text);
        });
    }
    #[cfg(not(target_arch = "wasm32"))]
    finish(None);
}

/// Applies the brand's accent colours (light and dark) as CSS variables.
pub fn apply_brand_colours(b: &crate::domain::brand::Brand) {
    #[cfg(target_arch = "wasm32")]
    {
        let mut css = String::new();
        if let Some(a) = &b.accent {
            css.push_str(&format!(":root:not([data-theme=dark]){{--accent:{a};--accent-fg:#fff}}@media (prefers-color-scheme:dark){{:root:not([data-theme=light]){{--accent:#8fb8ee;--accent-fg:#0b1520}}}}"));
        }
        if let Some(a) = &b.accent_dark {
            css.push_str(&format!(":root[data-theme=dark]{{--accent:{a}}}@media (prefers-color-scheme:dark){{:root:not([data-theme=light]){{--accent:{a}}}}}"));
        }
        if css.is_empty() {
            return;
        }
        let doc = leptos::prelude::document();
        if let (Ok(style), Some(head)) = (doc.create_element("style"), doc.head()) {
            style.set_text_content(Some(&css));
            let _ = head.append_child(&style);
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = b;
}

/// When the page runs inside an iframe, tells the host page its height (`postMessage`
/// `{type: "imsx:height", height}`), so the host can size the frame. Nothing else is sent.
pub fn report_height_to_host() {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        let Some(w) = web_sys::window() else { return };
        let Ok(Some(parent)) = w.parent() else { return };
        if parent == w {
            return;
        }
        let send = move || {
            let doc = leptos::prelude::document();
            let h = doc.document_element().map_or(0, |e| e.scroll_height());
            let msg = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&msg, &"type".into(), &"imsx:height".into());
            let _ = js_sys::Reflect::set(&msg, &"height".into(), &h.into());
            let _ = parent.post_message(&msg, "*");
        };
        send();
        let cb = wasm_bindgen::closure::Closure::<dyn Fn()>::new(send);
        let _ = w.set_interval_with_callback_and_timeout_and_arguments_0(
            cb.as_ref().unchecked_ref(),
            500,
        );
        cb.forget();
    }
}

/// Whether the page was opened from a file (a saved copy or the single file).
pub fn from_file() -> bool {
    #[cfg(target_arch = "wasm32")]
    {
        web_sys::window().is_some_and(|w| w.location().protocol().ok().as_deref() == Some("file:"))
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        false
    }
}

/// The text of a file beside `index.html`, or `None` (offline, missing, not text).
#[cfg(target_arch = "wasm32")]
async fn fetch_text(url: &str) -> Option<String> {
    use wasm_bindgen::JsCast;
    let w = web_sys::window()?;
    let resp = wasm_bindgen_futures::JsFuture::from(w.fetch_with_str(url))
        .await
        .ok()?;
    let resp: web_sys::Response = resp.dyn_into().ok()?;
    if !resp.ok() {
        return None;
    }
    wasm_bindgen_futures::JsFuture::from(resp.text().ok()?)
        .await
        .ok()?
        .as_string()
}

/// Scrolls to the element with this id and moves keyboard focus there (in-page navigation:
/// the URL hash is the page route, so `#id` links cannot be used).
pub fn scroll_to(id: &str) {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        if let Some(el) = leptos::prelude::document().get_element_by_id(id) {
            el.scroll_into_view();
            let _ = el.unchecked_into::<web_sys::HtmlElement>().focus();
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = id;
}

/// Focuses (and brings into view) the first element matching `selector` once the view has
/// been updated (next animation frame).
pub fn focus_later(selector: &'static str) {
    #[cfg(target_arch = "wasm32")]
    leptos::prelude::request_animation_frame(move || {
        use wasm_bindgen::JsCast;
        if let Ok(Some(el)) = leptos::prelude::document().query_selector(selector) {
            let el = el.unchecked_into::<web_sys::HtmlElement>();
            let _ = el.focus();
        }
    });
    #[cfg(not(target_arch = "wasm32"))]
    let _ = selector;
}

/// True when a key press goes to a text field or a list box (which keep their own keys).
pub fn typing_in_field(ev: &leptos::ev::KeyboardEvent) -> bool {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        ev.target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .is_some_and(|e| matches!(e.tag_name().as_str(), "INPUT" | "SELECT" | "TEXTAREA"))
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = ev;
        false
    }
}

/// Runs `f` once the next frame has been painted and shown (natively: at once). Lets a click
/// paint its first answer before the rest of a long page is built. Two frames, not one: a task
/// queued from the first frame can run before that frame reaches the screen, and then the click
/// waits for it (measured with `./x interactions`: 232 ms with one frame).
pub fn after_paint(f: impl FnOnce() + 'static) {
    #[cfg(target_arch = "wasm32")]
    leptos::prelude::request_animation_frame(move || {
        leptos::prelude::request_animation_frame(move || {
            leptos::prelude::set_timeout(f, std::time::Duration::ZERO);
        });
    });
    #[cfg(not(target_arch = "wasm32"))]
    f();
}
