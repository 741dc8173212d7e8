use super::assessment_list::AssessmentList;
use super::import_panel::ImportPanel;
use super::state::{AppState, Page};
use crate::domain::dataset::dataset;
use crate::domain::examples::EXAMPLES;
use crate::domain::Answers;
use leptos::prelude::*;

/// The landing page: what the tool does, what it covers, privacy, start/resume, examples and
/// the list of saved assessments.
#[component]
pub fn Landing() -> impl IntoView {
    let app = AppState::expect();
    let has_current = move || app.store.with(|s| s.current().is_some());
    let frameworks = dataset()
        .frameworks
        .iter()
        .map(|f| {
            let cert = if f.certifiable { "certifiable" } else { "voluntary, no certificate" };
            view! { <li><strong>{f.full_name()}</strong>" — " {f.subject.clone()} " (" {cert} ")"</li> }
        })
        .collect_view();
    let examples = EXAMPLES
        .iter()
        .map(|e| {
            view! {
                <li class="imsx-card">
                    <h3 class="imsx-card__title">{e.name}</h3>
                    <p>{e.description}</p>
                    <button type="button" class="imsx-btn" data-testid=format!("example-{}", e.id)
                        on:click=move |_| {
                            app.create(e.name, e.answers());
                            app.go(Page::Questionnaire);
                        }>
                        "Load this example"
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="imsx-landing" aria-labelledby="landing-title">
            <h1 id="landing-title">"Reuse what you already run for ISO/IEC 42001"</h1>
            <p class="imsx-lead">
                "Tell us which management systems you hold and what exists today. In about ten minutes you see, requirement by requirement, what you can reuse, what is missing, and how much work it is — with the working shown."
            </p>
            <p class="imsx-privacy" data-testid="privacy">
                <strong>"No data leaves your browser."</strong>
                " Everything is computed on this device and kept in this browser's storage. There is no account and no server."
            </p>
            <div class="imsx-row">
                <button type="button" class="imsx-btn" data-testid="start"
                    on:click=move |_| {
                        app.create("My assessment", Answers::default());
                        app.go(Page::Questionnaire);
                    }>
                    "Start a new assessment"
                </button>
                <Show when=has_current>
                    <button type="button" class="imsx-btn imsx-btn--ghost" data-testid="resume"
                        on:click=move |_| app.go(Page::Questionnaire)>
                        "Resume “" {move || app.store.with(|s| s.current().map(|a| a.name.clone()).unwrap_or_default())} "”"
                    </button>
                </Show>
            </div>
            <h2>"Frameworks and editions covered"</h2>
            <ul>{frameworks}</ul>
            <h2>"Example organisations"</h2>
            <ul class="imsx-cards">{examples}</ul>
            <AssessmentList />
            <ImportPanel />
        </section>
    }
}
