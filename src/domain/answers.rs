//! What the user answered: a map from question id to a value, plus typed readers for the
//! profile the engine needs. Unknown ids are kept (they may come from another dataset edition)
//! and reported as warnings by the analysis, never a panic.
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One answer: a single choice (or text), or several choices.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Answer {
    One(String),
    Many(Vec<String>),
}

impl Answer {
    pub fn contains(&self, v: &str) -> bool {
        match self {
            Answer::One(s) => s == v,
            Answer::Many(list) => list.iter().any(|s| s == v),
        }
    }
    pub fn as_one(&self) -> Option<&str> {
        match self {
            Answer::One(s) => Some(s),
            Answer::Many(_) => None,
        }
    }
    pub fn as_many(&self) -> &[String] {
        match self {
            Answer::Many(v) => v,
            Answer::One(_) => &[],
        }
    }
}

/// Answers keyed by question id. Element questions use `el.<element id>`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Answers(pub BTreeMap<String, Answer>);

/// Value of an element answer meaning "don't know".
pub const DONT_KNOW: &str = "unknown";

impl Answers {
    pub fn get(&self, q: &str) -> Option<&Answer> {
        self.0.get(q)
    }
    pub fn one(&self, q: &str) -> Option<&str> {
        self.0.get(q).and_then(Answer::as_one)
    }
    pub fn set(&mut self, q: impl Into<String>, a: Answer) {
        self.0.insert(q.into(), a);
    }
    pub fn set_one(&mut self, q: impl Into<String>, v: impl Into<String>) {
        self.0.insert(q.into(), Answer::One(v.into()));
    }
    pub fn clear(&mut self, q: &str) {
        self.0.remove(q);
    }
    pub fn element_key(el: &str) -> String {
        format!("el.{el}")
    }
    /// Held status of a framework: `certified`, `implemented`, `aligned` or none.
    pub fn held(&self, fw: &str) -> Option<Held> {
        Held::parse(self.one(&format!("held.{fw}"))?)
    }
    /// Years in operation of a held framework.
    pub fn years(&self, fw: &str) -> Option<&str> {
        self.one(&format!("years.{fw}"))
    }
    /// Target framework ids (ISO/IEC 42001 when none chosen).
    pub fn targets(&self) -> Vec<String> {
        match self.get("targets") {
            Some(Answer::Many(v)) if !v.is_empty() => v.clone(),
            Some(Answer::One(s)) if !s.is_empty() => vec![s.clone()],
            _ => vec!["iso42001".to_string()],
        }
    }
    /// The organisation name, if given.
    pub fn org_name(&self) -> Option<&str> {
        self.one("org_name")
            .map(str::trim)
            .filter(|s| !s.is_empty())
    }
}

/// How a framework is held. Ordered weakest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Held {
    /// Self-attested alignment (NIST AI RMF).
    Aligned,
    Implemented,
    Certified,
}

impl Held {
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "aligned" => Some(Self::Aligned),
            "implemented" => Some(Self::Implemented),
            "certified" => Some(Self::Certified),
            _ => None,
        }
    }
    pub fn label(self) -> &'static str {
        match self {
            Self::Aligned => "aligned",
            Self::Implemented => "implemented",
            Self::Certified => "certified",
        }
    }
    /// The level an element gets when this framework fully implements it.
    pub fn level(self) -> super::Level {
        match self {
            Self::Aligned => super::Level::Documented,
            Self::Implemented => super::Level::Operating,
            Self::Certified => super::Level::Audited,
        }
    }
}
