//! Facets: the parts an implementation of a hub element is made of, and the two rules built on
//! them. A requirement's links name the facets it asks for; from those sets follow
//! - its IR 8477 relationship to an element or to another requirement (`relationship`), and
//! - what a held implementation gives it (`reuse`): per facet, the union of what the held
//!   frameworks' requirements cover, never more (FACETS.md §1, rules 5–7).
//!
//! Facets get dense global ids at load, so a set is a fixed 256-bit mask and both rules are a
//! handful of word operations.
use super::vocab::{Relationship, ReuseKind, Subject};

/// Upper bound on facets in a dataset (the loader refuses more).
pub const MAX_FACETS: usize = 256;

/// A set of global facet ids.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct FacetSet([u64; 4]);

impl FacetSet {
    pub const EMPTY: FacetSet = FacetSet([0; 4]);
    pub fn insert(&mut self, f: u16) {
        self.0[usize::from(f) / 64] |= 1 << (f % 64);
    }
    pub fn contains(&self, f: u16) -> bool {
        self.0[usize::from(f) / 64] & (1 << (f % 64)) != 0
    }
    pub fn union(self, o: FacetSet) -> FacetSet {
        FacetSet(std::array::from_fn(|i| self.0[i] | o.0[i]))
    }
    pub fn intersection(self, o: FacetSet) -> FacetSet {
        FacetSet(std::array::from_fn(|i| self.0[i] & o.0[i]))
    }
    pub fn minus(self, o: FacetSet) -> FacetSet {
        FacetSet(std::array::from_fn(|i| self.0[i] & !o.0[i]))
    }
    /// Every facet id not in the set.
    pub fn complement(self) -> FacetSet {
        FacetSet(self.0.map(|w| !w))
    }
    pub fn is_empty(&self) -> bool {
        self.0 == [0; 4]
    }
    pub fn is_subset(&self, o: &FacetSet) -> bool {
        self.minus(*o).is_empty()
    }
    pub fn len(&self) -> u32 {
        self.0.iter().map(|w| w.count_ones()).sum()
    }
    /// Facet ids in ascending order.
    pub fn iter(self) -> impl Iterator<Item = u16> {
        self.0.into_iter().enumerate().flat_map(|(i, mut w)| {
            std::iter::from_fn(move || {
                (w != 0).then(|| {
                    let b = w.trailing_zeros();
                    w &= w - 1;
                    (i * 64) as u16 + b as u16
                })
            })
        })
    }
}

/// Facets that carry each subject's content (`adds`), indexed by `Subject as usize`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Subjects(pub [FacetSet; 4]);

impl Subjects {
    pub fn add(&mut self, s: Subject, f: FacetSet) {
        self.0[s as usize] = self.0[s as usize].union(f);
    }
    pub fn union(self, o: Subjects) -> Subjects {
        Subjects(std::array::from_fn(|i| self.0[i].union(o.0[i])))
    }
    pub fn restrict(self, to: FacetSet) -> Subjects {
        Subjects(self.0.map(|s| s.intersection(to)))
    }
    /// Facets where `needed` asks for a subject this set does not carry there.
    pub fn missing(&self, needed: &Subjects) -> FacetSet {
        needed
            .0
            .iter()
            .zip(self.0.iter())
            .fold(FacetSet::EMPTY, |acc, (n, h)| acc.union(n.minus(*h)))
    }
}

/// IR 8477 set relationship of `a` to `b` ("a rel b"), comparing facet sets.
pub fn relationship(a: FacetSet, b: FacetSet) -> Relationship {
    let common = a.intersection(b);
    if common.is_empty() {
        Relationship::NoRelationship
    } else if a == b {
        Relationship::Equal
    } else if a.is_subset(&b) {
        Relationship::SubsetOf
    } else if b.is_subset(&a) {
        Relationship::SupersetOf
    } else {
        Relationship::IntersectsWith
    }
}

/// IR 8477 relationship of requirement `a` to requirement `b` (a direct pair), as sets of what
/// each requires: its facets, plus the subject content it asks for on each facet (security roles
/// are not AI roles). On the Harmonized Structure's common facets (`hs`) the text is identical
/// whatever the management system it is applied to, so subjects do not count there.
pub fn pair_relationship(
    a: FacetSet,
    a_adds: &Subjects,
    b: FacetSet,
    b_adds: &Subjects,
    hs: FacetSet,
) -> Relationship {
    if a.intersection(b).is_empty() {
        return Relationship::NoRelationship;
    }
    let atoms = |f: FacetSet, s: &Subjects| {
        let mut v = [f; 5];
        for (i, set) in s.0.iter().enumerate() {
            v[i + 1] = set.intersection(f).minus(hs);
        }
        v
    };
    let (x, y) = (atoms(a, a_adds), atoms(b, b_adds));
    let within =
        |p: &[FacetSet; 5], q: &[FacetSet; 5]| p.iter().zip(q).all(|(m, n)| m.is_subset(n));
    match (within(&x, &y), within(&y, &x)) {
        (true, true) => Relationship::Equal,
        (true, false) => Relationship::SubsetOf,
        (false, true) => Relationship::SupersetOf,
        (false, false) => Relationship::IntersectsWith,
    }
}

/// What an implementation covering `held` (with its subjects) gives a requirement that asks for
/// `facets` with subject content `adds` (FACETS.md rule 7): `as_is` when every facet is covered
/// and every subject it adds is already there; `extend` when every facet is covered but a subject
/// must be added; `partial` when some facets are covered; `none` when none is.
pub fn reuse(
    facets: FacetSet,
    adds: &Subjects,
    held: FacetSet,
    held_subjects: &Subjects,
) -> ReuseKind {
    let covered = facets.intersection(held);
    if covered.is_empty() {
        ReuseKind::None
    } else if covered != facets {
        ReuseKind::Partial
    } else if held_subjects.missing(adds).is_empty() {
        ReuseKind::AsIs
    } else {
        ReuseKind::Extend
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(ids: &[u16]) -> FacetSet {
        let mut s = FacetSet::EMPTY;
        for &i in ids {
            s.insert(i);
        }
        s
    }

    #[test]
    fn relationships_follow_the_sets() {
        use Relationship::*;
        assert_eq!(relationship(set(&[1, 2]), set(&[1, 2])), Equal);
        assert_eq!(relationship(set(&[1]), set(&[1, 2])), SubsetOf);
        assert_eq!(relationship(set(&[1, 2, 200]), set(&[1, 2])), SupersetOf);
        assert_eq!(relationship(set(&[1, 3]), set(&[1, 2])), IntersectsWith);
        assert_eq!(relationship(set(&[3]), set(&[1, 2])), NoRelationship);
    }

    #[test]
    fn pairs_of_different_subjects_on_specific_facets_intersect() {
        use Relationship::*;
        let subj = |s: Subject, ids: &[u16]| {
            let mut x = Subjects::default();
            x.add(s, set(ids));
            x
        };
        let none = Subjects::default();
        let (sec, ai) = (subj(Subject::Sec, &[1, 2]), subj(Subject::Ai, &[1]));
        // Security logging vs AI event logging: the facets contain, the content does not.
        assert_eq!(
            pair_relationship(set(&[1, 2]), &sec, set(&[1]), &ai, FacetSet::EMPTY),
            IntersectsWith
        );
        // The same facets on the HS's common text: identical text stays equal.
        assert_eq!(
            pair_relationship(set(&[1]), &sec, set(&[1]), &ai, set(&[1])),
            Equal
        );
        // Same subject, or a subject-neutral side: the facet sets decide.
        assert_eq!(
            pair_relationship(
                set(&[1, 2]),
                &subj(Subject::Ai, &[1, 2]),
                set(&[1]),
                &ai,
                FacetSet::EMPTY
            ),
            SupersetOf
        );
        assert_eq!(
            pair_relationship(set(&[1]), &none, set(&[1, 2]), &sec, FacetSet::EMPTY),
            SubsetOf
        );
        assert_eq!(
            pair_relationship(set(&[3]), &none, set(&[1]), &sec, FacetSet::EMPTY),
            NoRelationship
        );
        // A clause that carries the ISMS's security content and adds privacy contains the ISMS clause.
        let both = subj(Subject::Sec, &[1, 2]).union(subj(Subject::Pii, &[1, 2]));
        assert_eq!(
            pair_relationship(set(&[1, 2]), &both, set(&[1, 2]), &sec, FacetSet::EMPTY),
            SupersetOf
        );
    }

    #[test]
    fn reuse_needs_every_facet_and_every_subject() {
        let mut ai = Subjects::default();
        ai.add(Subject::Ai, set(&[1]));
        let none = Subjects::default();
        assert_eq!(
            reuse(set(&[1, 2]), &none, set(&[1, 2, 3]), &none),
            ReuseKind::AsIs
        );
        assert_eq!(
            reuse(set(&[1, 2]), &ai, set(&[1, 2]), &none),
            ReuseKind::Extend
        );
        assert_eq!(reuse(set(&[1, 2]), &ai, set(&[1, 2]), &ai), ReuseKind::AsIs);
        assert_eq!(
            reuse(set(&[1, 2]), &none, set(&[2]), &none),
            ReuseKind::Partial
        );
        assert_eq!(
            reuse(set(&[1, 2]), &none, set(&[5]), &none),
            ReuseKind::None
        );
        assert_eq!(
            set(&[0, 63, 64, 255]).iter().collect::<Vec<_>>(),
            vec![0, 63, 64, 255]
        );
        assert_eq!(set(&[0, 63, 64, 255]).len(), 4);
    }
}
