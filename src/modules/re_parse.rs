//! Python's regular expression syntax, read the way CPython 3.11's `sre_parse` reads it (the
//! same checks, in the same order, with the same `re.error` messages and positions), and
//! written back out in the syntax `fancy-regex` accepts: every capture group unnamed and in
//! Python's order, group names resolved to numbers, `\Z`, `{,n}`, `(?P=name)`, scoped and
//! global inline flags, and `\d`/`\w`/`\s`/`\b` spelled out as Python (Unicode or ASCII)
//! defines them. `MULTILINE`, `DOTALL`, `VERBOSE` and `ASCII` are applied here, so the engine
//! sees only `(?i)` flags.

/// CPython's flag bits (`re.RegexFlag`).
pub const TEMPLATE: u32 = 1;
pub const IGNORECASE: u32 = 2;
pub const LOCALE: u32 = 4;
pub const MULTILINE: u32 = 8;
pub const DOTALL: u32 = 16;
pub const UNICODE: u32 = 32;
pub const VERBOSE: u32 = 64;
pub const DEBUG: u32 = 128;
pub const ASCII: u32 = 256;

const TYPE_FLAGS: u32 = ASCII | LOCALE | UNICODE;
const GLOBAL_FLAGS: u32 = DEBUG | TEMPLATE;
/// Repeat counts at or above this are too large (`sre_constants.MAXREPEAT`).
pub const MAXREPEAT: u64 = 4_294_967_295;
const MAXGROUPS: usize = 1 << 30;

/// What went wrong with a pattern: an `re.error` (message and position, if it has one) or
/// CPython's `OverflowError` for a repeat count that is too large.
#[derive(Debug)]
pub enum ParseError {
    Re(String, Option<usize>),
    Overflow(String),
    Value(String),
}

type R<T> = Result<T, ParseError>;

fn err<T>(msg: impl Into<String>, pos: usize) -> R<T> {
    Err(ParseError::Re(msg.into(), Some(pos)))
}

/// A token: one character, or a backslash and the character after it.
#[derive(Clone, Copy, PartialEq, Debug)]
enum T {
    C(char),
    E(char),
}

impl T {
    fn len(self) -> usize {
        match self {
            T::C(_) => 1,
            T::E(_) => 2,
        }
    }
    fn text(self) -> String {
        match self {
            T::C(c) => c.to_string(),
            T::E(c) => format!("\\{c}"),
        }
    }
}

/// `sre_parse.Tokenizer`: the pattern's characters and the token after the read position.
struct Src<'a> {
    s: &'a [char],
    index: usize,
    next: Option<T>,
    /// A str pattern (bytes patterns have no `\u`, `\U` or `\N` escapes).
    istext: bool,
}

impl<'a> Src<'a> {
    fn new(s: &'a [char], istext: bool) -> R<Src<'a>> {
        let mut src = Src {
            s,
            index: 0,
            next: None,
            istext,
        };
        src.advance()?;
        Ok(src)
    }

    fn advance(&mut self) -> R<()> {
        let i = self.index;
        let Some(&c) = self.s.get(i) else {
            self.next = None;
            return Ok(());
        };
        if c == '\\' {
            let Some(&d) = self.s.get(i + 1) else {
                return err("bad escape (end of pattern)", self.s.len() - 1);
            };
            self.next = Some(T::E(d));
            self.index = i + 2;
        } else {
            self.next = Some(T::C(c));
            self.index = i + 1;
        }
        Ok(())
    }

    fn tell(&self) -> usize {
        self.index - self.next.map_or(0, T::len)
    }

    fn seek(&mut self, at: usize) -> R<()> {
        self.index = at;
        self.advance()
    }

    fn get(&mut self) -> R<Option<T>> {
        let t = self.next;
        self.advance()?;
        Ok(t)
    }

    fn eat(&mut self, c: char) -> R<bool> {
        if self.next == Some(T::C(c)) {
            self.advance()?;
            return Ok(true);
        }
        Ok(false)
    }

    fn next_is(&self, f: impl Fn(char) -> bool) -> bool {
        matches!(self.next, Some(T::C(c)) if f(c))
    }

    fn error<X>(&self, msg: impl Into<String>, offset: usize) -> R<X> {
        err(msg, self.tell().saturating_sub(offset))
    }

    fn getwhile(&mut self, n: usize, f: impl Fn(char) -> bool) -> R<String> {
        let mut out = String::new();
        for _ in 0..n {
            match self.next {
                Some(T::C(c)) if f(c) => {
                    out.push(c);
                    self.advance()?;
                }
                _ => break,
            }
        }
        Ok(out)
    }

    fn getuntil(&mut self, term: char, name: &str) -> R<String> {
        let mut out = String::new();
        let mut n = 0;
        loop {
            let c = self.next;
            self.advance()?;
            match c {
                None if n == 0 => return self.error(format!("missing {name}"), 0),
                None => return self.error(format!("missing {term}, unterminated name"), n),
                Some(T::C(c)) if c == term => {
                    if n == 0 {
                        return self.error(format!("missing {name}"), 1);
                    }
                    return Ok(out);
                }
                Some(t) => {
                    out.push_str(&t.text());
                    n += t.len();
                }
            }
        }
    }
}

#[derive(Clone, Copy, PartialEq, Debug)]
pub enum Cat {
    Digit,
    NotDigit,
    Space,
    NotSpace,
    Word,
    NotWord,
}

#[derive(Clone, Copy, PartialEq, Debug)]
enum At {
    Beginning,
    End,
    BeginString,
    EndString,
    Boundary,
    NonBoundary,
}

#[derive(Clone, Debug)]
enum Item {
    Char(char),
    Range(char, char),
    Cat(Cat),
}

#[derive(Clone, Copy, PartialEq, Debug)]
enum Greed {
    Greedy,
    Lazy,
    Possessive,
}

type Seq = Vec<Node>;

#[derive(Debug)]
enum Node {
    Lit(char),
    Any,
    Cat(Cat),
    Class(bool, Vec<Item>),
    At(At),
    /// A group: its number if it captures, the flags it turns on and off, its branches.
    Group(Option<usize>, u32, u32, Vec<Seq>),
    Atomic(Vec<Seq>),
    /// A lookaround: behind?, negative?, branches.
    Assert(bool, bool, Vec<Seq>),
    Ref(usize),
    RefExists(usize, Seq, Option<Seq>),
    Repeat(u64, u64, Greed, Box<Node>),
}

/// The parser's state (`sre_parse.State`).
struct State {
    flags: u32,
    names: Vec<(String, usize)>,
    widths: Vec<Option<(u64, u64)>>,
    lookbehind: Option<usize>,
    refpos: Vec<(usize, usize)>,
    istext: bool,
    /// Per group: the highest group number inside it (itself if none).
    inner_last: Vec<usize>,
}

impl State {
    fn groups(&self) -> usize {
        self.widths.len()
    }
    fn checkgroup(&self, gid: usize) -> bool {
        gid < self.groups() && self.widths[gid].is_some()
    }
    fn lookup(&self, name: &str) -> Option<usize> {
        self.names.iter().find(|(n, _)| n == name).map(|&(_, g)| g)
    }
    fn checklookbehindgroup(&self, gid: usize, src: &Src) -> R<()> {
        if let Some(lb) = self.lookbehind {
            if !self.checkgroup(gid) {
                return src.error("cannot refer to an open group", 0);
            }
            if gid >= lb {
                return src.error(
                    "cannot refer to group defined in the same lookbehind subpattern",
                    0,
                );
            }
        }
        Ok(())
    }
}

/// Python's `repr` of a str, for error messages.
pub fn py_repr(s: &str) -> String {
    let q = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::from(q);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == q => {
                out.push('\\');
                out.push(c)
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push(q);
    out
}

fn is_identifier(s: &str) -> bool {
    let mut cs = s.chars();
    match cs.next() {
        Some(c) if c == '_' || c.is_alphabetic() => {}
        _ => return false,
    }
    cs.all(|c| c == '_' || c.is_alphanumeric())
}

fn flag_of(c: char) -> Option<u32> {
    Some(match c {
        'i' => IGNORECASE,
        'L' => LOCALE,
        'm' => MULTILINE,
        's' => DOTALL,
        'x' => VERBOSE,
        'a' => ASCII,
        't' => TEMPLATE,
        'u' => UNICODE,
        _ => return None,
    })
}

const WHITESPACE: &str = " \t\n\r\x0b\x0c";

/// A parsed pattern, ready to be written out for the engine.
pub struct Parsed {
    branches: Vec<Seq>,
    /// The flags after inline global flags (with `UNICODE` added for str patterns).
    pub flags: u32,
    /// The number of capture groups.
    pub groups: usize,
    /// Group names and their numbers, in the order they were defined.
    pub names: Vec<(String, usize)>,
    /// Whether a `$` outside `MULTILINE` occurs (its translation depends on the text).
    pub has_dollar: bool,
    bytes: bool,
    /// Per group (from 1): the highest group number nested in it, itself if none.
    pub inner_last: Vec<usize>,
}

/// Parses `pattern` (its characters; a bytes pattern's bytes as Latin-1) with `flags`.
pub fn parse(pattern: &[char], flags: u32, istext: bool) -> R<Parsed> {
    let mut src = Src::new(pattern, istext)?;
    let mut st = State {
        flags,
        names: Vec::new(),
        widths: vec![None],
        lookbehind: None,
        refpos: Vec::new(),
        istext,
        inner_last: vec![0],
    };
    let branches = parse_sub(&mut src, &mut st, flags & VERBOSE != 0, 0)?;
    st.flags = fix_flags(st.flags, istext)?;
    if src.next.is_some() {
        return src.error("unbalanced parenthesis", 0);
    }
    for &(g, pos) in &st.refpos {
        if g >= st.groups() {
            return err(format!("invalid group reference {g}"), pos);
        }
    }
    let mut p = Parsed {
        branches,
        flags: st.flags,
        groups: st.groups() - 1,
        names: st.names,
        has_dollar: false,
        bytes: !istext,
        inner_last: st.inner_last.split_off(1),
    };
    check_lookbehinds(&p.branches, &st.widths)?;
    p.has_dollar = p.emit(false).1;
    Ok(p)
}

/// `sre_parse.fix_flags`.
fn fix_flags(flags: u32, istext: bool) -> R<u32> {
    let bad = |m: &str| Err(ParseError::Value(m.into()));
    if istext {
        if flags & LOCALE != 0 {
            return bad("cannot use LOCALE flag with a str pattern");
        }
        if flags & ASCII == 0 {
            return Ok(flags | UNICODE);
        }
        if flags & UNICODE != 0 {
            return bad("ASCII and UNICODE flags are incompatible");
        }
    } else {
        if flags & UNICODE != 0 {
            return bad("cannot use UNICODE flag with a bytes pattern");
        }
        if flags & LOCALE != 0 && flags & ASCII != 0 {
            return bad("ASCII and LOCALE flags are incompatible");
        }
    }
    Ok(flags)
}

fn parse_sub(src: &mut Src, st: &mut State, verbose: bool, nested: usize) -> R<Vec<Seq>> {
    let mut items = Vec::new();
    loop {
        let first = nested == 0 && items.is_empty();
        items.push(parse_seq(src, st, verbose, nested + 1, first)?);
        if !src.eat('|')? {
            break;
        }
    }
    Ok(items)
}

fn parse_seq(src: &mut Src, st: &mut State, verbose: bool, nested: usize, first: bool) -> R<Seq> {
    let mut verbose = verbose;
    let mut seq: Seq = Vec::new();
    while let Some(this) = src.next {
        if this == T::C('|') || this == T::C(')') {
            break;
        }
        src.advance()?;
        if verbose {
            if let T::C(c) = this {
                if WHITESPACE.contains(c) {
                    continue;
                }
                if c == '#' {
                    loop {
                        match src.get()? {
                            None | Some(T::C('\n')) => break,
                            _ => {}
                        }
                    }
                    continue;
                }
            }
        }
        let c = match this {
            T::E(c) => {
                seq.push(escape(src, c, st)?);
                continue;
            }
            T::C(c) => c,
        };
        match c {
            '[' => seq.push(parse_class(src)?),
            '*' | '+' | '?' | '{' => {
                let here = src.tell();
                let (min, max) = match c {
                    '?' => (0, 1),
                    '*' => (0, MAXREPEAT),
                    '+' => (1, MAXREPEAT),
                    _ => {
                        if src.next == Some(T::C('}')) {
                            seq.push(Node::Lit('{'));
                            continue;
                        }
                        let lo = src.getwhile(usize::MAX, |c| c.is_ascii_digit())?;
                        let hi = if src.eat(',')? {
                            src.getwhile(usize::MAX, |c| c.is_ascii_digit())?
                        } else {
                            lo.clone()
                        };
                        if !src.eat('}')? {
                            seq.push(Node::Lit('{'));
                            src.seek(here)?;
                            continue;
                        }
                        let num = |s: &str| -> R<u64> {
                            let v = s.parse::<u64>().unwrap_or(u64::MAX);
                            if v >= MAXREPEAT {
                                return Err(ParseError::Overflow(
                                    "the repetition number is too large".into(),
                                ));
                            }
                            Ok(v)
                        };
                        let min = if lo.is_empty() { 0 } else { num(&lo)? };
                        let max = if hi.is_empty() { MAXREPEAT } else { num(&hi)? };
                        if max < min {
                            return err("min repeat greater than max repeat", here);
                        }
                        (min, max)
                    }
                };
                let item = match seq.pop() {
                    None | Some(Node::At(_)) => return err("nothing to repeat", here - 1),
                    Some(Node::Repeat(..)) => return err("multiple repeat", here - 1),
                    Some(item) => item,
                };
                let greed = if src.eat('?')? {
                    Greed::Lazy
                } else if src.eat('+')? {
                    Greed::Possessive
                } else {
                    Greed::Greedy
                };
                seq.push(Node::Repeat(min, max, greed, Box::new(item)));
            }
            '.' => seq.push(Node::Any),
            '(' => {
                let start = src.tell() - 1;
                let mut capture = true;
                let mut atomic = false;
                let mut name = None;
                let (mut add, mut del) = (0, 0);
                if src.eat('?')? {
                    let Some(ch) = src.get()? else {
                        return src.error("unexpected end of pattern", 0);
                    };
                    match ch {
                        T::C('P') => {
                            if src.eat('<')? {
                                let n = src.getuntil('>', "group name")?;
                                if !is_identifier(&n) {
                                    let len = n.chars().count() + 1;
                                    return src.error(
                                        format!("bad character in group name {}", py_repr(&n)),
                                        len,
                                    );
                                }
                                name = Some(n);
                            } else if src.eat('=')? {
                                let n = src.getuntil(')', "group name")?;
                                let len = n.chars().count() + 1;
                                if !is_identifier(&n) {
                                    return src.error(
                                        format!("bad character in group name {}", py_repr(&n)),
                                        len,
                                    );
                                }
                                let Some(gid) = st.lookup(&n) else {
                                    return src
                                        .error(format!("unknown group name {}", py_repr(&n)), len);
                                };
                                if !st.checkgroup(gid) {
                                    return src.error("cannot refer to an open group", len);
                                }
                                st.checklookbehindgroup(gid, src)?;
                                seq.push(Node::Ref(gid));
                                continue;
                            } else {
                                let Some(c) = src.get()? else {
                                    return src.error("unexpected end of pattern", 0);
                                };
                                return src.error(
                                    format!("unknown extension ?P{}", c.text()),
                                    c.len() + 2,
                                );
                            }
                        }
                        T::C(':') => capture = false,
                        T::C('#') => {
                            loop {
                                if src.next.is_none() {
                                    let off = src.tell() - start;
                                    return src.error("missing ), unterminated comment", off);
                                }
                                if src.get()? == Some(T::C(')')) {
                                    break;
                                }
                            }
                            continue;
                        }
                        T::C(c @ ('=' | '!' | '<')) => {
                            let mut c = c;
                            let mut behind = false;
                            let mut saved = None;
                            if c == '<' {
                                let Some(d) = src.get()? else {
                                    return src.error("unexpected end of pattern", 0);
                                };
                                match d {
                                    T::C(d @ ('=' | '!')) => c = d,
                                    d => {
                                        return src.error(
                                            format!("unknown extension ?<{}", d.text()),
                                            d.len() + 2,
                                        )
                                    }
                                }
                                behind = true;
                                saved = Some(st.lookbehind);
                                if st.lookbehind.is_none() {
                                    st.lookbehind = Some(st.groups());
                                }
                            }
                            let p = parse_sub(src, st, verbose, nested + 1)?;
                            if let Some(lb) = saved {
                                if lb.is_none() {
                                    st.lookbehind = None;
                                }
                            }
                            if !src.eat(')')? {
                                let off = src.tell() - start;
                                return src.error("missing ), unterminated subpattern", off);
                            }
                            seq.push(Node::Assert(behind, c == '!', p));
                            continue;
                        }
                        T::C('(') => {
                            let cond = src.getuntil(')', "group name")?;
                            let len = cond.chars().count() + 1;
                            let gid = if is_identifier(&cond) {
                                match st.lookup(&cond) {
                                    Some(g) => g,
                                    None => {
                                        return src.error(
                                            format!("unknown group name {}", py_repr(&cond)),
                                            len,
                                        )
                                    }
                                }
                            } else {
                                let Ok(g) = cond.parse::<u64>() else {
                                    return src.error(
                                        format!("bad character in group name {}", py_repr(&cond)),
                                        len,
                                    );
                                };
                                if g == 0 {
                                    return src.error("bad group number", len);
                                }
                                if g >= MAXGROUPS as u64 {
                                    return src.error(format!("invalid group reference {g}"), len);
                                }
                                let g = g as usize;
                                if !st.refpos.iter().any(|&(r, _)| r == g) {
                                    st.refpos.push((g, src.tell() - len));
                                }
                                g
                            };
                            st.checklookbehindgroup(gid, src)?;
                            let yes = parse_seq(src, st, verbose, nested + 1, false)?;
                            let no = if src.eat('|')? {
                                let no = parse_seq(src, st, verbose, nested + 1, false)?;
                                if src.next == Some(T::C('|')) {
                                    return src.error(
                                        "conditional backref with more than two branches",
                                        0,
                                    );
                                }
                                Some(no)
                            } else {
                                None
                            };
                            if !src.eat(')')? {
                                let off = src.tell() - start;
                                return src.error("missing ), unterminated subpattern", off);
                            }
                            seq.push(Node::RefExists(gid, yes, no));
                            continue;
                        }
                        T::C('>') => {
                            capture = false;
                            atomic = true;
                        }
                        T::C(c) if flag_of(c).is_some() || c == '-' => {
                            match parse_flags(src, st, c)? {
                                None => {
                                    if !first || !seq.is_empty() {
                                        let off = src.tell() - start;
                                        return src.error(
                                            "global flags not at the start of the expression",
                                            off,
                                        );
                                    }
                                    verbose = st.flags & VERBOSE != 0;
                                    continue;
                                }
                                Some((a, d)) => {
                                    add = a;
                                    del = d;
                                    capture = false;
                                }
                            }
                        }
                        t => {
                            return src
                                .error(format!("unknown extension ?{}", t.text()), t.len() + 1)
                        }
                    }
                }
                let group = if capture {
                    let gid = st.groups();
                    if gid >= MAXGROUPS {
                        return src.error("too many groups", 0);
                    }
                    st.widths.push(None);
                    st.inner_last.push(gid);
                    if let Some(n) = &name {
                        if let Some(old) = st.lookup(n) {
                            let len = n.chars().count() + 1;
                            return src.error(
                                format!(
                                    "redefinition of group name {} as group {gid}; was group {old}",
                                    py_repr(n)
                                ),
                                len,
                            );
                        }
                        st.names.push((n.clone(), gid));
                    }
                    Some(gid)
                } else {
                    None
                };
                let sub_verbose = (verbose || add & VERBOSE != 0) && del & VERBOSE == 0;
                let p = parse_sub(src, st, sub_verbose, nested + 1)?;
                if !src.eat(')')? {
                    let off = src.tell() - start;
                    return src.error("missing ), unterminated subpattern", off);
                }
                if let Some(g) = group {
                    st.widths[g] = Some(width_alt(&p, &st.widths));
                    st.inner_last[g] = st.groups() - 1;
                }
                if atomic {
                    seq.push(Node::Atomic(p));
                } else {
                    seq.push(Node::Group(group, add, del, p));
                }
            }
            '^' => seq.push(Node::At(At::Beginning)),
            '$' => seq.push(Node::At(At::End)),
            c => seq.push(Node::Lit(c)),
        }
    }
    Ok(seq)
}

/// `sre_parse._parse_flags`: `None` for global flags (`(?i)`), else the flags a scoped group
/// turns on and off.
fn parse_flags(src: &mut Src, st: &mut State, first: char) -> R<Option<(u32, u32)>> {
    let mut add = 0;
    let mut del = 0;
    let mut ch = first;
    if ch != '-' {
        loop {
            let flag = flag_of(ch).unwrap_or(0);
            if st.istext {
                if ch == 'L' {
                    return src.error(
                        "bad inline flags: cannot use 'L' flag with a str pattern",
                        0,
                    );
                }
            } else if ch == 'u' {
                return src.error(
                    "bad inline flags: cannot use 'u' flag with a bytes pattern",
                    0,
                );
            }
            add |= flag;
            if flag & TYPE_FLAGS != 0 && add & TYPE_FLAGS != flag {
                return src.error(
                    "bad inline flags: flags 'a', 'u' and 'L' are incompatible",
                    0,
                );
            }
            match src.get()? {
                None => return src.error("missing -, : or )", 0),
                Some(T::C(c @ (')' | '-' | ':'))) => {
                    ch = c;
                    break;
                }
                Some(T::C(c)) if flag_of(c).is_some() => ch = c,
                Some(t) => {
                    let alpha = matches!(t, T::C(c) if c.is_alphabetic());
                    let msg = if alpha {
                        "unknown flag"
                    } else {
                        "missing -, : or )"
                    };
                    return src.error(msg, t.len());
                }
            }
        }
    }
    if ch == ')' {
        st.flags |= add;
        return Ok(None);
    }
    if add & GLOBAL_FLAGS != 0 {
        return src.error("bad inline flags: cannot turn on global flag", 1);
    }
    if ch == '-' {
        match src.get()? {
            None => return src.error("missing flag", 0),
            Some(T::C(c)) if flag_of(c).is_some() => ch = c,
            Some(t) => {
                let alpha = matches!(t, T::C(c) if c.is_alphabetic());
                return src.error(
                    if alpha {
                        "unknown flag"
                    } else {
                        "missing flag"
                    },
                    t.len(),
                );
            }
        }
        loop {
            let flag = flag_of(ch).unwrap_or(0);
            if flag & TYPE_FLAGS != 0 {
                return src.error(
                    "bad inline flags: cannot turn off flags 'a', 'u' and 'L'",
                    0,
                );
            }
            del |= flag;
            match src.get()? {
                None => return src.error("missing :", 0),
                Some(T::C(':')) => break,
                Some(T::C(c)) if flag_of(c).is_some() => ch = c,
                Some(t) => {
                    let alpha = matches!(t, T::C(c) if c.is_alphabetic());
                    return src.error(if alpha { "unknown flag" } else { "missing :" }, t.len());
                }
            }
        }
    }
    if del & GLOBAL_FLAGS != 0 {
        return src.error("bad inline flags: cannot turn off global flag", 1);
    }
    if add & del != 0 {
        return src.error("bad inline flags: flag turned on and off", 1);
    }
    Ok(Some((add, del)))
}

fn parse_class(src: &mut Src) -> R<Node> {
    let here = src.tell() - 1;
    let mut set: Vec<Item> = Vec::new();
    let negate = src.eat('^')?;
    loop {
        let Some(this) = src.get()? else {
            let off = src.tell() - here;
            return src.error("unterminated character set", off);
        };
        if this == T::C(']') && !set.is_empty() {
            break;
        }
        let code1 = match this {
            T::E(c) => class_escape(src, c)?,
            T::C(c) => Item::Char(c),
        };
        if src.eat('-')? {
            let Some(that) = src.get()? else {
                let off = src.tell() - here;
                return src.error("unterminated character set", off);
            };
            if that == T::C(']') {
                set.push(code1);
                set.push(Item::Char('-'));
                break;
            }
            let code2 = match that {
                T::E(c) => class_escape(src, c)?,
                T::C(c) => Item::Char(c),
            };
            let msg = || format!("bad character range {}-{}", this.text(), that.text());
            match (code1, code2) {
                (Item::Char(lo), Item::Char(hi)) if hi >= lo => set.push(Item::Range(lo, hi)),
                _ => return src.error(msg(), this.len() + 1 + that.len()),
            }
        } else {
            set.push(code1);
        }
    }
    Ok(Node::Class(negate, set))
}

fn simple_escape(c: char) -> Option<char> {
    Some(match c {
        'a' => '\x07',
        'b' => '\x08',
        'f' => '\x0c',
        'n' => '\n',
        'r' => '\r',
        't' => '\t',
        'v' => '\x0b',
        '\\' => '\\',
        _ => return None,
    })
}

fn category(c: char) -> Option<Cat> {
    Some(match c {
        'd' => Cat::Digit,
        'D' => Cat::NotDigit,
        's' => Cat::Space,
        'S' => Cat::NotSpace,
        'w' => Cat::Word,
        'W' => Cat::NotWord,
        _ => return None,
    })
}

/// `\x`, `\u`, `\U`: the code point, or the error for too few hex digits.
fn hex_escape(src: &mut Src, c: char) -> R<Option<char>> {
    let n = match c {
        'x' => 2,
        'u' if src.istext => 4,
        'U' if src.istext => 8,
        _ => return Ok(None),
    };
    let digits = src.getwhile(n, |c| c.is_ascii_hexdigit())?;
    let esc = format!("\\{c}{digits}");
    if digits.len() != n {
        return src.error(format!("incomplete escape {esc}"), esc.len());
    }
    let v = u32::from_str_radix(&digits, 16).unwrap_or(u32::MAX);
    match crate::objects::codepoint::from_code_point(v) {
        Ok(ch) => Ok(Some(ch)),
        Err(_) => src.error(format!("bad escape {esc}"), esc.len()),
    }
}

fn class_escape(src: &mut Src, c: char) -> R<Item> {
    if let Some(ch) = simple_escape(c) {
        return Ok(Item::Char(ch));
    }
    if let Some(cat) = category(c) {
        return Ok(Item::Cat(cat));
    }
    if let Some(ch) = hex_escape(src, c)? {
        return Ok(Item::Char(ch));
    }
    if c == 'N' && src.istext {
        return src.error(
            "bad escape \\N (named characters are not supported by Gilt)",
            2,
        );
    }
    if c.is_digit(8) {
        let more = src.getwhile(2, |c| c.is_digit(8))?;
        let esc = format!("\\{c}{more}");
        let v = u32::from_str_radix(&esc[1..], 8).unwrap_or(0);
        if v > 0o377 {
            return src.error(
                format!("octal escape value {esc} outside of range 0-0o377"),
                esc.len(),
            );
        }
        return Ok(Item::Char(char::from_u32(v).unwrap_or('\0')));
    }
    if c.is_ascii_digit() || c.is_ascii_alphabetic() {
        return src.error(format!("bad escape \\{c}"), 2);
    }
    Ok(Item::Char(c))
}

fn escape(src: &mut Src, c: char, st: &mut State) -> R<Node> {
    match c {
        'A' => return Ok(Node::At(At::BeginString)),
        'Z' => return Ok(Node::At(At::EndString)),
        'b' => return Ok(Node::At(At::Boundary)),
        'B' => return Ok(Node::At(At::NonBoundary)),
        _ => {}
    }
    if let Some(cat) = category(c) {
        return Ok(Node::Cat(cat));
    }
    if let Some(ch) = simple_escape(c) {
        return Ok(Node::Lit(ch));
    }
    if let Some(ch) = hex_escape(src, c)? {
        return Ok(Node::Lit(ch));
    }
    if c == 'N' && src.istext {
        return src.error(
            "bad escape \\N (named characters are not supported by Gilt)",
            2,
        );
    }
    if c == '0' {
        let more = src.getwhile(2, |c| c.is_digit(8))?;
        let v = u32::from_str_radix(&format!("0{more}"), 8).unwrap_or(0);
        return Ok(Node::Lit(char::from_u32(v).unwrap_or('\0')));
    }
    if c.is_ascii_digit() {
        let mut esc = format!("\\{c}");
        if let Some(T::C(d)) = src.next {
            if d.is_ascii_digit() {
                src.advance()?;
                esc.push(d);
                if c.is_digit(8) && d.is_digit(8) && src.next_is(|e| e.is_digit(8)) {
                    if let Some(T::C(e)) = src.get()? {
                        esc.push(e);
                    }
                    let v = u32::from_str_radix(&esc[1..], 8).unwrap_or(0);
                    if v > 0o377 {
                        return src.error(
                            format!("octal escape value {esc} outside of range 0-0o377"),
                            esc.len(),
                        );
                    }
                    return Ok(Node::Lit(char::from_u32(v).unwrap_or('\0')));
                }
            }
        }
        let group: usize = esc[1..].parse().unwrap_or(usize::MAX);
        if group < st.groups() {
            if !st.checkgroup(group) {
                return src.error("cannot refer to an open group", esc.len());
            }
            st.checklookbehindgroup(group, src)?;
            return Ok(Node::Ref(group));
        }
        return src.error(format!("invalid group reference {group}"), esc.len() - 1);
    }
    if c.is_ascii_alphabetic() {
        return src.error(format!("bad escape \\{c}"), 2);
    }
    Ok(Node::Lit(c))
}

// ------------------------------------------------------------------ widths

fn cap(v: u64) -> u64 {
    v.min(MAXREPEAT)
}

fn width_seq(seq: &Seq, groups: &[Option<(u64, u64)>]) -> (u64, u64) {
    let (mut lo, mut hi) = (0u64, 0u64);
    for n in seq {
        let (a, b) = width(n, groups);
        lo = cap(lo.saturating_add(a));
        hi = cap(hi.saturating_add(b));
    }
    (lo, hi)
}

fn width_alt(alt: &[Seq], groups: &[Option<(u64, u64)>]) -> (u64, u64) {
    let mut lo = u64::MAX;
    let mut hi = 0;
    for s in alt {
        let (a, b) = width_seq(s, groups);
        lo = lo.min(a);
        hi = hi.max(b);
    }
    if alt.is_empty() {
        lo = 0;
    }
    (lo, hi)
}

fn width(n: &Node, groups: &[Option<(u64, u64)>]) -> (u64, u64) {
    match n {
        Node::Lit(_) | Node::Any | Node::Cat(_) | Node::Class(..) => (1, 1),
        Node::At(_) | Node::Assert(..) => (0, 0),
        Node::Group(_, _, _, p) | Node::Atomic(p) => width_alt(p, groups),
        Node::Ref(g) => groups.get(*g).copied().flatten().unwrap_or((0, MAXREPEAT)),
        Node::RefExists(_, yes, no) => {
            let (a, b) = width_seq(yes, groups);
            match no {
                Some(no) => {
                    let (c, d) = width_seq(no, groups);
                    (a.min(c), b.max(d))
                }
                None => (0, b),
            }
        }
        Node::Repeat(min, max, _, item) => {
            let (a, b) = width(item, groups);
            (cap(a.saturating_mul(*min)), cap(b.saturating_mul(*max)))
        }
    }
}

fn check_lookbehinds(alt: &[Seq], groups: &[Option<(u64, u64)>]) -> R<()> {
    for seq in alt {
        for n in seq {
            check_node(n, groups)?;
        }
    }
    Ok(())
}

fn check_node(n: &Node, groups: &[Option<(u64, u64)>]) -> R<()> {
    match n {
        Node::Assert(behind, _, p) => {
            if *behind {
                let (lo, hi) = width_alt(p, groups);
                if lo != hi {
                    return Err(ParseError::Re(
                        "look-behind requires fixed-width pattern".into(),
                        None,
                    ));
                }
            }
            check_lookbehinds(p, groups)
        }
        Node::Group(_, _, _, p) | Node::Atomic(p) => check_lookbehinds(p, groups),
        Node::RefExists(_, yes, no) => {
            check_lookbehinds(std::slice::from_ref(yes), groups)?;
            match no {
                Some(no) => check_lookbehinds(std::slice::from_ref(no), groups),
                None => Ok(()),
            }
        }
        Node::Repeat(_, _, _, item) => check_node(item, groups),
        _ => Ok(()),
    }
}

// ------------------------------------------------------------------ writing it out

/// Python's `\s` for str patterns: what `str.isspace()` accepts.
const UNI_SPACE: &str = "\\t-\\r\\x{1C}-\\x{20}\\x{85}\\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}";
const ASCII_SPACE: &str = "\\t-\\r\\x{20}";
/// Python's `\w` for str patterns: `str.isalnum()` and `_`.
const UNI_WORD: &str = "\\p{L}\\p{N}_";
const ASCII_WORD: &str = "0-9A-Za-z_";
/// `\b` and `\B` with only ASCII letters and digits as word characters (the engine takes no
/// `(?-u:\b)`).
const ASCII_BOUNDARY: &str =
    "(?:(?<=[0-9A-Za-z_])(?![0-9A-Za-z_])|(?<![0-9A-Za-z_])(?=[0-9A-Za-z_]))";
const ASCII_NON_BOUNDARY: &str =
    "(?:(?<=[0-9A-Za-z_])(?=[0-9A-Za-z_])|(?<![0-9A-Za-z_])(?![0-9A-Za-z_]))";

fn push_char(out: &mut String, c: char) {
    if c.is_ascii_alphanumeric()
        || c == '_'
        || (!c.is_ascii() && !c.is_whitespace() && !c.is_control())
    {
        out.push(c);
    } else {
        out.push_str(&format!("\\x{{{:X}}}", c as u32));
    }
}

impl Parsed {
    /// The pattern in the engine's syntax: `$` (outside `MULTILINE`) as the end of the text,
    /// or, with `dollar_newline`, as the end or just before a final newline. Also says
    /// whether such a `$` occurs.
    pub fn emit(&self, dollar_newline: bool) -> (String, bool) {
        let mut e = Emitter {
            out: String::new(),
            dollar_newline,
            has_dollar: false,
            bytes: self.bytes,
        };
        let flags = self.flags;
        if flags & IGNORECASE != 0 {
            e.out.push_str("(?i)");
        }
        e.alt(&self.branches, flags);
        (e.out, e.has_dollar)
    }
}

struct Emitter {
    out: String,
    dollar_newline: bool,
    has_dollar: bool,
    bytes: bool,
}

impl Emitter {
    fn ascii(&self, flags: u32) -> bool {
        self.bytes || flags & (ASCII | LOCALE) != 0
    }

    fn alt(&mut self, alt: &[Seq], flags: u32) {
        for (i, s) in alt.iter().enumerate() {
            if i > 0 {
                self.out.push('|');
            }
            self.seq(s, flags);
        }
    }

    fn seq(&mut self, seq: &Seq, flags: u32) {
        for n in seq {
            self.node(n, flags);
        }
    }

    fn cat_items(&mut self, c: Cat, ascii: bool) {
        let s = match (c, ascii) {
            (Cat::Digit, true) => "0-9",
            (Cat::NotDigit, true) => "[^0-9]",
            (Cat::Digit, false) => "\\d",
            (Cat::NotDigit, false) => "\\D",
            (Cat::Space, true) => ASCII_SPACE,
            (Cat::Space, false) => UNI_SPACE,
            (Cat::Word, true) => ASCII_WORD,
            (Cat::Word, false) => UNI_WORD,
            (Cat::NotSpace, a) => {
                self.out.push_str("[^");
                self.out.push_str(if a { ASCII_SPACE } else { UNI_SPACE });
                self.out.push(']');
                return;
            }
            (Cat::NotWord, a) => {
                self.out.push_str("[^");
                self.out.push_str(if a { ASCII_WORD } else { UNI_WORD });
                self.out.push(']');
                return;
            }
        };
        self.out.push_str(s);
    }

    fn node(&mut self, n: &Node, flags: u32) {
        match n {
            Node::Lit(c) => push_char(&mut self.out, *c),
            Node::Any => self
                .out
                .push_str(if flags & DOTALL != 0 { "(?s:.)" } else { "." }),
            Node::Cat(c) => {
                let ascii = self.ascii(flags);
                match c {
                    Cat::Digit | Cat::NotDigit if !ascii => self.cat_items(*c, ascii),
                    Cat::NotSpace | Cat::NotWord | Cat::NotDigit => self.cat_items(*c, ascii),
                    _ => {
                        self.out.push('[');
                        self.cat_items(*c, ascii);
                        self.out.push(']');
                    }
                }
            }
            Node::Class(neg, items) => {
                let ascii = self.ascii(flags);
                self.out.push('[');
                if *neg {
                    self.out.push('^');
                }
                for it in items {
                    match it {
                        Item::Char(c) => push_char(&mut self.out, *c),
                        Item::Range(a, b) => {
                            push_char(&mut self.out, *a);
                            self.out.push('-');
                            push_char(&mut self.out, *b);
                        }
                        Item::Cat(c) => self.cat_items(*c, ascii),
                    }
                }
                self.out.push(']');
            }
            Node::At(a) => {
                let ascii = self.ascii(flags);
                let s = match a {
                    At::Beginning if flags & MULTILINE != 0 => "(?m:^)",
                    At::End if flags & MULTILINE != 0 => "(?m:$)",
                    At::Beginning | At::BeginString => "\\A",
                    At::End => {
                        self.has_dollar = true;
                        if self.dollar_newline {
                            "(?=\\n?\\z)"
                        } else {
                            "\\z"
                        }
                    }
                    At::EndString => "\\z",
                    At::Boundary if ascii => ASCII_BOUNDARY,
                    At::NonBoundary if ascii => ASCII_NON_BOUNDARY,
                    At::Boundary => "\\b",
                    At::NonBoundary => "\\B",
                };
                self.out.push_str(s);
            }
            Node::Group(g, add, del, p) => {
                let inner = (flags | add) & !del;
                if g.is_some() {
                    self.out.push('(');
                } else if (inner ^ flags) & IGNORECASE != 0 {
                    self.out.push_str(if inner & IGNORECASE != 0 {
                        "(?i:"
                    } else {
                        "(?-i:"
                    });
                } else {
                    self.out.push_str("(?:");
                }
                self.alt(p, inner);
                self.out.push(')');
            }
            Node::Atomic(p) => {
                self.out.push_str("(?>");
                self.alt(p, flags);
                self.out.push(')');
            }
            Node::Assert(behind, neg, p) => {
                self.out.push_str(match (behind, neg) {
                    (false, false) => "(?=",
                    (false, true) => "(?!",
                    (true, false) => "(?<=",
                    (true, true) => "(?<!",
                });
                self.alt(p, flags);
                self.out.push(')');
            }
            Node::Ref(g) => self.out.push_str(&format!("(?:\\{g})")),
            Node::RefExists(g, yes, no) => {
                self.out.push_str(&format!("(?({g})"));
                self.seq(yes, flags);
                if let Some(no) = no {
                    self.out.push('|');
                    self.seq(no, flags);
                }
                self.out.push(')');
            }
            Node::Repeat(min, max, greed, item) => {
                if *greed == Greed::Possessive {
                    self.out.push_str("(?>");
                }
                self.out.push_str("(?:");
                self.node(item, flags);
                self.out.push(')');
                match (*min, *max) {
                    (0, MAXREPEAT) => self.out.push('*'),
                    (1, MAXREPEAT) => self.out.push('+'),
                    (0, 1) => self.out.push('?'),
                    (n, MAXREPEAT) => self.out.push_str(&format!("{{{n},}}")),
                    (n, m) if n == m => self.out.push_str(&format!("{{{n}}}")),
                    (n, m) => self.out.push_str(&format!("{{{n},{m}}}")),
                }
                match greed {
                    Greed::Lazy => self.out.push('?'),
                    Greed::Possessive => self.out.push(')'),
                    Greed::Greedy => {}
                }
            }
        }
    }
}
