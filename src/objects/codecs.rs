//! Text encodings for `str.encode` and `bytes.decode`: UTF-8, ASCII and Latin-1, with the
//! `strict`, `replace` and `ignore` error handlers and CPython's messages.

use crate::objects::types::ExcKind;
use crate::objects::value::Value;
use crate::runtime::exc::Exc;
use crate::runtime::vm::PResult;

#[derive(Clone, Copy, PartialEq)]
pub(crate) enum Codec {
    Utf8,
    Ascii,
    Latin1,
}

impl Codec {
    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
        }
    }
}

pub(crate) fn codec(encoding: &str) -> PResult<Codec> {
    let norm = encoding.to_ascii_lowercase().replace('_', "-");
    Ok(match norm.as_str() {
        "utf-8" | "utf8" | "u8" | "utf" | "cp65001" => Codec::Utf8,
        "ascii" | "us-ascii" | "646" => Codec::Ascii,
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "8859" | "l1" | "cp819" => {
            Codec::Latin1
        }
        _ => {
            return Err(Exc::new(
                ExcKind::LookupError,
                format!("unknown encoding: {encoding}"),
            ))
        }
    })
}

#[derive(Clone, Copy, PartialEq)]
enum Handler {
    Strict,
    Replace,
    Ignore,
}

/// The error handler, checked only when an error needs it (as CPython does).
fn handler(errors: &str) -> PResult<Handler> {
    match errors {
        "strict" => Ok(Handler::Strict),
        "replace" => Ok(Handler::Replace),
        "ignore" => Ok(Handler::Ignore),
        _ => Err(Exc::new(
            ExcKind::LookupError,
            format!("unknown error handler name '{errors}'"),
        )),
    }
}

/// `data.decode(encoding, errors)`.
pub fn decode(data: &[u8], encoding: &str, errors: &str) -> PResult<String> {
    let c = codec(encoding)?;
    match c {
        Codec::Latin1 => return Ok(data.iter().map(|&b| b as char).collect()),
        Codec::Utf8 => {
            if let Ok(s) = std::str::from_utf8(data) {
                return Ok(s.to_string());
            }
        }
        Codec::Ascii => {
            if data.is_ascii() {
                return Ok(data.iter().map(|&b| b as char).collect());
            }
        }
    }
    let h = handler(errors)?;
    if h == Handler::Strict {
        return Err(decode_error(c, data));
    }
    let mut out = String::with_capacity(data.len());
    match c {
        Codec::Utf8 => {
            for chunk in data.utf8_chunks() {
                out.push_str(chunk.valid());
                if !chunk.invalid().is_empty() && h == Handler::Replace {
                    out.push('\u{FFFD}');
                }
            }
        }
        _ => {
            for &b in data {
                match b {
                    0..=127 => out.push(b as char),
                    _ if h == Handler::Replace => out.push('\u{FFFD}'),
                    _ => {}
                }
            }
        }
    }
    Ok(out)
}

#[cold]
fn decode_error(c: Codec, data: &[u8]) -> Exc {
    let (start, end, reason) = match (c, std::str::from_utf8(data)) {
        (Codec::Utf8, Err(e)) => {
            let p = e.valid_up_to();
            match e.error_len() {
                None => (p, data.len(), "unexpected end of data"),
                Some(n) => {
                    let why = match data[p] {
                        0xc2..=0xf4 => "invalid continuation byte",
                        _ => "invalid start byte",
                    };
                    (p, p + n.min(1), why)
                }
            }
        }
        _ => {
            let p = data.iter().position(|&b| b > 127).unwrap_or(0);
            (p, p + 1, "ordinal not in range(128)")
        }
    };
    unicode_error(
        ExcKind::UnicodeDecodeError,
        c.name(),
        crate::objects::bytesmethods::new_bytes(data.to_vec()),
        start,
        end,
        reason,
    )
}

/// A UnicodeEncodeError or UnicodeDecodeError with CPython's five arguments; `str()` of it
/// makes the message from them (`repr::unicode_error_str`).
fn unicode_error(
    kind: ExcKind,
    encoding: &str,
    object: Value,
    start: usize,
    end: usize,
    reason: &str,
) -> Exc {
    let args = vec![
        Value::str(encoding),
        object,
        Value::Int(start as i64),
        Value::Int(end as i64),
        Value::str(reason),
    ];
    crate::runtime::exc::new_unicode_error(crate::objects::types::exc_type(kind).clone(), args)
}

/// `text.encode(encoding, errors)`.
pub fn encode(text: &str, encoding: &str, errors: &str) -> PResult<Vec<u8>> {
    let c = codec(encoding)?;
    let limit = match c {
        Codec::Utf8 => return Ok(text.as_bytes().to_vec()),
        Codec::Ascii => 128,
        Codec::Latin1 => 256,
    };
    if text.chars().all(|ch| (ch as u32) < limit) {
        return Ok(text.chars().map(|ch| ch as u8).collect());
    }
    let h = handler(errors)?;
    if h == Handler::Strict {
        return Err(encode_error(c, text, limit));
    }
    let mut out = Vec::with_capacity(text.len());
    for ch in text.chars() {
        match ch as u32 {
            n if n < limit => out.push(n as u8),
            _ if h == Handler::Replace => out.push(b'?'),
            _ => {}
        }
    }
    Ok(out)
}

#[cold]
fn encode_error(c: Codec, text: &str, limit: u32) -> Exc {
    let chars: Vec<char> = text.chars().collect();
    let start = chars.iter().position(|&ch| ch as u32 >= limit).unwrap_or(0);
    let run = chars[start..]
        .iter()
        .take_while(|&&ch| ch as u32 >= limit)
        .count();
    unicode_error(
        ExcKind::UnicodeEncodeError,
        c.name(),
        Value::str(text),
        start,
        start + run,
        &format!("ordinal not in range({limit})"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The error's arguments but the object: "encoding start-end: reason".
    fn decode_err(data: &[u8], enc: &str) -> String {
        match decode(data, enc, "strict") {
            Err(e) => {
                assert!(e.is_kind(ExcKind::UnicodeDecodeError));
                match e.args().as_obj() {
                    Some(crate::objects::object::Object::Tuple(t)) => {
                        let s = |i: usize| t[i].as_str().unwrap_or("").to_string();
                        let n = |i: usize| match t[i] {
                            Value::Int(n) => n,
                            _ => -1,
                        };
                        format!("{} {}-{}: {}", s(0), n(2), n(3), s(4))
                    }
                    _ => String::new(),
                }
            }
            Ok(s) => panic!("decoded {s:?}"),
        }
    }

    #[test]
    fn utf8_errors_name_their_reason() {
        assert_eq!(
            decode_err(b"\xff", "utf-8"),
            "utf-8 0-1: invalid start byte"
        );
        assert_eq!(
            decode_err(b"a\xe4b", "utf8"),
            "utf-8 1-2: invalid continuation byte"
        );
        assert_eq!(
            decode_err(b"ab\xe4\xb8", "UTF-8"),
            "utf-8 2-4: unexpected end of data"
        );
        assert_eq!(
            decode_err(b"ab\xe4", "utf_8"),
            "utf-8 2-3: unexpected end of data"
        );
    }

    #[test]
    fn handlers_replace_and_ignore() {
        assert_eq!(
            decode(b"a\xffb", "utf-8", "replace").ok().as_deref(),
            Some("a\u{fffd}b")
        );
        assert_eq!(
            decode(b"a\xffb", "utf-8", "ignore").ok().as_deref(),
            Some("ab")
        );
        assert_eq!(
            decode(b"\xe9", "latin-1", "strict").ok().as_deref(),
            Some("\u{e9}")
        );
        assert_eq!(
            encode("h\u{e9}", "ascii", "replace").ok(),
            Some(b"h?".to_vec())
        );
        assert_eq!(
            encode("h\u{e9}", "latin1", "strict").ok(),
            Some(b"h\xe9".to_vec())
        );
        // an unknown handler is an error only when an error needs it
        assert!(decode(b"ok", "utf-8", "bogus").is_ok());
        assert!(decode(b"\xff", "utf-8", "bogus").is_err());
        assert!(decode(b"x", "rot-13", "strict").is_err());
    }
}
