use super::state::{AppState, Notice, Page};
use crate::domain::dataset;
use crate::domain::i18n::tr;
use crate::export::{self, ImportError};
use leptos::prelude::*;

/// Import an assessment JSON file (file picker or drag and drop) as a new assessment. Bad
/// files get a message that says what is wrong; stored assessments are never touched.
#[component]
pub fn ImportPanel() -> impl IntoView {
    let app = AppState::expect();
    let l = super::state::lang();
    let (message, set_message) = signal(String::new());
    let (over, set_over) = signal(false);
    let accept = move |bytes: Vec<u8>| match export::import_assessment(dataset(), &bytes, l) {
        Ok(imp) => {
            let notice = crate::domain::report::notices::imported(l, &imp.name, &imp.warnings);
            app.create(&imp.name, imp.answers);
            set_message.set(String::new());
            if let Some(text) = notice {
                app.notify(Notice::info(text));
            }
            app.go(Page::Results);
        }
        Err(e) => set_message.set(e.message(l)),
    };
    let read = move |file: Option<web_sys::File>| {
        let Some(f) = file else { return };
        let size = f.size() as usize;
        if size > export::MAX_IMPORT_BYTES {
            set_message.set(ImportError::TooLarge(size).message(l));
            return;
        }
        #[cfg(target_arch = "wasm32")]
        leptos::task::spawn_local(async move {
            match wasm_bindgen_futures::JsFuture::from(f.array_buffer()).await {
                Ok(buf) => accept(js_sys::Uint8Array::new(&buf).to_vec()),
                Err(_) => set_message.set(
                    tr(
                        l,
                        "The file could not be read. Try again, or pick it with the button.",
                    )
                    .into(),
                ),
            }
        });
        #[cfg(not(target_arch = "wasm32"))]
        let _ = (f, accept);
    };
    view! {
        <section aria-labelledby="import-title"
            class=move || if over.get() { "imsx-drop imsx-drop--over" } else { "imsx-drop" }
            on:dragover=move |ev| { ev.prevent_default(); set_over.set(true); }
            on:dragleave=move |_| set_over.set(false)
            on:drop=move |ev| {
                ev.prevent_default();
                set_over.set(false);
                read(ev.data_transfer().and_then(|d| d.files()).and_then(|l| l.get(0)));
            }
        >
            <h2 id="import-title">{tr(l, "Import an assessment")}</h2>
            <p>{tr(l, "Drop a JSON file exported by IMS Crosswalk here, or choose it. It becomes a new assessment; nothing you have is overwritten.")}</p>
            <label class="imsx-btn imsx-btn--ghost imsx-file">
                {tr(l, "Choose a JSON file")}
                <input type="file" accept=".json,application/json" data-testid="import-file" class="imsx-sr"
                    on:change=move |ev| {
                        let input: web_sys::HtmlInputElement = event_target(&ev);
                        read(input.files().and_then(|l| l.get(0)));
                        input.set_value("");
                    } />
            </label>
            <p role="alert" class="imsx-error" data-testid="import-error">{message}</p>
        </section>
    }
}
