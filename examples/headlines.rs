//! Prints the engine's headline figures for the example organisations as JSON, for the
//! end-to-end tests to compare with what the app shows. `cargo run --example headlines`.
use ims_crosswalk::domain::examples::EXAMPLES;
use ims_crosswalk::domain::i18n::Lang;
use ims_crosswalk::domain::report::programme;
use ims_crosswalk::domain::*;

fn main() {
    let ds = dataset();
    let rows: Vec<serde_json::Value> = EXAMPLES
        .iter()
        .map(|e| {
            let an = analyse(ds, &e.complete_answers(ds));
            let h = programme(ds, &an).expect("a target");
            serde_json::json!({
                "id": e.id, "name": e.name,
                "reusable": h.reusable_text(Lang::En), "gaps": h.gaps_text(Lang::En),
                "effort": h.effort_text(Lang::En), "months": h.months_text(Lang::En),
            })
        })
        .collect();
    println!("{}", serde_json::to_string_pretty(&rows).unwrap());
}
