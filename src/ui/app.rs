use super::theme_toggle::ThemeToggle;
use crate::domain::dataset::{dataset, DATASET_EDITION};
use leptos::prelude::*;

/// The application shell: header, main view, footer.
#[component]
pub fn App() -> impl IntoView {
    let ds = dataset();
    let covered = ds
        .frameworks
        .iter()
        .map(|f| f.full_name())
        .collect::<Vec<_>>()
        .join(", ");
    view! {
        <a class="imsx-skip" href="#main">"Skip to content"</a>
        <header class="imsx-header">
            <span class="imsx-header__brand">"IMS Crosswalk"</span>
            <nav class="imsx-header__nav" aria-label="Main">
                <ThemeToggle />
            </nav>
        </header>
        <main id="main" class="imsx-main" tabindex="-1">
            <section class="imsx-landing" aria-labelledby="landing-title">
                <h1 id="landing-title">"Reuse what you already run for ISO/IEC 42001"</h1>
                <p class="imsx-lead">
                    "Answer a guided questionnaire about what you hold today and learn what you can reuse, what is missing and how much work it is."
                </p>
                <p class="imsx-privacy" data-testid="privacy">
                    <strong>"No data leaves your browser."</strong>
                    " Everything is computed here and kept in this browser's storage."
                </p>
                <p>"Covers " {covered} "."</p>
            </section>
        </main>
        <footer class="imsx-footer">
            <span data-testid="version">"IMS Crosswalk " {crate::APP_VERSION}</span>
            " · "
            <span data-testid="edition">"Dataset " {DATASET_EDITION}</span>
        </footer>
    }
}
