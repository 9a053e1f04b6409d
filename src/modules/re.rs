//! The native `_re` module under `stdlib/re.py`: compiled patterns and the searches on them.
//!
//! A pattern is read as CPython reads it (`re_parse.rs`: the same errors, positions and group
//! numbers) and handed to `fancy-regex` in that crate's syntax. `fancy-regex` runs patterns
//! without backreferences or lookaround on the `regex` crate's automata and the rest on its
//! own backtracking VM; both pick the leftmost-first alternative, as Python's backtracking
//! engine does, so alternation and lazy/greedy repeats match what CPython matches.
//!
//! Positions cross this module in code points (Python's indices) and are byte offsets inside
//! it: an ASCII string's are the same numbers; other strings are counted through once per
//! call. `endpos` cuts the text there (Python's "as if the string were endpos long"), `pos`
//! starts the search without cutting, so `^` and lookbehind still see what is before it.
//!
//! Python's `$` outside `MULTILINE` matches at the end and before a final newline. Only texts
//! that end with a newline need the second case, so each pattern has two translations: `$` as
//! the end of the text (the fast one, which the `regex` automata run), and `$` as a lookahead
//! for an optional newline at the end, used only on texts that end in one.
//!
//! Scans (`findall`, `finditer`, `sub`, `split`) follow CPython 3.7+ on empty matches: after
//! an empty match the next one may start at the same place only if it is not empty.
//!
//! Bytes patterns and subjects are run as Latin-1 text (each byte one character), so indices
//! are byte indices; the pieces returned are turned back into bytes.
//!
//! What still differs from CPython 3.11:
//! * `\w` is `[\p{L}\p{N}_]` (CPython: `str.isalnum()` or `_`, nearly the same); `\b` and
//!   `\B` use the `regex` crate's word characters, which add combining marks and connector
//!   punctuation; `\B` matches in an empty string (CPython 3.11: never).
//! * With `ASCII` (or on bytes) `IGNORECASE` still folds non-ASCII letters (`é` matches `É`).
//! * A repeated group whose last iteration matched empty keeps the previous iteration's text
//!   (`(a|)*b` on `aab`: group 1 is `'a'`, CPython `''`).
//! * `\N{name}` escapes are refused with `re.error`; no `FutureWarning`/`DeprecationWarning`
//!   for possible set operations or odd group names.
//! * A search that backtracks more than [`BACKTRACK_LIMIT`] steps raises `RecursionError`
//!   (CPython keeps going); the interpreter lock is held while a search runs.
//! * `pos`/`endpos` on a non-ASCII str are found by walking the text, so a loop of
//!   `pattern.match(text, pos)` over a long non-ASCII text is quadratic.
//! * In `stdlib/re.py`: `groupindex` is a dict (CPython: a mappingproxy), `RegexFlag` is an
//!   int subclass with CPython's repr rather than an enum, `finditer` returns a generator,
//!   and `lastindex` is worked out from the spans and the groups' nesting.

use super::re_parse::{self, ParseError};
use crate::objects::object::{NativeObj, Object};
use crate::objects::types::{self, ExcKind};
use crate::objects::value::{ObjRef, Value};
use crate::runtime::exc::{overflow, type_error, value_error, Exc};
use crate::runtime::vm::{Args, PResult, Vm};
use fancy_regex::{Regex, RegexBuilder, RegexInput};
use std::borrow::Cow;
use std::sync::OnceLock;

/// How many backtracking steps one search may take before it gives up with an error
/// (CPython has no limit; it just takes as long as it takes).
const BACKTRACK_LIMIT: usize = 50_000_000;

/// What a search asks of the engine.
#[derive(Clone, Copy)]
enum Kind {
    /// The leftmost match at or after the start.
    Search = 0,
    /// A match starting exactly at the start (`match`).
    Anchored = 1,
    /// A match starting at the start and running to the end (`fullmatch`).
    Full = 2,
    /// A non-empty match starting exactly at the start (after an empty match in a scan).
    NonEmpty = 3,
}

/// A regex built on first use: `None` when it can never match, an error when the engine
/// takes no such pattern.
type Slot = OnceLock<Result<Option<Regex>, String>>;

/// A compiled pattern: its translations and the engine's regexes for them, built on first use.
struct Pat {
    groups: usize,
    bytes: bool,
    has_dollar: bool,
    /// The translation with `$` as the end of the text, and (if the pattern has such a `$`)
    /// the one with `$` also before a final newline.
    texts: [String; 2],
    /// Per translation: the plain regex, the one anchored at the end, the non-empty one.
    regexes: [[Slot; 3]; 2],
}

fn build(text: &str, which: usize) -> Result<Option<Regex>, String> {
    let pat = if which == 1 {
        format!("(?:{text})\\z")
    } else {
        text.to_string()
    };
    let mut b = RegexBuilder::new(&pat);
    b.backtrack_limit(BACKTRACK_LIMIT);
    if which == 2 {
        b.find_not_empty(true);
    }
    match b.build() {
        Ok(r) => Ok(Some(r)),
        Err(fancy_regex::Error::CompileError(e))
            if which == 2 && matches!(*e, fancy_regex::CompileError::PatternCanNeverMatch) =>
        {
            Ok(None)
        }
        Err(e) => Err(e.to_string()),
    }
}

impl Pat {
    fn regex(&self, variant: usize, which: usize) -> PResult<Option<&Regex>> {
        let slot = &self.regexes[variant][which];
        match slot.get_or_init(|| build(&self.texts[variant], which)) {
            Ok(r) => Ok(r.as_ref()),
            Err(e) => Err(Exc::new(
                ExcKind::RuntimeError,
                format!("regular expression not supported by the engine: {e}"),
            )),
        }
    }

    /// The match of `kind` in `hay` from byte `at`, its group spans written to `out` (byte
    /// offsets, `usize::MAX` for a group that did not take part). False if there is none.
    fn find(&self, hay: &str, at: usize, kind: Kind, out: &mut Vec<usize>) -> PResult<bool> {
        let variant = (self.has_dollar && hay.ends_with('\n')) as usize;
        let (which, anchored) = match kind {
            Kind::Search => (0, false),
            Kind::Anchored => (0, true),
            Kind::Full => (1, true),
            Kind::NonEmpty => (2, true),
        };
        let Some(re) = self.regex(variant, which)? else {
            return Ok(false);
        };
        let input = RegexInput::new(hay).from_pos(at).anchored(anchored);
        let caps = match re.captures_input(input) {
            Ok(Some(c)) => c,
            Ok(None) => return Ok(false),
            Err(e) => return Err(engine_error(e)),
        };
        out.clear();
        for i in 0..=self.groups {
            match caps.get(i) {
                Some(m) => {
                    out.push(m.start());
                    out.push(m.end());
                }
                None => {
                    out.push(usize::MAX);
                    out.push(usize::MAX);
                }
            }
        }
        Ok(true)
    }

    /// Calls `f` with each match's spans, leftmost first, from byte `at`, at most `limit`
    /// of them (0: no limit); `must_advance` when the previous match was empty and ended at
    /// `at`. Returns where the next scan would go on and whether it must advance.
    fn scan(
        &self,
        hay: &str,
        mut at: usize,
        mut must_advance: bool,
        limit: usize,
        mut f: impl FnMut(&[usize]) -> PResult<()>,
    ) -> PResult<(usize, bool, usize)> {
        let mut n = 0;
        let mut buf = Vec::with_capacity(2 * (self.groups + 1));
        while (limit == 0 || n < limit) && at <= hay.len() {
            let found = if must_advance {
                if self.find(hay, at, Kind::NonEmpty, &mut buf)? {
                    true
                } else {
                    match hay[at..].chars().next() {
                        Some(c) => at += c.len_utf8(),
                        None => break,
                    }
                    self.find(hay, at, Kind::Search, &mut buf)?
                }
            } else {
                self.find(hay, at, Kind::Search, &mut buf)?
            };
            if !found {
                at = hay.len() + 1;
                break;
            }
            f(&buf)?;
            n += 1;
            must_advance = buf[0] == buf[1];
            at = buf[1];
        }
        Ok((at, must_advance, n))
    }
}

fn engine_error(e: fancy_regex::Error) -> Exc {
    match e {
        fancy_regex::Error::RuntimeError(fancy_regex::RuntimeError::BacktrackLimitExceeded) => {
            Exc::new(
                ExcKind::RecursionError,
                "regular expression backtracking limit exceeded",
            )
        }
        e => Exc::new(
            ExcKind::RuntimeError,
            format!("regular expression failed: {e}"),
        ),
    }
}

fn pat_type() -> &'static ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| {
        types::make_type(
            "SRE_Pattern",
            Some(&types::types().object),
            crate::objects::object::TypeKind::Object,
            &[],
        )
    })
}

fn pat(v: &Value) -> PResult<&Pat> {
    match v.as_obj() {
        Some(Object::NativeObj(n)) => n
            .data
            .downcast_ref::<Pat>()
            .ok_or_else(|| type_error("expected a compiled pattern")),
        _ => Err(type_error("expected a compiled pattern")),
    }
}

pub fn module(_vm: &mut Vm) -> Value {
    super::ModuleBuilder::new("_re")
        .func("compile", re_compile)
        .func("search", re_search)
        .func("scan", re_scan)
        .func("findall", re_findall)
        .func("sub", re_sub)
        .func("split", re_split)
        .build()
}

/// The text of a str, or of bytes read as Latin-1.
fn text_of(v: &Value) -> Option<(Cow<'_, str>, bool, bool)> {
    if let Some(s) = v.as_strobj() {
        return Some((Cow::Borrowed(&*s.s), s.ascii, false));
    }
    match v.as_obj() {
        Some(Object::Bytes(b)) => {
            let ascii = b.is_ascii();
            let t: Cow<str> = match std::str::from_utf8(b) {
                Ok(t) if ascii => Cow::Borrowed(t),
                _ => Cow::Owned(b.iter().map(|&c| c as char).collect()),
            };
            Some((t, ascii, true))
        }
        _ => None,
    }
}

/// `compile(pattern, flags)`: `(handle, flags, groups, [(name, number), ...], [highest group
/// nested in each group, ...])`, or
/// `(None, message, position)` for what `re.error` should report.
fn re_compile(_vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("compile", 2, 2, &[])?;
    let Some((text, _, bytes)) = text_of(&a.pos[0]) else {
        return Err(type_error(
            "first argument must be string or compiled pattern",
        ));
    };
    let flags = crate::builtins::int_arg(&a.pos[1], "compile")?;
    let chars: Vec<char> = text.chars().collect();
    let parsed = match re_parse::parse(&chars, flags as u32, !bytes) {
        Ok(p) => p,
        Err(ParseError::Re(msg, pos)) => {
            let pos = pos.map_or(Value::None, |p| Value::Int(p as i64));
            return Ok(Value::tuple(vec![Value::None, Value::str(msg), pos]));
        }
        Err(ParseError::Overflow(msg)) => return Err(overflow(msg)),
        Err(ParseError::Value(msg)) => return Err(value_error(msg)),
    };
    let (t0, has_dollar) = parsed.emit(false);
    let t1 = if has_dollar {
        parsed.emit(true).0
    } else {
        String::new()
    };
    let p = Pat {
        groups: parsed.groups,
        bytes,
        has_dollar,
        texts: [t0, t1],
        regexes: Default::default(),
    };
    if let Err(e) = p.regexes[0][0].get_or_init(|| build(&p.texts[0], 0)) {
        let msg = format!("pattern not supported by Gilt's regex engine ({e})");
        return Ok(Value::tuple(vec![
            Value::None,
            Value::str(msg),
            Value::None,
        ]));
    }
    let names = parsed
        .names
        .iter()
        .map(|(n, g)| Value::pair(Value::str(n.as_str()), Value::Int(*g as i64)))
        .collect();
    let handle = Value::obj(Object::NativeObj(NativeObj {
        class: pat_type().clone(),
        data: Box::new(p),
    }));
    let nested = parsed
        .inner_last
        .iter()
        .map(|&g| Value::Int(g as i64))
        .collect();
    Ok(Value::tuple(vec![
        handle,
        Value::Int(parsed.flags as i64),
        Value::Int(parsed.groups as i64),
        Value::list(names),
        Value::list(nested),
    ]))
}

/// A subject string as the engine sees it, cut at `endpos`, with the start in bytes.
struct Subject<'a> {
    text: Cow<'a, str>,
    /// The byte offset `endpos` fell on: the text searched is `text[..end]`.
    end: usize,
    start: usize,
    ascii: bool,
    bytes: bool,
    /// The code point index of `start` (byte offsets are counted from there).
    start_char: usize,
}

impl<'a> Subject<'a> {
    fn new(p: &Pat, v: &'a Value, pos: i64, endpos: i64) -> PResult<Option<Subject<'a>>> {
        let Some((text, ascii, bytes)) = text_of(v) else {
            return Err(type_error(format!(
                "expected string or bytes-like object, got '{}'",
                types::type_name(v)
            )));
        };
        if bytes && !p.bytes {
            return Err(type_error(
                "cannot use a string pattern on a bytes-like object",
            ));
        }
        if !bytes && p.bytes {
            return Err(type_error(
                "cannot use a bytes pattern on a string-like object",
            ));
        }
        let pos = pos.max(0) as usize;
        let endpos = endpos.max(0) as usize;
        let (start, end) = if ascii {
            (pos.min(text.len()), endpos.min(text.len()))
        } else {
            let mut start = None;
            let mut end = None;
            for (i, (b, _)) in text.char_indices().enumerate() {
                if i == pos {
                    start = Some(b);
                }
                if i == endpos {
                    end = Some(b);
                    break;
                }
            }
            let len = text.len();
            (start.unwrap_or(len), end.unwrap_or(len))
        };
        if end < start {
            return Ok(None);
        }
        let start_char = if ascii {
            start
        } else {
            pos.min(text[..start].chars().count())
        };
        Ok(Some(Subject {
            text,
            end,
            start,
            ascii,
            bytes,
            start_char,
        }))
    }

    fn hay(&self) -> &str {
        &self.text[..self.end]
    }

    /// The piece of the subject between two byte offsets, as a str or bytes.
    fn piece(&self, a: usize, b: usize) -> Value {
        let s = &self.text[a..b];
        if self.bytes {
            Value::obj(Object::Bytes(s.chars().map(|c| c as u8).collect()))
        } else {
            Value::str(s)
        }
    }

    fn empty(&self) -> Value {
        if self.bytes {
            Value::obj(Object::Bytes(Box::new([])))
        } else {
            Value::str("")
        }
    }

    fn group(&self, spans: &[usize], g: usize) -> Option<Value> {
        let (a, b) = (spans[2 * g], spans[2 * g + 1]);
        (a != usize::MAX).then(|| self.piece(a, b))
    }

    fn wrap(&self, s: String) -> Value {
        if self.bytes {
            Value::obj(Object::Bytes(s.chars().map(|c| c as u8).collect()))
        } else {
            Value::str(s)
        }
    }
}

/// Byte offsets to code point indices, counting forward from the last one converted.
struct Conv<'s> {
    text: &'s str,
    ascii: bool,
    last_byte: usize,
    last_char: usize,
}

impl<'s> Conv<'s> {
    fn new(s: &'s Subject) -> Conv<'s> {
        Conv {
            text: &s.text,
            ascii: s.ascii,
            last_byte: s.start,
            last_char: s.start_char,
        }
    }

    fn chars(bytes: &[u8]) -> usize {
        bytes.iter().filter(|&&b| (b as i8) >= -0x40).count()
    }

    fn char_at(&mut self, b: usize) -> usize {
        if self.ascii {
            return b;
        }
        if b >= self.last_byte {
            self.last_char += Conv::chars(&self.text.as_bytes()[self.last_byte..b]);
        } else {
            self.last_char = Conv::chars(&self.text.as_bytes()[..b]);
        }
        self.last_byte = b;
        self.last_char
    }

    /// The spans as a tuple of ints, -1 for groups that did not take part.
    fn spans(&mut self, spans: &[usize]) -> Value {
        let items = spans
            .iter()
            .map(|&b| {
                if b == usize::MAX {
                    Value::Int(-1)
                } else {
                    Value::Int(self.char_at(b) as i64)
                }
            })
            .collect();
        Value::tuple(items)
    }
}

fn int(v: &Value) -> PResult<i64> {
    crate::builtins::int_arg(v, "re")
}

/// `search(handle, string, pos, endpos, mode)`: mode 0 search, 1 match, 2 fullmatch; the
/// match's spans as a flat tuple of code point indices, or None.
fn re_search(_vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("search", 5, 5, &[])?;
    let p = pat(&a.pos[0])?;
    let Some(s) = Subject::new(p, &a.pos[1], int(&a.pos[2])?, int(&a.pos[3])?)? else {
        return Ok(Value::None);
    };
    let kind = match int(&a.pos[4])? {
        0 => Kind::Search,
        1 => Kind::Anchored,
        _ => Kind::Full,
    };
    let mut out = Vec::new();
    if !p.find(s.hay(), s.start, kind, &mut out)? {
        return Ok(Value::None);
    }
    Ok(Conv::new(&s).spans(&out))
}

/// `scan(handle, string, pos, endpos, must_advance, limit)`: up to `limit` matches' spans
/// (as `search` gives them) from `pos`; an empty list when there are no more.
fn re_scan(_vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("scan", 6, 6, &[])?;
    let p = pat(&a.pos[0])?;
    let Some(s) = Subject::new(p, &a.pos[1], int(&a.pos[2])?, int(&a.pos[3])?)? else {
        return Ok(Value::list(Vec::new()));
    };
    let must = int(&a.pos[4])? != 0;
    let limit = int(&a.pos[5])?.max(0) as usize;
    let mut conv = Conv::new(&s);
    let mut out = Vec::new();
    p.scan(s.hay(), s.start, must, limit, |sp| {
        out.push(conv.spans(sp));
        Ok(())
    })?;
    Ok(Value::list(out))
}

/// `findall(handle, string, pos, endpos)`: `re.findall`'s list.
fn re_findall(_vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("findall", 4, 4, &[])?;
    let p = pat(&a.pos[0])?;
    let Some(s) = Subject::new(p, &a.pos[1], int(&a.pos[2])?, int(&a.pos[3])?)? else {
        return Ok(Value::list(Vec::new()));
    };
    let mut out = Vec::new();
    let g = p.groups;
    p.scan(s.hay(), s.start, false, 0, |sp| {
        let v = match g {
            0 => s.piece(sp[0], sp[1]),
            1 => s.group(sp, 1).unwrap_or_else(|| s.empty()),
            _ => Value::tuple(
                (1..=g)
                    .map(|i| s.group(sp, i).unwrap_or_else(|| s.empty()))
                    .collect(),
            ),
        };
        out.push(v);
        Ok(())
    })?;
    Ok(Value::list(out))
}

/// `sub(handle, string, template, count)`: `(new string, number of replacements)`, where
/// `template` lists literal pieces (str or bytes) and group numbers.
fn re_sub(_vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("sub", 4, 4, &[])?;
    let p = pat(&a.pos[0])?;
    let Some(s) = Subject::new(p, &a.pos[1], 0, i64::MAX)? else {
        return Ok(Value::pair(a.pos[1].clone(), Value::Int(0)));
    };
    enum Piece {
        Lit(String),
        Group(usize),
    }
    let items: Vec<Value> = match a.pos[2].as_obj() {
        Some(Object::List(l)) => l.read(|l| l.to_vec()),
        _ => return Err(type_error("sub() template must be a list")),
    };
    let mut template = Vec::with_capacity(items.len());
    for it in &items {
        if let Value::Int(g) = it {
            if *g < 0 || *g as usize > p.groups {
                return Err(value_error("invalid group in template"));
            }
            template.push(Piece::Group(*g as usize));
        } else if let Some((t, _, _)) = text_of(it) {
            template.push(Piece::Lit(t.into_owned()));
        } else {
            return Err(type_error("bad template piece"));
        }
    }
    let count = int(&a.pos[3])?.max(0) as usize;
    let hay = s.hay();
    let mut out = String::with_capacity(hay.len());
    let mut last = 0;
    let (_, _, n) = p.scan(hay, 0, false, count, |sp| {
        out.push_str(&hay[last..sp[0]]);
        for piece in &template {
            match piece {
                Piece::Lit(t) => out.push_str(t),
                Piece::Group(g) => {
                    let (a, b) = (sp[2 * g], sp[2 * g + 1]);
                    if a != usize::MAX {
                        out.push_str(&hay[a..b]);
                    }
                }
            }
        }
        last = sp[1];
        Ok(())
    })?;
    if n == 0 {
        return Ok(Value::pair(a.pos[1].clone(), Value::Int(0)));
    }
    out.push_str(&hay[last..]);
    Ok(Value::pair(s.wrap(out), Value::Int(n as i64)))
}

/// `split(handle, string, maxsplit)`: `re.split`'s list.
fn re_split(_vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("split", 3, 3, &[])?;
    let p = pat(&a.pos[0])?;
    let Some(s) = Subject::new(p, &a.pos[1], 0, i64::MAX)? else {
        return Ok(Value::list(vec![a.pos[1].clone()]));
    };
    let limit = int(&a.pos[2])?.max(0) as usize;
    let hay = s.hay();
    let mut out = Vec::new();
    let mut last = 0;
    p.scan(hay, 0, false, limit, |sp| {
        out.push(s.piece(last, sp[0]));
        for g in 1..=p.groups {
            out.push(s.group(sp, g).unwrap_or(Value::None));
        }
        last = sp[1];
        Ok(())
    })?;
    out.push(s.piece(last, hay.len()));
    Ok(Value::list(out))
}
