//! Take-away formats: the assessment as versioned JSON (answers plus computed results), its
//! import with clear errors, CSV tables (gaps, crosswalk, draft Statement of Applicability),
//! the crosswalk as JSON and as an OSCAL 1.2 mapping collection. Pure: strings in, strings out.
use crate::domain::analysis::Analysis;
use crate::domain::answers::{Answer, Answers};
use crate::domain::dataset::{Dataset, PairKind, Workstream, DATASET_DATE, DATASET_EDITION};
use crate::domain::i18n::Msg;
use crate::domain::i18n::{self, tr, trf, Lang};
use crate::domain::recommend::PHASES;
pub use crate::domain::report::{review_text, to_add};
use crate::domain::vocab::*;
use serde_json::{json, Map, Value};

/// `format` of an assessment export.
pub const FORMAT: &str = "ims-crosswalk.assessment";
/// Version of the assessment export format (see docs/export-format.md).
pub const FORMAT_VERSION: u64 = 1;
/// Largest import accepted: an export is a few tens of kilobytes.
pub const MAX_IMPORT_BYTES: usize = 2 * 1024 * 1024;

fn counts(c: &crate::domain::analysis::StatusCounts) -> Value {
    json!({"reuse_as_is": c.reuse_as_is, "extend": c.extend, "partial": c.partial, "new": c.new})
}

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// The assessment as JSON: answers plus the computed results, for other tools to consume.
pub fn assessment_json(
    ds: &Dataset,
    name: &str,
    answers: &Answers,
    an: &Analysis,
    app_version: &str,
    exported_at: &str,
) -> String {
    let targets: Vec<Value> = an
        .targets
        .iter()
        .map(|t| {
            let fw = &ds.frameworks[t.framework];
            let ws: Map<String, Value> = Workstream::ALL
                .iter()
                .map(|w| (w.key().to_string(), json!(round2(t.effort.workstream(*w)))))
                .collect();
            json!({
                "framework": fw.id, "name": fw.full_name(),
                "counts": counts(&t.counts), "clause_counts": counts(&t.clause_counts), "control_counts": counts(&t.control_counts),
                "reusable_share": round2(t.counts.reusable_share()),
                "groups": t.groups.iter().map(|g| json!({"group": g.group, "title": g.title, "counts": counts(&g.counts)})).collect::<Vec<_>>(),
                "effort": {
                    "days": round2(t.effort.days), "low": round2(t.effort.low), "high": round2(t.effort.high),
                    "months_low": round2(t.effort.months_low), "months_high": round2(t.effort.months_high),
                    "fte": t.effort.fte, "audit_days": round2(t.effort.audit_days), "by_workstream": ws,
                },
                "requirements": t.requirements.iter().map(|r| json!({
                    "id": fw.requirements[r.req].id, "status": r.status.key(), "applicable": r.applicable,
                    "phase": r.phase, "days": round2(r.effort.days),
                })).collect::<Vec<_>>(),
            })
        })
        .collect();
    let doc = json!({
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "app_version": app_version,
        "dataset_edition": DATASET_EDITION,
        "exported_at": exported_at,
        "name": name,
        "answers": answers,
        "results": {
            "partial": an.partial,
            "programme": {
                "days": round2(an.effort.days), "low": round2(an.effort.low), "high": round2(an.effort.high),
                "months_low": round2(an.effort.months_low), "months_high": round2(an.effort.months_high), "fte": an.effort.fte,
            },
            "targets": targets,
            "warnings": an.warnings.iter().map(|w| w.render(Lang::En)).collect::<Vec<_>>(),
        }
    });
    serde_json::to_string_pretty(&doc).unwrap_or_default()
}

/// What an import brings in.
#[derive(Clone, Debug, PartialEq)]
pub struct Imported {
    pub name: String,
    pub answers: Answers,
    /// Things left out (answers or requirement ids unknown to this dataset edition),
    /// language-free (render with [`Msg::render`]).
    pub warnings: Vec<Msg>,
}

/// Why a file could not be imported; [`ImportError::message`] says what is wrong and what to
/// do, in the reader's language (`Display`: English).
#[derive(Clone, Debug, PartialEq)]
pub enum ImportError {
    TooLarge(usize),
    NotUtf8,
    /// The parser's own message (English).
    NotJson(String),
    WrongShape(Msg),
    FutureVersion(u64),
    /// Keys that occur twice in one object (path `answers.size`): which value is meant is unclear.
    DuplicateKeys(Vec<String>),
}

impl ImportError {
    pub fn message(&self, l: Lang) -> String {
        match self {
            Self::TooLarge(n) => trf(l, "This file is {0} MB; an IMS Crosswalk export is a few kilobytes. Choose the .json file the app exported.", &[&i18n::num(l, *n as f64 / 1_048_576.0, 1)]),
            Self::NotUtf8 => tr(l, "This file is not text (UTF-8). Choose the .json file IMS Crosswalk exported, not a spreadsheet or PDF.").to_string(),
            Self::NotJson(e) => trf(l, "This file is not valid JSON ({0}). It may have been cut short or edited; export it again.", &[e]),
            Self::WrongShape(e) => trf(l, "This JSON is not an IMS Crosswalk assessment ({0}). Choose a file made with “Export assessment (JSON)”.", &[&e.render(l)]),
            Self::DuplicateKeys(k) => trf(l, "This file names {0} twice, with possibly different values; which one is meant is unclear, so nothing was imported. Fix the file (keep one of each) and import it again.", &[&k.join(", ")]),
            Self::FutureVersion(v) => trf(l, "This file was made by a newer IMS Crosswalk (format {0}; this one reads up to {1}). Use the newer version, or export it again from there in an older format.", &[&v.to_string(), &FORMAT_VERSION.to_string()]),
        }
    }
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

/// Reads an assessment export. Unknown answers are left out with a warning; results in the
/// file are ignored (they are recomputed), but unknown requirement ids are reported. A file
/// without a name is named in the reader's language.
pub fn import_assessment(ds: &Dataset, bytes: &[u8], l: Lang) -> Result<Imported, ImportError> {
    if bytes.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge(bytes.len()));
    }
    let text = std::str::from_utf8(bytes).map_err(|_| ImportError::NotUtf8)?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let v: Value = serde_json::from_str(text).map_err(|e| ImportError::NotJson(e.to_string()))?;
    let dups = duplicate_keys(text);
    if !dups.is_empty() {
        return Err(ImportError::DuplicateKeys(dups));
    }
    let obj = v
        .as_object()
        .ok_or_else(|| ImportError::WrongShape(Msg::t("it is not a JSON object")))?;
    if obj.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(ImportError::WrongShape(Msg::f(
            "\"format\" is not \"{0}\"",
            vec![Msg::v(FORMAT)],
        )));
    }
    let version = obj
        .get("format_version")
        .and_then(Value::as_u64)
        .ok_or_else(|| ImportError::WrongShape(Msg::t("no \"format_version\"")))?;
    if version > FORMAT_VERSION {
        return Err(ImportError::FutureVersion(version));
    }
    let raw = obj
        .get("answers")
        .and_then(Value::as_object)
        .ok_or_else(|| ImportError::WrongShape(Msg::t("no \"answers\" object")))?;
    let mut answers = Answers::default();
    let mut dropped = Vec::new();
    for (k, v) in raw {
        let a = match v {
            Value::String(s) => Some(Answer::One(s.clone())),
            Value::Array(items) => items
                .iter()
                .map(|i| i.as_str().map(String::from))
                .collect::<Option<Vec<_>>>()
                .map(Answer::Many),
            _ => None,
        };
        match a {
            Some(a) => answers.set(k.clone(), a),
            None => dropped.push(k.clone()),
        }
    }
    let mut warnings: Vec<Msg> = dropped
        .iter()
        .map(|k| {
            Msg::f(
                "Answer '{0}' has an unreadable value and was left out.",
                vec![Msg::v(k.as_str())],
            )
        })
        .collect();
    // Keep only what this dataset knows; say what was left out.
    warnings.extend(crate::domain::analysis::stale_answer_warnings(ds, &answers));
    answers
        .0
        .retain(|k, v| crate::domain::analysis::known_answer(ds, k, v));
    let mut unknown_reqs = 0;
    if let Some(targets) = obj
        .get("results")
        .and_then(|r| r.get("targets"))
        .and_then(Value::as_array)
    {
        for t in targets {
            for r in t
                .get("requirements")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                if let Some(id) = r.get("id").and_then(Value::as_str) {
                    if ds.requirement(id).is_none() {
                        unknown_reqs += 1;
                    }
                }
            }
        }
    }
    if unknown_reqs > 0 {
        let edition = obj
            .get("dataset_edition")
            .and_then(Value::as_str)
            .unwrap_or("unknown");
        warnings.push(Msg::f(
            "{0} requirement ids in the file come from dataset edition {1}, not {2}; the results were recomputed with this edition.",
            vec![
                Msg::v(unknown_reqs.to_string()),
                Msg::v(edition),
                Msg::v(DATASET_EDITION),
            ],
        ));
    }
    let name = obj
        .get("name")
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| s.chars().take(120).collect())
        .or_else(|| answers.org_name().map(String::from))
        .unwrap_or_else(|| tr(l, "Imported assessment").to_string());
    Ok(Imported {
        name,
        answers,
        warnings,
    })
}

/// Keys that occur more than once in the same JSON object, as paths (`answers.size`). The JSON
/// parser keeps the last one silently; an import must not.
pub fn duplicate_keys(text: &str) -> Vec<String> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    // Per open container: `Some(keys seen)` for an object, `None` for an array; and the path.
    let mut stack: Vec<(Option<Vec<String>>, String)> = Vec::new();
    let mut last_key = String::new();
    let mut expect_key = false;
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'{' => {
                let path = child_path(&stack, &last_key);
                stack.push((Some(Vec::new()), path));
                expect_key = true;
            }
            b'[' => {
                let path = child_path(&stack, &last_key);
                stack.push((None, path));
                expect_key = false;
            }
            b'}' | b']' => {
                stack.pop();
                expect_key = false;
            }
            b',' => expect_key = matches!(stack.last(), Some((Some(_), _))),
            b'"' => {
                let start = i + 1;
                let mut j = start;
                while j < b.len() && b[j] != b'"' {
                    j += if b[j] == b'\\' { 2 } else { 1 };
                }
                let s = String::from_utf8_lossy(&b[start..j.min(b.len())]).into_owned();
                if expect_key {
                    if let Some((Some(keys), path)) = stack.last_mut() {
                        if keys.contains(&s) {
                            let full = if path.is_empty() {
                                s.clone()
                            } else {
                                format!("{path}.{s}")
                            };
                            if !out.contains(&full) {
                                out.push(full);
                            }
                        } else {
                            keys.push(s.clone());
                        }
                    }
                    last_key = s;
                    expect_key = false;
                }
                i = j;
            }
            _ => {}
        }
        i += 1;
    }
    out
}

fn child_path(stack: &[(Option<Vec<String>>, String)], key: &str) -> String {
    match stack.last() {
        None => String::new(),
        Some((Some(_), p)) if p.is_empty() => key.to_string(),
        Some((Some(_), p)) => format!("{p}.{key}"),
        Some((None, p)) => format!("{p}[]"),
    }
}

/// A spreadsheet would run a cell that starts with `=`, `+`, `-`, `@`, tab or carriage return as
/// a formula; user text (an assessment's name) is prefixed with an apostrophe so it stays text.
pub fn neutralise(cell: &str) -> String {
    // A number, also with a decimal comma ("-3,6" in German), is left as it is.
    let numeric = cell.parse::<f64>().is_ok() || cell.replacen(',', ".", 1).parse::<f64>().is_ok();
    if !numeric && cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}")
    } else {
        cell.to_string()
    }
}

/// The column separator a spreadsheet in the reader's language expects: German Excel and
/// LibreOffice split on `;` (the comma is their decimal mark), English ones on `,`.
pub fn csv_separator(l: Lang) -> char {
    match l {
        Lang::En => ',',
        Lang::De => ';',
    }
}

/// CSV with a UTF-8 byte-order mark (so Excel reads it as UTF-8), RFC 4180 quoting, CRLF, and
/// the reader's separator ([`csv_separator`]).
/// Written by hand: the `csv` crate cost ~10 KB of compressed wasm for what is a few lines here.
fn csv_of(l: Lang, header: &[&str], rows: impl Iterator<Item = Vec<String>>) -> String {
    let sep = csv_separator(l);
    let mut out = String::from("\u{feff}");
    let mut line = |cells: &mut dyn Iterator<Item = &str>| {
        for (i, c) in cells.enumerate() {
            let c = neutralise(c);
            if i > 0 {
                out.push(sep);
            }
            if c.contains([sep, '"', '\r', '\n']) || c.starts_with(' ') || c.ends_with(' ') {
                out.push('"');
                out.push_str(&c.replace('"', "\"\""));
                out.push('"');
            } else {
                out.push_str(&c);
            }
        }
        out.push_str("\r\n");
    };
    line(&mut header.iter().copied());
    for r in rows {
        line(&mut r.iter().map(String::as_str));
    }
    out
}

/// The gap and action list: every applicable requirement that is partial or new, by phase,
/// headers and words in the reader's language (ids, references and titles as published).
pub fn gaps_csv(ds: &Dataset, name: &str, an: &Analysis, l: Lang) -> String {
    let rows = an.targets.iter().flat_map(|t| {
        let fw = &ds.frameworks[t.framework];
        t.gaps().into_iter().map(move |g| {
            let r = &fw.requirements[g.req];
            vec![
                name.to_string(),
                fw.full_name(),
                g.phase.to_string(),
                tr(l, PHASES[(g.phase.clamp(1, 4) - 1) as usize]).to_string(),
                r.id.clone(),
                r.reference.clone(),
                r.title.clone(),
                tr(l, g.status.label()).to_string(),
                to_add(ds, t.framework, g, l),
                tr(l, g.workstream.label()).to_string(),
                format!(
                    "{} ({})",
                    g.effort.level,
                    tr(l, crate::domain::effort::level(g.effort.level).meaning)
                ),
                i18n::num(l, g.effort.days, 1),
            ]
        })
    });
    csv_of(
        l,
        &[
            tr(l, "Assessment"),
            tr(l, "Target"),
            tr(l, "Phase"),
            tr(l, "Phase name"),
            tr(l, "Requirement id"),
            tr(l, "Reference"),
            tr(l, "Title"),
            tr(l, "Status"),
            tr(l, "What to add"),
            tr(l, "Workstream"),
            tr(l, "Effort level (1–5)"),
            tr(l, "Effort (person-days)"),
        ],
        rows,
    )
}

/// The full crosswalk as CSV: every hub link (requirement ↔ element) and every direct mapping.
/// Headers, names, notes, provenance and review in the reader's language; ids, titles as
/// published and the vocabulary tokens (kind, relationship, reuse, facets) as they are.
pub fn crosswalk_csv(ds: &Dataset, lang: Lang) -> String {
    let hub = ds.frameworks.iter().flat_map(move |f| {
        f.requirements.iter().flat_map(move |r| {
            r.links
                .iter()
                .enumerate()
                .filter(move |_| r.assessed)
                .map(move |(li, l)| {
                    let e = ds.element(&l.el);
                    vec![
                        "hub".into(),
                        r.id.clone(),
                        r.title.clone(),
                        format!("element:{}", l.el),
                        e.map(|e| i18n::element_name(lang, e).into_owned())
                            .unwrap_or_default(),
                        l.rel.key().into(),
                        String::new(),
                        l.f.iter()
                            .map(|f| format!("{}.{f}", l.el))
                            .collect::<Vec<_>>()
                            .join(" "),
                        l.adds
                            .as_ref()
                            .map(|a| {
                                let text = i18n::adds_text(lang, r, li).unwrap_or_default();
                                format!("{}: {text}", a.subject.key())
                            })
                            .unwrap_or_default(),
                        tr(lang, Provenance::OurAnalysis.label()).into(),
                        String::new(),
                    ]
                })
        })
    });
    let direct = ds.mappings().map(move |m| {
        vec![
            "direct".into(),
            m.from.clone(),
            ds.requirement(&m.from)
                .map(|r| r.title.clone())
                .unwrap_or_default(),
            m.to.clone(),
            ds.requirement(&m.to)
                .map(|r| r.title.clone())
                .unwrap_or_default(),
            m.rel.key().into(),
            m.reuse.key().into(),
            String::new(),
            i18n::mapping_why(lang, m).into_owned(),
            crate::domain::report::provenance(ds, lang, m),
            review_text(lang, &m.review),
        ]
    });
    csv_of(
        lang,
        &[
            tr(lang, "Kind"),
            tr(lang, "From id"),
            tr(lang, "From title"),
            tr(lang, "To id"),
            tr(lang, "To title"),
            tr(lang, "Relationship"),
            tr(lang, "Reuse"),
            tr(lang, "Facets"),
            tr(lang, "Note"),
            tr(lang, "Provenance"),
            tr(lang, "Review"),
        ],
        hub.chain(direct),
    )
}

/// The full crosswalk as JSON (frameworks, elements, links, mappings).
pub fn crosswalk_json(ds: &Dataset) -> String {
    let doc = json!({
        "format": "ims-crosswalk.crosswalk",
        "dataset_edition": DATASET_EDITION,
        "frameworks": ds.frameworks.iter().map(|f| json!({
            "id": f.id, "name": f.full_name(), "publisher": f.publisher, "certifiable": f.certifiable, "licence": f.licence,
            "requirements": f.requirements.iter().map(|r| json!({
                "id": r.id, "ref": r.reference, "kind": r.kind, "title": r.title, "summary": r.summary,
                "assessed": r.assessed, "twin_of": r.twin_of, "effort_level": (r.effort > 0).then_some(r.effort),
                "links": r.links.iter().map(|l| json!({
                    "element": l.el, "facets": l.f, "relationship": l.rel.key(),
                    "adds": l.adds.as_ref().map(|a| json!({"subject": a.subject.key(), "text": a.text})),
                })).collect::<Vec<_>>(),
            })).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
        "elements": ds.elements.iter().map(|e| json!({"id": e.id, "name": e.name, "summary": e.summary, "ai_specific": e.ai,
            "facets": e.facets.iter().map(|f| json!({"id": f.id, "name": f.name})).collect::<Vec<_>>()})).collect::<Vec<_>>(),
        "mappings": ds.mappings().map(|m| json!({
            "from": m.from, "to": m.to, "relationship": m.rel.key(), "reuse": m.reuse.key(), "rationale": m.why,
            "provenance": m.src.key(), "articles": m.articles, "source": crate::domain::report::provenance(ds, Lang::En, m), "review": review_text(Lang::En, &m.review),
        })).collect::<Vec<_>>(),
    });
    serde_json::to_string_pretty(&doc).unwrap_or_default()
}

/// A draft ISO/IEC 42001 Statement of Applicability: each Annex A control, whether it applies,
/// a justification drawn from the answers, and its status, in the reader's language (control
/// references and titles as published).
pub fn soa_csv(ds: &Dataset, name: &str, an: &Analysis, answers: &Answers, l: Lang) -> String {
    let Some(fi) = ds.framework_index("iso42001") else {
        return csv_of(l, &[tr(l, "Control")], std::iter::empty());
    };
    let fw = &ds.frameworks[fi];
    let computed;
    let t = match an.target(fi) {
        Some(t) => t,
        None => {
            let mut a = answers.clone();
            a.set("targets", Answer::Many(vec!["iso42001".into()]));
            computed = crate::domain::analyse(ds, &a);
            match computed.targets.first() {
                Some(t) => t,
                None => return String::new(),
            }
        }
    };
    let roles: Vec<String> = answers
        .get("ai_roles")
        .map(|a| a.as_many().to_vec())
        .unwrap_or_default()
        .into_iter()
        .map(|r| match r.as_str() {
            "developer" => tr(l, "developer").to_string(),
            "provider" => tr(l, "provider").to_string(),
            "user" => tr(l, "user").to_string(),
            _ => r,
        })
        .collect();
    let rows = t.requirements.iter().filter(|r| fw.requirements[r.req].kind == ReqKind::Control).map(|r| {
        let req = &fw.requirements[r.req];
        let el = req.links.first().and_then(|l| ds.element(&l.el));
        let why = if r.applicable {
            // The element's name as written (its "AI" stays upper case).
            let base = el.map(|e| trf(l, "Needed for your AI systems: {0}.", &[&e_name(l, e)])).unwrap_or_default();
            if req.group == "A.6" && !roles.is_empty() {
                trf(l, "{0} Your role for AI: {1}.", &[&base, &roles.join(" / ")])
            } else {
                base
            }
        } else {
            tr(l, "Proposed exclusion: you only use AI systems developed by others, so development life-cycle controls do not apply. Confirm with your auditor.").to_string()
        };
        vec![
            name.to_string(),
            req.reference.clone(),
            req.title.clone(),
            if r.applicable { tr(l, "Yes") } else { tr(l, "No") }.to_string(),
            why,
            if r.applicable { tr(l, r.status.label()).to_string() } else { tr(l, "Not applicable").into() },
            if r.applicable { to_add(ds, fi, r, l) } else { String::new() },
        ]
    });
    csv_of(
        l,
        &[
            tr(l, "Assessment"),
            tr(l, "Control"),
            tr(l, "Title"),
            tr(l, "Applicable"),
            tr(l, "Justification (draft, from your answers)"),
            tr(l, "Status"),
            tr(l, "What to add"),
        ],
        rows,
    )
}

fn e_name(l: Lang, e: &crate::domain::dataset::Element) -> String {
    i18n::element_name(l, e).into_owned()
}

/// Namespace of our UUIDs (v5), so that the same mapping always gets the same UUID.
const NS: uuid::Uuid = uuid::Uuid::from_u128(0x6b1f_3c2e_8a4d_5f10_9c7e_2d4b_1a0f_8e31);

fn uuid5(name: &str) -> String {
    uuid::Uuid::new_v5(&NS, name.as_bytes()).to_string()
}

/// The OSCAL relationship token. Our `equal` is a semantic IR 8477 equality (the same facets in
/// other words), hence `equivalent-to`; `equal-to` (identical text) never holds across ISO
/// standards. `no_relationship` pairs are not written: OSCAL mappings are affirmative.
pub fn oscal_rel(r: Relationship) -> Option<&'static str> {
    match r {
        Relationship::Equal => Some("equivalent-to"),
        Relationship::SubsetOf => Some("subset-of"),
        Relationship::SupersetOf => Some("superset-of"),
        Relationship::IntersectsWith => Some("intersects-with"),
        Relationship::NoRelationship => None,
    }
}

/// Our namespace for `props` (OSCAL forbids unknown keys: custom data goes in props).
pub const OSCAL_NS: &str = "https://ims-crosswalk.example/ns/oscal";

/// The direct mappings as an OSCAL 1.2.1 `mapping-collection` (one mapping per pair of
/// frameworks). UUIDs are v5 over stable names and `last-modified` is the dataset's date, so one
/// dataset edition always exports the same bytes; the collection UUID changes with the edition.
pub fn oscal_mapping_collection(ds: &Dataset) -> String {
    let prop = |name: &str, value: &str| json!({"name": name, "ns": OSCAL_NS, "value": value});
    let mut mappings = Vec::new();
    for f in &ds.mapping_files {
        let Some(first) = f.mappings.first() else {
            continue;
        };
        let src_fw = first.from.split(':').next().unwrap_or_default();
        let tgt_fw = first.to.split(':').next().unwrap_or_default();
        let maps: Vec<Value> = f
            .mappings
            .iter()
            .filter_map(|m| {
                let rel = oscal_rel(m.rel)?;
                let kind = |id: &str| match ds.requirement(id).map(|r| r.kind) {
                    Some(ReqKind::Clause | ReqKind::Subcategory | ReqKind::Guidance) => "statement",
                    _ => "control",
                };
                let local = |id: &str| {
                    id.split_once(':')
                        .map(|x| x.1.to_string())
                        .unwrap_or_default()
                };
                let mut props = vec![
                    prop("reuse", m.reuse.key()),
                    prop("provenance", m.src.key()),
                    prop(
                        "typing",
                        match (m.kind, m.reuse_by_hand) {
                            (PairKind::Derived, false) => "facet-sets",
                            (PairKind::Derived, true) => "facet-sets-reuse-by-hand",
                            _ => "by-hand",
                        },
                    ),
                    prop("review-status", m.review.status.key()),
                    prop("rationale", m.why.trim()),
                ];
                if m.review.status == ReviewStatus::Reviewed {
                    props.push(prop("reviewer-role", &m.review.role));
                    props.push(prop("review-date", &m.review.date));
                }
                Some(json!({
                    "uuid": uuid5(&format!("map:{}>{}", m.from, m.to)),
                    "relationship": rel,
                    "sources": [{"type": kind(&m.from), "id-ref": local(&m.from)}],
                    "targets": [{"type": kind(&m.to), "id-ref": local(&m.to)}],
                    "props": props,
                }))
            })
            .collect();
        if maps.is_empty() {
            continue;
        }
        mappings.push(json!({
            "uuid": uuid5(&format!("mapping:{src_fw}>{tgt_fw}")),
            "source-resource": {"type": "catalog", "href": format!("#{}", uuid5(&format!("resource:{src_fw}")))},
            "target-resource": {"type": "catalog", "href": format!("#{}", uuid5(&format!("resource:{tgt_fw}")))},
            "maps": maps,
        }));
    }
    let resources: Vec<Value> = ds
        .frameworks
        .iter()
        .map(|f| json!({"uuid": uuid5(&format!("resource:{}", f.id)), "title": f.full_name(), "remarks": f.licence}))
        .collect();
    let doc = json!({
        "mapping-collection": {
            "uuid": uuid5(&format!("collection:{DATASET_EDITION}")),
            "metadata": {
                "title": format!("IMS Crosswalk: typed mappings between ISO/IEC 42001, 27001, 27701, ISO 9001 and the NIST AI RMF (dataset {DATASET_EDITION})"),
                "last-modified": DATASET_DATE,
                "version": DATASET_EDITION,
                "oscal-version": "1.2.1",
            },
            "provenance": {
                "method": "human",
                "matching-rationale": "semantic",
                "status": "draft",
                "mapping-description": "Relationships after NIST IR 8477, derived from the facets (parts of shared elements) each requirement asks for; pairs whose facets are disjoint but related are typed by hand with a rationale. NIST AI RMF pairs come from NIST's published crosswalk; the other pairs from our analysis of the standards.",
            },
            "mappings": mappings,
            "back-matter": {"resources": resources},
        }
    });
    serde_json::to_string_pretty(&doc).unwrap_or_default()
}
