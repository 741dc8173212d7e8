//! The EU AI Act pointer (issue 15, point 5): when an organisation answers that it places
//! high-risk AI on the EU market, which aspects of the quality management system of Article 17 of
//! Regulation (EU) 2024/1689 ISO/IEC 42001 already serves and which it does not. Facts from the
//! Regulation's text (Articles 17, 18, 19, 26, 72, 73); our own words; orientation, not advice.
use super::answers::Answers;

/// Who the Article concerns, from the answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// Develops or provides AI: Article 17 applies.
    Provider,
    /// Only uses AI systems: the deployer duties of Article 26 apply instead.
    DeployerOnly,
}

/// An Article 17(1) aspect and the ISO/IEC 42001 requirements that serve it.
pub struct Served {
    pub aspect: &'static str,
    pub by: &'static str,
}

pub const SERVED: [Served; 8] = [
    Served {
        aspect: "Design, design control and design verification (Art. 17(1)(b))",
        by: "A.6.1.3, A.6.2.2, A.6.2.3",
    },
    Served {
        aspect: "Development, quality control and quality assurance (Art. 17(1)(c))",
        by: "8.1, A.6.2.4, A.6.2.5",
    },
    Served {
        aspect:
            "Examination, test and validation before, during and after development (Art. 17(1)(d))",
        by: "A.6.2.4",
    },
    Served {
        aspect: "Data management, from acquisition to retention (Art. 17(1)(f))",
        by: "A.7.2–A.7.6",
    },
    Served {
        aspect: "Risk management (Art. 17(1)(g), Art. 9), once it is run for each high-risk system",
        by: "6.1.2–6.1.4, 8.2–8.4",
    },
    Served {
        aspect: "Resource management (Art. 17(1)(l)), without security of supply",
        by: "7.1, A.4.2–A.4.6",
    },
    Served {
        aspect: "An accountability framework for management and staff (Art. 17(1)(m))",
        by: "5.1, 5.3, A.3.2",
    },
    Served {
        aspect: "Control of documentation (Art. 17(1)(k)), in part",
        by: "7.5",
    },
];

/// What ISO/IEC 42001 does not ask for and Article 17 (with the Articles it points to) does.
pub const MISSING: [&str; 6] = [
    "A strategy for regulatory compliance, including conformity assessment and the management of modifications to the system (Art. 17(1)(a))",
    "The technical specifications and harmonised standards to be applied (Art. 17(1)(e))",
    "A post-market monitoring system and plan (Art. 17(1)(h), Art. 72)",
    "Reporting serious incidents to the market surveillance authorities (Art. 17(1)(i), Art. 73)",
    "Communication with national competent authorities, notified bodies, other operators and customers (Art. 17(1)(j))",
    "The Act's record-keeping duties: documentation kept for ten years and automatically generated logs kept (Art. 18, 19)",
];

/// Whether to show the pointer, and for whom: only when high-risk AI on the EU market is answered.
pub fn article_17(a: &Answers) -> Option<Role> {
    if a.one("eu_exposure") != Some("high_risk") {
        return None;
    }
    let roles = a.get("ai_roles");
    let provider = roles.is_none_or(|r| r.contains("developer") || r.contains("provider"));
    Some(if provider {
        Role::Provider
    } else {
        Role::DeployerOnly
    })
}

/// The European Commission's AI Act Service Desk, with its Compliance Checker for scope and risk class.
pub const SERVICE_DESK: &str = "https://ai-act-service-desk.ec.europa.eu/";

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Answer;

    #[test]
    fn shown_for_high_risk_eu_exposure_only() {
        let mut a = Answers::default();
        assert_eq!(article_17(&a), None);
        a.set_one("eu_exposure", "eu");
        assert_eq!(article_17(&a), None);
        a.set_one("eu_exposure", "high_risk");
        a.set("ai_roles", Answer::Many(vec!["provider".into()]));
        assert_eq!(article_17(&a), Some(Role::Provider));
        a.set("ai_roles", Answer::Many(vec!["user".into()]));
        assert_eq!(article_17(&a), Some(Role::DeployerOnly));
    }
}
