use ims_crosswalk::domain::dataset::Workstream;
use ims_crosswalk::domain::*;
fn main() {
    let ds = dataset();
    let a = examples::EXAMPLES[0].answers();
    let mut b = a.clone();
    b.clear("held.iso27001");
    b.clear("years.iso27001");
    let (x, y) = (analyse(ds, &a), analyse(ds, &b));
    let (t, u) = (&x.targets[0], &y.targets[0]);
    let doc = |t: &analysis::TargetResult| t.effort.workstream(Workstream::Documentation);
    println!("clause counts {:?} share {:.1}", t.clause_counts, t.clause_counts.reusable_share());
    println!("all counts {:?}", t.counts);
    println!("days {:.1} ({:.1}-{:.1}) months {:.1}-{:.1}; nothing {:.1}; doc saving {:.1} %; from_scratch {:.1}",
        t.effort.days, t.effort.low, t.effort.high, t.effort.months_low, t.effort.months_high, u.effort.days,
        100.0 * (1.0 - doc(t) / doc(u)), t.effort.from_scratch_days);
    let fw = &ds.frameworks[t.framework];
    for r in &t.requirements { if fw.requirements[r.req].is_clause() { print!("{}={} ", fw.requirements[r.req].reference, r.status.key()); } }
    println!();
}
