//! Headline figures and their wording, shared by the UI, the exports and the tests, so that
//! what a person reads is exactly what the engine computed.
use super::dataset::Dataset;
use super::i18n::tr;
use super::i18n::{self, trf, Lang};
use super::results::{Analysis, Evidence, TargetResult};
use super::vocab::{ReviewStatus, Status};

pub use super::i18n::Msg;

pub mod audit;
pub mod calendar;
pub mod charts;
pub mod compare;
pub mod explore;
pub mod method;
pub mod notices;
pub mod questions;
pub mod target;

/// The four figures a result opens with, for one target.
#[derive(Clone, Debug, PartialEq)]
pub struct Headline {
    pub target: String,
    /// Share of applicable requirements reusable (as is or extend), whole percent.
    pub reusable_pct: u32,
    /// Share of the work of clauses 4–10 (management-system requirements) already done, whole
    /// percent: the published "already met" figure (BRIEF §7).
    pub clause_done_pct: u32,
    pub gaps: u32,
    pub requirements: u32,
    pub days_low: u32,
    pub days_high: u32,
    /// Calendar months, one decimal.
    pub months_low: f64,
    pub months_high: f64,
    pub fte: f64,
    /// How many targets the figures cover (1 for a single target's headline).
    pub targets: u32,
}

fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

pub fn headline(ds: &Dataset, t: &TargetResult) -> Headline {
    Headline {
        target: ds.frameworks[t.framework].full_name(),
        reusable_pct: t.counts.reusable_share().round() as u32,
        clause_done_pct: t.clause_done_pct.round() as u32,
        gaps: t.gaps().len() as u32,
        requirements: t.counts.total(),
        days_low: t.effort.low.round() as u32,
        days_high: t.effort.high.round() as u32,
        months_low: round1(t.effort.months_low),
        months_high: round1(t.effort.months_high),
        fte: t.effort.fte,
        targets: 1,
    }
}

/// Headline of the whole programme. With one target it is that target's; with several, every
/// figure covers all of them (`targets` > 1): requirements and gaps are added up, the reusable
/// share is over all their applicable requirements, and effort and months are the combined
/// estimate, in which work shared by the targets is counted once.
pub fn programme(ds: &Dataset, an: &Analysis) -> Option<Headline> {
    let first = an.targets.first()?;
    let mut h = headline(ds, first);
    if an.targets.len() > 1 {
        h.target = an
            .targets
            .iter()
            .map(|t| ds.frameworks[t.framework].full_name())
            .collect::<Vec<_>>()
            .join(" + ");
        let total: u32 = an.targets.iter().map(|t| t.counts.total()).sum();
        let reusable: u32 = an
            .targets
            .iter()
            .map(|t| t.counts.reuse_as_is + t.counts.extend)
            .sum();
        h.requirements = total;
        h.gaps = an.targets.iter().map(|t| t.gaps().len() as u32).sum();
        h.reusable_pct = if total == 0 {
            0
        } else {
            (f64::from(reusable) * 100.0 / f64::from(total)).round() as u32
        };
        h.days_low = an.effort.low.round() as u32;
        h.days_high = an.effort.high.round() as u32;
        h.months_low = round1(an.effort.months_low);
        h.months_high = round1(an.effort.months_high);
    }
    h.targets = an.targets.len() as u32;
    Some(h)
}

/// The `n` gaps with the most person-days left (ties: the gap list's order): what a manager
/// reads first on the one-pager.
pub fn top_gaps(t: &TargetResult, n: usize) -> Vec<&super::results::ReqResult> {
    let mut g = t.gaps();
    g.sort_by(|a, b| b.effort.days.total_cmp(&a.effort.days));
    g.truncate(n);
    g
}

/// Each target's own headline, in the order of the targets.
pub fn per_target(ds: &Dataset, an: &Analysis) -> Vec<Headline> {
    an.targets.iter().map(|t| headline(ds, t)).collect()
}

impl Headline {
    pub fn reusable_text(&self, l: Lang) -> String {
        trf(l, "{0} %", &[&self.reusable_pct.to_string()])
    }
    pub fn gaps_text(&self, l: Lang) -> String {
        trf(
            l,
            "{0} of {1}",
            &[&self.gaps.to_string(), &self.requirements.to_string()],
        )
    }
    pub fn effort_text(&self, l: Lang) -> String {
        trf(
            l,
            "{0}–{1} person-days",
            &[&self.days_low.to_string(), &self.days_high.to_string()],
        )
    }
    pub fn months_text(&self, l: Lang) -> String {
        months_range(l, self.months_low, self.months_high)
    }
}

/// "4.5–5.9 months", or one figure when both ends meet (the system runs a few months before its
/// audit, so a short job sits at that floor): never "4.0–4.0 months".
pub fn months_range(l: Lang, low: f64, high: f64) -> String {
    if (high - low).abs() < 0.05 {
        return trf(l, "{0} months", &[&i18n::num(l, low, 1)]);
    }
    trf(
        l,
        "{0}–{1} months",
        &[&i18n::num(l, low, 1), &i18n::num(l, high, 1)],
    )
}

/// A date (`2026-11-25`, or `25.11.2026` in German) from milliseconds since the epoch (UTC).
pub fn date(l: Lang, ms: f64) -> String {
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = (ms / 86_400_000.0).floor() as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    match l {
        Lang::De => format!("{d:02}.{m:02}.{y}"),
        Lang::En => format!("{y}-{m:02}-{d:02}"),
    }
}

#[cfg(test)]
mod date_tests {
    use super::*;
    #[test]
    fn dates_in_the_readers_form() {
        assert_eq!(date(Lang::En, 0.0), "1970-01-01");
        assert_eq!(date(Lang::En, 1_795_564_800_000.0), "2026-11-25");
        assert_eq!(date(Lang::De, 1_795_564_800_000.0), "25.11.2026");
        assert_eq!(date(Lang::En, 951_782_400_000.0), "2000-02-29");
    }
}

/// A number of days with one decimal, in the reader's form.
pub fn days(l: Lang, x: f64) -> String {
    i18n::num(l, x, 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every template the domain keeps in a [`Msg`] (`Msg::t("…")`, `Msg::f("…", …)`) has German:
    /// they are rendered through the catalogue later, out of sight of the `tr` scan in
    /// `tests/i18n.rs`.
    #[test]
    fn every_msg_template_has_german() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/src/domain");
        let de: std::collections::HashSet<&str> = i18n::catalogue().map(|p| p.0).collect();
        let mut found = 0;
        let mut missing = Vec::new();
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_none_or(|x| x != "rs") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            // Code only: no comments, no tests.
            let code = text.split("#[cfg(test)]").next().unwrap_or_default();
            let s: String = code
                .lines()
                .filter(|l| !l.trim_start().starts_with("//"))
                .collect::<Vec<_>>()
                .join("\n");
            for pat in ["Msg::t(", "Msg::f("] {
                for (at, _) in s.match_indices(pat) {
                    let rest = s[at + pat.len()..].trim_start();
                    let Some(lit) = rest.strip_prefix('"') else {
                        continue;
                    };
                    let mut text = String::new();
                    let mut chars = lit.chars();
                    while let Some(c) = chars.next() {
                        match c {
                            '"' => break,
                            '\\' => text.extend(chars.next()),
                            c => text.push(c),
                        }
                    }
                    found += 1;
                    if !de.contains(text.as_str()) {
                        missing.push(format!("{}: {text}", path.display()));
                    }
                }
            }
        }
        assert!(found > 30, "{found} templates found");
        assert!(missing.is_empty(), "templates without German: {missing:#?}");
    }

    #[test]
    fn msg_renders_in_both_languages() {
        let m = Msg::Join(
            vec![
                Msg::f(
                    "{0} ({1} to do)",
                    vec![Msg::t("Certification audit"), Msg::v("3")],
                ),
                Msg::t("Certification audit"),
            ],
            " → ",
        );
        assert_eq!(
            m.to_string(),
            "Certification audit (3 to do) → Certification audit"
        );
        assert_eq!(
            m.render(Lang::De),
            "Zertifizierungsaudit (3 offen) → Zertifizierungsaudit"
        );
    }
}

/// One row of a transition as read: a requirement of the new edition, what it was, the change,
/// and the status and effort the engine gives it.
#[derive(Clone, Debug, PartialEq)]
pub struct TransitionLine {
    pub kind: super::editions::ChangeKind,
    pub reference: String,
    pub title: String,
    /// The old edition's references ("A.7.2.1, 7.2.1"), empty for a new requirement.
    pub was: String,
    /// What changed, in our words, where we say.
    pub what: Option<String>,
    pub status: super::vocab::Status,
    pub applicable: bool,
    /// Person-days (central), in the reader's form.
    pub days: String,
}

/// A holder of the previous edition moving to this target's edition, as read.
#[derive(Clone, Debug, PartialEq)]
pub struct TransitionView {
    pub title: String,
    /// "0 unchanged · 49 renumbered · 42 changed · 1 new …".
    pub summary: String,
    /// Rows that ask for something different (changed, new), then the carried-over ones.
    pub changed: Vec<TransitionLine>,
    pub carried: Vec<TransitionLine>,
    /// Requirements of the old edition with no successor, with why.
    pub removed: Vec<(String, String)>,
    pub sources: Vec<String>,
    /// A "what changed" that many rows share, said once ("A.3.3–A.3.31", text); those rows
    /// carry no `what` of their own.
    pub shared: Vec<(String, String)>,
    /// The folds' headings with their counts: changed or new, carried over, removed.
    pub changed_label: String,
    pub carried_label: String,
    pub removed_label: String,
}

/// The transition block of a target, when the previous edition is held.
pub fn transition_view(ds: &Dataset, l: Lang, t: &TargetResult) -> Option<TransitionView> {
    use super::editions::ChangeKind;
    let tr_ = t.transition.as_ref()?;
    let m = ds.editions.get(tr_.map)?;
    let fw = &ds.frameworks[t.framework];
    let from = ds.frameworks.get(m.from_fi)?;
    let mut changed = Vec::new();
    let mut carried = Vec::new();
    for row in &tr_.rows {
        let Some(res) = t.requirements.get(row.result) else {
            continue;
        };
        let r = &fw.requirements[res.req];
        let what = m
            .entry(&r.reference)
            .and_then(|e| i18n::edition_what(l, m, e))
            .map(|w| w.into_owned());
        let line = TransitionLine {
            kind: row.kind,
            reference: r.reference.clone(),
            title: r.title.clone(),
            was: row.from.join(", "),
            what,
            status: res.status,
            applicable: res.applicable,
            days: i18n::num(l, res.effort.days, 1),
        };
        match row.kind {
            ChangeKind::Changed | ChangeKind::New => changed.push(line),
            ChangeKind::Unchanged | ChangeKind::Renumbered => carried.push(line),
        }
    }
    // A change many rows share (29 A.3 controls were guidance in 2019) is said once.
    let mut shared = Vec::new();
    let mut whats: Vec<String> = changed.iter().filter_map(|x| x.what.clone()).collect();
    whats.sort();
    whats.dedup();
    for w in whats {
        let refs: Vec<String> = changed
            .iter()
            .filter(|x| x.what.as_deref() == Some(w.as_str()))
            .map(|x| x.reference.clone())
            .collect();
        if refs.len() >= 4 {
            for x in changed
                .iter_mut()
                .filter(|x| x.what.as_deref() == Some(w.as_str()))
            {
                x.what = None;
            }
            let span = format!("{}–{}", refs[0], refs[refs.len() - 1]);
            shared.push((
                trf(
                    l,
                    "{0} ({1} requirements)",
                    &[&span, &refs.len().to_string()],
                ),
                w,
            ));
        }
    }
    let c = tr_.counts;
    let total: u32 = c.iter().sum();
    let days_all: f64 = tr_.days.iter().sum();
    let days_changed = tr_.days[ChangeKind::Changed.index()] + tr_.days[ChangeKind::New.index()];
    let summary = trf(
        l,
        "{0} unchanged · {1} renumbered · {2} changed · {3} new, of {4} applicable requirements: {5} person-days, {6} of them on what is changed or new.",
        &[
            &c[0].to_string(),
            &c[1].to_string(),
            &c[2].to_string(),
            &c[3].to_string(),
            &total.to_string(),
            &i18n::num(l, days_all, 1),
            &i18n::num(l, days_changed, 1),
        ],
    );
    let removed: Vec<(String, String)> = m
        .removed
        .iter()
        .map(|r| (r.from.clone(), i18n::edition_removed(l, m, r).into_owned()))
        .collect();
    let sources = m
        .sources
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let s = i18n::data(l, &format!("v:{}:{i}", m.family), s);
            // "table: …" names the entries' `basis`; the reader needs only the sentence.
            s.split_once(": ")
                .map_or(s.to_string(), |(_, t)| t.to_string())
        })
        .collect();
    Some(TransitionView {
        title: trf(
            l,
            "From {0} to {1}: what changes",
            &[&from.full_name(), &fw.full_name()],
        ),
        summary,
        changed_label: trf(l, "Changed or new ({0})", &[&changed.len().to_string()]),
        carried_label: trf(
            l,
            "Carried over, renumbered or unchanged ({0})",
            &[&carried.len().to_string()],
        ),
        removed_label: trf(
            l,
            "No longer in the new edition ({0})",
            &[&removed.len().to_string()],
        ),
        changed,
        carried,
        removed,
        sources,
        shared,
    })
}

/// One requirement whose status differs between two analyses. `None`: not assessed there (its
/// framework is not a target, or the requirement does not apply).
#[derive(Clone, Debug, PartialEq)]
pub struct StatusChange {
    pub framework: usize,
    pub req: usize,
    pub a: Option<super::Status>,
    pub b: Option<super::Status>,
}

impl StatusChange {
    /// More reuse in `b` than in `a` (a target added in `b` counts as neither).
    pub fn better(&self) -> bool {
        matches!((self.a, self.b), (Some(a), Some(b)) if b > a)
    }
    pub fn worse(&self) -> bool {
        matches!((self.a, self.b), (Some(a), Some(b)) if b < a)
    }
}

/// What differs between two analyses (two assessments side by side, or saved answers and a
/// what-if): every requirement of every target of either whose status is not the same, in the
/// order of the frameworks and their requirements, and how many are the same.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Diff {
    pub changes: Vec<StatusChange>,
    pub same: usize,
}

impl Diff {
    pub fn better(&self) -> usize {
        self.changes.iter().filter(|c| c.better()).count()
    }
    pub fn worse(&self) -> usize {
        self.changes.iter().filter(|c| c.worse()).count()
    }
}

pub fn diff(ds: &Dataset, a: &Analysis, b: &Analysis) -> Diff {
    let mut d = Diff::default();
    for c in side_by_side(ds, a, b) {
        if c.a == c.b {
            d.same += 1;
        } else {
            d.changes.push(c);
        }
    }
    d
}

/// Every requirement assessed on either side, with both statuses (the same ones too), in the
/// order of the frameworks and their requirements.
pub fn side_by_side(ds: &Dataset, a: &Analysis, b: &Analysis) -> Vec<StatusChange> {
    let status = |an: &Analysis, fi: usize, ri: usize| {
        an.target(fi)?
            .requirements
            .iter()
            .find(|r| r.req == ri && r.applicable)
            .map(|r| r.status)
    };
    let mut fws: Vec<usize> = a
        .targets
        .iter()
        .chain(&b.targets)
        .map(|t| t.framework)
        .collect();
    fws.sort_unstable();
    fws.dedup();
    let mut out = Vec::new();
    for fi in fws {
        for (ri, r) in ds.frameworks[fi].requirements.iter().enumerate() {
            let (sa, sb) = (status(a, fi, ri), status(b, fi, ri));
            if r.assessed && (sa.is_some() || sb.is_some()) {
                out.push(StatusChange {
                    framework: fi,
                    req: ri,
                    a: sa,
                    b: sb,
                });
            }
        }
    }
    out
}

/// A signed difference with one decimal in the reader's form: "+3.5", "−2.0", "±0".
pub fn signed(l: Lang, x: f64) -> String {
    if x.abs() < 0.05 {
        return "±0".to_string();
    }
    let n = i18n::num(l, x.abs(), 1);
    if x > 0.0 {
        format!("+{n}")
    } else {
        format!("\u{2212}{n}")
    }
}

/// The answers a what-if changes, in words: "AI system impact assessment: Operating, with
/// records", "ISO/IEC 27001 (information security): No".
pub fn tried_changes(
    ds: &Dataset,
    l: Lang,
    saved: &super::Answers,
    tried: &super::Answers,
) -> Vec<String> {
    let mut keys: Vec<&String> = saved.0.keys().chain(tried.0.keys()).collect();
    keys.sort_unstable();
    keys.dedup();
    keys.into_iter()
        .filter(|k| saved.get(k) != tried.get(k))
        .map(|k| {
            let v = tried.one(k).unwrap_or("");
            if let Some(el) = k.strip_prefix("el.").and_then(|e| ds.element(e)) {
                let level = super::Level::parse(v)
                    .map(|x| i18n::tr(l, x.label()))
                    .unwrap_or(v);
                return format!("{}: {level}", i18n::element_name(l, el));
            }
            let q = ds
                .questionnaire
                .steps
                .iter()
                .flat_map(|s| &s.questions)
                .find(|q| &q.id == k);
            match q {
                Some(q) => {
                    let opt = q
                        .options
                        .iter()
                        .find(|c| c.value == v)
                        .map(|c| i18n::option_label(l, &q.id, c).into_owned())
                        .unwrap_or_else(|| v.to_string());
                    format!(
                        "{}: {opt}",
                        i18n::question_text(l, &q.id, "prompt", &q.prompt)
                    )
                }
                None => format!("{k}: {v}"),
            }
        })
        .collect()
}

/// Where a direct pair comes from, as a reader sees it: for a pair taken from articles, each
/// article by its title (as published, with publisher and year where the article gives them) or,
/// for an untitled one, our description of it.
pub fn provenance(ds: &Dataset, l: Lang, m: &super::dataset::Mapping) -> String {
    use super::vocab::Provenance;
    if m.src != Provenance::SourceArticle {
        return i18n::tr(l, m.src.label()).to_string();
    }
    let cited: Vec<String> = m
        .articles
        .iter()
        .filter_map(|id| ds.article(id))
        .map(|a| {
            let year = match a.year {
                Some(y) => y.to_string(),
                None => i18n::tr(l, "year not given").to_string(),
            };
            let by = match &a.publisher {
                Some(p) => format!("{p}, {year}"),
                None => year,
            };
            match &a.title {
                // Quotation marks as the reader's language writes them.
                Some(t) if l == Lang::De => format!("„{t}“ ({by})"),
                Some(t) => format!("“{t}” ({by})"),
                None => trf(
                    l,
                    "untitled article: {0} ({1})",
                    &[&i18n::data(l, &format!("src:{}", a.id), &a.about), &by],
                ),
            }
        })
        .collect();
    let label = if cited.len() == 1 {
        "source article: {0}"
    } else {
        "source articles: {0}"
    };
    trf(l, label, &[&cited.join("; ")])
}

/// What the organisation holds, as the results header names it: "ISO/IEC 27001:2022
/// (certified), ISO 9001:2015 (implemented)", or "nothing yet".
pub fn held_text(ds: &Dataset, l: Lang, an: &Analysis) -> String {
    if an.held.is_empty() {
        return i18n::tr(l, "nothing yet").to_string();
    }
    an.held
        .iter()
        .map(|(f, hs)| {
            format!(
                "{} ({})",
                ds.frameworks[*f].full_name(),
                i18n::tr(l, hs.label())
            )
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// The note under the months figure: at which capacity, and whether the user chose it or it is
/// the one suggested for their size.
pub fn fte_note(l: Lang, an: &Analysis, chosen: bool) -> String {
    let fte = i18n::short(l, an.effort.fte, 2);
    // The months run to the certificate (the audit month included) when a target is
    // certifiable; an AI RMF alignment has no certificate, only the work.
    let key = match (an.effort.audit_days > 0.0, chosen) {
        (true, true) => "to certification, the audit included, at {0} FTE",
        (true, false) => {
            "to certification, the audit included, at {0} FTE, suggested for your size"
        }
        (false, true) => "of work at {0} FTE (this target has no certification)",
        (false, false) => {
            "of work at {0} FTE, suggested for your size (this target has no certification)"
        }
    };
    trf(l, key, &[&fte])
}

/// The results page's title block and the printed title page, worded.
#[derive(Clone, Debug, PartialEq)]
pub struct ResultsHeader {
    /// "IMS Crosswalk report" (the product name as configured).
    pub kicker: String,
    /// "Target: ISO/IEC 42001:2023".
    pub target: String,
    /// "Date: … · Dataset edition … · IMS Crosswalk …".
    pub date_line: String,
    /// "Target: … · Held: … · Dataset …", under the page title.
    pub meta: String,
}

/// The header of the results for `target` (the headline's target text), on `iso` (a timestamp).
pub fn results_header(
    ds: &Dataset,
    l: Lang,
    an: &Analysis,
    product: &str,
    target: &str,
    iso: &str,
) -> ResultsHeader {
    let edition = super::dataset::DATASET_EDITION;
    ResultsHeader {
        kicker: trf(l, "{0} report", &[&product]),
        target: trf(l, "Target: {0}", &[&target]),
        date_line: trf(
            l,
            "Date: {0} · Dataset edition {1} · IMS Crosswalk {2}",
            &[&report_date(l, iso), edition, super::APP_VERSION],
        ),
        meta: trf(
            l,
            "Target: {0} · Held: {1} · Dataset {2}",
            &[&target, &held_text(ds, l, an), edition],
        ),
    }
}

/// What-if's "As answered" option for an element: with the element's saved state when there is
/// one ("As answered (Partly in place)"), so the reader sees what going back means.
pub fn as_answered(ds: &Dataset, l: Lang, an: &Analysis, element: &str) -> String {
    match ds
        .element_index(element)
        .and_then(|ei| an.elements.get(ei).map(|st| st.level))
    {
        Some(level) => trf(l, "As answered ({0})", &[i18n::tr(l, level.label())]),
        None => i18n::tr(l, "As answered").to_string(),
    }
}

/// The footer's dataset line: "Dataset 2026.11".
pub fn dataset_line(l: Lang) -> String {
    trf(l, "Dataset {0}", &[super::dataset::DATASET_EDITION])
}

/// The results page's title: "Results: <organisation>".
pub fn results_title(l: Lang, name: &str) -> String {
    trf(l, "Results: {0}", &[&name])
}

/// A report's date in the reader's form, from an ISO timestamp: `2026-12-07` in English,
/// `07.12.2026` in German (what German readers expect on a report).
pub fn report_date(l: Lang, iso: &str) -> String {
    let date: String = iso.chars().take(10).collect();
    match (l, date.split('-').collect::<Vec<_>>().as_slice()) {
        (Lang::De, [y, m, d]) => format!("{d}.{m}.{y}"),
        _ => date,
    }
}

/// A requirement's effort working, as the results show it: base by effort level × size × AI
/// footprint = gross; the work and document parts with their reuse credits, both credits scaled
/// by the maturity of what the organisation runs; the person-days that result.
pub fn effort_working(
    l: Lang,
    r: &super::dataset::Requirement,
    e: &super::results::ReqEffort,
    applicable: bool,
) -> String {
    if !applicable {
        return i18n::tr(
            l,
            "Not applicable to your organisation (no effort counted).",
        )
        .to_string();
    }
    let doc = super::effort::DOC_SHARE * 100.0;
    let d = |x: f64| i18n::num(l, x, 1);
    let pct = |x: f64| i18n::num(l, x, 0);
    let why = i18n::effort_why(l, r)
        .map(|w| format!(" {}", trf(l, "(level: {0})", &[&w])))
        .unwrap_or_default();
    trf(
        l,
        "{0} (effort level {1}: {2}) × {3} (size) × {4} (AI footprint) = {5} gross; work part {6} % with a {7} % reuse credit, documents {8} % with a {9} % credit, both credits × {10} for the maturity of what you run → {11} person-days",
        &[
            &d(e.base),
            &e.level.to_string(),
            i18n::tr(l, super::effort::level(e.level).meaning),
            &i18n::short(l, e.size, 2),
            &i18n::short(l, e.ai, 2),
            &d(e.gross),
            &pct(100.0 - doc),
            &pct(e.credit * 100.0),
            &pct(doc),
            &pct(e.doc_credit * 100.0),
            &i18n::short(l, e.maturity, 2),
            &d(e.days),
        ],
    ) + &why
}

/// What to add for a requirement that is not reusable as is: the subject content its links
/// bring, and the facets nothing implements yet, in the reader's language.
pub fn to_add(ds: &Dataset, fi: usize, r: &super::results::ReqResult, l: Lang) -> String {
    let req = &ds.frameworks[fi].requirements[r.req];
    let mut parts: Vec<String> = r
        .evidence
        .iter()
        .filter_map(|e| match e {
            Evidence::Element { link, gives, .. } if *gives < Status::ReuseAsIs => {
                i18n::adds_text(l, req, *link).map(|a| a.into_owned())
            }
            Evidence::Edition { map, .. } => ds.editions.get(*map).and_then(|m| {
                m.entry(&req.reference)
                    .and_then(|e| i18n::edition_what(l, m, e))
                    .map(|w| w.into_owned())
            }),
            _ => None,
        })
        .collect();
    let mut missing: Vec<String> = Vec::new();
    for f in r.missing.iter() {
        if let Some((e, x)) = ds.facet(f) {
            let name = i18n::facet_name(l, e, &x.id).into_owned();
            // Two links can ask for the same facet; name it once.
            if !missing.contains(&name) {
                missing.push(name);
            }
        }
    }
    // Two links can add the same text (one element reached twice): say it once.
    let mut seen = Vec::new();
    parts.retain(|p| {
        let new = !seen.contains(p);
        if new {
            seen.push(p.clone());
        }
        new
    });
    if !missing.is_empty() {
        parts.push(trf(l, "missing: {0}", &[&missing.join(", ")]));
    }
    if parts.is_empty() {
        i18n::req_summary(l, req).into_owned()
    } else {
        parts.join("; ")
    }
}

/// "proposed", or "reviewed by <role>, <date>", in the reader's language.
pub fn review_text(l: Lang, r: &super::dataset::Review) -> String {
    match r.status {
        ReviewStatus::Proposed => tr(l, "proposed").into(),
        ReviewStatus::Reviewed => trf(
            l,
            "reviewed by {0}, {1}",
            &[&i18n::data(l, &format!("rv:{}", r.role), &r.role), &r.date],
        ),
    }
}

/// One line of what a requirement builds on: its source in bold, then the words.
#[derive(Clone, Debug, PartialEq)]
pub struct BodyLine {
    pub head: String,
    pub text: String,
}

/// What an opened requirement shows: our summary, what it builds on (elements, direct
/// mappings, an edition change), what to add, and the effort working.
#[derive(Clone, Debug, PartialEq)]
pub struct RequirementBody {
    pub summary: String,
    pub builds_on: Vec<BodyLine>,
    pub to_add: String,
    pub working: String,
}

/// A requirement's body in the reader's language (the component only renders it).
pub fn requirement_body(
    ds: &Dataset,
    l: Lang,
    fi: usize,
    result: &super::results::ReqResult,
    elements: &[super::questionnaire::ElementState],
) -> RequirementBody {
    let r = &ds.frameworks[fi].requirements[result.req];
    // An element's line: its name, then its level and where that comes from ({0}, {1}), then
    // what `pattern` adds.
    let element_line = |ei: usize, pattern: &'static str, rest: &[&str]| {
        let st = &elements[ei];
        let source = st.source_text(ds, l);
        let mut args = vec![tr(l, st.level.label()), source.as_str()];
        args.extend_from_slice(rest);
        BodyLine {
            head: i18n::element_name(l, &ds.elements[ei]).into_owned(),
            text: ": ".to_string() + &trf(l, pattern, &args),
        }
    };
    let builds_on = result
        .evidence
        .iter()
        .map(|e| match e {
            Evidence::Element {
                element,
                link,
                gives,
            } => {
                let lk = &r.links[*link];
                element_line(
                    *element,
                    "{0} ({1}); asks for {2} ({3} the element) → {4}",
                    &[
                        &facet_names(l, &lk.f, &ds.elements[*element]),
                        tr(l, lk.rel.label()),
                        tr(l, gives.label()),
                    ],
                )
            }
            Evidence::Direct {
                framework: sf,
                requirement: sr,
                file,
                index,
                reversed,
                gives,
            } => {
                let m = &ds.mapping_files[*file].mappings[*index];
                let src = &ds.frameworks[*sf].requirements[*sr];
                let rel = if *reversed { m.rel } else { m.rel.inverse() };
                BodyLine {
                    head: format!("{} {}", ds.frameworks[*sf].full_name(), src.reference),
                    text: format!(
                        " {}{}",
                        src.title,
                        trf(
                            l,
                            ": relationship {0}, reuse {1}. {2} ({3}; {4})",
                            &[
                                tr(l, rel.label()),
                                tr(l, gives.label()),
                                &i18n::mapping_why(l, m),
                                &provenance(ds, l, m),
                                &review_text(l, &m.review),
                            ],
                        )
                    ),
                }
            }
            Evidence::Implied {
                element,
                facets,
                gives,
            } => {
                let names: Vec<String> = facets
                    .iter()
                    .filter_map(|f| ds.facet(f))
                    .map(|(e, x)| facet_names(l, std::slice::from_ref(&x.id), e))
                    .collect();
                element_line(
                    *element,
                    "{0} ({1}); itself gives, for AI: {2} → {3}",
                    &[&names.join(", "), tr(l, gives.label())],
                )
            }
            Evidence::Edition { map, gives } => {
                let m = &ds.editions[*map];
                let what = m
                    .entry(&r.reference)
                    .and_then(|e| i18n::edition_what(l, m, e))
                    .map(|w| w.into_owned())
                    .unwrap_or_default();
                BodyLine {
                    head: m.title.clone(),
                    text: ": ".to_string()
                        + &trf(
                            l,
                            "changed in this edition ({0}) → at most {1}",
                            &[&what, tr(l, gives.label())],
                        ),
                }
            }
        })
        .collect();
    let to_add = if result.status == Status::ReuseAsIs {
        tr(
            l,
            "Reference the existing evidence in the new scope and review it.",
        )
        .to_string()
    } else {
        to_add(ds, fi, result, l)
    };
    RequirementBody {
        summary: i18n::req_summary(l, r).into_owned(),
        builds_on,
        to_add,
        working: effort_working(l, r, &result.effort, result.applicable),
    }
}

/// An element's facets by name, as a phrase (English lowers them mid-sentence; German nouns
/// keep their capital).
fn facet_names(l: Lang, ids: &[String], el: &super::dataset::Element) -> String {
    ids.iter()
        .filter(|id| el.facets.iter().any(|f| &f.id == *id))
        .map(|id| match l {
            Lang::En => i18n::facet_name(l, el, id).to_lowercase(),
            Lang::De => i18n::facet_name(l, el, id).into_owned(),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// What compare shows where one side has no status for a requirement: the side targets that
/// standard but the requirement does not apply to it, or the side does not target it at all.
pub fn absent_status(l: Lang, targets_it: bool) -> &'static str {
    if targets_it {
        tr(l, "not applicable")
    } else {
        tr(l, "not a target")
    }
}

/// What a what-if shows against the saved answers: what was tried, how many statuses move,
/// the effort and calendar before → after, and the first changed requirements.
#[derive(Clone, Debug, PartialEq)]
pub struct WhatIfDelta {
    pub tried: String,
    pub changes: String,
    pub effort: String,
    pub months: String,
    /// "ISO/IEC 42001 A.5.2" (bold), then "title: Partial → Extend"; at most `MAX_LISTED`.
    pub lines: Vec<(String, String)>,
    /// "… and 7 more.", when more changed than are listed.
    pub more: Option<String>,
}

/// Changed requirements a what-if lists before it says "… and N more".
pub const MAX_LISTED: usize = 12;

pub fn what_if_delta(
    ds: &Dataset,
    l: Lang,
    saved_answers: &super::Answers,
    tried_answers: &super::Answers,
    saved: &Analysis,
    tried: &Analysis,
) -> Option<WhatIfDelta> {
    let d = diff(ds, saved, tried);
    let (h0, h1) = (programme(ds, saved)?, programme(ds, tried)?);
    let status = |s: Option<Status>| s.map_or_else(|| absent_status(l, true), |s| tr(l, s.label()));
    let n = d.changes.len();
    Some(WhatIfDelta {
        tried: trf(
            l,
            "Tried: {0}",
            &[&tried_changes(ds, l, saved_answers, tried_answers).join(" · ")],
        ),
        changes: trf(
            l,
            if n == 1 {
                "{0} requirement changes status ({1} gains reuse, {2} loses it)."
            } else {
                "{0} requirements change status ({1} gain reuse, {2} lose it)."
            },
            &[
                &n.to_string(),
                &d.better().to_string(),
                &d.worse().to_string(),
            ],
        ),
        effort: trf(
            l,
            "Effort: {0} → {1} (central estimate {2} person-days).",
            &[
                &h0.effort_text(l),
                &h1.effort_text(l),
                &signed(l, tried.effort.days - saved.effort.days),
            ],
        ),
        months: trf(
            l,
            "Calendar: {0} → {1}.",
            &[&h0.months_text(l), &h1.months_text(l)],
        ),
        lines: d
            .changes
            .iter()
            .take(MAX_LISTED)
            .map(|c| {
                let f = &ds.frameworks[c.framework];
                let r = &f.requirements[c.req];
                (
                    format!("{} {}", f.name, r.reference),
                    format!("{}: {} → {}", r.title, status(c.a), status(c.b)),
                )
            })
            .collect(),
        more: (n > MAX_LISTED).then(|| trf(l, "… and {0} more.", &[&(n - MAX_LISTED).to_string()])),
    })
}

/// The short summary a reader may add to the site owner's call to action: headline figures
/// only, and the assessment's name only when they chose to include it. One line each.
pub fn cta_summary(ds: &Dataset, l: Lang, an: &Analysis, name: Option<&str>) -> Option<String> {
    let h = programme(ds, an)?;
    let mut lines = Vec::new();
    if let Some(n) = name {
        lines.push(trf(l, "Assessment: {0}", &[n]));
    }
    lines.extend([
        trf(l, "Target: {0}", &[&h.target]),
        trf(
            l,
            "{0} of requirements reusable (as is or extended)",
            &[&h.reusable_text(l)],
        ),
        trf(l, "Gaps: {0}", &[&h.gaps_text(l)]),
        trf(
            l,
            "Effort: {0}; {1}",
            &[&h.effort_text(l), &h.months_text(l)],
        ),
    ]);
    Some(lines.join("\n"))
}

/// The document title: the page, the open assessment's name where it is shown (questionnaire
/// and results, unless names are hidden), and the product; the landing page says what it is.
pub fn page_title(
    l: Lang,
    page: &'static str,
    home: bool,
    name: Option<&str>,
    product: &str,
) -> String {
    match (home, name) {
        (true, _) if product != "IMS Crosswalk" => {
            trf(l, "{0} — reuse your ISO work for ISO/IEC 42001", &[product])
        }
        (true, _) => tr(l, "IMS Crosswalk — reuse your ISO work for ISO/IEC 42001").to_string(),
        (false, Some(n)) => format!("{} — {n} — {product}", tr(l, page)),
        (false, None) => format!("{} — {product}", tr(l, page)),
    }
}

/// An assessment in the list: its target, when it last changed, and its headline figures.
pub fn assessment_facts(
    ds: &Dataset,
    l: Lang,
    a: &super::Answers,
    modified: f64,
) -> Option<String> {
    let an = super::analyse(ds, a);
    let h = programme(ds, &an)?;
    Some(trf(
        l,
        "{0} · changed {1} · {2} reusable · {3}",
        &[
            &h.target,
            &date(l, modified),
            &h.reusable_text(l),
            &h.effort_text(l),
        ],
    ))
}
