use super::state::AppState;
use crate::domain::dataset;
use crate::domain::dataset::QuestionKind;
use crate::domain::i18n::tr;
use crate::domain::questionnaire::{self, QuestionView, Source};
use crate::domain::report::questions::{help_text, option_text, prompt_text};
use crate::domain::Answer;
use leptos::prelude::*;

/// One question, rendered from its data: radio group, checkboxes or text field, with its
/// "why we ask" help and, for element questions, the inferred answer and its reason.
#[component]
pub fn QuestionField(
    /// The question as the questionnaire model shows it.
    q: QuestionView,
) -> impl IntoView {
    let app = AppState::expect();
    let ds = dataset();
    let l = super::state::lang();
    let prompt = prompt_text(ds, l, &q);
    let qid = q.id.clone();
    let help_id = format!("help-{}", q.id.replace('.', "-"));
    let element = q.element;
    let id_for_value = qid.clone();
    // The value shown: the one rule in `questionnaire::shown`.
    let value = Memo::new(move |_| {
        app.answers.with(|a| {
            app.analysis.with(|an| {
                questionnaire::shown(ds, a, &an.elements, &id_for_value, element).value()
            })
        })
    });
    let inferred = move || {
        let ei = element?;
        app.analysis.with(|an| match &an.elements[ei].source {
            Source::Inferred(inf) => Some((inf.summary(ds, l), false)),
            Source::Answered => {
                // Answered over an inference: say what was inferred, and offer to go back to it.
                let a = app.answers.get_untracked();
                let held = questionnaire::held_frameworks(ds, &a);
                let needed =
                    questionnaire::target_facets(ds, &questionnaire::target_frameworks(ds, &a));
                questionnaire::infer(ds, &held, ei, needed).map(|inf| (inf.summary(ds, l), true))
            }
            _ => None,
        })
    };
    let qid_reset = qid.clone();
    let inference_view = move || {
        inferred().map(|(summary, overridden): (String, bool)| {
            let qid = qid_reset.clone();
            view! {
                <p class="imsx-inferred" data-testid="inferred">
                    <span class="imsx-badge imsx-badge--inferred">{tr(l, "Inferred")}</span>
                    " " {summary}
                    {overridden.then(|| view! {
                        " " {tr(l, "(you changed it)")} " "
                        <button type="button" class="imsx-btn imsx-btn--link" on:click=move |_| app.set_answer(&qid, None)>
                            {tr(l, "Use the inferred answer")}
                        </button>
                    })}
                </p>
            }
        })
    };
    let input = match q.kind {
        QuestionKind::Text => {
            let qid = qid.clone();
            let help_id = help_id.clone();
            let input_id = format!("q-{}", q.id.replace('.', "-"));
            view! {
                <div class="imsx-field">
                    <label for=input_id.clone() class="imsx-q__prompt">{prompt.clone()}</label>
                    <input id=input_id type="text" class="imsx-input imsx-private" maxlength="120" aria-describedby=help_id
                        prop:value=move || value.get().and_then(|v| v.as_one().map(String::from)).unwrap_or_default()
                        on:input=move |ev| {
                            let v = event_target_value(&ev);
                            app.set_answer(&qid, (!v.is_empty()).then_some(Answer::One(v)));
                        }
                    />
                </div>
            }
            .into_any()
        }
        kind => {
            let multi = kind == QuestionKind::Multi;
            let name = format!("q-{}", q.id.replace('.', "-"));
            let options = q
                .options
                .iter()
                .map(|o| {
                    let v = o.value.clone();
                    let v2 = o.value.clone();
                    let qid = qid.clone();
                    let checked = move || value.get().is_some_and(|a| a.contains(&v));
                    view! {
                        <label class="imsx-choice">
                            <input
                                type=if multi { "checkbox" } else { "radio" }
                                name=name.clone()
                                value=o.value.clone()
                                prop:checked=checked
                                on:change={
                                    let qid = qid.clone();
                                    let v2 = v2.clone();
                                    move |_| {
                                        if !multi {
                                            return;
                                        }
                                        let mut list: Vec<String> =
                                            value.get_untracked().map(|a| a.as_many().to_vec()).unwrap_or_default();
                                        if let Some(i) = list.iter().position(|x| x == &v2) {
                                            list.remove(i);
                                        } else {
                                            list.push(v2.clone());
                                        }
                                        app.set_answer(&qid, Some(Answer::Many(list)));
                                    }
                                }
                                // A radio answers on click (mouse or arrow keys), so choosing the
                                // pre-selected default records it as the user's answer too.
                                on:click=move |_| {
                                    if !multi {
                                        app.set_answer(&qid, Some(Answer::One(v2.clone())));
                                    }
                                }
                            />
                            <span>{option_text(l, &q, o)}</span>
                        </label>
                    }
                })
                .collect_view();
            view! {
                <fieldset class="imsx-field" aria-describedby=help_id.clone()>
                    <legend class="imsx-q__prompt">{prompt.clone()}</legend>
                    <div class="imsx-choices">{options}</div>
                </fieldset>
            }
            .into_any()
        }
    };
    view! {
        <div class="imsx-q" data-testid=format!("q-{}", q.id)>
            {input}
            <details class="imsx-help">
                <summary>{tr(l, "Why we ask")}</summary>
                <p id=help_id.clone()>{help_text(ds, l, &q)}</p>
            </details>
            {inference_view}
        </div>
    }
}
