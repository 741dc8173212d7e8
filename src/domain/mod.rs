//! The pure core: dataset types, questionnaire model, analysis, effort model, recommendations.
//!
//! Invariant: nothing under `domain/` imports `leptos`, `web_sys`, `wasm_bindgen`, `js_sys` or
//! `gloo` (enforced by `tests/domain_is_pure.rs`). Everything here is a pure function over
//! `&Dataset` and `&Answers`; it never panics on user data and reports problems as warnings.
pub mod analysis;
pub mod answers;
pub mod audit;
pub mod brand;
pub mod crosswalk;
pub mod dataset;
pub mod deeplink;
pub mod editions;
pub mod effort;
pub mod examples;
pub mod facets;
pub mod i18n;
pub mod load;
pub mod num;
pub mod plan;
pub mod questionnaire;
pub mod recommend;
pub mod regulation;
pub mod report;
pub mod results;
pub mod vocab;

pub use analysis::{analyse, Analysis};
pub use answers::{Answer, Answers};
pub use dataset::Dataset;
pub use load::dataset;
pub use vocab::*;

/// The app's version (shown in the footer, written into exports).
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");
