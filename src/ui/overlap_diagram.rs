use crate::domain::i18n::tr;
use crate::domain::report::charts::venn;
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
    let l = crate::ui::state::lang();
    let v = venn(l, &held, &target, reusable, partial);
    view! {
        <figure class="imsx-chart imsx-chart--overlap">
            <svg viewBox="0 0 420 200" role="img" aria-label=v.aria>
                <circle cx=v.held_x cy="100" r=v.radius.clone() class="imsx-venn__held" />
                <circle cx=v.target_x cy="100" r=v.radius class="imsx-venn__target" />
                <text x=v.held_label_x y="100" class="imsx-chart__label" text-anchor="middle">{tr(l, "Held")}</text>
                <text x=v.target_label_x y="100" class="imsx-chart__label" text-anchor="middle">{tr(l, "Target")}</text>
                <text x=v.share_x y="106" class="imsx-chart__big" text-anchor="middle">{v.share}</text>
            </svg>
            <figcaption>{v.caption}</figcaption>
        </figure>
    }
}
