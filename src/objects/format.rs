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

/// Largest float text (in characters, the digits a precision asks for) Gilt will build; beyond
/// it the result is [`MEMORY_ERROR`]. Widths have no such bound: a padded result that the
/// allocator cannot give is [`MEMORY_ERROR`] too, one that it can is built (as in CPython).
pub const MAX_FORMAT_LEN: usize = 1 << 28;

/// Error message used when a formatted result cannot be allocated or would exceed [`MAX_FORMAT_LEN`] (a MemoryError in Python terms).
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
    0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10,
    0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650,
    0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0, 0x16B50,
    0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
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
    matches!(
        c as u32,
        0x85 | 0xA0 | 0x1680 | 0x2000..=0x200A | 0x2028 | 0x2029 | 0x202F | 0x205F | 0x3000
    )
}

/// True for the ASCII whitespace CPython's number parsers skip (space, \t, \n, \v, \f, \r).
fn is_c_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

/// Maps number text to ASCII the way CPython does before parsing: Unicode spaces become ' ', Unicode decimal digits become ASCII digits; any other non-ASCII character makes the text invalid.
fn number_text_to_ascii(s: &str) -> Option<Vec<u8>> {
    // ('?' is in no number either)
    let out = number_text_to_ascii_lossy(s);
    (!out.contains(&b'?')).then_some(out)
}

/// [`number_text_to_ascii`], the text cut at the first character it cannot map, which is
/// written as '?' (in no number).
fn number_text_to_ascii_lossy(s: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        if (c as u32) < 127 {
            out.push(c as u8);
        } else if is_unicode_space(c) {
            out.push(b' ');
        } else if let Some(d) = decimal_value(c) {
            out.push(b'0' + d as u8);
        } else {
            out.push(b'?');
            break;
        }
    }
    out
}

// ---------------------------------------------------------------------------
// Decimal digit generation for floats
// ---------------------------------------------------------------------------

/// Digits of a finite |x| as (digits, decpt) meaning 0.DIGITS x 10^decpt, without trailing zeros; zero is ("0", 1). Shortest digits that round-trip (closest of those when several qualify).
fn digits_shortest(x: f64) -> (Vec<u8>, i64) {
    let x = x.abs();
    let (digits, decpt) = sci_to_digits(&format!("{:e}", x));
    match shortest_tie_fix(x, digits.len()) {
        Some(fixed) => fixed,
        None => (digits, decpt),
    }
}

/// Rust's shortest digits round a final-digit tie upward, CPython rounds it to even. A tie needs the exact value of `x` to have exactly `k + 1` significant digits; this detects that case and returns the even candidate when it also round-trips.
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
    if !(-25..0).contains(&exp) {
        return None;
    }
    let exact = u128::from(mant) * 5u128.pow((-exp) as u32);
    let text = exact.to_string();
    if text.len() != k + 1 {
        return None;
    }
    // exact = q * 10 + 5: candidates are q and q + 1 (units of the k-th digit); keep the even one.
    let q = exact / 10;
    let even = if q.is_multiple_of(2) { q } else { q + 1 };
    // Value of the exact digits: 0.TEXT x 10^decpt, decpt = len(int part of x).
    let frac_digits = -exp;
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

/// Digits of |x| correctly rounded (half-even on the exact value) to `n` places after the point; a non-zero value that rounds to zero gives ("", -n), exactly zero gives ("0", 1).
fn digits_fixed(x: f64, n: usize) -> (Vec<u8>, i64) {
    match scaled_round(x.abs(), n) {
        // (zero, and values that round to zero, take the exact path and its conventions)
        Some(r) if r != 0 => {
            let mut d = r.to_string().into_bytes();
            let decpt = d.len() as i64 - n as i64;
            while d.last() == Some(&b'0') {
                d.pop();
            }
            (d, decpt)
        }
        _ => digits_fixed_exact(x, n),
    }
}

/// `digits_fixed` through the exact decimal expansion.
fn digits_fixed_exact(x: f64, n: usize) -> (Vec<u8>, i64) {
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

/// `ax * 10^n` rounded to an integer, when one multiplication decides it: 10^n is exact for
/// n <= 22, the product is within half a unit in the last place of the exact one (at most 2^-13
/// below 2^40), so unless its fraction is that close to one half the rounding is the exact
/// value's. `None` sends the caller to the exact (slow) digits.
fn scaled_round(ax: f64, n: usize) -> Option<u64> {
    const POW10: [f64; 16] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
    ];
    let t = ax * *POW10.get(n)?;
    if t.is_nan() || t >= (1u64 << 40) as f64 {
        return None;
    }
    let floor = t.floor();
    let frac = t - floor;
    const MARGIN: f64 = 1.0 / 4096.0;
    if (frac - 0.5).abs() <= MARGIN {
        return None;
    }
    Some(floor as u64 + (frac > 0.5) as u64)
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

/// An empty `String` with room for `bytes` bytes, or [`MEMORY_ERROR`] when the allocator cannot
/// give them (never an allocation abort): for results whose size a width or precision chose.
fn try_string(bytes: usize) -> Result<String, String> {
    let mut s = String::new();
    s.try_reserve_exact(bytes)
        .map_err(|_| MEMORY_ERROR.to_string())?;
    Ok(s)
}

fn push_n(s: &mut String, c: char, n: i64) {
    push_repeated(s, c.encode_utf8(&mut [0; 4]), n.max(0) as usize);
}

/// Appends `count` copies of `unit` to `out`, copied in doubling runs (a fill, a padding, a
/// repetition). Callers that build a result of the program's chosen size reserve the room
/// first (with `try_reserve`), so that this does not allocate.
pub fn push_repeated(out: &mut String, unit: &str, count: usize) {
    let total = unit.len() * count;
    if total == 0 {
        return;
    }
    let start = out.len();
    out.push_str(unit);
    while out.len() - start <= total / 2 {
        out.extend_from_within(start..);
    }
    // a whole number of units: the cut is on a character boundary
    let done = out.len() - start;
    out.extend_from_within(start..start + total - done);
}

/// Reproduces CPython's float-to-text core. `code` is one of e E f F g G r; `precision` is ignored for 'r'. Flags mirror CPython's: sign always, ".0" for integers, '#' form, 'z' (no negative zero).
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
    let mut s = try_string(size as usize)?;
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

/// CPython's repr(float) / str(float): shortest round-trip digits; scientific when exponent < -4 or >= 16: 0.1+0.2 -> "0.30000000000000004", 1e16 -> "1e+16", 1.0 -> "1.0", 1e-5 -> "1e-05", inf -> "inf", nan -> "nan", -0.0 -> "-0.0".
pub fn float_repr(x: f64) -> String {
    float_to_text(x, 'r', 0, false, true, false, false).unwrap_or_default()
}

// ---------------------------------------------------------------------------
// Format-spec mini-language
// ---------------------------------------------------------------------------

/// A parsed format spec: `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
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
        let Some(d) = decimal_value(c[*pos]) else {
            break;
        };
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
#[cfg(test)]
pub fn parse_spec(spec: &str) -> Result<FormatSpec, String> {
    parse_spec_for(spec, "object")
}

/// Parses a format spec exactly as CPython's `__format__` for an object whose type is named `type_name`.
pub fn parse_spec_for(spec: &str, type_name: &str) -> Result<FormatSpec, String> {
    // the characters, in a buffer on the stack for the usual short ASCII spec
    let mut short = ['\0'; 16];
    let long: Vec<char>;
    let c: &[char] = if spec.len() <= short.len() && spec.is_ascii() {
        for (slot, b) in short.iter_mut().zip(spec.bytes()) {
            *slot = b as char;
        }
        &short[..spec.len()]
    } else {
        long = spec.chars().collect();
        &long
    };
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
    let (w, consumed) = spec_integer(c, &mut pos)?;
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
        let (p, consumed) = spec_integer(c, &mut pos)?;
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

/// Reproduces CPython's digit grouping: groups `digits` from the right, left-padding with '0' digits (which are grouped too) until the result is at least `min_width` characters.
fn group_digits(
    digits: &[u8],
    min_width: i64,
    sep: Option<char>,
    group: i64,
) -> Result<String, String> {
    let mut min_width = min_width.max(0);
    let mut remaining = digits.len() as i64;
    let mut pos = digits.len();
    // (room for the digits, a separator per digit at most, and the zeros up to `min_width`)
    let mut rev: Vec<char> = Vec::new();
    rev.try_reserve_exact((min_width as usize).saturating_add(2 * digits.len() + 4))
        .map_err(|_| MEMORY_ERROR.to_string())?;
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
            emit(
                &mut rev,
                n_chars,
                n_zeros,
                if use_sep { Some(sepc) } else { None },
            );
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
    let mut out = try_string(rev.iter().map(|c| c.len_utf8()).sum())?;
    out.extend(rev.iter().rev());
    Ok(out)
}

/// The pieces of a formatted number before padding: sign, prefix ("0x"), integer digits, optional '.', rest.
struct NumberParts<'a> {
    negative: bool,
    prefix: &'a str,
    digits: &'a [u8],
    decimal: bool,
    remainder: &'a str,
}

/// Reproduces CPython's number field layout (sign, prefix, padding, grouping, alignment).
fn layout_number(
    p: &NumberParts,
    spec: &FormatSpec,
    sep: Option<char>,
    group: i64,
    upper: bool,
) -> Result<String, String> {
    // (a width past what memory holds is a MEMORY_ERROR when the result is allocated)
    let width = match spec.width {
        Some(w) => i64::try_from(w).unwrap_or(i64::MAX),
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
    let min_width = if spec.fill == '0' && align == '=' {
        width - non_digit
    } else {
        0
    };
    let grouped: std::borrow::Cow<str> = if p.digits.is_empty() {
        "".into()
    } else if sep.is_none() && min_width <= p.digits.len() as i64 {
        // nothing to group or pad: the digits as they are (they are ASCII)
        String::from_utf8_lossy(p.digits)
    } else {
        group_digits(p.digits, min_width, sep, group)?.into()
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
    let text_bytes = 2 + p.prefix.len() + grouped.len() + p.remainder.len();
    let pad_bytes = (padding.max(0) as usize).saturating_mul(spec.fill.len_utf8());
    let mut out = try_string(text_bytes.saturating_add(pad_bytes))?;
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
    Ok(if n.is_negative() {
        format!("-{}", digits)
    } else {
        digits
    })
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
        let ch = crate::objects::codepoint::from_code_point(v as u32)
            .map_err(|_| crate::objects::codepoint::stand_in_message(v as u32))?;
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
        return Ok(if n.is_negative() {
            format!("-{}", digits)
        } else {
            digits
        });
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
    let sep = if ty == Some('n') { None } else { spec.grouping };
    layout_float_text(&text, spec, sep)
}

/// Lays out a float's text (sign, integer digits, point, the rest) as `spec` asks, the
/// digits grouped by `sep`.
fn layout_float_text(text: &str, spec: &FormatSpec, sep: Option<char>) -> Result<String, String> {
    let (negative, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
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
    layout_number(&parts, spec, sep, 3, false)
}

/// CPython's repr(complex) and str(complex): the parts' shortest round-trip digits without
/// ".0", in parentheses unless the real part is +0: `1j`, `(1+2j)`, `(-0-0j)`, `(nan+infj)`.
pub fn complex_repr(re: f64, im: f64) -> String {
    let part = |x: f64, sign: bool| {
        float_to_text(x, 'r', 0, sign, false, false, false).unwrap_or_default()
    };
    if re == 0.0 && re.is_sign_positive() {
        format!("{}j", part(im, false))
    } else {
        format!("({}{}j)", part(re, false), part(im, true))
    }
}

/// format(complex, spec) for complex.__format__: types e E f F g G n and None (str()'s form,
/// with the precision if one is given); both parts take the precision, grouping and flags,
/// the real part the sign option (the imaginary part always shows its sign after a real
/// part), and the whole is aligned in the width; errors name the type 'complex'.
pub fn format_complex(re: f64, im: f64, spec: &FormatSpec) -> Result<String, String> {
    match spec.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n') => {}
        Some(c) => return Err(unknown_code(c, "complex")),
    }
    if spec.fill == '0' {
        return Err("Zero padding is not allowed in complex format specifier".to_string());
    }
    if spec.align == Some('=') {
        return Err("'=' alignment flag is not allowed in complex format specifier".to_string());
    }
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err("precision too big".to_string());
    }
    let plain = spec.ty.is_none();
    let skip_re = plain && re == 0.0 && re.is_sign_positive();
    let mut code = match spec.ty {
        None => 'r',
        Some('n') => 'g',
        Some(c) => c,
    };
    let precision = match spec.precision {
        None if plain => 0,
        None => 6,
        Some(p) => {
            if code == 'r' {
                code = 'g';
            }
            p
        }
    };
    let sep = if spec.ty == Some('n') {
        None
    } else {
        spec.grouping
    };
    let part = |x: f64, sign: Option<char>| {
        let text = float_to_text(
            x,
            code,
            precision,
            false,
            false,
            spec.alternate,
            spec.no_neg_zero,
        )?;
        let part_spec = FormatSpec {
            sign,
            ..FormatSpec::default()
        };
        layout_float_text(&text, &part_spec, sep)
    };
    let parens = plain && !skip_re;
    let mut body = String::new();
    if parens {
        body.push('(');
    }
    if !skip_re {
        body.push_str(&part(re, spec.sign)?);
    }
    body.push_str(&part(im, if skip_re { spec.sign } else { Some('+') })?);
    body.push('j');
    if parens {
        body.push(')');
    }
    let padding = FormatSpec {
        fill: spec.fill,
        align: Some(spec.align.unwrap_or('>')),
        width: spec.width,
        ..FormatSpec::default()
    };
    let whole = NumberParts {
        negative: false,
        prefix: "",
        digits: &[],
        decimal: false,
        remainder: &body,
    };
    layout_number(&whole, &padding, None, 3, false)
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
    // (a width past what memory holds is a MEMORY_ERROR when the result is allocated)
    let width = spec.width.unwrap_or(0);
    if width <= len {
        return Ok(text.to_string());
    }
    let total = width - len;
    let lpad = match spec.align.unwrap_or('<') {
        '>' => total,
        '^' => total / 2,
        _ => 0,
    };
    let mut out = try_string(
        text.len()
            .saturating_add(total.saturating_mul(spec.fill.len_utf8())),
    )?;
    push_n(&mut out, spec.fill, lpad as i64);
    out.push_str(text);
    push_n(&mut out, spec.fill, (total - lpad) as i64);
    Ok(out)
}

// ---------------------------------------------------------------------------
// round(), float(str), int(str, base)
// ---------------------------------------------------------------------------

/// Python round(x, ndigits) for floats: correctly rounded (half-even on the exact binary value); ndigits may be negative; inf/nan unchanged; a result too large to represent becomes +-inf.
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
    match float_prefix(b)? {
        (x, n) if n == b.len() => Some(x),
        _ => None,
    }
}

/// The float that `b` starts with and its length in bytes: the longest start that is a
/// float literal ("1e" is the float 1 followed by "e"); None when there is none.
fn float_prefix(b: &[u8]) -> Option<(f64, usize)> {
    let mut i = 0;
    let mut neg = false;
    if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
        neg = b[i] == b'-';
        i += 1;
    }
    let starts =
        |word: &[u8]| b.len() >= i + word.len() && b[i..i + word.len()].eq_ignore_ascii_case(word);
    let special = if starts(b"infinity") {
        Some((f64::INFINITY, 8))
    } else if starts(b"inf") {
        Some((f64::INFINITY, 3))
    } else if starts(b"nan") {
        Some((f64::NAN, 3))
    } else {
        None
    };
    if let Some((v, n)) = special {
        return Some((if neg { -v } else { v }, i + n));
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
        if j > ds {
            exp_part = &b[es..j];
            i = j;
        }
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
    Some((text.parse::<f64>().ok()?, i))
}

/// float(str) parsing: strips ASCII/Unicode whitespace, accepts underscores between digits, Unicode digits, "inf", "-Infinity", "nan" (any case), "1e5", ".5", "5."; None on error.
pub fn parse_float(s: &str) -> Option<f64> {
    let mut b = number_text_to_ascii(s)?;
    if b.contains(&b'_') {
        b = without_underscores(&b)?;
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

/// `b` without its underscores, each of which must stand between two digits; None when one
/// does not (or the text holds a NUL, which ends it for CPython's check).
fn without_underscores(b: &[u8]) -> Option<Vec<u8>> {
    if b.contains(&0) {
        return None;
    }
    let mut out = Vec::with_capacity(b.len());
    let mut prev = 0u8;
    for &c in b {
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
    (prev != b'_').then_some(out)
}

/// Why complex(str) failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ComplexTextError {
    /// "complex() arg is a malformed string"
    Malformed,
    /// A misplaced underscore: "could not convert string to complex: ..."
    Underscores,
}

/// complex(str) parsing: `1`, `2j`, `1+2j`, `1-j`, `j`, `-J`, each part any float text (with
/// `inf`, `nan`, underscores between digits, Unicode digits), in optional parentheses, with
/// whitespace around the number and inside the parentheses (not between the parts).
pub fn parse_complex(s: &str) -> Result<(f64, f64), ComplexTextError> {
    let mut b = number_text_to_ascii_lossy(s);
    if b.contains(&b'_') {
        b = without_underscores(&b).ok_or(ComplexTextError::Underscores)?;
    }
    complex_from_ascii(&b).ok_or(ComplexTextError::Malformed)
}

fn complex_from_ascii(b: &[u8]) -> Option<(f64, f64)> {
    let skip_spaces = |mut i: usize| {
        while i < b.len() && is_c_space(b[i]) {
            i += 1;
        }
        i
    };
    let is_j = |i: usize| matches!(b.get(i), Some(b'j' | b'J'));
    // a sign alone stands for 1 or -1
    let unit = |i: usize| if b[i] == b'-' { -1.0 } else { 1.0 };
    let mut i = skip_spaces(0);
    let bracket = b.get(i) == Some(&b'(');
    if bracket {
        i = skip_spaces(i + 1);
    }
    let (re, im);
    match float_prefix(&b[i..]) {
        Some((x, n)) => {
            i += n;
            match b.get(i) {
                Some(b'+' | b'-') => {
                    re = x;
                    match float_prefix(&b[i..]) {
                        Some((y, m)) => {
                            im = y;
                            i += m;
                        }
                        None => {
                            im = unit(i);
                            i += 1;
                        }
                    }
                    if !is_j(i) {
                        return None;
                    }
                    i += 1;
                }
                Some(b'j' | b'J') => {
                    (re, im) = (0.0, x);
                    i += 1;
                }
                _ => (re, im) = (x, 0.0),
            }
        }
        None => {
            re = 0.0;
            im = if matches!(b.get(i), Some(b'+' | b'-')) {
                i += 1;
                unit(i - 1)
            } else {
                1.0
            };
            if !is_j(i) {
                return None;
            }
            i += 1;
        }
    }
    i = skip_spaces(i);
    if bracket {
        if b.get(i) != Some(&b')') {
            return None;
        }
        i = skip_spaces(i + 1);
    }
    (i == b.len()).then_some((re, im))
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

/// int(str, base) parsing: base 0 (autodetect prefix, no leading zeros as CPython), 2..=36, optional prefix matching the base, sign, surrounding whitespace, underscores between digits; None on error (or a bad base).
#[cfg(test)]
pub fn parse_int(s: &str, base: u32) -> Option<BigInt> {
    parse_int_checked(s, base).ok()
}

/// int(str, base) parsing (see `parse_int`), telling CPython's 4300-digit limit error from an invalid literal.
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

/// Parses a %-format string into literal text and directives, with CPython's error messages ("incomplete format", "incomplete format key", "width too big", "precision too big", "unsupported format character 'y' (0x79) at index 3").
/// `bytes` for a bytes format, which also has `%b`.
pub fn parse_percent(fmt: &str, bytes: bool) -> Result<Vec<PercentPiece>, String> {
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
        let known = matches!(
            conv,
            's' | 'r'
                | 'a'
                | 'c'
                | 'd'
                | 'i'
                | 'u'
                | 'o'
                | 'x'
                | 'X'
                | 'e'
                | 'E'
                | 'f'
                | 'F'
                | 'g'
                | 'G'
        ) || (bytes && conv == 'b');
        if !known {
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

/// Reproduces CPython's %-directive padding (sign handling, '0' fill, '#' prefixes, '-' justification).
fn percent_output(
    s: &str,
    conv: char,
    flags: &PercentFlags,
    width: Option<usize>,
    prec: Option<usize>,
    numeric: bool,
) -> Result<String, String> {
    // (the text is not copied into a Vec<char>: that would take four times its size)
    let total = s.chars().count();
    let mut len = total;
    if width.is_none_or(|w| w <= len)
        && prec.is_none_or(|p| p >= len)
        && !(flags.sign || flags.space)
    {
        return Ok(s.to_string());
    }
    if !numeric && matches!(conv, 's' | 'r' | 'a') {
        if let Some(p) = prec {
            len = len.min(p);
        }
    }
    let fill = if numeric && flags.zero { '0' } else { ' ' };
    let mut pindex = 0;
    let mut signchar = None;
    let mut sign = numeric;
    if sign {
        match s.chars().next() {
            Some(ch @ ('-' | '+')) => {
                signchar = Some(ch);
                len = len.saturating_sub(1);
                pindex = 1;
            }
            _ if flags.sign => signchar = Some('+'),
            _ if flags.space => signchar = Some(' '),
            _ => sign = false,
        }
    }
    // room for the text kept (`len` characters and a sign: at most 4 bytes each, and at most
    // the text and a sign) and the one-byte padding, or MEMORY_ERROR; a width that fits in
    // memory fits in an i64
    let text_bytes = (s.len() + 1).min(len.saturating_add(1).saturating_mul(4));
    let mut out = try_string(text_bytes.saturating_add(width.unwrap_or(0)))?;
    let mut width = width.map_or(-1, |w| w as i64).max(len as i64);
    let mut len = len as i64;
    let alt_prefix = flags.alt && matches!(conv, 'x' | 'X' | 'o') && total >= pindex + 2;
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
            out.extend(s.chars().skip(pindex).take(2));
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
            out.extend(s.chars().skip(pindex).take(2));
            pindex += 2;
        }
    }
    let stop = (pindex as i64 + len.max(0)) as usize;
    let (from, to) = (pindex.min(total), stop.min(total));
    out.extend(s.chars().skip(from).take(to.saturating_sub(from)));
    if width > len {
        push_n(&mut out, ' ', width - len);
    }
    Ok(out)
}

/// [`percent_int_checked`] without the 4300-digit limit, and "" for an error (a shorthand for
/// tests).
#[cfg(test)]
pub fn percent_int(
    n: &BigInt,
    spec: &PercentSpec,
    width: Option<usize>,
    precision: Option<usize>,
) -> String {
    percent_int_body(n, spec, precision, false)
        .and_then(|body| percent_output(&body, spec.conv, &spec.flags, width, precision, true))
        .unwrap_or_default()
}

/// `%d %i %u %o %x %X` of an int (width/precision already resolved from '*'), with CPython's
/// errors: the 4300-digit limit, "precision too large" (OverflowError), and [`MEMORY_ERROR`]
/// for a result that cannot be allocated.
pub fn percent_int_checked(
    n: &BigInt,
    spec: &PercentSpec,
    width: Option<usize>,
    precision: Option<usize>,
) -> Result<String, String> {
    if precision.is_some_and(|p| p > i32::MAX as usize - 3) {
        return Err("precision too large".to_string());
    }
    let body = percent_int_body(n, spec, precision, true)?;
    percent_output(&body, spec.conv, &spec.flags, width, precision, true)
}

/// Reproduces CPython's %-int text (sign, '#' prefix, precision zeros, case) before padding.
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
    let zeros = precision.map_or(0, |p| p.saturating_sub(digits.len()));
    let mut body = try_string(digits.len().saturating_add(4).saturating_add(zeros))?;
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

/// [`percent_float_checked`], and "" for an error (a shorthand for tests).
#[cfg(test)]
pub fn percent_float(
    x: f64,
    spec: &PercentSpec,
    width: Option<usize>,
    precision: Option<usize>,
) -> String {
    percent_float_checked(x, spec, width, precision).unwrap_or_default()
}

/// `%e %E %f %F %g %G` of a float (default precision 6); [`MEMORY_ERROR`] for a result that
/// cannot be allocated, or with more than [`MAX_FORMAT_LEN`] digits.
pub fn percent_float_checked(
    x: f64,
    spec: &PercentSpec,
    width: Option<usize>,
    precision: Option<usize>,
) -> Result<String, String> {
    let conv = match spec.conv {
        c @ ('e' | 'E' | 'f' | 'F' | 'g' | 'G') => c,
        _ => 'g',
    };
    let prec = precision.unwrap_or(6).min(i32::MAX as usize);
    let text = float_to_text(x, conv, prec, false, false, spec.flags.alt, false)?;
    percent_output(&text, conv, &spec.flags, width, precision, true)
}

/// [`percent_str_checked`], and "" for an error (a shorthand for tests).
#[cfg(test)]
pub fn percent_str(
    s: &str,
    spec: &PercentSpec,
    width: Option<usize>,
    precision: Option<usize>,
) -> String {
    percent_str_checked(s, spec, width, precision).unwrap_or_default()
}

/// `%s %r %a` (and `%c`) of already-converted text: precision truncates s/r/a, width pads;
/// [`MEMORY_ERROR`] for a result that cannot be allocated.
pub fn percent_str_checked(
    s: &str,
    spec: &PercentSpec,
    width: Option<usize>,
    precision: Option<usize>,
) -> Result<String, String> {
    percent_output(s, spec.conv, &spec.flags, width, precision, false)
}

#[cfg(test)]
#[allow(clippy::approx_constant)]
mod tests {
    use super::*;

    fn fl(s: &str) -> f64 {
        if s == "-nan" {
            return -f64::NAN;
        }
        s.parse().unwrap()
    }

    fn big(s: &str) -> BigInt {
        s.parse().unwrap()
    }

    #[test]
    fn fixed_digits_fast_path_agrees_with_the_exact_expansion() {
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let mut fast = 0;
        for i in 0..200_000 {
            let x = match i % 4 {
                0 => (next() % 100_000) as f64 / 8.0,
                1 => (next() % 1_000_000_007) as f64 / 1000.0,
                2 => f64::from_bits(next() >> 2) % 1e9,
                _ => (next() % 1000) as f64 + 0.5 / (1 << (next() % 12)) as f64,
            };
            let n = (next() % 16) as usize;
            fast += scaled_round(x, n).is_some() as usize;
            assert_eq!(
                digits_fixed(x, n),
                digits_fixed_exact(x, n),
                "{x:e} to {n} places"
            );
        }
        assert!(
            fast > 100_000,
            "the fast path decided only {fast} of 200000"
        );
    }

    fn sr(r: &Result<String, String>) -> Result<&str, &str> {
        r.as_deref().map_err(String::as_str)
    }

    const REPR_CASES: &[(&str, &str)] = &[
        ("0.30000000000000004", "0.30000000000000004"),
        ("1e+16", "1e+16"),
        ("1.0", "1.0"),
        ("1e-05", "1e-05"),
        ("1.2345678901234568e+17", "1.2345678901234568e+17"),
        ("inf", "inf"),
        ("-inf", "-inf"),
        ("nan", "nan"),
        ("-0.0", "-0.0"),
        ("0.0", "0.0"),
        ("0.1", "0.1"),
        ("1000000000000000.0", "1000000000000000.0"),
        ("9999999999999998.0", "9999999999999998.0"),
        ("1e+22", "1e+22"),
        ("1e+23", "1e+23"),
        ("5e-324", "5e-324"),
        ("2.2250738585072014e-308", "2.2250738585072014e-308"),
        ("1.7976931348623157e+308", "1.7976931348623157e+308"),
        ("0.0001", "0.0001"),
        ("1.234e-05", "1.234e-05"),
        ("123.456", "123.456"),
        ("-2.5", "-2.5"),
        ("0.3333333333333333", "0.3333333333333333"),
        ("0.6666666666666666", "0.6666666666666666"),
        ("659104510824110.2500", "659104510824110.2"),
        ("246555458508297.6250", "246555458508297.62"),
        ("19811206962481.8125", "19811206962481.812"),
        ("1e+100", "1e+100"),
        ("1.2345678901234568e+16", "1.2345678901234568e+16"),
        ("100.0", "100.0"),
        ("1.5e-10", "1.5e-10"),
    ];

    #[test]
    fn repr_matches_cpython() {
        for &(x, want) in REPR_CASES {
            assert_eq!(float_repr(fl(x)), want, "repr({})", x);
        }
    }

    const FLOAT_FORMAT_CASES: &[(&str, &str, Result<&str, &str>)] = &[
        ("1234567.891", ",.2f", Ok("1,234,567.89")),
        ("3.14159", ">10.3f", Ok("     3.142")),
        ("0.5", "%", Ok("50.000000%")),
        ("1e-07", "g", Ok("1e-07")),
        ("12345.6789", ".3g", Ok("1.23e+04")),
        ("1e+22", "", Ok("1e+22")),
        ("nan", ">5", Ok("  nan")),
        ("1.0", "", Ok("1.0")),
        ("1e+16", "", Ok("1e+16")),
        ("1.5", ".3", Ok("1.5")),
        ("0.0001", ".2", Ok("0.0001")),
        ("123.0", ".3", Ok("1.23e+02")),
        ("123.0", ".3g", Ok("123")),
        ("1e-05", "", Ok("1e-05")),
        ("2.5", ".0f", Ok("2")),
        ("3.5", ".0f", Ok("4")),
        ("0.125", ".2f", Ok("0.12")),
        ("0.375", ".2f", Ok("0.38")),
        ("2.675", ".2f", Ok("2.67")),
        ("1.0", ".0e", Ok("1e+00")),
        ("1.0", "#.0e", Ok("1.e+00")),
        ("1.0", "#.0f", Ok("1.")),
        ("1.0", "#g", Ok("1.00000")),
        ("1.0", "#.3g", Ok("1.00")),
        ("0.0", "g", Ok("0")),
        ("-0.0", "g", Ok("-0")),
        ("-0.0", "z.1f", Ok("0.0")),
        ("-0.0001", "z.2f", Ok("0.00")),
        ("-0.0001", ".2f", Ok("-0.00")),
        ("1234.5", "012,.2f", Ok("0,001,234.50")),
        ("-1234.5", "0=12,.1f", Ok("-0,001,234.5")),
        ("1234.5", "_", Ok("1_234.5")),
        ("1234567.0", ",", Ok("1,234,567.0")),
        ("-1.5", "010.2f", Ok("-000001.50")),
        ("-1.5", "+", Ok("-1.5")),
        ("1.5", " ", Ok(" 1.5")),
        ("1.5", "+.1e", Ok("+1.5e+00")),
        ("1.5e+300", "E", Ok("1.500000E+300")),
        ("inf", "F", Ok("INF")),
        ("-inf", "e", Ok("-inf")),
        ("nan", "+", Ok("+nan")),
        ("inf", "05", Ok("00inf")),
        ("-inf", "=+09", Ok("-00000inf")),
        ("nan", "%", Ok("nan%")),
        ("12.5", "*^11.2f", Ok("***12.50***")),
        ("12.5", "<8", Ok("12.5    ")),
        ("12.5", "=8", Ok("    12.5")),
        ("12.5", "08", Ok("000012.5")),
        ("0.000123456", ".3e", Ok("1.235e-04")),
        ("123456789.0", ",.0f", Ok("123,456,789")),
        ("1e+300", ".3f", Ok("1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000")),
        ("5e-324", ".3g", Ok("4.94e-324")),
        ("5e-324", ".1074f", Ok("0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000004940656458412465441765687928682213723650598026143247644255856825006755072702087518652998363616359923797965646954457177309266567103559397963987747960107818781263007131903114045278458171678489821036887186360569987307230500063874091535649843873124733972731696151400317153853980741262385655911710266585566867681870395603106249319452715914924553293054565444011274801297099995419319894090804165633245247571478690147267801593552386115501348035264934720193790268107107491703332226844753335720832431936092382893458368060106011506169809753078342277318329247904982524730776375927247874656084778203734469699533647017972677717585125660551199131504891101451037862738167250955837389733598993664809941164205702637090279242767544565229087538682506419718265533447265625")),
        ("1.7976931348623157e+308", ",.0f", Ok("179,769,313,486,231,570,814,527,423,731,704,356,798,070,567,525,844,996,598,917,476,803,157,260,780,028,538,760,589,558,632,766,878,171,540,458,953,514,382,464,234,321,326,889,464,182,768,467,546,703,537,516,986,049,910,576,551,282,076,245,490,090,389,328,944,075,868,508,455,133,942,304,583,236,903,222,948,165,808,559,332,123,348,274,797,826,204,144,723,168,738,177,180,919,299,881,250,404,026,184,124,858,368")),
        ("0.1", ".55f", Ok("0.1000000000000000055511151231257827021181583404541015625")),
        ("0.1", ".30g", Ok("0.100000000000000005551115123126")),
        ("0.1", ".17", Ok("0.10000000000000001")),
        ("99.5", ".3", Ok("99.5")),
        ("9.5", ".1", Ok("1e+01")),
        ("999999.5", "g", Ok("1e+06")),
        ("9999999.5", "g", Ok("1e+07")),
        ("0.5", ".0%", Ok("50%")),
        ("1.0", "n", Ok("1")),
        ("1234567.0", "n", Ok("1.23457e+06")),
        ("0.25", "10.1%", Ok("     25.0%")),
        ("1.5", "d", Err("Unknown format code 'd' for object of type 'float'")),
        ("1.5", "s", Err("Unknown format code 's' for object of type 'float'")),
        ("1.5", ",,", Err("Cannot specify ',' with ','.")),
        ("1.5", ",_", Err("Cannot specify both ',' and '_'.")),
        ("1.5", ".", Err("Format specifier missing precision")),
        ("1.5", "10.2.3", Err("Invalid format specifier '10.2.3' for object of type 'float'")),
        ("1.5", ".2147483648", Err("precision too big")),
        ("1.5", "99999999999999999999", Err("Too many decimal digits in format string")),
        ("1.5", "#x", Err("Unknown format code 'x' for object of type 'float'")),
        ("1e+22", "é", Err("Unknown format code '\\xe9' for object of type 'float'")),
        ("1.5", "\u{1}", Err("Unknown format code '\\x1' for object of type 'float'")),
        ("1.5", ".2147483647g", Ok("1.5")),
        ("-2.5", "日^9.1f", Ok("日日-2.5日日日")),
        ("1.5", "٣", Ok("1.5")),
        ("1.5", "٣.١f", Ok("1.5")),
    ];

    #[test]
    fn format_float_matches_cpython() {
        for &(x, spec, want) in FLOAT_FORMAT_CASES {
            let got = parse_spec_for(spec, "float").and_then(|s| format_float(fl(x), &s));
            assert_eq!(sr(&got), want, "format({}, {:?})", x, spec);
        }
    }

    const INT_FORMAT_CASES: &[(&str, &str, Result<&str, &str>)] = &[
        ("255", "08b", Ok("11111111")),
        ("-42", "+06d", Ok("-00042")),
        ("3", "*<7", Ok("3******")),
        ("1234", "010,", Ok("00,001,234")),
        ("1234", "08,", Ok("0,001,234")),
        ("1234", "0=8,", Ok("0,001,234")),
        ("1234", "<010", Ok("1234000000")),
        ("255", "#X", Ok("0XFF")),
        ("255", "#_b", Ok("0b1111_1111")),
        ("-255", "#012_x", Ok("-0x0000_00ff")),
        ("18446744073709551616", ",", Ok("18,446,744,073,709,551,616")),
        ("-9223372036854775808", "_", Ok("-9_223_372_036_854_775_808")),
        ("255", "x", Ok("ff")),
        ("255", "#o", Ok("0o377")),
        ("255", "o", Ok("377")),
        ("5", "b", Ok("101")),
        ("65", "c", Ok("A")),
        ("65", "05c", Ok("0000A")),
        ("65", "=5c", Ok("    A")),
        ("65", "^5c", Ok("  A  ")),
        ("8364", "c", Ok("€")),
        ("-1", "c", Err("%c arg not in range(0x110000)")),
        ("1180591620717411303424", "c", Err("Python int too large to convert to C long")),
        ("1114112", "c", Err("%c arg not in range(0x110000)")),
        ("65", "+c", Err("Sign not allowed with integer format specifier 'c'")),
        ("65", "#c", Err("Alternate form (#) not allowed with integer format specifier 'c'")),
        ("42", "", Ok("42")),
        ("-42", "", Ok("-42")),
        ("0", "", Ok("0")),
        ("42", ".2d", Err("Precision not allowed in integer format specifier")),
        ("42", "z", Err("Negative zero coercion (z) not allowed in integer format specifier")),
        ("42", "s", Err("Unknown format code 's' for object of type 'int'")),
        ("42", "\u{1}", Err("Unknown format code '\\x1' for object of type 'int'")),
        ("42", "é", Err("Unknown format code '\\xe9' for object of type 'int'")),
        ("42", ",s", Err("Cannot specify ',' with 's'.")),
        ("42", "_n", Err("Cannot specify '_' with 'n'.")),
        ("42", ",x", Err("Cannot specify ',' with 'x'.")),
        ("42", ",,", Err("Cannot specify ',' with ','.")),
        ("42", "ab", Err("Invalid format specifier 'ab' for object of type 'int'")),
        ("42", "99999999999999999999", Err("Too many decimal digits in format string")),
        ("1234567", "n", Ok("1234567")),
        ("1234567", ",d", Ok("1,234,567")),
        ("1234567", "_d", Ok("1_234_567")),
        ("-1234567", ">15,", Ok("     -1,234,567")),
        ("-1234567", "^15,", Ok("  -1,234,567   ")),
        ("-1234567", "<15,", Ok("-1,234,567     ")),
        ("-1234567", "=15,", Ok("-     1,234,567")),
        ("1234567", "+", Ok("+1234567")),
        ("1234567", " ", Ok(" 1234567")),
        ("1234567", "-", Ok("1234567")),
        ("1234567", "e", Ok("1.234567e+06")),
        ("123456789", "e", Ok("1.234568e+08")),
        ("10", ".2f", Ok("10.00")),
        ("10", "%", Ok("1000.000000%")),
        ("1000000000000000000000000000000", "g", Ok("1e+30")),
        ("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "e", Err("int too large to convert to float")),
        ("9007199254740993", ".0f", Ok("9007199254740992")),
        ("7", "z.1f", Ok("7.0")),
        ("100000000000000000000000000000000000000000000000000", ",", Ok("100,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000")),
        ("-100000000000000000000000000000000000000000000000000", "#x", Ok("-0x446c3b15f9926687d2c40534fdb564000000000000")),
        ("1267650600228229401496703205376", "#_o", Ok("0o20_0000_0000_0000_0000_0000_0000_0000_0000")),
        ("255", "#10x", Ok("      0xff")),
        ("255", "#010x", Ok("0x000000ff")),
        ("-255", "+#010X", Ok("-0X00000FF")),
        ("5", "٣", Ok("  5")),
        ("5", "0٣", Ok("005")),
    ];

    #[test]
    fn format_int_matches_cpython() {
        for &(n, spec, want) in INT_FORMAT_CASES {
            let got = parse_spec_for(spec, "int").and_then(|s| format_int(&big(n), &s));
            assert_eq!(sr(&got), want, "format({}, {:?})", n, spec);
            if let Ok(small) = n.parse::<i64>() {
                let fast = parse_spec_for(spec, "int").and_then(|s| format_i64(small, &s));
                assert_eq!(sr(&fast), want, "format_i64({}, {:?})", n, spec);
            }
        }
    }

    const STR_FORMAT_CASES: &[(&str, &str, Result<&str, &str>)] = &[
        ("ab", "^9", Ok("   ab    ")),
        ("ab", "", Ok("ab")),
        ("ab", "5", Ok("ab   ")),
        ("ab", ">5", Ok("   ab")),
        ("ab", "05", Ok("ab000")),
        ("ab", "*^7", Ok("**ab***")),
        ("héllo", ".2", Ok("hé")),
        ("héllo", "10.3", Ok("hél       ")),
        ("日本語", "^8", Ok("  日本語   ")),
        (
            "ab",
            "+",
            Err("Sign not allowed in string format specifier"),
        ),
        (
            "ab",
            " ",
            Err("Space not allowed in string format specifier"),
        ),
        (
            "ab",
            "=",
            Err("'=' alignment not allowed in string format specifier"),
        ),
        (
            "ab",
            "=5",
            Err("'=' alignment not allowed in string format specifier"),
        ),
        (
            "ab",
            "#",
            Err("Alternate form (#) not allowed in string format specifier"),
        ),
        (
            "ab",
            "z",
            Err("Negative zero coercion (z) not allowed in string format specifier"),
        ),
        ("ab", ",", Err("Cannot specify ',' with 's'.")),
        ("ab", ",s", Err("Cannot specify ',' with 's'.")),
        (
            "ab",
            "d",
            Err("Unknown format code 'd' for object of type 'str'"),
        ),
        ("ab", "s", Ok("ab")),
        (
            "ab",
            "ss",
            Err("Invalid format specifier 'ss' for object of type 'str'"),
        ),
        ("abc", ".0", Ok("")),
        ("abc", ".99999999999", Ok("abc")),
        ("ab", "0<5", Ok("ab000")),
        ("ab", "\u{9}>4", Ok("\u{9}\u{9}ab")),
    ];

    #[test]
    fn format_str_matches_cpython() {
        for &(s, spec, want) in STR_FORMAT_CASES {
            let got = parse_spec_for(spec, "str").and_then(|p| format_str(s, &p));
            assert_eq!(sr(&got), want, "format({:?}, {:?})", s, spec);
        }
    }

    const ROUND_CASES: &[(&str, i64, Result<&str, &str>)] = &[
        ("2.675", 2, Ok("2.67")),
        ("0.125", 2, Ok("0.12")),
        ("0.375", 2, Ok("0.38")),
        ("2.5", 0, Ok("2.0")),
        ("-0.5", 0, Ok("-0.0")),
        ("1234.5", -2, Ok("1200.0")),
        ("150.5", -2, Ok("200.0")),
        ("250.5", -2, Ok("300.0")),
        ("249.5", -2, Ok("200.0")),
        ("-0.001", 1, Ok("-0.0")),
        ("5e-324", 323, Ok("0.0")),
        ("0.5", -1, Ok("0.0")),
        ("15.0", -1, Ok("20.0")),
        ("25.0", -1, Ok("20.0")),
        ("-25.0", -1, Ok("-20.0")),
        ("1e+300", -300, Ok("1e+300")),
        ("1.5e+300", -300, Ok("2e+300")),
        ("123.456", -309, Ok("0.0")),
        ("-123.456", -309, Ok("-0.0")),
        ("123.456", 400, Ok("123.456")),
        ("1.0000000000000002", 15, Ok("1.0")),
        ("0.1", 20, Ok("0.1")),
        ("inf", 2, Ok("inf")),
        ("nan", 2, Ok("nan")),
        (
            "1.7976931348623157e+308",
            -308,
            Err("rounded value too large to represent"),
        ),
        ("999.9", -3, Ok("1000.0")),
        ("-999.9", -3, Ok("-1000.0")),
        ("0.285", 2, Ok("0.28")),
        ("1.005", 2, Ok("1.0")),
        ("12345.6789", 3, Ok("12345.679")),
    ];

    #[test]
    fn round_matches_cpython() {
        for &(x, nd, want) in ROUND_CASES {
            let got = round_float_checked(fl(x), nd).map(float_repr);
            assert_eq!(sr(&got), want, "round({}, {})", x, nd);
        }
        assert_eq!(round_float(1.7976931348623157e308, -308), f64::INFINITY);
        assert!(round_float(-0.001, 1).is_sign_negative());
    }

    const PARSE_FLOAT_CASES: &[(&str, Option<&str>)] = &[
        ("1.5", Some("1.5")),
        (" 1.5 ", Some("1.5")),
        (" 1.5\u{3000}", Some("1.5")),
        ("\u{1c}1.5", None),
        ("1_000.0_1", Some("1000.01")),
        ("1__0", None),
        ("_1", None),
        ("1_", None),
        ("1_e5", None),
        ("1e_5", None),
        ("1e5_0", Some("1e+50")),
        ("inf", Some("inf")),
        ("-Infinity", Some("-inf")),
        ("iNfInItY", Some("inf")),
        ("infinit", None),
        ("nan", Some("nan")),
        ("-nan", Some("-nan")),
        ("+NaN", Some("nan")),
        ("in_f", None),
        ("1e5", Some("100000.0")),
        (".5", Some("0.5")),
        ("5.", Some("5.0")),
        (".", None),
        ("e5", None),
        ("1e", None),
        ("1e+", None),
        ("+.5", Some("0.5")),
        ("-.5e-3", Some("-0.0005")),
        ("0x10", None),
        ("١٢٣.٥", Some("123.5")),
        ("1e99999999999999999999", Some("inf")),
        ("1e-99999999999999999999", Some("0.0")),
        ("0e99999", Some("0.0")),
        ("", None),
        ("  ", None),
        ("1\u{0}", None),
        ("1.7976931348623157e308", Some("1.7976931348623157e+308")),
        ("1.7976931348623159e308", Some("inf")),
        ("2.4703282292062328e-324", Some("5e-324")),
        ("0.1e-400", Some("0.0")),
        (
            "123456789012345678901234567890",
            Some("1.2345678901234568e+29"),
        ),
        ("1 2", None),
    ];

    #[test]
    fn parse_float_matches_cpython() {
        for &(s, want) in PARSE_FLOAT_CASES {
            let got = parse_float(s);
            match want {
                None => assert!(got.is_none(), "float({:?}) should fail, got {:?}", s, got),
                Some(w) => {
                    let (g, w) = (
                        got.unwrap_or_else(|| panic!("float({:?}) failed", s)),
                        fl(w),
                    );
                    assert!(
                        g.to_bits() == w.to_bits()
                            || (g.is_nan()
                                && w.is_nan()
                                && g.is_sign_negative() == w.is_sign_negative()),
                        "float({:?}) = {:?}, want {:?}",
                        s,
                        g,
                        w
                    );
                }
            }
        }
    }

    const PARSE_INT_CASES: &[(&str, u32, Option<&str>)] = &[
        ("0_0", 0, Some("0")),
        ("00", 0, Some("0")),
        ("010", 0, None),
        ("0x", 16, None),
        ("0x_1f", 16, Some("31")),
        ("0x__1f", 16, None),
        ("0b1", 16, Some("177")),
        ("- 1", 10, None),
        (" -1 ", 10, Some("-1")),
        ("1_000", 10, Some("1000")),
        ("1__000", 10, None),
        ("_1", 10, None),
        ("1_", 10, None),
        ("0X1F", 0, Some("31")),
        ("0o17", 0, Some("15")),
        ("0B11", 0, Some("3")),
        ("z", 36, Some("35")),
        ("Z", 36, Some("35")),
        ("0_7", 0, None),
        ("0_", 0, None),
        ("0x1", 0, Some("1")),
        ("09", 0, None),
        ("+0", 0, Some("0")),
        ("0o", 8, None),
        ("0b_", 2, None),
        ("٣", 10, Some("3")),
        ("\u{a0}12\u{2028}", 10, Some("12")),
        ("\u{1c}5", 10, None),
        ("12", 2, None),
        ("0x10", 10, None),
        (
            "123456789012345678901234567890",
            10,
            Some("123456789012345678901234567890"),
        ),
        (
            "-ffffffffffffffffffffff",
            16,
            Some("-309485009821345068724781055"),
        ),
        (
            "0b1111111111111111111111111111111111111111111111111111111111111111111111",
            0,
            Some("1180591620717411303423"),
        ),
        ("", 10, None),
        ("+", 10, None),
        ("10", 37, None),
        ("10", 1, None),
        ("7", 8, Some("7")),
        ("8", 8, None),
        ("1\u{0}", 10, None),
    ];

    #[test]
    fn parse_int_matches_cpython() {
        for &(s, base, want) in PARSE_INT_CASES {
            assert_eq!(parse_int(s, base), want.map(big), "int({:?}, {})", s, base);
        }
        let many = "1".repeat(5000);
        match parse_int_checked(&many, 10) {
            Err(IntParseError::TooManyDigits(m)) => {
                assert!(m.contains("value has 5000 digits"), "{}", m)
            }
            other => panic!("unexpected {:?}", other),
        }
        assert!(parse_int(&many, 16).is_some());
        assert_eq!(
            parse_int_checked(&format!("{}_", many), 10),
            Err(IntParseError::Invalid)
        );
    }

    #[derive(Clone, Copy)]
    enum Arg {
        I(i64),
        F(f64),
        S(&'static str),
    }

    fn percent_apply(fmt: &str, args: &[Arg], keyed: &[(&str, Arg)]) -> Result<String, String> {
        let mut out = String::new();
        let mut next = args.iter();
        for piece in parse_percent(fmt, false)? {
            let spec = match piece {
                PercentPiece::Lit(s) => {
                    out.push_str(&s);
                    continue;
                }
                PercentPiece::Spec(spec) => spec,
            };
            let mut left = false;
            let width = match spec.width {
                Some(Count::Fixed(w)) => Some(w),
                Some(Count::Star) => match next.next() {
                    Some(Arg::I(w)) => {
                        left = *w < 0;
                        Some(w.unsigned_abs() as usize)
                    }
                    _ => return Err("* wants int".into()),
                },
                None => None,
            };
            let precision = match spec.precision {
                Some(Count::Fixed(p)) => Some(p),
                Some(Count::Star) => match next.next() {
                    Some(Arg::I(p)) => Some((*p).max(0) as usize),
                    _ => return Err("* wants int".into()),
                },
                None => None,
            };
            let mut spec = spec;
            spec.flags.left |= left;
            let value = match &spec.key {
                Some(k) => keyed.iter().find(|(name, _)| name == k).map(|(_, v)| *v),
                None => next.next().copied(),
            }
            .ok_or("not enough arguments")?;
            let text = match (value, spec.conv) {
                (Arg::I(n), 'e' | 'E' | 'f' | 'F' | 'g' | 'G') => {
                    percent_float(n as f64, &spec, width, precision)
                }
                (Arg::I(n), _) => percent_int(&BigInt::from(n), &spec, width, precision),
                (Arg::F(x), 'e' | 'E' | 'f' | 'F' | 'g' | 'G') => {
                    percent_float(x, &spec, width, precision)
                }
                (Arg::F(x), 's' | 'r') => percent_str(&float_repr(x), &spec, width, precision),
                (Arg::F(x), _) => percent_int(&BigInt::from(x as i64), &spec, width, precision),
                (Arg::S(s), _) => percent_str(s, &spec, width, precision),
            };
            out.push_str(&text);
        }
        Ok(out)
    }

    #[test]
    fn percent_matches_cpython() {
        assert_eq!(
            percent_apply(
                "%5.2f|%-6d|%x|%#o|%e|%g|%10s|%.3s",
                &[
                    Arg::F(3.14159),
                    Arg::I(42),
                    Arg::I(255),
                    Arg::I(8),
                    Arg::F(12345.678),
                    Arg::F(0.0001),
                    Arg::S("hi"),
                    Arg::S("abcdef")
                ],
                &[]
            )
            .as_deref(),
            Ok(" 3.14|42    |ff|0o10|1.234568e+04|0.0001|        hi|abc")
        );
        assert_eq!(percent_apply("%d", &[Arg::I(42)], &[]).as_deref(), Ok("42"));
        assert_eq!(
            percent_apply("%i", &[Arg::I(-42)], &[]).as_deref(),
            Ok("-42")
        );
        assert_eq!(percent_apply("%u", &[Arg::I(7)], &[]).as_deref(), Ok("7"));
        assert_eq!(
            percent_apply("%5d", &[Arg::I(42)], &[]).as_deref(),
            Ok("   42")
        );
        assert_eq!(
            percent_apply("%-5d|", &[Arg::I(42)], &[]).as_deref(),
            Ok("42   |")
        );
        assert_eq!(
            percent_apply("%05d", &[Arg::I(-42)], &[]).as_deref(),
            Ok("-0042")
        );
        assert_eq!(
            percent_apply("%+d", &[Arg::I(42)], &[]).as_deref(),
            Ok("+42")
        );
        assert_eq!(
            percent_apply("% d", &[Arg::I(42)], &[]).as_deref(),
            Ok(" 42")
        );
        assert_eq!(
            percent_apply("%+05d", &[Arg::I(42)], &[]).as_deref(),
            Ok("+0042")
        );
        assert_eq!(
            percent_apply("%.3d", &[Arg::I(-5)], &[]).as_deref(),
            Ok("-005")
        );
        assert_eq!(
            percent_apply("%8.3d", &[Arg::I(5)], &[]).as_deref(),
            Ok("     005")
        );
        assert_eq!(
            percent_apply("%-05d|", &[Arg::I(-3)], &[]).as_deref(),
            Ok("-3   |")
        );
        assert_eq!(
            percent_apply("%x", &[Arg::I(255)], &[]).as_deref(),
            Ok("ff")
        );
        assert_eq!(
            percent_apply("%X", &[Arg::I(255)], &[]).as_deref(),
            Ok("FF")
        );
        assert_eq!(
            percent_apply("%#x", &[Arg::I(255)], &[]).as_deref(),
            Ok("0xff")
        );
        assert_eq!(
            percent_apply("%#X", &[Arg::I(255)], &[]).as_deref(),
            Ok("0XFF")
        );
        assert_eq!(
            percent_apply("%#o", &[Arg::I(8)], &[]).as_deref(),
            Ok("0o10")
        );
        assert_eq!(
            percent_apply("%#5o", &[Arg::I(8)], &[]).as_deref(),
            Ok(" 0o10")
        );
        assert_eq!(
            percent_apply("%#05x", &[Arg::I(255)], &[]).as_deref(),
            Ok("0x0ff")
        );
        assert_eq!(
            percent_apply("%+#08x", &[Arg::I(-255)], &[]).as_deref(),
            Ok("-0x000ff")
        );
        assert_eq!(
            percent_apply("%.5x", &[Arg::I(-255)], &[]).as_deref(),
            Ok("-000ff")
        );
        assert_eq!(
            percent_apply("%#.5o", &[Arg::I(8)], &[]).as_deref(),
            Ok("0o00010")
        );
        assert_eq!(
            percent_apply("%-#8x|", &[Arg::I(255)], &[]).as_deref(),
            Ok("0xff    |")
        );
        assert_eq!(percent_apply("%ld", &[Arg::I(5)], &[]).as_deref(), Ok("5"));
        assert_eq!(
            percent_apply("%e", &[Arg::F(12345.678)], &[]).as_deref(),
            Ok("1.234568e+04")
        );
        assert_eq!(
            percent_apply("%E", &[Arg::F(0.000123)], &[]).as_deref(),
            Ok("1.230000E-04")
        );
        assert_eq!(
            percent_apply("%f", &[Arg::F(2.5)], &[]).as_deref(),
            Ok("2.500000")
        );
        assert_eq!(
            percent_apply("%.0f", &[Arg::F(2.5)], &[]).as_deref(),
            Ok("2")
        );
        assert_eq!(
            percent_apply("%.0f", &[Arg::F(3.5)], &[]).as_deref(),
            Ok("4")
        );
        assert_eq!(
            percent_apply("%#.0f", &[Arg::F(3.0)], &[]).as_deref(),
            Ok("3.")
        );
        assert_eq!(
            percent_apply("%g", &[Arg::F(1e-07)], &[]).as_deref(),
            Ok("1e-07")
        );
        assert_eq!(
            percent_apply("%G", &[Arg::F(1e+20)], &[]).as_deref(),
            Ok("1E+20")
        );
        assert_eq!(
            percent_apply("%#g", &[Arg::F(1.0)], &[]).as_deref(),
            Ok("1.00000")
        );
        assert_eq!(
            percent_apply("%.3g", &[Arg::F(12345.6789)], &[]).as_deref(),
            Ok("1.23e+04")
        );
        assert_eq!(
            percent_apply("%10.3f", &[Arg::F(-3.14159)], &[]).as_deref(),
            Ok("    -3.142")
        );
        assert_eq!(
            percent_apply("%-10.3f|", &[Arg::F(3.14159)], &[]).as_deref(),
            Ok("3.142     |")
        );
        assert_eq!(
            percent_apply("%010.3f", &[Arg::F(-3.14159)], &[]).as_deref(),
            Ok("-00003.142")
        );
        assert_eq!(
            percent_apply("%+.2e", &[Arg::F(0.0)], &[]).as_deref(),
            Ok("+0.00e+00")
        );
        assert_eq!(
            percent_apply("%05f", &[Arg::F(f64::INFINITY)], &[]).as_deref(),
            Ok("00inf")
        );
        assert_eq!(
            percent_apply("%F", &[Arg::F(f64::NAN)], &[]).as_deref(),
            Ok("NAN")
        );
        assert_eq!(
            percent_apply("%+f", &[Arg::F(f64::NEG_INFINITY)], &[]).as_deref(),
            Ok("-inf")
        );
        assert_eq!(
            percent_apply("%.20f", &[Arg::F(0.1)], &[]).as_deref(),
            Ok("0.10000000000000000555")
        );
        assert_eq!(
            percent_apply("%s", &[Arg::S("abc")], &[]).as_deref(),
            Ok("abc")
        );
        assert_eq!(
            percent_apply("%10s|", &[Arg::S("héllo")], &[]).as_deref(),
            Ok("     héllo|")
        );
        assert_eq!(
            percent_apply("%-10s|", &[Arg::S("abc")], &[]).as_deref(),
            Ok("abc       |")
        );
        assert_eq!(
            percent_apply("%.2s", &[Arg::S("héllo")], &[]).as_deref(),
            Ok("hé")
        );
        assert_eq!(
            percent_apply("%05s", &[Arg::S("ab")], &[]).as_deref(),
            Ok("   ab")
        );
        assert_eq!(
            percent_apply("%*d", &[Arg::I(5), Arg::I(3)], &[]).as_deref(),
            Ok("    3")
        );
        assert_eq!(
            percent_apply("%-*d|", &[Arg::I(5), Arg::I(3)], &[]).as_deref(),
            Ok("3    |")
        );
        assert_eq!(
            percent_apply("%*d|", &[Arg::I(-5), Arg::I(3)], &[]).as_deref(),
            Ok("3    |")
        );
        assert_eq!(
            percent_apply("%.*f", &[Arg::I(2), Arg::F(3.14159)], &[]).as_deref(),
            Ok("3.14")
        );
        assert_eq!(
            percent_apply("%*.*f", &[Arg::I(10), Arg::I(3), Arg::F(3.14159)], &[]).as_deref(),
            Ok("     3.142")
        );
        assert_eq!(percent_apply("100%%", &[], &[]).as_deref(), Ok("100%"));
        assert_eq!(
            percent_apply(
                "%(x)s-%(y)05.1f",
                &[],
                &[("x", Arg::S("a")), ("y", Arg::F(2.25))]
            )
            .as_deref(),
            Ok("a-002.2")
        );
        assert_eq!(
            percent_apply("%(a(b))d", &[], &[("a(b)", Arg::I(7))]).as_deref(),
            Ok("7")
        );
        assert_eq!(
            percent_apply("%d%%", &[Arg::I(5)], &[]).as_deref(),
            Ok("5%")
        );
    }

    const PERCENT_ERRORS: &[(&str, &str)] = &[
        ("%", "incomplete format"),
        ("%5", "incomplete format"),
        ("%.", "incomplete format"),
        ("%.3", "incomplete format"),
        ("%(a", "incomplete format key"),
        ("%y", "unsupported format character 'y' (0x79) at index 1"),
        (
            "abc%é",
            "unsupported format character '?' (0xe9) at index 4",
        ),
        ("%5%", "unsupported format character '%' (0x25) at index 2"),
        (
            "%(a)%",
            "unsupported format character '%' (0x25) at index 4",
        ),
        ("%lld", "unsupported format character 'l' (0x6c) at index 2"),
        ("%99999999999999999999d", "width too big"),
        ("%.99999999999999999999d", "precision too big"),
        ("%l", "incomplete format"),
        ("x %d %", "incomplete format"),
    ];

    #[test]
    fn percent_parse_errors_match_cpython() {
        for &(fmt, want) in PERCENT_ERRORS {
            assert_eq!(
                parse_percent(fmt, false),
                Err(want.to_string()),
                "{:?}",
                fmt
            );
        }
        assert_eq!(
            parse_percent("a%%b%(k)-+ #012.3lf", false),
            Ok(vec![
                PercentPiece::Lit("a%b".to_string()),
                PercentPiece::Spec(PercentSpec {
                    key: Some("k".to_string()),
                    flags: PercentFlags {
                        left: true,
                        sign: true,
                        space: true,
                        alt: true,
                        zero: true
                    },
                    width: Some(Count::Fixed(12)),
                    precision: Some(Count::Fixed(3)),
                    conv: 'f',
                }),
            ])
        );
    }

    #[test]
    fn brief_examples() {
        let f = |x: f64, spec: &str| format_float(x, &parse_spec(spec).unwrap()).unwrap();
        let i = |n: i64, spec: &str| format_i64(n, &parse_spec(spec).unwrap()).unwrap();
        assert_eq!(f(1234567.891, ",.2f"), "1,234,567.89");
        assert_eq!(i(255, "08b"), "11111111");
        assert_eq!(i(-42, "+06d"), "-00042");
        assert_eq!(f(3.14159, ">10.3f"), "     3.142");
        assert_eq!(f(0.5, "%"), "50.000000%");
        assert_eq!(f(1e-7, "g"), "1e-07");
        assert_eq!(i(123456789, "e"), "1.234568e+08");
        assert_eq!(f(12345.6789, ".3g"), "1.23e+04");
        assert_eq!(
            format_str("ab", &parse_spec("^9").unwrap()).unwrap(),
            "   ab    "
        );
        assert_eq!(i(3, "*<7"), "3******");
        assert_eq!(f(1e22, ""), "1e+22");
        assert_eq!(f(f64::NAN, ">5"), "  nan");
        assert_eq!(round_float(2.675, 2), 2.67);
        assert_eq!(round_float(0.125, 2), 0.12);
        assert_eq!(round_float(1234.5, -2), 1200.0);
        assert_eq!(float_repr(round_float(-0.5, 0)), "-0.0");
    }

    #[test]
    fn spec_parsing_fields() {
        let s = parse_spec("*^+z#012_.3e").unwrap();
        assert_eq!((s.fill, s.align, s.sign), ('*', Some('^'), Some('+')));
        assert!(s.no_neg_zero && s.alternate && !s.zero);
        assert_eq!(
            (s.width, s.grouping, s.precision, s.ty),
            (Some(12), Some('_'), Some(3), Some('e'))
        );
        let z = parse_spec("010").unwrap();
        assert_eq!(
            (z.fill, z.align, z.zero, z.width),
            ('0', None, true, Some(10))
        );
        assert_eq!(parse_spec("").unwrap(), FormatSpec::default());
        assert_eq!(
            parse_spec_for("xx", "Foo"),
            Err("Invalid format specifier 'xx' for object of type 'Foo'".to_string())
        );
    }

    #[test]
    fn huge_requests_fail_cleanly() {
        let too_many = Err("Too many decimal digits in format string".to_string());
        assert_eq!(parse_spec("99999999999999999999").map(|_| ()), too_many);
        assert_eq!(parse_spec(".99999999999999999999f").map(|_| ()), too_many);
        let wide = parse_spec("9223372036854775807").unwrap();
        assert_eq!(format_i64(1, &wide), Err(MEMORY_ERROR.to_string()));
        assert_eq!(format_float(1.0, &wide), Err(MEMORY_ERROR.to_string()));
        assert_eq!(format_str("a", &wide), Err(MEMORY_ERROR.to_string()));
        let precise = parse_spec(".2147483647f").unwrap();
        assert_eq!(format_float(1.0, &precise), Err(MEMORY_ERROR.to_string()));
        assert_eq!(error_kind(MEMORY_ERROR), ErrorKind::Memory);
        assert_eq!(
            format_float(1.0, &parse_spec(".2147483647g").unwrap()).as_deref(),
            Ok("1")
        );
        let spec = PercentSpec {
            key: None,
            flags: PercentFlags::default(),
            width: None,
            precision: None,
            conv: 'f',
        };
        assert_eq!(
            percent_float_checked(1.0, &spec, Some(usize::MAX), None),
            Err(MEMORY_ERROR.to_string())
        );
        assert_eq!(
            percent_float(1.0, &spec, Some(usize::MAX), Some(usize::MAX)),
            ""
        );
        assert_eq!(percent_str("a", &spec, Some(usize::MAX), None), "");
        assert_eq!(
            percent_str_checked("a", &spec, Some(usize::MAX), None),
            Err(MEMORY_ERROR.to_string())
        );
        let ispec = PercentSpec { conv: 'd', ..spec };
        assert_eq!(
            percent_int_checked(&BigInt::from(1), &ispec, None, Some(i32::MAX as usize)),
            Err("precision too large".to_string())
        );
        assert_eq!(error_kind("precision too large"), ErrorKind::Overflow);
        let limit = BigInt::from(10).pow(4300);
        let msg = "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit";
        assert_eq!(
            format_int(&limit, &parse_spec("_").unwrap()),
            Err(msg.to_string())
        );
        assert_eq!(
            format_int(&(-&limit + 1), &FormatSpec::default()).map(|s| s.len()),
            Ok(4301)
        );
        assert!(format_int(&limit, &parse_spec("x").unwrap()).is_ok());
        let huge = BigInt::from(10).pow(5000);
        assert!(percent_int_checked(&huge, &ispec, None, None).is_err());
        assert_eq!(percent_int(&huge, &ispec, None, None).len(), 5001);
        assert_eq!(
            int_to_decimal_string(&huge).map(|_| ()),
            format_int(&huge, &FormatSpec::default()).map(|_| ())
        );
    }

    #[test]
    fn int_to_float_rounds_like_cpython() {
        assert_eq!(
            int_to_float(&big("9007199254740993")),
            Ok(9007199254740992.0)
        );
        assert_eq!(
            int_to_float(&big("9007199254740995")),
            Ok(9007199254740996.0)
        );
        assert_eq!(
            int_to_float(&big("-18446744073709551617")),
            Ok(-18446744073709551616.0)
        );
        let max = BigInt::from(2).pow(1024) - BigInt::from(2).pow(970) - 1;
        assert_eq!(int_to_float(&max), Ok(f64::MAX));
        let over = BigInt::from(2).pow(1024) - BigInt::from(2).pow(970);
        assert_eq!(
            int_to_float(&over),
            Err("int too large to convert to float".to_string())
        );
    }

    #[test]
    fn never_panics_on_arbitrary_specs() {
        let alphabet: Vec<char> = "<>=^+- z#0123456789,_.bcdeEfFgGnosxX%é\u{663}*"
            .chars()
            .collect();
        let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut checked = 0;
        for _ in 0..20_000 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let len = (state % 9) as usize;
            let spec: String = (0..len)
                .map(|k| alphabet[((state >> (k * 6)) % alphabet.len() as u64) as usize])
                .collect();
            if let Ok(p) = parse_spec(&spec) {
                if p.width.unwrap_or(0) > 10_000 || p.precision.unwrap_or(0) > 10_000 {
                    continue;
                }
                let results = [
                    format_i64(-1234567, &p),
                    format_int(&big("-123456789012345678901234567890"), &p),
                    format_float(-1234.5678, &p),
                    format_float(f64::NAN, &p),
                    format_str("héllo", &p),
                ];
                checked += results.iter().filter(|r| r.is_ok()).count();
            }
            let pct = format!("%{}", spec);
            if let Ok(pieces) = parse_percent(&pct, false) {
                for piece in pieces {
                    if let PercentPiece::Spec(s) = piece {
                        let w = match s.width {
                            Some(Count::Fixed(w)) => Some(w.min(10_000)),
                            _ => None,
                        };
                        let p = match s.precision {
                            Some(Count::Fixed(p)) => Some(p.min(10_000)),
                            _ => None,
                        };
                        checked += percent_int(&BigInt::from(-42), &s, w, p).len().min(1);
                        checked += percent_float(-0.5, &s, w, p).len().min(1);
                        checked += percent_str("x", &s, w, p).len().min(1);
                    }
                }
            }
        }
        assert!(checked > 1000, "only {} successful formats", checked);
    }

    #[test]
    fn decimal_digits_and_spaces() {
        assert_eq!(decimal_value('7'), Some(7));
        assert_eq!(decimal_value('\u{669}'), Some(9));
        assert_eq!(decimal_value('\u{1D7CE}'), Some(0));
        assert_eq!(decimal_value('\u{1D7D7}'), Some(9));
        assert_eq!(decimal_value('a'), None);
        assert_eq!(decimal_value('\u{65F}'), None);
        assert_eq!(parse_int("\u{0967}\u{0968}", 10), Some(BigInt::from(12)));
        assert_eq!(parse_float("\u{85}2.5\u{85}"), Some(2.5));
    }
}
