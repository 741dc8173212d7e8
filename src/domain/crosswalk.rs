//! The crosswalk between any two frameworks, derived from the facets both sides ask for (hub
//! and spoke): what the explorer shows and the coverage report counts.
use super::dataset::{Dataset, DirectRef, Mapping, PairKind, Requirement};
use super::facets::{self, FacetSet};
use super::vocab::*;

/// How one requirement relates to another framework's requirement.
#[derive(Clone, Debug, PartialEq)]
pub enum Via {
    /// Both ask for facets of these hub elements (indexes of `this`'s linked elements).
    Hub(Vec<usize>),
    /// A direct mapping (a published or reviewed pair with our rationale).
    Direct(DirectRef),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Related {
    /// Framework and requirement indexes of the other side.
    pub framework: usize,
    pub requirement: usize,
    /// `this rel other`.
    pub rel: Relationship,
    /// What an implementation of the other side gives this one.
    pub reuse: ReuseKind,
    pub via: Via,
}

/// Everything `req` (of framework `fi`) relates to in other frameworks, by facet sets: every
/// assessed requirement sharing a facet, with `req rel other` and what an implementation of the
/// other gives `req` (rule 7). Pairs with a direct mapping carry it (rationale, provenance,
/// review). Strongest reuse first within each framework.
pub fn related(ds: &Dataset, fi: usize, req: &Requirement) -> Vec<Related> {
    let mut out: Vec<Related> = Vec::new();
    let pairs = ds.direct_into(&req.id);
    for (ofi, of) in ds.frameworks.iter().enumerate() {
        if ofi == fi {
            continue;
        }
        for (ori, o) in of.requirements.iter().enumerate() {
            let direct = pairs.iter().copied().find(|d| d.source == (ofi, ori));
            if !o.assessed || (o.facets.intersection(req.facets).is_empty() && direct.is_none()) {
                continue;
            }
            let shared: Vec<usize> = req
                .links
                .iter()
                .filter(|l| o.facets.intersection(l.fset) != FacetSet::EMPTY)
                .map(|l| l.ei)
                .collect();
            let (rel, reuse) = match direct.map(|d| (d, ds.mapping(d))) {
                Some((d, m)) => seen_from(m, d.reversed, req, o),
                None => (
                    facets::relationship(req.facets, o.facets),
                    facets::reuse(req.facets, &req.adds, o.facets, &o.adds),
                ),
            };
            out.push(Related {
                framework: ofi,
                requirement: ori,
                rel,
                reuse,
                via: direct.map_or(Via::Hub(shared), Via::Direct),
            });
        }
    }
    out.sort_unstable_by(|a, b| {
        a.framework
            .cmp(&b.framework)
            .then(b.reuse.cmp(&a.reuse))
            .then(a.requirement.cmp(&b.requirement))
    });
    out
}

/// A direct pair seen from `this`, one of its sides (`reversed`: `this` is the pair's `from`):
/// `this rel other` and what an implementation of `other` gives `this`. A hand-typed pair's
/// judgement holds in the direction it was made; read backwards, a `related` pair is the same
/// partial overlap, and a `narrow` one never gives more than part, since one side asks for only
/// part of what the shared facet holds.
pub fn seen_from(
    m: &Mapping,
    reversed: bool,
    this: &Requirement,
    other: &Requirement,
) -> (Relationship, ReuseKind) {
    let rel = if reversed { m.rel } else { m.rel.inverse() };
    let facet_reuse = || facets::reuse(this.facets, &this.adds, other.facets, &other.adds);
    let reuse = match (m.kind, reversed) {
        (PairKind::Derived, false) if m.reuse_by_hand => m.reuse,
        (PairKind::Derived, _) => facet_reuse(),
        (PairKind::Narrow, true) => facet_reuse().min(ReuseKind::Partial),
        _ => m.reuse,
    };
    (rel, reuse)
}

/// The classification of `req` against framework `other` held as a whole: what the union of
/// `other`'s assessed requirements gives it (rule 7). `None` means an explicit "nothing to
/// reuse", never "unclassified".
pub fn classify(ds: &Dataset, req: &Requirement, other: usize) -> ReuseKind {
    let (cover, subjects) = ds.fw_cover[other];
    let hub = facets::reuse(req.facets, &req.adds, cover, &subjects);
    // A hand-typed pair from `other` carries content the facets cannot show: it may raise.
    ds.direct_into(&req.id)
        .iter()
        .filter(|d| d.source.0 == other)
        .map(|d| ds.mapping(*d))
        .filter(|m| m.raises())
        .fold(hub, |best, m| best.max(m.reuse))
}

/// What an implementation of element `ei` alone, built for another subject, gives requirement
/// `r`, as the engine computes it: every facet of the element implemented and audited, carrying
/// none of `r`'s subjects. This is the `reuse` of a requirement→element link in the review key
/// (`./x review key`), so what reviewers are compared with is what the product says.
pub fn link_reuse(ds: &Dataset, r: &Requirement, ei: usize) -> ReuseKind {
    let mut level = vec![Level::None; ds.facet_owner.len()];
    for f in ds.elements[ei].fset.iter() {
        level[usize::from(f)] = Level::Audited;
    }
    let state = super::questionnaire::FacetState {
        level,
        subjects: facets::Subjects::default(),
    };
    match state.status(r.facets, &r.adds) {
        Status::ReuseAsIs => ReuseKind::AsIs,
        Status::Extend => ReuseKind::Extend,
        Status::Partial => ReuseKind::Partial,
        Status::New => ReuseKind::None,
    }
}
