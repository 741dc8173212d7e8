use super::state::{lang, AppState};
use crate::domain::i18n::tr;
use crate::domain::regulation::{article_17, Role, MISSING, SERVED, SERVICE_DESK};
use leptos::prelude::*;

/// For high-risk AI on the EU market: what ISO/IEC 42001 serves of the EU AI Act's quality
/// management system (Article 17) and what it does not, the coming harmonised standard, where to
/// check scope and risk class, and that this is not legal advice. Absent otherwise.
#[component]
pub fn AiActNote() -> impl IntoView {
    let app = AppState::expect();
    let l = lang();
    let role = app.answers.with(article_17);
    let Some(role) = role else {
        return ().into_any();
    };
    let body = match role {
        Role::Provider => {
            let served = SERVED
                .iter()
                .map(|s| view! { <li>{tr(l, s.aspect)} " — " <span class="imsx-muted">{s.by}</span></li> })
                .collect_view();
            let missing = MISSING.iter().map(|m| view! { <li>{tr(l, m)}</li> }).collect_view();
            view! {
                <h3>{tr(l, "What ISO/IEC 42001 already serves")}</h3>
                <ul data-testid="art17-served">{served}</ul>
                <h3>{tr(l, "What it does not: add these")}</h3>
                <ul data-testid="art17-missing">{missing}</ul>
            }
            .into_any()
        }
        Role::DeployerOnly => view! {
            <p>{tr(l, "Article 17 applies to providers of high-risk AI systems. As a user (deployer) your duties are in Article 26: use the system as instructed, assign human oversight, monitor it, keep its logs and inform the people concerned. ISO/IEC 42001's controls on intended use, oversight and monitoring help with these.")}</p>
        }
        .into_any(),
    };
    view! {
        <section class="imsx-aiact" aria-labelledby="aiact-title" data-testid="art17">
            <h2 id="aiact-title">{tr(l, "EU AI Act: the quality management system of Article 17")}</h2>
            <p>{tr(l, "You place high-risk AI on the EU market. ISO/IEC 42001 is not a harmonised standard under the AI Act, so certification gives no presumption of conformity, but much of its management system carries over.")}</p>
            {body}
            <p>{tr(l, "The harmonised standard for Article 17 is being drafted by CEN-CENELEC JTC 21 as prEN 18286.")}</p>
            <p>
                {tr(l, "Whether the Act applies to your system, and in which risk class: ")}
                <a href=SERVICE_DESK rel="noopener">{tr(l, "the European Commission's AI Act Service Desk and its Compliance Checker")}</a>
                "."
            </p>
            <p class="imsx-muted">{tr(l, "Orientation from the Regulation's text, not legal advice.")}</p>
        </section>
    }
    .into_any()
}
