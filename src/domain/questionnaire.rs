//! The questionnaire's logic (its content is data): which steps and questions apply, what a
//! held framework lets us infer, and the effective level of each element.
use super::answers::{Answers, Held, DONT_KNOW};
use super::dataset::{Choice, Condition, Dataset, Question, QuestionKind};
use super::vocab::{coverage, Coverage, Level};

/// Evaluates a visibility condition against the answers.
pub fn holds(c: &Condition, a: &Answers) -> bool {
    match c {
        Condition::Answer { q, any_of } => a
            .get(q)
            .is_some_and(|v| any_of.iter().any(|x| v.contains(x))),
        Condition::Not { q, any_of } => !a
            .get(q)
            .is_some_and(|v| any_of.iter().any(|x| v.contains(x))),
        Condition::All(cs) => cs.iter().all(|c| holds(c, a)),
        Condition::Any(cs) => cs.iter().any(|c| holds(c, a)),
    }
}

/// Why an element's level was inferred.
#[derive(Clone, Debug, PartialEq)]
pub struct Inference {
    pub level: Level,
    /// Framework index that implies it.
    pub framework: usize,
    pub held: Held,
    /// Requirement indexes (in that framework) that implement the element.
    pub requirements: Vec<usize>,
    /// Further held frameworks that imply the same level.
    pub also: Vec<usize>,
}

impl Inference {
    pub fn reason(&self, ds: &Dataset) -> String {
        let fw = &ds.frameworks[self.framework];
        let refs: Vec<&str> = self
            .requirements
            .iter()
            .take(3)
            .map(|&r| fw.requirements[r].reference.as_str())
            .collect();
        let more = if self.requirements.len() > 3 {
            " …"
        } else {
            ""
        };
        format!(
            "{} {}: {}{}",
            fw.full_name(),
            self.held.label(),
            refs.join(", "),
            more
        )
    }
}

/// Held frameworks as (framework index, status), in dataset order.
pub fn held_frameworks(ds: &Dataset, a: &Answers) -> Vec<(usize, Held)> {
    ds.frameworks
        .iter()
        .enumerate()
        .filter_map(|(i, f)| a.held(&f.id).map(|h| (i, h)))
        .collect()
}

/// What the held frameworks imply for element `ei`: the strongest inference, if any.
pub fn infer(ds: &Dataset, held: &[(usize, Held)], ei: usize) -> Option<Inference> {
    let mut best: Option<Inference> = None;
    for &(fi, h) in held {
        let fw = &ds.frameworks[fi];
        let mut cov = Coverage::None;
        let mut reqs = Vec::new();
        for &ri in ds.linking(fi, ei) {
            let r = &fw.requirements[ri];
            if let Some(l) = r.links.iter().find(|l| l.ei == ei) {
                let c = coverage(l.rel);
                if c > Coverage::None {
                    reqs.push(ri);
                }
                cov = cov.max(c);
            }
        }
        let level = match cov {
            Coverage::Full => h.level(),
            Coverage::Partial => Level::Partly,
            Coverage::None => continue,
        };
        match &mut best {
            Some(b) if level == b.level => b.also.push(fi),
            Some(b) if level < b.level => {}
            _ => {
                best = Some(Inference {
                    level,
                    framework: fi,
                    held: h,
                    requirements: reqs,
                    also: Vec::new(),
                })
            }
        }
    }
    best
}

/// The level the analysis uses for an element, and where it comes from.
#[derive(Clone, Debug, PartialEq)]
pub enum Source {
    /// Answered by the user (overriding any inference).
    Answered,
    /// Answered "don't know": counted as nothing yet.
    DontKnow,
    Inferred(Inference),
    /// No answer and nothing to infer from.
    Unanswered,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ElementState {
    pub level: Level,
    pub source: Source,
    /// Whether the element's question applies (its `applies_if` holds).
    pub applicable: bool,
}

impl ElementState {
    /// Where its level comes from, in words ("inferred from ISO/IEC 27001:2022 certified: 9.2.1").
    /// Built on demand: the analysis itself never formats text it may not show.
    pub fn source_text(&self, ds: &Dataset) -> String {
        match &self.source {
            Source::Inferred(inf) => format!("inferred from {}", inf.reason(ds)),
            Source::Answered => format!("your answer: {}", self.level.label().to_ascii_lowercase()),
            Source::DontKnow => "you don't know".to_string(),
            Source::Unanswered => "not answered".to_string(),
        }
    }
}

/// Effective state of every element, in dataset order.
pub fn element_states(ds: &Dataset, a: &Answers, held: &[(usize, Held)]) -> Vec<ElementState> {
    ds.elements
        .iter()
        .enumerate()
        .map(|(ei, e)| {
            let applicable = e.applies_if.as_ref().is_none_or(|c| holds(c, a));
            let (level, source) = match a.one(&e.key) {
                Some(DONT_KNOW) => (Level::None, Source::DontKnow),
                Some(v) if Level::parse(v).is_some() => {
                    (Level::parse(v).unwrap_or(Level::None), Source::Answered)
                }
                _ => match infer(ds, held, ei) {
                    Some(inf) => (inf.level, Source::Inferred(inf)),
                    None => (Level::None, Source::Unanswered),
                },
            };
            ElementState {
                level,
                source,
                applicable,
            }
        })
        .collect()
}

/// Elements relevant to the targets: linked from at least one assessed requirement of a target.
pub fn relevant_elements(ds: &Dataset, targets: &[usize]) -> Vec<bool> {
    let mut rel = vec![false; ds.elements.len()];
    for &fi in targets {
        for (ei, r) in rel.iter_mut().enumerate() {
            if !ds.linking(fi, ei).is_empty() {
                *r = true;
            }
        }
    }
    rel
}

/// Target framework indexes from the answers (unknown ids skipped).
pub fn target_frameworks(ds: &Dataset, a: &Answers) -> Vec<usize> {
    let mut t: Vec<usize> = a
        .targets()
        .iter()
        .filter_map(|id| ds.framework_index(id))
        .collect();
    t.dedup();
    t
}

/// A question as shown: content plus the current value and any inference.
#[derive(Clone, Debug, PartialEq)]
pub struct QuestionView {
    pub id: String,
    pub prompt: String,
    pub help: String,
    pub kind: QuestionKind,
    pub options: Vec<Choice>,
    /// The element asked about, for element questions.
    pub element: Option<usize>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Step {
    pub id: String,
    pub title: String,
    pub intro: String,
    pub questions: Vec<QuestionView>,
}

/// Answer options of element questions: the levels, then "don't know".
pub fn level_choices() -> Vec<Choice> {
    let mut v: Vec<Choice> = Level::ALL
        .iter()
        .map(|l| Choice {
            value: l.key().into(),
            label: l.label().into(),
        })
        .collect();
    v.push(Choice {
        value: DONT_KNOW.into(),
        label: "Don't know".into(),
    });
    v
}

fn view(q: &Question) -> QuestionView {
    QuestionView {
        id: q.id.clone(),
        prompt: q.prompt.clone(),
        help: q.help.clone(),
        kind: q.kind,
        options: q.options.clone(),
        element: None,
    }
}

/// The steps that apply to these answers, in order (Harmonized Structure, AI last).
/// Steps with no applicable question are left out.
pub fn steps(ds: &Dataset, a: &Answers) -> Vec<Step> {
    let targets = target_frameworks(ds, a);
    let relevant = relevant_elements(ds, &targets);
    let choices = level_choices();
    ds.questionnaire
        .steps
        .iter()
        .filter_map(|s| {
            let mut questions: Vec<QuestionView> = s
                .questions
                .iter()
                .filter(|q| q.applies_if.as_ref().is_none_or(|c| holds(c, a)))
                .map(view)
                .collect();
            for (ei, e) in ds.elements.iter().enumerate() {
                if e.step == s.id
                    && relevant[ei]
                    && e.applies_if.as_ref().is_none_or(|c| holds(c, a))
                {
                    questions.push(QuestionView {
                        id: e.key.clone(),
                        prompt: e.question.clone(),
                        help: e.help.clone(),
                        kind: QuestionKind::Single,
                        options: choices.clone(),
                        element: Some(ei),
                    });
                }
            }
            (!questions.is_empty()).then(|| Step {
                id: s.id.clone(),
                title: s.title.clone(),
                intro: s.intro.clone(),
                questions,
            })
        })
        .collect()
}

/// Default value of a question from the data, if any.
pub fn default_answer(ds: &Dataset, q: &str) -> Option<super::Answer> {
    let q = ds
        .questionnaire
        .steps
        .iter()
        .flat_map(|s| &s.questions)
        .find(|x| x.id == q)?;
    q.default.clone()
}

/// Answers with the data's defaults filled where nothing was answered.
pub fn with_defaults(ds: &Dataset, a: &Answers) -> Answers {
    let mut out = a.clone();
    for q in ds.questionnaire.steps.iter().flat_map(|s| &s.questions) {
        if out.get(&q.id).is_none() {
            if let Some(v) = &q.default {
                out.set(q.id.clone(), v.clone());
            }
        }
    }
    out
}

/// Share of applicable questions answered (or inferred), 0–100, for the progress bar.
pub fn progress(ds: &Dataset, a: &Answers) -> (usize, usize) {
    let held = held_frameworks(ds, a);
    let mut done = 0;
    let mut total = 0;
    for s in steps(ds, a) {
        for q in &s.questions {
            total += 1;
            let answered = a.get(&q.id).is_some()
                || q.element.is_some_and(|ei| infer(ds, &held, ei).is_some())
                || default_answer(ds, &q.id).is_some();
            if answered {
                done += 1;
            }
        }
    }
    (done, total)
}
