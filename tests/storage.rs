//! The persisted format: every released version's fixture still loads; unreadable data is an
//! error (the app keeps it as a backup), never a silent default.
use ims_crosswalk::storage::{decode, encode, DecodeError, State, SCHEMA_VERSION};

fn fixture(v: u64) -> String {
    std::fs::read_to_string(format!(
        "{}/tests/fixtures/state-v{v}.json",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

#[test]
fn every_released_version_still_loads() {
    for v in 1..=SCHEMA_VERSION {
        let s = decode(&fixture(v)).unwrap_or_else(|e| panic!("fixture v{v}: {e}"));
        assert_eq!(s.version, SCHEMA_VERSION);
        let a = s.current().expect("a current assessment");
        assert_eq!(a.name, "Fixture Ltd", "v{v}");
        assert_eq!(a.answers.one("held.iso27001"), Some("certified"), "v{v}");
        assert_eq!(a.answers.one("el.internal_audit"), Some("audited"), "v{v}");
    }
}

#[test]
fn v2_fixture_keeps_every_field() {
    let s = decode(&fixture(2)).unwrap();
    assert_eq!(s.assessments.len(), 2);
    assert_eq!(s.assessments[0].step, "planning");
    assert!(s.large_type);
    assert_eq!(s.assessments[1].name, "<img src=x onerror=alert(1)>");
}

#[test]
fn round_trip_is_identity() {
    let s = decode(&fixture(2)).unwrap();
    assert_eq!(decode(&encode(&s)).unwrap(), s);
    let empty = State::default();
    assert_eq!(decode(&encode(&empty)).unwrap(), empty);
}

#[test]
fn unreadable_data_is_an_error_with_a_reason() {
    let v2 = fixture(2);
    type Case<'a> = (&'a str, fn(&DecodeError) -> bool);
    let cases: [Case; 6] = [
        ("garbage \u{1}\u{2}", |e| {
            matches!(e, DecodeError::NotJson(_))
        }),
        (&v2[..v2.len() / 2], |e| {
            matches!(e, DecodeError::NotJson(_))
        }),
        (r#"{"version": 99, "assessments": []}"#, |e| {
            matches!(e, DecodeError::FutureVersion(99))
        }),
        (r#"{"assessments": []}"#, |e| {
            matches!(e, DecodeError::NoVersion)
        }),
        (r#"{"version": 2, "assessments": "nope"}"#, |e| {
            matches!(e, DecodeError::WrongShape(_))
        }),
        (r#"[1,2,3]"#, |e| matches!(e, DecodeError::NoVersion)),
    ];
    for (text, ok) in cases {
        let e = decode(text).expect_err(text);
        assert!(ok(&e), "{text}: {e:?}");
        assert!(!e.to_string().is_empty());
    }
}

#[test]
fn the_assessment_life_cycle_is_pure_and_undoable() {
    use ims_crosswalk::domain::Answers;
    let mut s = State::default();
    s.create("a1".into(), "First", Answers::default(), 1.0);
    s.create("a2".into(), "Second", Answers::default(), 2.0);
    assert_eq!(s.current.as_deref(), Some("a2"), "a new assessment opens");
    assert!(!s.rename("a1", "   ", 3.0), "a blank name is refused");
    assert!(s.rename("a1", "  Renamed ", 3.0));
    assert_eq!(
        (s.assessments[0].name.as_str(), s.assessments[0].modified),
        ("Renamed", 3.0)
    );
    assert!(s.duplicate("a1", "a3".into(), "Renamed (copy)", 4.0));
    assert_eq!((s.assessments.len(), s.current.as_deref()), (3, Some("a3")));
    s.switch("nope");
    assert_eq!(
        s.current.as_deref(),
        Some("a3"),
        "an unknown id changes nothing"
    );
    s.switch("a1");
    let (i, gone) = s.delete("a1").expect("deleted");
    assert_eq!(
        (i, s.current.as_deref()),
        (0, Some("a2")),
        "the first remaining one opens"
    );
    assert!(s.delete("a1").is_none());
    s.undo_delete(i, gone.clone(), true);
    assert_eq!(s.assessments[0], gone, "undo puts it back where it was");
    assert_eq!(
        s.current.as_deref(),
        Some("a1"),
        "it was open, so it is open again"
    );
    // Deleting one that is not open and undoing it leaves the open one open.
    let (i, gone) = s.delete("a2").expect("deleted");
    assert_eq!(s.current.as_deref(), Some("a1"));
    s.undo_delete(i, gone, false);
    assert_eq!(
        s.current.as_deref(),
        Some("a1"),
        "undo does not switch the open assessment"
    );
    assert!(
        s.assessments.iter().any(|a| a.id == "a2"),
        "and the deleted one is back"
    );
}
