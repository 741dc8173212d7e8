//! Recommendations with their reasons: sequencing, operating model, roadmap, audit planning
//! and the caveats to state plainly.
use super::answers::{Answers, Held};
use super::dataset::Dataset;
use super::i18n::Msg;
use super::results::TargetResult;
pub use super::results::{RecKind, Recommendation};
use super::vocab::Status;

fn rec(kind: RecKind, title: Msg, text: Msg, because: Msg) -> Recommendation {
    Recommendation {
        kind,
        title,
        text,
        because,
    }
}

/// Roadmap phases (1–4) and the certification step (5).
pub const PHASES: [&str; 5] = [
    "Foundations: scope, ownership, policy",
    "Risk, impact and planning",
    "Controls and operation",
    "Monitoring, audit and review",
    "Certification audit",
];

/// Recommendations from the answers and the per-target results (called by `analyse` before it
/// builds the `Analysis`, so the result is filled in one pass).
pub fn recommend(
    ds: &Dataset,
    a: &Answers,
    held_fws: &[(usize, Held)],
    target_results: &[TargetResult],
    partial: bool,
) -> Vec<Recommendation> {
    let mut out = Vec::new();
    let held = |id: &str| a.held(id);
    let targets = a.targets();
    let wants = |id: &str| targets.iter().any(|t| t == id);
    let high_risk = a.one("eu_exposure") == Some("high_risk");
    let eu = matches!(a.one("eu_exposure"), Some("eu" | "high_risk"));

    // Sequencing.
    if wants("iso42001") {
        if held("iso27001").is_some() {
            out.push(rec(RecKind::Sequencing, Msg::t("Build ISO/IEC 42001 on your ISMS"),
                Msg::t("Extend the ISMS's spine (context, leadership, documents, audit, review, corrective action) to AI, and add the AI-specific pieces: AI policy, AI risk method, impact assessment, AI system inventory and life-cycle controls."),
                Msg::t("You hold ISO/IEC 27001, the most common path to ISO/IEC 42001.")));
        } else if held("iso9001").is_some() {
            out.push(rec(RecKind::Sequencing, Msg::t("Build ISO/IEC 42001 on your QMS"),
                Msg::t("Use the QMS's process discipline (document control, audit, review, corrective action, design control) as the spine and add AI risk, impact and data governance."),
                if high_risk { Msg::t("You hold ISO 9001 and place high-risk AI on the EU market, where providers need a quality management system.") } else { Msg::t("You hold ISO 9001.") }));
        } else if held("nist-ai-rmf").is_some() {
            out.push(rec(RecKind::Sequencing, Msg::t("Keep the AI RMF as your method; certify with ISO/IEC 42001"),
                Msg::t("Your GOVERN, MAP, MEASURE and MANAGE practices become the AIMS's AI risk, impact and monitoring processes; add the management-system clauses and the audit trail an auditor needs."),
                Msg::t("You align with the NIST AI RMF, which has no certificate.")));
        } else {
            out.push(rec(RecKind::Sequencing, Msg::t("Start with the management-system spine"),
                Msg::t("With nothing to build on, set up the shared clauses (context, leadership, documents, audit, review, corrective action) designed for AI from the start, so further standards can reuse them."),
                Msg::t("You hold no management-system standard yet.")));
        }
    }
    // Operating model.
    let ai_central = a.one("sector") == Some("software")
        || a.get("ai_roles")
            .is_some_and(|r| r.contains("provider") || r.contains("developer"));
    let many = matches!(a.one("ai_systems"), Some("6-20" | "20+"));
    if !held_fws.is_empty() && wants("iso42001") {
        if high_risk || (many && !ai_central) {
            out.push(rec(RecKind::OperatingModel, Msg::t("Federated: separate AIMS with shared governance"),
                Msg::t("Run the AIMS beside your existing system, sharing the governance layer (management review, internal audit, document control), so high-risk AI gets its own controls and evidence."),
                if high_risk { Msg::t("You have high-risk AI under the EU AI Act.") } else { Msg::t("Your AI function looks operationally distinct from your core business.") }));
        } else {
            out.push(rec(RecKind::OperatingModel, Msg::t("Unified: one control catalogue for both standards"),
                Msg::t("Keep one management system and tag each control against every standard it serves; plan AI in from the start, because retrofitting a unified system later costs almost as much as starting over."),
                if ai_central { Msg::t("AI is central to your product.") } else { Msg::t("Your AI use is modest and close to your core processes.") }));
        }
    }
    // Roadmap.
    for t in target_results {
        let fw = &ds.frameworks[t.framework];
        let gaps = t.gaps();
        let mut per = [0u32; 4];
        for g in &gaps {
            per[(g.phase.clamp(1, 4) - 1) as usize] += 1;
        }
        let steps = (0..4)
            .filter(|&i| per[i] > 0)
            .map(|i| {
                Msg::f(
                    "{0} ({1} to do)",
                    vec![Msg::t(PHASES[i]), Msg::v(per[i].to_string())],
                )
            })
            .chain(fw.certifiable.then(|| Msg::t(PHASES[4])))
            .collect::<Vec<_>>();
        out.push(Recommendation {
            kind: RecKind::Roadmap,
            title: Msg::f("Phased roadmap to {0}", vec![Msg::v(fw.full_name())]),
            text: Msg::Join(steps, " → "),
            because: Msg::f(
                "{0} of {1} requirements need work.",
                vec![
                    Msg::v(gaps.len().to_string()),
                    Msg::v(t.counts.total().to_string()),
                ],
            ),
        });
    }
    // Audit planning.
    // A certificate to an earlier edition of a target is moved over, not audited beside it.
    let target_families: Vec<&str> = target_results
        .iter()
        .map(|t| ds.frameworks[t.framework].family.as_str())
        .collect();
    let certified_held: Vec<String> = held_fws
        .iter()
        .filter(|(fi, h)| {
            *h == Held::Certified && !target_families.contains(&ds.frameworks[*fi].family.as_str())
        })
        .map(|(fi, _)| ds.frameworks[*fi].full_name())
        .collect();
    let cert_targets: Vec<String> = target_results
        .iter()
        .filter(|t| ds.frameworks[t.framework].certifiable)
        .map(|t| ds.frameworks[t.framework].full_name())
        .collect();
    if cert_targets.len() > 1 || (!cert_targets.is_empty() && !certified_held.is_empty()) {
        let names: Vec<String> = certified_held
            .iter()
            .chain(cert_targets.iter())
            .cloned()
            .collect();
        out.push(rec(RecKind::Audit, Msg::t("Plan a joint (integrated) audit"),
            Msg::t("Ask your certification body for an integrated audit: shared elements are tested once, so it takes fewer audit days than separate audits. Align the surveillance cycles."),
            Msg::f("Certified or targeted: {0}.", vec![Msg::v(names.join(", "))])));
    }
    // Caveats.
    if wants("iso42001") && eu {
        out.push(rec(RecKind::Caveat, Msg::t("ISO/IEC 42001 is not EU AI Act conformity"),
            Msg::t("Certification shows a managed AI system, and it helps, but it does not by itself prove conformity with the EU AI Act."),
            Msg::t("You place AI on the EU market.")));
    }
    if wants("nist-ai-rmf") || held("nist-ai-rmf").is_some() {
        out.push(rec(RecKind::Caveat, Msg::t("The NIST AI RMF gives no certificate"),
            Msg::t("AI RMF alignment is voluntary and self-attested; if customers need third-party assurance, ISO/IEC 42001 certification provides it."),
            Msg::t("The AI RMF is among your frameworks.")));
    }
    if wants("iso42001") && held("iso27001").is_some() {
        let new_ai = target_results
            .iter()
            .find(|t| ds.frameworks[t.framework].id == "iso42001")
            .map_or(0, |t| {
                t.requirements
                    .iter()
                    .filter(|r| r.applicable && r.status == Status::New)
                    .count()
            });
        out.push(rec(RecKind::Caveat, Msg::t("ISO/IEC 27001 alone does not satisfy ISO/IEC 42001"),
            Msg::t("AI risk and impact need their own method: porting the information-security risk method unchanged is the most common gap auditors find."),
            Msg::f("{0} ISO/IEC 42001 requirements are new for you.", vec![Msg::v(new_ai.to_string())])));
    }
    if partial {
        out.push(rec(RecKind::Caveat, Msg::t("Some answers are missing"),
            Msg::t("Unanswered elements count as not in place, so the estimate leans high; answer the remaining questions to sharpen it."),
            Msg::t("Not every question is answered.")));
    }
    out
}
