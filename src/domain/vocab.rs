//! The closed vocabularies of the crosswalk, as enums, and the one coverage rule.
use serde::{Deserialize, Serialize};

/// Relationship between two sets of requirements, after NIST IR 8477 (set-theory relationships).
/// Read `a rel b`: "`a` is `rel` `b`".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Relationship {
    Equal,
    SubsetOf,
    SupersetOf,
    IntersectsWith,
    NoRelationship,
}

impl Relationship {
    pub fn label(self) -> &'static str {
        match self {
            Self::Equal => "equal",
            Self::SubsetOf => "subset of",
            Self::SupersetOf => "superset of",
            Self::IntersectsWith => "intersects with",
            Self::NoRelationship => "no relationship",
        }
    }
    /// The same relationship read from the other side (`a ⊂ b` ⇔ `b ⊃ a`).
    pub fn inverse(self) -> Self {
        match self {
            Self::SubsetOf => Self::SupersetOf,
            Self::SupersetOf => Self::SubsetOf,
            other => other,
        }
    }
    pub const ALL: [Relationship; 5] = [
        Self::Equal,
        Self::SubsetOf,
        Self::SupersetOf,
        Self::IntersectsWith,
        Self::NoRelationship,
    ];
    pub fn key(self) -> &'static str {
        match self {
            Self::Equal => "equal",
            Self::SubsetOf => "subset_of",
            Self::SupersetOf => "superset_of",
            Self::IntersectsWith => "intersects_with",
            Self::NoRelationship => "no_relationship",
        }
    }
}

/// How far an existing implementation on one side can be reused on the other.
/// Ordered from weakest to strongest, so `min` is "the weakest link".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReuseKind {
    /// Nothing to reuse: the work is new.
    None,
    /// Part of the work exists; substantial additions are needed.
    Partial,
    /// The process or register exists; AI- or framework-specific content is added to it.
    Extend,
    /// Serves as it is (review and reference it).
    AsIs,
}

impl ReuseKind {
    pub const ALL: [ReuseKind; 4] = [Self::None, Self::Partial, Self::Extend, Self::AsIs];
    pub fn key(self) -> &'static str {
        match self {
            Self::None => "none",
            Self::Partial => "partial",
            Self::Extend => "extend",
            Self::AsIs => "as_is",
        }
    }
    pub fn label(self) -> &'static str {
        match self {
            Self::None => "nothing to reuse",
            Self::Partial => "partial",
            Self::Extend => "extend",
            Self::AsIs => "as is",
        }
    }
}

/// The subject a management system is about; what a requirement's `adds` brings into a facet.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Subject {
    /// Quality (ISO 9001).
    Q = 0,
    /// Information security (ISO/IEC 27001).
    Sec = 1,
    /// Privacy and PII (ISO/IEC 27701).
    Pii = 2,
    /// Artificial intelligence (ISO/IEC 42001, NIST AI RMF).
    Ai = 3,
}

impl Subject {
    pub const ALL: [Subject; 4] = [Self::Q, Self::Sec, Self::Pii, Self::Ai];
    pub fn key(self) -> &'static str {
        match self {
            Self::Q => "q",
            Self::Sec => "sec",
            Self::Pii => "pii",
            Self::Ai => "ai",
        }
    }
    pub fn label(self) -> &'static str {
        match self {
            Self::Q => "quality",
            Self::Sec => "information security",
            Self::Pii => "privacy",
            Self::Ai => "AI",
        }
    }
}

/// Review state of a mapping or a requirement's typing.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReviewStatus {
    /// Typed by us, not yet checked by an independent reviewer.
    Proposed,
    /// Checked by an independent reviewer (role and date recorded).
    Reviewed,
}

impl ReviewStatus {
    pub const ALL: [ReviewStatus; 2] = [Self::Proposed, Self::Reviewed];
    pub fn key(self) -> &'static str {
        match self {
            Self::Proposed => "proposed",
            Self::Reviewed => "reviewed",
        }
    }
}

/// Status of one target requirement in an assessment. Ordered weakest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    New,
    Partial,
    Extend,
    ReuseAsIs,
}

impl Status {
    pub const ALL: [Status; 4] = [Self::ReuseAsIs, Self::Extend, Self::Partial, Self::New];
    pub fn label(self) -> &'static str {
        match self {
            Self::ReuseAsIs => "Reuse as is",
            Self::Extend => "Extend",
            Self::Partial => "Partial",
            Self::New => "New",
        }
    }
    pub fn key(self) -> &'static str {
        match self {
            Self::ReuseAsIs => "reuse_as_is",
            Self::Extend => "extend",
            Self::Partial => "partial",
            Self::New => "new",
        }
    }
    pub fn from_reuse(r: ReuseKind) -> Self {
        match r {
            ReuseKind::AsIs => Self::ReuseAsIs,
            ReuseKind::Extend => Self::Extend,
            ReuseKind::Partial => Self::Partial,
            ReuseKind::None => Self::New,
        }
    }
    /// Counts as "reusable" in headline figures (as is or extend).
    pub fn is_reusable(self) -> bool {
        matches!(self, Self::ReuseAsIs | Self::Extend)
    }
}

/// Kind of a dataset entry. Group kinds structure a framework; the others are assessed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReqKind {
    /// A numbered clause heading that only groups subclauses (e.g. 42001 clause 6).
    Section,
    /// An Annex A control objective / theme / annex heading.
    Objective,
    /// AI RMF function or category.
    Function,
    Category,
    /// A management-system clause that states requirements.
    Clause,
    /// An annex control.
    Control,
    /// An AI RMF subcategory (outcome).
    Subcategory,
    /// Sector guidance that extends another standard's control (27701 clause 6–8).
    Guidance,
}

impl ReqKind {
    pub const ALL: [ReqKind; 8] = [
        Self::Section,
        Self::Objective,
        Self::Function,
        Self::Category,
        Self::Clause,
        Self::Control,
        Self::Subcategory,
        Self::Guidance,
    ];
    /// Whether entries of this kind are assessed (carry hub links, get a status).
    pub fn is_assessed(self) -> bool {
        matches!(
            self,
            Self::Clause | Self::Control | Self::Subcategory | Self::Guidance
        )
    }
    pub fn label(self) -> &'static str {
        match self {
            Self::Section => "section",
            Self::Objective => "objective",
            Self::Function => "function",
            Self::Category => "category",
            Self::Clause => "clause",
            Self::Control => "control",
            Self::Subcategory => "subcategory",
            Self::Guidance => "guidance",
        }
    }
}

/// Where a mapping comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Provenance {
    /// NIST's published AI RMF ↔ ISO/IEC 42001 crosswalk (pair from NIST, typing ours).
    NistCrosswalk,
    /// A source article (see data/README.md).
    SourceArticle,
    /// ISO/IEC 42001 Annex D (use with other management systems).
    Iso42001AnnexD,
    /// Same Harmonized Structure clause.
    HarmonizedStructure,
    /// Our own analysis of the standards' structure.
    OurAnalysis,
}

impl Provenance {
    pub const ALL: [Provenance; 5] = [
        Self::NistCrosswalk,
        Self::SourceArticle,
        Self::Iso42001AnnexD,
        Self::HarmonizedStructure,
        Self::OurAnalysis,
    ];
    pub fn key(self) -> &'static str {
        match self {
            Self::NistCrosswalk => "nist_crosswalk",
            Self::SourceArticle => "source_article",
            Self::Iso42001AnnexD => "iso42001_annex_d",
            Self::HarmonizedStructure => "harmonized_structure",
            Self::OurAnalysis => "our_analysis",
        }
    }
    pub fn label(self) -> &'static str {
        match self {
            Self::NistCrosswalk => "NIST AI RMF–ISO/IEC 42001 crosswalk (pair); typed by us",
            Self::SourceArticle => "source article",
            Self::Iso42001AnnexD => "ISO/IEC 42001 Annex D",
            Self::HarmonizedStructure => "Harmonized Structure (same clause)",
            Self::OurAnalysis => "our analysis",
        }
    }
}

/// Maturity of an element as answered (or inferred). Ordered weakest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    None,
    Partly,
    Documented,
    Operating,
    Audited,
}

impl Level {
    pub const ALL: [Level; 5] = [
        Self::None,
        Self::Partly,
        Self::Documented,
        Self::Operating,
        Self::Audited,
    ];
    pub fn key(self) -> &'static str {
        match self {
            Self::None => "none",
            Self::Partly => "partly",
            Self::Documented => "documented",
            Self::Operating => "operating",
            Self::Audited => "audited",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|l| l.key() == s)
    }
    pub fn label(self) -> &'static str {
        match self {
            Self::None => "Nothing yet",
            Self::Partly => "Partly in place",
            Self::Documented => "Documented",
            Self::Operating => "Operating, with records",
            Self::Audited => "Audited",
        }
    }
    /// The strongest status an element at this level can give a requirement that builds on it.
    pub fn cap(self) -> Status {
        match self {
            Self::None => Status::New,
            Self::Partly => Status::Partial,
            Self::Documented => Status::Extend,
            Self::Operating | Self::Audited => Status::ReuseAsIs,
        }
    }
}
