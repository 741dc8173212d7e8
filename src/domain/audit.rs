//! Certification audit days (issue 15, point 4): what a certification body is likely to plan for
//! each certifiable target — the initial audit (stage 1 + stage 2), each surveillance audit and
//! the recertification — from the organisation's effective personnel, with the saving of a
//! combined audit when several standards are audited together (IAF MD 11).
//!
//! The figures and rules are data (`data/audit_time.json`, embedded here, parsed once); every
//! step is kept as a working [`Line`] with the table or clause it comes from and whether it rests
//! on a partial or third-party source (an assumption). Pure: nothing but the answers goes in;
//! the certification body decides the final figure, and the UI says so.
use super::answers::{Answers, Held};
use super::i18n::Msg;
use serde_json::Value;
use std::sync::OnceLock;

const DATA: &str = include_str!("../../data/audit_time.json");

/// A table of initial audit time by effective personnel.
#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    pub doc: String,
    pub part: String,
    /// An older table with the same figures, if any.
    pub same_as: Option<String>,
    /// Rows up to this head count are confirmed by a public source; rows above are assumptions.
    pub checked_up_to: u32,
    /// (largest head count of the row, auditor-days), ascending.
    pub rows: Vec<(u32, f64)>,
}

/// ISO/IEC 42006's AI-role columns, known for its first row only.
#[derive(Clone, Debug, PartialEq)]
pub struct Roles {
    pub doc: String,
    pub public_up_to: u32,
    pub producer: f64,
    pub single: f64,
    pub several: f64,
}

/// A certification scheme: which table, whether the table stands in for one not public, and
/// where its adjustment factors are set out.
#[derive(Clone, Debug, PartialEq)]
pub struct Scheme {
    pub framework: String,
    /// `QMS`, `ISMS`, `PIMS`, `AIMS`.
    pub system: String,
    pub table: String,
    pub table_assumption: bool,
    pub factors_doc: String,
    pub factors_part: Option<String>,
    pub roles: Option<Roles>,
}

/// A size answer and the head count used for it.
#[derive(Clone, Debug, PartialEq)]
pub struct Band {
    pub answer: String,
    pub low: u32,
    pub high: Option<u32>,
    pub assumed: u32,
}

/// Everything in `data/audit_time.json` the calculation uses.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Rules {
    pub step: f64,
    pub rounding_doc: String,
    pub rounding_clause: String,
    pub stage1_share: f64,
    pub surveillance_share: f64,
    pub recertification_share: f64,
    pub cycle_doc: String,
    pub max_reduction: f64,
    pub max_reduction_doc: String,
    pub integration_max: f64,
    pub integration_doc: String,
    pub integration_clause: String,
    pub bands: Vec<Band>,
    pub default_band: String,
    pub tables: Vec<(String, Table)>,
    pub schemes: Vec<Scheme>,
}

fn field<'a>(v: &'a Value, at: &str, k: &str) -> Result<&'a Value, String> {
    v.get(k)
        .filter(|x| !x.is_null())
        .ok_or_else(|| format!("audit_time.json: {at}: missing `{k}`"))
}
fn text(v: &Value, at: &str, k: &str) -> Result<String, String> {
    field(v, at, k)?
        .as_str()
        .map(str::to_string)
        .ok_or_else(|| format!("audit_time.json: {at}: `{k}` must be a string"))
}
fn number(v: &Value, at: &str, k: &str) -> Result<f64, String> {
    field(v, at, k)?
        .as_f64()
        .ok_or_else(|| format!("audit_time.json: {at}: `{k}` must be a number"))
}
fn count(v: &Value, at: &str, k: &str) -> Result<u32, String> {
    field(v, at, k)?
        .as_u64()
        .and_then(|n| u32::try_from(n).ok())
        .ok_or_else(|| format!("audit_time.json: {at}: `{k}` must be a whole number"))
}
fn flag(v: &Value, at: &str, k: &str) -> Result<bool, String> {
    field(v, at, k)?
        .as_bool()
        .ok_or_else(|| format!("audit_time.json: {at}: `{k}` must be true or false"))
}

/// Reads `data/audit_time.json`; errors name the entry and field.
pub fn load(src: &str) -> Result<Rules, String> {
    let v: Value = serde_json::from_str(src).map_err(|e| format!("audit_time.json: {e}"))?;
    let rounding = field(&v, "top", "rounding")?;
    let cycle = field(&v, "top", "cycle")?;
    let reduction = field(&v, "top", "max_reduction")?;
    let integration = field(&v, "top", "integration")?;
    let mut bands = Vec::new();
    for (i, b) in field(&v, "top", "size_bands")?
        .as_array()
        .ok_or("audit_time.json: `size_bands` must be a list")?
        .iter()
        .enumerate()
    {
        let at = format!("size_bands[{i}]");
        bands.push(Band {
            answer: text(b, &at, "answer")?,
            low: count(b, &at, "low")?,
            high: b.get("high").and_then(Value::as_u64).map(|n| n as u32),
            assumed: count(b, &at, "assumed")?,
        });
    }
    let mut tables = Vec::new();
    for (k, t) in field(&v, "top", "tables")?
        .as_object()
        .ok_or("audit_time.json: `tables` must be an object")?
    {
        let at = format!("tables.{k}");
        let mut rows = Vec::new();
        for (i, r) in field(t, &at, "rows")?
            .as_array()
            .ok_or_else(|| format!("audit_time.json: {at}: `rows` must be a list"))?
            .iter()
            .enumerate()
        {
            let pair = r.as_array().filter(|p| p.len() == 2);
            let max = pair.and_then(|p| p[0].as_u64()).map(|n| n as u32);
            let days = pair.and_then(|p| p[1].as_f64());
            match (max, days) {
                (Some(m), Some(d)) => rows.push((m, d)),
                _ => {
                    return Err(format!(
                        "audit_time.json: {at}.rows[{i}]: expected [head count, days]"
                    ))
                }
            }
        }
        if rows.is_empty() || rows.windows(2).any(|w| w[0].0 >= w[1].0 || w[0].1 > w[1].1) {
            return Err(format!(
                "audit_time.json: {at}: rows must be non-empty and ascending"
            ));
        }
        tables.push((
            k.clone(),
            Table {
                doc: text(t, &at, "doc")?,
                part: text(t, &at, "part")?,
                same_as: t.get("same_as").and_then(Value::as_str).map(str::to_string),
                checked_up_to: count(t, &at, "checked_up_to")?,
                rows,
            },
        ));
    }
    let mut schemes = Vec::new();
    for (k, s) in field(&v, "top", "schemes")?
        .as_object()
        .ok_or("audit_time.json: `schemes` must be an object")?
    {
        let at = format!("schemes.{k}");
        let table = text(s, &at, "table")?;
        if !tables.iter().any(|(t, _)| *t == table) {
            return Err(format!("audit_time.json: {at}: unknown table `{table}`"));
        }
        let roles = match s.get("roles").filter(|r| !r.is_null()) {
            None => None,
            Some(r) => {
                let at = format!("{at}.roles");
                Some(Roles {
                    doc: text(r, &at, "doc")?,
                    public_up_to: count(r, &at, "public_up_to")?,
                    producer: number(r, &at, "producer")?,
                    single: number(r, &at, "single")?,
                    several: number(r, &at, "several")?,
                })
            }
        };
        schemes.push(Scheme {
            framework: k.clone(),
            system: text(s, &at, "system")?,
            table,
            table_assumption: flag(s, &at, "table_assumption")?,
            factors_doc: text(s, &at, "factors_doc")?,
            factors_part: s
                .get("factors_part")
                .and_then(Value::as_str)
                .map(str::to_string),
            roles,
        });
    }
    let rules = Rules {
        step: number(rounding, "rounding", "step")?,
        rounding_doc: text(rounding, "rounding", "doc")?,
        rounding_clause: text(rounding, "rounding", "clause")?,
        stage1_share: number(cycle, "cycle", "stage1_share")?,
        surveillance_share: number(cycle, "cycle", "surveillance_share")?,
        recertification_share: number(cycle, "cycle", "recertification_share")?,
        cycle_doc: text(cycle, "cycle", "doc")?,
        max_reduction: number(reduction, "max_reduction", "share")?,
        max_reduction_doc: text(reduction, "max_reduction", "doc")?,
        integration_max: number(integration, "integration", "max_reduction")?,
        integration_doc: text(integration, "integration", "doc")?,
        integration_clause: text(integration, "integration", "clause")?,
        bands,
        default_band: text(&v, "top", "default_band")?,
        tables,
        schemes,
    };
    if rules.step <= 0.0 {
        return Err("audit_time.json: rounding.step must be positive".into());
    }
    Ok(rules)
}

static RULES: OnceLock<Rules> = OnceLock::new();

/// The embedded rules, parsed on first use. A broken file is caught by a native test; should it
/// ship anyway, no audit days are shown rather than a panic.
pub fn rules() -> &'static Rules {
    RULES.get_or_init(|| load(DATA).unwrap_or_default())
}

impl Rules {
    /// The scheme for a target; an edition falls back to its standard's (`iso27701-2025`, or
    /// `iso27701:2025`, to `iso27701`).
    pub fn scheme(&self, framework: &str) -> Option<&Scheme> {
        let base = super::load::dataset()
            .framework(framework)
            .map(|f| f.family.as_str())
            .unwrap_or_else(|| framework.split(':').next().unwrap_or(framework));
        self.schemes
            .iter()
            .find(|s| s.framework == framework)
            .or_else(|| self.schemes.iter().find(|s| s.framework == base))
    }
    pub fn table(&self, key: &str) -> Option<&Table> {
        self.tables.iter().find(|(k, _)| k == key).map(|(_, t)| t)
    }
    /// Rounded to the nearest step (half a day), halves up, at least one step.
    pub fn round(&self, x: f64) -> f64 {
        (((x / self.step) + 1e-9).round() * self.step).max(self.step)
    }
    /// Stage 1, stage 2, surveillance and recertification from a rounded initial audit.
    pub fn cycle(&self, initial: f64) -> Cycle {
        let initial = self.round(initial);
        let stage1 = self.round(initial * self.stage1_share).min(initial);
        Cycle {
            stage1,
            stage2: initial - stage1,
            initial,
            surveillance: self.round(initial * self.surveillance_share),
            recertification: self.round(initial * self.recertification_share),
        }
    }
    /// The combined (integrated) cycle of several standards' initial audits: their sum less
    /// the most IAF MD 11 allows, never below the largest single standard.
    pub fn combined_cycle(&self, initials: &[f64]) -> Cycle {
        let sum: f64 = initials.iter().sum();
        let largest = initials.iter().copied().fold(0.0, f64::max);
        self.cycle((sum * (1.0 - self.integration_max)).max(largest))
    }
}

impl Table {
    /// The row for a head count: (row's largest head count, days, beyond the table).
    pub fn row(&self, persons: u32) -> (u32, f64, bool) {
        match self.rows.iter().find(|(max, _)| persons <= *max) {
            Some(&(max, d)) => (max, d, false),
            None => {
                let &(max, d) = self.rows.last().unwrap_or(&(0, 0.0));
                (max, d, true)
            }
        }
    }
}

/// The organisation's role with AI, in ISO/IEC 42006's columns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AiRole {
    /// Designs, develops, tests and deploys AI: here, develops and provides.
    Producer,
    /// One of developer, provider or user.
    Single,
    /// Several roles (use plus development or provision).
    Several,
}

impl AiRole {
    /// From the `ai_roles` answer; `None` when not answered.
    pub fn from_answers(a: &Answers) -> Option<AiRole> {
        let roles = a.get("ai_roles")?.as_many();
        let has = |r: &str| roles.iter().any(|x| x == r);
        let (dev, prov, user) = (has("developer"), has("provider"), has("user"));
        match (dev, prov, user) {
            (false, false, false) => None,
            (true, true, false) => Some(AiRole::Producer),
            _ if [dev, prov, user].iter().filter(|x| **x).count() == 1 => Some(AiRole::Single),
            _ => Some(AiRole::Several),
        }
    }
    fn ratio(self, r: &Roles) -> f64 {
        let v = match self {
            AiRole::Producer => r.producer,
            AiRole::Single => r.single,
            AiRole::Several => r.several,
        };
        v / r.producer
    }
}

/// A figure on a working line, rendered by the UI in the reader's number format.
#[derive(Clone, Debug, PartialEq)]
pub enum Figure {
    Days(f64),
    DaysRange(f64, f64),
    DaysFrom(f64),
    Persons(u32),
    /// A multiplier (× 0.7).
    Factor(f64),
    /// A share (−20 % is −0.2).
    Share(f64),
    /// Not applied here; the certification body rates it.
    NotApplied,
    /// No figure: the line qualifies the ones around it.
    Blank,
}

/// One step of the working: what, the figure, where it comes from, and whether it rests on a
/// partial or third-party source.
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    pub what: Msg,
    pub figure: Figure,
    pub source: Msg,
    pub assumption: bool,
}

fn line(what: Msg, figure: Figure, source: Msg, assumption: bool) -> Line {
    Line {
        what,
        figure,
        source,
        assumption,
    }
}

/// The audits of one three-year certification cycle, in auditor-days.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Cycle {
    pub stage1: f64,
    pub stage2: f64,
    /// Stage 1 + stage 2.
    pub initial: f64,
    /// Each of the two surveillance audits.
    pub surveillance: f64,
    pub recertification: f64,
}

impl Cycle {
    /// Initial, two surveillance audits and the recertification.
    pub fn total(&self) -> f64 {
        self.initial + 2.0 * self.surveillance + self.recertification
    }
    fn plus(&self, o: &Cycle) -> Cycle {
        Cycle {
            stage1: self.stage1 + o.stage1,
            stage2: self.stage2 + o.stage2,
            initial: self.initial + o.initial,
            surveillance: self.surveillance + o.surveillance,
            recertification: self.recertification + o.recertification,
        }
    }
}

/// One standard's audit days with their working.
#[derive(Clone, Debug, PartialEq)]
pub struct StandardDays {
    pub framework: String,
    pub system: String,
    pub cycle: Cycle,
    /// The lowest the certification body may go after reductions.
    pub floor: f64,
    pub lines: Vec<Line>,
}

impl StandardDays {
    /// Whether any figure rests on an assumption.
    pub fn has_assumption(&self) -> bool {
        self.lines.iter().any(|l| l.assumption)
    }
}

/// Several standards audited together.
#[derive(Clone, Debug, PartialEq)]
pub struct Combined {
    pub frameworks: Vec<String>,
    /// The standards audited one by one, added up.
    pub separate: Cycle,
    pub cycle: Cycle,
    pub lines: Vec<Line>,
}

impl Combined {
    /// Auditor-days saved over the three-year cycle.
    pub fn saving(&self) -> f64 {
        self.separate.total() - self.cycle.total()
    }
}

/// The audit days for the chosen certifiable targets.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AuditDays {
    /// Effective personnel used.
    pub persons: u32,
    pub standards: Vec<StandardDays>,
    pub combined: Option<Combined>,
    /// Further remarks (a held certificate whose audits can be combined with these).
    pub notes: Vec<Msg>,
}

/// What the calculation knows of the organisation.
#[derive(Clone, Debug, PartialEq)]
pub struct Profile {
    pub persons: u32,
    /// The size answer the head count stands for, when it is not exact.
    pub band: Option<Band>,
    /// `None`: not answered.
    pub ai_role: Option<AiRole>,
    /// Answers that point to more audit time (all schemes).
    pub pointers: Vec<Msg>,
    /// Answers that point to more time for the AIMS only.
    pub ai_pointers: Vec<Msg>,
}

impl Profile {
    /// An exact head count, nothing else known.
    pub fn exact(persons: u32, ai_role: Option<AiRole>) -> Profile {
        Profile {
            persons: persons.max(1),
            band: None,
            ai_role,
            pointers: Vec::new(),
            ai_pointers: Vec::new(),
        }
    }
    /// From the answers: the size band's middle, the AI role, and the answers that point to
    /// more audit time.
    pub fn from_answers(a: &Answers, r: &Rules) -> Profile {
        let answer = a.one("size").unwrap_or(r.default_band.as_str());
        let band = r
            .bands
            .iter()
            .find(|b| b.answer == answer)
            .or_else(|| r.bands.iter().find(|b| b.answer == r.default_band))
            .cloned();
        let mut pointers = Vec::new();
        if matches!(a.one("sector"), Some("finance" | "health" | "public")) {
            pointers.push(Msg::t("a regulated sector"));
        }
        if a.one("third_party_ai") == Some("yes") {
            pointers.push(Msg::t("reliance on third-party AI services (outsourcing)"));
        }
        let mut ai_pointers = Vec::new();
        if matches!(a.one("ai_systems"), Some("6-20" | "20+")) {
            ai_pointers.push(Msg::t("many AI systems in scope"));
        }
        if a.one("eu_exposure") == Some("high_risk") {
            ai_pointers.push(Msg::t("high-risk AI on the EU market"));
        }
        Profile {
            persons: band.as_ref().map_or(150, |b| b.assumed),
            band,
            ai_role: AiRole::from_answers(a),
            pointers,
            ai_pointers,
        }
    }
}

fn doc_part(doc: &str, part: &str) -> Msg {
    Msg::f("{0}, {1}", vec![Msg::v(doc), Msg::v(part)])
}

fn band_text(b: &Band) -> String {
    b.answer.replace('-', "–")
}

/// One standard's audit days for a profile; `None` for a target with no certification scheme.
pub fn standard(r: &Rules, framework: &str, p: &Profile) -> Option<StandardDays> {
    let s = r.scheme(framework)?;
    let t = r.table(&s.table)?;
    let n = p.persons.max(1);
    let ai = s.roles.as_ref();
    let mut lines = Vec::new();
    // 1. Who counts.
    let persons_source = match s.system.as_str() {
        "QMS" => Msg::f(
            "{0}, effective number of personnel",
            vec![Msg::v(&r.cycle_doc)],
        ),
        _ => doc_part(&t.doc, "C.3.4"),
    };
    match &p.band {
        Some(b) => lines.push(line(
            Msg::f(
                "Effective personnel, taken as the middle of your answer {0}",
                vec![Msg::v(band_text(b))],
            ),
            Figure::Persons(n),
            persons_source,
            true,
        )),
        None => lines.push(line(
            Msg::t("Effective personnel"),
            Figure::Persons(n),
            persons_source,
            false,
        )),
    }
    if let Some(roles) = ai {
        lines.push(line(
            Msg::t("AI-related persons: not asked, so everyone in scope counts (an upper bound)"),
            Figure::Persons(n),
            Msg::v(&roles.doc),
            true,
        ));
    }
    // 2. The table.
    let (row, table_days, beyond) = t.row(n);
    let unchecked = n > t.checked_up_to;
    let table_ref = match &t.same_as {
        Some(old) => Msg::f(
            "{0}, {1} (the same figures as {2})",
            vec![Msg::v(&t.doc), Msg::v(&t.part), Msg::v(old)],
        ),
        None => doc_part(&t.doc, &t.part),
    };
    let (what, source, assumption) = match (s.system.as_str(), ai) {
        (_, Some(roles)) if n <= roles.public_up_to => (
            Msg::f(
                "AI producer column, row 1–{0} persons (the public part of the table)",
                vec![Msg::v(roles.public_up_to.to_string())],
            ),
            Msg::f("{0}, via Sensiba (third-party)", vec![Msg::v(&roles.doc)]),
            true,
        ),
        (_, Some(_)) => (
            Msg::f(
                "ISMS table for {0} persons, standing in for the AIMS table (only its first row is public)",
                vec![Msg::v(n.to_string())],
            ),
            table_ref,
            true,
        ),
        ("PIMS", None) => (
            Msg::f(
                "ISMS table for {0} persons, standing in for the PIMS figures (not public)",
                vec![Msg::v(n.to_string())],
            ),
            table_ref,
            true,
        ),
        _ => (
            Msg::f(
                "Initial audit time for {0} persons (stage 1 + stage 2)",
                vec![Msg::v(n.to_string())],
            ),
            table_ref,
            s.table_assumption || unchecked,
        ),
    };
    lines.push(line(
        what,
        Figure::Days(table_days),
        source,
        assumption || beyond,
    ));
    if beyond {
        lines.push(line(
            Msg::f(
                "Beyond the table's last row ({0} persons): its figure is used; the table continues in steps",
                vec![Msg::v(row.to_string())],
            ),
            Figure::Blank,
            Msg::v(&t.doc),
            true,
        ));
    } else if unchecked {
        lines.push(line(
            Msg::f(
                "Rows above {0} persons not confirmed by a public source here",
                vec![Msg::v(t.checked_up_to.to_string())],
            ),
            Figure::Blank,
            Msg::v(&t.doc),
            true,
        ));
    }
    // 3. The AI role (AIMS only).
    let ratio = match (ai, p.ai_role) {
        (Some(roles), role) => {
            let (what, role) = match role {
                Some(AiRole::Producer) => (
                    Msg::t("AI role: producer (you develop and provide AI)"),
                    AiRole::Producer,
                ),
                Some(AiRole::Single) => (
                    Msg::t("AI role: one of developer, provider or user"),
                    AiRole::Single,
                ),
                Some(AiRole::Several) => (
                    Msg::t("AI role: several roles (you use AI and develop or provide it)"),
                    AiRole::Several,
                ),
                None => (
                    Msg::t("AI role not answered: the highest column (several roles) is used"),
                    AiRole::Several,
                ),
            };
            let ratio = role.ratio(roles);
            lines.push(line(
                what,
                Figure::Factor(ratio),
                Msg::f(
                    "{0}, ratio of the role columns in its public first row",
                    vec![Msg::v(&roles.doc)],
                ),
                true,
            ));
            ratio
        }
        (None, _) => 1.0,
    };
    let initial = r.round(table_days * ratio);
    // The range across the size answer, for the same role.
    if let Some(b) = &p.band {
        let lo = r.round(t.row(b.low).1 * ratio);
        let hi = b.high.map(|h| r.round(t.row(h).1 * ratio));
        let figure = match hi {
            Some(h) if h > lo => Figure::DaysRange(lo, h),
            Some(_) => Figure::Days(lo),
            None => Figure::DaysFrom(lo),
        };
        lines.push(line(
            Msg::f(
                "Across your answer {0} the table gives",
                vec![Msg::v(band_text(b))],
            ),
            figure,
            Msg::v(&t.doc),
            s.table_assumption || ai.is_some(),
        ));
    }
    // 4. Factors the scheme allows.
    let factors = match &s.factors_part {
        Some(part) => doc_part(&s.factors_doc, part),
        None => Msg::v(&s.factors_doc),
    };
    lines.push(line(
        Msg::t("Adjustment factors (business and IT complexity, outsourcing, sites, shifts …), which the certification body rates from its own intake"),
        Figure::NotApplied,
        factors.clone(),
        false,
    ));
    let mut pointers = p.pointers.clone();
    if ai.is_some() {
        pointers.extend(p.ai_pointers.iter().cloned());
    }
    if !pointers.is_empty() {
        lines.push(line(
            Msg::f(
                "Your answers point to more time: {0}",
                vec![Msg::Join(pointers, "; ")],
            ),
            Figure::NotApplied,
            factors,
            false,
        ));
    }
    let floor = r.round(initial * (1.0 - r.max_reduction));
    lines.push(line(
        Msg::t("Lowest figure after the most reductions allowed"),
        Figure::Days(floor),
        Msg::f(
            "{0}, at most {1} % less than the table",
            vec![
                Msg::v(&r.max_reduction_doc),
                Msg::v(super::num::short(r.max_reduction * 100.0, 0)),
            ],
        ),
        s.system != "QMS",
    ));
    // 5. The cycle.
    let cycle = r.cycle(initial);
    cycle_lines(r, &cycle, s.system != "QMS", &mut lines);
    Some(StandardDays {
        framework: framework.to_string(),
        system: s.system.clone(),
        cycle,
        floor,
        lines,
    })
}

fn cycle_lines(r: &Rules, c: &Cycle, proportions_assumed: bool, lines: &mut Vec<Line>) {
    let pct = |x: f64| Msg::v(super::num::short(x * 100.0, 0));
    lines.push(line(
        Msg::f(
            "Stage 1: about {0} % of the initial audit, at least half a day",
            vec![pct(r.stage1_share)],
        ),
        Figure::Days(c.stage1),
        Msg::t("common practice; no scheme fixes the split"),
        true,
    ));
    lines.push(line(
        Msg::t("Stage 2: the rest of the initial audit"),
        Figure::Days(c.stage2),
        Msg::t("common practice; no scheme fixes the split"),
        true,
    ));
    lines.push(line(
        Msg::t("Each surveillance audit (years 2 and 3): one third of the initial audit"),
        Figure::Days(c.surveillance),
        Msg::f("{0}, surveillance", vec![Msg::v(&r.cycle_doc)]),
        proportions_assumed,
    ));
    lines.push(line(
        Msg::t("Recertification (year 4): two thirds of the initial audit"),
        Figure::Days(c.recertification),
        Msg::f("{0}, recertification", vec![Msg::v(&r.cycle_doc)]),
        proportions_assumed,
    ));
    lines.push(line(
        Msg::t("Every figure rounded to the nearest half day"),
        Figure::Blank,
        doc_part(&r.rounding_doc, &r.rounding_clause),
        false,
    ));
}

/// Several standards audited together (IAF MD 11): the separate times added, less the most the
/// integration allows; `None` for fewer than two.
pub fn combined(r: &Rules, standards: &[StandardDays]) -> Option<Combined> {
    if standards.len() < 2 {
        return None;
    }
    let separate = standards
        .iter()
        .fold(Cycle::default(), |acc, s| acc.plus(&s.cycle));
    let initials: Vec<f64> = standards.iter().map(|s| s.cycle.initial).collect();
    let largest = initials.iter().copied().fold(0.0, f64::max);
    let cycle = r.combined_cycle(&initials);
    let md11 = doc_part(&r.integration_doc, &r.integration_clause);
    let mut lines = vec![
        line(
            Msg::t("Sum of the separate initial audits, the starting point of an integrated audit"),
            Figure::Days(separate.initial),
            md11.clone(),
            false,
        ),
        line(
            Msg::t("Less for integration, shown at the most allowed; how much applies depends on how far the systems are integrated"),
            Figure::Share(-r.integration_max),
            md11.clone(),
            true,
        ),
    ];
    if separate.initial * (1.0 - r.integration_max) < largest {
        lines.push(line(
            Msg::t("Never less than the largest single standard (our floor)"),
            Figure::Days(largest),
            md11,
            true,
        ));
    }
    lines.push(line(
        Msg::t("Combined initial audit"),
        Figure::Days(cycle.initial),
        doc_part(&r.rounding_doc, &r.rounding_clause),
        true,
    ));
    cycle_lines(r, &cycle, true, &mut lines);
    lines.push(line(
        Msg::t("Saving over separate audits across the three-year cycle"),
        Figure::Days(separate.total() - cycle.total()),
        Msg::t("difference of the two cycles"),
        true,
    ));
    Some(Combined {
        frameworks: standards.iter().map(|s| s.framework.clone()).collect(),
        separate,
        cycle,
        lines,
    })
}

/// Audit days for chosen targets and a profile.
pub fn plan(r: &Rules, targets: &[String], p: &Profile) -> AuditDays {
    let standards: Vec<StandardDays> = targets.iter().filter_map(|t| standard(r, t, p)).collect();
    AuditDays {
        persons: p.persons,
        combined: combined(r, &standards),
        standards,
        notes: Vec::new(),
    }
}

/// Audit days for the answers' certifiable targets, with a note for each certificate already
/// held whose audits can be combined with them.
pub fn audit_days(a: &Answers) -> AuditDays {
    let r = rules();
    let targets = a.targets();
    let mut out = plan(r, &targets, &Profile::from_answers(a, r));
    if out.standards.is_empty() {
        return out;
    }
    for s in &r.schemes {
        let held = a.held(&s.framework) == Some(Held::Certified);
        let targeted = targets.iter().any(|t| r.scheme(t) == Some(s));
        if held && !targeted {
            out.notes.push(Msg::f(
                "You hold {0} certified: a certification body can combine the new audit with that certificate's surveillance or recertification audit ({1}, up to {2} % less on the combined time).",
                vec![
                    Msg::v(
                        super::load::dataset()
                            .framework(&s.framework)
                            .map_or_else(|| s.framework.clone(), |f| f.full_name()),
                    ),
                    Msg::v(&r.integration_doc),
                    Msg::v(super::num::short(r.integration_max * 100.0, 0)),
                ],
            ));
        }
    }
    out
}

/// Every English template the working can produce (for the catalogue check).
pub fn templates(m: &Msg, out: &mut Vec<&'static str>) {
    match m {
        Msg::T(en, args) => {
            out.push(en);
            for a in args {
                templates(a, out);
            }
        }
        Msg::V(_) => {}
        Msg::Join(parts, _) => {
            for p in parts {
                templates(p, out);
            }
        }
    }
}
