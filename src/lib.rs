//! IMS Crosswalk: a browser-only crosswalk and gap estimate between management-system standards.
//!
//! - [`domain`] is pure Rust (dataset, questionnaire, analysis, effort): no browser imports.
//! - [`storage`] owns the persisted format (schema version, migrations, backups).
//! - [`ui`] holds the Leptos components; they render what the domain computes.
pub mod domain;
pub mod export;
pub mod storage;
pub mod ui;

pub use ui::app::App;

/// Version of the app, shown in the footer and written into exports.
pub use domain::APP_VERSION;

/// Mounts the app into `#app` (cleared first, so a page re-saved from the rendered DOM
/// does not show the UI twice), or into `<body>` when there is no such element.
#[cfg(target_arch = "wasm32")]
pub fn mount() {
    use leptos::prelude::*;
    use wasm_bindgen::JsCast;
    console_error_panic_hook::set_once();
    // Let the static first screen in index.html paint first (it is the largest contentful
    // paint); the app then replaces it with the same layout.
    // The site owner's brand (brand.json) is read first, so the app appears branded at once.
    ui::browser::load_brand(|brand| {
        ui::browser::apply_brand_colours(&brand);
        ui::browser::report_height_to_host();
        request_animation_frame(move || {
            request_animation_frame(move || {
                let doc = document();
                let app = move || {
                    provide_context(ui::state::BrandCtx(brand.clone()));
                    view! { <App /> }
                };
                match doc.get_element_by_id("app") {
                    Some(el) => {
                        el.set_inner_html("");
                        let el: web_sys::HtmlElement = el.unchecked_into();
                        leptos::mount::mount_to(el, app).forget();
                    }
                    None => leptos::mount::mount_to_body(app),
                }
            })
        });
    });
}

/// Natively there is nothing to mount; the binary exists for the browser build.
#[cfg(not(target_arch = "wasm32"))]
pub fn mount() {
    eprintln!("ims-crosswalk runs in the browser: use `./x serve`.");
}
