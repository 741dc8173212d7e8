use crate::domain::analysis::{Evidence, ReqResult};
use crate::domain::dataset::dataset;
use crate::domain::num::{fixed, short};
use crate::domain::questionnaire::{ElementState, Source};
use crate::domain::report::days;
use leptos::prelude::*;

/// One requirement's result, expandable: status, what it builds on (elements and direct
/// mappings with relationship and rationale), what to add, and the effort working.
#[component]
pub fn RequirementDetail(
    /// Framework index of the target.
    framework: usize,
    result: ReqResult,
    /// Element states of the analysis (for the evidence's sources).
    elements: Vec<ElementState>,
) -> impl IntoView {
    let ds = dataset();
    let fw = &ds.frameworks[framework];
    let r = &fw.requirements[result.req];
    let status = result.status;
    let evidence = result
        .evidence
        .iter()
        .map(|e| match e {
            Evidence::Element { element, link, gives } => {
                let el = &ds.elements[*element];
                let l = &r.links[*link];
                let st = &elements[*element];
                let source = match &st.source {
                    Source::Inferred(inf) => format!("inferred from {}", inf.reason(ds)),
                    Source::Answered => "your answer".to_string(),
                    Source::DontKnow => "you don't know".to_string(),
                    Source::Unanswered => "not answered".to_string(),
                };
                view! {
                    <li>
                        <strong>{el.name.clone()}</strong> ": " {st.level.label()} " (" {source} "); "
                        "asks for " {facet_names(&l.f, el)} " (" {l.rel.label()} " the element) → " {gives.label()}
                    </li>
                }
                .into_any()
            }
            Evidence::Direct { framework: sf, requirement: sr, file, index, reversed, gives } => {
                let m = &ds.mapping_files[*file].mappings[*index];
                let src = &ds.frameworks[*sf].requirements[*sr];
                let rel = if *reversed { m.rel } else { m.rel.inverse() };
                view! {
                    <li>
                        <strong>{ds.frameworks[*sf].full_name()} " " {src.reference.clone()}</strong> " " {src.title.clone()}
                        ": this requirement " {rel.label()} " it → " {gives.label()} ". " {m.why.clone()}
                        " (" {m.src.label()} "; " {crate::domain::export::review_text(&m.review)} ")"
                    </li>
                }
                .into_any()
            }
        })
        .collect_view();
    let todo = if status == crate::domain::Status::ReuseAsIs {
        "Reference the existing evidence in the new scope and review it.".to_string()
    } else {
        crate::domain::export::to_add(ds, framework, &result)
    };
    let e = result.effort.clone();
    let doc = crate::domain::effort::DOC_SHARE * 100.0;
    let working = if result.applicable {
        format!(
            "{} (effort level {}: {}) × {} (size) × {} (AI footprint) = {} gross; work part {} % after a {} % reuse credit, documents {} % after a {} % credit, × maturity {} → {} person-days{}",
            days(e.base), e.level, crate::domain::effort::level(e.level).meaning, short(e.size, 2), short(e.ai, 2), days(e.gross), fixed(100.0 - doc, 0), fixed(e.credit * 100.0, 0), fixed(doc, 0), fixed(e.doc_credit * 100.0, 0), short(e.maturity, 2), days(e.days),
            r.effort_why.as_ref().map(|w| format!(" (level: {w})")).unwrap_or_default()
        )
    } else {
        "Not applicable to your organisation (no effort counted).".to_string()
    };
    view! {
        <details class="imsx-req" data-testid="requirement">
            <summary>
                <span class=format!("imsx-status imsx-status--{}", status.key())>{status.label()}</span>
                " " <strong>{r.reference.clone()}</strong> " " {r.title.clone()}
                {(!result.applicable).then(|| view! { " " <span class="imsx-badge">"n/a"</span> })}
            </summary>
            <div class="imsx-req__body">
                <p>{r.description().to_string()}</p>
                <h4>"Builds on"</h4>
                <ul>{evidence}</ul>
                <h4>"What to add"</h4>
                <p>{todo}</p>
                <h4>"Effort working"</h4>
                <p class="imsx-working">{working}</p>
            </div>
        </details>
    }
}

fn facet_names(ids: &[String], el: &crate::domain::dataset::Element) -> String {
    ids.iter()
        .filter_map(|id| el.facets.iter().find(|f| &f.id == id))
        .map(|f| f.name.to_lowercase())
        .collect::<Vec<_>>()
        .join(", ")
}
