//! `SmallStr`: the text of a str object. Up to [`INLINE`] bytes it is stored inside the object
//! itself, so the names, keys and words that make up most strings cost one allocation instead
//! of two; longer text is a boxed `str`. Either way it reads as a `&str`.

use std::ops::Deref;

/// The longest text kept inline (the inline form is then as large as a `Box<str>` plus a byte).
pub const INLINE: usize = 22;

pub enum SmallStr {
    Inline { len: u8, buf: [u8; INLINE] },
    Heap(Box<str>),
}

impl SmallStr {
    pub fn new(s: String) -> SmallStr {
        if s.len() <= INLINE {
            s.as_str().into_small_str()
        } else {
            SmallStr::Heap(s.into_boxed_str())
        }
    }
}

/// What a str object's text can be made from: an owned `String` moves in (when long), a
/// borrowed `&str` is copied — straight into the inline buffer when short, with no allocation.
pub trait IntoSmallStr {
    fn into_small_str(self) -> SmallStr;

    /// The text, when it is borrowed and short enough to be copied inline.
    #[inline]
    fn short_text(&self) -> Option<&str> {
        None
    }
}

impl IntoSmallStr for SmallStr {
    #[inline]
    fn into_small_str(self) -> SmallStr {
        self
    }
}

impl IntoSmallStr for String {
    #[inline]
    fn short_text(&self) -> Option<&str> {
        (self.len() <= INLINE).then_some(self.as_str())
    }

    #[inline]
    fn into_small_str(self) -> SmallStr {
        SmallStr::new(self)
    }
}

impl IntoSmallStr for &str {
    #[inline]
    fn short_text(&self) -> Option<&str> {
        (self.len() <= INLINE).then_some(*self)
    }

    #[inline]
    fn into_small_str(self) -> SmallStr {
        if self.len() <= INLINE {
            let mut buf = [0; INLINE];
            buf[..self.len()].copy_from_slice(self.as_bytes());
            SmallStr::Inline {
                len: self.len() as u8,
                buf,
            }
        } else {
            SmallStr::Heap(Box::from(self))
        }
    }
}

impl IntoSmallStr for &String {
    #[inline]
    fn short_text(&self) -> Option<&str> {
        (self.len() <= INLINE).then_some(self.as_str())
    }

    #[inline]
    fn into_small_str(self) -> SmallStr {
        self.as_str().into_small_str()
    }
}

impl Deref for SmallStr {
    type Target = str;
    #[inline]
    fn deref(&self) -> &str {
        match self {
            SmallStr::Inline { len, buf } => {
                let bytes = &buf[..*len as usize];
                // SAFETY: `buf[..len]` was copied from a whole `str` in `new` and is never
                // changed afterwards, so it is valid UTF-8.
                unsafe { std::str::from_utf8_unchecked(bytes) }
            }
            SmallStr::Heap(s) => s,
        }
    }
}

impl PartialEq for SmallStr {
    #[inline]
    fn eq(&self, other: &SmallStr) -> bool {
        match (self, other) {
            // inline buffers are zero past `len` (every constructor fills them so), so two
            // short texts compare as two fixed-size arrays: a few loads, no `memcmp` call
            (SmallStr::Inline { len: a, buf: x }, SmallStr::Inline { len: b, buf: y }) => {
                a == b && x == y
            }
            _ => **self == **other,
        }
    }
}

impl std::fmt::Display for SmallStr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self)
    }
}

impl std::fmt::Debug for SmallStr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(&**self, f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_text_is_inline_and_reads_back() {
        for text in [
            "",
            "a",
            "héllo",
            "exactly-22-bytes-long!",
            "twenty-three bytes long",
        ] {
            let s = SmallStr::new(text.to_string());
            assert_eq!(&*s, text);
            assert_eq!(
                matches!(s, SmallStr::Inline { .. }),
                text.len() <= INLINE,
                "{text:?}"
            );
        }
        // a multi-byte character right at the edge stays whole
        let edge = "x".repeat(INLINE - 2) + "é";
        assert_eq!(&*SmallStr::new(edge.clone()), edge);
        assert!(SmallStr::new("ab".into()) == SmallStr::new("ab".into()));
    }

    #[test]
    fn equality_of_built_and_copied_text() {
        // the text of a str joined in place by `Value::str_concat`
        let concat = |pieces: &[&str]| {
            let ascii = pieces.iter().all(|p| p.is_ascii());
            crate::objects::value::Value::str_concat(pieces.iter().copied(), ascii)
        };
        let joined_v = concat(&["co", "unt"]);
        let joined = &joined_v.as_strobj().expect("a str").s;
        assert!(*joined == SmallStr::new("count".into()));
        assert!(*joined != SmallStr::new("counts".into()));
        assert!(*joined != SmallStr::new("cound".into()));
        assert!(SmallStr::new(String::new()) == concat(&[]).as_strobj().expect("a str").s);
        let long = "y".repeat(INLINE + 5);
        let halves_v = concat(&[&long[..9], &long[9..]]);
        let halves = &halves_v.as_strobj().expect("a str").s;
        assert!(*halves == SmallStr::new(long.clone()));
        assert!(*halves != SmallStr::new(long[1..].to_string() + "z"));
        // ASCII-ness comes from the pieces' flags, short or long
        for tail in ["é", "z"] {
            for head in [&long[..], "ab"] {
                let v = concat(&[head, tail]);
                assert_eq!(v.as_strobj().expect("a str").ascii, tail.is_ascii());
            }
        }
    }
}
