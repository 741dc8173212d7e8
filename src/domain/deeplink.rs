//! Deep links for slides and websites (issue 14): `#example=<id>` opens an example organisation at
//! its results, `#page=explorer&pair=<a>,<b>` the explorer on a framework pair, and
//! `presenter=1` (with either) turns on large type. Unknown values are named, never guessed.
use super::dataset::Dataset;
use super::examples::EXAMPLES;
use super::i18n::Msg;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct DeepLink {
    /// An example organisation's id, to open at its results.
    pub example: Option<&'static str>,
    /// A page: `results`, `explorer`, `questionnaire`, `how-we-estimate` or `home`.
    pub page: Option<&'static str>,
    /// Explorer: framework ids (one framework, related to the other).
    pub pair: Option<(String, String)>,
    /// Explorer: the requirement to show (a known requirement id).
    pub req: Option<String>,
    pub presenter: bool,
    /// What the link asks for that this tool does not know.
    pub problems: Vec<Msg>,
}

const PAGES: [&str; 5] = [
    "home",
    "questionnaire",
    "results",
    "explorer",
    "how-we-estimate",
];

/// Reads a hash like `#example=saas&presenter=1`. `None` when it is not a deep link (a route
/// such as `#/results`, a share link, or nothing).
pub fn parse(ds: &Dataset, hash: &str) -> Option<DeepLink> {
    let h = hash.strip_prefix('#')?;
    if h.is_empty() || h.starts_with('/') || h.starts_with("share=") || !h.contains('=') {
        return None;
    }
    let mut d = DeepLink::default();
    for part in h.split('&').filter(|p| !p.is_empty()) {
        let (k, v) = part.split_once('=').unwrap_or((part, ""));
        let v = percent_decode(v);
        match k {
            "example" => match EXAMPLES.iter().find(|e| e.id == v) {
                Some(e) => d.example = Some(e.id),
                None => d.problems.push(Msg::f(
                    "The link asks for example “{0}”, which this tool does not have (it has: {1}).",
                    vec![
                        Msg::v(v.as_str()),
                        Msg::v(EXAMPLES.iter().map(|e| e.id).collect::<Vec<_>>().join(", ")),
                    ],
                )),
            },
            "page" => match PAGES.iter().find(|p| **p == v) {
                Some(p) => d.page = Some(p),
                None => d.problems.push(Msg::f(
                    "The link asks for page “{0}”, which this tool does not have.",
                    vec![Msg::v(v.as_str())],
                )),
            },
            "pair" => {
                let ids: Vec<&str> = v.split(',').map(str::trim).collect();
                let known = |id: &str| ds.framework(id).is_some();
                match ids.as_slice() {
                    [a, b] if known(a) && known(b) && a != b => d.pair = Some((a.to_string(), b.to_string())),
                    _ => d.problems.push(Msg::f(
                        "The link asks for the framework pair “{0}”; a pair is two different ids of: {1}.",
                        vec![Msg::v(v.as_str()), Msg::v(ds.frameworks.iter().map(|f| f.id.as_str()).collect::<Vec<_>>().join(", "))],
                    )),
                }
            }
            "req" => match ds.requirement(&v) {
                Some(_) => d.req = Some(v),
                None => d.problems.push(Msg::f(
                    "The link asks for requirement “{0}”, which this dataset does not have.",
                    vec![Msg::v(v.as_str())],
                )),
            },
            "presenter" => d.presenter = matches!(v.as_str(), "1" | "true" | "on"),
            other => d.problems.push(Msg::f(
                "The link has “{0}”, which this tool does not understand; it was ignored.",
                vec![Msg::v(other)],
            )),
        }
    }
    if (d.pair.is_some() || d.req.is_some()) && d.page.is_none() {
        d.page = Some("explorer");
    }
    if d.example.is_some() && d.page.is_none() {
        d.page = Some("results");
    }
    Some(d)
}

/// The deep link that opens the explorer on requirement `id`, within the framework pair shown
/// when there is one: `#page=explorer&pair=iso27001,iso42001&req=iso27001:A.5.1`.
pub fn explorer_link(id: &str, pair: Option<(&str, &str)>) -> String {
    let pair = pair
        .filter(|(a, b)| !a.is_empty() && !b.is_empty())
        .map(|(a, b)| format!("&pair={},{}", percent_encode(a), percent_encode(b)))
        .unwrap_or_default();
    format!("#page=explorer{pair}&req={}", percent_encode(id))
}

/// Percent-encoding for a URL component: unreserved characters stay, and so do those in `keep`
/// (a deep link keeps the `:` of a requirement id readable).
pub fn percent_encode_keeping(s: &str, keep: &[u8]) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) || keep.contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn percent_encode(s: &str) -> String {
    percent_encode_keeping(s, b":")
}

fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' && i + 2 < b.len() {
            if let Ok(x) =
                u8::from_str_radix(std::str::from_utf8(&b[i + 1..i + 3]).unwrap_or(""), 16)
            {
                out.push(x);
                i += 3;
                continue;
            }
        }
        out.push(if b[i] == b'+' { b' ' } else { b[i] });
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_land_where_they_say_and_name_what_they_cannot() {
        let ds = crate::domain::dataset();
        assert_eq!(parse(ds, "#/results"), None);
        assert_eq!(parse(ds, "#share=abc"), None);
        let d = parse(ds, "#example=saas&presenter=1").unwrap();
        assert_eq!(
            (d.example, d.page, d.presenter),
            (Some("saas"), Some("results"), true)
        );
        let d = parse(ds, "#page=explorer&pair=iso27001,iso42001").unwrap();
        assert_eq!(d.pair, Some(("iso27001".into(), "iso42001".into())));
        assert!(d.problems.is_empty());
        let d = parse(ds, "#example=bank&pair=iso27001,iso99&page=admin&x=1").unwrap();
        assert_eq!(d.problems.len(), 4, "{:?}", d.problems);
        assert!(d.problems[0].to_string().contains("bank"));
        // A requirement: the link the explorer offers for it lands on it, spaces and all.
        let link = explorer_link("nist-ai-rmf:GOVERN 1.1", Some(("nist-ai-rmf", "iso42001")));
        assert_eq!(
            link,
            "#page=explorer&pair=nist-ai-rmf,iso42001&req=nist-ai-rmf:GOVERN%201.1"
        );
        let d = parse(ds, &link).unwrap();
        assert_eq!(
            (d.page, d.req.as_deref()),
            (Some("explorer"), Some("nist-ai-rmf:GOVERN 1.1"))
        );
        assert!(d.problems.is_empty());
        let d = parse(ds, &explorer_link("iso42001:9.9", None)).unwrap();
        assert_eq!(
            (d.page, d.req.as_ref(), d.problems.len()),
            (Some("explorer"), None, 1)
        );
        assert!(d.problems[0].to_string().contains("iso42001:9.9"));
        assert_eq!(percent_decode("a%20b+c"), "a b c");
        assert_eq!(percent_decode("100%"), "100%");
    }
}
