//! The analysis: for each requirement of each target, a status, the evidence behind it, what
//! must be added and the roadmap phase; then aggregates, reusable elements, gaps and effort.
//!
//! The rule, in one place (`FacetState::status`): a requirement is judged over the whole set of
//! facets it asks for, against what the organisation implements facet by facet (held
//! frameworks' requirements, never more; answers override). Every facet covered → the weakest
//! facet's maturity cap, `extend` where its subject content must be added; some → partial;
//! none → new. Direct mappings from held frameworks are shown as evidence with their rationale;
//! they cannot say more than the facets do, so they never change a status. Adding a held
//! framework only adds facets and subjects, so it never lowers a status (property-tested).
use super::answers::{Answers, Held};
use super::dataset::{Dataset, Workstream};
use super::effort;
use super::facets::FacetSet;
use super::i18n::Msg;
use super::questionnaire::{self, ElementState, FacetState, Source};
use super::recommend;
use super::vocab::*;

pub use super::results::*;

/// Runs the whole analysis. Never panics on answers; problems become warnings.
pub fn analyse(ds: &Dataset, raw: &Answers) -> Analysis {
    let answers = questionnaire::with_defaults(ds, raw);
    let a = &answers;
    let warnings = stale_answer_warnings(ds, raw);
    let held = questionnaire::held_frameworks(ds, a);
    let states = questionnaire::element_states(ds, a, &held);
    let target_ids = questionnaire::target_frameworks(ds, a);
    // An unknown target is named by `stale_answer_warnings` (a value that is not an option).
    let relevant = questionnaire::relevant_elements(ds, &target_ids);
    let partial = ds.elements.iter().enumerate().any(|(ei, _)| {
        relevant[ei] && states[ei].applicable && states[ei].source == Source::Unanswered
    });
    let mut params = effort::Params::from_answers(ds, a, &held);
    params.doc_system = ds
        .element_index("documented_info")
        .is_some_and(|i| states[i].level >= Level::Documented);
    let fstate = questionnaire::facet_state(ds, &held, &states);
    let targets: Vec<TargetResult> = target_ids
        .iter()
        .map(|&fi| analyse_target(ds, a, fi, &held, &states, &fstate, &params))
        .collect();
    let effort = effort::combine(&targets, &params, ds);
    let recommendations = recommend::recommend(ds, a, &held, &targets, partial);
    Analysis {
        targets,
        elements: states,
        held,
        partial,
        effort,
        recommendations,
        warnings,
    }
}

fn analyse_target(
    ds: &Dataset,
    a: &Answers,
    fi: usize,
    held: &[(usize, Held)],
    states: &[ElementState],
    fstate: &FacetState,
    params: &effort::Params,
) -> TargetResult {
    let fw = &ds.frameworks[fi];
    // The road from a held earlier edition of this standard, if any.
    let edition = super::editions::road_to(&ds.editions, fi, held);
    let mut requirements = Vec::with_capacity(fw.requirements.len());
    let mut counts = StatusCounts::default();
    let mut clause_counts = StatusCounts::default();
    let mut control_counts = StatusCounts::default();
    let mut groups: Vec<GroupCoverage> = Vec::new();
    // Answered elements that bring other elements' facets (`Element::implies`).
    let implying: Vec<usize> = questionnaire::implying(ds, states).collect();
    let implying = &implying[..];
    for (ri, r) in fw.requirements.iter().enumerate() {
        if !r.assessed {
            if r.parent.is_none() {
                groups.push(GroupCoverage {
                    group: r.reference.clone(),
                    title: r.title.clone(),
                    counts: StatusCounts::default(),
                });
            }
            continue;
        }
        let mut evidence = Vec::with_capacity(r.links.len() + 2);
        // Clauses always apply; an annex entry applies when its own condition holds and its
        // primary element applies.
        let applicable = r.kind == ReqKind::Clause
            || (r
                .applies_if
                .as_ref()
                .is_none_or(|c| questionnaire::holds(c, a))
                && r.links
                    .first()
                    .and_then(|l| (l.ei < states.len()).then_some(l.ei))
                    .is_none_or(|ei| states[ei].applicable));
        let mut phase = u8::MAX;
        let mut workstream = None;
        let mut asked = FacetSet::EMPTY;
        for (li, l) in r.links.iter().enumerate() {
            let ei = l.ei;
            let Some(st) = states.get(ei) else {
                continue;
            };
            if !st.applicable && r.kind != ReqKind::Clause {
                continue;
            }
            asked = asked.union(l.fset);
            let gives = fstate.status(l.fset, &r.adds.restrict(l.fset));
            let el = &ds.elements[ei];
            phase = phase.min(el.phase);
            workstream.get_or_insert(el.workstream);
            evidence.push(Evidence::Element {
                element: ei,
                link: li,
                gives,
            });
        }
        for &ei in implying {
            let facets = ds.elements[ei].implies_fset.intersection(asked);
            if !facets.is_empty() {
                evidence.push(Evidence::Implied {
                    element: ei,
                    facets,
                    gives: fstate.status(facets, &r.adds.restrict(facets)),
                });
            }
        }
        let mut status = fstate.status(asked, &r.adds.restrict(asked));
        let missing = fstate.missing(asked);
        for &d in &r.direct {
            let (sfi, sri) = d.source;
            let Some(&(_, h)) = held.iter().find(|(f, _)| *f == sfi) else {
                continue;
            };
            let src = &ds.frameworks[sfi].requirements[sri];
            if !src.assessed {
                continue;
            }
            let m = ds.mapping(d);
            let (_, reuse) = super::crosswalk::seen_from(m, d.reversed, r, src);
            let gives = Status::from_reuse(reuse).min(h.level().cap());
            // A pair typed by hand carries content the facets cannot show: it may raise.
            if m.raises() {
                status = status.max(gives);
            }
            evidence.push(Evidence::Direct {
                framework: sfi,
                requirement: sri,
                file: d.file,
                index: d.index,
                reversed: d.reversed,
                gives,
            });
        }
        // A clause that changed between editions: the process exists, what changed is added.
        if let Some((map, m)) = edition {
            let changed = m
                .entry(&r.reference)
                .is_some_and(|e| e.kind == super::editions::ChangeKind::Changed);
            if changed && r.kind == ReqKind::Clause && status > Status::Extend {
                status = Status::Extend;
                evidence.push(Evidence::Edition {
                    map,
                    gives: Status::Extend,
                });
            }
        }
        let phase = if phase == u8::MAX { 3 } else { phase };
        let workstream = workstream.unwrap_or(Workstream::Operations);
        let effort = effort::requirement(ds, r, &evidence, status, applicable, params);
        if applicable {
            counts.add(status);
            match r.kind {
                ReqKind::Clause => clause_counts.add(status),
                ReqKind::Control => control_counts.add(status),
                _ => {}
            }
            if let Some(g) = groups.iter_mut().find(|g| g.group == r.group) {
                g.counts.add(status);
            }
        }
        requirements.push(ReqResult {
            req: ri,
            status,
            applicable,
            evidence,
            missing,
            phase,
            workstream,
            effort,
        });
    }
    groups.retain(|g| g.counts.total() > 0);
    let (left, gross) = requirements
        .iter()
        .filter(|x| x.applicable && fw.requirements[x.req].kind == ReqKind::Clause)
        .fold((0.0, 0.0), |(l, g), x| {
            (l + x.effort.days, g + x.effort.gross)
        });
    let clause_done_pct = if gross > 0.0 {
        100.0 * (1.0 - left / gross)
    } else {
        0.0
    };
    let reusable = reusable_elements(ds, &requirements, states);
    let effort = effort::target(&requirements, params, fw.certifiable);
    let transition = edition.map(|(map, m)| {
        super::editions::transition(
            map,
            m,
            requirements.iter().map(|x| {
                (
                    fw.requirements[x.req].reference.as_str(),
                    x.applicable,
                    x.effort.days,
                )
            }),
        )
    });
    TargetResult {
        framework: fi,
        requirements,
        counts,
        clause_counts,
        clause_done_pct,
        control_counts,
        groups,
        reusable,
        effort,
        transition,
    }
}

fn reusable_elements(ds: &Dataset, reqs: &[ReqResult], states: &[ElementState]) -> Vec<Reusable> {
    let mut serves = vec![0u32; ds.elements.len()];
    for r in reqs
        .iter()
        .filter(|r| r.applicable && r.status.is_reusable())
    {
        for e in &r.evidence {
            if let Evidence::Element { element, gives, .. } = e {
                if gives.is_reusable() {
                    serves[*element] += 1;
                }
            }
        }
    }
    let mut out: Vec<Reusable> = serves
        .iter()
        .enumerate()
        .filter(|(_, &n)| n > 0)
        .map(|(ei, &n)| Reusable {
            element: ei,
            level: states[ei].level,
            serves: n,
        })
        .collect();
    out.sort_unstable_by(|a, b| b.serves.cmp(&a.serves).then(a.element.cmp(&b.element)));
    out
}

/// Whether the dataset knows this answer (question id and, for elements, the value).
pub fn known_answer(ds: &Dataset, k: &str, v: &super::answers::Answer) -> bool {
    answer_problem(ds, k, v).is_none()
}

/// What is wrong with an answer, if anything: an unknown question, or a value that is not one
/// of its question's options (never computed as a default without a word).
pub fn answer_problem(ds: &Dataset, k: &str, v: &super::answers::Answer) -> Option<Msg> {
    use super::answers::Answer;
    use super::dataset::QuestionKind;
    let unknown = || {
        Msg::f(
            "Answer '{0}' is not known to dataset {1} and was ignored.",
            vec![Msg::v(k), Msg::v(super::dataset::DATASET_EDITION)],
        )
    };
    let bad_value =
        |shown: &str| {
            Msg::f(
            "Answer '{0}' has the value '{1}', which is not one of its options; it was left out.",
            vec![Msg::v(k), Msg::v(shown.chars().take(60).collect::<String>().as_str())],
        )
        };
    if let Some(el) = k.strip_prefix("el.") {
        if ds.element(el).is_none() {
            return Some(unknown());
        }
        return match v.as_one() {
            Some(s) if s == super::answers::DONT_KNOW || Level::parse(s).is_some() => None,
            Some(s) => Some(bad_value(s)),
            None => Some(bad_value(&v.as_many().join(", "))),
        };
    }
    let Some(q) = ds
        .questionnaire
        .steps
        .iter()
        .flat_map(|s| &s.questions)
        .find(|q| q.id == k)
    else {
        return Some(unknown());
    };
    let ok = |x: &str| q.options.is_empty() || q.options.iter().any(|o| o.value == x);
    match (q.kind, v) {
        (QuestionKind::Text, Answer::One(s)) if s.chars().count() <= 200 => None,
        (QuestionKind::Single, Answer::One(s)) if ok(s) => None,
        (QuestionKind::Multi, Answer::Many(items)) if items.iter().all(|x| ok(x)) => None,
        (QuestionKind::Multi, Answer::One(s)) if ok(s) => None,
        (_, Answer::One(s)) => Some(bad_value(s)),
        (_, Answer::Many(items)) => Some(bad_value(
            &items
                .iter()
                .filter(|x| !ok(x))
                .cloned()
                .collect::<Vec<_>>()
                .join(", "),
        )),
    }
}

/// Answers the dataset does not know (another edition) or whose value is not an option.
pub fn stale_answer_warnings(ds: &Dataset, a: &Answers) -> Vec<Msg> {
    a.0.iter()
        .filter_map(|(k, v)| answer_problem(ds, k, v))
        .collect()
}
