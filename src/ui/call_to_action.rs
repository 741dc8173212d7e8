use super::state::{brand, lang, AppState};
use crate::domain::brand::cta_href;
use crate::domain::i18n::tr;
use crate::domain::report::cta_summary;
use leptos::prelude::*;

/// The site owner's call to action (from `brand.json`), if any. Nothing leaves the browser unless
/// the reader chooses to: they may tick a box to include a short summary, which they see first
/// (headline figures only; the assessment's name only if they tick that too). A mailto link
/// carries it as the e-mail body, a web link after `#`, which browsers never send to a server.
#[component]
pub fn CallToAction(
    /// Offer the summary (on results; the landing page has none to offer).
    #[prop(optional)]
    with_summary: bool,
) -> impl IntoView {
    let l = lang();
    let Some(cta) = brand().cta else {
        return ().into_any();
    };
    let app = AppState::expect();
    let (include, set_include) = signal(false);
    let (include_name, set_include_name) = signal(false);
    let summary = move || {
        let name = include_name
            .get()
            .then(|| app.store.with(|s| s.current().map(|a| a.name.clone())))
            .flatten();
        app.analysis
            .with(|an| cta_summary(crate::domain::dataset(), l, an, name.as_deref()))
    };
    let cta_for_href = cta.clone();
    let href = move || {
        let s = if with_summary && include.get() {
            summary()
        } else {
            None
        };
        cta_href(&cta_for_href, s.as_deref())
    };
    let options = with_summary.then(|| {
        view! {
            <label class="imsx-check">
                <input type="checkbox" data-testid="cta-include" on:change=move |ev| set_include.set(event_target_checked(&ev)) />
                " " {tr(l, "Include a short summary of my results (you see it below first)")}
            </label>
            <Show when=move || include.get()>
                <label class="imsx-check">
                    <input type="checkbox" data-testid="cta-include-name" on:change=move |ev| set_include_name.set(event_target_checked(&ev)) />
                    " " {tr(l, "Also include the assessment's name")}
                </label>
                <pre class="imsx-cta__summary" data-testid="cta-summary">{summary}</pre>
            </Show>
        }
    });
    view! {
        <aside class="imsx-cta" data-testid="cta">
            <a class="imsx-btn" href=href data-testid="cta-link" rel="noopener">{cta.label.clone()}</a>
            <span class="imsx-print-only imsx-cta__url">" " {cta.url.clone()}</span>
            {options}
        </aside>
    }
    .into_any()
}
