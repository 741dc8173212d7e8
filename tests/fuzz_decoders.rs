//! Fuzzing of the decoders that read outside input (import file, share link, stored state):
//! arbitrary bytes and mutated valid inputs never panic. `./x fuzz` runs many more cases.
#![cfg(not(target_arch = "wasm32"))]
mod common;
use ims_crosswalk::domain::dataset;
use ims_crosswalk::domain::i18n::Lang;
use ims_crosswalk::export::{self, share};
use ims_crosswalk::storage;
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(
        std::env::var("PROPTEST_CASES").ok().and_then(|s| s.parse().ok()).unwrap_or(2000)
    ))]

    #[test]
    fn import_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        let _ = export::import_assessment(dataset(), &bytes, Lang::En);
    }

    #[test]
    fn import_of_mutated_export_never_panics(pos in any::<usize>(), byte in any::<u8>(), cut in any::<usize>()) {
        let ds = dataset();
        let a = common::saas_27001();
        let an = ims_crosswalk::domain::analyse(ds, &a);
        let mut b = export::assessment_json(ds, "x", &a, &an, "0", "t").into_bytes();
        let p = pos % b.len();
        b[p] = byte;
        b.truncate(cut % (b.len() + 1));
        let _ = export::import_assessment(ds, &b, Lang::En);
    }

    #[test]
    fn share_decode_never_panics(s in "[A-Za-z0-9_-]{0,600}") {
        let _ = share::decode(dataset(), &s);
    }

    #[test]
    fn share_decode_of_mutated_link_never_panics(pos in any::<usize>(), c in "[A-Za-z0-9_-]", cut in any::<usize>()) {
        let ds = dataset();
        let link = share::encode(ds, "Org ünïcode", &common::saas_27001());
        let mut chars: Vec<char> = link.chars().collect();
        let p = pos % chars.len();
        chars[p] = c.chars().next().unwrap();
        chars.truncate(cut % (chars.len() + 1));
        let s: String = chars.into_iter().collect();
        let _ = share::decode(ds, &s);
    }

    #[test]
    fn stored_state_decode_never_panics(s in any::<String>()) {
        let _ = storage::decode(&s);
    }
}
