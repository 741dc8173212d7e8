//! The persisted format, owned here and nowhere else: schema version, explicit migrations,
//! decoding that never loses data, and the browser I/O (localStorage via gloo-storage).
//!
//! Stored under [`KEY`] as JSON `{"version": N, ...}`. Decoding reads the version from a
//! `serde_json::Value`, migrates step by step to [`SCHEMA_VERSION`], then types it. Anything
//! unreadable (garbage, truncated, future version) is returned as an error carrying the raw
//! text, which the app keeps under a backup key and offers for download — never a silent reset.
use crate::domain::i18n::{tr, trf, Lang};
use crate::domain::Answers;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// The localStorage key of the app state.
pub const KEY: &str = "imsx.state";
/// The localStorage key of the theme preference (read before first paint by index.html).
pub const THEME_KEY: &str = "imsx.theme";
/// Prefix of backup keys for unreadable state (`imsx.backup.<timestamp>`).
pub const BACKUP_PREFIX: &str = "imsx.backup.";
/// Current schema version.
pub const SCHEMA_VERSION: u64 = 2;

/// Everything the app persists (besides the theme).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct State {
    pub version: u64,
    pub assessments: Vec<Assessment>,
    /// Id of the open assessment.
    #[serde(default)]
    pub current: Option<String>,
    /// Large type for projecting in a classroom.
    #[serde(default)]
    pub large_type: bool,
    /// Presenter mode: the organisation's name and free text are not shown.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub hide_names: bool,
}

impl Default for State {
    fn default() -> Self {
        State {
            version: SCHEMA_VERSION,
            assessments: Vec::new(),
            current: None,
            large_type: false,
            hide_names: false,
        }
    }
}

/// One named assessment.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Assessment {
    pub id: String,
    pub name: String,
    pub answers: Answers,
    /// Id of the questionnaire step the user was on.
    #[serde(default)]
    pub step: String,
    /// Milliseconds since the epoch.
    #[serde(default)]
    pub created: f64,
    #[serde(default)]
    pub modified: f64,
    /// The month the plan starts (`2027-01`); empty: the month after today.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub plan_start: String,
}

impl State {
    pub fn current(&self) -> Option<&Assessment> {
        let id = self.current.as_ref()?;
        self.assessments.iter().find(|a| &a.id == id)
    }
    pub fn current_mut(&mut self) -> Option<&mut Assessment> {
        let id = self.current.clone()?;
        self.assessments.iter_mut().find(|a| a.id == id)
    }

    // The assessment life cycle, as pure methods (ids and times come from the caller), so the UI
    // only wires events to them and native tests cover them.

    /// Adds an assessment and opens it.
    pub fn create(&mut self, id: String, name: &str, answers: Answers, now: f64) {
        self.assessments.push(Assessment {
            id: id.clone(),
            name: name.to_string(),
            answers,
            step: String::new(),
            created: now,
            modified: now,
            plan_start: String::new(),
        });
        self.current = Some(id);
    }

    /// Replaces the open assessment's answers (a what-if kept, or its undo).
    pub fn replace_answers(&mut self, answers: Answers, now: f64) -> bool {
        match self.current_mut() {
            Some(a) => {
                a.answers = answers;
                a.modified = now;
                true
            }
            None => false,
        }
    }

    /// Sets the open assessment's plan start (`2027-01`); anything that is not a month is
    /// refused (false) and changes nothing.
    pub fn set_plan_start(&mut self, month: &str) -> bool {
        let Some(m) = crate::domain::plan::Month::parse(month) else {
            return false;
        };
        match self.current_mut() {
            Some(a) => {
                a.plan_start = m.key();
                true
            }
            None => false,
        }
    }

    /// Opens an assessment (ignored when it does not exist).
    pub fn switch(&mut self, id: &str) {
        if self.assessments.iter().any(|a| a.id == id) {
            self.current = Some(id.to_string());
        }
    }

    /// Renames an assessment; a blank name is refused (returns false).
    pub fn rename(&mut self, id: &str, name: &str, now: f64) -> bool {
        let name = name.trim();
        match self.assessments.iter_mut().find(|a| a.id == id) {
            Some(a) if !name.is_empty() => {
                a.name = name.to_string();
                a.modified = now;
                true
            }
            _ => false,
        }
    }

    /// Copies an assessment under `name` as a new one and opens it.
    pub fn duplicate(&mut self, id: &str, new_id: String, name: &str, now: f64) -> bool {
        let Some(src) = self.assessments.iter().find(|a| a.id == id).cloned() else {
            return false;
        };
        self.create(new_id, name, src.answers, now);
        true
    }

    /// Removes an assessment and returns it with its position, for an undo. When it was open,
    /// the first remaining one opens.
    pub fn delete(&mut self, id: &str) -> Option<(usize, Assessment)> {
        let i = self.assessments.iter().position(|a| a.id == id)?;
        let a = self.assessments.remove(i);
        if self.current.as_deref() == Some(id) {
            self.current = self.assessments.first().map(|a| a.id.clone());
        }
        Some((i, a))
    }

    /// Puts a deleted assessment back where it was; it is open again only if it was the open
    /// one (`reopen`), so undoing a delete leaves the page as it was before.
    pub fn undo_delete(&mut self, index: usize, a: Assessment, reopen: bool) {
        let i = index.min(self.assessments.len());
        if reopen || self.current.is_none() {
            self.current = Some(a.id.clone());
        }
        self.assessments.insert(i, a);
    }
}

/// Why stored state could not be read. Carries nothing but a message (in the reader's language
/// by [`DecodeError::message`], English by `Display`): the caller keeps the raw text.
#[derive(Clone, Debug, PartialEq)]
pub enum DecodeError {
    NotJson(String),
    NoVersion,
    FutureVersion(u64),
    WrongShape(String),
}

impl DecodeError {
    pub fn message(&self, l: Lang) -> String {
        match self {
            Self::NotJson(e) => trf(l, "the saved data is not valid JSON ({0})", &[e]),
            Self::NoVersion => tr(l, "the saved data has no schema version").to_string(),
            Self::FutureVersion(v) => trf(
                l,
                "the saved data was written by a newer version of IMS Crosswalk (schema {0}; this one reads up to {1})",
                &[&v.to_string(), &SCHEMA_VERSION.to_string()],
            ),
            Self::WrongShape(e) => trf(l, "the saved data does not have the expected shape ({0})", &[e]),
        }
    }
}

impl std::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

/// Decodes stored text of any released version into the current [`State`].
pub fn decode(text: &str) -> Result<State, DecodeError> {
    let mut v: Value =
        serde_json::from_str(text).map_err(|e| DecodeError::NotJson(e.to_string()))?;
    let version = v
        .get("version")
        .and_then(Value::as_u64)
        .ok_or(DecodeError::NoVersion)?;
    if version > SCHEMA_VERSION {
        return Err(DecodeError::FutureVersion(version));
    }
    if version < 1 {
        return Err(DecodeError::NoVersion);
    }
    let mut at = version;
    while at < SCHEMA_VERSION {
        v = migrate(at, v)?;
        at += 1;
    }
    serde_json::from_value(v).map_err(|e| DecodeError::WrongShape(e.to_string()))
}

/// One migration step: from `version` to `version + 1`.
fn migrate(version: u64, mut v: Value) -> Result<Value, DecodeError> {
    match version {
        // v1 (0.1.0-pre): a single assessment `{version:1, answers:{…}, step:N}`.
        // v2: several named assessments with the current one's id; step by id.
        1 => {
            let answers = v
                .get_mut("answers")
                .map(Value::take)
                .unwrap_or_else(|| Value::Object(Default::default()));
            let name = answers
                .get("org_name")
                .and_then(Value::as_str)
                .filter(|s| !s.trim().is_empty())
                .unwrap_or("My assessment")
                .to_string();
            Ok(serde_json::json!({
                "version": 2,
                "assessments": [{"id": "a1", "name": name, "answers": answers, "step": "", "created": 0.0, "modified": 0.0}],
                "current": "a1",
                "large_type": false
            }))
        }
        other => Err(DecodeError::WrongShape(format!(
            "no migration from version {other}"
        ))),
    }
}

/// Encodes the state for storage.
pub fn encode(state: &State) -> String {
    serde_json::to_string(state).unwrap_or_default()
}

/// What loading found.
#[derive(Clone, Debug, PartialEq)]
pub enum Loaded {
    /// Nothing stored yet.
    Empty,
    Ok(State),
    /// Stored text could not be read: it has been copied to `backup_key`.
    Unreadable {
        error: DecodeError,
        backup_key: String,
        raw: String,
    },
    /// localStorage is not available (private mode, disabled): the app runs in memory.
    NoStorage,
}

#[cfg(target_arch = "wasm32")]
mod browser {
    use super::*;
    use gloo_storage::{LocalStorage, Storage};

    fn raw_storage() -> Option<web_sys::Storage> {
        web_sys::window()?.local_storage().ok().flatten()
    }

    /// Whether localStorage works (exists and accepts a write).
    pub fn available() -> bool {
        let Some(s) = raw_storage() else { return false };
        s.set_item("imsx.probe", "1").is_ok() && s.remove_item("imsx.probe").is_ok()
    }

    /// Loads the state; unreadable data is backed up first, never dropped.
    pub fn load() -> Loaded {
        if !available() {
            return Loaded::NoStorage;
        }
        let Some(s) = raw_storage() else {
            return Loaded::NoStorage;
        };
        let raw = match s.get_item(KEY) {
            Ok(Some(r)) => r,
            _ => return Loaded::Empty,
        };
        match decode(&raw) {
            Ok(state) => Loaded::Ok(state),
            Err(e) => {
                let backup_key = format!("{BACKUP_PREFIX}{}", js_sys::Date::now() as u64);
                let _ = s.set_item(&backup_key, &raw);
                Loaded::Unreadable {
                    error: e,
                    backup_key,
                    raw,
                }
            }
        }
    }

    /// Saves the state. Returns false when storage refused (quota, disabled).
    pub fn save(state: &State) -> bool {
        raw_storage().is_some_and(|s| s.set_item(KEY, &encode(state)).is_ok())
    }

    /// The theme preference (through gloo-storage, which panics without storage: so check first).
    pub fn load_theme() -> Option<String> {
        available()
            .then(|| LocalStorage::get::<String>(THEME_KEY).ok())
            .flatten()
    }
    pub fn save_theme(theme: &str) -> bool {
        available() && LocalStorage::set(THEME_KEY, theme).is_ok()
    }
}

#[cfg(target_arch = "wasm32")]
pub use browser::*;
