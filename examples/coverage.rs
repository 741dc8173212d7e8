//! Coverage report of the dataset (a command, not a test): `./x coverage`.
//! Per framework: requirements, hub links, direct mappings, and the share of ISO/IEC 42001's
//! requirements classified per reuse kind against it.
use ims_crosswalk::domain::crosswalk::classify;
use ims_crosswalk::domain::*;

fn main() {
    let ds = dataset();
    println!(
        "Dataset {} — {} hub elements ({} AI-specific)",
        dataset::DATASET_EDITION,
        ds.elements.len(),
        ds.elements.iter().filter(|e| e.ai).count()
    );
    println!();
    println!("| framework | entries | assessed | hub links | direct mappings | 42001 ← it: as is / extend / partial / none |");
    println!("|---|---:|---:|---:|---:|---|");
    let t = ds.framework_index("iso42001").unwrap();
    for (fi, f) in ds.frameworks.iter().enumerate() {
        let assessed = f.assessed().count();
        let links: usize = f.requirements.iter().map(|r| r.links.len()).sum();
        let prefix = format!("{}:", f.id);
        let direct = ds
            .mappings()
            .filter(|m| m.from.starts_with(&prefix) || m.to.starts_with(&prefix))
            .count();
        let kinds = if fi == t {
            "—".to_string()
        } else {
            let mut c = [0u32; 4];
            for r in ds.frameworks[t].assessed() {
                c[classify(ds, r, fi) as usize] += 1;
            }
            let n: u32 = c.iter().sum();
            let p = |k: ReuseKind| 100.0 * f64::from(c[k as usize]) / f64::from(n);
            format!(
                "{:.0} % / {:.0} % / {:.0} % / {:.0} %",
                p(ReuseKind::AsIs),
                p(ReuseKind::Extend),
                p(ReuseKind::Partial),
                p(ReuseKind::None)
            )
        };
        println!(
            "| {} | {} | {} | {} | {} | {} |",
            f.full_name(),
            f.requirements.len(),
            assessed,
            links,
            direct,
            kinds
        );
    }
    println!();
    println!("Direct mappings by file:");
    for f in &ds.mapping_files {
        let mut by = [0u32; 4];
        for m in &f.mappings {
            by[m.reuse as usize] += 1;
        }
        println!(
            "- {}: {} mappings (as is {}, extend {}, partial {}, none {}), {} omitted with a reason",
            f.title, f.mappings.len(), by[3], by[2], by[1], by[0], f.omitted.len()
        );
    }
    println!();
    println!("Hub link relationships across all frameworks (derived from facet sets):");
    let mut by = std::collections::BTreeMap::new();
    for f in &ds.frameworks {
        for r in f.assessed() {
            for l in &r.links {
                *by.entry(l.rel.key()).or_insert(0u32) += 1;
            }
        }
    }
    for (k, n) in by {
        println!("- {k}: {n}");
    }
}
