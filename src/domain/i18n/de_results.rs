//! German catalogue: results texts (English, German).
pub const DE: &[(&str, &str)] = &[
];
