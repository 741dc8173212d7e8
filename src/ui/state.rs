//! The app's reactive state, provided as context: the persisted [`State`], the page, notices,
//! and the derived answers and analysis (`Memo`s over the engine). Effects here only sync with
//! the outside world: localStorage, the storage event of other tabs, the URL hash, the title.
use crate::domain::i18n::{tr, trf, Lang};
use crate::domain::{analyse, dataset, Analysis, Answer, Answers};
use crate::storage::{Assessment, State};
use leptos::prelude::*;

/// The pages of the app, mirrored in the URL hash (`#/results`), which works from file:// too.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Page {
    Home,
    Questionnaire,
    Results,
    Explorer,
    HowWeEstimate,
    Compare,
}

impl Page {
    pub const ALL: [Page; 6] = [
        Self::Home,
        Self::Questionnaire,
        Self::Results,
        Self::Explorer,
        Self::HowWeEstimate,
        Self::Compare,
    ];
    pub fn hash(self) -> &'static str {
        match self {
            Self::Home => "#/",
            Self::Questionnaire => "#/questionnaire",
            Self::Results => "#/results",
            Self::Explorer => "#/explorer",
            Self::HowWeEstimate => "#/how-we-estimate",
            Self::Compare => "#/compare",
        }
    }
    pub fn from_hash(h: &str) -> Self {
        Self::ALL
            .into_iter()
            .find(|p| p.hash() == h)
            .unwrap_or(Self::Home)
    }
    /// The page's name in English (shown through `tr`).
    pub fn label(self) -> &'static str {
        match self {
            Self::Home => "Home",
            Self::Questionnaire => "Questionnaire",
            Self::Results => "Results",
            Self::Explorer => "Crosswalk explorer",
            Self::HowWeEstimate => "How we estimate",
            Self::Compare => "Compare",
        }
    }
}

/// A message shown at the top of the page, with the one action it offers.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    /// Something to read; nothing to do but dismiss it.
    Info(String),
    /// Saved data could not be read: its raw text is offered as a download.
    Backup {
        text: String,
        file: String,
        raw: String,
    },
    /// An assessment was deleted: it can be put back at its place.
    Deleted {
        text: String,
        index: usize,
        assessment: Assessment,
        /// It was the open assessment (undo opens it again).
        reopen: bool,
    },
    /// A link carries an assessment: it can be imported as a new one.
    Shared {
        text: String,
        name: String,
        answers: Answers,
    },
}

impl Notice {
    pub fn info(t: impl Into<String>) -> Self {
        Notice::Info(t.into())
    }
    pub fn text(&self) -> &str {
        match self {
            Notice::Info(text)
            | Notice::Backup { text, .. }
            | Notice::Deleted { text, .. }
            | Notice::Shared { text, .. } => text,
        }
    }
}

/// Everything components share. Cheap to copy (signals only).
#[derive(Clone, Copy)]
pub struct AppState {
    pub store: RwSignal<State>,
    pub page: RwSignal<Page>,
    pub notices: RwSignal<Vec<Notice>>,
    /// localStorage works; when false the app runs in memory and says so.
    pub persistent: RwSignal<bool>,
    pub answers: Memo<Answers>,
    pub analysis: Memo<Analysis>,
    /// The reader's language; the whole page is rendered anew when it changes.
    pub lang: RwSignal<Lang>,
    /// A framework pair the explorer opens on (from a deep link).
    pub explorer_pair: RwSignal<Option<(String, String)>>,
    /// The requirement a deep link asks the explorer to show.
    pub explorer_req: RwSignal<Option<String>>,
    /// The answers before a kept what-if change, for its undo (kept here: the results are
    /// rendered anew when the answers change).
    pub kept: RwSignal<Option<Answers>>,
    /// The what-if panel is open (kept across the results being rendered anew).
    pub whatif_open: RwSignal<bool>,
    /// The two sides of the compare page: an assessment id or `example:<id>` each.
    pub compare: RwSignal<(String, String)>,
}

/// The site owner's brand (from `brand.json`; default when there is none), as context.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct BrandCtx(pub crate::domain::brand::Brand);

/// The brand, for components.
pub fn brand() -> crate::domain::brand::Brand {
    use_context::<BrandCtx>().map(|b| b.0).unwrap_or_default()
}

/// The product name shown: the brand's, else IMS Crosswalk.
pub fn product_name() -> String {
    brand().name.unwrap_or_else(|| "IMS Crosswalk".to_string())
}

/// An assessment's name as shown: an example's name in the reader's language (a copy made in
/// English before the German texts had loaded still reads German), any other name as it is.
pub fn display_name(l: Lang, name: &str) -> String {
    crate::domain::examples::EXAMPLES
        .iter()
        .find(|e| e.name == name)
        .map_or_else(|| name.to_string(), |e| tr(l, e.name).to_string())
}

/// The reader's language, for components (rendered anew on a change, so read untracked).
pub fn lang() -> Lang {
    use_context::<AppState>()
        .map(|a| a.lang.get_untracked())
        .unwrap_or_default()
}

impl AppState {
    pub fn expect() -> Self {
        expect_context::<AppState>()
    }

    pub fn new(initial: State, persistent: bool) -> Self {
        let store = RwSignal::new(initial);
        let answers = Memo::new(move |_| {
            store.with(|s| s.current().map(|a| a.answers.clone()).unwrap_or_default())
        });
        let analysis = Memo::new(move |_| answers.with(|a| analyse(dataset(), a)));
        AppState {
            store,
            page: RwSignal::new(Page::Home),
            notices: RwSignal::new(Vec::new()),
            persistent: RwSignal::new(persistent),
            answers,
            analysis,
            lang: RwSignal::new(Lang::En),
            explorer_pair: RwSignal::new(None),
            explorer_req: RwSignal::new(None),
            kept: RwSignal::new(None),
            whatif_open: RwSignal::new(false),
            compare: RwSignal::new((String::new(), String::new())),
        }
    }

    pub fn notify(&self, n: Notice) {
        self.notices.update(|v| v.push(n));
    }

    pub fn go(&self, p: Page) {
        self.page.set(p);
    }

    /// Sets one answer of the open assessment (creating one if none is open).
    pub fn set_answer(&self, q: &str, a: Option<Answer>) {
        self.ensure_current();
        self.store.update(|s| {
            if let Some(cur) = s.current_mut() {
                match a {
                    Some(v) => cur.answers.set(q.to_string(), v),
                    None => cur.answers.clear(q),
                }
                if q == "org_name" {
                    if let Some(n) = cur.answers.org_name() {
                        cur.name = n.to_string();
                    }
                }
                cur.modified = now();
            }
        });
    }

    pub fn set_step(&self, step: &str) {
        self.store.update(|s| {
            if let Some(cur) = s.current_mut() {
                if cur.step != step {
                    cur.step = step.to_string();
                }
            }
        });
    }

    fn ensure_current(&self) {
        if self.store.with_untracked(|s| s.current().is_none()) {
            let l = self.lang.get_untracked();
            self.create(tr(l, "My assessment"), Answers::default());
        }
    }

    /// Opens an example organisation at its results: the copy already in the list when there
    /// is one (loading twice does not pile up copies), else a new, complete one.
    pub fn open_example(&self, e: &crate::domain::examples::Example) {
        let name = crate::domain::i18n::tr(self.lang.get_untracked(), e.name);
        let existing = self.store.with_untracked(|s| {
            s.assessments
                .iter()
                .find(|a| a.name == name || a.name == e.name)
                .map(|a| a.id.clone())
        });
        // The page first, so the list being left is not rendered anew for the new entry.
        self.go(Page::Results);
        match existing {
            Some(id) => self.switch(&id),
            None => {
                self.create(name, e.complete_answers(dataset()));
            }
        }
    }

    /// Creates and opens a new assessment.
    pub fn create(&self, name: &str, answers: Answers) -> String {
        let id = new_id();
        self.kept.set(None);
        self.store
            .update(|s| s.create(id.clone(), name, answers, now()));
        id
    }

    /// Opens the compare page with `a` on the left and, on the right, the open assessment (or,
    /// when `a` is the open one, another saved assessment or an example).
    pub fn compare_with(&self, a: &str) {
        let b = self.store.with_untracked(|s| {
            s.current
                .clone()
                .filter(|c| c != a)
                .or_else(|| s.assessments.iter().map(|x| x.id.clone()).find(|x| x != a))
        });
        // Else an example other than `a` (and not the one `a` is a copy of).
        let a_name = self.store.with_untracked(|s| {
            s.assessments
                .iter()
                .find(|x| x.id == a)
                .map(|x| x.name.clone())
        });
        let b = b.unwrap_or_else(|| {
            let l = self.lang.get_untracked();
            let e = crate::domain::examples::EXAMPLES
                .iter()
                .find(|e| {
                    format!("example:{}", e.id) != a
                        && a_name.as_deref() != Some(e.name)
                        && a_name.as_deref() != Some(tr(l, e.name))
                })
                .map_or("saas", |e| e.id);
            format!("example:{e}")
        });
        self.compare.set((a.to_string(), b));
        self.go(Page::Compare);
    }

    pub fn switch(&self, id: &str) {
        // An undo belongs to the assessment it was made in.
        self.kept.set(None);
        self.store.update(|s| s.switch(id));
    }

    pub fn rename(&self, id: &str, name: &str) {
        self.store.update(|s| {
            s.rename(id, name, now());
        });
    }

    pub fn duplicate(&self, id: &str) {
        let l = self.lang.get_untracked();
        let Some(name) = self.store.with_untracked(|s| {
            s.assessments
                .iter()
                .find(|a| a.id == id)
                .map(|a| a.name.clone())
        }) else {
            return;
        };
        let copy = trf(l, "{0} (copy)", &[&name]);
        self.store.update(|s| {
            s.duplicate(id, new_id(), &copy, now());
        });
    }

    /// Deletes an assessment and offers to undo it.
    pub fn delete(&self, id: &str) {
        let mut removed = None;
        let reopen = self
            .store
            .with_untracked(|s| s.current.as_deref() == Some(id));
        self.store.update(|s| removed = s.delete(id));
        if let Some((i, a)) = removed {
            let l = self.lang.get_untracked();
            self.notify(Notice::Deleted {
                text: trf(l, "Deleted “{0}”.", &[&a.name]),
                index: i,
                assessment: a,
                reopen,
            });
            // The message offers the undo: focus goes there, so a second Enter undoes rather
            // than deleting the next assessment.
            super::browser::focus_later("[data-testid=undo]");
        }
    }

    pub fn undo_delete(&self, index: usize, a: Assessment, reopen: bool) {
        self.store.update(|s| s.undo_delete(index, a, reopen));
    }
}

/// Milliseconds since the epoch (0 natively).
pub fn now() -> f64 {
    #[cfg(target_arch = "wasm32")]
    {
        js_sys::Date::now()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        0.0
    }
}

fn new_id() -> String {
    #[cfg(target_arch = "wasm32")]
    {
        format!(
            "a{:x}{:x}",
            js_sys::Date::now() as u64,
            (js_sys::Math::random() * 1e9) as u64
        )
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        use std::sync::atomic::{AtomicU64, Ordering};
        static N: AtomicU64 = AtomicU64::new(1);
        format!("a{}", N.fetch_add(1, Ordering::Relaxed))
    }
}
