//! What the tool writes and reads outside the page: the take-away files (assessment JSON, gap
//! list, SoA and crosswalk CSV, crosswalk JSON, OSCAL mapping collection), their import, and the
//! share-link codec. Pure functions over the domain's results; a floor above `domain`, below `ui`.
pub mod files;
pub mod share;

pub use files::*;
