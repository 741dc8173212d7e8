//! Two languages, English and German, for every word the tool shows or writes.
//!
//! Gettext's approach, in a few lines: the English text is the key. UI and domain code write
//! `tr(lang, "Reuse as is")` or `trf(lang, "{0} of {1}", &[..])`; German comes from the
//! catalogue fragments beside this file (`de_*.rs`, pairs of English and German). A test
//! (`tests/i18n.rs`) fails on any `tr`/`trf` text missing from the catalogue and on prose in
//! the UI that bypasses it. Chosen over `leptos_i18n` (+20 KB compressed wasm measured here) and
//! Fluent because the whole catalogue costs ~6 KB compressed and needs no build step.
//!
//! The dataset's own texts (summaries, rationales, element questions …) are a separate German
//! pack, `data/i18n/de.json`, loaded only when German is chosen ([`DataTexts`]).
use std::collections::HashMap;
use std::sync::OnceLock;

// The German catalogue is compiled natively (tests, reports) and written into the German data
// pack (`./x i18n`); the browser build leaves it out and reads it from the pack, which is
// loaded only when German is chosen, so English readers do not download it.
#[cfg(not(target_arch = "wasm32"))]
mod de_app;
#[cfg(not(target_arch = "wasm32"))]
mod de_audit;
#[cfg(not(target_arch = "wasm32"))]
mod de_domain;
#[cfg(not(target_arch = "wasm32"))]
mod de_editions;
#[cfg(not(target_arch = "wasm32"))]
mod de_explore;
#[cfg(not(target_arch = "wasm32"))]
mod de_plan;
#[cfg(not(target_arch = "wasm32"))]
mod de_questionnaire;
#[cfg(not(target_arch = "wasm32"))]
mod de_results;
mod msg;

pub use msg::Msg;

/// The reader's language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    En,
    De,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::De];
    pub fn key(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
        }
    }
    /// The language's own name, for the switcher.
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::De => "Deutsch",
        }
    }
    pub fn parse(s: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.key() == s)
    }
    /// From a browser language tag (`de-AT`, `en-GB`): German for any `de`, else English.
    pub fn from_tag(tag: &str) -> Lang {
        if tag.get(..2).is_some_and(|p| p.eq_ignore_ascii_case("de")) {
            Lang::De
        } else {
            Lang::En
        }
    }
}

/// All catalogue pairs (English, German), in one list (natively; the browser reads the pack).
#[cfg(not(target_arch = "wasm32"))]
pub fn catalogue() -> impl Iterator<Item = &'static (&'static str, &'static str)> {
    de_app::DE
        .iter()
        .chain(de_audit::DE)
        .chain(de_editions::DE)
        .chain(de_domain::DE)
        .chain(de_explore::DE)
        .chain(de_questionnaire::DE)
        .chain(de_results::DE)
        .chain(de_plan::DE)
}

#[cfg(not(target_arch = "wasm32"))]
fn german_ui(en: &str) -> Option<&'static str> {
    static MAP: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    MAP.get_or_init(|| catalogue().map(|&(en, de)| (en, de)).collect())
        .get(en)
        .copied()
}

#[cfg(target_arch = "wasm32")]
fn german_ui(en: &str) -> Option<&'static str> {
    DATA_DE
        .get()
        .and_then(|d| d.ui().get(en))
        .map(String::as_str)
}

/// The text in the reader's language (English when no German exists: a test forbids that).
pub fn tr(l: Lang, en: &'static str) -> &'static str {
    match l {
        Lang::En => en,
        Lang::De => german_ui(en).unwrap_or(en),
    }
}

/// A text with placeholders `{0}`, `{1}` … filled in, in the reader's language.
pub fn trf(l: Lang, en: &'static str, args: &[&str]) -> String {
    let mut s = tr(l, en).to_string();
    for (i, a) in args.iter().enumerate() {
        s = s.replace(&format!("{{{i}}}"), a);
    }
    s
}

/// A decimal in the reader's form: `4.5` in English, `4,5` in German.
pub fn num(l: Lang, x: f64, places: u32) -> String {
    let s = super::num::fixed(x, places);
    match l {
        Lang::En => s,
        Lang::De => s.replace('.', ","),
    }
}

/// A short decimal (trailing zeros dropped) in the reader's form.
pub fn short(l: Lang, x: f64, places: u32) -> String {
    let s = super::num::short(x, places);
    match l {
        Lang::En => s,
        Lang::De => s.replace('.', ","),
    }
}

/// The dataset's German texts, keyed as in `data/i18n/de.json`:
/// `r:<requirement id>` summary, `w:<requirement id>` effort reason,
/// `a:<requirement id>:<link index>` subject content, `m:<from>><to>` rationale,
/// `e:<element id>:<field>` element name/summary/question/help, `f:<element>.<facet>` facet name,
/// `q:<question id>:prompt|help`, `o:<question id>:<value>` option label, `s:<step id>:title|intro`,
/// `fw:<framework id>:subject|licence`, `mt:<mapping file>` mapping file title.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DataTexts(pub HashMap<String, String>, pub UiTexts);

/// The UI catalogue as carried in the pack (`t:<English>` keys), keyed by the English text.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UiTexts(pub HashMap<String, String>);

impl UiTexts {
    pub fn get(&self, en: &str) -> Option<&String> {
        self.0.get(en)
    }
}

impl DataTexts {
    /// The UI catalogue entries of the pack.
    pub fn ui(&self) -> &UiTexts {
        &self.1
    }
}

impl DataTexts {
    /// Reads the pack; problems are returned, never a panic.
    pub fn parse(text: &str) -> Result<DataTexts, String> {
        let v: serde_json::Value = serde_json::from_str(text).map_err(|e| e.to_string())?;
        let o = v.as_object().ok_or("expected an object")?;
        let mut m = HashMap::with_capacity(o.len());
        let mut ui = HashMap::new();
        for (k, v) in o {
            let s = v
                .as_str()
                .ok_or_else(|| format!("{k}: expected a string"))?;
            match k.strip_prefix("t:") {
                Some(en) => ui.insert(en.to_string(), s.to_string()),
                None => m.insert(k.clone(), s.to_string()),
            };
        }
        Ok(DataTexts(m, UiTexts(ui)))
    }
    pub fn get(&self, key: &str) -> Option<&str> {
        self.0.get(key).map(String::as_str)
    }
}

static DATA_DE: OnceLock<DataTexts> = OnceLock::new();

/// Installs the German data pack (once; later calls are ignored).
pub fn install_german(t: DataTexts) {
    let _ = DATA_DE.set(t);
}

/// Whether the German data pack is there.
pub fn german_data_ready() -> bool {
    DATA_DE.get().is_some()
}

/// A dataset text in the reader's language: the German pack's entry for `key` when German is
/// chosen and the pack has it, else the English from the dataset.
pub fn data<'a>(l: Lang, key: &str, en: &'a str) -> std::borrow::Cow<'a, str> {
    match (l, DATA_DE.get().and_then(|d| d.get(key))) {
        (Lang::De, Some(de)) => std::borrow::Cow::Owned(de.to_string()),
        _ => std::borrow::Cow::Borrowed(en),
    }
}

use super::dataset::{Choice, Element, Framework, Mapping, Requirement, StepContent};
use std::borrow::Cow;

/// A requirement's summary (or NIST's text, which stays as published, in English).
pub fn req_summary<'a>(l: Lang, r: &'a Requirement) -> Cow<'a, str> {
    match &r.summary {
        Some(s) => data(l, &format!("r:{}", r.id), s),
        None => Cow::Borrowed(&r.title),
    }
}
/// Why a requirement has its effort level, if we say.
pub fn effort_why<'a>(l: Lang, r: &'a Requirement) -> Option<Cow<'a, str>> {
    r.effort_why
        .as_deref()
        .map(|w| data(l, &format!("w:{}", r.id), w))
}
/// The subject content a requirement's link `i` adds, if any.
pub fn adds_text<'a>(l: Lang, r: &'a Requirement, i: usize) -> Option<Cow<'a, str>> {
    let a = r.links.get(i)?.adds.as_ref()?;
    Some(data(l, &format!("a:{}:{i}", r.id), &a.text))
}
/// What changed in a requirement from one edition to the next (`None` when we do not say).
pub fn edition_what<'a>(
    l: Lang,
    m: &super::editions::EditionMap,
    e: &'a super::editions::Correspondence,
) -> Option<Cow<'a, str>> {
    e.what
        .as_deref()
        .map(|w| data(l, &format!("x:{}:{}", m.family, e.to), w))
}
/// Why a requirement of the old edition has no successor.
pub fn edition_removed<'a>(
    l: Lang,
    m: &super::editions::EditionMap,
    r: &'a super::editions::Removal,
) -> Cow<'a, str> {
    data(l, &format!("y:{}:{}", m.family, r.from), &r.why)
}
/// A pair's rationale.
pub fn mapping_why<'a>(l: Lang, m: &'a Mapping) -> Cow<'a, str> {
    data(l, &format!("m:{}>{}", m.from, m.to), &m.why)
}
pub fn element_name<'a>(l: Lang, e: &'a Element) -> Cow<'a, str> {
    data(l, &format!("e:{}:name", e.id), &e.name)
}
pub fn element_summary<'a>(l: Lang, e: &'a Element) -> Cow<'a, str> {
    data(l, &format!("e:{}:summary", e.id), &e.summary)
}
pub fn element_question<'a>(l: Lang, e: &'a Element) -> Cow<'a, str> {
    data(l, &format!("e:{}:question", e.id), &e.question)
}
pub fn element_help<'a>(l: Lang, e: &'a Element) -> Cow<'a, str> {
    data(l, &format!("e:{}:help", e.id), &e.help)
}
/// A facet's name (`facet` is the element's local facet id).
pub fn facet_name<'a>(l: Lang, e: &'a Element, facet: &str) -> Cow<'a, str> {
    match e.facets.iter().find(|f| f.id == facet) {
        Some(f) => data(l, &format!("f:{}.{}", e.id, f.id), &f.name),
        None => Cow::Borrowed(""),
    }
}
/// A question's prompt or help (`field` is `prompt` or `help`).
pub fn question_text<'a>(l: Lang, qid: &str, field: &str, en: &'a str) -> Cow<'a, str> {
    data(l, &format!("q:{qid}:{field}"), en)
}
/// An answer option's label.
pub fn option_label<'a>(l: Lang, qid: &str, c: &'a Choice) -> Cow<'a, str> {
    data(l, &format!("o:{qid}:{}", c.value), &c.label)
}
/// A questionnaire step's title or intro (`field` is `title` or `intro`).
pub fn step_text<'a>(l: Lang, s: &'a StepContent, field: &str) -> Cow<'a, str> {
    let en = if field == "title" { &s.title } else { &s.intro };
    data(l, &format!("s:{}:{field}", s.id), en)
}
/// A framework's subject ("AI management system (AIMS)") or licence note.
pub fn framework_text<'a>(l: Lang, f: &'a Framework, field: &str) -> Cow<'a, str> {
    let en = if field == "subject" {
        &f.subject
    } else {
        &f.licence
    };
    data(l, &format!("fw:{}:{field}", f.id), en)
}
