use crate::domain::effort::*;
use crate::domain::num::{fixed, short};
use crate::domain::Status;
use leptos::prelude::*;

/// "How we estimate": the effort model in plain words, with the parameters the engine uses
/// (read from the same constants, so the page cannot drift from the code).
#[component]
pub fn HowWeEstimate() -> impl IntoView {
    let table = |rows: &[(&str, f64)]| {
        rows.iter().map(|(k, v)| view! { <tr><th scope="row">{k.to_string()}</th><td>{short(*v, 2)}</td></tr> }).collect_view()
    };
    let kinds = LEVELS
        .iter()
        .map(|l| view! { <tr><th scope="row">{l.level}</th><td>{l.meaning}</td><td>{format!("{} person-days", short(l.days, 2))}</td></tr> })
        .collect_view();
    let credits = Status::ALL
        .iter()
        .map(|s| view! { <tr><th scope="row">{s.label()}</th><td>{format!("{} %", fixed(reuse_credit(*s) * 100.0, 0))}</td><td>{format!("{} %", fixed(doc_credit(*s) * 100.0, 0))}</td></tr> })
        .collect_view();
    view! {
        <article class="imsx-how">
            <h1>"How we estimate"</h1>
            <p>"The estimate is a model, not a quote. It shows its working for every requirement, gives a range, and is calibrated on published figures: with a mature ISO/IEC 27001, 40–60 % of ISO/IEC 42001's management-system requirements are already met, about 40–50 % of the documentation burden disappears, and certification readiness takes 4–6 months."</p>
            <h2>"1. Status of each requirement"</h2>
            <p>"Each requirement asks for parts (facets) of shared elements: internal audit's programme, incident management's notification, the risk method's treatment … A framework you hold implements exactly the facets its own requirements ask for, never more; your answers about an element cover all its facets and override. A requirement is judged over all the facets it asks for: all of them in place → “reuse as is”, or “extend” where its subject (AI, privacy …) must be added to them; some in place → “partial”; none → “new”. Relationships (equal, subset, superset, intersects) compare these facet sets, after NIST IR 8477."</p>
            <ul>
                <li><strong>"Reuse as is"</strong>": the evidence exists; reference and review it."</li>
                <li><strong>"Extend"</strong>": the process or register exists; add the new content."</li>
                <li><strong>"Partial"</strong>": part exists; substantial additions."</li>
                <li><strong>"New"</strong>": nothing to build on."</li>
            </ul>
            <p>"An element “documented” allows at most “extend”; “partly” at most “partial”; “operating” or “audited” allow “reuse as is”. A certification implies “audited”, an uncertified implementation “operating”, AI RMF alignment “documented”."</p>
            <h2>"2. Effort per requirement"</h2>
            <p>"Each requirement carries an effort level from 1 to 5, set by reading what it asks. Gross effort = the level's base × size factor × AI-footprint factor (AI-specific elements only). Then "
                {format!("{} %", fixed(DOC_SHARE * 100.0, 0))} " of it is documentation, the rest is work; each part is reduced by its reuse credit, times a maturity bonus (capped at "
                {format!("{} %", fixed(MAX_CREDIT * 100.0, 0))} ")."</p>
            <table class="imsx-table"><caption>"Effort levels and their base effort in a 51–250-person organisation"</caption><tbody>{kinds}</tbody></table>
            <table class="imsx-table"><caption>"Size factor by people in scope"</caption><tbody>{table(&SIZE_FACTORS)}</tbody></table>
            <table class="imsx-table"><caption>"AI-footprint factor by AI systems in scope"</caption><tbody>{table(&AI_SYSTEM_FACTORS)}</tbody></table>
            <p>"Plus " {short(AI_DEVELOPER_ADD, 2)} " if you develop or provide AI, plus " {short(AI_HIGH_RISK_ADD, 2)} " for high-risk AI on the EU market."</p>
            <table class="imsx-table"><caption>"Reuse credit"</caption>
                <thead><tr><th scope="col">"Status"</th><th scope="col">"Work"</th><th scope="col">"Documentation"</th></tr></thead>
                <tbody>{credits}</tbody></table>
            <p>"New documents still get a " {format!("{} %", fixed(DOC_SYSTEM_CREDIT * 100.0, 0))} " credit when documented information is already controlled (templates, approval, register)."</p>
            <table class="imsx-table"><caption>"Maturity bonus by years your most mature system has run"</caption><tbody>{table(&MATURITY)}</tbody></table>
            <h2>"3. Audit readiness, range and calendar"</h2>
            <p>"Certifiable targets add audit readiness (internal audit, management review, Statement of Applicability sign-off, stage 1 and 2 support), cut by "
                {format!("{} %", fixed(AUDIT_CERTIFIED_CREDIT * 100.0, 0))} " when you already hold a certification."</p>
            <table class="imsx-table"><caption>"Audit readiness, person-days"</caption><tbody>{table(&AUDIT_DAYS)}</tbody></table>
            <p>"The range is " {format!("{} %", fixed(RANGE_LOW * 100.0, 0))} "–" {format!("{} %", fixed(RANGE_HIGH * 100.0, 0))} " of the central estimate. Months = person-days ÷ (team FTE × "
                {short(DAYS_PER_MONTH, 2)} " productive days), at least " {short(MIN_OPERATING_MONTHS, 2)} " months of operation with records, plus " {short(AUDIT_LEAD_MONTHS, 2)}
                " month for the certification audit. A further target in the same programme counts at " {format!("{} %", fixed(JOINT_TARGET_SHARE * 100.0, 0))} " of its own effort, as the shared spine is built once."</p>
            <table class="imsx-table"><caption>"Suggested team capacity (FTE) by size"</caption><tbody>{table(&DEFAULT_FTE)}</tbody></table>
            <h2>"Limits"</h2>
            <p>"The model does not know your auditors, your product's complexity beyond the number of AI systems, or how fast decisions are taken. Use the range, and the working, to plan — then refine with a gap analysis on site. ISO/IEC 42001 certification is not EU AI Act conformity, and the NIST AI RMF gives no certificate."</p>
        </article>
    }
}
