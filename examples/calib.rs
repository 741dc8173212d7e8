//! Prints one example's statuses (development aid): `cargo run --example calib -- <example index>`.
use ims_crosswalk::domain::*;
fn main() {
    let ds = dataset();
    let i: usize = std::env::args().nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
    let a = examples::EXAMPLES[i].answers();
    let x = analyse(ds, &a);
    for t in &x.targets {
        let fw = &ds.frameworks[t.framework];
        println!("{} clauses {:?} all {:?} days {:.1} months {:.1}-{:.1}", fw.id, t.clause_counts, t.counts, t.effort.days, t.effort.months_low, t.effort.months_high);
        for r in &t.requirements {
            print!("{}={} ", fw.requirements[r.req].reference, &r.status.key()[..3]);
        }
        println!();
    }
}
