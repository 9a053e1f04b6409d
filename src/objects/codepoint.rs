//! Code points as Python sees them in Gilt's UTF-8 text.
//!
//! A Python str may hold lone surrogates (U+D800–U+DFFF: `'\udc80'`, what the
//! `surrogateescape` error handler makes of an undecodable byte); UTF-8 cannot. Gilt's text
//! holds each one as a stand-in: the code point `STAND_IN + (s - 0xD800)`, one of 2048 code
//! points near the end of Supplementary Private Use Area-B (U+10F000–U+10F7FF; the very last
//! ones, such as `sys.maxunicode`, are left alone because programs test with them). Everything that
//! turns characters into numbers (`ord`, the codecs, `repr`, comparisons) goes through
//! [`code_point`], everything that turns numbers into characters through [`from_code_point`],
//! so a stand-in behaves as its surrogate everywhere. The price: those 2048 private-use code
//! points cannot be held as themselves, and making one (`chr`, an escape, a decoder) is an
//! error rather than a silently different character.

use crate::runtime::exc::value_error;
use crate::runtime::vm::PResult;
use std::cmp::Ordering;

/// The stand-in of U+D800; U+DFFF's is `LAST_STAND_IN`.
pub const STAND_IN: u32 = 0x10F000;
pub const LAST_STAND_IN: u32 = STAND_IN + 0x7FF;

/// The code point Python sees for `c`.
#[inline]
pub fn code_point(c: char) -> u32 {
    let n = c as u32;
    match n {
        STAND_IN..=LAST_STAND_IN => n - STAND_IN + 0xD800,
        _ => n,
    }
}

/// Whether `c` stands for a lone surrogate.
#[inline]
pub fn is_surrogate(c: char) -> bool {
    (STAND_IN..=LAST_STAND_IN).contains(&(c as u32))
}

/// The character for code point `n` (a surrogate's stand-in for U+D800–U+DFFF); `Err` with
/// the reason for what a str cannot hold: beyond U+10FFFF, or one of the stand-ins themselves.
pub fn from_code_point(n: u32) -> Result<char, Unheld> {
    match n {
        0xD800..=0xDFFF => Ok(char::from_u32(n - 0xD800 + STAND_IN).unwrap_or('\u{fffd}')),
        STAND_IN..=LAST_STAND_IN => Err(Unheld::StandIn),
        _ => char::from_u32(n).ok_or(Unheld::Range),
    }
}

/// Why a code point cannot be a character of a Gilt str.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Unheld {
    /// beyond U+10FFFF
    Range,
    /// U+10F000–U+10F7FF, which stand for lone surrogates
    StandIn,
}

/// The message for a code point in U+10F000–U+10F7FF, which Gilt cannot hold.
pub fn stand_in_message(n: u32) -> String {
    format!("code point U+{n:06X} cannot be held: Gilt uses U+10F000-U+10F7FF for lone surrogates")
}

/// [`from_code_point`] for a code point below 0x110000 that Python code asked for: a
/// ValueError for a stand-in.
pub fn char_of(n: u32) -> PResult<char> {
    from_code_point(n).map_err(|_| value_error(stand_in_message(n)))
}

/// Whether `s` holds a lone surrogate (their stand-ins are the bytes F4 8F 80..9F).
#[inline]
pub fn has_surrogates(s: &str) -> bool {
    let b = s.as_bytes();
    memchr::memchr_iter(0xF4, b)
        .any(|at| b.get(at + 1) == Some(&0x8F) && b.get(at + 2).is_some_and(|&x| x < 0xA0))
}

/// Orders two texts by code point, as Python compares strs. Byte order is code point order
/// except where a stand-in meets a character in U+E000–U+10EFFF; `ascii` (either text is
/// ASCII) rules that out.
#[inline]
pub fn cmp_text(a: &str, b: &str, ascii: bool) -> Ordering {
    let o = a.cmp(b);
    if ascii || o == Ordering::Equal {
        return o;
    }
    cmp_slow(a, b).unwrap_or(o)
}

#[cold]
fn cmp_slow(a: &str, b: &str) -> Option<Ordering> {
    let i = a.bytes().zip(b.bytes()).position(|(x, y)| x != y)?;
    let mut s = i;
    while !a.is_char_boundary(s) {
        s -= 1;
    }
    let ca = a[s..].chars().next()?;
    let cb = b[s..].chars().next()?;
    Some(code_point(ca).cmp(&code_point(cb)))
}

/// Appends code point `n` as Python's repr escapes it: `\xhh`, `\uhhhh` or `\Uhhhhhhhh`.
pub fn push_escape(out: &mut String, n: u32) {
    use std::fmt::Write;
    let _ = match n {
        0..=0xff => write!(out, "\\x{n:02x}"),
        0x100..=0xffff => write!(out, "\\u{n:04x}"),
        _ => write!(out, "\\U{n:08x}"),
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn surrogates_round_trip_through_stand_ins() {
        let c = from_code_point(0xDC80).unwrap();
        assert!(is_surrogate(c));
        assert_eq!(code_point(c), 0xDC80);
        assert_eq!(from_code_point(0x10F000), Err(Unheld::StandIn));
        assert_eq!(from_code_point(0x10F7FF), Err(Unheld::StandIn));
        assert_eq!(from_code_point(0x10FFFF), Ok('\u{10FFFF}'));
        assert_eq!(from_code_point(0x110000), Err(Unheld::Range));
        assert_eq!(code_point(from_code_point(0x41).unwrap()), 0x41);
    }

    #[test]
    fn finds_surrogates_and_orders_by_code_point() {
        let s: String = ['a', from_code_point(0xD800).unwrap(), 'b']
            .iter()
            .collect();
        assert!(has_surrogates(&s));
        assert!(!has_surrogates("a\u{10000}\u{10EFFF}\u{10F800}\u{10FFFF}"));
        let sur = from_code_point(0xD800).unwrap().to_string();
        assert_eq!(cmp_text(&sur, "\u{E000}", false), Ordering::Less);
        assert_eq!(cmp_text(&sur, "\u{10000}", false), Ordering::Less);
        assert_eq!(cmp_text(&sur, "\u{D7FF}", false), Ordering::Greater);
        assert_eq!(cmp_text("xy", "xz", true), Ordering::Less);
    }
}
