//! German catalogue: explore texts (English, German).
pub const DE: &[(&str, &str)] = &[
];
