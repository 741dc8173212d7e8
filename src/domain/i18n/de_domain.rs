//! German catalogue: domain texts (English, German).
pub const DE: &[(&str, &str)] = &[
];
