use super::state::AppState;
use crate::domain::crosswalk::{related, Via};
use crate::domain::dataset::dataset;
use crate::domain::Relationship;
use leptos::prelude::*;

const PAGE: usize = 60;

/// The crosswalk explorer: every requirement of every framework, searchable and filterable by
/// framework, group (clause or annex objective), element and relationship; selecting one shows
/// everything it maps to. The large-type switch in the header makes it readable on a projector.
#[component]
pub fn Explorer() -> impl IntoView {
    let ds = dataset();
    let _app = AppState::expect();
    let (query, set_query) = signal(String::new());
    let (fw, set_fw) = signal(String::new());
    let (group, set_group) = signal(String::new());
    let (element, set_element) = signal(String::new());
    let (rel, set_rel) = signal(String::new());
    let (limit, set_limit) = signal(PAGE);
    let (selected, set_selected) = signal::<Option<(usize, usize)>>(None);

    let matches = Memo::new(move |_| {
        let q = query.get().to_ascii_lowercase();
        let (fw, group, element, rel) = (fw.get(), group.get(), element.get(), rel.get());
        let mut out = Vec::new();
        for (fi, f) in ds.frameworks.iter().enumerate() {
            if !fw.is_empty() && f.id != fw {
                continue;
            }
            for (ri, r) in f.requirements.iter().enumerate() {
                if !r.assessed {
                    continue;
                }
                if !group.is_empty() && r.group != group {
                    continue;
                }
                if !element.is_empty() && !r.links.iter().any(|l| l.el == element) {
                    continue;
                }
                if !rel.is_empty() {
                    let has = r.links.iter().any(|l| l.rel.key() == rel)
                        || ds
                            .direct_into(&r.id)
                            .iter()
                            .any(|d| ds.mapping(*d).rel.key() == rel);
                    if !has {
                        continue;
                    }
                }
                if !q.is_empty() {
                    let hay =
                        format!("{} {} {}", r.id, r.title, r.description()).to_ascii_lowercase();
                    if !q.split_whitespace().all(|w| hay.contains(w)) {
                        continue;
                    }
                }
                out.push((fi, ri));
            }
        }
        out
    });
    let groups = move || {
        let id = fw.get();
        let Some(f) = ds.framework(&id) else {
            return Vec::new();
        };
        f.requirements
            .iter()
            .filter(|r| r.parent.is_none())
            .map(|r| (r.reference.clone(), r.title.clone()))
            .collect::<Vec<_>>()
    };
    let fw_options = ds
        .frameworks
        .iter()
        .map(|f| view! { <option value=f.id.clone()>{f.full_name()}</option> })
        .collect_view();
    let el_options = ds
        .elements
        .iter()
        .map(|e| view! { <option value=e.id.clone()>{e.name.clone()}</option> })
        .collect_view();
    let rel_options = Relationship::ALL
        .iter()
        .map(|r| view! { <option value=r.key()>{r.label()}</option> })
        .collect_view();
    let rows = move || {
        let list = matches.get();
        list.iter()
            .take(limit.get())
            .map(|&(fi, ri)| {
                let f = &ds.frameworks[fi];
                let r = &f.requirements[ri];
                view! {
                    <li>
                        <button type="button" class="imsx-xrow"
                            aria-pressed=move || (selected.get() == Some((fi, ri))).to_string()
                            on:click=move |_| set_selected.set(Some((fi, ri)))>
                            <span class="imsx-xrow__fw">{f.name.clone()}</span>
                            <strong>{r.reference.clone()}</strong>
                            <span class="imsx-xrow__title">{r.title.clone()}</span>
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    let detail = move || {
        let (fi, ri) = selected.get()?;
        let f = &ds.frameworks[fi];
        let r = &f.requirements[ri];
        let links = r
            .links
            .iter()
            .filter_map(|l| {
                let e = ds.element(&l.el)?;
                Some(view! {
                    <li><strong>{e.name.clone()}</strong> ": " {l.f.iter().filter_map(|id| e.facets.iter().find(|f| &f.id == id)).map(|f| f.name.clone()).collect::<Vec<_>>().join(", ")}
                        " (" {l.rel.label()} " the element)"
                        {l.adds.as_ref().map(|a| format!(" — adds {}: {}", a.subject.label(), a.text))}</li>
                })
            })
            .collect_view();
        let rel_items = related(ds, fi, r)
            .into_iter()
            .map(|x| {
                let of = &ds.frameworks[x.framework];
                let o = &of.requirements[x.requirement];
                let (how, why) = match &x.via {
                    Via::Direct(d) => {
                        let m = ds.mapping(*d);
                        ("direct mapping".to_string(), format!("{} ({}; {})", m.why, m.src.label(), crate::domain::export::review_text(&m.review)))
                    }
                    Via::Hub(els) => (
                        "through shared facets".to_string(),
                        format!("elements: {}", els.iter().map(|e| ds.elements[*e].name.as_str()).collect::<Vec<_>>().join(", ")),
                    ),
                };
                view! {
                    <li data-testid="related">
                        <strong>{of.name.clone()} " " {o.reference.clone()}</strong> " " {o.title.clone()}
                        <br /><span class="imsx-muted">{x.rel.label()} " · reuse " {x.reuse.label()} " · " {how} " — " {why}</span>
                    </li>
                }
            })
            .collect_view();
        Some(view! {
            <section class="imsx-xdetail" aria-labelledby="x-title" data-testid="explorer-detail">
                <h2 id="x-title">{f.full_name()} " " {r.reference.clone()} " " {r.title.clone()}</h2>
                <p>{r.description().to_string()}</p>
                <p class="imsx-muted">"Kind: " {r.kind.label()} " · group " {r.group.clone()} " · id " <code>{r.id.clone()}</code></p>
                <h3>"Hub elements"</h3>
                <ul>{links}</ul>
                <h3>"Maps to"</h3>
                <ul class="imsx-related">{rel_items}</ul>
            </section>
        })
    };
    view! {
        <section class="imsx-explorer" aria-labelledby="explorer-title">
            <h1 id="explorer-title">"Crosswalk explorer"</h1>
            <p class="imsx-muted">"Every requirement of every framework. Pick one to see what it maps to, directly or through a shared element."</p>
            <div class="imsx-filters">
                <label>"Search" <input type="search" class="imsx-input" data-testid="x-search"
                    prop:value=query on:input=move |ev| { set_query.set(event_target_value(&ev)); set_limit.set(PAGE); } /></label>
                <label>"Framework" <select class="imsx-input" data-testid="x-framework" on:change=move |ev| {
                    set_fw.set(event_target_value(&ev)); set_group.set(String::new()); set_limit.set(PAGE);
                }><option value="">"All"</option>{fw_options}</select></label>
                <label>"Clause or group" <select class="imsx-input" data-testid="x-group" prop:value=group
                    on:change=move |ev| set_group.set(event_target_value(&ev)) disabled=move || fw.get().is_empty()>
                    <option value="">"All"</option>
                    {move || groups().into_iter().map(|(g, t)| view! { <option value=g.clone()>{g.clone()} " " {t}</option> }).collect_view()}
                </select></label>
                <label>"Element" <select class="imsx-input" data-testid="x-element" on:change=move |ev| set_element.set(event_target_value(&ev))>
                    <option value="">"All"</option>{el_options}</select></label>
                <label>"Relationship" <select class="imsx-input" data-testid="x-rel" on:change=move |ev| set_rel.set(event_target_value(&ev))>
                    <option value="">"Any"</option>{rel_options}</select></label>
            </div>
            <p role="status" data-testid="x-count">{move || format!("{} requirements", matches.with(|m| m.len()))}</p>
            <div class="imsx-xlayout">
                <ul class="imsx-xlist">{rows}</ul>
                {detail}
            </div>
            <Show when=move || { matches.with(|m| m.len()) > limit.get() }>
                <button type="button" class="imsx-btn imsx-btn--ghost" on:click=move |_| set_limit.update(|l| *l += PAGE)>"Show more"</button>
            </Show>
        </section>
    }
}
