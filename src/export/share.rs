//! Share links: the answers packed into the URL fragment (`#share=…`), so no server sees them.
//!
//! Format v1 (bytes, then base64url without padding):
//! `[1] [dictionary hash: 2] [name: varint length + UTF-8] ([question index: varint] [value: varint])* [checksum: 2]`.
//! Questions and values are indexes into the dataset's questionnaire (the dictionary), which
//! packs a full assessment into a few hundred characters; the dictionary hash rejects links
//! made with another dataset edition, the checksum rejects truncated or altered links.
use crate::domain::answers::{Answer, Answers, DONT_KNOW};
use crate::domain::dataset::{Dataset, QuestionKind};
use crate::domain::i18n::{tr, trf, Lang};
use crate::domain::vocab::Level;

const VERSION: u8 = 1;
/// The fragment prefix.
pub const PREFIX: &str = "share=";
const MAX_NAME: usize = 120;

/// Why a share link could not be read; [`ShareError::message`] says what to do, in the
/// reader's language (`Display`: English).
#[derive(Clone, Debug, PartialEq)]
pub enum ShareError {
    NotALink,
    Corrupt,
    OtherEdition,
    NewerVersion(u8),
}

impl ShareError {
    pub fn message(&self, l: Lang) -> String {
        match self {
            Self::NotALink => tr(l, "This link does not contain a shared assessment.").to_string(),
            Self::Corrupt => tr(l, "This share link is incomplete or has been changed (its check does not match). Ask the sender to copy the whole link again.").to_string(),
            Self::OtherEdition => tr(l, "This share link was made with another edition of the dataset, so its answers cannot be read reliably. Ask the sender for an exported JSON file instead.").to_string(),
            Self::NewerVersion(v) => trf(l, "This share link uses format {0}, made by a newer IMS Crosswalk. Open it with the newer version.", &[&v.to_string()]),
        }
    }
}

impl std::fmt::Display for ShareError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

/// The dictionary: each shareable question with its possible values, in a fixed order.
fn dictionary(ds: &Dataset) -> Vec<(String, bool, Vec<String>)> {
    let mut d = Vec::new();
    for q in ds.questionnaire.steps.iter().flat_map(|s| &s.questions) {
        if q.kind != QuestionKind::Text {
            d.push((
                q.id.clone(),
                q.kind == QuestionKind::Multi,
                q.options.iter().map(|o| o.value.clone()).collect(),
            ));
        }
    }
    let levels: Vec<String> = Level::ALL
        .iter()
        .map(|l| l.key().to_string())
        .chain([DONT_KNOW.to_string()])
        .collect();
    for e in &ds.elements {
        d.push((e.key.clone(), false, levels.clone()));
    }
    d
}

fn fnv16(bytes: &[u8]) -> [u8; 2] {
    let mut h: u32 = 0x811c_9dc5;
    for b in bytes {
        h ^= u32::from(*b);
        h = h.wrapping_mul(0x0100_0193);
    }
    let x = ((h >> 16) ^ h) as u16;
    x.to_be_bytes()
}

fn dict_hash(d: &[(String, bool, Vec<String>)]) -> [u8; 2] {
    let mut s = String::new();
    for (id, multi, opts) in d {
        s.push_str(id);
        s.push(if *multi { '*' } else { '=' });
        s.push_str(&opts.join(","));
        s.push(';');
    }
    fnv16(s.as_bytes())
}

fn push_varint(out: &mut Vec<u8>, mut v: u64) {
    loop {
        let b = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            out.push(b);
            break;
        }
        out.push(b | 0x80);
    }
}

fn read_varint(b: &[u8], pos: &mut usize) -> Option<u64> {
    let mut v: u64 = 0;
    for shift in (0..64).step_by(7) {
        let byte = *b.get(*pos)?;
        *pos += 1;
        v |= u64::from(byte & 0x7f) << shift;
        if byte & 0x80 == 0 {
            return Some(v);
        }
    }
    None
}

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// base64url without padding.
pub fn b64_encode(bytes: &[u8]) -> String {
    let mut s = String::with_capacity(bytes.len() * 4 / 3 + 3);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |acc, (i, b)| acc | u32::from(*b) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            s.push(B64[((n >> (18 - 6 * i)) & 63) as usize] as char);
        }
    }
    s
}

pub fn b64_decode(s: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(s.len() * 3 / 4);
    let vals: Option<Vec<u32>> = s
        .bytes()
        .map(|c| B64.iter().position(|x| *x == c).map(|p| p as u32))
        .collect();
    let vals = vals?;
    if vals.len() % 4 == 1 {
        return None;
    }
    for chunk in vals.chunks(4) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |acc, (i, v)| acc | v << (18 - 6 * i));
        for i in 0..chunk.len() - 1 {
            out.push((n >> (16 - 8 * i)) as u8);
        }
    }
    Some(out)
}

/// Encodes the answers (and name) into the fragment payload (without `#share=`).
pub fn encode(ds: &Dataset, name: &str, a: &Answers) -> String {
    let d = dictionary(ds);
    let mut out = vec![VERSION];
    out.extend(dict_hash(&d));
    let name: String = name.chars().take(MAX_NAME).collect();
    push_varint(&mut out, name.len() as u64);
    out.extend(name.as_bytes());
    for (qi, (id, multi, opts)) in d.iter().enumerate() {
        let Some(v) = a.get(id) else { continue };
        let value = if *multi {
            v.as_many()
                .iter()
                .filter_map(|x| opts.iter().position(|o| o == x))
                .fold(0u64, |m, i| m | 1 << i)
        } else {
            match v.as_one().and_then(|x| opts.iter().position(|o| o == x)) {
                Some(i) => i as u64,
                None => continue,
            }
        };
        push_varint(&mut out, qi as u64);
        push_varint(&mut out, value);
    }
    let sum = fnv16(&out);
    out.extend(sum);
    b64_encode(&out)
}

/// Decodes a fragment payload (with or without a leading `#share=`). Never panics.
pub fn decode(ds: &Dataset, s: &str) -> Result<(String, Answers), ShareError> {
    let s = s.trim_start_matches('#');
    let s = s.strip_prefix(PREFIX).unwrap_or(s);
    if s.is_empty() || s.len() > 8192 {
        return Err(ShareError::NotALink);
    }
    let bytes = b64_decode(s).ok_or(ShareError::Corrupt)?;
    if bytes.len() < 6 {
        return Err(ShareError::Corrupt);
    }
    let (body, sum) = bytes.split_at(bytes.len() - 2);
    if fnv16(body) != sum {
        return Err(ShareError::Corrupt);
    }
    if body[0] != VERSION {
        return Err(if body[0] > VERSION {
            ShareError::NewerVersion(body[0])
        } else {
            ShareError::Corrupt
        });
    }
    let d = dictionary(ds);
    if body[1..3] != dict_hash(&d) {
        return Err(ShareError::OtherEdition);
    }
    let mut pos = 3;
    let len = read_varint(body, &mut pos).ok_or(ShareError::Corrupt)? as usize;
    if len > MAX_NAME * 4 || pos + len > body.len() {
        return Err(ShareError::Corrupt);
    }
    let name = std::str::from_utf8(&body[pos..pos + len])
        .map_err(|_| ShareError::Corrupt)?
        .to_string();
    pos += len;
    let mut a = Answers::default();
    if !name.is_empty() {
        a.set_one("org_name", name.clone());
    }
    while pos < body.len() {
        let qi = read_varint(body, &mut pos).ok_or(ShareError::Corrupt)? as usize;
        let v = read_varint(body, &mut pos).ok_or(ShareError::Corrupt)?;
        let (id, multi, opts) = d.get(qi).ok_or(ShareError::Corrupt)?;
        let answer = if *multi {
            if v >> opts.len() != 0 {
                return Err(ShareError::Corrupt);
            }
            Answer::Many(
                opts.iter()
                    .enumerate()
                    .filter(|(i, _)| v & (1 << i) != 0)
                    .map(|(_, o)| o.clone())
                    .collect(),
            )
        } else {
            Answer::One(opts.get(v as usize).ok_or(ShareError::Corrupt)?.clone())
        };
        a.set(id.clone(), answer);
    }
    Ok((name, a))
}
