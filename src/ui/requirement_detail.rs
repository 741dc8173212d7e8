use crate::domain::analysis::ReqResult;
use crate::domain::dataset;
use crate::domain::i18n::tr;
use crate::domain::questionnaire::ElementState;
use leptos::prelude::*;

/// One requirement's result, expandable: status, what it builds on (elements and direct
/// mappings with relationship and rationale), what to add, and the effort working.
#[component]
pub fn RequirementDetail(
    /// Framework index of the target.
    framework: usize,
    result: ReqResult,
    /// Element states of the analysis (for the evidence's sources).
    elements: std::sync::Arc<Vec<ElementState>>,
) -> impl IntoView {
    let ds = dataset();
    let l = crate::ui::state::lang();
    let fw = &ds.frameworks[framework];
    let r = &fw.requirements[result.req];
    let status = result.status;
    // The body is built only when the requirement is opened: 70 closed rows cost little to
    // render, 70 open bodies do (results open faster; printing leaves these rows out).
    let (open, set_open) = signal(false);
    let applicable = result.applicable;
    let body = move || {
        if !open.get() {
            return None;
        }
        let b = crate::domain::report::requirement_body(ds, l, framework, &result, &elements);
        let evidence = b
            .builds_on
            .into_iter()
            .map(|x| view! { <li><strong>{x.head}</strong>{x.text}</li> })
            .collect_view();
        Some(view! {
            <div class="imsx-req__body">
                <p>{b.summary}</p>
                <h4>{tr(l, "Builds on")}</h4>
                <ul>{evidence}</ul>
                <h4>{tr(l, "What to add")}</h4>
                <p>{b.to_add}</p>
                <h4>{tr(l, "Effort working")}</h4>
                <p class="imsx-working">{b.working}</p>
            </div>
        })
    };
    view! {
        <details class="imsx-req" data-testid="requirement">
            <summary on:click=move |_| set_open.update(|o| *o = !*o)>
                <span class=format!("imsx-status imsx-status--{}", status.key())>{tr(l, status.label())}</span>
                " " <strong>{r.reference.clone()}</strong> " " {r.title.clone()}
                {(!applicable).then(|| view! { " " <span class="imsx-badge">{tr(l, "n/a")}</span> })}
            </summary>
            {body}
        </details>
    }
}
