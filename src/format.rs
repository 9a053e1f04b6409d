//! Gilt number formatting and parsing.
//!
//! Pure functions (no interpreter types) that reproduce CPython 3.11 exactly:
//! `repr(float)`, the format-spec mini-language for int/float/str, printf-style
//! `%` directives, `round(float, n)`, and `float(str)` / `int(str, base)` parsing.
//!
//! Errors are returned as the message text of the Python exception; most are
//! `ValueError`, and [`error_kind`] tells which ones are not.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

// ---------------------------------------------------------------------------
// Limits and error classification
// ---------------------------------------------------------------------------

/// Largest width, precision or result length (in characters) Gilt will build; beyond it the result is [`MEMORY_ERROR`].
pub const MAX_FORMAT_LEN: usize = 1 << 28;

/// Error message used when a formatted result would exceed [`MAX_FORMAT_LEN`] (a MemoryError in Python terms).
pub const MEMORY_ERROR: &str = "formatted result is too large";

/// CPython's default limit on the number of decimal digits in int<->str conversions.
pub const INT_MAX_STR_DIGITS: usize = 4300;

/// The Python exception class that an `Err` message from this module stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// `ValueError` (the default for every message not listed elsewhere).
    Value,
    /// `OverflowError`.
    Overflow,
    /// `MemoryError` (only [`MEMORY_ERROR`]).
    Memory,
}

/// Classifies an error message produced by this module into the Python exception class CPython raises.
pub fn error_kind(msg: &str) -> ErrorKind {
    match msg {
        MEMORY_ERROR => ErrorKind::Memory,
        "%c arg not in range(0x110000)"
        | "Python int too large to convert to C long"
        | "int too large to convert to float"
        | "precision too large"
        | "rounded value too large to represent" => ErrorKind::Overflow,
        _ => ErrorKind::Value,
    }
}

const INT_DIGITS_LIMIT_MSG: &str = "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit";

// ---------------------------------------------------------------------------
// Unicode helpers
// ---------------------------------------------------------------------------

/// Code points of the '0' of every run of ten Unicode decimal digits (Unicode 14, as CPython 3.11).
const DIGIT_ZEROS: [u32; 66] = [
    0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66,
    0xDE6, 0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90,
    0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0,
    0xFF10, 0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0,
    0x11650, 0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0,
    0x16B50, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
];

/// The decimal value of a character as CPython's `unicodedata.decimal` sees it (ASCII and all Unicode Nd digits).
pub fn decimal_value(c: char) -> Option<u32> {
    let cp = c as u32;
    if c.is_ascii_digit() {
        return Some(cp - 0x30);
    }
    if cp < 0x660 {
        return None;
    }
    let idx = DIGIT_ZEROS.partition_point(|&z| z <= cp);
    let zero = DIGIT_ZEROS[idx.checked_sub(1)?];
    if cp - zero < 10 {
        Some(cp - zero)
    } else {
        None
    }
}

/// True for the non-ASCII characters for which Python's `str.isspace()` is true.
fn is_unicode_space(c: char) -> bool {
    matches!(c as u32, 0x85 | 0xA0 | 0x1680 | 0x2000..=0x200A | 0x2028 | 0x2029 | 0x202F | 0x205F | 0x3000)
}

/// True for the ASCII whitespace CPython's number parsers skip (space, \t, \n, \v, \f, \r).
fn is_c_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

/// Maps number text to ASCII the way CPython does before parsing: Unicode spaces become ' ',
/// Unicode decimal digits become ASCII digits; any other non-ASCII character makes the text invalid.
fn number_text_to_ascii(s: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        if (c as u32) < 127 {
            out.push(c as u8);
        } else if is_unicode_space(c) {
            out.push(b' ');
        } else {
            out.push(b'0' + decimal_value(c)? as u8);
        }
    }
    Some(out)
}

// ---------------------------------------------------------------------------
// Decimal digit generation for floats
// ---------------------------------------------------------------------------

/// Digits of a finite |x| as (digits, decpt) meaning 0.DIGITS x 10^decpt, without trailing zeros;
/// zero is ("0", 1). Shortest digits that round-trip (closest of those when several qualify).
fn digits_shortest(x: f64) -> (Vec<u8>, i64) {
    let x = x.abs();
    let (digits, decpt) = sci_to_digits(&format!("{:e}", x));
    match shortest_tie_fix(x, digits.len()) {
        Some(fixed) => fixed,
        None => (digits, decpt),
    }
}

/// Rust's shortest digits round a final-digit tie upward, CPython rounds it to even. A tie needs the
/// exact value of `x` to have exactly `k + 1` significant digits; this detects that case and returns
/// the even candidate when it also round-trips.
fn shortest_tie_fix(x: f64, k: usize) -> Option<(Vec<u8>, i64)> {
    if x == 0.0 || !x.is_finite() {
        return None;
    }
    let bits = x.to_bits();
    let raw_exp = ((bits >> 52) & 0x7ff) as i64;
    let mut mant = bits & ((1u64 << 52) - 1);
    let mut exp = if raw_exp == 0 {
        -1074
    } else {
        mant |= 1 << 52;
        raw_exp - 1075
    };
    let tz = mant.trailing_zeros();
    mant >>= tz;
    exp += i64::from(tz);
    // x = mant * 2^exp with mant odd; integers never tie, long expansions are handled below.
    if exp >= 0 || exp < -25 {
        return None;
    }
    let exact = u128::from(mant) * 5u128.pow((-exp) as u32);
    let text = exact.to_string();
    if text.len() != k + 1 {
        return None;
    }
    // exact = q * 10 + 5: candidates are q and q + 1 (units of the k-th digit); keep the even one.
    let q = exact / 10;
    let even = if q % 2 == 0 { q } else { q + 1 };
    // Value of the exact digits: 0.TEXT x 10^decpt, decpt = len(int part of x).
    let frac_digits = (-exp) as i64;
    let decpt = text.len() as i64 - frac_digits;
    let cand = even.to_string();
    let cand_decpt = decpt + (cand.len() as i64 - k as i64);
    let check = format!("0.{}e{}", cand, cand_decpt);
    if check.parse::<f64>().ok()? != x {
        return None;
    }
    let mut d = cand.into_bytes();
    while d.len() > 1 && d.last() == Some(&b'0') {
        d.pop();
    }
    Some((d, cand_decpt))
}

/// Like [`digits_shortest`] but correctly rounded (half-even on the exact value) to `n` significant digits.
fn digits_significant(x: f64, n: usize) -> (Vec<u8>, i64) {
    // A double's exact decimal expansion never has more than 767 significant digits.
    let n = n.clamp(1, 800);
    sci_to_digits(&format!("{:.*e}", n - 1, x.abs()))
}

/// Splits Rust's `{:e}` output ("d.ddde-x") into digits and decimal point position.
fn sci_to_digits(s: &str) -> (Vec<u8>, i64) {
    let (mant, exp) = s.split_once('e').unwrap_or((s, "0"));
    let exp: i64 = exp.parse().unwrap_or(0);
    let mut d: Vec<u8> = mant.bytes().filter(u8::is_ascii_digit).collect();
    while d.last() == Some(&b'0') {
        d.pop();
    }
    if d.is_empty() {
        return (vec![b'0'], 1);
    }
    (d, exp + 1)
}

/// Digits of |x| correctly rounded (half-even on the exact value) to `n` places after the point;
/// a non-zero value that rounds to zero gives ("", -n), exactly zero gives ("0", 1).
fn digits_fixed(x: f64, n: usize) -> (Vec<u8>, i64) {
    if x == 0.0 {
        return (vec![b'0'], 1);
    }
    // A double's exact expansion never has more than 1074 digits after the point.
    let s = format!("{:.*}", n.min(1100), x.abs());
    let (ip, fp) = s.split_once('.').unwrap_or((&s, ""));
    let mut decpt = ip.len() as i64;
    let mut d: Vec<u8> = ip.bytes().chain(fp.bytes()).collect();
    let lead = d.iter().take_while(|&&b| b == b'0').count();
    if lead == d.len() {
        return (Vec::new(), -(n as i64));
    }
    d.drain(..lead);
    decpt -= lead as i64;
    while d.last() == Some(&b'0') {
        d.pop();
    }
    (d, decpt)
}

/// Digits of |x| correctly rounded (half-even on the exact value) to a multiple of 10^k, k >= 1.
fn digits_round_left(x: f64, k: usize) -> (Vec<u8>, i64) {
    let ax = x.abs();
    let ip = ax.trunc();
    let sticky = ax != ip;
    let s = format!("{:.0}", ip);
    let all = s.as_bytes();
    let n = all.len() as i64;
    let keep = n - k as i64;
    if keep < 0 {
        return (Vec::new(), 0);
    }
    let keep = keep as usize;
    let mut kept = all[..keep].to_vec();
    let first = all[keep];
    let rest_nonzero = sticky || all[keep + 1..].iter().any(|&b| b != b'0');
    let last_odd = kept.last().is_some_and(|&b| (b - b'0') % 2 == 1);
    let up = first > b'5' || (first == b'5' && (rest_nonzero || last_odd));
    let mut decpt = n;
    if up {
        let mut i = kept.len();
        loop {
            if i == 0 {
                kept.insert(0, b'1');
                decpt += 1;
                break;
            }
            i -= 1;
            if kept[i] == b'9' {
                kept[i] = b'0';
            } else {
                kept[i] += 1;
                break;
            }
        }
    }
    while kept.last() == Some(&b'0') {
        kept.pop();
    }
    if kept.is_empty() {
        return (Vec::new(), 0);
    }
    (kept, decpt)
}

fn push_n(s: &mut String, c: char, n: i64) {
    for _ in 0..n.max(0) {
        s.push(c);
    }
}

/// Gilt's port of CPython's float-to-text core. `code` is one of e E f F g G r; `precision` is
/// ignored for 'r'. Flags mirror CPython's: sign always, ".0" for integers, '#' form, 'z' (no negative zero).
fn float_to_text(
    x: f64,
    code: char,
    precision: usize,
    always_sign: bool,
    add_dot_0: bool,
    alt: bool,
    no_neg_0: bool,
) -> Result<String, String> {
    let upper = code.is_ascii_uppercase();
    let code = code.to_ascii_lowercase();
    let mut neg = x.is_sign_negative();
    if !x.is_finite() {
        let mut s = String::new();
        if x.is_nan() {
            neg = false;
        }
        if neg {
            s.push('-');
        } else if always_sign {
            s.push('+');
        }
        s.push_str(match (x.is_nan(), upper) {
            (true, false) => "nan",
            (true, true) => "NAN",
            (false, false) => "inf",
            (false, true) => "INF",
        });
        return Ok(s);
    }
    let mut precision = precision as i64;
    let (digits, decpt) = match code {
        'e' => {
            precision += 1;
            digits_significant(x, precision as usize)
        }
        'f' => digits_fixed(x, precision as usize),
        'g' => {
            if precision == 0 {
                precision = 1;
            }
            digits_significant(x, precision as usize)
        }
        _ => digits_shortest(x),
    };
    if no_neg_0 && neg && (digits.is_empty() || digits == b"0") {
        neg = false;
    }
    let digits_len = digits.len() as i64;
    let mut decpt = decpt;
    let mut vdigits_end = digits_len;
    let mut use_exp = false;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        'f' => vdigits_end = decpt + precision,
        'g' => {
            if decpt <= -4 || decpt > (if add_dot_0 { precision - 1 } else { precision }) {
                use_exp = true;
            }
            if alt {
                vdigits_end = precision;
            }
        }
        _ => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    if !use_exp && add_dot_0 {
        vdigits_end = vdigits_end.max(decpt + 1);
    } else {
        vdigits_end = vdigits_end.max(decpt);
    }
    let size = 3 + (vdigits_end - vdigits_start) + if use_exp { 6 } else { 0 };
    if size > MAX_FORMAT_LEN as i64 {
        return Err(MEMORY_ERROR.to_string());
    }
    let mut s = String::with_capacity(size as usize);
    if neg {
        s.push('-');
    } else if always_sign {
        s.push('+');
    }
    if decpt <= 0 {
        push_n(&mut s, '0', decpt - vdigits_start);
        s.push('.');
        push_n(&mut s, '0', -decpt);
    } else {
        push_n(&mut s, '0', -vdigits_start);
    }
    let digit_str = std::str::from_utf8(&digits).unwrap_or("");
    if 0 < decpt && decpt <= digits_len {
        s.push_str(&digit_str[..decpt as usize]);
        s.push('.');
        s.push_str(&digit_str[decpt as usize..]);
    } else {
        s.push_str(digit_str);
    }
    if digits_len < decpt {
        push_n(&mut s, '0', decpt - digits_len);
        s.push('.');
        push_n(&mut s, '0', vdigits_end - decpt);
    } else {
        push_n(&mut s, '0', vdigits_end - digits_len);
    }
    if s.ends_with('.') && !alt {
        s.pop();
    }
    if use_exp {
        s.push(if upper { 'E' } else { 'e' });
        s.push_str(&format!("{:+03}", exp));
    }
    Ok(s)
}

/// CPython's repr(float) / str(float): shortest round-trip digits; scientific when exponent < -4 or >= 16:
/// 0.1+0.2 -> "0.30000000000000004", 1e16 -> "1e+16", 1.0 -> "1.0", 1e-5 -> "1e-05", inf -> "inf", nan -> "nan", -0.0 -> "-0.0".
pub fn float_repr(x: f64) -> String {
    float_to_text(x, 'r', 0, false, true, false, false).unwrap_or_default()
}

// ---------------------------------------------------------------------------
// Format-spec mini-language
// ---------------------------------------------------------------------------

/// A parsed format spec: [[fill]align][sign][z][#][0][width][grouping][.precision][type]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatSpec {
    /// Fill character (' ' by default; '0' when the '0' flag is given without an explicit fill).
    pub fill: char,
    /// Explicit alignment: '<', '>', '^' or '='; None means the type's default (see `zero`).
    pub align: Option<char>,
    /// '+', '-' or ' '.
    pub sign: Option<char>,
    /// The '#' flag.
    pub alternate: bool,
    /// The '0' flag (only set when no explicit fill was given); numbers then default to '=' alignment.
    pub zero: bool,
    /// Minimum field width in characters.
    pub width: Option<usize>,
    /// ',' or '_'.
    pub grouping: Option<char>,
    /// Digits after the point (f/e/%), significant digits (g/None), or maximum characters (s).
    pub precision: Option<usize>,
    /// The presentation type character.
    pub ty: Option<char>,
    /// The 'z' flag: coerce negative zero results to positive zero (floats only).
    pub no_neg_zero: bool,
}

impl Default for FormatSpec {
    fn default() -> Self {
        FormatSpec {
            fill: ' ',
            align: None,
            sign: None,
            alternate: false,
            zero: false,
            width: None,
            grouping: None,
            precision: None,
            ty: None,
            no_neg_zero: false,
        }
    }
}

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

/// Reads a run of (Unicode) decimal digits; returns (value, digits consumed) or CPython's overflow error.
fn spec_integer(c: &[char], pos: &mut usize) -> Result<(usize, usize), String> {
    let mut acc: u64 = 0;
    let mut n = 0;
    while *pos < c.len() {
        let Some(d) = decimal_value(c[*pos]) else { break };
        let d = u64::from(d);
        if acc > (i64::MAX as u64 - d) / 10 {
            return Err("Too many decimal digits in format string".to_string());
        }
        acc = acc * 10 + d;
        *pos += 1;
        n += 1;
    }
    Ok((acc as usize, n))
}

fn char_for_message(c: char) -> String {
    let cp = c as u32;
    if cp > 32 && cp < 128 {
        c.to_string()
    } else {
        format!("\\x{:x}", cp)
    }
}

fn unknown_code(c: char, type_name: &str) -> String {
    format!(
        "Unknown format code '{}' for object of type '{}'",
        char_for_message(c),
        type_name
    )
}

fn bad_grouping(sep: char, ty: char) -> String {
    format!("Cannot specify '{}' with '{}'.", sep, char_for_message(ty))
}

/// Parses a format spec; invalid-specifier errors name the type as 'object' (use [`parse_spec_for`] for exact messages).
pub fn parse_spec(spec: &str) -> Result<FormatSpec, String> {
    parse_spec_for(spec, "object")
}

/// Parses a format spec exactly as CPython's `__format__` for an object whose type is named `type_name`.
pub fn parse_spec_for(spec: &str, type_name: &str) -> Result<FormatSpec, String> {
    let c: Vec<char> = spec.chars().collect();
    let end = c.len();
    let mut pos = 0;
    let mut out = FormatSpec::default();
    let mut fill_specified = false;
    if end >= 2 && is_align(c[1]) {
        out.align = Some(c[1]);
        out.fill = c[0];
        fill_specified = true;
        pos = 2;
    } else if end >= 1 && is_align(c[0]) {
        out.align = Some(c[0]);
        pos = 1;
    }
    if pos < end && matches!(c[pos], '+' | '-' | ' ') {
        out.sign = Some(c[pos]);
        pos += 1;
    }
    if pos < end && c[pos] == 'z' {
        out.no_neg_zero = true;
        pos += 1;
    }
    if pos < end && c[pos] == '#' {
        out.alternate = true;
        pos += 1;
    }
    if !fill_specified && pos < end && c[pos] == '0' {
        out.fill = '0';
        out.zero = true;
        pos += 1;
    }
    let (w, consumed) = spec_integer(&c, &mut pos)?;
    if consumed > 0 {
        out.width = Some(w);
    }
    if pos < end && c[pos] == ',' {
        out.grouping = Some(',');
        pos += 1;
    }
    if pos < end && c[pos] == '_' {
        if out.grouping.is_some() {
            return Err("Cannot specify both ',' and '_'.".to_string());
        }
        out.grouping = Some('_');
        pos += 1;
    }
    if pos < end && c[pos] == ',' && out.grouping == Some('_') {
        return Err("Cannot specify both ',' and '_'.".to_string());
    }
    if pos < end && c[pos] == '.' {
        pos += 1;
        let (p, consumed) = spec_integer(&c, &mut pos)?;
        if consumed == 0 {
            return Err("Format specifier missing precision".to_string());
        }
        out.precision = Some(p);
    }
    if end - pos > 1 {
        return Err(format!(
            "Invalid format specifier '{}' for object of type '{}'",
            spec, type_name
        ));
    }
    if end - pos == 1 {
        out.ty = Some(c[pos]);
    }
    if let Some(sep) = out.grouping {
        match out.ty {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => {}
            Some('b' | 'o' | 'x' | 'X') if sep == '_' => {}
            Some(t) => return Err(bad_grouping(sep, t)),
        }
    }
    Ok(out)
}

/// Gilt's port of CPython's digit grouping: groups `digits` from the right, left-padding with '0'
/// digits (which are grouped too) until the result is at least `min_width` characters.
fn group_digits(digits: &[u8], min_width: i64, sep: Option<char>, group: i64) -> String {
    let mut min_width = min_width.max(0);
    let mut remaining = digits.len() as i64;
    let mut pos = digits.len();
    let mut rev: Vec<char> = Vec::with_capacity(digits.len() + min_width as usize + 4);
    let mut use_sep = false;
    let mut emit = |rev: &mut Vec<char>, n_chars: i64, n_zeros: i64, sep_now: Option<char>| {
        if let Some(s) = sep_now {
            rev.push(s);
        }
        for _ in 0..n_chars {
            pos -= 1;
            rev.push(digits[pos] as char);
        }
        for _ in 0..n_zeros {
            rev.push('0');
        }
    };
    let mut finished = false;
    if let Some(sepc) = sep {
        loop {
            let len = group.min(remaining.max(min_width).max(1));
            let n_zeros = (len - remaining).max(0);
            let n_chars = remaining.min(len).max(0);
            emit(&mut rev, n_chars, n_zeros, if use_sep { Some(sepc) } else { None });
            use_sep = true;
            remaining -= n_chars;
            min_width -= len;
            if remaining <= 0 && min_width <= 0 {
                finished = true;
                break;
            }
            min_width -= 1;
        }
    }
    if !finished {
        let len = remaining.max(min_width).max(1);
        let n_zeros = (len - remaining).max(0);
        let n_chars = remaining.min(len).max(0);
        emit(&mut rev, n_chars, n_zeros, if use_sep { sep } else { None });
    }
    rev.iter().rev().collect()
}

/// The pieces of a formatted number before padding: sign, prefix ("0x"), integer digits, optional '.', rest.
struct NumberParts<'a> {
    negative: bool,
    prefix: &'a str,
    digits: &'a [u8],
    decimal: bool,
    remainder: &'a str,
}

/// Gilt's port of CPython's number field layout (sign, prefix, padding, grouping, alignment).
fn layout_number(
    p: &NumberParts,
    spec: &FormatSpec,
    sep: Option<char>,
    group: i64,
    upper: bool,
) -> Result<String, String> {
    let width = match spec.width {
        Some(w) if w > MAX_FORMAT_LEN => return Err(MEMORY_ERROR.to_string()),
        Some(w) => w as i64,
        None => -1,
    };
    let align = spec.align.unwrap_or(if spec.zero { '=' } else { '>' });
    let sign = match spec.sign {
        Some('+') => Some(if p.negative { '-' } else { '+' }),
        Some(' ') => Some(if p.negative { '-' } else { ' ' }),
        _ => {
            if p.negative {
                Some('-')
            } else {
                None
            }
        }
    };
    let n_prefix = p.prefix.chars().count() as i64;
    let n_rem = p.remainder.chars().count() as i64;
    let non_digit = sign.is_some() as i64 + n_prefix + p.decimal as i64 + n_rem;
    let min_width = if spec.fill == '0' && align == '=' { width - non_digit } else { 0 };
    let grouped = if p.digits.is_empty() {
        String::new()
    } else {
        group_digits(p.digits, min_width, sep, group)
    };
    let n_grouped = grouped.chars().count() as i64;
    let padding = width - (non_digit + n_grouped);
    let (mut lpad, mut spad, mut rpad) = (0, 0, 0);
    if padding > 0 {
        match align {
            '<' => rpad = padding,
            '^' => {
                lpad = padding / 2;
                rpad = padding - lpad;
            }
            '=' => spad = padding,
            _ => lpad = padding,
        }
    }
    let mut out = String::with_capacity((non_digit + n_grouped + padding.max(0)) as usize);
    push_n(&mut out, spec.fill, lpad);
    if let Some(s) = sign {
        out.push(s);
    }
    if upper {
        out.push_str(&p.prefix.to_ascii_uppercase());
    } else {
        out.push_str(p.prefix);
    }
    push_n(&mut out, spec.fill, spad);
    if upper {
        out.push_str(&grouped.to_ascii_uppercase());
    } else {
        out.push_str(&grouped);
    }
    if p.decimal {
        out.push('.');
    }
    out.push_str(p.remainder);
    push_n(&mut out, spec.fill, rpad);
    Ok(out)
}

/// An integer argument: machine-sized or arbitrary precision.
enum IntArg<'a> {
    Small(i64),
    Big(&'a BigInt),
}

impl IntArg<'_> {
    fn is_negative(&self) -> bool {
        match self {
            IntArg::Small(v) => *v < 0,
            IntArg::Big(b) => b.is_negative(),
        }
    }

    fn abs_digits(&self, radix: u32) -> Result<String, String> {
        match self {
            IntArg::Small(v) => {
                let a = v.unsigned_abs();
                Ok(match radix {
                    2 => format!("{:b}", a),
                    8 => format!("{:o}", a),
                    16 => format!("{:x}", a),
                    _ => a.to_string(),
                })
            }
            IntArg::Big(b) => {
                if radix == 10 {
                    int_abs_decimal(b)
                } else {
                    Ok(b.magnitude().to_str_radix(radix))
                }
            }
        }
    }

    fn to_f64(&self) -> Result<f64, String> {
        match self {
            IntArg::Small(v) => Ok(*v as f64),
            IntArg::Big(b) => int_to_float(b),
        }
    }

    fn to_i64(&self) -> Option<i64> {
        match self {
            IntArg::Small(v) => Some(*v),
            IntArg::Big(b) => b.to_i64(),
        }
    }
}

/// Decimal digits of |n| with CPython's 4300-digit limit.
fn int_abs_decimal(n: &BigInt) -> Result<String, String> {
    // 2**14300 already has more than 4300 decimal digits: refuse before the (slow) conversion.
    if n.magnitude().bits() > 14300 {
        return Err(INT_DIGITS_LIMIT_MSG.to_string());
    }
    let s = n.magnitude().to_string();
    if s.len() > INT_MAX_STR_DIGITS {
        return Err(INT_DIGITS_LIMIT_MSG.to_string());
    }
    Ok(s)
}

/// str(int) with CPython's 4300-digit limit (Err is that ValueError's message).
pub fn int_to_decimal_string(n: &BigInt) -> Result<String, String> {
    let digits = int_abs_decimal(n)?;
    Ok(if n.is_negative() { format!("-{}", digits) } else { digits })
}

/// float(int): correctly rounded (half-even); Err("int too large to convert to float") (an OverflowError) when out of range.
pub fn int_to_float(n: &BigInt) -> Result<f64, String> {
    if let Some(v) = n.to_i64() {
        return Ok(v as f64);
    }
    let mag = n.magnitude();
    let bits = mag.bits();
    let overflow = || "int too large to convert to float".to_string();
    if bits > 1024 {
        return Err(overflow());
    }
    let shift = bits - 64;
    let top = (mag >> shift).to_u64().unwrap_or(u64::MAX);
    let sticky = mag.trailing_zeros().is_some_and(|tz| tz < shift);
    let approx = (top | sticky as u64) as f64;
    let scaled = approx * f64::from_bits((1023 + shift) << 52);
    if scaled.is_infinite() {
        return Err(overflow());
    }
    Ok(if n.is_negative() { -scaled } else { scaled })
}

fn format_integer(n: IntArg, spec: &FormatSpec) -> Result<String, String> {
    let ty = spec.ty.unwrap_or('d');
    match ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => {}
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => return format_float(n.to_f64()?, spec),
        _ => return Err(unknown_code(ty, "int")),
    }
    if spec.precision.is_some() {
        return Err("Precision not allowed in integer format specifier".to_string());
    }
    if spec.no_neg_zero {
        return Err(
            "Negative zero coercion (z) not allowed in integer format specifier".to_string(),
        );
    }
    if ty == 'c' {
        if spec.sign.is_some() {
            return Err("Sign not allowed with integer format specifier 'c'".to_string());
        }
        if spec.alternate {
            return Err(
                "Alternate form (#) not allowed with integer format specifier 'c'".to_string(),
            );
        }
        let v = n
            .to_i64()
            .ok_or_else(|| "Python int too large to convert to C long".to_string())?;
        if !(0..=0x10ffff).contains(&v) {
            return Err("%c arg not in range(0x110000)".to_string());
        }
        let ch = char::from_u32(v as u32).ok_or_else(|| {
            format!("character U+{:04X} is a lone surrogate and cannot be formatted", v)
        })?;
        let rem = ch.to_string();
        let parts = NumberParts {
            negative: false,
            prefix: "",
            digits: &[],
            decimal: false,
            remainder: &rem,
        };
        return layout_number(&parts, spec, None, 3, false);
    }
    let (radix, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' | 'X' => (16, "0x"),
        _ => (10, ""),
    };
    let digits = n.abs_digits(radix)?;
    let plain = spec.sign.is_none()
        && spec.width.is_none()
        && spec.grouping.is_none()
        && ty != 'X'
        && !spec.alternate;
    if plain {
        return Ok(if n.is_negative() { format!("-{}", digits) } else { digits });
    }
    let sep = if ty == 'n' { None } else { spec.grouping };
    let group = if radix != 10 { 4 } else { 3 };
    let parts = NumberParts {
        negative: n.is_negative(),
        prefix: if spec.alternate { prefix } else { "" },
        digits: digits.as_bytes(),
        decimal: false,
        remainder: "",
    };
    layout_number(&parts, spec, sep, group, ty == 'X')
}

/// format(int, spec) for int.__format__: types b c d o x X n e E f F g G % and None; errors name the type 'int'.
pub fn format_int(n: &BigInt, spec: &FormatSpec) -> Result<String, String> {
    match n.to_i64() {
        Some(v) => format_integer(IntArg::Small(v), spec),
        None => format_integer(IntArg::Big(n), spec),
    }
}

/// Same as [`format_int`] for a machine integer (fast path, identical results).
pub fn format_i64(n: i64, spec: &FormatSpec) -> Result<String, String> {
    format_integer(IntArg::Small(n), spec)
}

/// format(float, spec) for float.__format__: types e E f F g G n % and None (repr-like); errors name the type 'float'.
pub fn format_float(x: f64, spec: &FormatSpec) -> Result<String, String> {
    let ty = spec.ty;
    match ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => {}
        Some(c) => return Err(unknown_code(c, "float")),
    }
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err("precision too big".to_string());
    }
    let mut code = ty.unwrap_or('r');
    let mut default_precision = 6;
    let mut add_dot_0 = false;
    if ty.is_none() {
        add_dot_0 = true;
        default_precision = 0;
    }
    if code == 'n' {
        code = 'g';
    }
    let mut val = x;
    let add_pct = code == '%';
    if add_pct {
        code = 'f';
        val *= 100.0;
    }
    let precision = match spec.precision {
        None => default_precision,
        Some(p) => {
            if code == 'r' {
                code = 'g';
            }
            p
        }
    };
    let mut text = float_to_text(
        val,
        code,
        precision,
        false,
        add_dot_0,
        spec.alternate,
        spec.no_neg_zero,
    )?;
    if add_pct {
        text.push('%');
    }
    if spec.sign.is_none() && spec.width.is_none() && spec.grouping.is_none() {
        return Ok(text);
    }
    let (negative, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.as_str()),
    };
    let n_int = body.bytes().take_while(u8::is_ascii_digit).count();
    let digits = &body.as_bytes()[..n_int];
    let after = &body[n_int..];
    let (decimal, remainder) = match after.strip_prefix('.') {
        Some(r) => (true, r),
        None => (false, after),
    };
    let parts = NumberParts {
        negative,
        prefix: "",
        digits,
        decimal,
        remainder,
    };
    let sep = if ty == Some('n') { None } else { spec.grouping };
    layout_number(&parts, spec, sep, 3, false)
}

/// format(str, spec) for str.__format__: type 's' or None; precision truncates; default left alignment.
pub fn format_str(s: &str, spec: &FormatSpec) -> Result<String, String> {
    if let (Some(sep), None) = (spec.grouping, spec.ty) {
        return Err(bad_grouping(sep, 's'));
    }
    if let Some(c) = spec.ty {
        if c != 's' {
            return Err(unknown_code(c, "str"));
        }
    }
    match spec.sign {
        Some(' ') => return Err("Space not allowed in string format specifier".to_string()),
        Some(_) => return Err("Sign not allowed in string format specifier".to_string()),
        None => {}
    }
    if spec.no_neg_zero {
        return Err(
            "Negative zero coercion (z) not allowed in string format specifier".to_string(),
        );
    }
    if spec.alternate {
        return Err("Alternate form (#) not allowed in string format specifier".to_string());
    }
    if spec.align == Some('=') {
        return Err("'=' alignment not allowed in string format specifier".to_string());
    }
    let mut text = s;
    let mut len = s.chars().count();
    if let Some(p) = spec.precision {
        if len > p {
            let cut = s.char_indices().nth(p).map_or(s.len(), |(i, _)| i);
            text = &s[..cut];
            len = p;
        }
    }
    let width = match spec.width {
        Some(w) if w > MAX_FORMAT_LEN => return Err(MEMORY_ERROR.to_string()),
        Some(w) => w,
        None => 0,
    };
    if width <= len {
        return Ok(text.to_string());
    }
    let total = width - len;
    let lpad = match spec.align.unwrap_or('<') {
        '>' => total,
        '^' => total / 2,
        _ => 0,
    };
    let mut out = String::with_capacity(text.len() + total);
    push_n(&mut out, spec.fill, lpad as i64);
    out.push_str(text);
    push_n(&mut out, spec.fill, (total - lpad) as i64);
    Ok(out)
}

// ---------------------------------------------------------------------------
// round(), float(str), int(str, base)
// ---------------------------------------------------------------------------

/// Python round(x, ndigits) for floats: correctly rounded (half-even on the exact binary value);
/// ndigits may be negative; inf/nan unchanged; a result too large to represent becomes +-inf.
pub fn round_float(x: f64, ndigits: i64) -> f64 {
    round_float_checked(x, ndigits).unwrap_or(if x < 0.0 {
        f64::NEG_INFINITY
    } else {
        f64::INFINITY
    })
}

/// Like [`round_float`] but with CPython's Err("rounded value too large to represent") (an OverflowError).
pub fn round_float_checked(x: f64, ndigits: i64) -> Result<f64, String> {
    if !x.is_finite() || ndigits > 323 {
        return Ok(x);
    }
    if ndigits < -308 {
        return Ok(0.0 * x);
    }
    let (digits, decpt) = if ndigits >= 0 {
        digits_fixed(x, ndigits as usize)
    } else {
        digits_round_left(x, ndigits.unsigned_abs() as usize)
    };
    let mag = if digits.is_empty() {
        0.0
    } else {
        let text = format!("0.{}e{}", String::from_utf8_lossy(&digits), decpt);
        text.parse::<f64>().unwrap_or(0.0)
    };
    if mag.is_infinite() {
        return Err("rounded value too large to represent".to_string());
    }
    Ok(if x.is_sign_negative() { -mag } else { mag })
}

/// Validates Python float syntax (after whitespace/underscore handling) and converts it.
fn parse_float_ascii(b: &[u8]) -> Option<f64> {
    let mut i = 0;
    let mut neg = false;
    if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
        neg = b[i] == b'-';
        i += 1;
    }
    let body = &b[i..];
    let lower: Vec<u8> = body.iter().map(u8::to_ascii_lowercase).collect();
    let special = match lower.as_slice() {
        b"inf" | b"infinity" => Some(f64::INFINITY),
        b"nan" => Some(f64::NAN),
        _ => None,
    };
    if let Some(v) = special {
        return Some(if neg { -v } else { v });
    }
    let int_start = i;
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
    }
    let int_part = &b[int_start..i];
    let mut frac_part: &[u8] = &[];
    if i < b.len() && b[i] == b'.' {
        i += 1;
        let fs = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        frac_part = &b[fs..i];
    }
    if int_part.is_empty() && frac_part.is_empty() {
        return None;
    }
    let mut exp_part: &[u8] = b"0";
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        let es = i + 1;
        let mut j = es;
        if j < b.len() && (b[j] == b'+' || b[j] == b'-') {
            j += 1;
        }
        let ds = j;
        while j < b.len() && b[j].is_ascii_digit() {
            j += 1;
        }
        if j == ds {
            return None;
        }
        exp_part = &b[es..j];
        i = j;
    }
    if i != b.len() {
        return None;
    }
    let mut text = String::with_capacity(b.len() + 4);
    if neg {
        text.push('-');
    }
    text.push_str(std::str::from_utf8(int_part).ok()?);
    if int_part.is_empty() {
        text.push('0');
    }
    text.push('.');
    text.push_str(std::str::from_utf8(frac_part).ok()?);
    if frac_part.is_empty() {
        text.push('0');
    }
    text.push('e');
    // Clamp absurd exponents: they only decide between 0 and inf, and keep the text small.
    let exp_str = std::str::from_utf8(exp_part).ok()?;
    let (eneg, edigits) = match exp_str.as_bytes().first() {
        Some(b'-') => (true, &exp_str[1..]),
        Some(b'+') => (false, &exp_str[1..]),
        _ => (false, exp_str),
    };
    let edigits = edigits.trim_start_matches('0');
    let e: i64 = if edigits.len() > 9 {
        999_999_999
    } else {
        edigits.parse().unwrap_or(0)
    };
    text.push_str(&(if eneg { -e } else { e }).to_string());
    text.parse::<f64>().ok()
}

/// float(str) parsing: strips ASCII/Unicode whitespace, accepts underscores between digits, Unicode digits,
/// "inf", "-Infinity", "nan" (any case), "1e5", ".5", "5."; None on error.
pub fn parse_float(s: &str) -> Option<f64> {
    let mut b = number_text_to_ascii(s)?;
    if b.contains(&b'_') {
        let mut out = Vec::with_capacity(b.len());
        let mut prev = 0u8;
        for &c in &b {
            if c == b'_' {
                if !prev.is_ascii_digit() {
                    return None;
                }
            } else {
                if prev == b'_' && !c.is_ascii_digit() {
                    return None;
                }
                out.push(c);
            }
            prev = c;
        }
        if prev == b'_' {
            return None;
        }
        b = out;
    }
    let mut start = 0;
    let mut end = b.len();
    while start < end && is_c_space(b[start]) {
        start += 1;
    }
    while end > start && is_c_space(b[end - 1]) {
        end -= 1;
    }
    parse_float_ascii(&b[start..end])
}

/// Why int(str, base) text parsing failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IntParseError {
    /// Not a valid literal: CPython's "invalid literal for int() with base N: ..." (or a bad base).
    Invalid,
    /// More than 4300 digits in a non power-of-two base: carries CPython's full ValueError message.
    TooManyDigits(String),
}

fn digit_value_ascii(c: u8) -> u32 {
    match c {
        b'0'..=b'9' => u32::from(c - b'0'),
        b'a'..=b'z' => u32::from(c - b'a') + 10,
        b'A'..=b'Z' => u32::from(c - b'A') + 10,
        _ => 99,
    }
}

/// int(str, base) parsing: base 0 (autodetect prefix, no leading zeros as CPython), 2..=36, optional prefix
/// matching the base, sign, surrounding whitespace, underscores between digits; None on error (or a bad base).
pub fn parse_int(s: &str, base: u32) -> Option<BigInt> {
    parse_int_checked(s, base).ok()
}

/// Like [`parse_int`] but distinguishes CPython's 4300-digit limit error from an invalid literal.
pub fn parse_int_checked(s: &str, base: u32) -> Result<BigInt, IntParseError> {
    use IntParseError::Invalid;
    if base == 1 || base > 36 {
        return Err(Invalid);
    }
    let b = number_text_to_ascii(s).ok_or(Invalid)?;
    let at = |i: usize| -> u8 { b.get(i).copied().unwrap_or(0) };
    let mut i = 0;
    while i < b.len() && is_c_space(b[i]) {
        i += 1;
    }
    let mut negative = false;
    if at(i) == b'+' {
        i += 1;
    } else if at(i) == b'-' {
        negative = true;
        i += 1;
    }
    let mut base = base;
    let mut error_if_nonzero = false;
    if base == 0 {
        base = if at(i) != b'0' {
            10
        } else {
            match at(i + 1) {
                b'x' | b'X' => 16,
                b'o' | b'O' => 8,
                b'b' | b'B' => 2,
                _ => {
                    error_if_nonzero = true;
                    10
                }
            }
        };
    }
    if at(i) == b'0'
        && matches!(
            (base, at(i + 1)),
            (16, b'x' | b'X') | (8, b'o' | b'O') | (2, b'b' | b'B')
        )
    {
        i += 2;
        if at(i) == b'_' {
            i += 1;
        }
    }
    if at(i) == b'_' {
        return Err(Invalid);
    }
    let mut digits: Vec<u8> = Vec::new();
    let mut prev = 0u8;
    while i < b.len() && (digit_value_ascii(b[i]) < base || b[i] == b'_') {
        if b[i] == b'_' {
            if prev == b'_' {
                return Err(Invalid);
            }
        } else {
            digits.push(b[i]);
        }
        prev = b[i];
        i += 1;
    }
    if prev == b'_' {
        return Err(Invalid);
    }
    if !base.is_power_of_two() && digits.len() > INT_MAX_STR_DIGITS {
        return Err(IntParseError::TooManyDigits(format!(
            "Exceeds the limit ({} digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
            INT_MAX_STR_DIGITS,
            digits.len()
        )));
    }
    if digits.is_empty() {
        return Err(Invalid);
    }
    while i < b.len() && is_c_space(b[i]) {
        i += 1;
    }
    if i != b.len() {
        return Err(Invalid);
    }
    let value = if digits.len() <= 12 {
        let mut v: u64 = 0;
        for &d in &digits {
            v = v * u64::from(base) + u64::from(digit_value_ascii(d));
        }
        BigInt::from(v)
    } else {
        BigInt::parse_bytes(&digits, base).ok_or(Invalid)?
    };
    if error_if_nonzero && !value.is_zero() {
        return Err(Invalid);
    }
    Ok(if negative { -value } else { value })
}

// ---------------------------------------------------------------------------
// printf-style % formatting
// ---------------------------------------------------------------------------

/// Flags of a %-directive: '-' (left), '+' (sign), ' ' (space), '#' (alt), '0' (zero).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PercentFlags {
    /// '-': left-justify.
    pub left: bool,
    /// '+': always show a sign on numbers.
    pub sign: bool,
    /// ' ': a space in place of '+' on non-negative numbers.
    pub space: bool,
    /// '#': alternate form (0o/0x prefixes, kept decimal point).
    pub alt: bool,
    /// '0': zero padding for numbers.
    pub zero: bool,
}

/// A width or precision in a %-directive: a number, or '*' (taken from the arguments by the caller).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Count {
    /// A literal number.
    Fixed(usize),
    /// '*': the next argument supplies it (negative width means left-justify; negative precision means 0).
    Star,
}

/// One %-directive: `%[(key)][flags][width][.precision][hlL]conv`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PercentSpec {
    /// The mapping key of `%(key)s`.
    pub key: Option<String>,
    /// The flags.
    pub flags: PercentFlags,
    /// The field width.
    pub width: Option<Count>,
    /// The precision.
    pub precision: Option<Count>,
    /// The conversion character: one of s r a c d i u o x X e E f F g G.
    pub conv: char,
}

/// A piece of a parsed %-format string: literal text ("%%" already turned into '%') or a directive.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PercentPiece {
    /// Literal text.
    Lit(String),
    /// A conversion directive.
    Spec(PercentSpec),
}

/// Parses a %-format string into literal text and directives, with CPython's error messages
/// ("incomplete format", "incomplete format key", "width too big", "precision too big",
/// "unsupported format character 'y' (0x79) at index 3").
pub fn parse_percent(fmt: &str) -> Result<Vec<PercentPiece>, String> {
    let c: Vec<char> = fmt.chars().collect();
    let n = c.len();
    let mut pieces = Vec::new();
    let mut lit = String::new();
    let mut i = 0;
    while i < n {
        if c[i] != '%' {
            lit.push(c[i]);
            i += 1;
            continue;
        }
        i += 1;
        if i < n && c[i] == '%' {
            lit.push('%');
            i += 1;
            continue;
        }
        let mut key = None;
        if i < n && c[i] == '(' {
            i += 1;
            let start = i;
            let mut depth = 1;
            while depth > 0 && i < n {
                if c[i] == ')' {
                    depth -= 1;
                } else if c[i] == '(' {
                    depth += 1;
                }
                i += 1;
            }
            if depth > 0 {
                return Err("incomplete format key".to_string());
            }
            key = Some(c[start..i - 1].iter().collect::<String>());
        }
        let mut flags = PercentFlags::default();
        while i < n {
            match c[i] {
                '-' => flags.left = true,
                '+' => flags.sign = true,
                ' ' => flags.space = true,
                '#' => flags.alt = true,
                '0' => flags.zero = true,
                _ => break,
            }
            i += 1;
        }
        let mut width = None;
        if i < n && c[i] == '*' {
            width = Some(Count::Star);
            i += 1;
        } else if i < n && c[i].is_ascii_digit() {
            let mut w: u64 = 0;
            while i < n && c[i].is_ascii_digit() {
                let d = u64::from(c[i] as u8 - b'0');
                if w > (i64::MAX as u64 - d) / 10 {
                    return Err("width too big".to_string());
                }
                w = w * 10 + d;
                i += 1;
            }
            width = Some(Count::Fixed(w as usize));
        }
        let mut precision = None;
        if i < n && c[i] == '.' {
            i += 1;
            if i < n && c[i] == '*' {
                precision = Some(Count::Star);
                i += 1;
            } else {
                let mut p: u64 = 0;
                while i < n && c[i].is_ascii_digit() {
                    let d = u64::from(c[i] as u8 - b'0');
                    if p > (i32::MAX as u64 - d) / 10 {
                        return Err("precision too big".to_string());
                    }
                    p = p * 10 + d;
                    i += 1;
                }
                precision = Some(Count::Fixed(p as usize));
            }
        }
        if i < n && matches!(c[i], 'h' | 'l' | 'L') {
            i += 1;
        }
        if i >= n {
            return Err("incomplete format".to_string());
        }
        let conv = c[i];
        i += 1;
        if !matches!(
            conv,
            's' | 'r' | 'a' | 'c' | 'd' | 'i' | 'u' | 'o' | 'x' | 'X' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G'
        ) {
            let cp = conv as u32;
            let shown = if (31..=126).contains(&cp) { conv } else { '?' };
            return Err(format!(
                "unsupported format character '{}' (0x{:x}) at index {}",
                shown,
                cp,
                i - 1
            ));
        }
        if !lit.is_empty() {
            pieces.push(PercentPiece::Lit(std::mem::take(&mut lit)));
        }
        pieces.push(PercentPiece::Spec(PercentSpec {
            key,
            flags,
            width,
            precision,
            conv,
        }));
    }
    if !lit.is_empty() {
        pieces.push(PercentPiece::Lit(lit));
    }
    Ok(pieces)
}

/// Gilt's port of CPython's %-directive padding (sign handling, '0' fill, '#' prefixes, '-' justification).
fn percent_output(
    s: &str,
    conv: char,
    flags: &PercentFlags,
    width: Option<usize>,
    prec: Option<usize>,
    numeric: bool,
) -> String {
    let width = width.map(|w| w.min(MAX_FORMAT_LEN));
    let chars: Vec<char> = s.chars().collect();
    let mut len = chars.len();
    if width.is_none_or(|w| w <= len)
        && prec.is_none_or(|p| p >= len)
        && !(flags.sign || flags.space)
    {
        return s.to_string();
    }
    if matches!(conv, 's' | 'r' | 'a') {
        if let Some(p) = prec {
            len = len.min(p);
        }
    }
    let fill = if numeric && flags.zero { '0' } else { ' ' };
    let mut pindex = 0;
    let mut signchar = None;
    let mut sign = numeric;
    if sign {
        match chars.first() {
            Some(&ch @ ('-' | '+')) => {
                signchar = Some(ch);
                len -= 1;
                pindex = 1;
            }
            _ if flags.sign => signchar = Some('+'),
            _ if flags.space => signchar = Some(' '),
            _ => sign = false,
        }
    }
    let mut width = width.map_or(-1, |w| w as i64).max(len as i64);
    let mut len = len as i64;
    let mut out = String::with_capacity(width as usize + 1);
    let alt_prefix = flags.alt && matches!(conv, 'x' | 'X' | 'o') && chars.len() >= pindex + 2;
    if sign {
        if fill != ' ' {
            out.extend(signchar);
        }
        if width > len {
            width -= 1;
        }
    }
    if alt_prefix {
        if fill != ' ' {
            out.push(chars[pindex]);
            out.push(chars[pindex + 1]);
            pindex += 2;
        }
        width = (width - 2).max(0);
        len -= 2;
    }
    if width > len && !flags.left {
        push_n(&mut out, fill, width - len);
        width = len;
    }
    if fill == ' ' {
        if sign {
            out.extend(signchar);
        }
        if alt_prefix {
            out.push(chars[pindex]);
            out.push(chars[pindex + 1]);
            pindex += 2;
        }
    }
    let stop = (pindex as i64 + len.max(0)) as usize;
    out.extend(chars[pindex.min(chars.len())..stop.min(chars.len())].iter());
    if width > len {
        push_n(&mut out, ' ', width - len);
    }
    out
}

fn check_percent_counts(width: Option<usize>, precision: Option<usize>) -> Result<(), String> {
    if width.is_some_and(|w| w > MAX_FORMAT_LEN) || precision.is_some_and(|p| p > MAX_FORMAT_LEN) {
        return Err(MEMORY_ERROR.to_string());
    }
    Ok(())
}

/// `%d %i %u %o %x %X` of an int (width/precision already resolved from '*'); over-large counts are clamped
/// and the 4300-digit limit is not applied (see [`percent_int_checked`]).
pub fn percent_int(n: &BigInt, spec: &PercentSpec, width: Option<usize>, precision: Option<usize>) -> String {
    let precision = precision.map(|p| p.min(MAX_FORMAT_LEN));
    let width = width.map(|w| w.min(MAX_FORMAT_LEN));
    let body = percent_int_body(n, spec, precision, false).unwrap_or_default();
    percent_output(&body, spec.conv, &spec.flags, width, precision, true)
}

/// Like [`percent_int`] but with CPython's errors: the 4300-digit limit, "precision too large" (OverflowError), [`MEMORY_ERROR`].
pub fn percent_int_checked(
    n: &BigInt,
    spec: &PercentSpec,
    width: Option<usize>,
    precision: Option<usize>,
) -> Result<String, String> {
    if precision.is_some_and(|p| p > i32::MAX as usize - 3) {
        return Err("precision too large".to_string());
    }
    check_percent_counts(width, precision)?;
    let body = percent_int_body(n, spec, precision, true)?;
    Ok(percent_output(&body, spec.conv, &spec.flags, width, precision, true))
}

/// Gilt's port of CPython's %-int text (sign, '#' prefix, precision zeros, case) before padding.
fn percent_int_body(
    n: &BigInt,
    spec: &PercentSpec,
    precision: Option<usize>,
    limit_digits: bool,
) -> Result<String, String> {
    let conv = spec.conv;
    let (radix, prefix) = match conv {
        'o' => (8, "0o"),
        'x' | 'X' => (16, "0x"),
        _ => (10, ""),
    };
    let digits = match n.to_i64() {
        Some(v) => IntArg::Small(v).abs_digits(radix)?,
        None if radix == 10 && !limit_digits => n.magnitude().to_string(),
        None => IntArg::Big(n).abs_digits(radix)?,
    };
    let mut body = String::with_capacity(digits.len() + 4);
    if n.is_negative() {
        body.push('-');
    }
    if spec.flags.alt {
        body.push_str(prefix);
    }
    if let Some(p) = precision {
        push_n(&mut body, '0', p as i64 - digits.len() as i64);
    }
    body.push_str(&digits);
    if conv == 'X' {
        body.make_ascii_uppercase();
    }
    Ok(body)
}

/// `%e %E %f %F %g %G` of a float (default precision 6); over-large counts are clamped.
pub fn percent_float(x: f64, spec: &PercentSpec, width: Option<usize>, precision: Option<usize>) -> String {
    let precision = precision.map(|p| p.min(MAX_FORMAT_LEN / 2));
    let width = width.map(|w| w.min(MAX_FORMAT_LEN));
    percent_float_checked(x, spec, width, precision).unwrap_or_default()
}

/// Like [`percent_float`] but returns [`MEMORY_ERROR`] instead of clamping over-large results.
pub fn percent_float_checked(
    x: f64,
    spec: &PercentSpec,
    width: Option<usize>,
    precision: Option<usize>,
) -> Result<String, String> {
    check_percent_counts(width, None)?;
    let conv = match spec.conv {
        c @ ('e' | 'E' | 'f' | 'F' | 'g' | 'G') => c,
        _ => 'g',
    };
    let prec = precision.unwrap_or(6).min(i32::MAX as usize);
    let text = float_to_text(x, conv, prec, false, false, spec.flags.alt, false)?;
    Ok(percent_output(&text, conv, &spec.flags, width, precision, true))
}

/// `%s %r %a` (and `%c`) of already-converted text: precision truncates s/r/a, width pads; over-large widths are clamped.
pub fn percent_str(s: &str, spec: &PercentSpec, width: Option<usize>, precision: Option<usize>) -> String {
    percent_output(s, spec.conv, &spec.flags, width, precision, false)
}
