//! Benchmark: the full analysis of the complete dataset for a realistic answer set
//! (the calibration organisation, two targets, some answered elements). Run: `./x bench`.
#![cfg(not(target_arch = "wasm32"))]
use criterion::{black_box, criterion_group, criterion_main, Criterion};
use ims_crosswalk::domain::*;

fn realistic() -> Answers {
    let mut a = Answers::default();
    for (k, v) in [
        ("size", "51-250"),
        ("sector", "software"),
        ("ai_systems", "2-5"),
        ("personal_data", "yes"),
        ("eu_exposure", "eu"),
        ("held.iso27001", "certified"),
        ("years.iso27001", "3+"),
        ("held.nist-ai-rmf", "aligned"),
        ("el.ai_policy", "partly"),
        ("el.ai_inventory", "documented"),
        ("el.competence", "operating"),
    ] {
        a.set_one(k, v);
    }
    a.set(
        "ai_roles",
        Answer::Many(vec!["developer".into(), "provider".into()]),
    );
    a.set(
        "targets",
        Answer::Many(vec!["iso42001".into(), "iso27701".into()]),
    );
    a
}

fn bench(c: &mut Criterion) {
    let ds = dataset();
    let a = realistic();
    c.bench_function("analyse: 42001 + 27701 targets, full dataset", |b| {
        b.iter(|| analyse(black_box(ds), black_box(&a)))
    });
    let mut one = a.clone();
    one.set("targets", Answer::Many(vec!["iso42001".into()]));
    c.bench_function("analyse: 42001 target", |b| {
        b.iter(|| analyse(black_box(ds), black_box(&one)))
    });
    c.bench_function("dataset: parse all embedded files", |b| {
        b.iter(|| ims_crosswalk::domain::load::load_embedded().unwrap())
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
