use crate::domain::analysis::{Evidence, ReqResult};
use crate::domain::dataset;
use crate::domain::i18n::{self, tr, trf, Lang};
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
        let result = &result;
        let elements = &elements;
        let evidence = result
                .evidence
                .iter()
                .map(|e| match e {
                    Evidence::Element { element, link, gives } => {
                        let el = &ds.elements[*element];
                        let lk = &r.links[*link];
                        let st = &elements[*element];
                        let source = st.source_text(ds, l);
                        view! {
                            <li>
                                <strong>{i18n::element_name(l, el).into_owned()}</strong> ": "
                                {trf(l, "{0} ({1}); asks for {2} ({3} the element) → {4}", &[
                                    tr(l, st.level.label()), &source, &facet_names(l, &lk.f, el), tr(l, lk.rel.label()), tr(l, gives.label()),
                                ])}
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
                                {trf(l, ": relationship {0}, reuse {1}. {2} ({3}; {4})", &[
                                    tr(l, rel.label()), tr(l, gives.label()), &i18n::mapping_why(l, m), &crate::domain::report::provenance(ds, l, m),
                                    &crate::export::review_text(l, &m.review),
                                ])}
                            </li>
                        }
                        .into_any()
                    }
                    Evidence::Edition { map, gives } => {
                        let m = &ds.editions[*map];
                        let what = m
                            .entry(&r.reference)
                            .and_then(|e| i18n::edition_what(l, m, e))
                            .map(|w| w.into_owned())
                            .unwrap_or_default();
                        view! {
                            <li>
                                <strong>{m.title.clone()}</strong> ": "
                                {trf(l, "changed in this edition ({0}) → at most {1}", &[&what, tr(l, gives.label())])}
                            </li>
                        }
                        .into_any()
                    }
                })
                .collect_view();
        let todo = if status == crate::domain::Status::ReuseAsIs {
            tr(
                l,
                "Reference the existing evidence in the new scope and review it.",
            )
            .to_string()
        } else {
            crate::export::to_add(ds, framework, result, l)
        };
        let e = result.effort.clone();
        let working = crate::domain::report::effort_working(l, r, &e, result.applicable);
        Some(view! {
            <div class="imsx-req__body">
                <p>{i18n::req_summary(l, r).into_owned()}</p>
                <h4>{tr(l, "Builds on")}</h4>
                <ul>{evidence}</ul>
                <h4>{tr(l, "What to add")}</h4>
                <p>{todo}</p>
                <h4>{tr(l, "Effort working")}</h4>
                <p class="imsx-working">{working}</p>
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

fn facet_names(l: Lang, ids: &[String], el: &crate::domain::dataset::Element) -> String {
    ids.iter()
        .filter(|id| el.facets.iter().any(|f| &f.id == *id))
        // English lowers the name mid-sentence; German nouns keep their capital.
        .map(|id| match l {
            Lang::En => i18n::facet_name(l, el, id).to_lowercase(),
            Lang::De => i18n::facet_name(l, el, id).into_owned(),
        })
        .collect::<Vec<_>>()
        .join(", ")
}
