use crate::domain::i18n::tr;
use crate::domain::report::method::{method, Rows};
use crate::domain::Status;
use leptos::prelude::*;

/// "How we estimate": the effort model in plain words, with the parameters the engine uses
/// (read from the same constants, so the page cannot drift from the code).
#[component]
pub fn HowWeEstimate() -> impl IntoView {
    let l = crate::ui::state::lang();
    let m = method(l);
    let table = |rows: Rows| {
        rows.into_iter()
            .map(|(k, v)| view! { <tr><th scope="row">{k}</th><td>{v}</td></tr> })
            .collect_view()
    };
    let kinds = m
        .levels
        .into_iter()
        .map(|(level, meaning, days)| view! { <tr><th scope="row">{level}</th><td>{meaning}</td><td>{days}</td></tr> })
        .collect_view();
    let credits = m
        .credits
        .into_iter()
        .map(|(status, work, doc)| view! { <tr><th scope="row">{status}</th><td>{work}</td><td>{doc}</td></tr> })
        .collect_view();
    view! {
        <article class="imsx-how">
            <h1>{tr(l, "How we estimate")}</h1>
            <p>{tr(l, "The estimate is a model, not a quote. It shows its working for every requirement, gives a range, and is calibrated on published figures: with a mature ISO/IEC 27001, 40–60 % of ISO/IEC 42001's management-system requirements are already met, about 40–50 % of the documentation burden disappears, and certification readiness takes 4–6 months.")}</p>
            <h2>{tr(l, "1. Status of each requirement")}</h2>
            <p>{tr(l, "Each requirement asks for parts (facets) of shared elements: internal audit's programme, incident management's notification, the risk method's treatment … A framework you hold implements exactly the facets its own requirements ask for, never more; your answers about an element cover all its facets and override.")}
                " " {tr(l, "A requirement is judged over all the facets it asks for: all of them in place → “reuse as is”, or “extend” where its subject (AI, privacy …) must be added to them; some in place → “partial”; none → “new”. Relationships (equal, subset, superset, intersects) compare these facet sets, after NIST IR 8477.")}</p>
            <ul>
                <li><strong>{tr(l, Status::ReuseAsIs.label())}</strong>": "{tr(l, "the evidence exists; reference and review it.")}</li>
                <li><strong>{tr(l, Status::Extend.label())}</strong>": "{tr(l, "the process or register exists; add the new content.")}</li>
                <li><strong>{tr(l, Status::Partial.label())}</strong>": "{tr(l, "part exists; substantial additions.")}</li>
                <li><strong>{tr(l, Status::New.label())}</strong>": "{tr(l, "nothing to build on.")}</li>
            </ul>
            <p>{tr(l, "An element “documented” allows at most “extend”; “partly” at most “partial”; “operating” or “audited” allow “reuse as is”. A certification implies “audited”, an uncertified implementation “operating”, AI RMF alignment “documented”.")}</p>
            <h2>{tr(l, "2. Effort per requirement")}</h2>
            <p>{tr(l, "Each requirement carries an effort level from 1 to 5, set by reading what it asks. Gross effort = the level's base × size factor × AI-footprint factor (AI-specific elements only).")}
                " " {m.doc_share}</p>
            <table class="imsx-table"><caption>{tr(l, "Effort levels and their base effort in a 51–250-person organisation")}</caption><tbody>{kinds}</tbody></table>
            <table class="imsx-table"><caption>{tr(l, "Size factor by people in scope")}</caption><tbody>{table(m.size)}</tbody></table>
            <table class="imsx-table"><caption>{tr(l, "AI-footprint factor by AI systems in scope")}</caption><tbody>{table(m.ai_systems)}</tbody></table>
            <p>{m.ai_adds}</p>
            <table class="imsx-table"><caption>{tr(l, "Reuse credit")}</caption>
                <thead><tr><th scope="col">{tr(l, "Status")}</th><th scope="col">{tr(l, "Work")}</th><th scope="col">{tr(l, "Documentation")}</th></tr></thead>
                <tbody>{credits}</tbody></table>
            <p>{m.doc_system}</p>
            <table class="imsx-table"><caption>{tr(l, "Maturity bonus by years your most mature system has run")}</caption><tbody>{table(m.maturity)}</tbody></table>
            <h2>{tr(l, "3. Audit readiness, range and calendar")}</h2>
            <p>{m.audit_readiness}</p>
            <table class="imsx-table"><caption>{tr(l, "Audit readiness, person-days")}</caption><tbody>{table(m.audit)}</tbody></table>
            <p>{m.range}
                " " {m.months}
                " " {m.joint}</p>
            <table class="imsx-table"><caption>{tr(l, "Suggested team capacity (FTE) by size")}</caption><tbody>{table(m.fte)}</tbody></table>
            <h2>{tr(l, "Limits")}</h2>
            <p>{tr(l, "The model does not know your auditors, your product's complexity beyond the number of AI systems, or how fast decisions are taken. Use the range, and the working, to plan — then refine with a gap analysis on site.")}
                " " {tr(l, "ISO/IEC 42001 certification is not EU AI Act conformity, and the NIST AI RMF gives no certificate.")}</p>
        </article>
    }
}
