//! Leptos components. One exported component per file, named after it. Components render what
//! the domain computes; they compute nothing themselves.
pub mod app;
pub mod theme_toggle;
