use super::browser::{base_url, download, html_class, now_iso, print};
use super::state::AppState;
use crate::domain::dataset;
use crate::domain::i18n::tr;
use crate::export::{self, share};
use leptos::prelude::*;

/// Take it away: print (full report or management one-pager), exports and a share link.
#[component]
pub fn TakeAway() -> impl IntoView {
    let app = AppState::expect();
    let l = super::state::lang();
    let ds = dataset();
    let (one_pager, set_one_pager) = signal(false);
    let (link, set_link) = signal(String::new());
    Effect::new(move |_| html_class("imsx-onepager", one_pager.get()));
    on_cleanup(move || html_class("imsx-onepager", false));
    let name = move || {
        app.store.with_untracked(|s| {
            s.current()
                .map(|a| a.name.clone())
                .unwrap_or_else(|| "assessment".into())
        })
    };
    let slug = move || {
        let mut s = String::new();
        for c in name().chars() {
            if c.is_ascii_alphanumeric() {
                s.push(c.to_ascii_lowercase());
            } else if !s.is_empty() && !s.ends_with('-') {
                s.push('-');
            }
        }
        let s: String = s.trim_end_matches('-').chars().take(48).collect();
        if s.is_empty() {
            "assessment".to_string()
        } else {
            s
        }
    };
    let exp = move |kind: &'static str| {
        let a = app.answers.get_untracked();
        let an = app.analysis.get_untracked();
        let (file, mime, text) = match kind {
            "json" => (
                format!("{}.assessment.json", slug()),
                "application/json",
                export::assessment_json(
                    ds,
                    &name(),
                    &a,
                    &an,
                    crate::domain::APP_VERSION,
                    &now_iso(),
                ),
            ),
            "gaps" => (
                format!("{}.gaps.csv", slug()),
                "text/csv;charset=utf-8",
                export::gaps_csv(ds, &name(), &an, l),
            ),
            "soa" => (
                format!("{}.iso42001-soa-draft.csv", slug()),
                "text/csv;charset=utf-8",
                export::soa_csv(ds, &name(), &an, &a, l),
            ),
            "cw-csv" => (
                "ims-crosswalk.crosswalk.csv".into(),
                "text/csv;charset=utf-8",
                export::crosswalk_csv(ds, l),
            ),
            "cw-json" => (
                "ims-crosswalk.crosswalk.json".into(),
                "application/json",
                export::crosswalk_json(ds),
            ),
            _ => (
                "ims-crosswalk.oscal-mapping.json".into(),
                "application/json",
                export::oscal_mapping_collection(ds),
            ),
        };
        download(&file, mime, &text);
    };
    // What most readers want, in plain words; the formats for consultants and tools one level
    // down. The draft SoA is a 42001 document: offered only when 42001 is a target.
    let soa = app.analysis.with_untracked(|an| {
        an.targets
            .iter()
            .any(|t| ds.frameworks[t.framework].id == "iso42001")
    });
    let button = move |k: &'static str, label: &'static str| {
        view! { <button type="button" class="imsx-btn imsx-btn--ghost" data-testid=format!("export-{k}") on:click=move |_| exp(k)>{label}</button> }
    };
    let main = view! {
        {button("gaps", tr(l, "Gap and action list (spreadsheet)"))}
        {button("json", tr(l, "Save these answers as a file"))}
    };
    let technical = view! {
        {soa.then(|| button("soa", tr(l, "ISO/IEC 42001 Statement of Applicability, draft (CSV)")))}
        {button("cw-csv", tr(l, "Full crosswalk (CSV)"))}
        {button("cw-json", tr(l, "Full crosswalk (JSON)"))}
        {button("oscal", tr(l, "Crosswalk as OSCAL 1.2 mapping collection (JSON)"))}
    };
    let (file_only, set_file_only) = signal(false);
    view! {
        <section id="take-away" tabindex="-1" class="imsx-takeaway imsx-noprint" aria-labelledby="take-title">
            <h2 id="take-title">{tr(l, "Take it away")}</h2>
            <div class="imsx-row">
                <button type="button" class="imsx-btn" data-testid="print" on:click=move |_| print()>{tr(l, "Print / save as PDF")}</button>
                <label class="imsx-choice">
                    <input type="checkbox" data-testid="onepager" prop:checked=one_pager on:change=move |_| set_one_pager.update(|v| *v = !*v) />
                    {tr(l, "Management one-pager (where we are, how long to audit)")}
                </label>
            </div>
            <div class="imsx-row">{main}</div>
            <details class="imsx-technical">
                <summary>{tr(l, "Technical formats (for consultants and tools)")}</summary>
                <div class="imsx-row">{technical}</div>
            </details>
            <div class="imsx-row">
                <button type="button" class="imsx-btn imsx-btn--ghost" data-testid="share"
                    on:click=move |_| {
                        // From a file (a copy on disk) a link to this page opens nowhere else: use
                        // the site's address from brand.json, or say so and offer the JSON export.
                        let base = if super::browser::from_file() {
                            super::state::brand().canonical_url
                        } else {
                            Some(base_url())
                        };
                        set_file_only.set(base.is_none());
                        if let Some(base) = base {
                            set_link.set(format!("{}#{}{}", base, share::PREFIX, app.answers.with_untracked(|a| share::encode(ds, &name(), a))));
                        }
                    }>
                    {tr(l, "Make a share link")}
                </button>
                <Show when=move || file_only.get()>
                    <p class="imsx-notice" role="status" data-testid="share-file-only">
                        {tr(l, "This copy was opened from a file, so a link to it only opens on this computer. A share link needs the tool to be hosted on a website (its owner can set the address in brand.json). To pass your answers on now, use “Save these answers as a file” above; the other person imports the file.")}
                    </p>
                </Show>
                <Show when=move || !link.get().is_empty()>
                    <label class="imsx-share">{tr(l, "Share link (the answers travel in the link, after #, which browsers never send to a server)")}
                        <input class="imsx-input" readonly data-testid="share-link" prop:value=link on:focus=|ev| {
                            #[cfg(target_arch = "wasm32")]
                            {
                                use wasm_bindgen::JsCast;
                                if let Some(t) = ev.target() { t.unchecked_into::<web_sys::HtmlInputElement>().select(); }
                            }
                            #[cfg(not(target_arch = "wasm32"))]
                            let _ = ev;
                        } />
                    </label>
                </Show>
            </div>
        </section>
    }
}
