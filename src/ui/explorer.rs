use super::state::AppState;
use crate::domain::dataset;
use crate::domain::i18n::{self, tr, Lang};
use crate::domain::report::explore::{self, Filter};
use crate::domain::Relationship;
use leptos::prelude::*;

const PAGE: usize = 60;

/// The crosswalk explorer: every requirement of every framework, searchable and filterable by
/// framework, group (clause or annex objective), element and relationship; selecting one shows
/// everything it maps to. The large-type switch in the header makes it readable on a projector.
#[component]
pub fn Explorer() -> impl IntoView {
    let ds = dataset();
    let app = AppState::expect();
    let l = super::state::lang();
    // A deep link (#page=explorer&pair=a,b) opens on framework a, related to framework b.
    // A deep link with &req=<id> opens on that requirement (within its framework when the link
    // names no pair); it is used once.
    let pair = app.explorer_pair.get_untracked();
    let req = app
        .explorer_req
        .get_untracked()
        .and_then(|id| ds.requirement_pos(&id));
    if req.is_some() {
        app.explorer_req.set(None);
    }
    let first_fw = pair
        .as_ref()
        .map(|p| p.0.clone())
        .or_else(|| req.map(|(fi, _)| ds.frameworks[fi].id.clone()))
        .unwrap_or_default();
    let (query, set_query) = signal(String::new());
    let (fw, set_fw) = signal(first_fw);
    let (other, set_other) = signal(pair.map(|p| p.1).unwrap_or_default());
    let (group, set_group) = signal(String::new());
    let (element, set_element) = signal(String::new());
    let (rel, set_rel) = signal(String::new());
    let (limit, set_limit) = signal(PAGE);
    let (selected, set_selected) = signal::<Option<(usize, usize)>>(req);

    let matches = Memo::new(move |_| {
        let f = Filter {
            query: query.get(),
            framework: fw.get(),
            other: other.get(),
            group: group.get(),
            element: element.get(),
            rel: rel.get(),
        };
        explore::matches(ds, l, &f)
    });
    if let Some(i) = req.and_then(|r| matches.with_untracked(|m| m.iter().position(|x| *x == r))) {
        set_limit.set(PAGE.max(i + 1));
    }
    let groups = move || explore::groups(ds, &fw.get());
    let fw_options = ds
        .frameworks
        .iter()
        .map(|f| view! { <option value=f.id.clone()>{f.full_name()}</option> })
        .collect_view();
    let el_options = element_options(l);
    let rel_options = Relationship::ALL
        .iter()
        .map(|r| view! { <option value=r.key()>{tr(l, r.label())}</option> })
        .collect_view();
    // The requirement shown: the one picked, else the first match (never a blank panel).
    let shown = move || {
        selected
            .get()
            .filter(|s| matches.with(|m| m.contains(s)))
            .or_else(|| matches.with(|m| m.first().copied()))
    };
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
                            aria-pressed=move || (shown() == Some((fi, ri))).to_string()
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
    // Stepping through the list (buttons, arrow keys, a presenter's clicker): the next or
    // previous match becomes the picked one, its row is brought into view and focused.
    let step = move |d: i64| {
        let list = matches.get_untracked();
        if list.is_empty() {
            return;
        }
        // The row shown: the one picked, else the first (shown when nothing is picked).
        let cur = selected
            .get_untracked()
            .and_then(|s| list.iter().position(|x| *x == s))
            .unwrap_or(0);
        let i = (cur as i64 + d).clamp(0, list.len() as i64 - 1) as usize;
        if i >= limit.get_untracked() {
            set_limit.set(i + 1);
        }
        set_selected.set(Some(list[i]));
        super::browser::focus_later(".imsx-xrow[aria-pressed=true]");
    };
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        if super::browser::typing_in_field(&ev) {
            return;
        }
        let d = match ev.key().as_str() {
            "ArrowDown" | "ArrowRight" | "PageDown" | "j" => 1,
            "ArrowUp" | "ArrowLeft" | "PageUp" | "k" => -1,
            _ => return,
        };
        ev.prevent_default();
        step(d);
    };
    let position = move || matches.with(|m| explore::position(l, m, shown()?));
    let detail = move || {
        let (fi, ri) = shown()?;
        let d = explore::detail(ds, l, fi, ri);
        let links = d
            .links
            .into_iter()
            .map(|k| view! { <li><strong>{k.element}</strong> ": " {k.facets} " " {k.rel} {k.adds}</li> })
            .collect_view();
        let item = |x: explore::RelatedLine| {
            view! {
                <li data-testid="related">
                    <strong>{x.heading}</strong> " " {x.title}
                    <br /><span class="imsx-muted">{x.meta}</span>
                    {x.source.map(|s| view! { <br /><span class="imsx-muted imsx-source" data-testid="provenance">{s}</span> })}
                </li>
            }
        };
        let none_mapped = d.mapped.is_empty().then(|| view! { <p class="imsx-muted">{tr(l, "Nothing in the other frameworks maps to it.")}</p> });
        let rel_items = d.mapped.into_iter().map(item).collect_view();
        let unrelated = (!d.unrelated.is_empty()).then(|| {
            let items = d.unrelated.into_iter().map(item).collect_view();
            view! {
                <details class="imsx-unrelated" data-testid="x-unrelated">
                    <summary>{d.unrelated_title}</summary>
                    <ul class="imsx-related">{items}</ul>
                </details>
            }
        });
        Some(view! {
            <section class="imsx-xdetail" aria-labelledby="x-title" data-testid="explorer-detail">
                <div class="imsx-row imsx-noprint">
                    <button type="button" class="imsx-btn imsx-btn--ghost" data-testid="x-prev" on:click=move |_| step(-1)>{"← "}{tr(l, "Previous requirement")}</button>
                    <span data-testid="x-position">{position}</span>
                    <button type="button" class="imsx-btn imsx-btn--ghost" data-testid="x-next" on:click=move |_| step(1)>{tr(l, "Next requirement")}{" →"}</button>
                </div>
                <h2 id="x-title">{d.title}</h2>
                <p>{d.summary}</p>
                <p class="imsx-muted">{d.kind_line} " " <code>{d.id}</code> " · "
                    <a href=d.link data-testid="x-link">{tr(l, "Link to this requirement")}</a></p>
                <h3>{tr(l, "Hub elements")}</h3>
                <ul>{links}</ul>
                <h3>{tr(l, "Maps to")}</h3>
                {none_mapped}
                <ul class="imsx-related">{rel_items}</ul>
                {unrelated}
            </section>
        })
    };
    let other_options = ds
        .frameworks
        .iter()
        .map(|f| view! { <option value=f.id.clone()>{f.full_name()}</option> })
        .collect_view();
    view! {
        <section class="imsx-explorer" aria-labelledby="explorer-title" on:keydown=on_key>
            <h1 id="explorer-title">{tr(l, "Crosswalk explorer")}</h1>
            <p class="imsx-muted">{tr(l, "Every requirement of every framework. Pick one to see what it maps to, directly or through a shared element.")}</p>
            <div class="imsx-filters">
                <label>{tr(l, "Search")} <input type="search" class="imsx-input" data-testid="x-search"
                    prop:value=query on:input=move |ev| { set_query.set(event_target_value(&ev)); set_limit.set(PAGE); } /></label>
                <label>{tr(l, "Framework")} <select class="imsx-input" data-testid="x-framework" prop:value=fw on:change=move |ev| {
                    set_fw.set(event_target_value(&ev)); set_group.set(String::new()); set_limit.set(PAGE);
                }><option value="">{tr(l, "All")}</option>{fw_options}</select></label>
                <label>{tr(l, "Clause or group")} <select class="imsx-input" data-testid="x-group" prop:value=group
                    on:change=move |ev| set_group.set(event_target_value(&ev)) disabled=move || fw.get().is_empty()>
                    <option value="">{tr(l, "All")}</option>
                    {move || groups().into_iter().map(|(g, t)| view! { <option value=g.clone()>{g.clone()} " " {t}</option> }).collect_view()}
                </select></label>
                <label>{tr(l, "Related to")} <select class="imsx-input" data-testid="x-other" prop:value=other
                    on:change=move |ev| { set_other.set(event_target_value(&ev)); set_limit.set(PAGE); }>
                    <option value="">{tr(l, "Any framework")}</option>{other_options}</select></label>
                <label>{tr(l, "Element")} <select class="imsx-input" data-testid="x-element" on:change=move |ev| set_element.set(event_target_value(&ev))>
                    <option value="">{tr(l, "All")}</option>{el_options}</select></label>
                <label>{tr(l, "Relationship")} <select class="imsx-input" data-testid="x-rel" on:change=move |ev| set_rel.set(event_target_value(&ev))>
                    <option value="">{tr(l, "Any")}</option>{rel_options}</select></label>
            </div>
            <p role="status" data-testid="x-count">{move || explore::count(l, matches.with(|m| m.len()))}</p>
            <p class="imsx-muted imsx-noprint imsx-keyhint">{tr(l, "Arrow keys or Page Up / Page Down step through the list.")}</p>
            <div class="imsx-xlayout">
                <ul class="imsx-xlist">{rows}</ul>
                {detail}
            </div>
            <Show when=move || { matches.with(|m| m.len()) > limit.get() }>
                <button type="button" class="imsx-btn imsx-btn--ghost" on:click=move |_| set_limit.update(|n| *n += PAGE)>{tr(l, "Show more")}</button>
            </Show>
        </section>
    }
}

/// One `<option>` per hub element (value: its id), named in the reader's language: the
/// explorer's element filter and the what-if element picker.
pub fn element_options(l: Lang) -> impl IntoView {
    dataset()
        .elements
        .iter()
        .map(|e| view! { <option value=e.id.clone()>{i18n::element_name(l, e).into_owned()}</option> })
        .collect_view()
}
