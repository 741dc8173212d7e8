//! Exports, import and share links (issue 6): round trips, CSV that parses back, OSCAL's
//! required parts with stable UUIDs, and every kind of bad input with its message.
mod common;
use ims_crosswalk::domain::i18n::Lang;
use ims_crosswalk::domain::*;
use ims_crosswalk::export::share;
use ims_crosswalk::export::*;
use serde_json::Value;

fn calibration() -> (Answers, Analysis) {
    let a = common::saas_27001();
    let an = analyse(dataset(), &a);
    (a, an)
}

#[test]
fn assessment_json_reimports_to_an_identical_result() {
    let ds = dataset();
    let (a, an) = calibration();
    let text = assessment_json(ds, "SaaS", &a, &an, "0.1.0", "2026-11-24T00:00:00Z");
    let v: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["format"], FORMAT);
    assert_eq!(v["format_version"], 1);
    assert_eq!(v["results"]["targets"][0]["framework"], "iso42001");
    assert_eq!(
        v["results"]["targets"][0]["requirements"]
            .as_array()
            .unwrap()
            .len(),
        70
    );
    let back = import_assessment(ds, text.as_bytes(), Lang::En).unwrap();
    assert_eq!(back.name, "SaaS");
    assert_eq!(back.answers, a);
    assert!(back.warnings.is_empty(), "{:?}", back.warnings);
    assert_eq!(analyse(ds, &back.answers), an);
}

#[test]
fn bad_imports_say_what_is_wrong() {
    let ds = dataset();
    let (a, an) = calibration();
    let good = assessment_json(ds, "X", &a, &an, "0.1.0", "t");
    let future = good.replace("\"format_version\": 1", "\"format_version\": 7");
    let big = vec![b' '; MAX_IMPORT_BYTES + 1];
    let cases: Vec<(Vec<u8>, &str)> = vec![
        (b"{ not json".to_vec(), "not valid JSON"),
        (
            br#"{"hello": "world"}"#.to_vec(),
            "not an IMS Crosswalk assessment",
        ),
        (br#"[1, 2]"#.to_vec(), "not an IMS Crosswalk assessment"),
        (future.into_bytes(), "newer IMS Crosswalk"),
        (big, "MB"),
        (vec![0xff, 0xfe, 0x00, 0x41], "not text"),
        (good.as_bytes()[..good.len() / 2].to_vec(), "not valid JSON"),
    ];
    for (bytes, expect) in cases {
        let e = import_assessment(ds, &bytes, Lang::En).expect_err(expect);
        assert!(
            e.to_string().contains(expect),
            "{e} should mention {expect}"
        );
    }
}

#[test]
fn unknown_ids_from_another_edition_are_warnings() {
    let ds = dataset();
    let (a, an) = calibration();
    let text = assessment_json(ds, "X", &a, &an, "0.1.0", "t")
        .replace("iso42001:A.5.2", "iso42001:A.99.9")
        .replacen(
            "\"answers\": {",
            "\"answers\": {\n    \"el.retired_element\": \"audited\",",
            1,
        );
    let back = import_assessment(ds, text.as_bytes(), Lang::En).unwrap();
    assert!(
        back.warnings
            .iter()
            .any(|w| w.to_string().contains("el.retired_element")),
        "{:?}",
        back.warnings
    );
    assert!(
        back.warnings
            .iter()
            .any(|w| w.to_string().contains("requirement ids")),
        "{:?}",
        back.warnings
    );
    assert!(back.answers.get("el.retired_element").is_none());
}

fn parse_csv(text: &str) -> Vec<Vec<String>> {
    parse_csv_with(text, b',')
}

fn parse_csv_with(text: &str, sep: u8) -> Vec<Vec<String>> {
    assert!(text.starts_with('\u{feff}'), "UTF-8 BOM for Excel");
    let mut r = csv::ReaderBuilder::new()
        .has_headers(false)
        .delimiter(sep)
        .from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    r.records()
        .map(|x| x.unwrap().iter().map(String::from).collect())
        .collect()
}

#[test]
fn csv_exports_parse_back_with_the_same_rows() {
    let ds = dataset();
    let (a, an) = calibration();
    let gaps = parse_csv(&gaps_csv(ds, "SaaS, Inc.", &an, Lang::En));
    assert_eq!(gaps.len() - 1, an.targets[0].gaps().len());
    assert!(gaps[1..].iter().all(|r| r.len() == 12
        && r[0] == "SaaS, Inc."
        && (r[7] == "New" || r[7] == "Partial")
        && r[10].starts_with(|c: char| c.is_ascii_digit())));
    let soa = parse_csv(&soa_csv(ds, "SaaS", &an, &a, Lang::En));
    assert_eq!(soa.len() - 1, 38, "one row per Annex A control");
    assert!(soa[1..].iter().all(|r| r[3] == "Yes" || r[3] == "No"));
    // Justifications read as sentences an auditor gets: element names as written ("AI" upper
    // case), and the organisation's AI roles named as roles.
    let a613 = soa.iter().find(|r| r[1] == "A.6.1.3").expect("A.6.1.3 row");
    assert!(
        a613[4].starts_with("Needed for your AI systems: AI "),
        "{}",
        a613[4]
    );
    assert!(!soa
        .iter()
        .any(|r| r[4].contains(" ai ") || r[4].contains("You developer")));
    // Issue 12: user text that reaches a CSV never runs as a formula in a spreadsheet.
    for evil in [
        "=HYPERLINK(\"http://x\")",
        "+1+1",
        "-2+3",
        "@SUM(A1)",
        "\tcmd",
    ] {
        let rows = parse_csv(&gaps_csv(ds, evil, &an, Lang::En));
        assert_eq!(rows[1][0], format!("'{evil}"), "{evil}");
        let rows = parse_csv(&soa_csv(ds, evil, &an, &a, Lang::En));
        assert_eq!(rows[1][0], format!("'{evil}"), "{evil}");
    }
    // German CSV: headers and statuses in the reader's language.
    // German spreadsheets split on ';' (the comma is the decimal mark there): days such as
    // "0,8" stay one unquoted cell, and every row has the header's width.
    let de_text = gaps_csv(ds, "x", &an, Lang::De);
    let de = parse_csv_with(&de_text, b';');
    assert!(de.iter().all(|r| r.len() == de[0].len()), "{:?}", &de[1]);
    assert!(
        de[1..].iter().any(|r| r
            .iter()
            .any(|c| c.contains(',') && c.replace(',', ".").parse::<f64>().is_ok())),
        "decimal commas: {:?}",
        &de[1]
    );
    assert!(!de_text.contains("\"0,"), "decimal commas need no quotes");
    assert_eq!(de[0][0], "Bewertung");
    assert!(
        de[1..].iter().all(|r| r[7] == "Neu" || r[7] == "Teilweise"),
        "{:?}",
        &de[1]
    );
    let cw = crosswalk_csv(ds, Lang::En);
    assert!(cw.contains("\r\n"), "CRLF line ends");
    let rows = parse_csv(&cw);
    let links: usize = ds
        .frameworks
        .iter()
        .flat_map(|f| f.assessed())
        .map(|r| r.links.len())
        .sum();
    assert_eq!(rows.len() - 1, links + ds.mappings().count());
    // A rationale with a comma survives the round trip; review status is carried.
    assert!(rows.iter().any(|r| r[8].contains(',')));
    assert!(rows[1..]
        .iter()
        .filter(|r| r[0] == "direct")
        .all(|r| !r[10].is_empty()));
}

#[test]
fn share_link_round_trips_and_rejects_tampering() {
    let ds = dataset();
    let (a, an) = calibration();
    let link = share::encode(ds, "SaaS scale-up", &a);
    assert!(link.len() < 400, "{} characters", link.len());
    let (name, back) = share::decode(ds, &format!("#share={link}")).unwrap();
    assert_eq!(name, "SaaS scale-up");
    assert_eq!(analyse(ds, &back), an);
    // Truncated, altered, empty, garbage.
    assert_eq!(
        share::decode(ds, &link[..link.len() - 3]),
        Err(share::ShareError::Corrupt)
    );
    let mut chars: Vec<char> = link.chars().collect();
    chars[10] = if chars[10] == 'A' { 'B' } else { 'A' };
    assert_eq!(
        share::decode(ds, &chars.into_iter().collect::<String>()),
        Err(share::ShareError::Corrupt)
    );
    assert_eq!(share::decode(ds, ""), Err(share::ShareError::NotALink));
    assert!(share::decode(ds, "%%%%").is_err());
    for e in [
        share::ShareError::Corrupt,
        share::ShareError::OtherEdition,
        share::ShareError::NewerVersion(2),
    ] {
        assert!(e.to_string().len() > 30);
    }
}

#[test]
fn strict_import_names_what_it_cannot_take() {
    let ds = dataset();
    let (a, an) = calibration();
    let good = assessment_json(ds, "SaaS", &a, &an, "0.1.0", "2026-11-24T00:00:00Z");
    // Issue 12: duplicate keys are refused and named, never resolved silently.
    let dup = good.replacen(
        "\"answers\": {",
        "\"answers\": {\n    \"size\": \"1-10\",",
        1,
    );
    assert!(
        dup.contains("\"size\": \"1-10\""),
        "test input has a duplicate"
    );
    match import_assessment(ds, dup.as_bytes(), Lang::En) {
        Err(e @ ImportError::DuplicateKeys(_)) => {
            assert!(e.to_string().contains("answers.size"), "{e}")
        }
        other => panic!("expected a duplicate-key error, got {other:?}"),
    }
    assert!(
        duplicate_keys(r#"{"a": {"b": 1, "c": [ {"b": 2}, {"b": 3} ]}, "d": "{\"x\""}"#).is_empty()
    );
    assert_eq!(
        duplicate_keys(r#"{"a": 1, "b": {"x": 1, "x": 2}, "a": 3}"#),
        ["b.x", "a"]
    );
    // Unknown values are named in a warning and left out, never computed as a default.
    for (k, v) in [
        ("size", "\"-40\""),
        ("sector", "\"javascript:alert(1)\""),
        ("targets", "[\"iso42001\", \"iso99999\"]"),
        ("el.internal_audit", "\"sparkling\""),
    ] {
        let text = good
            .replacen(&format!("\"{k}\": "), &format!("\"{k}_old\": "), 1)
            .replacen(
                "\"answers\": {",
                &format!("\"answers\": {{\n    \"{k}\": {v},"),
                1,
            );
        let imp =
            import_assessment(ds, text.as_bytes(), Lang::En).unwrap_or_else(|e| panic!("{k}: {e}"));
        assert!(imp.answers.get(k).is_none(), "{k} left out");
        assert!(
            imp.warnings.iter().any(|w| w.to_string().contains(k)),
            "{k}: {:?}",
            imp.warnings
        );
    }
}
