//! Example organisations a trainer (or a curious prospect) loads in one click.
use super::answers::{Answer, Answers};

/// An example organisation: id, display name, one-line description, answers. Name and
/// description are English catalogue keys: show them through `i18n::tr`.
pub struct Example {
    pub id: &'static str,
    pub name: &'static str,
    pub description: &'static str,
    pairs: &'static [(&'static str, &'static str)],
    roles: &'static [&'static str],
    targets: &'static [&'static str],
}

impl Example {
    /// The example's answers, complete: every element question that applies is answered
    /// (what it does not state it does not have), so its results carry no "partial" caveat.
    pub fn complete_answers(&self, ds: &super::dataset::Dataset) -> Answers {
        super::questionnaire::complete(ds, &self.answers())
    }

    /// The profile answers the example states.
    pub fn answers(&self) -> Answers {
        let mut a = Answers::default();
        a.set_one("org_name", self.name);
        for (k, v) in self.pairs {
            a.set_one(*k, *v);
        }
        a.set(
            "ai_roles",
            Answer::Many(self.roles.iter().map(|s| s.to_string()).collect()),
        );
        a.set(
            "targets",
            Answer::Many(self.targets.iter().map(|s| s.to_string()).collect()),
        );
        a
    }
}

pub const EXAMPLES: [Example; 3] = [
    Example {
        id: "saas",
        name: "Example: SaaS scale-up with ISO/IEC 27001",
        description: "About 150 staff, certified ISO/IEC 27001 for four years, one AI product built on a foundation model, selling in the EU.",
        pairs: &[
            ("size", "51-250"),
            ("sector", "software"),
            ("ai_systems", "1"),
            ("personal_data", "no"),
            ("eu_exposure", "eu"),
            ("us_federal", "no"),
            ("third_party_ai", "yes"),
            ("held.iso27001", "certified"),
            ("years.iso27001", "3+"),
            ("fte", "auto"),
        ],
        roles: &["developer", "provider"],
        targets: &["iso42001"],
    },
    Example {
        id: "manufacturer",
        name: "Example: manufacturer with ISO 9001",
        description: "600 staff, certified ISO 9001, uses AI for visual inspection and demand planning from vendors.",
        pairs: &[
            ("size", "251-1000"),
            ("sector", "manufacturing"),
            ("ai_systems", "2-5"),
            ("personal_data", "no"),
            ("eu_exposure", "eu"),
            ("us_federal", "no"),
            ("third_party_ai", "yes"),
            ("held.iso9001", "certified"),
            ("years.iso9001", "3+"),
            ("fte", "auto"),
        ],
        roles: &["user"],
        targets: &["iso42001"],
    },
    Example {
        id: "federal",
        name: "Example: federal contractor aligned with the NIST AI RMF",
        description: "About 150 staff, builds AI analytics for US agencies, follows the NIST AI RMF, processes personal data.",
        pairs: &[
            ("size", "51-250"),
            ("sector", "public"),
            ("ai_systems", "2-5"),
            ("personal_data", "yes"),
            ("eu_exposure", "none"),
            ("us_federal", "yes"),
            ("third_party_ai", "no"),
            ("held.nist-ai-rmf", "aligned"),
            ("years.nist-ai-rmf", "1-3"),
            ("fte", "auto"),
        ],
        roles: &["developer", "provider"],
        targets: &["iso42001"],
    },
];
