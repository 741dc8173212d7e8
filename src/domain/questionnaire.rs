//! The questionnaire's logic (its content is data): which steps and questions apply, what a
//! held framework lets us infer, and the effective level of each element.
use super::answers::{Answers, Held, DONT_KNOW};
use super::dataset::{Choice, Condition, Dataset, Question, QuestionKind};
use super::facets::{FacetSet, Subjects};
use super::i18n::{tr, trf, Lang};
use super::vocab::{Level, Status, Subject};

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
    /// Further held frameworks that cover some of its facets.
    pub also: Vec<usize>,
    /// The element's facets the held frameworks cover.
    pub facets: FacetSet,
    /// The element's facets the targets ask for (all of them when no target asks any).
    pub wanted: FacetSet,
}

impl Inference {
    /// What is shown beside the question: the inferred level and where it comes from, and, when
    /// the held frameworks cover only some of the parts the targets ask for, how many and which
    /// are missing, so "Partly" never reads as an informal process.
    pub fn summary(&self, ds: &Dataset, l: Lang) -> String {
        let missing = self.wanted.minus(self.facets);
        if missing.is_empty() {
            return trf(
                l,
                "{0} — from {1}",
                &[tr(l, self.level.label()), &self.reason(ds, l)],
            );
        }
        let names: Vec<String> = missing
            .iter()
            .filter_map(|g| ds.facet(g))
            .map(|(e, f)| super::i18n::facet_name(l, e, &f.id).into_owned())
            .collect();
        let covered = self.wanted.intersection(self.facets).len();
        trf(
            l,
            "Partly — {1} of the {2} parts the target standard asks for here come from {0}; still to cover: {3}",
            &[
                &self.reason(ds, l),
                &covered.to_string(),
                &self.wanted.len().to_string(),
                &names.join(", "),
            ],
        )
    }
    /// Where the level comes from, in words ("ISO/IEC 27001:2022 certified: 9.2.1").
    pub fn reason(&self, ds: &Dataset, l: Lang) -> String {
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
        trf(
            l,
            "{0} {1}: {2}{3}",
            &[
                &fw.full_name(),
                tr(l, self.held.label()),
                &refs.join(", "),
                more,
            ],
        )
    }
}

/// Held frameworks as (framework index, status), in dataset order. Held status is asked once
/// per standard (`held.<family>`); where the dataset has several editions, `edition.<family>`
/// says which one (unanswered: the first edition listed, the one the tool asked about before).
pub fn held_frameworks(ds: &Dataset, a: &Answers) -> Vec<(usize, Held)> {
    ds.frameworks
        .iter()
        .enumerate()
        .filter_map(|(i, f)| {
            let h = a.held(&f.family)?;
            let chosen = a.one(&format!("edition.{}", f.family)).and_then(|e| {
                ds.editions_of(&f.family)
                    .find(|&j| ds.frameworks[j].edition == e)
            });
            let this = chosen.or_else(|| ds.editions_of(&f.family).next()) == Some(i);
            this.then_some((i, h))
        })
        .collect()
}

/// What the held frameworks imply for element `ei`, facet by facet: each held framework
/// implements the facets its assessed requirements ask for, never more. The element is at the
/// held level when every facet the targets ask for (`needed`) is covered, `Partly` when some are.
pub fn infer(
    ds: &Dataset,
    held: &[(usize, Held)],
    ei: usize,
    needed: FacetSet,
) -> Option<Inference> {
    let e = &ds.elements[ei];
    // Judged on the facets the targets ask for (all of them when no target asks any).
    let wanted = if needed.intersection(e.fset).is_empty() {
        e.fset
    } else {
        needed.intersection(e.fset)
    };
    let mut covered = FacetSet::EMPTY;
    let mut main: Option<(usize, Held, u32)> = None;
    let mut also = Vec::new();
    // The strongest held framework that alone covers every wanted facet.
    let mut best_full: Option<Level> = None;
    for &(fi, h) in held {
        let c = ds.fw_cover[fi].0.intersection(e.fset);
        if c.is_empty() {
            continue;
        }
        covered = covered.union(c);
        let n = c.intersection(wanted).len();
        match main {
            Some((_, mh, mn)) if (mn, mh) >= (n, h) => also.push(fi),
            Some((mfi, ..)) => {
                also.push(mfi);
                main = Some((fi, h, n));
            }
            None => main = Some((fi, h, n)),
        }
        if wanted.is_subset(&c) {
            best_full = best_full.max(Some(h.level()));
        }
    }
    let (framework, held_as, _) = main?;
    let level = match best_full {
        Some(l) => l,
        None if !wanted.is_subset(&covered) => Level::Partly,
        // Covered only by the union of several frameworks: the weakest of them.
        None => held
            .iter()
            .filter(|(fi, _)| !ds.fw_cover[*fi].0.intersection(wanted).is_empty())
            .map(|(_, h)| h.level())
            .min()
            .unwrap_or(Level::Partly),
    };
    Some(Inference {
        level,
        framework,
        held: held_as,
        requirements: ds.linking(framework, ei).to_vec(),
        also,
        facets: covered,
        wanted,
    })
}

/// The organisation's state facet by facet: the level each facet is implemented at, and the
/// subjects whose content it already carries. What the analysis compares requirements with.
#[derive(Clone, Debug, PartialEq)]
pub struct FacetState {
    /// Per global facet id.
    pub level: Vec<Level>,
    pub subjects: Subjects,
}

impl FacetState {
    /// The status this state gives a requirement asking for `facets` with subject content
    /// `adds` (FACETS.md rule 7, with maturity): every facet at least documented → the weakest
    /// facet's cap, lowered to extend where a subject is missing; some facets → partial; none →
    /// new. Judged over the whole facet set, never link by link.
    pub fn status(&self, facets: FacetSet, adds: &Subjects) -> Status {
        if facets.is_empty() {
            return Status::New;
        }
        let missing = self.subjects.missing(adds);
        let (mut any_new, mut any_covered, mut weakest) = (false, false, Status::ReuseAsIs);
        for f in facets.iter() {
            let l = self
                .level
                .get(usize::from(f))
                .copied()
                .unwrap_or(Level::None);
            if l == Level::None {
                any_new = true;
                continue;
            }
            any_covered = true;
            let mut s = l.cap();
            if missing.contains(f) {
                s = s.min(Status::Extend);
            }
            weakest = weakest.min(s);
        }
        match (any_covered, any_new) {
            (false, _) => Status::New,
            (true, true) => Status::Partial,
            (true, false) => weakest,
        }
    }
}

impl FacetState {
    /// Those of `facets` not implemented at all.
    pub fn missing(&self, facets: FacetSet) -> FacetSet {
        let mut m = FacetSet::EMPTY;
        for f in facets.iter() {
            if self
                .level
                .get(usize::from(f))
                .is_none_or(|l| *l == Level::None)
            {
                m.insert(f);
            }
        }
        m
    }
}

/// Builds the facet state from the element states and the held frameworks.
pub fn facet_state(ds: &Dataset, held: &[(usize, Held)], states: &[ElementState]) -> FacetState {
    let n = ds.facet_owner.len();
    let mut level = vec![Level::None; n];
    let mut held_subjects = Subjects::default();
    for &(fi, h) in held {
        let (cover, subj) = ds.fw_cover[fi];
        held_subjects = held_subjects.union(subj);
        for f in cover.iter() {
            let l = &mut level[usize::from(f)];
            *l = (*l).max(h.level());
        }
    }
    let mut subjects = held_subjects;
    for (ei, st) in states.iter().enumerate() {
        let e = &ds.elements[ei];
        match st.source {
            Source::Answered | Source::DontKnow => {
                for f in e.fset.iter() {
                    level[usize::from(f)] = st.level;
                }
                if st.level == Level::None {
                    // "Nothing yet" overrides what a held framework implies.
                    subjects = Subjects(subjects.0.map(|s| s.minus(e.fset)));
                } else if e.ai {
                    subjects.add(Subject::Ai, e.fset);
                }
            }
            Source::Inferred(_) | Source::Unanswered => {}
        }
    }
    // An AI element in place that is itself an instance of another element's facets (the AI
    // policy is policy content, published) brings them the AI subject and its level; an answer
    // about that other element still wins for the level.
    for ei in implying(ds, states) {
        let (e, st) = (&ds.elements[ei], &states[ei]);
        subjects.add(Subject::Ai, e.implies_fset);
        for f in e.implies_fset.iter() {
            let (owner, _) = ds.facet_owner[usize::from(f)];
            if !matches!(states[owner].source, Source::Answered | Source::DontKnow) {
                let l = &mut level[usize::from(f)];
                *l = (*l).max(st.level);
            }
        }
    }
    FacetState { level, subjects }
}

/// The AI elements answered in place that bring other elements' facets (`Element::implies`).
pub fn implying<'a>(
    ds: &'a Dataset,
    states: &'a [ElementState],
) -> impl Iterator<Item = usize> + 'a {
    states.iter().enumerate().filter_map(move |(ei, st)| {
        (!ds.elements[ei].implies_fset.is_empty()
            && st.source == Source::Answered
            && st.level > Level::None)
            .then_some(ei)
    })
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
    pub fn source_text(&self, ds: &Dataset, l: Lang) -> String {
        match &self.source {
            Source::Inferred(inf) => trf(l, "inferred from {0}", &[&inf.reason(ds, l)]),
            Source::Answered => {
                let level = tr(l, self.level.label());
                // English lowers the label mid-sentence; German keeps it as shown elsewhere.
                let level = match l {
                    Lang::En => level.to_ascii_lowercase(),
                    Lang::De => level.to_string(),
                };
                trf(l, "your answer: {0}", &[&level])
            }
            Source::DontKnow => tr(l, "you don't know").to_string(),
            Source::Unanswered => tr(l, "not answered").to_string(),
        }
    }
}

/// Effective state of every element, in dataset order.
pub fn element_states(ds: &Dataset, a: &Answers, held: &[(usize, Held)]) -> Vec<ElementState> {
    let needed = target_facets(ds, &target_frameworks(ds, a));
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
                _ => match infer(ds, held, ei, needed) {
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

/// The facets the targets' assessed requirements ask for.
pub fn target_facets(ds: &Dataset, targets: &[usize]) -> FacetSet {
    targets
        .iter()
        .fold(FacetSet::EMPTY, |acc, &fi| acc.union(ds.fw_cover[fi].0))
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

/// Answer options of element questions: the levels, then "don't know". Labels are the English
/// catalogue keys; the UI shows them through `i18n::tr`.
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
    let needed = target_facets(ds, &target_frameworks(ds, a));
    let mut done = 0;
    let mut total = 0;
    for s in steps(ds, a) {
        for q in &s.questions {
            total += 1;
            // A pre-selected default is not an answer: progress starts at 0 %.
            let answered = a.get(&q.id).is_some()
                || q.element
                    .is_some_and(|ei| infer(ds, &held, ei, needed).is_some());
            if answered {
                done += 1;
            }
        }
    }
    (done, total)
}

/// Answers in which every element question that applies and has neither an answer nor an
/// inference is answered "nothing yet" (`Level::None`): what an example organisation that has
/// nothing beyond what it states would answer. The figures stay the same (unanswered counts as
/// nothing), but the result is complete: no "partial answers" caveat.
pub fn complete(ds: &Dataset, a: &Answers) -> Answers {
    let answers = with_defaults(ds, a);
    let held = held_frameworks(ds, &answers);
    let states = element_states(ds, &answers, &held);
    let relevant = relevant_elements(ds, &target_frameworks(ds, &answers));
    let mut out = a.clone();
    for (ei, e) in ds.elements.iter().enumerate() {
        if relevant[ei] && states[ei].applicable && states[ei].source == Source::Unanswered {
            out.set_one(e.key.clone(), Level::None.key());
        }
    }
    // The other questions it leaves open it answers as the figures already read them: a
    // standard it does not name is not held, any other question takes its pre-selected
    // default. So the example reads 100 % answered.
    let open: Vec<(String, super::Answer)> = steps(ds, &out)
        .iter()
        .flat_map(|s| &s.questions)
        .filter(|q| out.get(&q.id).is_none())
        .filter_map(|q| {
            let v = if q.id.starts_with("held.") {
                super::Answer::One("none".into())
            } else {
                default_answer(ds, &q.id)?
            };
            Some((q.id.clone(), v))
        })
        .collect();
    for (q, v) in open {
        out.set(q, v);
    }
    out
}

/// What a question shows and where it comes from: the one rule, used by the question, the
/// review step and the requirement detail.
#[derive(Clone, Debug, PartialEq)]
pub enum Shown {
    /// The reader's answer.
    Answered(super::Answer),
    /// The data's pre-selected default (not yet an answer).
    Default(super::Answer),
    /// Inferred from a held framework.
    Inferred(Inference),
    /// Nothing: counted as nothing yet.
    Nothing,
}

impl Shown {
    /// The value the form shows (an inference as its level).
    pub fn value(&self) -> Option<super::Answer> {
        match self {
            Shown::Answered(v) | Shown::Default(v) => Some(v.clone()),
            Shown::Inferred(inf) => Some(super::Answer::One(inf.level.key().to_string())),
            Shown::Nothing => None,
        }
    }
}

/// What question `qid` (about element `element`, if any) shows, given the answers and the
/// element states of the analysis.
pub fn shown(
    ds: &Dataset,
    a: &Answers,
    states: &[ElementState],
    qid: &str,
    element: Option<usize>,
) -> Shown {
    if let Some(v) = a.get(qid) {
        return Shown::Answered(v.clone());
    }
    if let Some(Source::Inferred(inf)) = element.and_then(|ei| states.get(ei)).map(|s| &s.source) {
        return Shown::Inferred(inf.clone());
    }
    match default_answer(ds, qid) {
        Some(v) => Shown::Default(v),
        None => Shown::Nothing,
    }
}
