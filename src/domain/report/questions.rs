//! The questionnaire's words: a question's prompt and help, an option's label, a step's title
//! and intro, and what "Check your answers" shows for each question (answered, default,
//! inferred, nothing), all in the reader's language.
use super::super::answers::{Answer, DONT_KNOW};
use super::super::dataset::{Choice, Dataset};
use super::super::i18n::{self, tr, trf, Lang};
use super::super::questionnaire::{self, ElementState, QuestionView, Shown, Step};
use super::super::vocab::Level;

/// A question's prompt.
pub fn prompt_text(ds: &Dataset, l: Lang, q: &QuestionView) -> String {
    match q.element {
        Some(ei) => i18n::element_question(l, &ds.elements[ei]).into_owned(),
        None => i18n::question_text(l, &q.id, "prompt", &q.prompt).into_owned(),
    }
}

/// A question's "why we ask".
pub fn help_text(ds: &Dataset, l: Lang, q: &QuestionView) -> String {
    match q.element {
        Some(ei) => i18n::element_help(l, &ds.elements[ei]).into_owned(),
        None => i18n::question_text(l, &q.id, "help", &q.help).into_owned(),
    }
}

/// An answer option's label: the levels (and "don't know") of element questions from the
/// catalogue, profile questions' options from the German data pack.
pub fn option_text(l: Lang, q: &QuestionView, o: &Choice) -> String {
    if q.element.is_some() {
        if let Some(level) = Level::parse(&o.value) {
            return tr(l, level.label()).to_string();
        }
        if o.value == DONT_KNOW {
            return tr(l, "Don't know").to_string();
        }
    }
    i18n::option_label(l, &q.id, o).into_owned()
}

/// An answer as its options' labels ("None selected" for an empty choice of several).
pub fn answer_text(l: Lang, q: &QuestionView, v: &Answer) -> String {
    let one = |s: &str| {
        q.options
            .iter()
            .find(|o| o.value == s)
            .map(|o| option_text(l, q, o))
            .or_else(|| Level::parse(s).map(|x| tr(l, x.label()).to_string()))
            .unwrap_or_else(|| s.to_string())
    };
    match v {
        Answer::One(s) => one(s),
        Answer::Many(x) if x.is_empty() => tr(l, "None selected").to_string(),
        Answer::Many(x) => x.iter().map(|s| one(s)).collect::<Vec<_>>().join(", "),
    }
}

pub fn step_title(l: Lang, s: &Step) -> String {
    i18n::data(l, &format!("s:{}:title", s.id), &s.title).into_owned()
}

pub fn step_intro(l: Lang, s: &Step) -> String {
    i18n::data(l, &format!("s:{}:intro", s.id), &s.intro).into_owned()
}

/// What "Check your answers" shows for a question: the answer, the default or the inference
/// marked as such, or that nothing is answered (for an element: counted as nothing yet).
pub fn shown_text(
    ds: &Dataset,
    l: Lang,
    a: &super::super::Answers,
    elements: &[ElementState],
    q: &QuestionView,
) -> String {
    match questionnaire::shown(ds, a, elements, &q.id, q.element) {
        Shown::Answered(v) => answer_text(l, q, &v),
        Shown::Inferred(inf) => trf(l, "{0} (inferred)", &[tr(l, inf.level.label())]),
        Shown::Default(v) => trf(l, "{0} (default)", &[&answer_text(l, q, &v)]),
        Shown::Nothing if q.element.is_some() => {
            tr(l, "Not answered (counted as nothing yet)").to_string()
        }
        Shown::Nothing => tr(l, "Not answered").to_string(),
    }
}

/// The questionnaire's progress line: "Step 2 of 7 · 40 % answered", and the percentage for the
/// bar. `step` counts from 0; `answered` of `asked` questions (0 of 0 reads 0 %).
pub fn progress(
    l: Lang,
    step: usize,
    steps: usize,
    answered: usize,
    asked: usize,
) -> (String, u32) {
    let pct = (100 * answered).checked_div(asked).unwrap_or(0) as u32;
    let text = trf(
        l,
        "Step {0} of {1} · {2} % answered",
        &[
            &(step + 1).to_string(),
            &steps.to_string(),
            &pct.to_string(),
        ],
    );
    (text, pct)
}
