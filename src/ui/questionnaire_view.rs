use super::question_field::QuestionField;
use super::state::{AppState, Page};
use crate::domain::dataset;
use crate::domain::i18n::{tr, Lang};
use crate::domain::questionnaire::{self, Step};
use crate::domain::report::questions::{prompt_text, shown_text, step_intro, step_title};
use leptos::prelude::*;

/// Id of the final "check your answers" step.
pub const REVIEW: &str = "review";

/// The guided questionnaire: one question group per step, progress with step names, Back/Next,
/// a step list to jump, a "check your answers" summary, and results reachable at any time.
#[component]
pub fn QuestionnaireView() -> impl IntoView {
    let app = AppState::expect();
    let ds = dataset();
    let l = super::state::lang();
    if app.store.with_untracked(|s| s.current().is_none()) {
        app.create(tr(l, "My assessment"), Default::default());
    }
    let steps = Memo::new(move |_| app.answers.with(|a| questionnaire::steps(ds, a)));
    let current_id = Memo::new(move |_| {
        app.store
            .with(|s| s.current().map(|a| a.step.clone()).unwrap_or_default())
    });
    // Index of the current step; steps.len() is the review step.
    let index = Memo::new(move |_| {
        let id = current_id.get();
        steps.with(|st| {
            if id == REVIEW {
                st.len()
            } else {
                st.iter().position(|s| s.id == id).unwrap_or(0)
            }
        })
    });
    let total = move || steps.with(|s| s.len()) + 1;
    let goto = move |i: usize| {
        let id = steps.with_untracked(|st| {
            st.get(i)
                .map(|s| s.id.clone())
                .unwrap_or_else(|| REVIEW.to_string())
        });
        app.set_step(&id);
        focus_heading();
    };
    let progress = Memo::new(move |_| app.answers.with(|a| questionnaire::progress(ds, a)));
    let line = move || {
        let (d, t) = progress.get();
        crate::domain::report::questions::progress(l, index.get(), total(), d, t)
    };
    let pct = move || line().1;
    let step_list = move || {
        steps
            .get()
            .into_iter()
            .map(|s| {
                let title = step_title(l, &s);
                (s.id, title)
            })
            .chain(std::iter::once((
                REVIEW.to_string(),
                tr(l, "Check your answers").to_string(),
            )))
            .enumerate()
            .map(|(i, (_, title))| {
                view! {
                    <li>
                        <button type="button" class="imsx-steps__btn"
                            aria-current=move || (index.get() == i).then_some("step")
                            on:click=move |_| goto(i)>
                            <span class="imsx-steps__n">{i + 1}</span>" " {title}
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    let body = move || {
        let i = index.get();
        match steps.with(|st| st.get(i).cloned()) {
            Some(step) => step_view(l, step).into_any(),
            None => view! { <Review goto=goto /> }.into_any(),
        }
    };
    view! {
        <section class="imsx-questionnaire" aria-labelledby="step-title">
            <div class="imsx-progress">
                <p class="imsx-progress__label" id="progress-label">
                    {move || line().0}
                </p>
                <div class="imsx-progress__bar" role="progressbar" aria-labelledby="progress-label"
                    aria-valuemin="0" aria-valuemax="100" aria-valuenow=move || pct().to_string()>
                    <div class="imsx-progress__fill" style=move || format!("width:{}%", pct())></div>
                </div>
            </div>
            <div class="imsx-qlayout">
                <nav class="imsx-steps" aria-label=tr(l, "Questionnaire steps")>
                    <ol>{step_list}</ol>
                </nav>
                <div class="imsx-step">
                    {body}
                    <div class="imsx-row imsx-step__nav">
                        <button type="button" class="imsx-btn imsx-btn--ghost" data-testid="back"
                            disabled=move || index.get() == 0
                            on:click=move |_| goto(index.get_untracked().saturating_sub(1))>
                            {tr(l, "Back")}
                        </button>
                        <Show when=move || { index.get() + 1 < total() }>
                            <button type="button" class="imsx-btn" data-testid="next"
                                on:click=move |_| goto(index.get_untracked() + 1)>
                                {tr(l, "Next")}
                            </button>
                        </Show>
                        <button type="button" class="imsx-btn imsx-btn--ghost" data-testid="see-results"
                            on:click=move |_| app.go(Page::Results)>
                            {move || if index.get() + 1 < total() { tr(l, "See results now (partial)") } else { tr(l, "See results") }}
                        </button>
                    </div>
                </div>
            </div>
        </section>
    }
}

/// A step's title in the reader's language.
fn step_view(l: Lang, step: Step) -> impl IntoView {
    let title = step_title(l, &step);
    let intro = step_intro(l, &step);
    let questions = step
        .questions
        .into_iter()
        .map(|q| view! { <QuestionField q=q /> })
        .collect_view();
    view! {
        <h1 id="step-title" tabindex="-1" data-testid="step-title">{title}</h1>
        {(!intro.is_empty()).then(|| view! { <p class="imsx-muted">{intro}</p> })}
        {questions}
    }
}

/// "Check your answers": every question with its current answer and a link to change it.
#[component]
fn Review(goto: impl Fn(usize) + Copy + Send + Sync + 'static) -> impl IntoView {
    let app = AppState::expect();
    let ds = dataset();
    let l = super::state::lang();
    let rows = move || {
        let a = app.answers.get();
        let an = app.analysis.get();
        questionnaire::steps(ds, &a)
            .into_iter()
            .enumerate()
            .map(|(i, s)| {
                let items = s
                    .questions
                    .iter()
                    .map(|q| {
                        let shown = shown_text(ds, l, &a, &an.elements, q);
                        view! { <div class="imsx-review__row"><dt>{prompt_text(ds, l, q)}</dt><dd>{shown}</dd></div> }
                    })
                    .collect_view();
                let title = step_title(l, &s);
                view! {
                    <section class="imsx-review__step">
                        <h2>{title.clone()}
                            " " <button type="button" class="imsx-btn imsx-btn--link" on:click=move |_| goto(i)>
                                {tr(l, "Change")} <span class="imsx-sr">" " {title}</span>
                            </button>
                        </h2>
                        <dl>{items}</dl>
                    </section>
                }
            })
            .collect_view()
    };
    view! {
        <h1 id="step-title" tabindex="-1" data-testid="step-title">{tr(l, "Check your answers")}</h1>
        <p class="imsx-muted">{tr(l, "Review before you look at the results. Unanswered questions count as “nothing yet”, so the estimate leans high.")}</p>
        {rows}
    }
}

fn focus_heading() {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        request_animation_frame(|| {
            if let Some(el) = document().get_element_by_id("step-title") {
                let _ = el.unchecked_into::<web_sys::HtmlElement>().focus();
            }
            // On a phone the step list is one scrolling row: bring the current step into it.
            let doc = document();
            let list = doc.query_selector(".imsx-steps ol").ok().flatten();
            let cur = doc
                .query_selector(".imsx-steps__btn[aria-current=step]")
                .ok()
                .flatten();
            if let (Some(list), Some(cur)) = (list, cur) {
                let (l, c) = (
                    list.unchecked_into::<web_sys::HtmlElement>(),
                    cur.unchecked_into::<web_sys::HtmlElement>(),
                );
                if l.scroll_width() > l.client_width() {
                    let li = c
                        .parent_element()
                        .map(|p| p.unchecked_into::<web_sys::HtmlElement>());
                    let left = li.map_or(c.offset_left(), |p| p.offset_left()) - l.offset_left();
                    // A little of the step before shows, if the whole step still fits.
                    let room = (l.client_width() - c.offset_width()).clamp(0, 16);
                    l.set_scroll_left((left - room).max(0));
                }
            }
        });
    }
}
