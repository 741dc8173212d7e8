//! Language-free messages: an English template and its values, rendered in the reader's language
//! when shown. The analysis keeps these, so it never depends on the language.
use super::{trf, Lang};

/// A text the analysis produces, kept language-free: an English template (the catalogue's
/// key) with its values, rendered in the reader's language only when shown
/// ([`Msg::render`]). `Display` renders English.
#[derive(Clone, Debug, PartialEq)]
pub enum Msg {
    /// An English template with the values of its `{0}`, `{1}` …
    T(&'static str, Vec<Msg>),
    /// A value shown as it is (a number, an id, a framework's name).
    V(String),
    /// Texts joined by a separator.
    Join(Vec<Msg>, &'static str),
}

impl Msg {
    /// A text without values (also a label such as a phase name).
    pub fn t(en: &'static str) -> Msg {
        Msg::T(en, Vec::new())
    }
    /// A template with values.
    pub fn f(en: &'static str, args: Vec<Msg>) -> Msg {
        Msg::T(en, args)
    }
    /// A value shown as it is.
    pub fn v(x: impl Into<String>) -> Msg {
        Msg::V(x.into())
    }
    pub fn render(&self, l: Lang) -> String {
        match self {
            Msg::T(en, args) => {
                let vals: Vec<String> = args.iter().map(|a| a.render(l)).collect();
                let refs: Vec<&str> = vals.iter().map(String::as_str).collect();
                trf(l, en, &refs)
            }
            Msg::V(s) => s.clone(),
            Msg::Join(parts, sep) => parts
                .iter()
                .map(|p| p.render(l))
                .collect::<Vec<_>>()
                .join(sep),
        }
    }
}

impl std::fmt::Display for Msg {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.render(Lang::En))
    }
}
