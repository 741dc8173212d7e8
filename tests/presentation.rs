//! The presentation layer (issue 12, point 1): what the explorer, the results page and the
//! audit-days section show is computed in `domain::report`, so components only render it.
//! These tests check those words and lists against the engine they come from.
mod common;
use common::{answers, saas_27001};
use ims_crosswalk::domain::audit::audit_days;
use ims_crosswalk::domain::dataset::Workstream;
use ims_crosswalk::domain::i18n::Lang;
use ims_crosswalk::domain::report::{audit, explore, target};
use ims_crosswalk::domain::*;

fn filter(framework: &str) -> explore::Filter {
    explore::Filter {
        framework: framework.into(),
        ..Default::default()
    }
}

#[test]
fn explorer_filters_keep_exactly_what_they_say() {
    let ds = dataset();
    let all = explore::matches(ds, Lang::En, &explore::Filter::default());
    let assessed: usize = ds
        .frameworks
        .iter()
        .map(|f| f.requirements.iter().filter(|r| r.assessed).count())
        .sum();
    assert_eq!(
        all.len(),
        assessed,
        "no filter keeps every assessed requirement"
    );

    let only = explore::matches(ds, Lang::En, &filter("iso42001"));
    let fi = ds.framework_index("iso42001").unwrap();
    assert!(!only.is_empty() && only.iter().all(|(f, _)| *f == fi));

    // Every word must occur; a word nowhere in the dataset keeps nothing.
    let mut q = filter("iso27001");
    q.query = "malware".into();
    let hits = explore::matches(ds, Lang::En, &q);
    let refs: Vec<&str> = hits
        .iter()
        .map(|&(f, r)| ds.frameworks[f].requirements[r].reference.as_str())
        .collect();
    assert!(refs.contains(&"A.8.7"), "{refs:?}");
    q.query = "malware qqqzzz".into();
    assert!(explore::matches(ds, Lang::En, &q).is_empty());

    // The element filter keeps the requirements that link that element, and only those.
    let mut e = filter("");
    e.element = "business_continuity".into();
    let by_el = explore::matches(ds, Lang::En, &e);
    assert!(!by_el.is_empty());
    for &(f, r) in &by_el {
        assert!(ds.frameworks[f].requirements[r]
            .links
            .iter()
            .any(|k| k.el == "business_continuity"));
    }

    // A relationship filter: every kept requirement has a link or a pair of that type.
    let mut rel = filter("nist-ai-rmf");
    rel.rel = "no_relationship".into();
    for &(f, r) in &explore::matches(ds, Lang::En, &rel) {
        let req = &ds.frameworks[f].requirements[r];
        assert!(ds
            .direct_into(&req.id)
            .iter()
            .any(|d| ds.mapping(*d).rel == Relationship::NoRelationship));
    }

    // Groups are the framework's top-level entries; an unknown framework has none.
    let groups = explore::groups(ds, "iso42001");
    assert!(groups.iter().any(|(g, _)| g == "6"), "{groups:?}");
    assert!(explore::groups(ds, "nope").is_empty());
    assert_eq!(explore::count(Lang::En, 3), "3 requirements");
    assert_eq!(
        explore::position(Lang::En, &only, only[1]).as_deref(),
        Some(format!("2 of {}", only.len()).as_str())
    );
    assert_eq!(explore::position(Lang::En, &only, (999, 0)), None);
}

#[test]
fn german_search_finds_german_summaries() {
    let ds = dataset();
    let pack = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/i18n/de.json"))
        .expect("the German data pack is in the project");
    ims_crosswalk::domain::i18n::install_german(
        ims_crosswalk::domain::i18n::DataTexts::parse(&pack).expect("it parses"),
    );
    let mut q = filter("iso27001");
    q.query = "schadsoftware".into();
    assert!(
        explore::matches(ds, Lang::En, &q).is_empty(),
        "not in English"
    );
    assert!(!explore::matches(ds, Lang::De, &q).is_empty(), "in German");
}

#[test]
fn explorer_detail_lists_links_and_keeps_unrelated_pairs_apart() {
    let ds = dataset();
    let fi = ds.framework_index("iso27001").unwrap();
    let ri = ds.frameworks[fi]
        .requirements
        .iter()
        .position(|r| r.reference == "A.5.4")
        .unwrap();
    let d = explore::detail(ds, Lang::En, fi, ri);
    assert!(
        d.title.starts_with("ISO/IEC 27001:2022 A.5.4 "),
        "{}",
        d.title
    );
    assert_eq!(
        d.links.len(),
        ds.frameworks[fi].requirements[ri].links.len()
    );
    // A.5.4 → 42001 A.3.2 is a published pair we judge unrelated: listed apart, with no reuse.
    let a32 = d
        .unrelated
        .iter()
        .find(|x| x.heading == "ISO/IEC 42001:2023 A.3.2")
        .expect("A.3.2 among the unrelated pairs");
    assert!(a32.meta.starts_with("no relationship"), "{}", a32.meta);
    assert!(!a32.meta.contains("reuse"), "{}", a32.meta);
    assert!(a32.source.is_some(), "a direct pair names its source");
    assert!(!d.mapped.iter().any(|x| x.heading == a32.heading));
    assert_eq!(
        d.unrelated_title,
        format!(
            "Published pairs that share nothing required ({})",
            d.unrelated.len()
        )
    );
    for x in &d.mapped {
        assert!(x.meta.contains("reuse "), "{}", x.meta);
    }
}

#[test]
fn a_target_section_says_what_the_engine_computed() {
    let ds = dataset();
    let an = analyse(ds, &saas_27001());
    let t = &an.targets[0];
    let v = target::target_view(ds, Lang::En, &an, t);
    assert_eq!(v.id, ds.frameworks[t.framework].id);
    assert!(v.counts.starts_with(&format!(
        "{} reuse as is · {} extend · {} partial · {} new, of {} applicable",
        t.counts.reuse_as_is,
        t.counts.extend,
        t.counts.partial,
        t.counts.new,
        t.counts.total()
    )));
    // Every gap is in exactly one phase, phases in order, none empty.
    let gaps: usize = v.phases.iter().map(|p| p.gaps.len()).sum();
    assert_eq!(gaps, t.gaps().len());
    assert!(v.phases.iter().all(|p| !p.gaps.is_empty()));
    assert!(v.phases[0].heading.starts_with("Phase 1: "));
    assert!(v.top.len() <= 8 && !v.top.is_empty());
    // Workstreams, then the total and the from-nothing comparison.
    assert_eq!(v.rows.len(), Workstream::ALL.len() + 2);
    assert_eq!(v.rows[Workstream::ALL.len()].0, "Total");
    assert_eq!(
        v.rows[Workstream::ALL.len()].1,
        ims_crosswalk::domain::i18n::num(Lang::En, t.effort.days, 1)
    );
    assert_eq!(v.reusable.len(), t.reusable.len());
    let o = v.overlap.as_ref().expect("27001 is held");
    assert_eq!(o.held, "ISO/IEC 27001");
    assert_eq!(v.legend.len(), 4);
    // The working names the AI-footprint factor only when one applies.
    let ai = t
        .requirements
        .iter()
        .filter(|r| r.applicable)
        .any(|r| r.effort.ai > 1.0);
    assert_eq!(
        v.working.contains("AI-footprint factor"),
        ai,
        "{}",
        v.working
    );
    // In German the same section is German, numbers in the German form.
    let de = target::target_view(ds, Lang::De, &an, t);
    assert!(de.counts.contains("unverändert"), "{}", de.counts);
    assert_eq!(
        de.rows[Workstream::ALL.len()].1,
        ims_crosswalk::domain::i18n::num(Lang::De, t.effort.days, 1)
    );
}

#[test]
fn headline_captions_recommendations_and_page_navigation() {
    let ds = dataset();
    let one = analyse(ds, &saas_27001());
    let h = report::programme(ds, &one).unwrap();
    let (scope, caption) = target::headline_captions(Lang::En, &h);
    assert!(scope.is_none());
    assert!(
        caption.contains("% of the work on clauses 4–10"),
        "{caption}"
    );
    let mut two = saas_27001();
    two.set(
        "targets",
        Answer::Many(vec!["iso42001".into(), "iso27701".into()]),
    );
    let two = analyse(ds, &two);
    let h2 = report::programme(ds, &two).unwrap();
    let (scope2, caption2) = target::headline_captions(Lang::En, &h2);
    assert!(scope2.unwrap().contains("all 2 targets"));
    assert!(caption2.ends_with("over all targets"));

    assert_eq!(
        target::split_unit("56–79 person-days"),
        ("56–79".to_string(), "person-days".to_string())
    );
    assert_eq!(target::split_unit("4"), ("4".to_string(), String::new()));

    let recs = target::recommendations(Lang::En, &one);
    assert_eq!(recs.len(), one.recommendations.len());
    assert!(recs.iter().all(|r| r.why.starts_with("Why: ")));
    assert!(recs
        .iter()
        .all(|r| r.class.starts_with("imsx-rec imsx-rec--")));

    let ids: Vec<String> = target::on_page(ds, Lang::En, &one)
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    assert!(ids.contains(&"audit".to_string()));
    assert!(ids.contains(&"reuse-iso42001".to_string()), "{ids:?}");
    // NIST AI RMF gives no certificate: no audit days to jump to.
    let nist = analyse(ds, &answers(&[("targets", "nist-ai-rmf")]));
    assert!(!target::on_page(ds, Lang::En, &nist)
        .iter()
        .any(|(id, _)| id == "audit"));
}

#[test]
fn audit_days_read_as_the_calculation_computed_them() {
    let ds = dataset();
    let a = saas_27001();
    let d = audit_days(&a);
    let v = audit::audit_view(ds, Lang::En, &d).expect("42001 is certifiable");
    assert_eq!(v.blocks.len(), d.standards.len());
    let b = &v.blocks[0];
    assert_eq!(b.testid, format!("audit-{}", d.standards[0].framework));
    assert_eq!(
        b.cycle.initial,
        audit::days(Lang::En, d.standards[0].cycle.initial)
    );
    assert_eq!(b.cycle.rows.len(), 3);
    assert_eq!(b.working.lines.len(), d.standards[0].lines.len());
    let assumed = d.standards[0].lines.iter().filter(|l| l.assumption).count();
    assert_eq!(
        b.working.count,
        format!(
            "({} steps, {assumed} marked as assumptions)",
            d.standards[0].lines.len()
        )
    );
    assert_eq!(b.assumed, assumed > 0);
    assert!(v.intro.contains(&d.persons.to_string()));
    // Figures in the reader's form.
    assert_eq!(audit::days(Lang::En, 4.5), "4.5 auditor-days");
    assert_eq!(
        audit::figure(Lang::En, &ims_crosswalk::domain::audit::Figure::Share(-0.2)),
        "−20 %"
    );
    assert_eq!(
        audit::figure(Lang::En, &ims_crosswalk::domain::audit::Figure::Blank),
        ""
    );
    assert!(audit::days(Lang::De, 4.5).starts_with("4,5 "));
    // Nothing certifiable, nothing to show.
    let nist = answers(&[("targets", "nist-ai-rmf")]);
    assert!(audit::audit_view(ds, Lang::En, &audit_days(&nist)).is_none());
}

/// "What to add" names each thing once, for every requirement of every example and target, in
/// both languages (a facet reached through two links, or two links adding the same text, used
/// to be listed twice).
#[test]
fn what_to_add_names_each_thing_once() {
    let ds = dataset();
    let mut checked = 0;
    for ex in ims_crosswalk::domain::examples::EXAMPLES.iter() {
        let an = analyse(ds, &ex.answers());
        for t in &an.targets {
            for r in &t.requirements {
                for l in Lang::ALL {
                    let text = report::to_add(ds, t.framework, r, l);
                    let parts: Vec<&str> = text.split("; ").collect();
                    for (i, p) in parts.iter().enumerate() {
                        assert!(!parts[..i].contains(p), "{text}");
                    }
                    if let Some(m) = parts.iter().find_map(|p| {
                        p.split_once(": ")
                            .filter(|(k, _)| *k == "missing" || *k == "fehlt")
                    }) {
                        let names: Vec<&str> = m.1.split(", ").collect();
                        for (i, n) in names.iter().enumerate() {
                            assert!(!names[..i].contains(n), "{text}");
                        }
                    }
                    checked += 1;
                }
            }
        }
    }
    assert!(checked > 300, "{checked}");
}

/// The what-if delta (issue 13, point 2) as the results page shows it: what was tried, the
/// status changes counted from `diff`, effort and calendar before → after, the first changes
/// listed and the rest counted.
#[test]
fn what_if_delta_reads_the_diff() {
    let ds = dataset();
    let saved = saas_27001();
    let mut tried = saved.clone();
    tried.set_one("held.iso9001", "certified");
    let (a, b) = (analyse(ds, &saved), analyse(ds, &tried));
    let d = report::diff(ds, &a, &b);
    let v = report::what_if_delta(ds, Lang::En, &saved, &tried, &a, &b).unwrap();
    assert!(v.tried.starts_with("Tried: "), "{}", v.tried);
    assert!(v.tried.contains("ISO 9001"), "{}", v.tried);
    assert!(
        v.changes
            .starts_with(&format!("{} requirement", d.changes.len())),
        "{}",
        v.changes
    );
    assert!(v.effort.starts_with("Effort: ") && v.effort.contains(" → "));
    assert!(v
        .effort
        .contains(&report::signed(Lang::En, b.effort.days - a.effort.days)));
    assert_eq!(v.lines.len(), d.changes.len().min(report::MAX_LISTED));
    assert_eq!(v.more.is_some(), d.changes.len() > report::MAX_LISTED);
    for (what, change) in &v.lines {
        assert!(
            !what.is_empty() && change.contains(" → "),
            "{what} {change}"
        );
    }
    // Trying nothing new changes nothing.
    let same = report::what_if_delta(ds, Lang::En, &saved, &saved, &a, &a).unwrap();
    assert!(
        same.changes.starts_with("0 requirements"),
        "{}",
        same.changes
    );
    assert!(same.lines.is_empty() && same.more.is_none());
}

/// Charts (issue 12/13): coverage bars add up to the group, effort bars scale to the largest
/// workstream, and the overlap diagram's labels carry the shares.
#[test]
fn charts_draw_what_the_analysis_counted() {
    use ims_crosswalk::domain::report::charts;
    let ds = dataset();
    let an = analyse(ds, &saas_27001());
    let t = &an.targets[0];
    let bars = charts::coverage_bars(Lang::En, &t.groups);
    assert_eq!(bars.len(), t.groups.len());
    let width = |s: &str| -> f64 {
        s.trim_start_matches("width:")
            .trim_end_matches('%')
            .parse()
            .unwrap()
    };
    for (b, g) in bars.iter().zip(&t.groups) {
        let sum: f64 = b.segments.iter().map(|s| width(&s.style)).sum();
        assert!((sum - 100.0).abs() < 0.05, "{} sums to {sum}", b.label);
        assert_eq!(
            b.value,
            format!(
                "{} of {} reusable",
                g.counts.reuse_as_is + g.counts.extend,
                g.counts.total()
            )
        );
        assert!(b.segments.iter().all(|s| !s.title.is_empty()) && !b.plain);
    }
    let eff = charts::effort_bars(Lang::En, &t.effort);
    assert!(eff.iter().all(|b| b.plain && b.segments.len() == 1));
    let widest = eff
        .iter()
        .map(|b| width(&b.segments[0].style))
        .fold(0.0, f64::max);
    assert!((widest - 100.0).abs() < 0.01, "{widest}");
    let v = charts::venn(Lang::En, "ISO/IEC 27001", "ISO/IEC 42001", 61, 10);
    assert_eq!(v.share, "61 %");
    assert!(v.aria.contains("61 % of ISO/IEC 42001") && v.aria.contains("10 % partly"));
    // More to build on, closer circles.
    let far = charts::venn(Lang::En, "a", "b", 0, 0);
    let gap =
        |v: &charts::Venn| v.target_x.parse::<f64>().unwrap() - v.held_x.parse::<f64>().unwrap();
    assert!(gap(&v) < gap(&far));
}

/// The plan's calendar text and the start months offered.
#[test]
fn the_calendar_reads_the_plan() {
    use ims_crosswalk::domain::plan::{plan, Month};
    use ims_crosswalk::domain::report::calendar;
    let ds = dataset();
    let an = analyse(ds, &saas_27001());
    let jan = Month::parse("2027-01").unwrap();
    let p = plan(&an, jan).unwrap();
    let v = calendar::plan_view(Lang::En, &p);
    assert_eq!(v.rows.len(), p.phases.len());
    assert!(v.rows[0].name.starts_with("Phase 1: "));
    assert!(
        v.rows[0].style.starts_with("margin-left:0.0%;width:"),
        "{}",
        v.rows[0].style
    );
    assert_eq!(v.milestones.len(), p.milestones.len());
    assert!(v.end.starts_with("Certificate expected in "), "{}", v.end);
    let nist = analyse(ds, &answers(&[("targets", "nist-ai-rmf")]));
    let pn = plan(&nist, jan).unwrap();
    assert!(calendar::plan_view(Lang::En, &pn)
        .end
        .starts_with("Done in "));
    // Three years from this month, the chosen month selected; one outside them is added first.
    let m = calendar::start_months(Lang::En, jan, jan.plus(2));
    assert_eq!(m.len(), 37);
    assert_eq!(m.iter().filter(|x| x.2).count(), 1);
    assert_eq!(m[2].0, "2027-03");
    assert!(m[2].2);
    let old = Month::parse("2020-05").unwrap();
    let m = calendar::start_months(Lang::En, jan, old);
    assert_eq!(m.len(), 38);
    assert_eq!((m[0].0.as_str(), m[0].2), ("2020-05", true));
}

/// "How we estimate" shows the engine's own parameters.
#[test]
fn the_method_page_shows_the_engine_parameters() {
    use ims_crosswalk::domain::effort::*;
    use ims_crosswalk::domain::report::method::method;
    let m = method(Lang::En);
    assert_eq!(m.levels.len(), LEVELS.len());
    assert_eq!(m.levels[0].2, format!("{} person-days", LEVELS[0].days));
    assert_eq!(m.size.len(), SIZE_FACTORS.len());
    assert_eq!(m.fte.len(), DEFAULT_FTE.len());
    assert_eq!(m.credits.len(), 4);
    assert_eq!(
        m.credits[0].1,
        format!("{} %", (reuse_credit(Status::ReuseAsIs) * 100.0).round())
    );
    assert!(m
        .range
        .contains(&format!("{} %", (RANGE_LOW * 100.0).round())));
    assert!(m
        .joint
        .contains(&format!("{} %", (JOINT_TARGET_SHARE * 100.0).round())));
    let de = method(Lang::De);
    assert!(
        de.levels[0].2.contains(','),
        "German decimals: {}",
        de.levels[0].2
    );
}

/// Compare side by side: figures per side, workstreams with the total and the difference,
/// and rows that follow "only what differs".
#[test]
fn compare_view_reads_both_sides() {
    use ims_crosswalk::domain::report::compare::compare_view;
    let ds = dataset();
    let ex = &ims_crosswalk::domain::examples::EXAMPLES;
    let (a, b) = (analyse(ds, &ex[0].answers()), analyse(ds, &ex[1].answers()));
    let v = compare_view(ds, Lang::En, ("A", &a), ("B", &b), true).unwrap();
    assert_eq!(v.figures.len(), 5);
    // The calendar row says at which capacity each side was computed.
    let (ha, hb) = (
        report::programme(ds, &a).unwrap(),
        report::programme(ds, &b).unwrap(),
    );
    assert_eq!(
        v.figures[4].1,
        format!(
            "{} at {} FTE",
            ha.months_text(Lang::En),
            ims_crosswalk::domain::i18n::short(Lang::En, ha.fte, 2)
        )
    );
    assert!(v.figures[4].2.ends_with(&format!(
        " at {} FTE",
        ims_crosswalk::domain::i18n::short(Lang::En, hb.fte, 2)
    )));
    assert_eq!(v.workstreams.len(), Workstream::ALL.len() + 1);
    let total = v.workstreams.last().unwrap();
    assert_eq!(total.0, "Total");
    assert_eq!(
        total.3,
        report::signed(Lang::En, b.effort.days - a.effort.days)
    );
    let d = report::diff(ds, &a, &b);
    assert_eq!(v.rows.len(), d.changes.len());
    assert_eq!(v.caption, format!("{} requirements", d.changes.len()));
    assert!(v
        .summary
        .starts_with(&format!("{} requirements differ", d.changes.len())));
    assert_eq!(v.charts.len(), 2);
    assert!(v.charts[0].title.starts_with("A: "));
    let all = compare_view(ds, Lang::En, ("A", &a), ("B", &b), false).unwrap();
    assert_eq!(all.rows.len(), report::side_by_side(ds, &a, &b).len());
    assert!(all.rows.len() >= v.rows.len());
    // Both sides target 42001: a row without a status there is "not applicable".
    for r in &all.rows {
        if r.a.key.is_none() {
            assert_eq!(r.a.text, report::absent_status(Lang::En, true));
        }
    }
}

/// The call to action's summary: headline figures, the name only when asked for.
#[test]
fn cta_summary_carries_figures_and_the_name_only_on_request() {
    let ds = dataset();
    let an = analyse(ds, &saas_27001());
    let h = report::programme(ds, &an).unwrap();
    let s = report::cta_summary(ds, Lang::En, &an, None).unwrap();
    assert_eq!(s.lines().count(), 4);
    assert!(s.contains(&h.effort_text(Lang::En)) && s.contains(&h.gaps_text(Lang::En)));
    assert!(!s.contains("Assessment:"));
    let named = report::cta_summary(ds, Lang::En, &an, Some("=Acme")).unwrap();
    assert_eq!(named.lines().next(), Some("Assessment: =Acme"));
    let de = report::cta_summary(ds, Lang::De, &an, None).unwrap();
    assert_eq!(de.lines().count(), 4);
    assert!(de.contains(&h.effort_text(Lang::De)), "{de}");
    assert_ne!(de, s);
}

/// "Check your answers" says, for each question, the answer, the default or the inference
/// marked as such, or that nothing is answered, with every option in the reader's language.
#[test]
fn check_your_answers_marks_where_each_answer_comes_from() {
    use ims_crosswalk::domain::questionnaire::steps;
    use ims_crosswalk::domain::report::questions::{prompt_text, shown_text, step_title};
    let ds = dataset();
    // Only a size and a held certificate: the rest is defaults, inferences or nothing.
    let a = answers(&[
        ("size", "51-250"),
        ("held.iso27001", "certified"),
        ("targets", "iso42001"),
    ]);
    let an = analyse(ds, &a);
    let all: Vec<_> = steps(ds, &a)
        .into_iter()
        .flat_map(|s| s.questions)
        .collect();
    let text = |id: &str| {
        let q = all.iter().find(|q| q.id == id).expect(id);
        shown_text(ds, Lang::En, &a, &an.elements, q)
    };
    assert_eq!(text("size"), "51–250");
    assert!(all
        .iter()
        .filter(|q| q.element.is_some())
        .any(|q| shown_text(ds, Lang::En, &a, &an.elements, q).ends_with("(inferred)")));
    let shown: Vec<String> = all
        .iter()
        .map(|q| shown_text(ds, Lang::En, &a, &an.elements, q))
        .collect();
    assert!(shown
        .iter()
        .any(|s| s.ends_with("(default)") || s.starts_with("Not answered")));
    assert!(all.iter().all(|q| !prompt_text(ds, Lang::En, q).is_empty()));
    let first = &steps(ds, &a)[0];
    assert!(!step_title(Lang::En, first).is_empty());
}

/// The document title and an assessment's line in the list.
#[test]
fn page_title_and_assessment_facts() {
    let ds = dataset();
    assert_eq!(
        report::page_title(Lang::En, "Results", false, Some("Acme"), "IMS Crosswalk"),
        "Results — Acme — IMS Crosswalk"
    );
    assert_eq!(
        report::page_title(Lang::En, "Explorer", false, None, "IMS Crosswalk"),
        "Explorer — IMS Crosswalk"
    );
    assert_eq!(
        report::page_title(Lang::En, "Start", true, Some("Acme"), "Acme Advisory"),
        "Acme Advisory — reuse your ISO work for ISO/IEC 42001"
    );
    let a = saas_27001();
    let h = report::programme(ds, &analyse(ds, &a)).unwrap();
    let f = report::assessment_facts(ds, Lang::En, &a, 0.0).unwrap();
    assert!(
        f.starts_with(&h.target) && f.ends_with(&h.effort_text(Lang::En)),
        "{f}"
    );
}
