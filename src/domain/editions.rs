//! Editions of one standard and the road from one to the next, as data
//! (`data/editions/<family>.json`): which requirement of the new edition is unchanged,
//! renumbered, changed or new, and which of the old one was removed. A holder of the old edition
//! who targets the new one sees that row by row, next to the status and effort the facet engine
//! gives (the correspondence labels a requirement; it never sets a status).
/// How a requirement of the new edition relates to the old one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ChangeKind {
    /// Same reference, same content.
    Unchanged,
    /// Same content under another reference.
    Renumbered,
    /// A predecessor exists, but what is asked has changed (wording, scope, split or merged).
    Changed,
    /// Nothing in the old edition asks for it.
    New,
}

impl ChangeKind {
    pub const ALL: [ChangeKind; 4] = [Self::Unchanged, Self::Renumbered, Self::Changed, Self::New];
    pub fn key(self) -> &'static str {
        match self {
            Self::Unchanged => "unchanged",
            Self::Renumbered => "renumbered",
            Self::Changed => "changed",
            Self::New => "new",
        }
    }
    pub fn label(self) -> &'static str {
        match self {
            Self::Unchanged => "unchanged",
            Self::Renumbered => "renumbered",
            Self::Changed => "changed",
            Self::New => "new in this edition",
        }
    }
    pub fn index(self) -> usize {
        self as usize
    }
}

/// One requirement of the new edition and where it comes from.
#[derive(Clone, Debug)]
pub struct Correspondence {
    /// References in the old edition (empty for `New`; several when merged).
    pub from: Vec<String>,
    /// Reference in the new edition.
    pub to: String,
    pub kind: ChangeKind,
    /// What changed, in our words (for `Changed` and `New`).
    pub what: Option<String>,
    /// Where the correspondence comes from and how sure it is.
    pub basis: String,
}

/// A requirement of the old edition with no successor.
#[derive(Clone, Debug)]
pub struct Removal {
    pub from: String,
    pub why: String,
}

/// The road from one edition of a standard to the next.
#[derive(Clone, Debug)]
pub struct EditionMap {
    /// The standard (`iso27701`); every edition's framework carries it as its `family`.
    pub family: String,
    /// Framework ids of the two editions.
    pub from: String,
    pub to: String,
    pub title: String,
    /// Sources of the correspondence and their confidence, one line each.
    pub sources: Vec<String>,
    pub entries: Vec<Correspondence>,
    pub removed: Vec<Removal>,
    /// Filled at load: framework indexes of `from` and `to` (`usize::MAX` if unknown).
    pub from_fi: usize,
    pub to_fi: usize,
}

impl EditionMap {
    pub fn entry(&self, to_ref: &str) -> Option<&Correspondence> {
        self.entries.iter().find(|e| e.to == to_ref)
    }
}

/// One row of a transition: a requirement of the target edition, what it was, and its result.
#[derive(Clone, Debug, PartialEq)]
pub struct TransitionRow {
    /// Index into the target's `requirements` (results, not the framework).
    pub result: usize,
    pub kind: ChangeKind,
    pub from: Vec<String>,
}

/// A holder of the old edition moving to the new one.
#[derive(Clone, Debug, PartialEq)]
pub struct Transition {
    /// Index into `Dataset::editions`.
    pub map: usize,
    pub rows: Vec<TransitionRow>,
    /// Applicable requirements per kind (`ChangeKind::index`).
    pub counts: [u32; 4],
    /// Person-days (central) per kind, from the engine's effort per requirement.
    pub days: [f64; 4],
}

/// The road to target framework `fi` from an earlier edition among the held frameworks, with
/// its index in `maps`.
pub fn road_to<'a>(
    maps: &'a [EditionMap],
    fi: usize,
    held: &[(usize, super::answers::Held)],
) -> Option<(usize, &'a EditionMap)> {
    maps.iter()
        .enumerate()
        .find(|(_, m)| m.to_fi == fi && held.iter().any(|&(h, _)| h == m.from_fi))
}

/// The transition along road `map` (`road_to`). `results` gives, per assessed requirement of the
/// target in result order, its reference, whether it applies and its person-days (central).
pub fn transition<'a>(
    map: usize,
    m: &EditionMap,
    results: impl Iterator<Item = (&'a str, bool, f64)>,
) -> Transition {
    let mut rows = Vec::new();
    let mut counts = [0u32; 4];
    let mut days = [0.0f64; 4];
    for (i, (reference, applicable, d)) in results.enumerate() {
        let (kind, from) = match m.entry(reference) {
            Some(e) => (e.kind, e.from.clone()),
            None => (ChangeKind::New, Vec::new()),
        };
        if applicable {
            counts[kind.index()] += 1;
            days[kind.index()] += d;
        }
        rows.push(TransitionRow {
            result: i,
            kind,
            from,
        });
    }
    Transition {
        map,
        rows,
        counts,
        days,
    }
}
