//! The crosswalk between any two frameworks, derived through the hub (hub and spoke) and
//! refined by direct mappings: what the explorer shows and the coverage report counts.
use super::dataset::{Dataset, DirectRef, Requirement};
use super::vocab::*;

/// How one requirement relates to another framework's requirement.
#[derive(Clone, Debug, PartialEq)]
pub enum Via {
    /// Both link to these hub elements (indexes).
    Hub(Vec<usize>),
    /// A direct mapping.
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

/// What an implementation of a requirement linking to an element with `src_rel` gives a
/// requirement whose link is `tgt`: the weakest link along the chain source → element → target.
pub fn chain(src_rel: Relationship, tgt_reuse: ReuseKind) -> ReuseKind {
    match coverage(src_rel) {
        Coverage::Full => tgt_reuse,
        Coverage::Partial => tgt_reuse.min(ReuseKind::Partial),
        Coverage::None => ReuseKind::None,
    }
}

/// Everything `req` (of framework `fi`) maps to in other frameworks: direct mappings first,
/// then requirements sharing a hub element. Strongest reuse first within each framework.
pub fn related(ds: &Dataset, fi: usize, req: &Requirement) -> Vec<Related> {
    let mut out: Vec<Related> = Vec::new();
    for &d in ds.direct_into(&req.id) {
        let m = ds.mapping(d);
        let other = if d.reversed { &m.to } else { &m.from };
        if let Some((ofi, ori)) = ds.requirement_pos(other) {
            let rel = if d.reversed { m.rel } else { m.rel.inverse() };
            out.push(Related {
                framework: ofi,
                requirement: ori,
                rel,
                reuse: m.reuse,
                via: Via::Direct(d),
            });
        }
    }
    for (ofi, of) in ds.frameworks.iter().enumerate() {
        if ofi == fi {
            continue;
        }
        for (ori, o) in of.requirements.iter().enumerate() {
            if !o.kind.is_assessed()
                || out
                    .iter()
                    .any(|r| r.framework == ofi && r.requirement == ori)
            {
                continue;
            }
            let mut shared = Vec::new();
            let mut best = ReuseKind::None;
            for l in &req.links {
                if let Some(ol) = o.links.iter().find(|ol| ol.el == l.el) {
                    if let Some(ei) = ds.element_index(&l.el) {
                        shared.push(ei);
                    }
                    best = best.max(chain(ol.rel, l.reuse));
                }
            }
            // Only primary links (the requirement's first element) make a useful explorer entry.
            let primary = req
                .links
                .first()
                .is_some_and(|l| o.links.first().is_some_and(|ol| ol.el == l.el));
            if !shared.is_empty() && primary {
                let rel = if best == ReuseKind::AsIs {
                    Relationship::Equal
                } else {
                    Relationship::IntersectsWith
                };
                out.push(Related {
                    framework: ofi,
                    requirement: ori,
                    rel,
                    reuse: best,
                    via: Via::Hub(shared),
                });
            }
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

/// The classification of `req` against framework `other`: the best reuse any of `other`'s
/// requirements gives it (through the hub or a direct mapping). `None` means an explicit
/// "nothing to reuse", never "unclassified".
pub fn classify(ds: &Dataset, req: &Requirement, other: usize) -> ReuseKind {
    let of = &ds.frameworks[other];
    let mut hub = ReuseKind::AsIs;
    for l in &req.links {
        let Some(ei) = ds.element_index(&l.el) else {
            continue;
        };
        let mut best = ReuseKind::None;
        for &ori in ds.linking(other, ei) {
            if let Some(ol) = of.requirements[ori].links.iter().find(|ol| ol.el == l.el) {
                best = best.max(chain(ol.rel, l.reuse));
            }
        }
        hub = hub.min(best);
    }
    if req.links.is_empty() {
        hub = ReuseKind::None;
    }
    let mut direct = ReuseKind::None;
    for &d in ds.direct_into(&req.id) {
        let m = ds.mapping(d);
        let src = if d.reversed { &m.to } else { &m.from };
        if ds.requirement_pos(src).is_some_and(|(f, _)| f == other) {
            direct = direct.max(if d.reversed {
                m.reuse.min(ReuseKind::Partial)
            } else {
                m.reuse
            });
        }
    }
    hub.max(direct)
}
