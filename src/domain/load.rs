//! Owns the embedded data (`data/*.json`, included at compile time) and reads it into the
//! dataset types, once (`dataset()`). Written by hand over `serde_json::Value`
//! rather than derived: the derived deserializers cost ~18 KB of brotli-compressed wasm, this
//! reader a fraction of that. Field names and defaults are those documented in `data/README.md`.
use super::answers::{Answer, Answers};
use super::dataset::*;
use super::editions::{ChangeKind, Correspondence, EditionMap, Removal};
use super::vocab::*;
use serde_json::{Map, Value};
use std::sync::OnceLock;

type R<T> = Result<T, LoadError>;

/// A JSON object being read, with a path for error messages (`iso42001.json: requirements[3]`).
struct Obj<'a> {
    map: &'a Map<String, Value>,
    at: String,
}

fn obj(v: &Value, at: String) -> R<Obj<'_>> {
    match v.as_object() {
        Some(map) => Ok(Obj { map, at }),
        None => Err(format!("{at}: expected an object")),
    }
}

impl<'a> Obj<'a> {
    fn opt(&self, k: &str) -> Option<&'a Value> {
        self.map.get(k).filter(|v| !v.is_null())
    }
    fn req(&self, k: &str) -> R<&'a Value> {
        self.opt(k)
            .ok_or_else(|| format!("{}: missing field `{k}`", self.at))
    }
    fn string(&self, k: &str) -> R<String> {
        match self.req(k)?.as_str() {
            Some(s) => Ok(s.to_string()),
            None => Err(format!("{}: `{k}` must be a string", self.at)),
        }
    }
    fn string_or(&self, k: &str, default: &str) -> R<String> {
        match self.opt(k) {
            None => Ok(default.to_string()),
            Some(_) => self.string(k),
        }
    }
    fn opt_string(&self, k: &str) -> R<Option<String>> {
        self.opt(k).map(|_| self.string(k)).transpose()
    }
    fn boolean(&self, k: &str) -> R<bool> {
        self.req(k)?;
        self.bool_or(k, false)
    }
    fn bool_or(&self, k: &str, default: bool) -> R<bool> {
        match self.opt(k) {
            None => Ok(default),
            Some(v) => v
                .as_bool()
                .ok_or_else(|| format!("{}: `{k}` must be true or false", self.at)),
        }
    }
    fn small_number(&self, k: &str) -> R<u8> {
        self.req(k)?
            .as_u64()
            .and_then(|n| u8::try_from(n).ok())
            .ok_or_else(|| format!("{}: `{k}` must be a whole number up to 255", self.at))
    }
    fn number_or(&self, k: &str, default: f64) -> R<f64> {
        match self.opt(k) {
            None => Ok(default),
            Some(v) => v
                .as_f64()
                .ok_or_else(|| format!("{}: `{k}` must be a number", self.at)),
        }
    }
    /// One of a closed vocabulary, by its key (`"clause"`, `"subset_of"`).
    fn one_of<T: Copy>(&self, k: &str, all: &[T], key: fn(T) -> &'static str) -> R<T> {
        let v = self.req(k)?;
        all.iter()
            .copied()
            .find(|&t| v.as_str() == Some(key(t)))
            .ok_or_else(|| {
                let keys: Vec<_> = all.iter().map(|&t| key(t)).collect();
                format!("{}: `{k}` must be one of {}", self.at, keys.join(", "))
            })
    }
    /// An array of objects (missing means empty), each read by `f`.
    fn list<T>(&self, k: &str, f: impl Fn(Obj<'a>) -> R<T>) -> R<Vec<T>> {
        let Some(v) = self.opt(k) else {
            return Ok(Vec::new());
        };
        let items = v
            .as_array()
            .ok_or_else(|| format!("{}: `{k}` must be a list", self.at))?;
        items
            .iter()
            .enumerate()
            .map(|(i, v)| f(obj(v, format!("{}: {k}[{i}]", self.at))?))
            .collect()
    }
    fn strings(&self, k: &str) -> R<Vec<String>> {
        self.req(k)?
            .as_array()
            .and_then(|a| a.iter().map(|v| v.as_str().map(String::from)).collect())
            .ok_or_else(|| format!("{}: `{k}` must be a list of strings", self.at))
    }
    /// A default answer: a string (one choice or text) or a list of strings (several choices).
    fn answer(&self, k: &str) -> R<Option<Answer>> {
        Ok(match self.opt(k) {
            None => None,
            Some(Value::String(s)) => Some(Answer::One(s.clone())),
            Some(Value::Array(_)) => Some(Answer::Many(self.strings(k)?)),
            Some(_) => {
                return Err(format!(
                    "{}: `{k}` must be a string or a list of strings",
                    self.at
                ))
            }
        })
    }
    /// `null` (subject-neutral) or `{"s": "ai", "text": "…"}`.
    fn adds(&self, k: &str) -> R<Option<Adds>> {
        self.opt(k)
            .map(|v| {
                let o = obj(v, format!("{}: {k}", self.at))?;
                Ok(Adds {
                    subject: o.one_of("s", &Subject::ALL, Subject::key)?,
                    text: o.string("text")?,
                })
            })
            .transpose()
    }
    fn condition(&self, k: &str) -> R<Option<Condition>> {
        self.opt(k).map(|v| condition(v, &self.at)).transpose()
    }
}

/// `{"answer": {"q", "any_of"}}`, `{"not": {…}}`, `{"all": […]}`, `{"any": […]}`.
fn condition(v: &Value, at: &str) -> R<Condition> {
    let o = obj(v, format!("{at}: applies_if"))?;
    let (key, inner) = match o.map.iter().next() {
        Some(kv) if o.map.len() == 1 => kv,
        _ => return Err(format!("{}: expected one of answer, not, all, any", o.at)),
    };
    let list = || -> R<Vec<Condition>> {
        inner
            .as_array()
            .ok_or_else(|| format!("{}: `{key}` must be a list", o.at))?
            .iter()
            .map(|c| condition(c, at))
            .collect()
    };
    let test = || -> R<(String, Vec<String>)> {
        let t = obj(inner, format!("{}.{key}", o.at))?;
        Ok((t.string("q")?, t.strings("any_of")?))
    };
    Ok(match key.as_str() {
        "answer" => {
            let (q, any_of) = test()?;
            Condition::Answer { q, any_of }
        }
        "not" => {
            let (q, any_of) = test()?;
            Condition::Not { q, any_of }
        }
        "all" => Condition::All(list()?),
        "any" => Condition::Any(list()?),
        other => return Err(format!("{}: unknown condition `{other}`", o.at)),
    })
}

fn parse(name: &str, text: &str) -> R<Value> {
    serde_json::from_str(text).map_err(|e| format!("{name}: {e}"))
}

pub(super) fn framework(name: &str, text: &str) -> R<Framework> {
    let v = parse(name, text)?;
    let o = obj(&v, name.to_string())?;
    Ok(Framework {
        id: o.string("id")?,
        family: match o.opt_string("family")? {
            Some(f) => f,
            None => o.string("id")?,
        },
        name: o.string("name")?,
        edition: o.string("edition")?,
        subject: o.string("subject")?,
        publisher: o.string("publisher")?,
        certifiable: o.boolean("certifiable")?,
        carries: match o.opt("carries") {
            None => None,
            Some(_) => Some(o.one_of("carries", &Subject::ALL, Subject::key)?),
        },
        licence: o.string("licence")?,
        confidence: o.string_or("confidence", "high")?,
        characteristics: o.list("characteristics", |c| {
            Ok(Characteristic {
                id: c.string("id")?,
                name: c.string("name")?,
            })
        })?,
        requirements: o.list("requirements", |r| {
            Ok(Requirement {
                reference: r.string("ref")?,
                parent: r.opt_string("parent")?,
                kind: r.one_of("kind", &ReqKind::ALL, ReqKind::label)?,
                title: r.string("title")?,
                summary: r.opt_string("summary")?,
                links: r.list("links", |l| {
                    Ok(Link {
                        el: l.string("el")?,
                        f: l.strings("f")?,
                        adds: l.adds("adds")?,
                        beyond: l.bool_or("beyond", false)?,
                        ei: usize::MAX,
                        fset: Default::default(),
                        rel: Relationship::NoRelationship,
                    })
                })?,
                applies_if: r.condition("applies_if")?,
                twin_of: r.opt_string("twin_of")?,
                assessed: !r.bool_or("not_assessed", false)?,
                effort: match r.opt("effort") {
                    None => 0,
                    Some(_) => r.small_number("effort")?,
                },
                effort_why: r.opt_string("effort_why")?,
                facets: Default::default(),
                adds: Default::default(),
                id: String::new(),
                group: String::new(),
                direct: Vec::new(),
            })
        })?,
    })
}

pub(super) fn edition_map(name: &str, text: &str) -> R<EditionMap> {
    let v = parse(name, text)?;
    let o = obj(&v, name.to_string())?;
    Ok(EditionMap {
        family: o.string("family")?,
        from: o.string("from")?,
        to: o.string("to")?,
        title: o.string("title")?,
        sources: o.strings("sources")?,
        entries: o.list("entries", |e| {
            Ok(Correspondence {
                from: e.strings("from")?,
                to: e.string("to")?,
                kind: e.one_of("kind", &ChangeKind::ALL, ChangeKind::key)?,
                what: e.opt_string("what")?,
                basis: e.string("basis")?,
            })
        })?,
        removed: o.list("removed", |e| {
            Ok(Removal {
                from: e.string("from")?,
                why: e.string("why")?,
            })
        })?,
        from_fi: usize::MAX,
        to_fi: usize::MAX,
    })
}

pub(super) fn elements(name: &str, text: &str) -> R<Vec<Element>> {
    let v = parse(name, text)?;
    obj(&v, name.to_string())?.list("elements", |e| {
        let id = e.string("id")?;
        Ok(Element {
            key: Answers::element_key(&id),
            id,
            name: e.string("name")?,
            summary: e.string("summary")?,
            ai: e.bool_or("ai", false)?,
            workstream: e.one_of("workstream", &Workstream::ALL, Workstream::key)?,
            phase: e.small_number("phase")?,
            weight: e.number_or("weight", 1.0)?,
            question: e.string("question")?,
            help: e.string("help")?,
            applies_if: e.condition("applies_if")?,
            step: e.string("step")?,
            facets: e.list("facets", |f| {
                Ok(Facet {
                    id: f.string("id")?,
                    name: f.string("name")?,
                    hs: f.bool_or("hs", false)?,
                    gid: 0,
                })
            })?,
            fset: Default::default(),
            implies: e.list("implies", |i| {
                Ok(Implied {
                    el: i.string("el")?,
                    f: i.strings("f")?,
                })
            })?,
            implies_fset: Default::default(),
        })
    })
}

pub(super) fn questionnaire(name: &str, text: &str) -> R<QuestionnaireContent> {
    let v = parse(name, text)?;
    let steps = obj(&v, name.to_string())?.list("steps", |s| {
        Ok(StepContent {
            id: s.string("id")?,
            title: s.string("title")?,
            intro: s.string_or("intro", "")?,
            questions: s.list("questions", |q| {
                Ok(Question {
                    id: q.string("id")?,
                    prompt: q.string("prompt")?,
                    help: q.string("help")?,
                    kind: q.one_of("kind", &QuestionKind::ALL, QuestionKind::key)?,
                    options: q.list("options", |c| {
                        Ok(Choice {
                            value: c.string("value")?,
                            label: c.string("label")?,
                        })
                    })?,
                    default: q.answer("default")?,
                    applies_if: q.condition("applies_if")?,
                })
            })?,
        })
    })?;
    Ok(QuestionnaireContent { steps })
}

/// What a hand-typed pair may state: never `equal` (a `related` pair's facets are disjoint; a
/// `narrow` one says less than its facets).
const HAND_REL: [Relationship; 3] = [
    Relationship::IntersectsWith,
    Relationship::SubsetOf,
    Relationship::SupersetOf,
];
const HAND_REUSE: [ReuseKind; 2] = [ReuseKind::Partial, ReuseKind::Extend];

pub(super) fn mapping_file(name: &str, text: &str) -> R<MappingFile> {
    let v = parse(name, text)?;
    let o = obj(&v, name.to_string())?;
    Ok(MappingFile {
        title: o.string("title")?,
        mappings: o.list("mappings", |m| {
            let kind = match m.opt("type") {
                None => PairKind::Derived,
                Some(_) => m.one_of("type", &PairKind::ALL, PairKind::key)?,
            };
            let related = kind == PairKind::Related;
            let by_hand = related || kind == PairKind::Narrow;
            let reuse_by_hand = kind == PairKind::Derived && m.opt("reuse").is_some();
            if !by_hand && (m.opt("rel").is_some() || (m.opt("reuse").is_some() && !reuse_by_hand))
            {
                return Err(format!(
                    "{}: only a `related` or `narrow` pair states `rel`, and a derived pair only `reuse`; the others follow from the facets",
                    m.at
                ));
            }
            Ok(Mapping {
                from: m.string("from")?,
                to: m.string("to")?,
                // A hand-typed `related` pair may say how its sides meet; derived pairs are
                // filled in at load from the facets.
                rel: match (kind, m.opt("rel")) {
                    (PairKind::Narrow, _) | (PairKind::Related, Some(_)) => {
                        m.one_of("rel", &HAND_REL, Relationship::key)?
                    }
                    (PairKind::Related, None) => Relationship::IntersectsWith,
                    _ => Relationship::NoRelationship,
                },
                reuse: match (kind, m.opt("reuse")) {
                    (PairKind::Narrow, _) => m.one_of("reuse", &ReuseKind::ALL, ReuseKind::key)?,
                    (PairKind::Related, Some(_)) => m.one_of("reuse", &HAND_REUSE, ReuseKind::key)?,
                    (PairKind::Related, None) => ReuseKind::Partial,
                    (PairKind::Derived, Some(_)) => {
                        m.one_of("reuse", &[ReuseKind::Extend], ReuseKind::key)?
                    }
                    _ => ReuseKind::None,
                },
                why: m.string("why")?,
                src: m.one_of("src", &Provenance::ALL, Provenance::key)?,
                articles: match m.opt("art") {
                    None => Vec::new(),
                    Some(_) => m.strings("art")?,
                },
                kind,
                reuse_by_hand,
                review: match m.opt("review") {
                    None => Review {
                        status: ReviewStatus::Proposed,
                        role: String::new(),
                        date: String::new(),
                    },
                    Some(v) => {
                        let o = obj(v, format!("{}: review", m.at))?;
                        Review {
                            status: o.one_of("status", &ReviewStatus::ALL, ReviewStatus::key)?,
                            role: o.string_or("role", "")?,
                            date: o.string_or("date", "")?,
                        }
                    }
                },
            })
        })?,
        omitted: o.list("omitted", |m| {
            Ok(Omission {
                from: m.string("from")?,
                to: m.string("to")?,
                why: m.string("why")?,
            })
        })?,
    })
}

// The embedded files and the parsed dataset: this module owns them, `dataset` only the types.

macro_rules! data_file {
    ($p:literal) => {
        include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/data/", $p))
    };
}

/// Raw embedded files, in the order they are loaded (also used by tests and reports).
pub const FRAMEWORK_FILES: [(&str, &str); 6] = [
    ("iso42001.json", data_file!("frameworks/iso42001.json")),
    ("iso27001.json", data_file!("frameworks/iso27001.json")),
    ("iso9001.json", data_file!("frameworks/iso9001.json")),
    ("iso27701.json", data_file!("frameworks/iso27701.json")),
    (
        "iso27701-2025.json",
        data_file!("frameworks/iso27701-2025.json"),
    ),
    (
        "nist-ai-rmf.json",
        data_file!("frameworks/nist-ai-rmf.json"),
    ),
];
pub const EDITION_FILES: [(&str, &str); 1] = [(
    "editions/iso27701.json",
    data_file!("editions/iso27701.json"),
)];
pub const ELEMENTS_FILE: &str = data_file!("elements.json");
pub const ARTICLES_FILE: &str = data_file!("articles.json");
pub const QUESTIONNAIRE_FILE: &str = data_file!("questionnaire.json");
pub const MAPPING_FILES: [(&str, &str); 4] = [
    (
        "iso27001-iso42001.json",
        data_file!("mappings/iso27001-iso42001.json"),
    ),
    (
        "iso27701-iso42001.json",
        data_file!("mappings/iso27701-iso42001.json"),
    ),
    (
        "iso27701-iso27001.json",
        data_file!("mappings/iso27701-iso27001.json"),
    ),
    (
        "nist-ai-rmf-iso42001.json",
        data_file!("mappings/nist-ai-rmf-iso42001.json"),
    ),
];

static DATASET: OnceLock<Dataset> = OnceLock::new();

/// The bundled dataset, parsed on first use. Its validity is a native test, so a broken file
/// never ships; should it happen anyway, the app shows the error instead of panicking.
pub fn dataset() -> &'static Dataset {
    DATASET.get_or_init(|| load_embedded().unwrap_or_else(empty_with))
}

pub fn load_embedded() -> Result<Dataset, LoadError> {
    let frameworks = FRAMEWORK_FILES
        .iter()
        .map(|(name, text)| framework(name, text))
        .collect::<Result<_, _>>()?;
    let elements = elements("elements.json", ELEMENTS_FILE)?;
    let questionnaire = questionnaire("questionnaire.json", QUESTIONNAIRE_FILE)?;
    let mapping_files = MAPPING_FILES
        .iter()
        .map(|(name, text)| mapping_file(name, text))
        .collect::<Result<_, _>>()?;
    let editions = EDITION_FILES
        .iter()
        .map(|(name, text)| edition_map(name, text))
        .collect::<Result<_, _>>()?;
    Ok(
        Dataset::build(frameworks, elements, mapping_files, questionnaire, editions)
            .with_articles(articles("articles.json", ARTICLES_FILE)?),
    )
}

pub(super) fn articles(name: &str, text: &str) -> R<Vec<Article>> {
    let v = parse(name, text)?;
    obj(&v, name.to_string())?.list("articles", |a| {
        Ok(Article {
            id: a.string("id")?,
            title: a.opt_string("title")?,
            publisher: a.opt_string("publisher")?,
            year: match a.opt("year") {
                None => None,
                Some(y) => Some(
                    y.as_u64()
                        .and_then(|y| u16::try_from(y).ok())
                        .ok_or_else(|| format!("{}: `year` must be a year", a.at))?,
                ),
            },
            about: a.string("about")?,
        })
    })
}

fn empty_with(error: LoadError) -> Dataset {
    let mut d = Dataset::build(
        Vec::new(),
        Vec::new(),
        Vec::new(),
        QuestionnaireContent { steps: Vec::new() },
        Vec::new(),
    );
    d.mapping_files.push(MappingFile {
        title: format!("dataset failed to load: {error}"),
        ..Default::default()
    });
    d
}

#[cfg(test)]
mod tests {
    use super::*;

    const FW: &str = r#"{"id": "x", "name": "X", "edition": "1", "subject": "s", "publisher": "ISO",
        "certifiable": true, "licence": "l", "requirements": [
        {"ref": "4", "kind": "section", "title": "Context"},
        {"ref": "4.1", "parent": "4", "kind": "clause", "title": "Issues",
         "links": [{"el": "context", "f": ["issues"], "adds": null}]}]}"#;

    #[test]
    fn reads_a_framework_with_its_defaults() {
        let f = framework("x.json", FW).unwrap();
        assert_eq!(f.confidence, "high");
        assert!(f.characteristics.is_empty());
        assert_eq!(f.requirements.len(), 2);
        let r = &f.requirements[1];
        assert_eq!(
            (r.reference.as_str(), r.parent.as_deref()),
            ("4.1", Some("4"))
        );
        assert_eq!(r.kind, ReqKind::Clause);
        assert_eq!(r.links[0].f, vec!["issues".to_string()]);
        assert_eq!(r.links[0].adds, None);
        assert!(r.assessed && r.twin_of.is_none() && r.effort == 0);
    }

    #[test]
    fn errors_name_the_file_the_entry_and_the_field() {
        let missing = FW.replace(r#""title": "Issues","#, "");
        assert_eq!(
            framework("x.json", &missing).unwrap_err(),
            "x.json: requirements[1]: missing field `title`"
        );
        let bad_kind = FW.replace(r#""kind": "clause""#, r#""kind": "chapter""#);
        let e = framework("x.json", &bad_kind).unwrap_err();
        assert!(
            e.starts_with("x.json: requirements[1]: `kind` must be one of section,"),
            "{e}"
        );
        let bad_adds = FW.replace(r#""adds": null"#, r#""adds": {"s": "law", "text": "x"}"#);
        let e = framework("x.json", &bad_adds).unwrap_err();
        assert!(
            e.starts_with("x.json: requirements[1]: links[0]: adds: `s` must be one of"),
            "{e}"
        );
        assert!(framework("x.json", "[1, 2]")
            .unwrap_err()
            .contains("expected an object"));
        assert!(framework("x.json", "{")
            .unwrap_err()
            .starts_with("x.json: EOF"));
    }

    #[test]
    fn reads_nested_conditions_and_rejects_unknown_ones() {
        let els = r#"{"elements": [{"id": "e", "name": "E", "summary": "s", "workstream": "risk",
            "phase": 2, "step": "ai", "question": "q", "help": "h",
            "applies_if": {"any": [{"answer": {"q": "a", "any_of": ["yes"]}},
                                   {"all": [{"not": {"q": "b", "any_of": ["x", "y"]}}]}]}}]}"#;
        let e = &elements("e.json", els).unwrap()[0];
        assert_eq!(
            (e.weight, e.ai, e.phase, e.workstream),
            (1.0, false, 2, Workstream::Risk)
        );
        assert_eq!(
            e.applies_if,
            Some(Condition::Any(vec![
                Condition::Answer {
                    q: "a".into(),
                    any_of: vec!["yes".into()]
                },
                Condition::All(vec![Condition::Not {
                    q: "b".into(),
                    any_of: vec!["x".into(), "y".into()]
                }]),
            ]))
        );
        let unknown = els.replace(r#"{"all":"#, r#"{"some":"#);
        let err = elements("e.json", &unknown).unwrap_err();
        assert!(err.contains("unknown condition `some`"), "{err}");
    }
}
