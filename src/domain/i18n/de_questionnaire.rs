//! German catalogue: questionnaire texts (English, German).
pub const DE: &[(&str, &str)] = &[
    // Element levels (Level::label) and "don't know", the answer options of element questions.
    ("Nothing yet", "Noch nichts"),
    ("Partly in place", "Teilweise vorhanden"),
    ("Documented", "Dokumentiert"),
    ("Operating, with records", "Umgesetzt, mit Nachweisen"),
    ("Audited", "Auditiert"),
    ("Don't know", "Weiß nicht"),
    // How a framework is held (Held::label), inside an inference's reason.
    ("aligned", "ausgerichtet"),
    ("implemented", "umgesetzt"),
    ("certified", "zertifiziert"),
    // Where an element's level comes from (questionnaire.rs).
    ("{0} {1}: {2}{3}", "{0} ({1}): {2}{3}"),
    ("inferred from {0}", "abgeleitet aus {0}"),
    ("your answer: {0}", "Ihre Antwort: {0}"),
    ("you don't know", "Ihre Antwort: weiß nicht"),
    ("not answered", "nicht beantwortet"),
    // One question (question_field.rs).
    ("Inferred", "Abgeleitet"),
    ("{0} — from {1}", "{0} — Grundlage: {1}"),
    ("(you changed it)", "(von Ihnen geändert)"),
    ("Use the inferred answer", "Abgeleitete Antwort übernehmen"),
    ("Why we ask", "Warum wir fragen"),
    // The questionnaire (questionnaire_view.rs).
    ("My assessment", "Meine Bewertung"),
    ("Check your answers", "Antworten prüfen"),
    ("Step {0} of {1} · {2} % answered", "Schritt {0} von {1} · {2} % beantwortet"),
    ("Questionnaire steps", "Schritte des Fragebogens"),
    ("Back", "Zurück"),
    ("Next", "Weiter"),
    ("See results now (partial)", "Ergebnisse jetzt (vorläufig)"),
    ("See results", "Zu den Ergebnissen"),
    ("{0} (inferred)", "{0} (abgeleitet)"),
    ("Not answered (counted as nothing yet)", "Nicht beantwortet (zählt als „noch nichts“)"),
    ("{0} (default)", "{0} (Voreinstellung)"),
    ("Not answered", "Nicht beantwortet"),
    ("Change", "Ändern"),
    ("Review before you look at the results. Unanswered questions count as “nothing yet”, so the estimate leans high.", "Prüfen Sie Ihre Antworten, bevor Sie die Ergebnisse ansehen. Unbeantwortete Fragen zählen als „noch nichts“; die Schätzung fällt daher eher hoch aus."),
    ("None selected", "Nichts ausgewählt"),
];
