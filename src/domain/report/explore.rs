//! The crosswalk explorer's words and lists: which requirements a search and its filters keep,
//! a framework's groups, and what the detail panel says about one requirement. The component
//! holds the filter signals and renders what these return.
use super::super::crosswalk::{related, Related, Via};
use super::super::dataset::Dataset;
use super::super::i18n::{self, tr, trf, Lang};
use super::super::vocab::Relationship;

/// The explorer's search and filters; an empty field keeps everything.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Filter {
    pub query: String,
    /// Framework id shown.
    pub framework: String,
    /// Framework id the requirement must relate to (shared facets or a direct pair).
    pub other: String,
    pub group: String,
    pub element: String,
    /// Relationship key (`subset_of` …) of one of its links or pairs.
    pub rel: String,
}

/// The assessed requirements the filter keeps, as (framework, requirement) indexes, in dataset
/// order. Every search word must occur in the id, title or summary (the reader's language too).
pub fn matches(ds: &Dataset, l: Lang, f: &Filter) -> Vec<(usize, usize)> {
    let q = f.query.to_lowercase();
    let other = ds.framework_index(&f.other);
    let mut out = Vec::new();
    for (fi, fw) in ds.frameworks.iter().enumerate() {
        if !f.framework.is_empty() && fw.id != f.framework {
            continue;
        }
        for (ri, r) in fw.requirements.iter().enumerate() {
            if !r.assessed
                || (!f.group.is_empty() && r.group != f.group)
                || (!f.element.is_empty() && !r.links.iter().any(|k| k.el == f.element))
            {
                continue;
            }
            if let Some(oi) = other {
                let shares = oi != fi && !ds.fw_cover[oi].0.intersection(r.facets).is_empty();
                let paired = ds.direct_into(&r.id).iter().any(|d| d.source.0 == oi);
                if !(shares || paired) {
                    continue;
                }
            }
            if !f.rel.is_empty() {
                let has = r.links.iter().any(|k| k.rel.key() == f.rel)
                    || ds
                        .direct_into(&r.id)
                        .iter()
                        .any(|d| ds.mapping(*d).rel.key() == f.rel);
                if !has {
                    continue;
                }
            }
            if !q.is_empty() {
                let mut hay = format!("{} {} {}", r.id, r.title, r.description());
                if l != Lang::En {
                    hay.push(' ');
                    hay.push_str(&i18n::req_summary(l, r));
                }
                let hay = hay.to_lowercase();
                if !q.split_whitespace().all(|w| hay.contains(w)) {
                    continue;
                }
            }
            out.push((fi, ri));
        }
    }
    out
}

/// A framework's top-level groups (clauses, annex objectives, NIST functions) as (reference,
/// title), for the group filter; none for an unknown or empty id.
pub fn groups(ds: &Dataset, framework: &str) -> Vec<(String, String)> {
    ds.framework(framework).map_or_else(Vec::new, |f| {
        f.requirements
            .iter()
            .filter(|r| r.parent.is_none())
            .map(|r| (r.reference.clone(), r.title.clone()))
            .collect()
    })
}

/// "3 of 70": where the shown requirement sits in the list.
pub fn position(l: Lang, list: &[(usize, usize)], shown: (usize, usize)) -> Option<String> {
    let i = list.iter().position(|x| *x == shown)?;
    Some(trf(
        l,
        "{0} of {1}",
        &[&(i + 1).to_string(), &list.len().to_string()],
    ))
}

/// "12 requirements".
pub fn count(l: Lang, n: usize) -> String {
    trf(l, "{0} requirements", &[&n.to_string()])
}

/// One hub element a requirement links to: its name, the facets asked, the relationship and
/// what the requirement adds of its own subject.
#[derive(Clone, Debug, PartialEq)]
pub struct LinkLine {
    pub element: String,
    pub facets: String,
    /// "(subset of the element)".
    pub rel: String,
    /// " — adds AI: …", empty when the requirement adds nothing.
    pub adds: String,
}

/// One requirement of another framework that this one relates to.
#[derive(Clone, Debug, PartialEq)]
pub struct RelatedLine {
    /// Framework with edition and reference: "ISO/IEC 42001:2023 6.1.2".
    pub heading: String,
    pub title: String,
    /// Relationship, reuse (unless nothing is shared), how it is known and why.
    pub meta: String,
    /// For a direct pair: where it comes from and its review.
    pub source: Option<String>,
}

/// The explorer's detail panel for one requirement.
#[derive(Clone, Debug, PartialEq)]
pub struct Detail {
    pub title: String,
    pub summary: String,
    /// "Kind: clause · group 6 · id" (the id follows as code).
    pub kind_line: String,
    pub id: String,
    /// The deep link that opens the explorer on this requirement (`#page=explorer&req=…`), for
    /// a slide or a message.
    pub link: String,
    pub links: Vec<LinkLine>,
    pub mapped: Vec<RelatedLine>,
    /// Published pairs we judge to share nothing, listed apart so "maps to" means it.
    pub unrelated: Vec<RelatedLine>,
    /// "Published pairs that share nothing required (3)", when there are any.
    pub unrelated_title: String,
}

pub fn detail(ds: &Dataset, l: Lang, fi: usize, ri: usize) -> Detail {
    let f = &ds.frameworks[fi];
    let r = &f.requirements[ri];
    let links = r
        .links
        .iter()
        .enumerate()
        .filter_map(|(i, k)| {
            let e = ds.element(&k.el)?;
            let facets =
                k.f.iter()
                    .filter(|id| e.facets.iter().any(|f| &f.id == *id))
                    .map(|id| i18n::facet_name(l, e, id).into_owned())
                    .collect::<Vec<_>>()
                    .join(", ");
            let adds = k.adds.as_ref().map_or_else(String::new, |a| {
                let text =
                    i18n::adds_text(l, r, i).map_or_else(|| a.text.clone(), |t| t.into_owned());
                format!(
                    " — {}",
                    trf(l, "adds {0}: {1}", &[tr(l, a.subject.label()), &text])
                )
            });
            Some(LinkLine {
                element: i18n::element_name(l, e).into_owned(),
                facets,
                rel: trf(l, "({0} the element)", &[tr(l, k.rel.label())]),
                adds,
            })
        })
        .collect();
    let (unrelated, mapped): (Vec<_>, Vec<_>) = related(ds, fi, r)
        .into_iter()
        .partition(|x| x.rel == Relationship::NoRelationship);
    let line = |x: Related| related_line(ds, l, &x);
    let n_unrelated = unrelated.len();
    Detail {
        title: format!("{} {} {}", f.full_name(), r.reference, r.title),
        summary: i18n::req_summary(l, r).into_owned(),
        kind_line: trf(
            l,
            "Kind: {0} · group {1} · id",
            &[tr(l, r.kind.label()), &r.group],
        ),
        id: r.id.clone(),
        link: super::super::deeplink::explorer_link(&r.id, None),
        links,
        mapped: mapped.into_iter().map(line).collect(),
        unrelated: unrelated.into_iter().map(line).collect(),
        unrelated_title: if n_unrelated == 0 {
            String::new()
        } else {
            trf(
                l,
                "Published pairs that share nothing required ({0})",
                &[&n_unrelated.to_string()],
            )
        },
    }
}

fn related_line(ds: &Dataset, l: Lang, x: &Related) -> RelatedLine {
    let of = &ds.frameworks[x.framework];
    let o = &of.requirements[x.requirement];
    let (how, why, source) = match &x.via {
        Via::Direct(d) => {
            let m = ds.mapping(*d);
            (
                tr(l, "direct mapping").to_string(),
                i18n::mapping_why(l, m).into_owned(),
                Some(format!(
                    "{} · {}",
                    super::provenance(ds, l, m),
                    super::review_text(l, &m.review)
                )),
            )
        }
        Via::Hub(els) => (
            tr(l, "through shared facets").to_string(),
            trf(
                l,
                "elements: {0}",
                &[&els
                    .iter()
                    .map(|e| i18n::element_name(l, &ds.elements[*e]).into_owned())
                    .collect::<Vec<_>>()
                    .join(", ")],
            ),
            None,
        ),
    };
    // A pair that shares nothing has nothing to reuse: the relationship says it.
    let reuse = if x.rel == Relationship::NoRelationship {
        String::new()
    } else {
        format!("{} · ", trf(l, "reuse {0}", &[tr(l, x.reuse.label())]))
    };
    RelatedLine {
        heading: format!("{} {}", of.full_name(), o.reference),
        title: o.title.clone(),
        meta: format!("{} · {reuse}{how} — {why}", tr(l, x.rel.label())),
        source,
    }
}
