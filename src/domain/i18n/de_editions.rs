//! German catalogue: editions and the transition between them (domain/report.rs,
//! ui/transition_table.rs).
pub const DE: &[(&str, &str)] = &[
    ("{0} unchanged · {1} renumbered · {2} changed · {3} new, of {4} applicable requirements: {5} person-days, {6} of them on what is changed or new.",
     "{0} unverändert · {1} neu nummeriert · {2} geändert · {3} neu, von {4} anwendbaren Anforderungen: {5} Personentage, davon {6} für Geändertes oder Neues."),
    ("From {0} to {1}: what changes", "Von {0} zu {1}: was sich ändert"),
    ("Status and effort come from your answers, as everywhere in the results: a requirement carried over from the edition you hold is usually already met.",
     "Status und Aufwand ergeben sich wie überall in den Ergebnissen aus Ihren Antworten: Eine aus Ihrer Ausgabe übernommene Anforderung ist meist schon erfüllt."),
    ("Changed or new ({0})", "Geändert oder neu ({0})"),
    ("Carried over, renumbered or unchanged ({0})", "Übernommen, neu nummeriert oder unverändert ({0})"),
    ("No longer in the new edition ({0})", "In der neuen Ausgabe entfallen ({0})"),
    ("Where the correspondence comes from:", "Woher die Zuordnung stammt:"),
    ("Was", "Bisher"),
    ("Kind of change", "Art der Änderung"),
    ("Person-days", "Personentage"),
    ("unchanged", "unverändert"),
    ("renumbered", "neu nummeriert"),
    ("changed", "geändert"),
];
