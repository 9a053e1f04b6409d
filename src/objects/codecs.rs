//! Text encodings for `str.encode`, `bytes.decode` and text files: UTF-8, ASCII, Latin-1,
//! UTF-16 and UTF-32 (either byte order, or the native one behind a byte order mark),
//! `unicode_escape` and `raw_unicode_escape`; the error handlers `strict`, `replace`,
//! `ignore`, `backslashreplace`, `xmlcharrefreplace` (encoding only), `surrogateescape` and
//! `surrogatepass`; CPython's messages and error positions.
//!
//! Lone surrogates are characters of a Gilt str by their stand-ins (`codepoint`), so every
//! character is read through `codepoint::code_point` and made through `from_code_point`.

use crate::objects::codepoint::{self, code_point, from_code_point, Unheld};
use crate::objects::types::ExcKind;
use crate::objects::value::Value;
use crate::runtime::exc::{type_error, Exc};
use crate::runtime::vm::PResult;

#[derive(Clone, Copy, PartialEq)]
pub(crate) enum Codec {
    Utf8,
    Ascii,
    Latin1,
    Utf16(Order),
    Utf32(Order),
    UnicodeEscape,
    RawUnicodeEscape,
}

/// The byte order of UTF-16 and UTF-32: `Marked` writes the native order behind a byte order
/// mark and reads whichever mark it finds (the native order without one).
#[derive(Clone, Copy, PartialEq)]
pub(crate) enum Order {
    Marked,
    Little,
    Big,
}

impl Codec {
    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
            Codec::Utf16(Order::Marked) => "utf-16",
            Codec::Utf16(Order::Little) => "utf-16-le",
            Codec::Utf16(Order::Big) => "utf-16-be",
            Codec::Utf32(Order::Marked) => "utf-32",
            Codec::Utf32(Order::Little) => "utf-32-le",
            Codec::Utf32(Order::Big) => "utf-32-be",
            Codec::UnicodeEscape => "unicodeescape",
            Codec::RawUnicodeEscape => "rawunicodeescape",
        }
    }

    /// Whether each character is one to four bytes that text files can read one at a time.
    pub(crate) fn is_byte_based(self) -> bool {
        matches!(self, Codec::Utf8 | Codec::Ascii | Codec::Latin1)
    }

    /// The reason a character this codec cannot encode gives.
    fn unencodable(self) -> &'static str {
        match self {
            Codec::Ascii => "ordinal not in range(128)",
            Codec::Latin1 => "ordinal not in range(256)",
            _ => "surrogates not allowed",
        }
    }

    /// Whether code point `n` can be encoded.
    fn encodes(self, n: u32) -> bool {
        match self {
            Codec::Ascii => n < 0x80,
            Codec::Latin1 => n < 0x100,
            Codec::UnicodeEscape | Codec::RawUnicodeEscape => true,
            _ => !(0xD800..0xE000).contains(&n),
        }
    }
}

pub(crate) fn codec(encoding: &str) -> PResult<Codec> {
    let norm = encoding.to_ascii_lowercase().replace(['-', ' '], "_");
    Ok(match norm.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "cp65001" => Codec::Utf8,
        "ascii" | "us_ascii" | "646" => Codec::Ascii,
        "latin_1" | "latin1" | "latin" | "iso_8859_1" | "iso8859_1" | "8859" | "l1" | "cp819" => {
            Codec::Latin1
        }
        "utf_16" | "utf16" | "u16" => Codec::Utf16(Order::Marked),
        "utf_16_le" | "utf_16le" => Codec::Utf16(Order::Little),
        "utf_16_be" | "utf_16be" => Codec::Utf16(Order::Big),
        "utf_32" | "utf32" | "u32" => Codec::Utf32(Order::Marked),
        "utf_32_le" | "utf_32le" => Codec::Utf32(Order::Little),
        "utf_32_be" | "utf_32be" => Codec::Utf32(Order::Big),
        "unicode_escape" => Codec::UnicodeEscape,
        "raw_unicode_escape" => Codec::RawUnicodeEscape,
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
    BackslashReplace,
    XmlCharRefReplace,
    SurrogateEscape,
    SurrogatePass,
}

/// The error handler, looked up only when an error needs it (as CPython does).
fn handler(errors: &str) -> PResult<Handler> {
    Ok(match errors {
        "strict" => Handler::Strict,
        "replace" => Handler::Replace,
        "ignore" => Handler::Ignore,
        "backslashreplace" => Handler::BackslashReplace,
        "xmlcharrefreplace" => Handler::XmlCharRefReplace,
        "surrogateescape" => Handler::SurrogateEscape,
        "surrogatepass" => Handler::SurrogatePass,
        _ => {
            return Err(Exc::new(
                ExcKind::LookupError,
                format!("unknown error handler name '{errors}'"),
            ))
        }
    })
}

// ---------------------------------------------------------------------------------------------
// Decoding

/// `data.decode(encoding, errors)`.
pub fn decode(data: &[u8], encoding: &str, errors: &str) -> PResult<String> {
    let c = codec(encoding)?;
    match c {
        Codec::Latin1 => return Ok(data.iter().map(|&b| b as char).collect()),
        Codec::Utf8 => {
            if let Ok(s) = std::str::from_utf8(data) {
                if !codepoint::has_surrogates(s) {
                    return Ok(s.to_string());
                }
            }
        }
        Codec::Ascii if data.is_ascii() => return Ok(data.iter().map(|&b| b as char).collect()),
        _ => {}
    }
    let mut d = Decoder {
        data,
        encoding,
        codec: c,
        errors,
        handler: None,
        out: String::with_capacity(data.len()),
        little: true,
    };
    d.run()?;
    Ok(d.out)
}

/// What one step of decoding found at a position.
enum Found {
    /// text up to this position
    Text(usize),
    /// bytes `start..end` that do not decode, and why
    Bad(usize, usize, &'static str),
    /// a code point a Gilt str cannot hold (one of the surrogates' stand-ins), at `start..end`
    Unheld(usize, usize),
}

struct Decoder<'a> {
    data: &'a [u8],
    /// the name the codec was asked for by
    encoding: &'a str,
    codec: Codec,
    errors: &'a str,
    handler: Option<Handler>,
    out: String,
    /// UTF-16 and UTF-32 read little-endian
    little: bool,
}

impl Decoder<'_> {
    fn run(&mut self) -> PResult<()> {
        let mut pos = self.start();
        while pos < self.data.len() {
            pos = match self.step(pos) {
                Found::Text(next) => next,
                Found::Bad(start, end, why) => self.bad(start, end, why)?,
                Found::Unheld(start, end) => {
                    let n = self.unit_value(start, end);
                    let why = codepoint::stand_in_message(n);
                    self.bad_owned(start, end, &why)?
                }
            };
        }
        Ok(())
    }

    /// Where the text starts: after a byte order mark, which also sets the order.
    fn start(&mut self) -> usize {
        let d = self.data;
        match self.codec {
            Codec::Utf16(o) => {
                self.little = o != Order::Big;
                match (o, d) {
                    (Order::Marked, [0xFF, 0xFE, ..]) => 2,
                    (Order::Marked, [0xFE, 0xFF, ..]) => {
                        self.little = false;
                        2
                    }
                    _ => 0,
                }
            }
            Codec::Utf32(o) => {
                self.little = o != Order::Big;
                match (o, d) {
                    (Order::Marked, [0xFF, 0xFE, 0, 0, ..]) => 4,
                    (Order::Marked, [0, 0, 0xFE, 0xFF, ..]) => {
                        self.little = false;
                        4
                    }
                    _ => 0,
                }
            }
            _ => 0,
        }
    }

    fn push(&mut self, n: u32) {
        self.out.push(from_code_point(n).unwrap_or('\u{fffd}'));
    }

    /// Decodes what follows `pos`: a run of text, or the first error.
    fn step(&mut self, pos: usize) -> Found {
        match self.codec {
            Codec::Utf8 => self.utf8(pos),
            Codec::Ascii => {
                let d = &self.data[pos..];
                let n = d.iter().position(|&b| b > 0x7f).unwrap_or(d.len());
                self.out.extend(d[..n].iter().map(|&b| b as char));
                match n {
                    0 => Found::Bad(pos, pos + 1, "ordinal not in range(128)"),
                    _ => Found::Text(pos + n),
                }
            }
            Codec::Latin1 => {
                self.out.extend(self.data[pos..].iter().map(|&b| b as char));
                Found::Text(self.data.len())
            }
            Codec::Utf16(_) => self.utf16(pos),
            Codec::Utf32(_) => self.utf32(pos),
            Codec::UnicodeEscape => self.escape(pos),
            Codec::RawUnicodeEscape => self.raw_escape(pos),
        }
    }

    fn utf8(&mut self, pos: usize) -> Found {
        let d = &self.data[pos..];
        let (valid, bad) = match std::str::from_utf8(d) {
            Ok(s) => (s, None),
            Err(e) => (
                std::str::from_utf8(&d[..e.valid_up_to()]).unwrap_or(""),
                Some(e),
            ),
        };
        if let Some(k) = valid
            .char_indices()
            .find(|&(_, c)| codepoint::is_surrogate(c))
        {
            self.out.push_str(&valid[..k.0]);
            return self.stop(pos, pos + k.0, Found::Unheld(pos + k.0, pos + k.0 + 4));
        }
        self.out.push_str(valid);
        let at = pos + valid.len();
        let found = match bad.map(|e| e.error_len()) {
            None => return Found::Text(at),
            Some(None) => Found::Bad(at, self.data.len(), "unexpected end of data"),
            Some(Some(n)) => match self.data[at] {
                0xc2..=0xf4 => Found::Bad(at, at + n, "invalid continuation byte"),
                _ => Found::Bad(at, at + n, "invalid start byte"),
            },
        };
        self.stop(pos, at, found)
    }

    /// The unit of `size` bytes at `at` in the codec's order.
    fn unit(&self, at: usize, size: usize) -> u32 {
        let b = &self.data[at..at + size];
        let mut n = 0u32;
        for i in 0..size {
            let byte = if self.little { b[size - 1 - i] } else { b[i] };
            n = n << 8 | u32::from(byte);
        }
        n
    }

    /// The code point of a whole character at `start..end` (to name one Gilt cannot hold).
    fn unit_value(&self, start: usize, end: usize) -> u32 {
        match (self.codec, end - start) {
            (Codec::Utf16(_), 4) => {
                let (hi, lo) = (self.unit(start, 2), self.unit(start + 2, 2));
                0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00)
            }
            (Codec::Utf32(_), 4) => self.unit(start, 4),
            _ => std::str::from_utf8(&self.data[start..end])
                .ok()
                .and_then(|s| s.chars().next())
                .map_or(0, |c| c as u32),
        }
    }

    fn utf16(&mut self, pos: usize) -> Found {
        let len = self.data.len();
        let mut at = pos;
        while at < len {
            if at + 2 > len {
                return self.stop(pos, at, Found::Bad(at, len, "truncated data"));
            }
            let u = self.unit(at, 2);
            match u {
                0xD800..=0xDBFF => {
                    if at + 4 > len {
                        return self.stop(pos, at, Found::Bad(at, len, "unexpected end of data"));
                    }
                    let lo = self.unit(at + 2, 2);
                    if !(0xDC00..=0xDFFF).contains(&lo) {
                        let bad = Found::Bad(at, at + 2, "illegal UTF-16 surrogate");
                        return self.stop(pos, at, bad);
                    }
                    let n = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
                    if codepoint::from_code_point(n).is_err() {
                        return self.stop(pos, at, Found::Unheld(at, at + 4));
                    }
                    self.push(n);
                    at += 4;
                }
                0xDC00..=0xDFFF => {
                    return self.stop(pos, at, Found::Bad(at, at + 2, "illegal encoding"))
                }
                _ => {
                    self.push(u);
                    at += 2;
                }
            }
        }
        Found::Text(at)
    }

    fn utf32(&mut self, pos: usize) -> Found {
        let len = self.data.len();
        let mut at = pos;
        while at < len {
            if at + 4 > len {
                return self.stop(pos, at, Found::Bad(at, len, "truncated data"));
            }
            let n = self.unit(at, 4);
            let why = match n {
                0xD800..=0xDFFF => "code point in surrogate code point range(0xd800, 0xe000)",
                0x110000.. => "code point not in range(0x110000)",
                codepoint::STAND_IN..=codepoint::LAST_STAND_IN => {
                    return self.stop(pos, at, Found::Unheld(at, at + 4))
                }
                _ => {
                    self.push(n);
                    at += 4;
                    continue;
                }
            };
            return self.stop(pos, at, Found::Bad(at, at + 4, why));
        }
        Found::Text(at)
    }

    /// `found` at `at`, after text from `pos` (which comes first).
    fn stop(&self, pos: usize, at: usize, found: Found) -> Found {
        match at > pos {
            true => Found::Text(at),
            false => found,
        }
    }

    fn escape(&mut self, pos: usize) -> Found {
        let b = self.data;
        let mut i = pos;
        while i < b.len() && b[i] != b'\\' {
            self.out.push(b[i] as char);
            i += 1;
        }
        if i > pos || i >= b.len() {
            return Found::Text(i);
        }
        let Some(&c) = b.get(i + 1) else {
            return Found::Bad(i, b.len(), "\\ at end of string");
        };
        let esc = i;
        i += 2;
        if let Some(v) = crate::front::lexer::simple_escape(c) {
            self.out.push(v as char);
            return Found::Text(i);
        }
        match c {
            b'\n' => Found::Text(i),
            b'0'..=b'7' => {
                let (v, n) = crate::front::lexer::octal_digits(b, i - 1);
                self.push(v);
                Found::Text(i - 1 + n)
            }
            b'x' | b'u' | b'U' => self.hex_escape(esc, c),
            b'N' => self.named_escape(esc),
            _ => {
                self.out.push('\\');
                Found::Text(esc + 1)
            }
        }
    }

    /// `\xhh`, `\uhhhh` or `\Uhhhhhhhh` at `esc`.
    fn hex_escape(&mut self, esc: usize, c: u8) -> Found {
        let (want, name) = match c {
            b'x' => (2, "truncated \\xXX escape"),
            b'u' => (4, "truncated \\uXXXX escape"),
            _ => (8, "truncated \\UXXXXXXXX escape"),
        };
        let (v, n) = crate::front::lexer::hex_digits(self.data, esc + 2, want);
        let end = esc + 2 + n;
        if n < want {
            return Found::Bad(esc, end, name);
        }
        match from_code_point(v) {
            Ok(ch) => {
                self.out.push(ch);
                Found::Text(end)
            }
            Err(Unheld::StandIn) => Found::Unheld(esc, end),
            Err(Unheld::Range) => Found::Bad(esc, end, "illegal Unicode character"),
        }
    }

    /// `\N{name}` at `esc`.
    fn named_escape(&mut self, esc: usize) -> Found {
        let b = self.data;
        let open = esc + 2;
        if b.get(open) != Some(&b'{') {
            return Found::Bad(esc, open.min(b.len()), "malformed \\N character escape");
        }
        let Some(close) = b[open..].iter().position(|&c| c == b'}').map(|n| open + n) else {
            return Found::Bad(esc, b.len(), "malformed \\N character escape");
        };
        let name = std::str::from_utf8(&b[open + 1..close]).unwrap_or("");
        if name.is_empty() {
            return Found::Bad(esc, close + 1, "malformed \\N character escape");
        }
        match crate::front::lexer::lookup_char_name(name) {
            Some(ch) => {
                self.out.push(ch);
                Found::Text(close + 1)
            }
            None => Found::Bad(esc, close + 1, "unknown Unicode character name"),
        }
    }

    /// `raw_unicode_escape`: only `\u` and `\U` after an odd run of backslashes are escapes.
    fn raw_escape(&mut self, pos: usize) -> Found {
        let b = self.data;
        let mut i = pos;
        while i < b.len() {
            if b[i] != b'\\' {
                self.out.push(b[i] as char);
                i += 1;
                continue;
            }
            let run = b[i..].iter().take_while(|&&c| c == b'\\').count();
            let last = i + run - 1;
            let escapes = run % 2 == 1 && matches!(b.get(last + 1), Some(b'u' | b'U'));
            let kept = if escapes { run - 1 } else { run };
            self.out.extend(std::iter::repeat_n('\\', kept));
            i += kept;
            if escapes {
                if i > pos {
                    return Found::Text(i);
                }
                return self.hex_escape(last, b[last + 1]);
            }
        }
        Found::Text(i)
    }

    /// The error handler's answer to bytes `start..end` that do not decode: where to go on.
    fn bad(&mut self, start: usize, end: usize, why: &'static str) -> PResult<usize> {
        self.bad_owned(start, end, why)
    }

    fn bad_owned(&mut self, start: usize, end: usize, why: &str) -> PResult<usize> {
        let h = match self.handler {
            Some(h) => h,
            None => *self.handler.insert(handler(self.errors)?),
        };
        let (codec, data) = (self.codec, self.data);
        let name = match (codec, self.little) {
            (Codec::Utf16(Order::Marked), true) => "utf-16-le",
            (Codec::Utf16(Order::Marked), false) => "utf-16-be",
            (Codec::Utf32(Order::Marked), true) => "utf-32-le",
            (Codec::Utf32(Order::Marked), false) => "utf-32-be",
            _ => codec.name(),
        };
        let fail = || decode_error(name, data, start, end, why);
        match h {
            Handler::Strict => return Err(fail()),
            Handler::Replace => self.out.push('\u{FFFD}'),
            Handler::Ignore => {}
            Handler::BackslashReplace => {
                for &b in &self.data[start..end] {
                    codepoint::push_escape(&mut self.out, u32::from(b));
                }
            }
            Handler::XmlCharRefReplace => {
                let why = "don't know how to handle UnicodeDecodeError in error callback";
                // (the codecs CPython decodes without its codec registry say it plainly)
                let plain = codec.is_byte_based()
                    || matches!(
                        codec,
                        Codec::Utf16(Order::Marked) | Codec::Utf32(Order::Marked)
                    );
                return Err(type_error(match plain {
                    true => why.to_string(),
                    false => format!(
                        "decoding with '{}' codec failed (TypeError: {why})",
                        self.encoding
                    ),
                }));
            }
            Handler::SurrogateEscape => {
                // (up to four of the bytes, as far as they are not ASCII; on after them)
                let high = data[start..end.min(start + 4)]
                    .iter()
                    .take_while(|&&b| b >= 0x80);
                let n = high.count();
                if n == 0 {
                    return Err(fail());
                }
                for &b in &data[start..start + n] {
                    self.push(0xDC00 + u32::from(b));
                }
                return Ok(start + n);
            }
            Handler::SurrogatePass => return self.pass_surrogate(start).ok_or_else(fail),
        }
        Ok(end)
    }

    /// `surrogatepass`: the surrogate encoded at `start` (as UTF-8, -16 or -32 would encode a
    /// code point there), and where to go on after it.
    fn pass_surrogate(&mut self, start: usize) -> Option<usize> {
        let d = &self.data[start..];
        let (n, size) = match self.codec {
            Codec::Utf8 => match d {
                [0xED, b1 @ 0xA0..=0xBF, b2 @ 0x80..=0xBF, ..] => {
                    (0xD000 | u32::from(b1 & 0x3F) << 6 | u32::from(b2 & 0x3F), 3)
                }
                _ => return None,
            },
            Codec::Utf16(_) if d.len() >= 2 => (self.unit(start, 2), 2),
            Codec::Utf32(_) if d.len() >= 4 => (self.unit(start, 4), 4),
            _ => return None,
        };
        if !(0xD800..0xE000).contains(&n) {
            return None;
        }
        self.push(n);
        Some(start + size)
    }
}

#[cold]
fn decode_error(name: &str, data: &[u8], start: usize, end: usize, reason: &str) -> Exc {
    unicode_error(
        ExcKind::UnicodeDecodeError,
        name,
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

/// Bytes from the operating system (a file name, an argument, an environment variable) as
/// a str, as CPython's `os.fsdecode` makes it: UTF-8, with each byte that does not decode
/// as the lone surrogate that stands for it (`surrogateescape`).
pub fn fs_decode(b: &[u8]) -> String {
    decode(b, "utf-8", "surrogateescape").unwrap_or_else(|_| String::from_utf8_lossy(b).into())
}

/// A str as the operating system gets it (`os.fsencode`): [`fs_decode`] undone.
pub fn fs_encode(s: &str) -> PResult<Vec<u8>> {
    encode(s, "utf-8", "surrogateescape")
}

// ---------------------------------------------------------------------------------------------
// Encoding

/// `text.encode(encoding, errors)`.
pub fn encode(text: &str, encoding: &str, errors: &str) -> PResult<Vec<u8>> {
    let c = codec(encoding)?;
    if text.is_ascii() && matches!(c, Codec::Utf8 | Codec::Ascii | Codec::Latin1) {
        return Ok(text.as_bytes().to_vec());
    }
    if c == Codec::Utf8 && !codepoint::has_surrogates(text) {
        return Ok(text.as_bytes().to_vec());
    }
    let chars: Vec<u32> = text.chars().map(code_point).collect();
    let mut out = Vec::with_capacity(text.len() + 4);
    match c {
        Codec::Utf16(Order::Marked) => put_unit(&mut out, 0xFEFF, 2, true),
        Codec::Utf32(Order::Marked) => put_unit(&mut out, 0xFEFF, 4, true),
        _ => {}
    }
    let mut handler_of = None;
    let mut i = 0;
    while i < chars.len() {
        let n = chars[i];
        if c.encodes(n) {
            put(&mut out, c, n);
            i += 1;
            continue;
        }
        // (UTF-8 and the 8-bit codecs name a run of what they cannot encode)
        let end = match c {
            Codec::Utf16(_) | Codec::Utf32(_) => i + 1,
            _ => i + chars[i..].iter().take_while(|&&n| !c.encodes(n)).count(),
        };
        let h = match handler_of {
            Some(h) => h,
            None => *handler_of.insert(handler(errors)?),
        };
        let fail = |from: usize| {
            unicode_error(
                ExcKind::UnicodeEncodeError,
                c.name(),
                Value::str(text),
                from,
                end,
                c.unencodable(),
            )
        };
        for (k, &n) in chars[i..end].iter().enumerate() {
            match h {
                Handler::Strict => return Err(fail(i)),
                Handler::Ignore => {}
                Handler::Replace => put(&mut out, c, u32::from(b'?')),
                Handler::BackslashReplace => {
                    let mut esc = String::new();
                    codepoint::push_escape(&mut esc, n);
                    esc.bytes().for_each(|b| put(&mut out, c, u32::from(b)));
                }
                Handler::XmlCharRefReplace => {
                    let r = format!("&#{n};");
                    r.bytes().for_each(|b| put(&mut out, c, u32::from(b)));
                }
                Handler::SurrogateEscape if c.is_byte_based() && (0xDC80..0xDD00).contains(&n) => {
                    out.push((n - 0xDC00) as u8)
                }
                Handler::SurrogatePass
                    if matches!(c, Codec::Utf8 | Codec::Utf16(_) | Codec::Utf32(_)) =>
                {
                    put(&mut out, c, n)
                }
                Handler::SurrogateEscape | Handler::SurrogatePass => return Err(fail(i + k)),
            }
        }
        i = end;
    }
    Ok(out)
}

/// Code point `n` in codec `c` (surrogates as themselves: `surrogatepass` asks for that).
fn put(out: &mut Vec<u8>, c: Codec, n: u32) {
    match c {
        Codec::Utf8 => match char::from_u32(n) {
            Some(ch) => out.extend_from_slice(ch.encode_utf8(&mut [0; 4]).as_bytes()),
            None => out.extend_from_slice(&[
                0xE0 | (n >> 12) as u8,
                0x80 | (n >> 6 & 0x3F) as u8,
                0x80 | (n & 0x3F) as u8,
            ]),
        },
        Codec::Ascii | Codec::Latin1 => out.push(n as u8),
        Codec::Utf16(o) => {
            let little = o != Order::Big;
            if n >= 0x10000 {
                let m = n - 0x10000;
                put_unit(out, 0xD800 | m >> 10, 2, little);
                put_unit(out, 0xDC00 | (m & 0x3FF), 2, little);
            } else {
                put_unit(out, n, 2, little);
            }
        }
        Codec::Utf32(o) => put_unit(out, n, 4, o != Order::Big),
        Codec::UnicodeEscape => match n {
            0x5C => out.extend_from_slice(b"\\\\"),
            0x09 => out.extend_from_slice(b"\\t"),
            0x0A => out.extend_from_slice(b"\\n"),
            0x0D => out.extend_from_slice(b"\\r"),
            0x20..=0x7E => out.push(n as u8),
            _ => push_escape_bytes(out, n),
        },
        Codec::RawUnicodeEscape => match n {
            0..=0xFF => out.push(n as u8),
            _ => push_escape_bytes(out, n),
        },
    }
}

fn push_escape_bytes(out: &mut Vec<u8>, n: u32) {
    let mut esc = String::new();
    codepoint::push_escape(&mut esc, n);
    out.extend_from_slice(esc.as_bytes());
}

fn put_unit(out: &mut Vec<u8>, n: u32, size: usize, little: bool) {
    let bytes = n.to_be_bytes();
    let unit = &bytes[4 - size..];
    match little {
        true => out.extend(unit.iter().rev()),
        false => out.extend_from_slice(unit),
    }
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
            decode_err(b"\xe2\x82(", "utf8"),
            "utf-8 0-2: invalid continuation byte"
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
    fn utf16_and_32_errors() {
        assert_eq!(
            decode_err(b"\x00\xd8A\x00", "utf-16-le"),
            "utf-16-le 0-2: illegal UTF-16 surrogate"
        );
        assert_eq!(
            decode_err(b"\x00\xdc", "utf-16-le"),
            "utf-16-le 0-2: illegal encoding"
        );
        assert_eq!(decode_err(b"a", "utf-16"), "utf-16-le 0-1: truncated data");
        assert_eq!(
            decode_err(b"\x00\x00\x11\x00", "utf-32-le"),
            "utf-32-le 0-4: code point not in range(0x110000)"
        );
    }

    #[test]
    fn handlers() {
        let dec = |b: &[u8], enc: &str, h: &str| decode(b, enc, h).ok();
        assert_eq!(
            dec(b"a\xffb", "utf-8", "replace").as_deref(),
            Some("a\u{fffd}b")
        );
        assert_eq!(dec(b"a\xffb", "utf-8", "ignore").as_deref(), Some("ab"));
        assert_eq!(dec(b"\xe9", "latin-1", "strict").as_deref(), Some("\u{e9}"));
        assert_eq!(
            dec(b"\xff", "utf-8", "backslashreplace").as_deref(),
            Some("\\xff")
        );
        let escaped = dec(b"\xff", "utf-8", "surrogateescape").unwrap();
        assert_eq!(
            encode(&escaped, "utf-8", "surrogateescape").ok(),
            Some(b"\xff".to_vec())
        );
        let passed = dec(b"\xed\xa0\x80", "utf-8", "surrogatepass").unwrap();
        assert_eq!(passed.chars().map(code_point).collect::<Vec<_>>(), [0xD800]);
        assert!(encode(&passed, "utf-8", "strict").is_err());
        assert_eq!(
            encode(&passed, "utf-16-le", "surrogatepass").ok(),
            Some(b"\x00\xd8".to_vec())
        );
        assert_eq!(
            encode("h\u{e9}", "ascii", "replace").ok(),
            Some(b"h?".to_vec())
        );
        assert_eq!(
            encode("h\u{e9}", "ascii", "xmlcharrefreplace").ok(),
            Some(b"h&#233;".to_vec())
        );
        assert_eq!(
            encode("h\u{e9}", "latin1", "strict").ok(),
            Some(b"h\xe9".to_vec())
        );
        assert_eq!(
            encode("a\u{1F600}", "utf-16", "strict").ok(),
            Some(b"\xff\xfea\x00\x3d\xd8\x00\xde".to_vec())
        );
        assert_eq!(
            dec(b"\xff\xfea\x00", "utf-16", "strict").as_deref(),
            Some("a")
        );
        assert_eq!(
            encode("a\\\t\u{e9}\u{20ac}", "unicode_escape", "strict").ok(),
            Some(b"a\\\\\\t\\xe9\\u20ac".to_vec())
        );
        assert_eq!(
            dec(b"a\\x41\\u20ac\\n\\q", "unicode_escape", "strict").as_deref(),
            Some("aA\u{20ac}\n\\q")
        );
        assert_eq!(
            dec(b"\\\\u20ac\\\\\\u20ac", "raw_unicode_escape", "strict").as_deref(),
            Some("\\\\u20ac\\\\\u{20ac}")
        );
        // an unknown handler is an error only when an error needs it
        assert!(decode(b"ok", "utf-8", "bogus").is_ok());
        assert!(decode(b"\xff", "utf-8", "bogus").is_err());
        assert!(decode(b"x", "rot-13", "strict").is_err());
    }
}
