//! The crosswalk dataset: frameworks, their requirements, the hub of shared elements, direct
//! mappings and the questionnaire content. Embedded at compile time from `data/`, parsed once.
use super::facets::{self, FacetSet, Subjects};
use super::vocab::*;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// Edition of the bundled dataset (shown in the footer, written into exports).
pub const DATASET_EDITION: &str = "2026.12";
/// Date of this edition's last revision (written as the OSCAL export's `last-modified`, so one
/// edition always exports the same bytes).
pub const DATASET_DATE: &str = "2026-12-07T00:00:00Z";

#[derive(Clone, Debug)]
pub struct Framework {
    /// Short stable id, the prefix of every requirement id (`iso42001`).
    pub id: String,
    /// The standard this is an edition of (`iso27701` for both `iso27701` and `iso27701-2025`);
    /// the id when it has one edition. Held status is asked once per family, with the edition.
    pub family: String,
    pub name: String,
    pub edition: String,
    /// What the management system is about ("AI management system").
    pub subject: String,
    pub publisher: String,
    pub certifiable: bool,
    /// A subject every clause also carries where it adds its own: an extension of another
    /// management system (ISO/IEC 27701:2019 extends the ISMS, so its clauses ask for the
    /// ISO/IEC 27001 clause's security content as well as privacy).
    pub carries: Option<Subject>,
    pub licence: String,
    /// Confidence in the bundled structure (`high`, `medium`, `low`).
    pub confidence: String,
    pub characteristics: Vec<Characteristic>,
    pub requirements: Vec<Requirement>,
}

#[derive(Clone, Debug)]
pub struct Characteristic {
    pub id: String,
    pub name: String,
}

#[derive(Clone, Debug)]
pub struct Requirement {
    /// Reference as printed in the framework (`6.1.4`, `A.5.23`, `MAP 1.1`).
    pub reference: String,
    /// Reference of the parent entry, if any.
    pub parent: Option<String>,
    pub kind: ReqKind,
    /// Short title (ISO: heading; NIST: its public-domain text).
    pub title: String,
    /// Our own one-sentence summary of what it asks (absent where the title is NIST's full text).
    pub summary: Option<String>,
    /// Links to hub elements (every assessed requirement has at least one).
    pub links: Vec<Link>,
    /// An annex control applies only when this holds (development controls for AI users).
    pub applies_if: Option<Condition>,
    /// A guidance entry that restates an annex control (27701 7.x.y → A.7.x.y): same links,
    /// never assessed or counted itself.
    pub twin_of: Option<String>,
    /// Whether it gets a status and counts (assessed kind, not a twin, not marked otherwise).
    pub assessed: bool,
    /// Implementation effort from nothing on the documented 1–5 scale (`effort::LEVELS`);
    /// 0 for entries that are not assessed.
    pub effort: u8,
    /// Why, where the level is 4 or more or would surprise a practitioner.
    pub effort_why: Option<String>,
    /// Filled at load: the union of its links' facets.
    pub facets: FacetSet,
    /// Filled at load: the facets where it adds subject content, per subject.
    pub adds: Subjects,
    /// Filled at load: the full id `framework:ref`.
    pub id: String,
    /// Filled at load: the top-level group (clause `4`–`10`, `A.5`, `GOVERN` …).
    pub group: String,
    /// Filled at load: direct mappings touching it, seen from it as the target.
    pub direct: Vec<DirectRef>,
}

/// A requirement's link to a hub element: the facets of it that the requirement asks for.
#[derive(Clone, Debug)]
pub struct Link {
    /// Element id.
    pub el: String,
    /// Facet ids (local to the element) the requirement asks for.
    pub f: Vec<String>,
    /// Subject content the requirement needs inside those facets (`None`: subject-neutral).
    pub adds: Option<Adds>,
    /// The subject content names required content of its own beyond the facets' mechanism
    /// (breach notification to authorities inside incident management), not just the subject
    /// the facets are applied to: the requirement then asks for more than the element holds.
    pub beyond: bool,
    /// Filled at load: index of the element (`usize::MAX` if unknown; a test forbids that).
    pub ei: usize,
    /// Filled at load: the facets as global ids.
    pub fset: FacetSet,
    /// Filled at load: the requirement (all its links) `rel` this element, by facet sets.
    pub rel: Relationship,
}

/// Subject content a link brings into its facets ("AI incidents; users of the AI system").
#[derive(Clone, Debug, PartialEq)]
pub struct Adds {
    pub subject: Subject,
    pub text: String,
}

/// One facet of an element: a part an implementation of it is made of.
#[derive(Clone, Debug)]
pub struct Facet {
    /// Local id within the element (`notify`); written `element.facet` elsewhere.
    pub id: String,
    pub name: String,
    /// Asked by the Harmonized Structure's common text (hence by every ISO MS standard).
    pub hs: bool,
    /// Filled at load: dense global id.
    pub gid: u16,
}

/// A shared element: the unit of reuse.
#[derive(Clone, Debug)]
pub struct Element {
    pub id: String,
    /// Filled at load: the answer key of its question, `el.<id>`.
    pub key: String,
    pub name: String,
    pub summary: String,
    /// AI-specific (new for most organisations; scaled by the AI footprint).
    pub ai: bool,
    pub workstream: Workstream,
    /// Roadmap phase 1–5.
    pub phase: u8,
    /// Effort weight relative to a typical element (1.0).
    pub weight: f64,
    /// The question asked about it.
    pub question: String,
    pub help: String,
    /// Shown only when this condition holds.
    pub applies_if: Option<Condition>,
    /// Questionnaire step (see `questionnaire.json` element steps).
    pub step: String,
    /// The parts an implementation of it is made of.
    pub facets: Vec<Facet>,
    /// Filled at load: all its facets as global ids.
    pub fset: FacetSet,
    /// Facets of other elements that this AI element, when in place, is itself an instance of
    /// (an approved AI policy is policy content, published): they carry the AI subject and reach
    /// at least its level, unless their own element is answered.
    pub implies: Vec<Implied>,
    /// Filled at load: `implies` as global facet ids.
    pub implies_fset: FacetSet,
}

/// Facets of another element that an element implies (see `Element::implies`).
#[derive(Clone, Debug, PartialEq)]
pub struct Implied {
    pub el: String,
    pub f: Vec<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Workstream {
    Governance,
    Risk,
    Lifecycle,
    Operations,
    Documentation,
    Audit,
}

impl Workstream {
    pub const ALL: [Workstream; 6] = [
        Self::Governance,
        Self::Risk,
        Self::Lifecycle,
        Self::Operations,
        Self::Documentation,
        Self::Audit,
    ];
    pub fn label(self) -> &'static str {
        match self {
            Self::Governance => "Governance and policy",
            Self::Risk => "Risk and impact assessment",
            Self::Lifecycle => "AI life cycle and data",
            Self::Operations => "Operational controls",
            Self::Documentation => "Documentation",
            Self::Audit => "Audit readiness",
        }
    }
    pub fn key(self) -> &'static str {
        match self {
            Self::Governance => "governance",
            Self::Risk => "risk",
            Self::Lifecycle => "lifecycle",
            Self::Operations => "operations",
            Self::Documentation => "documentation",
            Self::Audit => "audit",
        }
    }
}

/// A direct requirement-to-requirement mapping: a pair someone published or an auditor would
/// ask about, with our rationale. Its relationship and reuse are derived from the two sides'
/// facets at load, never typed by hand.
#[derive(Clone, Debug)]
pub struct Mapping {
    pub from: String,
    pub to: String,
    /// Filled at load: `from` `rel` `to`, by facet sets.
    pub rel: Relationship,
    /// Filled at load: what an implementation of `from` alone gives `to` (rule 7).
    pub reuse: ReuseKind,
    /// Our rationale: what carries over and what is missing.
    pub why: String,
    pub src: Provenance,
    /// For `SourceArticle`: the ids of the articles that state the pair (`data/articles.json`).
    pub articles: Vec<String>,
    pub review: Review,
    pub kind: PairKind,
    /// A `derived` pair whose reuse is set by hand above what its facets give (only to `extend`:
    /// the process behind `from` runs `to` once the new subject is added, though the facets list
    /// a part of `to` that `from` does not name); the rationale gives the reason.
    pub reuse_by_hand: bool,
}

impl Mapping {
    /// A pair whose typing carries content the facets cannot show: it may raise a status.
    pub fn raises(&self) -> bool {
        self.kind == PairKind::Related || self.reuse_by_hand
    }
}

/// How a pair's relationship is set.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PairKind {
    /// From the two sides' facets and subjects (`facets::pair_relationship`, the usual case).
    Derived,
    /// The facet sets are disjoint, but part of one serves the other (a register that feeds an
    /// issue list), set by hand with the rationale saying how: `intersects_with` unless the file
    /// says `subset_of`/`superset_of`; `partial` unless it says `extend` (the one side's process
    /// serves the other once the new subject's content is added).
    Related,
    /// A published pair we find no shared content in: `no_relationship` / `none`, with why.
    Unrelated,
    /// The facets overlap, but one side asks for only part of what a shared facet holds (a single
    /// NIST outcome against a control that needs a documented process for every AI system): `rel`
    /// and `reuse` are set by hand, never claiming more than the facets do; the rationale says
    /// what is missing.
    Narrow,
}

impl PairKind {
    pub const ALL: [PairKind; 4] = [Self::Derived, Self::Related, Self::Unrelated, Self::Narrow];
    pub fn key(self) -> &'static str {
        match self {
            Self::Derived => "derived",
            Self::Related => "related",
            Self::Unrelated => "unrelated",
            Self::Narrow => "narrow",
        }
    }
}

/// Who checked a typing, and when.
#[derive(Clone, Debug, PartialEq)]
pub struct Review {
    pub status: ReviewStatus,
    /// Reviewer's role ("independent lead auditor"), empty while proposed.
    pub role: String,
    /// ISO date, empty while proposed.
    pub date: String,
}

/// A pair from a published crosswalk that we deliberately leave out, with the reason.
#[derive(Clone, Debug)]
pub struct Omission {
    pub from: String,
    pub to: String,
    pub why: String,
}

#[derive(Clone, Debug, Default)]
pub struct MappingFile {
    pub title: String,
    pub mappings: Vec<Mapping>,
    pub omitted: Vec<Omission>,
}

/// A visibility condition on answers (SurveyJS's `visibleIf`, as data).
#[derive(Clone, Debug, PartialEq)]
pub enum Condition {
    /// The answer to `q` is (or, for several choices, contains) one of `in`.
    Answer {
        q: String,
        any_of: Vec<String>,
    },
    /// The answer to `q` is none of `in` (true when unanswered).
    Not {
        q: String,
        any_of: Vec<String>,
    },
    All(Vec<Condition>),
    Any(Vec<Condition>),
}

/// Questionnaire content: the profile steps (element steps are generated from the hub).
#[derive(Clone, Debug)]
pub struct QuestionnaireContent {
    pub steps: Vec<StepContent>,
}

#[derive(Clone, Debug)]
pub struct StepContent {
    pub id: String,
    pub title: String,
    pub intro: String,
    /// Fixed questions; empty for element steps (filled from the hub's `step`).
    pub questions: Vec<Question>,
}

#[derive(Clone, Debug)]
pub struct Question {
    pub id: String,
    pub prompt: String,
    /// "Why we ask".
    pub help: String,
    pub kind: QuestionKind,
    pub options: Vec<Choice>,
    pub default: Option<super::answers::Answer>,
    pub applies_if: Option<Condition>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuestionKind {
    /// One of the options.
    Single,
    /// Any of the options.
    Multi,
    /// Free text (organisation name).
    Text,
}

impl QuestionKind {
    pub const ALL: [QuestionKind; 3] = [Self::Single, Self::Multi, Self::Text];
    pub fn key(self) -> &'static str {
        match self {
            Self::Single => "single",
            Self::Multi => "multi",
            Self::Text => "text",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Choice {
    pub value: String,
    pub label: String,
}

/// The whole dataset, with indexes built at load.
#[derive(Debug)]
pub struct Dataset {
    pub frameworks: Vec<Framework>,
    pub elements: Vec<Element>,
    pub mapping_files: Vec<MappingFile>,
    pub questionnaire: QuestionnaireContent,
    /// The road from one edition of a standard to the next (`data/editions/`).
    pub editions: Vec<super::editions::EditionMap>,
    /// The source articles pairs cite (filled by the loader after `build`).
    pub articles: Vec<Article>,
    req_index: HashMap<String, (usize, usize)>,
    el_index: HashMap<String, usize>,
    /// For each framework, for each element index, the requirement indexes linking to it.
    by_element: Vec<Vec<Vec<usize>>>,
    /// Direct mappings indexed by target id, both directions (reverse ones inverted).
    direct_to: HashMap<String, Vec<DirectRef>>,
    /// Global facet id → (element index, facet index in the element).
    pub facet_owner: Vec<(usize, usize)>,
    /// Per framework: the union of its assessed requirements' facets, and their subjects.
    pub fw_cover: Vec<(FacetSet, Subjects)>,
    /// References that did not resolve at load (unknown element or facet); a test forbids any.
    pub problems: Vec<String>,
}

/// A published article a pair was taken from (`data/articles.json`): what the article itself
/// shows of its title, publisher and year, and our own short description of it.
#[derive(Clone, Debug, Default)]
pub struct Article {
    pub id: String,
    pub title: Option<String>,
    pub publisher: Option<String>,
    pub year: Option<u16>,
    pub about: String,
}

/// A direct mapping as seen from its target.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DirectRef {
    pub file: usize,
    pub index: usize,
    /// Read backwards (the stored `to` is the source here).
    pub reversed: bool,
    /// Position (framework, requirement) of the other side, the source (`usize::MAX` if unknown).
    pub source: (usize, usize),
}

/// A problem found while loading (the loader never panics on content).
pub type LoadError = String;

impl Dataset {
    pub fn build(
        mut frameworks: Vec<Framework>,
        mut elements: Vec<Element>,
        mut mapping_files: Vec<MappingFile>,
        questionnaire: QuestionnaireContent,
        mut editions: Vec<super::editions::EditionMap>,
    ) -> Dataset {
        let mut problems = Vec::new();
        let el_index: HashMap<String, usize> = elements
            .iter()
            .enumerate()
            .map(|(i, e)| (e.id.clone(), i))
            .collect();
        let mut facet_owner = Vec::new();
        for (ei, e) in elements.iter_mut().enumerate() {
            for (fi, f) in e.facets.iter_mut().enumerate() {
                if facet_owner.len() >= facets::MAX_FACETS {
                    problems.push(format!("more than {} facets", facets::MAX_FACETS));
                    break;
                }
                f.gid = facet_owner.len() as u16;
                facet_owner.push((ei, fi));
                e.fset.insert(f.gid);
            }
        }
        for ei in 0..elements.len() {
            let mut set = FacetSet::EMPTY;
            if !elements[ei].implies.is_empty() && !elements[ei].ai {
                problems.push(format!(
                    "element {}: only an AI element may imply other facets",
                    elements[ei].id
                ));
            }
            for imp in &elements[ei].implies {
                let Some(&oi) = el_index.get(&imp.el) else {
                    problems.push(format!(
                        "element {}: implies unknown element {}",
                        elements[ei].id, imp.el
                    ));
                    continue;
                };
                for f in &imp.f {
                    match elements[oi].facets.iter().find(|x| &x.id == f) {
                        Some(x) => set.insert(x.gid),
                        None => problems.push(format!(
                            "element {}: implies unknown facet {}.{f}",
                            elements[ei].id, imp.el
                        )),
                    }
                }
            }
            elements[ei].implies_fset = set;
        }
        let mut req_index = HashMap::new();
        let mut by_element = Vec::new();
        for (fi, fw) in frameworks.iter_mut().enumerate() {
            let parents: HashMap<String, Option<String>> = fw
                .requirements
                .iter()
                .map(|r| (r.reference.clone(), r.parent.clone()))
                .collect();
            let mut per_el = vec![Vec::new(); elements.len()];
            let carries = fw.carries;
            for (ri, r) in fw.requirements.iter_mut().enumerate() {
                r.id = format!("{}:{}", fw.id, r.reference);
                // Walk up to the top-level entry (bounded, in case of a cycle in bad data).
                let mut top = r.reference.clone();
                for _ in 0..8 {
                    match parents.get(&top).cloned().flatten() {
                        Some(p) => top = p,
                        None => break,
                    }
                }
                r.group = top;
                req_index.insert(r.id.clone(), (fi, ri));
                r.assessed = r.assessed && r.kind.is_assessed() && r.twin_of.is_none();
                r.facets = FacetSet::EMPTY;
                r.adds = Subjects::default();
                for l in &mut r.links {
                    let Some(&ei) = el_index.get(&l.el) else {
                        problems.push(format!("{}: unknown element {}", r.id, l.el));
                        continue;
                    };
                    l.ei = ei;
                    l.fset = FacetSet::EMPTY;
                    for f in &l.f {
                        match elements[ei].facets.iter().find(|x| &x.id == f) {
                            Some(x) => l.fset.insert(x.gid),
                            None => problems.push(format!("{}: unknown facet {}.{f}", r.id, l.el)),
                        }
                    }
                    r.facets = r.facets.union(l.fset);
                    if let Some(a) = &l.adds {
                        r.adds.add(a.subject, l.fset);
                        // A clause of an extension standard asks for the base standard's subject
                        // wherever it asks for its own (27701:2019 on top of 27001).
                        if let (Some(c), ReqKind::Clause | ReqKind::Guidance) = (carries, r.kind) {
                            r.adds.add(c, l.fset);
                        }
                    }
                    if r.assessed && !per_el[ei].contains(&ri) {
                        per_el[ei].push(ri);
                    }
                }
                for l in &mut r.links {
                    if let Some(e) = elements.get(l.ei) {
                        l.rel = facets::relationship(r.facets, e.fset);
                        // Content of its own beyond the element: the requirement asks for more.
                        if l.beyond {
                            l.rel = match l.rel {
                                Relationship::Equal | Relationship::SupersetOf => {
                                    Relationship::SupersetOf
                                }
                                Relationship::SubsetOf | Relationship::IntersectsWith => {
                                    Relationship::IntersectsWith
                                }
                                Relationship::NoRelationship => Relationship::NoRelationship,
                            };
                        }
                    }
                }
            }
            by_element.push(per_el);
        }
        // Facets asked by the Harmonized Structure's common text: the management system itself.
        let hs = elements
            .iter()
            .flat_map(|e| e.facets.iter().filter(|f| f.hs))
            .fold(FacetSet::EMPTY, |mut s, f| {
                s.insert(f.gid);
                s
            });
        let fw_cover: Vec<(FacetSet, Subjects)> = frameworks
            .iter()
            .map(|f| {
                let (cover, subjects) = f
                    .requirements
                    .iter()
                    .filter(|r| r.assessed)
                    .fold((FacetSet::EMPTY, Subjects::default()), |(s, a), r| {
                        (s.union(r.facets), a.union(r.adds))
                    });
                // A framework that is not a management system (the NIST AI RMF) brings its subject
                // into the practices it covers, never into the processes of a management system:
                // its resources, competence or monitoring do not yet serve an AIMS as they are.
                let subjects = if f.certifiable {
                    subjects
                } else {
                    subjects.restrict(hs.complement())
                };
                (cover, subjects)
            })
            .collect();
        for mf in &mut mapping_files {
            for m in &mut mf.mappings {
                let side = |id: &str| {
                    req_index
                        .get(id)
                        .map(|&(f, r): &(usize, usize)| &frameworks[f].requirements[r])
                };
                match (side(&m.from), side(&m.to)) {
                    (Some(a), Some(b)) => {
                        let derived =
                            facets::pair_relationship(a.facets, &a.adds, b.facets, &b.adds, hs);
                        let reuse = facets::reuse(b.facets, &b.adds, a.facets, &a.adds);
                        if m.kind == PairKind::Derived {
                            m.rel = derived;
                            if !m.reuse_by_hand {
                                m.reuse = reuse;
                            } else if m.reuse <= reuse || derived == Relationship::NoRelationship {
                                problems.push(format!(
                                    "mapping {} → {}: a `reuse` set by hand must raise the facets' {} (else leave it out)",
                                    m.from,
                                    m.to,
                                    reuse.key()
                                ));
                            }
                        } else if m.kind == PairKind::Narrow {
                            if derived == Relationship::NoRelationship
                                || m.rel == derived
                                || m.reuse > reuse
                            {
                                problems.push(format!(
                                    "mapping {} → {}: `narrow` must say less than the facets ({} / {}), not {} / {}",
                                    m.from,
                                    m.to,
                                    derived.key(),
                                    reuse.key(),
                                    m.rel.key(),
                                    m.reuse.key()
                                ));
                            }
                        } else if derived != Relationship::NoRelationship {
                            problems.push(format!(
                                "mapping {} → {}: typed by hand ({}) though the facets say {}",
                                m.from,
                                m.to,
                                m.kind.key(),
                                derived.key()
                            ));
                        }
                    }
                    _ => problems.push(format!(
                        "mapping {} → {}: unknown requirement",
                        m.from, m.to
                    )),
                }
            }
        }
        let mut direct_to: HashMap<String, Vec<DirectRef>> = HashMap::new();
        for (file, mf) in mapping_files.iter().enumerate() {
            for (index, m) in mf.mappings.iter().enumerate() {
                let pos = |id: &str| {
                    req_index
                        .get(id)
                        .copied()
                        .unwrap_or((usize::MAX, usize::MAX))
                };
                direct_to.entry(m.to.clone()).or_default().push(DirectRef {
                    file,
                    index,
                    reversed: false,
                    source: pos(&m.from),
                });
                direct_to
                    .entry(m.from.clone())
                    .or_default()
                    .push(DirectRef {
                        file,
                        index,
                        reversed: true,
                        source: pos(&m.to),
                    });
            }
        }
        for f in &mut frameworks {
            for r in &mut f.requirements {
                r.direct = direct_to.get(&r.id).cloned().unwrap_or_default();
            }
        }
        for m in &mut editions {
            let pos = |id: &str| frameworks.iter().position(|f| f.id == id);
            m.from_fi = pos(&m.from).unwrap_or(usize::MAX);
            m.to_fi = pos(&m.to).unwrap_or(usize::MAX);
            for (side, fi) in [(&m.from, m.from_fi), (&m.to, m.to_fi)] {
                match frameworks.get(fi) {
                    None => {
                        problems.push(format!("editions {}: unknown framework {side}", m.family))
                    }
                    Some(f) if f.family != m.family => problems.push(format!(
                        "editions {}: {side} is of family {}",
                        m.family, f.family
                    )),
                    Some(_) => {}
                }
            }
            let has = |fi: usize, r: &str| {
                frameworks
                    .get(fi)
                    .is_some_and(|f| f.requirements.iter().any(|x| x.reference == r))
            };
            for e in &m.entries {
                if !has(m.to_fi, &e.to) {
                    problems.push(format!("editions {}: unknown {} {}", m.family, m.to, e.to));
                }
                for r in &e.from {
                    if !has(m.from_fi, r) {
                        problems.push(format!("editions {}: unknown {} {r}", m.family, m.from));
                    }
                }
            }
            for r in &m.removed {
                if !has(m.from_fi, &r.from) {
                    problems.push(format!(
                        "editions {}: unknown {} {}",
                        m.family, m.from, r.from
                    ));
                }
            }
        }
        Dataset {
            frameworks,
            elements,
            mapping_files,
            questionnaire,
            editions,
            articles: Vec::new(),
            req_index,
            el_index,
            by_element,
            direct_to,
            facet_owner,
            fw_cover,
            problems,
        }
    }

    pub fn article(&self, id: &str) -> Option<&Article> {
        self.articles.iter().find(|a| a.id == id)
    }
    /// Attaches the source articles and checks every pair's citation: a `source_article` pair
    /// names at least one known article, any other pair none.
    pub fn with_articles(mut self, articles: Vec<Article>) -> Dataset {
        self.articles = articles;
        let mut problems = Vec::new();
        for m in self.mapping_files.iter().flat_map(|f| &f.mappings) {
            let cites = m.src == Provenance::SourceArticle;
            if cites == m.articles.is_empty() {
                problems.push(format!(
                    "{} -> {}: a source_article pair names its articles (`art`), no other pair does",
                    m.from, m.to
                ));
            }
            for a in &m.articles {
                if self.article(a).is_none() {
                    problems.push(format!("{} -> {}: unknown article {a}", m.from, m.to));
                }
            }
        }
        self.problems.extend(problems);
        self
    }

    pub fn framework(&self, id: &str) -> Option<&Framework> {
        self.frameworks.iter().find(|f| f.id == id)
    }
    /// Frameworks of one family (its editions), in load order.
    pub fn editions_of<'a>(&'a self, family: &'a str) -> impl Iterator<Item = usize> + 'a {
        self.frameworks
            .iter()
            .enumerate()
            .filter(move |(_, f)| f.family == family)
            .map(|(i, _)| i)
    }
    pub fn framework_index(&self, id: &str) -> Option<usize> {
        self.frameworks.iter().position(|f| f.id == id)
    }
    pub fn requirement(&self, id: &str) -> Option<&Requirement> {
        self.req_index
            .get(id)
            .map(|&(f, r)| &self.frameworks[f].requirements[r])
    }
    pub fn requirement_pos(&self, id: &str) -> Option<(usize, usize)> {
        self.req_index.get(id).copied()
    }
    pub fn element(&self, id: &str) -> Option<&Element> {
        self.el_index.get(id).map(|&i| &self.elements[i])
    }
    pub fn element_index(&self, id: &str) -> Option<usize> {
        self.el_index.get(id).copied()
    }
    /// Requirements of framework `fi` that link to element `ei`.
    pub fn linking(&self, fi: usize, ei: usize) -> &[usize] {
        self.by_element
            .get(fi)
            .and_then(|v| v.get(ei))
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }
    /// A facet by global id: its element and the facet.
    pub fn facet(&self, gid: u16) -> Option<(&Element, &Facet)> {
        let &(ei, fi) = self.facet_owner.get(usize::from(gid))?;
        let e = &self.elements[ei];
        Some((e, &e.facets[fi]))
    }
    /// Direct mappings touching `id`, each seen from `id` as the target.
    pub fn direct_into(&self, id: &str) -> &[DirectRef] {
        self.direct_to.get(id).map(Vec::as_slice).unwrap_or(&[])
    }
    pub fn mapping(&self, d: DirectRef) -> &Mapping {
        &self.mapping_files[d.file].mappings[d.index]
    }
    pub fn mappings(&self) -> impl Iterator<Item = &Mapping> {
        self.mapping_files.iter().flat_map(|f| f.mappings.iter())
    }
    /// A load error, if the embedded dataset could not be read.
    pub fn load_error(&self) -> Option<&str> {
        if self.frameworks.is_empty() {
            self.mapping_files.first().map(|m| m.title.as_str())
        } else {
            None
        }
    }
}

impl Framework {
    /// Name with edition, e.g. "ISO/IEC 42001:2023".
    pub fn full_name(&self) -> String {
        if self.publisher == "NIST" {
            format!("{} {}", self.name, self.edition)
        } else {
            format!("{}:{}", self.name, self.edition)
        }
    }
    pub fn assessed(&self) -> impl Iterator<Item = &Requirement> {
        self.requirements.iter().filter(|r| r.assessed)
    }
}

impl Requirement {
    /// Whether it sits in the management-system clauses 4–10 (as opposed to an annex).
    pub fn is_clause(&self) -> bool {
        self.kind == ReqKind::Clause
    }
    /// Summary when we wrote one, else the title (NIST text).
    pub fn description(&self) -> &str {
        self.summary.as_deref().unwrap_or(&self.title)
    }
}
