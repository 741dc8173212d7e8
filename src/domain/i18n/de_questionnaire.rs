//! German catalogue: questionnaire texts (English, German).
pub const DE: &[(&str, &str)] = &[
];
