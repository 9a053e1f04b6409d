//! Methods of `str`. Positions are code points, as in Python; ASCII strings take byte fast paths.

use crate::objects::class::str_of;
use crate::objects::format;
use crate::objects::methods::{this, this_takes};
use crate::objects::object::{NativeFnPtr, Object, StrObj};
use crate::objects::ops;
use crate::objects::types::{type_name, ExcKind};
use crate::objects::value::Value;
use crate::runtime::exc::{overflow, type_error, value_error};
use crate::runtime::vm::{Args, PResult, Vm};
use unicode_properties::{GeneralCategory, GeneralCategoryGroup, UnicodeGeneralCategory};

pub const STR_METHODS: &[(&str, NativeFnPtr)] = &[
    ("split", s_split),
    ("rsplit", s_rsplit),
    ("join", s_join),
    ("strip", s_strip),
    ("lstrip", s_lstrip),
    ("rstrip", s_rstrip),
    ("replace", s_replace),
    ("find", s_find),
    ("rfind", s_rfind),
    ("index", s_index),
    ("rindex", s_rindex),
    ("count", s_count),
    ("startswith", s_startswith),
    ("endswith", s_endswith),
    ("upper", s_upper),
    ("lower", s_lower),
    ("casefold", s_casefold),
    ("title", s_title),
    ("capitalize", s_capitalize),
    ("swapcase", s_swapcase),
    ("center", s_center),
    ("ljust", s_ljust),
    ("rjust", s_rjust),
    ("zfill", s_zfill),
    ("splitlines", s_splitlines),
    ("isdigit", s_isdigit),
    ("isdecimal", s_isdecimal),
    ("isnumeric", s_isnumeric),
    ("isalpha", s_isalpha),
    ("isalnum", s_isalnum),
    ("isspace", s_isspace),
    ("isupper", s_isupper),
    ("islower", s_islower),
    ("istitle", s_istitle),
    ("isidentifier", s_isidentifier),
    ("isascii", s_isascii),
    ("isprintable", s_isprintable),
    ("partition", s_partition),
    ("rpartition", s_rpartition),
    ("format", s_format),
    ("format_map", s_format_map),
    ("encode", s_encode),
    ("expandtabs", s_expandtabs),
    ("removeprefix", s_removeprefix),
    ("removesuffix", s_removesuffix),
    ("translate", s_translate),
    ("maketrans", s_maketrans),
    ("__new__", crate::objects::class::builtin_new),
    ("__getitem__", crate::objects::class::dunder_getitem),
    ("__len__", crate::objects::class::dunder_len),
    ("__contains__", crate::objects::class::dunder_contains),
    ("__iter__", crate::objects::class::dunder_iter),
    ("__repr__", crate::objects::class::dunder_repr),
];

/// Python's str.isspace for one character.
pub fn py_isspace(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

fn text(v: &Value) -> PResult<&StrObj> {
    v.as_strobj().ok_or_else(|| {
        type_error(format!(
            "descriptor requires a 'str' object but received a '{}'",
            type_name(v)
        ))
    })
}

fn str_arg<'a>(v: &'a Value, what: &str) -> PResult<&'a str> {
    str_of(v).ok_or_else(|| type_error(format!("{what} must be str, not {}", type_name(v))))
}

fn opt_str<'a>(v: Option<&'a Value>, what: &str) -> PResult<Option<&'a str>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(x) => Ok(Some(str_of(x).ok_or_else(|| {
            let sp = if what.is_empty() { "" } else { " " };
            type_error(format!(
                "{what}{sp}must be str or None, not {}",
                type_name(x)
            ))
        })?)),
    }
}

/// An int argument CPython takes as a `Py_ssize_t` (a width, a count).
/// An index-sized int argument.
pub fn ssize_arg(v: &Value) -> PResult<i64> {
    match ops::index_of(v) {
        Some(r) => r.map_err(|_| overflow("Python int too large to convert to C ssize_t")),
        None => Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(v)
        ))),
    }
}

fn list_of_strs(parts: Vec<&str>) -> Value {
    Value::list(parts.into_iter().map(Value::str).collect())
}

fn split_args<'a>(a: &'a Args, name: &str) -> PResult<(&'a StrObj, Option<&'a str>, i64)> {
    let (s, rest) = this_takes(a, name, 0, 2)?;
    let sep = opt_str(rest.first().or(a.kw("sep")), "")?;
    let max = match rest.get(1).or(a.kw("maxsplit")) {
        Some(v) => ssize_arg(v)?,
        None => -1,
    };
    if sep == Some("") {
        return Err(value_error("empty separator"));
    }
    Ok((text(s)?, sep, max))
}

fn s_split(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let (s, sep, max) = split_args(&a, "split")?;
    let ascii = s.ascii;
    let s = &*s.s;
    let parts: Vec<&str> = match sep {
        // whitespace in ASCII text is found a byte at a time, not a char at a time
        None if ascii && max < 0 => s
            .as_bytes()
            .split(|&b| py_isspace(b as char))
            .filter(|w| !w.is_empty())
            // SAFETY: ASCII text splits at ASCII bytes into ASCII, hence UTF-8, pieces.
            .map(|w| unsafe { std::str::from_utf8_unchecked(w) })
            .collect(),
        // a one-character separator is searched for with memchr, not the general string search
        Some(sep) if sep.len() == 1 => {
            let c = sep.as_bytes()[0] as char;
            if max < 0 {
                s.split(c).collect()
            } else {
                s.splitn(max as usize + 1, c).collect()
            }
        }
        Some(sep) => {
            if max < 0 {
                s.split(sep).collect()
            } else {
                s.splitn(max as usize + 1, sep).collect()
            }
        }
        None => {
            let mut out = vec![];
            let mut rest = s.trim_start_matches(py_isspace);
            while !rest.is_empty() {
                if max >= 0 && out.len() as i64 == max {
                    out.push(rest);
                    break;
                }
                let end = rest.find(py_isspace).unwrap_or(rest.len());
                out.push(&rest[..end]);
                rest = rest[end..].trim_start_matches(py_isspace);
            }
            out
        }
    };
    Ok(list_of_strs(parts))
}

fn s_rsplit(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let (s, sep, max) = split_args(&a, "rsplit")?;
    let s = &*s.s;
    let mut parts: Vec<&str> = match sep {
        Some(sep) => {
            if max < 0 {
                s.rsplit(sep).collect()
            } else {
                s.rsplitn(max as usize + 1, sep).collect()
            }
        }
        None => {
            let mut out = vec![];
            let mut rest = s.trim_end_matches(py_isspace);
            while !rest.is_empty() {
                if max >= 0 && out.len() as i64 == max {
                    out.push(rest);
                    break;
                }
                let start = rest
                    .rfind(py_isspace)
                    .map(|i| i + rest[i..].chars().next().map_or(1, |c| c.len_utf8()))
                    .unwrap_or(0);
                out.push(&rest[start..]);
                rest = rest[..start].trim_end_matches(py_isspace);
            }
            out
        }
    };
    parts.reverse();
    Ok(list_of_strs(parts))
}

fn s_join(vm: &mut Vm, a: Args) -> PResult<Value> {
    let (s, rest) = this(&a, "join", 1, 1)?;
    let sep = &text(s)?.s;
    let items = vm.collect(&rest[0])?;
    // the result's size first, so that one that cannot be allocated is a MemoryError
    let mut total = ops::add_sizes(0, sep.len(), items.len().saturating_sub(1));
    for (i, it) in items.iter().enumerate() {
        match str_of(it) {
            Some(t) => total = total.saturating_add(t.len()),
            None => {
                return Err(type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    type_name(it)
                )))
            }
        }
    }
    let mut out = ops::try_string(total)?;
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(str_of(it).unwrap_or_default());
    }
    Ok(Value::str(out))
}

fn strip_impl(a: &Args, name: &str, left: bool, right: bool) -> PResult<Value> {
    let (s, rest) = this(a, name, 0, 1)?;
    let t = &*text(s)?.s;
    let chars = opt_str(rest.first(), "argument")?;
    let r = match chars {
        None => {
            let mut r = t;
            if left {
                r = r.trim_start_matches(py_isspace);
            }
            if right {
                r = r.trim_end_matches(py_isspace);
            }
            r
        }
        Some(cs) => {
            let f = |c: char| cs.contains(c);
            let mut r = t;
            if left {
                r = r.trim_start_matches(f);
            }
            if right {
                r = r.trim_end_matches(f);
            }
            r
        }
    };
    if r.len() == t.len() {
        return Ok(s.clone());
    }
    Ok(Value::str(r))
}

fn s_strip(_vm: &mut Vm, a: Args) -> PResult<Value> {
    strip_impl(&a, "strip", true, true)
}

fn s_lstrip(_vm: &mut Vm, a: Args) -> PResult<Value> {
    strip_impl(&a, "lstrip", true, false)
}

fn s_rstrip(_vm: &mut Vm, a: Args) -> PResult<Value> {
    strip_impl(&a, "rstrip", false, true)
}

fn s_replace(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let (s, rest) = this(&a, "replace", 2, 3)?;
    let t = &*text(s)?.s;
    let old = str_arg(&rest[0], "replace() argument 1")?;
    let new = str_arg(&rest[1], "replace() argument 2")?;
    let count = match rest.get(2) {
        Some(v) => ssize_arg(v)?,
        None => -1,
    };
    let limit = usize::try_from(count).unwrap_or(usize::MAX);
    if old.is_empty() {
        // `new` before each character and at the end, `limit` times at most
        let n = limit.min(text(s)?.char_len().saturating_add(1));
        let mut out = ops::try_string(ops::add_sizes(t.len(), new.len(), n))?;
        let mut left = n;
        for c in t.chars() {
            if left > 0 {
                out.push_str(new);
                left -= 1;
            }
            out.push(c);
        }
        if left > 0 {
            out.push_str(new);
        }
        return Ok(Value::str(out));
    }
    // (as in CPython, a str with nothing to replace is returned itself)
    let found = match old.as_bytes() {
        [b] => t.as_bytes().contains(b),
        _ => t.contains(old),
    };
    if !found || limit == 0 {
        return Ok(s.clone());
    }
    // the result's size first, so that one that cannot be allocated is a MemoryError
    let size = if new.len() <= old.len() {
        t.len()
    } else {
        let n = match old.as_bytes() {
            [x] => t.bytes().filter(|c| c == x).count().min(limit),
            _ => t.matches(old).take(limit).count(),
        };
        ops::add_sizes(t.len(), new.len() - old.len(), n)
    };
    let mut out = ops::try_string(size)?;
    let mut last = 0;
    for (i, _) in t.match_indices(old).take(limit) {
        out.push_str(&t[last..i]);
        out.push_str(new);
        last = i + old.len();
    }
    out.push_str(&t[last..]);
    Ok(Value::str(out))
}

/// Byte range of the code-point window [start, end) given as optional Python indices, or None
/// when it is empty because start is past end (or past the end of the string): then even an
/// empty substring is not found, as in CPython.
fn window(
    s: &StrObj,
    start: Option<&Value>,
    end: Option<&Value>,
) -> PResult<Option<(usize, usize)>> {
    let n = s.char_len() as i64;
    let st = match bound(start)? {
        None => 0,
        Some(i) if i < 0 => (i + n).max(0),
        Some(i) => i,
    };
    let en = match bound(end)? {
        None => n,
        Some(i) if i < 0 => (i + n).max(0),
        Some(i) => i.min(n),
    };
    if st > en {
        return Ok(None);
    }
    Ok(Some((
        s.byte_offset(st as usize),
        s.byte_offset(en as usize),
    )))
}

/// A start or end argument: None when absent or None; an int beyond i64 is clamped, as
/// CPython clamps it to its index range.
fn bound(v: Option<&Value>) -> PResult<Option<i64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(x) => match crate::objects::seq::clamped_index(x) {
            Some(i) => Ok(Some(i)),
            None => Err(type_error(
                "slice indices must be integers or None or have an __index__ method",
            )),
        },
    }
}

fn char_index(s: &StrObj, byte: usize) -> i64 {
    if s.ascii {
        byte as i64
    } else {
        s.s[..byte].chars().count() as i64
    }
}

fn find_impl(a: &Args, name: &str, rev: bool) -> PResult<Option<i64>> {
    let (s, rest) = this_takes(a, name, 1, 3)?;
    let so = text(s)?;
    let sub = str_arg(&rest[0], "must be str, not")
        .map_err(|_| type_error(format!("must be str, not {}", type_name(&rest[0]))))?;
    let Some((b0, b1)) = window(so, rest.get(1), rest.get(2))? else {
        return Ok(None);
    };
    let hay = &so.s[b0..b1];
    let found = if rev { hay.rfind(sub) } else { hay.find(sub) };
    Ok(found.map(|i| char_index(so, b0 + i)))
}

fn s_find(_vm: &mut Vm, a: Args) -> PResult<Value> {
    Ok(Value::Int(find_impl(&a, "find", false)?.unwrap_or(-1)))
}

fn s_rfind(_vm: &mut Vm, a: Args) -> PResult<Value> {
    Ok(Value::Int(find_impl(&a, "rfind", true)?.unwrap_or(-1)))
}

fn s_index(_vm: &mut Vm, a: Args) -> PResult<Value> {
    match find_impl(&a, "index", false)? {
        Some(i) => Ok(Value::Int(i)),
        None => Err(value_error("substring not found")),
    }
}

fn s_rindex(_vm: &mut Vm, a: Args) -> PResult<Value> {
    match find_impl(&a, "rindex", true)? {
        Some(i) => Ok(Value::Int(i)),
        None => Err(value_error("substring not found")),
    }
}

fn s_count(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let (s, rest) = this_takes(&a, "count", 1, 3)?;
    let so = text(s)?;
    let sub = str_of(&rest[0])
        .ok_or_else(|| type_error(format!("must be str, not {}", type_name(&rest[0]))))?;
    let Some((b0, b1)) = window(so, rest.get(1), rest.get(2))? else {
        return Ok(Value::Int(0));
    };
    let hay = &so.s[b0..b1];
    let n = if sub.is_empty() {
        hay.chars().count() + 1
    } else {
        hay.matches(sub).count()
    };
    Ok(Value::Int(n as i64))
}

fn affix(vm: &mut Vm, a: &Args, name: &str, end: bool) -> PResult<Value> {
    let (s, rest) = this_takes(a, name, 1, 3)?;
    let so = text(s)?;
    let Some((b0, b1)) = window(so, rest.get(1), rest.get(2))? else {
        return Ok(Value::FALSE);
    };
    let hay = &so.s[b0..b1];
    let test = |p: &str| {
        if end {
            hay.ends_with(p)
        } else {
            hay.starts_with(p)
        }
    };
    match rest[0].as_obj() {
        Some(Object::Tuple(items)) => {
            for it in items.iter() {
                match str_of(it) {
                    Some(p) if test(p) => return Ok(Value::TRUE),
                    Some(_) => {}
                    None => {
                        return Err(type_error(format!(
                            "tuple for {name} must only contain str, not {}",
                            type_name(it)
                        )))
                    }
                }
            }
            Ok(Value::FALSE)
        }
        _ => match str_of(&rest[0]) {
            Some(p) => Ok(Value::bool(test(p))),
            None => {
                let _ = vm;
                Err(type_error(format!(
                    "{name} first arg must be str or a tuple of str, not {}",
                    type_name(&rest[0])
                )))
            }
        },
    }
}

fn s_startswith(vm: &mut Vm, a: Args) -> PResult<Value> {
    affix(vm, &a, "startswith", false)
}

fn s_endswith(vm: &mut Vm, a: Args) -> PResult<Value> {
    affix(vm, &a, "endswith", true)
}

fn map_str(a: &Args, name: &str, f: impl Fn(&str) -> String) -> PResult<Value> {
    let (s, _) = this(a, name, 0, 0)?;
    Ok(Value::str(f(&text(s)?.s)))
}

fn s_upper(_vm: &mut Vm, a: Args) -> PResult<Value> {
    map_str(&a, "upper", |s| s.to_uppercase())
}

fn s_lower(_vm: &mut Vm, a: Args) -> PResult<Value> {
    map_str(&a, "lower", |s| s.to_lowercase())
}

fn s_casefold(_vm: &mut Vm, a: Args) -> PResult<Value> {
    map_str(&a, "casefold", |s| {
        if s.is_ascii() {
            s.to_ascii_lowercase()
        } else {
            // full case folding (CaseFolding.txt C+F: "ß" -> "ss"), which is what CPython does
            caseless::Caseless::default_case_fold(s.chars()).collect()
        }
    })
}

/// A titlecase letter (category Lt: "ǅ").
fn is_titlecase(c: char) -> bool {
    !c.is_ascii() && c.general_category() == GeneralCategory::TitlecaseLetter
}

/// Unicode's Cased property, CPython's `_PyUnicode_IsCased`.
fn is_cased(c: char) -> bool {
    c.is_uppercase() || c.is_lowercase() || is_titlecase(c)
}

/// Appends the full titlecase mapping of `c` ("ǆ" -> "ǅ", "ß" -> "Ss").
fn push_title(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
        return;
    }
    let m = unicode_case_mapping::to_titlecase(c);
    if m[0] == 0 {
        out.push(c);
    } else {
        out.extend(
            m.iter()
                .take_while(|&&u| u != 0)
                .filter_map(|&u| char::from_u32(u)),
        );
    }
}

/// Maps `s` a character at a time with `each`, which may call the `lower` it is given to
/// append the character's lowercase: a capital sigma gets the form the whole string's
/// lowercase gives it (final "ς" or "σ", which depends on the letters around it, as in
/// CPython's `lower_ucs4`).
fn case_map(
    s: &str,
    mut each: impl FnMut(&mut String, char, &mut dyn FnMut(&mut String)),
) -> String {
    let lower_all = if s.contains('\u{3a3}') {
        Some(s.to_lowercase())
    } else {
        None
    };
    let mut at = 0;
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let here = at;
        let mut lower = |out: &mut String| match (&lower_all, c) {
            (Some(l), '\u{3a3}') => out.push(l[here..].chars().next().unwrap_or('\u{3c3}')),
            _ => out.extend(c.to_lowercase()),
        };
        each(&mut out, c, &mut lower);
        if lower_all.is_some() {
            // every character but the capital sigma lowercases the same in any context
            at += if c == '\u{3a3}' {
                2
            } else {
                c.to_lowercase().map(char::len_utf8).sum()
            };
        }
    }
    out
}

fn s_title(_vm: &mut Vm, a: Args) -> PResult<Value> {
    map_str(&a, "title", |s| {
        let mut prev_cased = false;
        case_map(s, |out, c, lower| {
            if prev_cased {
                lower(out);
            } else {
                push_title(out, c);
            }
            prev_cased = is_cased(c);
        })
    })
}

fn s_capitalize(_vm: &mut Vm, a: Args) -> PResult<Value> {
    map_str(&a, "capitalize", |s| {
        let Some(c) = s.chars().next() else {
            return String::new();
        };
        // the first character titlecased, the rest lowercased in the context of the whole
        let lower = s.to_lowercase();
        let skip: usize = if c == '\u{3a3}' {
            2
        } else {
            c.to_lowercase().map(char::len_utf8).sum()
        };
        let mut out = String::with_capacity(lower.len() + 2);
        push_title(&mut out, c);
        out.push_str(&lower[skip..]);
        out
    })
}

fn s_swapcase(_vm: &mut Vm, a: Args) -> PResult<Value> {
    map_str(&a, "swapcase", |s| {
        case_map(s, |out, c, lower| {
            if c.is_uppercase() {
                lower(out);
            } else if c.is_lowercase() {
                out.extend(c.to_uppercase());
            } else {
                out.push(c);
            }
        })
    })
}

fn pad_args<'a>(a: &'a Args, name: &str) -> PResult<(&'a Value, &'a StrObj, usize, char)> {
    let (s, rest) = this(a, name, 1, 2)?;
    let width = ssize_arg(&rest[0])?.max(0) as usize;
    let fill = match rest.get(1) {
        Some(f) => {
            let fs = f.as_str().ok_or_else(|| {
                type_error(format!(
                    "{name}() argument 2 must be str, not {}",
                    type_name(f)
                ))
            })?;
            let mut cs = fs.chars();
            match (cs.next(), cs.next()) {
                (Some(c), None) => c,
                _ => {
                    return Err(type_error(
                        "The fill character must be exactly one character long",
                    ))
                }
            }
        }
        None => ' ',
    };
    Ok((s, text(s)?, width, fill))
}

/// `s` after `left` and before `right` copies of `fill`, or MemoryError when that does not
/// fit in memory (the width is the program's choice).
fn padded(s: &str, left: usize, fill: char, right: usize) -> PResult<Value> {
    let mut buf = [0; 4];
    let fill = &*fill.encode_utf8(&mut buf);
    let size = ops::add_sizes(s.len(), fill.len(), left.saturating_add(right));
    let mut out = ops::try_string(size)?;
    format::push_repeated(&mut out, fill, left);
    out.push_str(s);
    format::push_repeated(&mut out, fill, right);
    Ok(Value::str(out))
}

fn s_center(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let (orig, s, width, fill) = pad_args(&a, "center")?;
    let n = s.char_len();
    if width <= n {
        return Ok(orig.clone());
    }
    let marg = width - n;
    let left = marg / 2 + (marg & width & 1);
    padded(&s.s, left, fill, marg - left)
}

fn s_ljust(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let (orig, s, width, fill) = pad_args(&a, "ljust")?;
    let n = s.char_len();
    if width <= n {
        return Ok(orig.clone());
    }
    padded(&s.s, 0, fill, width - n)
}

fn s_rjust(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let (orig, s, width, fill) = pad_args(&a, "rjust")?;
    let n = s.char_len();
    if width <= n {
        return Ok(orig.clone());
    }
    padded(&s.s, width - n, fill, 0)
}

fn s_zfill(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let (s, rest) = this(&a, "zfill", 1, 1)?;
    let so = text(s)?;
    let width = ssize_arg(&rest[0])?.max(0) as usize;
    let n = so.char_len();
    if width <= n {
        return Ok(s.clone());
    }
    let t = &*so.s;
    let sign = if t.starts_with('+') || t.starts_with('-') {
        1
    } else {
        0
    };
    let mut out = ops::try_string(ops::add_sizes(t.len(), 1, width - n))?;
    out.push_str(&t[..sign]);
    format::push_repeated(&mut out, "0", width - n);
    out.push_str(&t[sign..]);
    Ok(Value::str(out))
}

fn s_splitlines(vm: &mut Vm, a: Args) -> PResult<Value> {
    let (s, rest) = this_takes(&a, "splitlines", 0, 1)?;
    let keep = match rest.first().or(a.kw("keepends")) {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let t = &*text(s)?.s;
    let mut out = vec![];
    let mut start = 0;
    let mut it = t.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        let is_break = matches!(
            c,
            '\n' | '\r'
                | '\x0b'
                | '\x0c'
                | '\x1c'
                | '\x1d'
                | '\x1e'
                | '\u{85}'
                | '\u{2028}'
                | '\u{2029}'
        );
        if !is_break {
            continue;
        }
        let mut end = i + c.len_utf8();
        if c == '\r' {
            if let Some(&(_, '\n')) = it.peek() {
                it.next();
                end += 1;
            }
        }
        out.push(if keep { &t[start..end] } else { &t[start..i] });
        start = end;
    }
    if start < t.len() {
        out.push(&t[start..]);
    }
    Ok(list_of_strs(out))
}

fn pred(a: &Args, name: &str, f: impl Fn(&str) -> bool) -> PResult<Value> {
    let (s, _) = this(a, name, 0, 0)?;
    Ok(Value::bool(f(&text(s)?.s)))
}

fn all_nonempty(s: &str, f: impl Fn(char) -> bool) -> bool {
    !s.is_empty() && s.chars().all(f)
}

fn is_digit(c: char) -> bool {
    let n = c as u32;
    c.is_ascii_digit()
        || (c.is_numeric()
            && !matches!(n, 0xbc..=0xbe | 0x2150..=0x218f | 0x3007 | 0x3021..=0x3029 | 0x4e00..=0x9fff))
}

fn is_decimal(c: char) -> bool {
    is_digit(c)
        && !matches!(c as u32, 0xb2 | 0xb3 | 0xb9 | 0x2070..=0x2079 | 0x2080..=0x2089 | 0x2460..=0x24ff | 0x2776..=0x2793)
}

fn s_isdigit(_vm: &mut Vm, a: Args) -> PResult<Value> {
    pred(&a, "isdigit", |s| all_nonempty(s, is_digit))
}

fn s_isdecimal(_vm: &mut Vm, a: Args) -> PResult<Value> {
    pred(&a, "isdecimal", |s| all_nonempty(s, is_decimal))
}

fn s_isnumeric(_vm: &mut Vm, a: Args) -> PResult<Value> {
    pred(&a, "isnumeric", |s| all_nonempty(s, |c| c.is_numeric()))
}

/// A letter: category Lu, Ll, Lt, Lm or Lo (not Nl, nor the marks Rust's `is_alphabetic`
/// also counts).
fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        c.general_category_group() == GeneralCategoryGroup::Letter
    }
}

fn s_isalpha(_vm: &mut Vm, a: Args) -> PResult<Value> {
    pred(&a, "isalpha", |s| all_nonempty(s, is_alpha))
}

fn s_isalnum(_vm: &mut Vm, a: Args) -> PResult<Value> {
    pred(&a, "isalnum", |s| {
        all_nonempty(s, |c| {
            if c.is_ascii() {
                c.is_ascii_alphanumeric()
            } else {
                matches!(
                    c.general_category_group(),
                    GeneralCategoryGroup::Letter | GeneralCategoryGroup::Number
                )
            }
        })
    })
}

fn s_isspace(_vm: &mut Vm, a: Args) -> PResult<Value> {
    pred(&a, "isspace", |s| all_nonempty(s, py_isspace))
}

fn s_isupper(_vm: &mut Vm, a: Args) -> PResult<Value> {
    pred(&a, "isupper", |s| {
        all_cased(s, char::is_uppercase, char::is_lowercase)
    })
}

fn s_islower(_vm: &mut Vm, a: Args) -> PResult<Value> {
    pred(&a, "islower", |s| {
        all_cased(s, char::is_lowercase, char::is_uppercase)
    })
}

/// `isupper`/`islower`: at least one character of case `this`, none of case `other` and no
/// titlecase letter.
fn all_cased(s: &str, this: fn(char) -> bool, other: fn(char) -> bool) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if other(c) || is_titlecase(c) {
            return false;
        }
        cased |= this(c);
    }
    cased
}

fn s_istitle(_vm: &mut Vm, a: Args) -> PResult<Value> {
    pred(&a, "istitle", |s| {
        let mut prev_cased = false;
        let mut any = false;
        for c in s.chars() {
            if c.is_uppercase() || is_titlecase(c) {
                if prev_cased {
                    return false;
                }
                prev_cased = true;
                any = true;
            } else if c.is_lowercase() {
                if !prev_cased {
                    return false;
                }
                prev_cased = true;
                any = true;
            } else {
                prev_cased = false;
            }
        }
        any
    })
}

fn s_isidentifier(_vm: &mut Vm, a: Args) -> PResult<Value> {
    pred(&a, "isidentifier", |s| {
        let mut cs = s.chars();
        match cs.next() {
            Some(c) if c == '_' || c.is_alphabetic() => cs.all(|c| c == '_' || c.is_alphanumeric()),
            _ => false,
        }
    })
}

fn s_isascii(_vm: &mut Vm, a: Args) -> PResult<Value> {
    pred(&a, "isascii", |s| s.is_ascii())
}

fn s_isprintable(_vm: &mut Vm, a: Args) -> PResult<Value> {
    pred(&a, "isprintable", |s| {
        s.chars().all(crate::objects::repr::is_printable)
    })
}

fn partition_impl(a: &Args, name: &str, rev: bool) -> PResult<Value> {
    let (s, rest) = this(a, name, 1, 1)?;
    let t = &*text(s)?.s;
    let sep = rest[0]
        .as_str()
        .ok_or_else(|| type_error(format!("must be str, not {}", type_name(&rest[0]))))?;
    if sep.is_empty() {
        return Err(value_error("empty separator"));
    }
    let found = if rev { t.rfind(sep) } else { t.find(sep) };
    Ok(match found {
        Some(i) => Value::tuple(vec![
            Value::str(&t[..i]),
            rest[0].clone(),
            Value::str(&t[i + sep.len()..]),
        ]),
        None if rev => Value::tuple(vec![Value::str(""), Value::str(""), s.clone()]),
        None => Value::tuple(vec![s.clone(), Value::str(""), Value::str("")]),
    })
}

fn s_partition(_vm: &mut Vm, a: Args) -> PResult<Value> {
    partition_impl(&a, "partition", false)
}

fn s_rpartition(_vm: &mut Vm, a: Args) -> PResult<Value> {
    partition_impl(&a, "rpartition", true)
}

fn s_encode(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let (s, rest) = this_takes(&a, "encode", 0, 2)?;
    let (encoding, errors) = crate::objects::methods::codec_args(&a, rest, "encode")?;
    let bytes = crate::objects::codecs::encode(&text(s)?.s, encoding, errors)?;
    Ok(Value::obj(Object::Bytes(bytes.into_boxed_slice())))
}

fn s_expandtabs(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let (s, rest) = this_takes(&a, "expandtabs", 0, 1)?;
    // (a C int in CPython)
    let size = match rest.first().or(a.kw("tabsize")) {
        Some(v) => {
            let n = match ssize_arg(v) {
                Err(e) if e.is_kind(ExcKind::OverflowError) => i64::MAX,
                r => r?,
            };
            i32::try_from(n)
                .map_err(|_| overflow("Python int too large to convert to C int"))?
                .max(0) as usize
        }
        None => 8,
    };
    let t = &*text(s)?.s;
    if !t.contains('\t') {
        return Ok(s.clone());
    }
    // the result's size first: a tab may stand for up to 2**31 - 1 spaces
    let (mut total, mut col) = (0usize, 0usize);
    for c in t.chars() {
        match c {
            '\t' if size > 0 => {
                let n = size - col % size;
                total = total.saturating_add(n);
                col = col.saturating_add(n);
            }
            '\t' => {}
            '\n' | '\r' => {
                total += 1;
                col = 0;
            }
            _ => {
                total += c.len_utf8();
                col = col.saturating_add(1);
            }
        }
    }
    if total > isize::MAX as usize {
        return Err(overflow("result too long"));
    }
    let mut out = ops::try_string(total)?;
    let mut col = 0usize;
    for c in t.chars() {
        match c {
            '\t' => {
                if size > 0 {
                    let n = size - col % size;
                    format::push_repeated(&mut out, " ", n);
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(Value::str(out))
}

fn s_removeprefix(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let (s, rest) = this(&a, "removeprefix", 1, 1)?;
    let t = &*text(s)?.s;
    let p = str_arg(&rest[0], "removeprefix() argument")?;
    Ok(match t.strip_prefix(p) {
        Some(r) => Value::str(r),
        None => s.clone(),
    })
}

fn s_removesuffix(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let (s, rest) = this(&a, "removesuffix", 1, 1)?;
    let t = &*text(s)?.s;
    let p = str_arg(&rest[0], "removesuffix() argument")?;
    Ok(match t.strip_suffix(p) {
        Some(r) if !p.is_empty() => Value::str(r),
        _ => s.clone(),
    })
}

// ---------------------------------------------------------------- str.format

/// Where `str.format` finds its named fields: the keyword arguments, or `format_map`'s
/// mapping (any object with `__getitem__`, so a dict subclass's `__missing__` applies).
#[derive(Clone, Copy)]
enum Named<'a> {
    Kw(&'a [(Value, Value)]),
    Map(&'a Value),
}

impl Named<'_> {
    fn get(self, vm: &mut Vm, name: &str) -> PResult<Value> {
        match self {
            Named::Kw(kw) => kw
                .iter()
                .find(|(k, _)| k.as_str() == Some(name))
                .map(|(_, v)| v.clone())
                .ok_or_else(|| crate::runtime::exc::key_error(Value::str(name))),
            Named::Map(m) => vm.getitem(m, &Value::str(name)),
        }
    }
}

fn s_format(vm: &mut Vm, a: Args) -> PResult<Value> {
    let (s, args) = this(&a, "format", 0, usize::MAX)?;
    let fmt = &*text(s)?.s;
    let mut auto = 0usize;
    let out = format_string(vm, fmt, args, Named::Kw(a.kw), &mut auto, 0)?;
    Ok(Value::str(out))
}

fn s_format_map(vm: &mut Vm, a: Args) -> PResult<Value> {
    let (s, rest) = this(&a, "format_map", 1, 1)?;
    let fmt = &*text(s)?.s;
    let mut auto = 0usize;
    let out = format_string(vm, fmt, &[], Named::Map(&rest[0]), &mut auto, 0)?;
    Ok(Value::str(out))
}

fn format_string(
    vm: &mut Vm,
    fmt: &str,
    args: &[Value],
    kw: Named,
    auto: &mut usize,
    depth: usize,
) -> PResult<String> {
    if depth > 1 {
        return Err(value_error("Max string recursion exceeded"));
    }
    let mut out = String::with_capacity(fmt.len());
    // scanned by bytes: the braces are ASCII, so every index where one is found is a char
    // boundary, and the text between them is copied whole
    let bytes = fmt.as_bytes();
    let mut i = 0;
    let mut manual = false;
    while i < bytes.len() {
        let Some(k) = bytes[i..].iter().position(|b| matches!(b, b'{' | b'}')) else {
            out.push_str(&fmt[i..]);
            break;
        };
        out.push_str(&fmt[i..i + k]);
        i += k;
        if bytes[i] == b'}' {
            if bytes.get(i + 1) == Some(&b'}') {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(value_error("Single '}' encountered in format string"));
        }
        match bytes.get(i + 1) {
            Some(b'{') => {
                out.push('{');
                i += 2;
                continue;
            }
            None => return Err(value_error("Single '{' encountered in format string")),
            _ => {}
        }
        // find the matching close brace, allowing one nesting level in the spec
        let mut j = i + 1;
        let mut level = 1;
        while j < bytes.len() {
            match bytes[j] {
                b'{' => level += 1,
                b'}' => {
                    level -= 1;
                    if level == 0 {
                        break;
                    }
                }
                _ => {}
            }
            j += 1;
        }
        if j >= bytes.len() {
            return Err(value_error("expected '}' before end of string"));
        }
        let field = &fmt[i + 1..j];
        i = j + 1;
        // split field into name, conversion, spec
        let (name_conv, spec) = match field.find(':') {
            Some(p) => (&field[..p], &field[p + 1..]),
            None => (field, ""),
        };
        let (name, conv) = match name_conv.find('!') {
            Some(p) => (&name_conv[..p], Some(&name_conv[p + 1..])),
            None => (name_conv, None),
        };
        // resolve the value: first part, then .attr / [key] accessors
        let first_end = name.find(['.', '[']).unwrap_or(name.len());
        let head = &name[..first_end];
        let mut value = if head.is_empty() {
            if manual {
                return Err(value_error(
                    "cannot switch from manual field specification to automatic field numbering",
                ));
            }
            let v = args.get(*auto).cloned().ok_or_else(|| {
                crate::runtime::exc::index_error(format!(
                    "Replacement index {} out of range for positional args tuple",
                    *auto
                ))
            })?;
            *auto += 1;
            v
        } else if let Ok(n) = head.parse::<usize>() {
            if *auto > 0 {
                return Err(value_error(
                    "cannot switch from automatic field numbering to manual field specification",
                ));
            }
            manual = true;
            args.get(n).cloned().ok_or_else(|| {
                crate::runtime::exc::index_error(format!(
                    "Replacement index {n} out of range for positional args tuple"
                ))
            })?
        } else {
            kw.get(vm, head)?
        };
        let mut rest = &name[first_end..];
        while !rest.is_empty() {
            if let Some(r) = rest.strip_prefix('.') {
                let end = r.find(['.', '[']).unwrap_or(r.len());
                let attr = crate::objects::intern::intern(&r[..end]);
                value = vm.get_attr(&value, &attr)?;
                rest = &r[end..];
            } else if let Some(r) = rest.strip_prefix('[') {
                let end = r
                    .find(']')
                    .ok_or_else(|| value_error("Missing ']' in format string"))?;
                let key_text = &r[..end];
                let key = match key_text.parse::<i64>() {
                    Ok(n) => Value::Int(n),
                    Err(_) => Value::str(key_text),
                };
                value = vm.getitem(&value, &key)?;
                rest = &r[end + 1..];
            } else {
                return Err(value_error(
                    "Only '.' or '[' may follow ']' in format field specifier",
                ));
            }
        }
        let value = match conv {
            None => value,
            Some("r") => Value::str(vm.repr(&value)?),
            Some("s") => Value::str(vm.to_str(&value)?),
            Some("a") => Value::str(crate::objects::repr::ascii(&vm.repr(&value)?)),
            Some(c) => {
                return Err(value_error(format!("Unknown conversion specifier {c}")));
            }
        };
        let spec: std::borrow::Cow<str> = if spec.contains('{') {
            format_string(vm, spec, args, kw, auto, depth + 1)?.into()
        } else {
            spec.into()
        };
        out.push_str(&vm.format(&value, &spec)?);
    }
    Ok(out)
}

/// `str.maketrans(x[, y[, z]])`: a translation table (code point → code point, str or None).
fn s_maketrans(vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("maketrans", 1, 3, &[])?;
    let table = Value::obj(Object::Dict(crate::runtime::sync::ReadMostly::new(
        crate::objects::dict::DictMap::new(),
    )));
    if a.pos.len() == 1 {
        let Some(Object::Dict(d)) = a.pos[0].as_obj() else {
            return Err(type_error(
                "if you give only one argument to maketrans it must be a dict",
            ));
        };
        let entries: Vec<(Value, Value)> = d
            .lock()
            .iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect();
        for (k, v) in entries {
            let key = match str_of(&k) {
                Some(c) if c.chars().count() == 1 => {
                    Value::Int(c.chars().next().map_or(0, cp) as i64)
                }
                Some(_) => {
                    return Err(value_error(
                        "string keys in translate table must be of length 1",
                    ))
                }
                None if k.is_int() => k,
                None => {
                    return Err(type_error(
                        "keys in translate table must be strings or integers",
                    ))
                }
            };
            vm.setitem(&table, &key, v)?;
        }
        return Ok(table);
    }
    let x = str_arg(&a.pos[0], "maketrans() argument 1")?;
    let y = str_arg(&a.pos[1], "maketrans() argument 2")?;
    if x.chars().count() != y.chars().count() {
        return Err(value_error(
            "the first two maketrans arguments must have equal length",
        ));
    }
    for (cx, cy) in x.chars().zip(y.chars()) {
        vm.setitem(
            &table,
            &Value::Int(cp(cx) as i64),
            Value::Int(cp(cy) as i64),
        )?;
    }
    if let Some(z) = a.pos.get(2) {
        for c in str_arg(z, "maketrans() argument 3")?.chars() {
            vm.setitem(&table, &Value::Int(cp(c) as i64), Value::None)?;
        }
    }
    Ok(table)
}

/// `s.translate(table)`: each character looked up by code point in `table`; absent ones stay.
fn s_translate(vm: &mut Vm, a: Args) -> PResult<Value> {
    let (s, rest) = this(&a, "translate", 1, 1)?;
    let text = text(s)?.s.to_string();
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let r = match vm.getitem(&rest[0], &Value::Int(cp(c) as i64)) {
            Ok(r) => r,
            Err(e) if e.is_kind(crate::objects::types::ExcKind::LookupError) => {
                out.push(c);
                continue;
            }
            Err(e) => return Err(e),
        };
        match &r {
            Value::None => {}
            _ if r.is_int() => out.push(code_point(&r)?),
            _ => match str_of(&r) {
                Some(t) => out.push_str(t),
                None => {
                    return Err(type_error(
                        "character mapping must return integer, None or str",
                    ))
                }
            },
        }
    }
    Ok(Value::str(out))
}

/// A translation result that is an int, as a character.
use crate::objects::codepoint::code_point as cp;

fn code_point(v: &Value) -> PResult<char> {
    let n = crate::objects::ops::index_of(v)
        .and_then(|r| r.ok())
        .unwrap_or(-1);
    match u32::try_from(n).ok().filter(|&n| n < 0x110000) {
        Some(n) => crate::objects::codepoint::char_of(n),
        None => Err(value_error("character mapping must be in range(0x110000)")),
    }
}
