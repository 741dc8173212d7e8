use crate::domain::i18n::{tr, trf};
use crate::domain::num::fixed;
use leptos::prelude::*;

/// Two overlapping circles (inline SVG): what you hold, what you target, and the share of
/// the target's requirements you can build on (the overlap).
#[component]
pub fn OverlapDiagram(
    /// Names of held frameworks.
    held: String,
    /// Name of the target.
    target: String,
    /// Share of the target reusable (as is or extend), percent.
    reusable: u32,
    /// Share partial, percent.
    partial: u32,
) -> impl IntoView {
    // Overlap width grows with the share that can be built on.
    let l = crate::ui::state::lang();
    let overlap = f64::from(reusable) + 0.5 * f64::from(partial);
    let r = 80.0;
    let d = 2.0 * r * (1.0 - overlap / 100.0).clamp(0.15, 1.0);
    let (cx1, cx2) = (170.0 - d / 2.0, 170.0 + d / 2.0 + 40.0);
    let label = trf(
        l,
        "{0} and {1}: {2} % of {1} can be reused as is or extended, {3} % partly.",
        &[&held, &target, &reusable.to_string(), &partial.to_string()],
    );
    view! {
        <figure class="imsx-chart imsx-chart--overlap">
            <svg viewBox="0 0 420 200" role="img" aria-label=label>
                <circle cx=fixed(cx1, 1) cy="100" r=fixed(r, 0) class="imsx-venn__held" />
                <circle cx=fixed(cx2, 1) cy="100" r=fixed(r, 0) class="imsx-venn__target" />
                <text x=fixed(cx1 - 40.0, 1) y="100" class="imsx-chart__label" text-anchor="middle">{tr(l, "Held")}</text>
                <text x=fixed(cx2 + 40.0, 1) y="100" class="imsx-chart__label" text-anchor="middle">{tr(l, "Target")}</text>
                <text x=fixed((cx1 + cx2) / 2.0, 1) y="106" class="imsx-chart__big" text-anchor="middle">
                    {format!("{reusable} %")}
                </text>
            </svg>
            <figcaption>{trf(l, "{0} ∩ {1}: share you can build on", &[&held, &target])}</figcaption>
        </figure>
    }
}
