//! The analysis's results: what `analyse` returns, filled in one pass. Plain data, imported by
//! the effort model and the recommendations (which fill parts of it) and by everything above.
use super::answers::Held;
use super::dataset::Workstream;
use super::facets::FacetSet;
use super::i18n::{Lang, Msg};
use super::questionnaire::ElementState;
use super::vocab::*;

/// Evidence a requirement's status builds on.
#[derive(Clone, Debug, PartialEq)]
pub enum Evidence {
    /// An element (by index) at a level, giving this status through the hub link `link`.
    Element {
        element: usize,
        link: usize,
        gives: Status,
    },
    /// A direct mapping from a held framework's requirement (framework index, requirement index).
    Direct {
        framework: usize,
        requirement: usize,
        file: usize,
        index: usize,
        reversed: bool,
        gives: Status,
    },
    /// A management-system clause that changed between the edition held and the target edition
    /// (`Dataset::editions[map]`): the existing process must take in what changed, so it counts
    /// at most as `extend`.
    Edition { map: usize, gives: Status },
    /// An answered AI element that is itself an instance of facets this requirement asks for
    /// (`Element::implies`): it brings them the AI subject and its level.
    Implied {
        element: usize,
        facets: FacetSet,
        gives: Status,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub struct ReqResult {
    /// Index in the target framework's requirements.
    pub req: usize,
    pub status: Status,
    /// False for annex entries whose every element does not apply (e.g. life-cycle controls
    /// for an organisation that only uses AI); they are excluded from shares and effort.
    pub applicable: bool,
    pub evidence: Vec<Evidence>,
    /// Facets it asks for that the organisation does not implement yet.
    pub missing: FacetSet,
    /// Roadmap phase 1–4.
    pub phase: u8,
    pub workstream: Workstream,
    pub effort: ReqEffort,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct StatusCounts {
    pub reuse_as_is: u32,
    pub extend: u32,
    pub partial: u32,
    pub new: u32,
}

impl StatusCounts {
    pub fn add(&mut self, s: Status) {
        match s {
            Status::ReuseAsIs => self.reuse_as_is += 1,
            Status::Extend => self.extend += 1,
            Status::Partial => self.partial += 1,
            Status::New => self.new += 1,
        }
    }
    pub fn get(&self, s: Status) -> u32 {
        match s {
            Status::ReuseAsIs => self.reuse_as_is,
            Status::Extend => self.extend,
            Status::Partial => self.partial,
            Status::New => self.new,
        }
    }
    pub fn total(&self) -> u32 {
        self.reuse_as_is + self.extend + self.partial + self.new
    }
    /// Share of `s` in percent (0 when empty).
    pub fn share(&self, s: Status) -> f64 {
        pct(self.get(s), self.total())
    }
    /// Share reusable (as is + extend), percent.
    pub fn reusable_share(&self) -> f64 {
        pct(self.reuse_as_is + self.extend, self.total())
    }
}

fn pct(n: u32, d: u32) -> f64 {
    if d == 0 {
        0.0
    } else {
        100.0 * f64::from(n) / f64::from(d)
    }
}

/// Coverage of one group (clause 4–10, Annex A objective, AI RMF function).
#[derive(Clone, Debug, PartialEq)]
pub struct GroupCoverage {
    /// Reference of the group entry (`4`, `A.5`, `GOVERN`).
    pub group: String,
    pub title: String,
    pub counts: StatusCounts,
}

/// An element the organisation can build on.
#[derive(Clone, Debug, PartialEq)]
pub struct Reusable {
    pub element: usize,
    pub level: Level,
    /// Requirements of the target it serves (as is or extend).
    pub serves: u32,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TargetResult {
    pub framework: usize,
    pub requirements: Vec<ReqResult>,
    /// Applicable assessed requirements.
    pub counts: StatusCounts,
    /// Management-system clauses only (4–10).
    pub clause_counts: StatusCounts,
    /// Share of the work of clauses 4–10 already done, percent: 1 − effort left ÷ effort from
    /// nothing, over the applicable clauses. The published "share of the management-system
    /// requirements already met" is read as this work share (a clause to extend is partly met).
    pub clause_done_pct: f64,
    /// Annex controls only.
    pub control_counts: StatusCounts,
    pub groups: Vec<GroupCoverage>,
    pub reusable: Vec<Reusable>,
    pub effort: EffortEstimate,
    /// For a holder of this standard's previous edition: what is unchanged, renumbered,
    /// changed and new, row by row.
    pub transition: Option<super::editions::Transition>,
}

impl TargetResult {
    /// Applicable requirements that are partial or new: the gap list, in phase order.
    pub fn gaps(&self) -> Vec<&ReqResult> {
        let mut g: Vec<&ReqResult> = self
            .requirements
            .iter()
            .filter(|r| r.applicable && !r.status.is_reusable())
            .collect();
        g.sort_unstable_by_key(|r| (r.phase, r.status, r.req));
        g
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Analysis {
    pub targets: Vec<TargetResult>,
    pub elements: Vec<ElementState>,
    pub held: Vec<(usize, Held)>,
    /// Some applicable element questions are unanswered (and not inferred).
    pub partial: bool,
    /// Effort of all targets together, with shared elements counted once.
    pub effort: EffortEstimate,
    pub recommendations: Vec<Recommendation>,
    /// Problems with the answers, language-free (render with [`Msg::render`]).
    pub warnings: Vec<Msg>,
}

impl Analysis {
    pub fn target(&self, fi: usize) -> Option<&TargetResult> {
        self.targets.iter().find(|t| t.framework == fi)
    }
}

/// The working of one requirement's effort.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ReqEffort {
    /// Effort level of the requirement (1–5) and its base person-days.
    pub level: u8,
    pub base: f64,
    pub size: f64,
    pub ai: f64,
    /// Reuse credit on the work part.
    pub credit: f64,
    /// Reuse credit on the documentation part.
    pub doc_credit: f64,
    pub maturity: f64,
    /// base × size × ai.
    pub gross: f64,
    /// Documentation part: gross × DOC_SHARE × (1 − doc credit × maturity, capped).
    pub doc_days: f64,
    /// Total: work part + documentation part.
    pub days: f64,
}

/// A low–high range of person-days, split by workstream, and calendar months.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EffortEstimate {
    /// Central estimate, person-days.
    pub days: f64,
    pub low: f64,
    pub high: f64,
    /// Person-days per workstream (central), in `Workstream::ALL` order; sums to `days`.
    pub by_workstream: [f64; 6],
    /// Audit readiness (included in `by_workstream[Audit]`).
    pub audit_days: f64,
    /// Work done from nothing (no reuse credit), for comparison.
    pub from_scratch_days: f64,
    pub fte: f64,
    pub months_low: f64,
    pub months_high: f64,
}

impl EffortEstimate {
    pub fn workstream(&self, w: Workstream) -> f64 {
        self.by_workstream[Workstream::ALL.iter().position(|x| *x == w).unwrap_or(0)]
    }
    /// Reduction against starting from nothing, percent.
    pub fn saving(&self) -> f64 {
        if self.from_scratch_days <= 0.0 {
            0.0
        } else {
            100.0 * (1.0 - self.days / self.from_scratch_days)
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RecKind {
    Sequencing,
    OperatingModel,
    Roadmap,
    Audit,
    Caveat,
}

impl RecKind {
    pub fn label(self) -> &'static str {
        match self {
            Self::Sequencing => "Sequencing",
            Self::OperatingModel => "Operating model",
            Self::Roadmap => "Roadmap",
            Self::Audit => "Audit planning",
            Self::Caveat => "Caveat",
        }
    }
}

/// A recommendation, language-free: its texts are English templates with their values,
/// rendered by [`Recommendation::title`], [`Recommendation::text`], [`Recommendation::because`].
#[derive(Clone, Debug, PartialEq)]
pub struct Recommendation {
    pub kind: RecKind,
    /// Rendered in the reader's language by the methods below.
    pub(super) title: Msg,
    pub(super) text: Msg,
    /// Why we recommend it, from the answers.
    pub(super) because: Msg,
}

impl Recommendation {
    pub fn title(&self, l: Lang) -> String {
        self.title.render(l)
    }
    pub fn text(&self, l: Lang) -> String {
        self.text.render(l)
    }
    /// Why we recommend it, from the answers.
    pub fn because(&self, l: Lang) -> String {
        self.because.render(l)
    }
}
