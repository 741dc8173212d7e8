//! Branding without a rebuild (issue 14): a site owner's `brand.json` — product name, logo,
//! accent colours, a call to action, a footer line, a privacy link and a canonical URL for share
//! links — read and validated here. Bad values are named and ignored, never a broken page: an
//! unsafe URL (`javascript:`, another origin for the logo), a colour too low in contrast for
//! text, a value of the wrong type. Without a config the tool looks exactly as before.

/// What the site owner configured (every field optional).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Brand {
    /// Product name shown in the header, the title and the report ("Acme AI Readiness").
    pub name: Option<String>,
    /// Logo: a path on the same site (`logo.svg`) or a `data:image/…` URI.
    pub logo: Option<String>,
    /// Accent colour for light mode (`#1d4e89`), checked for contrast with white and the page.
    pub accent: Option<String>,
    /// Accent colour for dark mode, checked against the dark page.
    pub accent_dark: Option<String>,
    pub cta: Option<Cta>,
    /// Footer line: who offers the tool.
    pub footer: Option<String>,
    /// The site owner's privacy note (https URL or a path on the site).
    pub privacy_url: Option<String>,
    /// Where the tool is hosted, for share links made from a copy opened from disk.
    pub canonical_url: Option<String>,
}

/// A call to action ("Talk to us about your 42001 project").
#[derive(Clone, Debug, PartialEq)]
pub struct Cta {
    pub label: String,
    /// `https://…`, a path on the site, or `mailto:…`.
    pub url: String,
}

const LIGHT_BG: (u8, u8, u8) = (0xff, 0xff, 0xff);
const DARK_BG: (u8, u8, u8) = (0x14, 0x18, 0x1d);
/// WCAG AA for normal text.
pub const MIN_CONTRAST: f64 = 4.5;

/// Reads `brand.json`. Returns what is usable and one line per problem (for the console).
pub fn parse(text: &str) -> (Brand, Vec<String>) {
    let mut problems = Vec::new();
    let v: serde_json::Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => {
            return (
                Brand::default(),
                vec![format!("brand.json is not valid JSON ({e}); ignored")],
            )
        }
    };
    let Some(o) = v.as_object() else {
        return (
            Brand::default(),
            vec!["brand.json is not a JSON object; ignored".into()],
        );
    };
    let known = [
        "name",
        "logo",
        "accent",
        "accent_dark",
        "cta",
        "footer",
        "privacy_url",
        "canonical_url",
    ];
    for k in o.keys().filter(|k| !known.contains(&k.as_str())) {
        problems.push(format!(
            "brand.json: unknown key `{k}` ignored (known: {})",
            known.join(", ")
        ));
    }
    let mut text_field = |k: &str, max: usize| -> Option<String> {
        match o.get(k)? {
            serde_json::Value::String(s) if !s.trim().is_empty() && s.chars().count() <= max => {
                Some(s.trim().to_string())
            }
            serde_json::Value::String(s) if s.trim().is_empty() => None,
            serde_json::Value::String(_) => {
                problems.push(format!(
                    "brand.json: `{k}` is longer than {max} characters; ignored"
                ));
                None
            }
            _ => {
                problems.push(format!("brand.json: `{k}` must be a string; ignored"));
                None
            }
        }
    };
    let name = text_field("name", 60);
    let footer = text_field("footer", 300);
    let logo_raw = text_field("logo", 200_000);
    let accent_raw = text_field("accent", 20);
    let accent_dark_raw = text_field("accent_dark", 20);
    let privacy_raw = text_field("privacy_url", 500);
    let canonical_raw = text_field("canonical_url", 500);
    let mut b = Brand {
        name,
        footer,
        ..Brand::default()
    };
    if let Some(l) = logo_raw {
        if is_same_site_path(&l) || l.starts_with("data:image/") {
            b.logo = Some(l);
        } else {
            problems.push("brand.json: `logo` must be a path on this site or a data:image URI (nothing is loaded from elsewhere); ignored".into());
        }
    }
    for (k, raw, bg, slot) in [
        ("accent", accent_raw, LIGHT_BG, &mut b.accent),
        ("accent_dark", accent_dark_raw, DARK_BG, &mut b.accent_dark),
    ] {
        let Some(c) = raw else { continue };
        match hex(&c) {
            None => problems.push(format!(
                "brand.json: `{k}` must be a colour like #1d4e89; ignored"
            )),
            Some(rgb) => {
                // Light mode: white text on the accent and the accent as text on the page.
                let worst = if bg == LIGHT_BG {
                    contrast(rgb, LIGHT_BG)
                } else {
                    contrast(rgb, bg)
                };
                if worst < MIN_CONTRAST {
                    problems.push(format!(
                        "brand.json: `{k}` {c} has a contrast of {} with the page (needs {MIN_CONTRAST}); the default colour is used",
                        super::num::fixed(worst, 2)
                    ));
                } else {
                    *slot = Some(c.to_ascii_lowercase());
                }
            }
        }
    }
    if let Some(u) = privacy_raw {
        if is_safe_link(&u) && !u.starts_with("mailto:") {
            b.privacy_url = Some(u);
        } else {
            problems.push(
                "brand.json: `privacy_url` must be an https URL or a path on this site; ignored"
                    .into(),
            );
        }
    }
    if let Some(u) = canonical_raw {
        if u.starts_with("https://") || u.starts_with("http://") {
            b.canonical_url = Some(u.split('#').next().unwrap_or_default().to_string());
        } else {
            problems.push("brand.json: `canonical_url` must be an http(s) URL; ignored".into());
        }
    }
    match o.get("cta") {
        None | Some(serde_json::Value::Null) => {}
        Some(serde_json::Value::Object(c)) => {
            let label = c
                .get("label")
                .and_then(|v| v.as_str())
                .map(str::trim)
                .filter(|s| !s.is_empty() && s.chars().count() <= 60);
            let url = c.get("url").and_then(|v| v.as_str()).map(str::trim);
            match (label, url) {
                (Some(l), Some(u)) if is_safe_link(u) => b.cta = Some(Cta { label: l.to_string(), url: u.to_string() }),
                (Some(_), Some(_)) => problems.push("brand.json: `cta.url` must be https, mailto or a path on this site; the call to action is left out".into()),
                _ => problems.push("brand.json: `cta` needs a `label` (up to 60 characters) and a `url`; left out".into()),
            }
        }
        Some(_) => problems
            .push("brand.json: `cta` must be an object with `label` and `url`; left out".into()),
    }
    (b, problems)
}

/// `https:`, `http:`, `mailto:` or a relative path; never `javascript:`, `data:`, `//host`.
pub fn is_safe_link(u: &str) -> bool {
    let lower = u.trim().to_ascii_lowercase();
    lower.starts_with("https://")
        || lower.starts_with("http://")
        || lower.starts_with("mailto:")
        || is_same_site_path(u)
}

/// A relative path on the same site (no scheme, no `//host`).
fn is_same_site_path(u: &str) -> bool {
    let u = u.trim();
    !u.is_empty()
        && !u.starts_with("//")
        && !u.contains(':')
        && !u.contains('\\')
        && !u.contains(char::is_whitespace)
}

fn hex(c: &str) -> Option<(u8, u8, u8)> {
    let h = c.trim().strip_prefix('#')?;
    let full: String = match h.len() {
        3 => h.chars().flat_map(|x| [x, x]).collect(),
        6 => h.to_string(),
        _ => return None,
    };
    let n = u32::from_str_radix(&full, 16).ok()?;
    Some(((n >> 16) as u8, (n >> 8) as u8, n as u8))
}

fn luminance((r, g, b): (u8, u8, u8)) -> f64 {
    let ch = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.039_28 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * ch(r) + 0.7152 * ch(g) + 0.0722 * ch(b)
}

/// WCAG contrast ratio of two colours (1–21).
pub fn contrast(a: (u8, u8, u8), b: (u8, u8, u8)) -> f64 {
    let (x, y) = (luminance(a), luminance(b));
    (x.max(y) + 0.05) / (x.min(y) + 0.05)
}

/// The mailto or URL the call to action opens. With `summary` (what the user saw and chose to
/// send), a mailto gets it as its body and a web URL as its fragment (never sent to the server).
pub fn cta_href(cta: &Cta, summary: Option<&str>) -> String {
    let Some(s) = summary else {
        return cta.url.clone();
    };
    let enc = encode(s);
    if cta.url.to_ascii_lowercase().starts_with("mailto:") {
        let sep = if cta.url.contains('?') { '&' } else { '?' };
        format!("{}{sep}body={enc}", cta.url)
    } else {
        format!(
            "{}#imsx-summary={enc}",
            cta.url.split('#').next().unwrap_or_default()
        )
    }
}

/// Percent-encoding for a URL component.
fn encode(s: &str) -> String {
    super::deeplink::percent_encode_keeping(s, b"")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_good_config_is_taken_whole() {
        let (b, p) = parse(
            r##"{"name": "Acme AI Readiness", "logo": "acme.svg", "accent": "#7a1f5c",
            "cta": {"label": "Talk to us", "url": "mailto:hello@acme.example?subject=42001"},
            "footer": "Offered by Acme Consulting GmbH", "privacy_url": "https://acme.example/privacy",
            "canonical_url": "https://acme.example/tools/crosswalk/#/results"}"##,
        );
        assert!(p.is_empty(), "{p:?}");
        assert_eq!(b.name.as_deref(), Some("Acme AI Readiness"));
        assert_eq!(b.accent.as_deref(), Some("#7a1f5c"));
        assert_eq!(
            b.canonical_url.as_deref(),
            Some("https://acme.example/tools/crosswalk/")
        );
        assert_eq!(b.cta.as_ref().unwrap().label, "Talk to us");
    }

    #[test]
    fn bad_values_are_named_and_ignored() {
        let (b, p) = parse(
            r##"{"name": 42, "logo": "https://evil.example/x.png", "accent": "#ffff00",
            "cta": {"label": "Click", "url": "javascript:alert(1)"}, "privacy_url": "javascript:x", "colour": "red"}"##,
        );
        assert_eq!(b, Brand::default());
        assert_eq!(p.len(), 6, "{p:#?}");
        assert!(p.iter().any(|x| x.contains("contrast")));
        assert!(p.iter().any(|x| x.contains("unknown key `colour`")));
        assert_eq!(parse("not json").0, Brand::default());
        assert_eq!(parse("[1]").1.len(), 1);
    }

    #[test]
    fn contrast_and_links() {
        assert!((contrast((0, 0, 0), (255, 255, 255)) - 21.0).abs() < 1e-9);
        assert!(contrast((0x1d, 0x4e, 0x89), LIGHT_BG) > 4.5);
        assert!(
            !is_safe_link("javascript:alert(1)")
                && !is_safe_link("//evil.example")
                && !is_safe_link("data:text/html,x")
        );
        assert!(is_safe_link("contact.html") && is_safe_link("mailto:a@b.example"));
        let cta = Cta {
            label: "x".into(),
            url: "mailto:a@b.example".into(),
        };
        assert_eq!(
            cta_href(&cta, Some("49 % & more")),
            "mailto:a@b.example?body=49%20%25%20%26%20more"
        );
        let web = Cta {
            label: "x".into(),
            url: "https://a.example/c#old".into(),
        };
        assert_eq!(
            cta_href(&web, Some("a b")),
            "https://a.example/c#imsx-summary=a%20b"
        );
        assert_eq!(cta_href(&web, None), "https://a.example/c#old");
    }
}
