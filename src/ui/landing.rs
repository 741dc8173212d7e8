use super::assessment_list::AssessmentList;
use super::import_panel::ImportPanel;
use super::state::{AppState, Page};
use crate::domain::dataset;
use crate::domain::examples::EXAMPLES;
use crate::domain::i18n::{self, tr};
use crate::domain::Answers;
use leptos::prelude::*;

/// The landing page: what the tool does, what it covers, privacy, start/resume, examples and
/// the list of saved assessments.
#[component]
pub fn Landing() -> impl IntoView {
    let app = AppState::expect();
    let l = super::state::lang();
    let has_current = move || app.store.with(|s| s.current().is_some());
    let frameworks = dataset()
        .frameworks
        .iter()
        .map(|f| {
            let cert = if f.certifiable {
                tr(l, "certifiable")
            } else {
                tr(l, "voluntary, no certificate")
            };
            let subject = i18n::framework_text(l, f, "subject").into_owned();
            view! { <li><strong>{f.full_name()}</strong>" — " {subject} " (" {cert} ")"</li> }
        })
        .collect_view();
    let examples = EXAMPLES
        .iter()
        .map(|e| {
            view! {
                <li class="imsx-card">
                    <h3 class="imsx-card__title">{tr(l, e.name)}</h3>
                    <p>{tr(l, e.description)}</p>
                    <button type="button" class="imsx-btn" data-testid=format!("example-{}", e.id)
                        on:click=move |_| app.open_example(e)>
                        {tr(l, "Load this example")}
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="imsx-landing" aria-labelledby="landing-title">
            <h1 id="landing-title">{tr(l, "Reuse what you already run for ISO/IEC 42001")}</h1>
            <p class="imsx-lead">
                {tr(l, "Tell us which management systems you hold and what exists today. In about ten minutes you see, requirement by requirement, what you can reuse, what is missing, and how much work it is — with the working shown.")}
            </p>
            <p class="imsx-privacy" data-testid="privacy">
                <strong>{tr(l, "No data leaves your browser.")}</strong>
                " "
                {tr(l, "Everything is computed on this device and kept in this browser's storage. There is no account and no server.")}
            </p>
            <super::call_to_action::CallToAction />
            <div class="imsx-row">
                <button type="button" class="imsx-btn" data-testid="start"
                    on:click=move |_| {
                        app.create(tr(l, "My assessment"), Answers::default());
                        app.go(Page::Questionnaire);
                    }>
                    {tr(l, "Start a new assessment")}
                </button>
                <Show when=has_current>
                    <button type="button" class="imsx-btn imsx-btn--ghost imsx-private" data-testid="resume"
                        on:click=move |_| app.go(Page::Questionnaire)>
                        {move || {
                            let n = app.store.with(|s| s.current().map(|a| a.name.clone()).unwrap_or_default());
                            crate::domain::report::notices::resume(l, &n)
                        }}
                    </button>
                </Show>
            </div>
            <h2>{tr(l, "Frameworks and editions covered")}</h2>
            <ul>{frameworks}</ul>
            <h2>{tr(l, "Example organisations")}</h2>
            <ul class="imsx-cards">{examples}</ul>
            <AssessmentList />
            <ImportPanel />
        </section>
    }
}
