//! German catalogue: app texts (English, German).
pub const DE: &[(&str, &str)] = &[
];
