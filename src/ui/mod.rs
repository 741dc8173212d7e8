//! Leptos components. One exported component per file, named after it. Components render what
//! the domain computes; they compute nothing themselves.
pub mod ai_act_note;
pub mod app;
pub mod assessment_list;
pub mod audit_days;
pub mod browser;
pub mod call_to_action;
pub mod compare;
pub mod coverage_chart;
pub mod effort_chart;
pub mod explorer;
pub mod how_we_estimate;
pub mod import_panel;
pub mod landing;
pub mod lang_switch;
pub mod notice_bar;
pub mod overlap_diagram;
pub mod plan_calendar;
pub mod question_field;
pub mod questionnaire_view;
pub mod requirement_detail;
pub mod results;
pub mod state;
pub mod take_away;
pub mod theme_toggle;
pub mod transition_table;
pub mod what_if;
