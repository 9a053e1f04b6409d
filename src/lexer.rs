//! The lexer: turns Gilt source text into the token stream the parser reads.
//!
//! logos recognises the shape of each raw token. The driver (`Lexer`) adds what a
//! regular grammar cannot express: INDENT/DEDENT from a width stack, implicit line
//! joining inside brackets, bracket matching, and hand scanning of number literals
//! and string bodies (so that every error message matches CPython 3.11's).

use crate::token::{ErrorKind, FPart, LexError, Spanned, Tok};
use logos::Logos;
use num_bigint::BigInt;

/// CPython's limits: indentation levels, bracket nesting, decimal digits in an int literal.
const MAX_INDENT: usize = 100;
const MAX_NESTING: usize = 200;
const MAX_INT_DIGITS: usize = 4300;

/// Raw tokens as logos sees them.
#[derive(Logos, Debug, PartialEq)]
#[logos(skip r"[ \t\f]+")]
enum Raw {
    #[regex(r"#[^\r\n]*", logos::skip, allow_greedy = true)]
    Comment,

    /// A line break, then any blank or comment-only lines, then the next line's indentation.
    #[regex(
        r"(\r\n|\n|\r)([ \t\f]*(#[^\r\n]*)?(\r\n|\n|\r))*[ \t\f]*",
        allow_greedy = true
    )]
    Newlines,

    #[token("\\")]
    Backslash,

    #[regex(r"[\p{XID_Start}_]\p{XID_Continue}*")]
    Name,

    /// Only the first character(s); the driver scans the rest of the literal.
    #[regex(r"[0-9]|\.[0-9]")]
    Number,

    /// Prefix and opening quote(s); the driver scans the body.
    #[regex(r#"([rRuUbBfF]|[rR][bBfF]|[bBfF][rR])?('''|"""|'|")"#)]
    StrStart,

    #[token("(", |_| b'(')]
    #[token("[", |_| b'[')]
    #[token("{", |_| b'{')]
    Open(u8),

    #[token(")", |_| b')')]
    #[token("]", |_| b']')]
    #[token("}", |_| b'}')]
    Close(u8),

    #[token("+", |_| Tok::Plus)]
    #[token("-", |_| Tok::Minus)]
    #[token("*", |_| Tok::Star)]
    #[token("**", |_| Tok::DoubleStar)]
    #[token("/", |_| Tok::Slash)]
    #[token("//", |_| Tok::DoubleSlash)]
    #[token("%", |_| Tok::Percent)]
    #[token("@", |_| Tok::At)]
    #[token("|", |_| Tok::Pipe)]
    #[token("&", |_| Tok::Amper)]
    #[token("^", |_| Tok::Caret)]
    #[token("~", |_| Tok::Tilde)]
    #[token("<<", |_| Tok::LShift)]
    #[token(">>", |_| Tok::RShift)]
    #[token(":=", |_| Tok::Walrus)]
    #[token("<", |_| Tok::Lt)]
    #[token(">", |_| Tok::Gt)]
    #[token("<=", |_| Tok::Le)]
    #[token(">=", |_| Tok::Ge)]
    #[token("==", |_| Tok::EqEq)]
    #[token("!=", |_| Tok::NotEq)]
    #[token(",", |_| Tok::Comma)]
    #[token(":", |_| Tok::Colon)]
    #[token(".", |_| Tok::Dot)]
    #[token(";", |_| Tok::Semi)]
    #[token("=", |_| Tok::Equal)]
    #[token("->", |_| Tok::Arrow)]
    #[token("...", |_| Tok::Ellipsis)]
    #[token("+=", |_| Tok::PlusEq)]
    #[token("-=", |_| Tok::MinusEq)]
    #[token("*=", |_| Tok::StarEq)]
    #[token("/=", |_| Tok::SlashEq)]
    #[token("//=", |_| Tok::DoubleSlashEq)]
    #[token("%=", |_| Tok::PercentEq)]
    #[token("@=", |_| Tok::AtEq)]
    #[token("&=", |_| Tok::AmperEq)]
    #[token("|=", |_| Tok::PipeEq)]
    #[token("^=", |_| Tok::CaretEq)]
    #[token("<<=", |_| Tok::LShiftEq)]
    #[token(">>=", |_| Tok::RShiftEq)]
    #[token("**=", |_| Tok::DoubleStarEq)]
    Op(Tok),
}

/// Lexes a whole source file into tokens with byte spans.
pub fn lex(src: &str) -> Result<Vec<Spanned>, LexError> {
    Lexer::new(src).run()
}

fn syntax(msg: impl Into<String>, offset: usize) -> LexError {
    LexError {
        kind: ErrorKind::Syntax,
        msg: msg.into(),
        offset,
    }
}

fn indentation(msg: &str, offset: usize) -> LexError {
    LexError {
        kind: ErrorKind::Indentation,
        msg: msg.into(),
        offset,
    }
}

fn tab_error(offset: usize) -> LexError {
    LexError {
        kind: ErrorKind::Tab,
        msg: "inconsistent use of tabs and spaces in indentation".into(),
        offset,
    }
}

/// 1-based line number of byte `pos` (`\n`, `\r\n` and a lone `\r` all end a line).
fn line_of(src: &str, pos: usize) -> usize {
    let b = &src.as_bytes()[..pos.min(src.len())];
    let mut line = 1;
    for (i, &c) in b.iter().enumerate() {
        if c == b'\n' || (c == b'\r' && b.get(i + 1) != Some(&b'\n')) {
            line += 1;
        }
    }
    line
}

/// The line CPython reports for an error found at end of input: the last line that has text.
fn eof_line(src: &str) -> usize {
    let line = line_of(src, src.len());
    if src.ends_with('\n') || src.ends_with('\r') {
        line - 1
    } else {
        line
    }
}

/// Indentation width of a run of blanks: (tabs to multiples of 8, tabs as 1).
/// Comparing both catches indentation that only lines up for one tab size.
fn measure(ws: &str) -> (usize, usize) {
    let (mut col, mut alt) = (0, 0);
    for c in ws.bytes() {
        match c {
            b' ' => {
                col += 1;
                alt += 1;
            }
            b'\t' => {
                col = (col / 8 + 1) * 8;
                alt += 1;
            }
            b'\x0c' => {
                col = 0;
                alt = 0;
            }
            _ => {}
        }
    }
    (col, alt)
}

struct Lexer<'s> {
    src: &'s str,
    toks: Vec<Spanned>,
    /// Open indentation levels as (width, width with tab size 1); the bottom is (0, 0).
    indents: Vec<(usize, usize)>,
    /// Open brackets and their offsets.
    brackets: Vec<(u8, usize)>,
    /// Indentation of the current line, applied when its first token arrives.
    line_indent: (usize, usize),
    /// Whether the current logical line has produced a token yet.
    line_has_tokens: bool,
}

impl<'s> Lexer<'s> {
    fn new(src: &'s str) -> Self {
        Lexer {
            src,
            toks: Vec::with_capacity(src.len() / 4 + 16),
            indents: vec![(0, 0)],
            brackets: Vec::new(),
            line_indent: (0, 0),
            line_has_tokens: false,
        }
    }

    fn run(mut self) -> Result<Vec<Spanned>, LexError> {
        let src = self.src;
        let mut raw = Raw::lexer(src);
        // A UTF-8 byte order mark at the start of a file is not part of the program.
        let start = if src.starts_with('\u{feff}') { 3 } else { 0 };
        raw.bump(start);
        let lead = src[start..].len() - src[start..].trim_start_matches([' ', '\t', '\x0c']).len();
        self.line_indent = measure(&src[start..start + lead]);

        while let Some(next) = raw.next() {
            let span = raw.span();
            let kind = match next {
                Ok(kind) => kind,
                Err(()) => return Err(self.bad_char(span.start)),
            };
            let tok = match kind {
                Raw::Newlines => {
                    self.newlines(raw.slice(), span.start);
                    continue;
                }
                Raw::Backslash => {
                    let rest = raw.remainder();
                    let n = if rest.starts_with("\r\n") {
                        2
                    } else if rest.starts_with(['\n', '\r']) {
                        1
                    } else if rest.is_empty() {
                        return Err(syntax("unexpected EOF while parsing", span.end));
                    } else {
                        return Err(syntax(
                            "unexpected character after line continuation character",
                            span.end,
                        ));
                    };
                    raw.bump(n);
                    if raw.remainder().is_empty() {
                        return Err(syntax("unexpected EOF while parsing", span.end));
                    }
                    continue;
                }
                Raw::Comment => continue,
                _ => {
                    self.start_token(span.start)?;
                    match kind {
                        Raw::Name => keyword_or_name(raw.slice()),
                        Raw::Number => {
                            let (end, tok) = self.number(span.start)?;
                            raw.bump(end.saturating_sub(span.end));
                            tok
                        }
                        Raw::StrStart => {
                            let (end, tok) = self.string(span.start, raw.slice())?;
                            raw.bump(end.saturating_sub(span.end));
                            tok
                        }
                        Raw::Open(c) => self.open(c, span.start)?,
                        Raw::Close(c) => self.close(c, span.start)?,
                        Raw::Op(tok) => tok,
                        Raw::Newlines | Raw::Backslash | Raw::Comment => continue,
                    }
                }
            };
            let span = raw.span();
            self.toks.push((span.start, tok, span.end));
        }
        self.finish()
    }

    /// A run of line breaks: ends the logical line unless inside brackets.
    fn newlines(&mut self, text: &str, start: usize) {
        if !self.brackets.is_empty() {
            return;
        }
        if self.line_has_tokens {
            let len = if text.starts_with("\r\n") { 2 } else { 1 };
            self.toks.push((start, Tok::Newline, start + len));
            self.line_has_tokens = false;
        }
        let last = text.rfind(['\n', '\r']).map_or(0, |i| i + 1);
        self.line_indent = measure(&text[last..]);
    }

    /// Called before every real token: the first one of a logical line settles its indentation.
    fn start_token(&mut self, pos: usize) -> Result<(), LexError> {
        if self.line_has_tokens {
            return Ok(());
        }
        self.line_has_tokens = true;
        let (col, alt) = self.line_indent;
        let (top, top_alt) = self.indents.last().copied().unwrap_or((0, 0));
        if col == top {
            if alt != top_alt {
                return Err(tab_error(pos));
            }
        } else if col > top {
            if self.toks.is_empty() {
                return Err(indentation("unexpected indent", pos));
            }
            if self.indents.len() >= MAX_INDENT {
                return Err(indentation("too many levels of indentation", pos));
            }
            if alt <= top_alt {
                return Err(tab_error(pos));
            }
            self.indents.push((col, alt));
            self.toks.push((pos, Tok::Indent, pos));
        } else {
            while self.indents.len() > 1 && self.indents.last().is_some_and(|&(w, _)| col < w) {
                self.indents.pop();
                self.toks.push((pos, Tok::Dedent, pos));
            }
            let (top, top_alt) = self.indents.last().copied().unwrap_or((0, 0));
            if col != top {
                return Err(indentation(
                    "unindent does not match any outer indentation level",
                    pos,
                ));
            }
            if alt != top_alt {
                return Err(tab_error(pos));
            }
        }
        Ok(())
    }

    fn finish(mut self) -> Result<Vec<Spanned>, LexError> {
        if let Some(&(c, pos)) = self.brackets.last() {
            return Err(syntax(format!("'{}' was never closed", c as char), pos));
        }
        let end = self.src.len();
        if self.line_has_tokens {
            self.toks.push((end, Tok::Newline, end));
        }
        for _ in 1..self.indents.len() {
            self.toks.push((end, Tok::Dedent, end));
        }
        Ok(self.toks)
    }

    fn bad_char(&self, pos: usize) -> LexError {
        let c = self.src[pos..].chars().next().unwrap_or('\0');
        if matches!(c, '$' | '?' | '`' | '!') {
            syntax("invalid syntax", pos)
        } else if is_printable(c) {
            syntax(format!("invalid character '{c}' (U+{:04X})", c as u32), pos)
        } else {
            syntax(
                format!("invalid non-printable character U+{:04X}", c as u32),
                pos,
            )
        }
    }

    fn open(&mut self, c: u8, pos: usize) -> Result<Tok, LexError> {
        if self.brackets.len() >= MAX_NESTING {
            return Err(syntax("too many nested parentheses", pos));
        }
        self.brackets.push((c, pos));
        Ok(match c {
            b'(' => Tok::LPar,
            b'[' => Tok::LSqb,
            _ => Tok::LBrace,
        })
    }

    fn close(&mut self, c: u8, pos: usize) -> Result<Tok, LexError> {
        let Some((open, open_pos)) = self.brackets.pop() else {
            return Err(syntax(format!("unmatched '{}'", c as char), pos));
        };
        if !matches!((open, c), (b'(', b')') | (b'[', b']') | (b'{', b'}')) {
            let (c, open) = (c as char, open as char);
            let open_line = line_of(self.src, open_pos);
            let msg = if open_line == line_of(self.src, pos) {
                format!("closing parenthesis '{c}' does not match opening parenthesis '{open}'")
            } else {
                format!(
                    "closing parenthesis '{c}' does not match opening parenthesis '{open}' on line {open_line}"
                )
            };
            return Err(syntax(msg, pos));
        }
        Ok(match c {
            b')' => Tok::RPar,
            b']' => Tok::RSqb,
            _ => Tok::RBrace,
        })
    }

    /// Scans the number literal at `start`; returns its end and its token.
    fn number(&self, start: usize) -> Result<(usize, Tok), LexError> {
        let mut scan = NumScan {
            b: self.src.as_bytes(),
            cur: start,
        };
        let kind = scan.literal().map_err(|(msg, at)| syntax(msg, at))?;
        let end = scan.cur;
        let text = &self.src[start..end];
        let tok = match kind {
            NumKind::Int(10) => {
                let digits = text.bytes().filter(|&c| c != b'_').count();
                if digits > MAX_INT_DIGITS {
                    return Err(syntax(
                        format!(
                            "Exceeds the limit ({MAX_INT_DIGITS} digits) for integer string conversion: \
                             value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit \
                             - Consider hexadecimal for huge integer literals to avoid decimal conversion limits."
                        ),
                        start,
                    ));
                }
                Tok::Int(parse_int(text, 10))
            }
            NumKind::Int(radix) => Tok::Int(parse_int(&text[2..], radix)),
            NumKind::Float => {
                let value = if text.contains('_') {
                    text.replace('_', "").parse::<f64>()
                } else {
                    text.parse::<f64>()
                };
                Tok::Float(value.unwrap_or(f64::NAN))
            }
            NumKind::Imaginary => return Err(syntax("complex numbers are not supported", start)),
        };
        Ok((end, tok))
    }

    /// Scans the string literal whose prefix and opening quote(s) are `head` at `start`;
    /// returns the end of the literal and its token.
    fn string(&self, start: usize, head: &str) -> Result<(usize, Tok), LexError> {
        let quote = head.as_bytes()[head.len() - 1];
        let qlen = if head.len() >= 3
            && head.as_bytes()[head.len() - 3..]
                .iter()
                .all(|&c| c == quote)
        {
            3
        } else {
            1
        };
        let prefix = &head[..head.len() - qlen];
        let has = |c: char| prefix.contains(c) || prefix.contains(c.to_ascii_uppercase());
        let (is_raw, is_bytes, is_f) = (has('r'), has('b'), has('f'));

        let body_start = start + head.len();
        let rest = &self.src.as_bytes()[body_start..];
        let mut i = 0;
        loop {
            match rest.get(i) {
                None => {
                    let what = if qlen == 3 {
                        "triple-quoted string"
                    } else {
                        "string"
                    };
                    let line = eof_line(self.src);
                    return Err(syntax(
                        format!("unterminated {what} literal (detected at line {line})"),
                        start,
                    ));
                }
                Some(b'\\') => {
                    i += if rest.get(i + 1) == Some(&b'\r') && rest.get(i + 2) == Some(&b'\n') {
                        3
                    } else {
                        2
                    };
                }
                Some(&c) if c == quote => {
                    if qlen == 1
                        || (rest.get(i + 1) == Some(&quote) && rest.get(i + 2) == Some(&quote))
                    {
                        break;
                    }
                    i += 1;
                }
                Some(b'\n' | b'\r') if qlen == 1 => {
                    let line = line_of(self.src, body_start + i);
                    return Err(syntax(
                        format!("unterminated string literal (detected at line {line})"),
                        start,
                    ));
                }
                Some(_) => i += 1,
            }
        }
        let body = &self.src[body_start..body_start + i];
        let end = body_start + i + qlen;
        let err = |msg: String| syntax(msg, start);

        let tok = if is_bytes {
            if !body.is_ascii() {
                return Err(err("bytes can only contain ASCII literal characters".into()));
            }
            if is_raw {
                Tok::Bytes(normalize_newlines(body).into_bytes())
            } else {
                Tok::Bytes(decode_bytes(body).map_err(err)?)
            }
        } else if is_f {
            let mut parser = FParser {
                body,
                b: body.as_bytes(),
                i: 0,
                base: body_start,
                raw: is_raw,
                tok_start: start,
            };
            Tok::FString(parser.parts(0)?)
        } else if is_raw {
            Tok::Str(normalize_newlines(body))
        } else {
            Tok::Str(decode_str(body).map_err(err)?)
        };
        Ok((end, tok))
    }
}

fn keyword_or_name(s: &str) -> Tok {
    match s {
        "False" => Tok::False,
        "None" => Tok::None,
        "True" => Tok::True,
        "and" => Tok::And,
        "as" => Tok::As,
        "assert" => Tok::Assert,
        "async" => Tok::Async,
        "await" => Tok::Await,
        "break" => Tok::Break,
        "class" => Tok::Class,
        "continue" => Tok::Continue,
        "def" => Tok::Def,
        "del" => Tok::Del,
        "elif" => Tok::Elif,
        "else" => Tok::Else,
        "except" => Tok::Except,
        "finally" => Tok::Finally,
        "for" => Tok::For,
        "from" => Tok::From,
        "global" => Tok::Global,
        "if" => Tok::If,
        "import" => Tok::Import,
        "in" => Tok::In,
        "is" => Tok::Is,
        "lambda" => Tok::Lambda,
        "nonlocal" => Tok::Nonlocal,
        "not" => Tok::Not,
        "or" => Tok::Or,
        "pass" => Tok::Pass,
        "raise" => Tok::Raise,
        "return" => Tok::Return,
        "try" => Tok::Try,
        "while" => Tok::While,
        "with" => Tok::With,
        "yield" => Tok::Yield,
        _ => Tok::Name(s.to_owned()),
    }
}

/// Approximates CPython's `str.isprintable` for characters that can reach the error path.
fn is_printable(c: char) -> bool {
    let u = c as u32;
    let format_char = matches!(u,
        0xAD | 0x600..=0x605 | 0x61C | 0x6DD | 0x70F | 0x180E | 0x200B..=0x200F
        | 0x202A..=0x202E | 0x2060..=0x2064 | 0x2066..=0x206F | 0xFEFF | 0xFFF9..=0xFFFB
        | 0x1D173..=0x1D17A | 0xE0001 | 0xE0020..=0xE007F);
    let private_use = matches!(u, 0xE000..=0xF8FF | 0xF0000..=0x10FFFF);
    let noncharacter = (0xFDD0..=0xFDEF).contains(&u) || u & 0xFFFE == 0xFFFE;
    !(c.is_control()
        || (c.is_whitespace() && c != ' ')
        || format_char
        || private_use
        || noncharacter)
}

// ---------------------------------------------------------------------------------------------
// Numbers

enum NumKind {
    Int(u32),
    Float,
    Imaginary,
}

type NumError = (String, usize);

/// A number scanner that follows CPython's tokenizer step by step, so that the same
/// inputs are accepted and the same messages come out. `cur` mirrors CPython's cursor:
/// reading at end of input does not advance it, and backing up over "end" is a no-op.
struct NumScan<'a> {
    b: &'a [u8],
    cur: usize,
}

fn is_digit(c: Option<u8>) -> bool {
    c.is_some_and(|c| c.is_ascii_digit())
}

fn is_ident_byte(c: Option<u8>) -> bool {
    c.is_some_and(|c| c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80)
}

impl NumScan<'_> {
    fn next(&mut self) -> Option<u8> {
        let c = self.b.get(self.cur).copied();
        if c.is_some() {
            self.cur += 1;
        }
        c
    }

    fn backup(&mut self, c: Option<u8>) {
        if c.is_some() {
            self.cur -= 1;
        }
    }

    fn error(&self, msg: impl Into<String>) -> NumError {
        (msg.into(), self.cur.saturating_sub(1))
    }

    fn literal(&mut self) -> Result<NumKind, NumError> {
        let start = self.cur;
        let mut c = self.next();
        if c == Some(b'.') {
            c = self.next();
            return self.fraction(c);
        }
        if c != Some(b'0') {
            c = self.decimal_tail()?;
            if c == Some(b'.') {
                c = self.next();
                return self.fraction(c);
            }
            return self.exponent(c, NumKind::Int(10));
        }
        c = self.next();
        match c {
            Some(b'x' | b'X') => self.radix(16, "hexadecimal"),
            Some(b'o' | b'O') => self.radix(8, "octal"),
            Some(b'b' | b'B') => self.radix(2, "binary"),
            _ => {
                // Zeros, then maybe more digits: fine for floats, an error for ints.
                loop {
                    if c == Some(b'_') {
                        c = self.next();
                        if !is_digit(c) {
                            self.backup(c);
                            return Err(self.error("invalid decimal literal"));
                        }
                    }
                    if c != Some(b'0') {
                        break;
                    }
                    c = self.next();
                }
                let nonzero = is_digit(c);
                if nonzero {
                    c = self.decimal_tail()?;
                }
                if c == Some(b'.') {
                    c = self.next();
                    return self.fraction(c);
                }
                if matches!(c, Some(b'e' | b'E' | b'j' | b'J')) {
                    return self.exponent(c, NumKind::Int(10));
                }
                if nonzero {
                    self.backup(c);
                    return Err((
                        "leading zeros in decimal integer literals are not permitted; \
                         use an 0o prefix for octal integers"
                            .into(),
                        start,
                    ));
                }
                self.verify_end(c, "decimal")?;
                self.backup(c);
                Ok(NumKind::Int(10))
            }
        }
    }

    /// Digits after `0x`/`0o`/`0b`, with single underscores between them.
    fn radix(&mut self, radix: u32, name: &str) -> Result<NumKind, NumError> {
        let is_radix_digit = |c: Option<u8>| c.is_some_and(|c| (c as char).is_digit(radix));
        let mut c = self.next();
        loop {
            if c == Some(b'_') {
                c = self.next();
            }
            if !is_radix_digit(c) {
                if radix != 16 && is_digit(c) {
                    return Err(self.error(format!(
                        "invalid digit '{}' in {name} literal",
                        c.unwrap_or(b'0') as char
                    )));
                }
                self.backup(c);
                return Err(self.error(format!("invalid {name} literal")));
            }
            loop {
                c = self.next();
                if !is_radix_digit(c) {
                    break;
                }
            }
            if c != Some(b'_') {
                break;
            }
        }
        if radix != 16 && is_digit(c) {
            return Err(self.error(format!(
                "invalid digit '{}' in {name} literal",
                c.unwrap_or(b'0') as char
            )));
        }
        self.verify_end(c, name)?;
        self.backup(c);
        Ok(NumKind::Int(radix))
    }

    /// More decimal digits with single underscores between them; returns the next character.
    fn decimal_tail(&mut self) -> Result<Option<u8>, NumError> {
        loop {
            let mut c = self.next();
            while is_digit(c) {
                c = self.next();
            }
            if c != Some(b'_') {
                return Ok(c);
            }
            c = self.next();
            if !is_digit(c) {
                self.backup(c);
                return Err(self.error("invalid decimal literal"));
            }
        }
    }

    /// After the `.` of a float; `c` is the character following it.
    fn fraction(&mut self, mut c: Option<u8>) -> Result<NumKind, NumError> {
        if is_digit(c) {
            c = self.decimal_tail()?;
        }
        self.exponent(c, NumKind::Float)
    }

    /// An optional exponent, then an optional `j`; `c` is the next unread character.
    fn exponent(&mut self, mut c: Option<u8>, mut kind: NumKind) -> Result<NumKind, NumError> {
        if matches!(c, Some(b'e' | b'E')) {
            let e = c;
            c = self.next();
            if matches!(c, Some(b'+' | b'-')) {
                c = self.next();
                if !is_digit(c) {
                    self.backup(c);
                    return Err(self.error("invalid decimal literal"));
                }
            } else if !is_digit(c) {
                // `1else`: the `e` starts the next token.
                self.backup(c);
                self.verify_end(e, "decimal")?;
                self.backup(e);
                return Ok(kind);
            }
            c = self.decimal_tail()?;
            kind = NumKind::Float;
        }
        if matches!(c, Some(b'j' | b'J')) {
            c = self.next();
            self.verify_end(c, "imaginary")?;
            kind = NumKind::Imaginary;
        } else {
            self.verify_end(c, "decimal")?;
        }
        self.backup(c);
        Ok(kind)
    }

    /// Does `word` follow the cursor as a whole word?
    fn followed_by(&self, word: &[u8]) -> bool {
        let rest = &self.b[self.cur..];
        rest.starts_with(word) && !is_ident_byte(rest.get(word.len()).copied())
    }

    /// A literal directly followed by a letter is an error, except before the keywords
    /// that may legally follow a number (`1if x else y`).
    fn verify_end(&mut self, c: Option<u8>, kind: &str) -> Result<(), NumError> {
        let keyword = match c {
            Some(b'a') => self.followed_by(b"nd"),
            Some(b'e') => self.followed_by(b"lse"),
            Some(b'f') => self.followed_by(b"or"),
            Some(b'i') => matches!(self.b.get(self.cur), Some(b'f' | b'n' | b's')),
            Some(b'o') => self.followed_by(b"r"),
            Some(b'n') => self.followed_by(b"ot"),
            _ => false,
        };
        if !keyword && is_ident_byte(c) {
            self.backup(c);
            return Err(self.error(format!("invalid {kind} literal")));
        }
        Ok(())
    }
}

/// Parses validated digits (underscores allowed) in the given radix.
fn parse_int(digits: &str, radix: u32) -> BigInt {
    if digits.len() <= 16 && !digits.contains('_') {
        if let Ok(v) = u64::from_str_radix(digits, radix) {
            return BigInt::from(v);
        }
    }
    let clean: Vec<u8> = digits.bytes().filter(|&c| c != b'_').collect();
    BigInt::parse_bytes(&clean, radix).unwrap_or_default()
}

// ---------------------------------------------------------------------------------------------
// String bodies

/// Line ends inside a literal always read as `\n`, whatever the file uses.
fn normalize_newlines(s: &str) -> String {
    if s.contains('\r') {
        s.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        s.to_owned()
    }
}

/// The position CPython's escape decoder reports: it counts each non-ASCII character as
/// the 10 bytes of the `\UXXXXXXXX` escape it rewrites it to first.
fn escape_pos(body: &str, i: usize) -> usize {
    body[..i]
        .chars()
        .map(|c| if c.is_ascii() { 1 } else { 10 })
        .sum()
}

fn unicode_error(body: &str, start: usize, end: usize, what: &str) -> String {
    let (a, b) = (escape_pos(body, start), escape_pos(body, end));
    format!("(unicode error) 'unicodeescape' codec can't decode bytes in position {a}-{b}: {what}")
}

/// Up to `max` hex digits at `i`, as (value, count).
fn hex_digits(b: &[u8], i: usize, max: usize) -> (u32, usize) {
    let mut value = 0u32;
    let mut n = 0;
    while n < max {
        match b.get(i + n).and_then(|&c| (c as char).to_digit(16)) {
            Some(d) => value = value.wrapping_mul(16).wrapping_add(d),
            None => break,
        }
        n += 1;
    }
    (value, n)
}

/// Up to 3 octal digits at `i`, as (value, count).
fn octal_digits(b: &[u8], i: usize) -> (u32, usize) {
    let mut value = 0;
    let mut n = 0;
    while n < 3 {
        match b.get(i + n) {
            Some(&c @ b'0'..=b'7') => value = value * 8 + u32::from(c - b'0'),
            _ => break,
        }
        n += 1;
    }
    (value, n)
}

/// The escape for a one-character escape letter shared by str and bytes literals.
fn simple_escape(c: u8) -> Option<u8> {
    Some(match c {
        b'\\' => b'\\',
        b'\'' => b'\'',
        b'"' => b'"',
        b'a' => 0x07,
        b'b' => 0x08,
        b'f' => 0x0c,
        b'n' => b'\n',
        b'r' => b'\r',
        b't' => b'\t',
        b'v' => 0x0b,
        _ => return None,
    })
}

/// Decodes the escapes of a (non-raw) str literal body.
fn decode_str(body: &str) -> Result<String, String> {
    let b = body.as_bytes();
    if !b.iter().any(|&c| c == b'\\' || c == b'\r') {
        return Ok(body.to_owned());
    }
    let mut out = String::with_capacity(body.len());
    let mut i = 0;
    while i < b.len() {
        let run = b[i..]
            .iter()
            .position(|&c| c == b'\\' || c == b'\r')
            .map_or(b.len(), |n| i + n);
        out.push_str(&body[i..run]);
        i = run;
        if i >= b.len() {
            break;
        }
        if b[i] == b'\r' {
            out.push('\n');
            i += if b.get(i + 1) == Some(&b'\n') { 2 } else { 1 };
            continue;
        }
        let esc = i;
        let Some(&c) = b.get(i + 1) else {
            out.push('\\');
            break;
        };
        i += 2;
        if let Some(v) = simple_escape(c) {
            out.push(v as char);
            continue;
        }
        match c {
            b'\n' => {}
            b'\r' => {
                if b.get(i) == Some(&b'\n') {
                    i += 1;
                }
            }
            b'0'..=b'7' => {
                let (v, n) = octal_digits(b, i - 1);
                i += n - 1;
                out.push(char::from_u32(v).unwrap_or('\u{fffd}'));
            }
            b'x' | b'u' | b'U' => {
                let (want, name) = match c {
                    b'x' => (2, "truncated \\xXX escape"),
                    b'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let (v, n) = hex_digits(b, i, want);
                if n < want {
                    return Err(unicode_error(body, esc, esc + 1 + n, name));
                }
                i += n;
                match char::from_u32(v) {
                    Some(ch) => out.push(ch),
                    None if (0xD800..0xE000).contains(&v) => {
                        return Err(unicode_error(
                            body,
                            esc,
                            i - 1,
                            "surrogate characters are not supported",
                        ));
                    }
                    None => {
                        return Err(unicode_error(body, esc, i - 1, "illegal Unicode character"))
                    }
                }
            }
            b'N' => {
                let close = if b.get(i) == Some(&b'{') {
                    b[i..].iter().position(|&c| c == b'}').map(|n| i + n)
                } else {
                    None
                };
                match close {
                    Some(close) if close > i + 1 => {
                        let Some(ch) = lookup_char_name(&body[i + 1..close]) else {
                            return Err(unicode_error(
                                body,
                                esc,
                                close,
                                "unknown Unicode character name",
                            ));
                        };
                        out.push(ch);
                        i = close + 1;
                    }
                    Some(close) => {
                        return Err(unicode_error(
                            body,
                            esc,
                            close,
                            "malformed \\N character escape",
                        ));
                    }
                    None => {
                        let end = if b.get(i) == Some(&b'{') {
                            b.len() - 1
                        } else {
                            esc + 1
                        };
                        return Err(unicode_error(
                            body,
                            esc,
                            end,
                            "malformed \\N character escape",
                        ));
                    }
                }
            }
            _ => {
                // Not an escape: the backslash stays, and the character is read normally.
                out.push('\\');
                i -= 1;
            }
        }
    }
    Ok(out)
}

/// Decodes the escapes of a (non-raw) bytes literal body, already known to be ASCII.
fn decode_bytes(body: &str) -> Result<Vec<u8>, String> {
    let b = body.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c == b'\r' {
            out.push(b'\n');
            i += if b.get(i + 1) == Some(&b'\n') { 2 } else { 1 };
            continue;
        }
        if c != b'\\' {
            out.push(c);
            i += 1;
            continue;
        }
        let Some(&e) = b.get(i + 1) else {
            out.push(b'\\');
            break;
        };
        let esc = i;
        i += 2;
        if let Some(v) = simple_escape(e) {
            out.push(v);
            continue;
        }
        match e {
            b'\n' => {}
            b'\r' => {
                if b.get(i) == Some(&b'\n') {
                    i += 1;
                }
            }
            b'0'..=b'7' => {
                let (v, n) = octal_digits(b, i - 1);
                i += n - 1;
                out.push(v as u8); // like CPython, `\777` keeps only the low 8 bits
            }
            b'x' => {
                let (v, n) = hex_digits(b, i, 2);
                if n < 2 {
                    return Err(format!(
                        "(value error) invalid \\x escape at position {esc}"
                    ));
                }
                i += 2;
                out.push(v as u8);
            }
            _ => {
                out.push(b'\\');
                i -= 1;
            }
        }
    }
    Ok(out)
}

/// `\N{...}` names Gilt knows: a table of common characters, plus CJK ideographs by code.
fn lookup_char_name(name: &str) -> Option<char> {
    let upper = name.to_ascii_uppercase();
    if let Some(hex) = upper.strip_prefix("CJK UNIFIED IDEOGRAPH-") {
        let v = u32::from_str_radix(hex, 16).ok()?;
        let cjk = matches!(v, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0x20000..=0x2A6DF);
        return if cjk && (hex.len() == 4 || hex.len() == 5) {
            char::from_u32(v)
        } else {
            None
        };
    }
    CHAR_NAMES.split(';').find_map(|entry| {
        let (n, code) = entry.split_once('=')?;
        if n == upper {
            char::from_u32(u32::from_str_radix(code, 16).ok()?)
        } else {
            None
        }
    })
}

// ---------------------------------------------------------------------------------------------
// f-strings

/// Parses an f-string body the way CPython 3.11 does: the literal's end was found first,
/// then the body is split into literal text and `{...}` replacement fields.
struct FParser<'a> {
    body: &'a str,
    b: &'a [u8],
    i: usize,
    /// Offset of the body in the source.
    base: usize,
    raw: bool,
    /// Offset of the whole literal, where escape errors point.
    tok_start: usize,
}

impl FParser<'_> {
    fn error(&self, msg: impl Into<String>) -> LexError {
        syntax(msg, self.base + self.i.min(self.b.len()))
    }

    /// Literal text and fields up to the end of the body or (in a format spec, `depth > 0`)
    /// up to the `}` that closes the enclosing field.
    fn parts(&mut self, depth: u32) -> Result<Vec<FPart>, LexError> {
        let (b, n) = (self.b, self.b.len());
        let mut parts = Vec::new();
        let mut text = String::new();
        loop {
            let mut seg = self.i;
            let mut stop = None;
            while self.i < n {
                let mut c = b[self.i];
                self.i += 1;
                if !self.raw && c == b'\\' && self.i < n {
                    c = b[self.i];
                    self.i += 1;
                    if c == b'N' {
                        // `\N{NAME}`: its braces are not a field.
                        if self.i < n {
                            self.i += 1;
                            if b[self.i - 1] == b'{' {
                                while self.i < n {
                                    self.i += 1;
                                    if b[self.i - 1] == b'}' {
                                        break;
                                    }
                                }
                            }
                        }
                        continue;
                    }
                }
                if c == b'{' || c == b'}' {
                    if depth == 0 {
                        if b.get(self.i) == Some(&c) {
                            text.push_str(&self.body[seg..self.i]);
                            self.i += 1;
                            seg = self.i;
                            continue;
                        }
                        if c == b'}' {
                            self.i -= 1;
                            return Err(self.error("f-string: single '}' is not allowed"));
                        }
                    }
                    self.i -= 1;
                    stop = Some(c);
                    break;
                }
            }
            text.push_str(&self.body[seg..self.i]);
            if stop != Some(b'{') {
                break;
            }
            self.flush(&mut text, &mut parts)?;
            let field = self.field(depth)?;
            parts.push(field);
        }
        self.flush(&mut text, &mut parts)?;
        Ok(parts)
    }

    fn flush(&self, text: &mut String, parts: &mut Vec<FPart>) -> Result<(), LexError> {
        if text.is_empty() {
            return Ok(());
        }
        let value = if self.raw {
            normalize_newlines(text)
        } else {
            decode_str(text).map_err(|msg| syntax(msg, self.tok_start))?
        };
        text.clear();
        if !value.is_empty() {
            parts.push(FPart::Lit(value));
        }
        Ok(())
    }

    /// One replacement field; `self.i` is at its `{`.
    fn field(&mut self, depth: u32) -> Result<FPart, LexError> {
        if depth >= 2 {
            return Err(self.error("f-string: expressions nested too deeply"));
        }
        let (b, n) = (self.b, self.b.len());
        self.i += 1;
        let code_start = self.i;
        let mut quote: Option<(u8, usize)> = None;
        let mut nesting: Vec<u8> = Vec::new();
        while self.i < n {
            let c = b[self.i];
            if c == b'\\' {
                return Err(self.error("f-string expression part cannot include a backslash"));
            }
            if let Some((q, qlen)) = quote {
                if c == q {
                    if qlen == 1 {
                        quote = None;
                    } else if self.i + 2 < n && b[self.i + 1] == q && b[self.i + 2] == q {
                        quote = None;
                        self.i += 2;
                    }
                }
            } else if c == b'\'' || c == b'"' {
                if self.i + 2 < n && b[self.i + 1] == c && b[self.i + 2] == c {
                    quote = Some((c, 3));
                    self.i += 2;
                } else {
                    quote = Some((c, 1));
                }
            } else if matches!(c, b'(' | b'[' | b'{') {
                if nesting.len() >= MAX_NESTING {
                    return Err(self.error("f-string: too many nested parenthesis"));
                }
                nesting.push(c);
            } else if c == b'#' {
                return Err(self.error("f-string expression part cannot include '#'"));
            } else if nesting.is_empty() && matches!(c, b'!' | b':' | b'}' | b'=' | b'<' | b'>') {
                // `!=`, `==`, `<=`, `>=`, `<` and `>` belong to the expression.
                if b.get(self.i + 1) == Some(&b'=') && c != b':' && c != b'}' {
                    self.i += 2;
                    continue;
                }
                if c == b'<' || c == b'>' {
                    self.i += 1;
                    continue;
                }
                break;
            } else if matches!(c, b')' | b']' | b'}') {
                let Some(open) = nesting.pop() else {
                    return Err(self.error(format!("f-string: unmatched '{}'", c as char)));
                };
                if !matches!((open, c), (b'(', b')') | (b'[', b']') | (b'{', b'}')) {
                    return Err(self.error(format!(
                        "f-string: closing parenthesis '{}' does not match opening parenthesis '{}'",
                        c as char, open as char
                    )));
                }
            }
            self.i += 1;
        }
        let code_end = self.i;
        if quote.is_some() {
            return Err(self.error("f-string: unterminated string"));
        }
        if let Some(&open) = nesting.last() {
            return Err(self.error(format!("f-string: unmatched '{}'", open as char)));
        }
        if self.i >= n {
            return Err(self.error("f-string: expecting '}'"));
        }
        let code = &self.body[code_start..code_end];
        if code
            .bytes()
            .all(|c| matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c'))
        {
            let c = b[self.i];
            return Err(self.error(if matches!(c, b'!' | b':' | b'=') {
                format!("f-string: expression required before '{}'", c as char)
            } else {
                "f-string: empty expression not allowed".to_owned()
            }));
        }

        let mut self_doc = None;
        if b[self.i] == b'=' {
            self.i += 1;
            while self.i < n
                && matches!(b[self.i], b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
            {
                self.i += 1;
            }
            if self.i >= n {
                return Err(self.error("f-string: expecting '}'"));
            }
            self_doc = Some(normalize_newlines(&self.body[code_start..self.i]));
        }

        let mut conversion = None;
        if b[self.i] == b'!' {
            self.i += 1;
            let Some(&c) = b.get(self.i) else {
                return Err(self.error("f-string: expecting '}'"));
            };
            if !matches!(c, b's' | b'r' | b'a') {
                return Err(
                    self.error("f-string: invalid conversion character: expected 's', 'r', or 'a'")
                );
            }
            self.i += 1;
            conversion = Some(c as char);
        }

        let mut spec = None;
        if b.get(self.i) == Some(&b':') {
            self.i += 1;
            spec = Some(self.parts(depth + 1)?);
        }
        if b.get(self.i) != Some(&b'}') {
            return Err(self.error("f-string: expecting '}'"));
        }
        self.i += 1;
        Ok(FPart::Expr {
            code: code.to_owned(),
            offset: self.base + code_start,
            self_doc,
            conversion,
            spec,
        })
    }
}

/// Character names for `\N{...}`, as `NAME=HEX;` entries (names and common aliases).
const CHAR_NAMES: &str = "\
    SPACE=20;EXCLAMATION MARK=21;QUOTATION MARK=22;NUMBER SIGN=23;DOLLAR SIGN=24;\
    PERCENT SIGN=25;AMPERSAND=26;APOSTROPHE=27;LEFT PARENTHESIS=28;RIGHT PARENTHESIS=29;\
    ASTERISK=2A;PLUS SIGN=2B;COMMA=2C;HYPHEN-MINUS=2D;FULL STOP=2E;SOLIDUS=2F;DIGIT ZERO=30;\
    DIGIT ONE=31;DIGIT TWO=32;DIGIT THREE=33;DIGIT FOUR=34;DIGIT FIVE=35;DIGIT SIX=36;\
    DIGIT SEVEN=37;DIGIT EIGHT=38;DIGIT NINE=39;COLON=3A;SEMICOLON=3B;LESS-THAN SIGN=3C;\
    EQUALS SIGN=3D;GREATER-THAN SIGN=3E;QUESTION MARK=3F;COMMERCIAL AT=40;\
    LATIN CAPITAL LETTER A=41;LATIN CAPITAL LETTER B=42;LATIN CAPITAL LETTER C=43;\
    LATIN CAPITAL LETTER D=44;LATIN CAPITAL LETTER E=45;LATIN CAPITAL LETTER F=46;\
    LATIN CAPITAL LETTER G=47;LATIN CAPITAL LETTER H=48;LATIN CAPITAL LETTER I=49;\
    LATIN CAPITAL LETTER J=4A;LATIN CAPITAL LETTER K=4B;LATIN CAPITAL LETTER L=4C;\
    LATIN CAPITAL LETTER M=4D;LATIN CAPITAL LETTER N=4E;LATIN CAPITAL LETTER O=4F;\
    LATIN CAPITAL LETTER P=50;LATIN CAPITAL LETTER Q=51;LATIN CAPITAL LETTER R=52;\
    LATIN CAPITAL LETTER S=53;LATIN CAPITAL LETTER T=54;LATIN CAPITAL LETTER U=55;\
    LATIN CAPITAL LETTER V=56;LATIN CAPITAL LETTER W=57;LATIN CAPITAL LETTER X=58;\
    LATIN CAPITAL LETTER Y=59;LATIN CAPITAL LETTER Z=5A;LEFT SQUARE BRACKET=5B;\
    REVERSE SOLIDUS=5C;RIGHT SQUARE BRACKET=5D;CIRCUMFLEX ACCENT=5E;LOW LINE=5F;\
    GRAVE ACCENT=60;LATIN SMALL LETTER A=61;LATIN SMALL LETTER B=62;LATIN SMALL LETTER C=63;\
    LATIN SMALL LETTER D=64;LATIN SMALL LETTER E=65;LATIN SMALL LETTER F=66;\
    LATIN SMALL LETTER G=67;LATIN SMALL LETTER H=68;LATIN SMALL LETTER I=69;\
    LATIN SMALL LETTER J=6A;LATIN SMALL LETTER K=6B;LATIN SMALL LETTER L=6C;\
    LATIN SMALL LETTER M=6D;LATIN SMALL LETTER N=6E;LATIN SMALL LETTER O=6F;\
    LATIN SMALL LETTER P=70;LATIN SMALL LETTER Q=71;LATIN SMALL LETTER R=72;\
    LATIN SMALL LETTER S=73;LATIN SMALL LETTER T=74;LATIN SMALL LETTER U=75;\
    LATIN SMALL LETTER V=76;LATIN SMALL LETTER W=77;LATIN SMALL LETTER X=78;\
    LATIN SMALL LETTER Y=79;LATIN SMALL LETTER Z=7A;LEFT CURLY BRACKET=7B;VERTICAL LINE=7C;\
    RIGHT CURLY BRACKET=7D;TILDE=7E;NO-BREAK SPACE=A0;INVERTED EXCLAMATION MARK=A1;\
    CENT SIGN=A2;POUND SIGN=A3;CURRENCY SIGN=A4;YEN SIGN=A5;BROKEN BAR=A6;SECTION SIGN=A7;\
    DIAERESIS=A8;COPYRIGHT SIGN=A9;FEMININE ORDINAL INDICATOR=AA;\
    LEFT-POINTING DOUBLE ANGLE QUOTATION MARK=AB;NOT SIGN=AC;SOFT HYPHEN=AD;\
    REGISTERED SIGN=AE;MACRON=AF;DEGREE SIGN=B0;PLUS-MINUS SIGN=B1;SUPERSCRIPT TWO=B2;\
    SUPERSCRIPT THREE=B3;ACUTE ACCENT=B4;MICRO SIGN=B5;PILCROW SIGN=B6;MIDDLE DOT=B7;\
    CEDILLA=B8;SUPERSCRIPT ONE=B9;MASCULINE ORDINAL INDICATOR=BA;\
    RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK=BB;VULGAR FRACTION ONE QUARTER=BC;\
    VULGAR FRACTION ONE HALF=BD;VULGAR FRACTION THREE QUARTERS=BE;INVERTED QUESTION MARK=BF;\
    LATIN CAPITAL LETTER A WITH GRAVE=C0;LATIN CAPITAL LETTER A WITH ACUTE=C1;\
    LATIN CAPITAL LETTER A WITH CIRCUMFLEX=C2;LATIN CAPITAL LETTER A WITH TILDE=C3;\
    LATIN CAPITAL LETTER A WITH DIAERESIS=C4;LATIN CAPITAL LETTER A WITH RING ABOVE=C5;\
    LATIN CAPITAL LETTER AE=C6;LATIN CAPITAL LETTER C WITH CEDILLA=C7;\
    LATIN CAPITAL LETTER E WITH GRAVE=C8;LATIN CAPITAL LETTER E WITH ACUTE=C9;\
    LATIN CAPITAL LETTER E WITH CIRCUMFLEX=CA;LATIN CAPITAL LETTER E WITH DIAERESIS=CB;\
    LATIN CAPITAL LETTER I WITH GRAVE=CC;LATIN CAPITAL LETTER I WITH ACUTE=CD;\
    LATIN CAPITAL LETTER I WITH CIRCUMFLEX=CE;LATIN CAPITAL LETTER I WITH DIAERESIS=CF;\
    LATIN CAPITAL LETTER ETH=D0;LATIN CAPITAL LETTER N WITH TILDE=D1;\
    LATIN CAPITAL LETTER O WITH GRAVE=D2;LATIN CAPITAL LETTER O WITH ACUTE=D3;\
    LATIN CAPITAL LETTER O WITH CIRCUMFLEX=D4;LATIN CAPITAL LETTER O WITH TILDE=D5;\
    LATIN CAPITAL LETTER O WITH DIAERESIS=D6;MULTIPLICATION SIGN=D7;\
    LATIN CAPITAL LETTER O WITH STROKE=D8;LATIN CAPITAL LETTER U WITH GRAVE=D9;\
    LATIN CAPITAL LETTER U WITH ACUTE=DA;LATIN CAPITAL LETTER U WITH CIRCUMFLEX=DB;\
    LATIN CAPITAL LETTER U WITH DIAERESIS=DC;LATIN CAPITAL LETTER Y WITH ACUTE=DD;\
    LATIN CAPITAL LETTER THORN=DE;LATIN SMALL LETTER SHARP S=DF;\
    LATIN SMALL LETTER A WITH GRAVE=E0;LATIN SMALL LETTER A WITH ACUTE=E1;\
    LATIN SMALL LETTER A WITH CIRCUMFLEX=E2;LATIN SMALL LETTER A WITH TILDE=E3;\
    LATIN SMALL LETTER A WITH DIAERESIS=E4;LATIN SMALL LETTER A WITH RING ABOVE=E5;\
    LATIN SMALL LETTER AE=E6;LATIN SMALL LETTER C WITH CEDILLA=E7;\
    LATIN SMALL LETTER E WITH GRAVE=E8;LATIN SMALL LETTER E WITH ACUTE=E9;\
    LATIN SMALL LETTER E WITH CIRCUMFLEX=EA;LATIN SMALL LETTER E WITH DIAERESIS=EB;\
    LATIN SMALL LETTER I WITH GRAVE=EC;LATIN SMALL LETTER I WITH ACUTE=ED;\
    LATIN SMALL LETTER I WITH CIRCUMFLEX=EE;LATIN SMALL LETTER I WITH DIAERESIS=EF;\
    LATIN SMALL LETTER ETH=F0;LATIN SMALL LETTER N WITH TILDE=F1;\
    LATIN SMALL LETTER O WITH GRAVE=F2;LATIN SMALL LETTER O WITH ACUTE=F3;\
    LATIN SMALL LETTER O WITH CIRCUMFLEX=F4;LATIN SMALL LETTER O WITH TILDE=F5;\
    LATIN SMALL LETTER O WITH DIAERESIS=F6;DIVISION SIGN=F7;\
    LATIN SMALL LETTER O WITH STROKE=F8;LATIN SMALL LETTER U WITH GRAVE=F9;\
    LATIN SMALL LETTER U WITH ACUTE=FA;LATIN SMALL LETTER U WITH CIRCUMFLEX=FB;\
    LATIN SMALL LETTER U WITH DIAERESIS=FC;LATIN SMALL LETTER Y WITH ACUTE=FD;\
    LATIN SMALL LETTER THORN=FE;LATIN SMALL LETTER Y WITH DIAERESIS=FF;\
    GREEK CAPITAL LETTER ALPHA=391;GREEK CAPITAL LETTER BETA=392;\
    GREEK CAPITAL LETTER GAMMA=393;GREEK CAPITAL LETTER DELTA=394;\
    GREEK CAPITAL LETTER EPSILON=395;GREEK CAPITAL LETTER ZETA=396;\
    GREEK CAPITAL LETTER ETA=397;GREEK CAPITAL LETTER THETA=398;\
    GREEK CAPITAL LETTER IOTA=399;GREEK CAPITAL LETTER KAPPA=39A;\
    GREEK CAPITAL LETTER LAMDA=39B;GREEK CAPITAL LETTER MU=39C;GREEK CAPITAL LETTER NU=39D;\
    GREEK CAPITAL LETTER XI=39E;GREEK CAPITAL LETTER OMICRON=39F;\
    GREEK CAPITAL LETTER PI=3A0;GREEK CAPITAL LETTER RHO=3A1;GREEK CAPITAL LETTER SIGMA=3A3;\
    GREEK CAPITAL LETTER TAU=3A4;GREEK CAPITAL LETTER UPSILON=3A5;\
    GREEK CAPITAL LETTER PHI=3A6;GREEK CAPITAL LETTER CHI=3A7;GREEK CAPITAL LETTER PSI=3A8;\
    GREEK CAPITAL LETTER OMEGA=3A9;GREEK CAPITAL LETTER IOTA WITH DIALYTIKA=3AA;\
    GREEK CAPITAL LETTER UPSILON WITH DIALYTIKA=3AB;GREEK SMALL LETTER ALPHA WITH TONOS=3AC;\
    GREEK SMALL LETTER EPSILON WITH TONOS=3AD;GREEK SMALL LETTER ETA WITH TONOS=3AE;\
    GREEK SMALL LETTER IOTA WITH TONOS=3AF;\
    GREEK SMALL LETTER UPSILON WITH DIALYTIKA AND TONOS=3B0;GREEK SMALL LETTER ALPHA=3B1;\
    GREEK SMALL LETTER BETA=3B2;GREEK SMALL LETTER GAMMA=3B3;GREEK SMALL LETTER DELTA=3B4;\
    GREEK SMALL LETTER EPSILON=3B5;GREEK SMALL LETTER ZETA=3B6;GREEK SMALL LETTER ETA=3B7;\
    GREEK SMALL LETTER THETA=3B8;GREEK SMALL LETTER IOTA=3B9;GREEK SMALL LETTER KAPPA=3BA;\
    GREEK SMALL LETTER LAMDA=3BB;GREEK SMALL LETTER MU=3BC;GREEK SMALL LETTER NU=3BD;\
    GREEK SMALL LETTER XI=3BE;GREEK SMALL LETTER OMICRON=3BF;GREEK SMALL LETTER PI=3C0;\
    GREEK SMALL LETTER RHO=3C1;GREEK SMALL LETTER FINAL SIGMA=3C2;\
    GREEK SMALL LETTER SIGMA=3C3;GREEK SMALL LETTER TAU=3C4;GREEK SMALL LETTER UPSILON=3C5;\
    GREEK SMALL LETTER PHI=3C6;GREEK SMALL LETTER CHI=3C7;GREEK SMALL LETTER PSI=3C8;\
    GREEK SMALL LETTER OMEGA=3C9;HYPHEN=2010;NON-BREAKING HYPHEN=2011;FIGURE DASH=2012;\
    EN DASH=2013;EM DASH=2014;HORIZONTAL BAR=2015;DOUBLE VERTICAL LINE=2016;\
    DOUBLE LOW LINE=2017;LEFT SINGLE QUOTATION MARK=2018;RIGHT SINGLE QUOTATION MARK=2019;\
    SINGLE LOW-9 QUOTATION MARK=201A;SINGLE HIGH-REVERSED-9 QUOTATION MARK=201B;\
    LEFT DOUBLE QUOTATION MARK=201C;RIGHT DOUBLE QUOTATION MARK=201D;\
    DOUBLE LOW-9 QUOTATION MARK=201E;DOUBLE HIGH-REVERSED-9 QUOTATION MARK=201F;DAGGER=2020;\
    DOUBLE DAGGER=2021;BULLET=2022;TRIANGULAR BULLET=2023;ONE DOT LEADER=2024;\
    TWO DOT LEADER=2025;HORIZONTAL ELLIPSIS=2026;HYPHENATION POINT=2027;PER MILLE SIGN=2030;\
    PER TEN THOUSAND SIGN=2031;PRIME=2032;DOUBLE PRIME=2033;TRIPLE PRIME=2034;\
    REVERSED PRIME=2035;REVERSED DOUBLE PRIME=2036;REVERSED TRIPLE PRIME=2037;CARET=2038;\
    SINGLE LEFT-POINTING ANGLE QUOTATION MARK=2039;\
    SINGLE RIGHT-POINTING ANGLE QUOTATION MARK=203A;EURO SIGN=20AC;INDIAN RUPEE SIGN=20B9;\
    BITCOIN SIGN=20BF;TRADE MARK SIGN=2122;LEFTWARDS ARROW=2190;UPWARDS ARROW=2191;\
    RIGHTWARDS ARROW=2192;DOWNWARDS ARROW=2193;LEFT RIGHT ARROW=2194;\
    RIGHTWARDS DOUBLE ARROW=21D2;LEFT RIGHT DOUBLE ARROW=21D4;FOR ALL=2200;\
    PARTIAL DIFFERENTIAL=2202;THERE EXISTS=2203;EMPTY SET=2205;NABLA=2207;ELEMENT OF=2208;\
    NOT AN ELEMENT OF=2209;N-ARY PRODUCT=220F;N-ARY SUMMATION=2211;MINUS SIGN=2212;\
    SQUARE ROOT=221A;INFINITY=221E;LOGICAL AND=2227;LOGICAL OR=2228;INTERSECTION=2229;\
    UNION=222A;INTEGRAL=222B;ALMOST EQUAL TO=2248;NOT EQUAL TO=2260;IDENTICAL TO=2261;\
    LESS-THAN OR EQUAL TO=2264;GREATER-THAN OR EQUAL TO=2265;SUBSET OF=2282;\
    SUPERSET OF=2283;SUBSET OF OR EQUAL TO=2286;SUPERSET OF OR EQUAL TO=2287;\
    DOT OPERATOR=22C5;BOX DRAWINGS LIGHT HORIZONTAL=2500;BOX DRAWINGS LIGHT VERTICAL=2502;\
    BOX DRAWINGS LIGHT DOWN AND RIGHT=250C;BOX DRAWINGS LIGHT DOWN AND LEFT=2510;\
    BOX DRAWINGS LIGHT UP AND RIGHT=2514;BOX DRAWINGS LIGHT UP AND LEFT=2518;\
    BOX DRAWINGS LIGHT VERTICAL AND RIGHT=251C;BOX DRAWINGS LIGHT VERTICAL AND LEFT=2524;\
    BOX DRAWINGS LIGHT DOWN AND HORIZONTAL=252C;BOX DRAWINGS LIGHT UP AND HORIZONTAL=2534;\
    BOX DRAWINGS LIGHT VERTICAL AND HORIZONTAL=253C;BOX DRAWINGS DOUBLE HORIZONTAL=2550;\
    BOX DRAWINGS DOUBLE VERTICAL=2551;FULL BLOCK=2588;LIGHT SHADE=2591;MEDIUM SHADE=2592;\
    DARK SHADE=2593;BLACK SQUARE=25A0;WHITE SQUARE=25A1;BLACK UP-POINTING TRIANGLE=25B2;\
    BLACK RIGHT-POINTING TRIANGLE=25B6;BLACK DOWN-POINTING TRIANGLE=25BC;\
    BLACK LEFT-POINTING TRIANGLE=25C0;BLACK CIRCLE=25CF;WHITE CIRCLE=25CB;SNOWMAN=2603;\
    BLACK STAR=2605;WHITE STAR=2606;BLACK TELEPHONE=260E;HOT BEVERAGE=2615;\
    WHITE SMILING FACE=263A;BLACK SPADE SUIT=2660;BLACK CLUB SUIT=2663;\
    BLACK HEART SUIT=2665;BLACK DIAMOND SUIT=2666;EIGHTH NOTE=266A;CHECK MARK=2713;\
    HEAVY CHECK MARK=2714;BALLOT X=2717;HEAVY BALLOT X=2718;SPARKLES=2728;\
    HEAVY BLACK HEART=2764;ZERO WIDTH SPACE=200B;ZERO WIDTH NON-JOINER=200C;\
    ZERO WIDTH JOINER=200D;ZERO WIDTH NO-BREAK SPACE=FEFF;REPLACEMENT CHARACTER=FFFD;\
    SNAKE=1F40D;PARTY POPPER=1F389;THUMBS UP SIGN=1F44D;PILE OF POO=1F4A9;FIRE=1F525;\
    GRINNING FACE=1F600;FACE WITH TEARS OF JOY=1F602;SLIGHTLY SMILING FACE=1F642;\
    ROCKET=1F680;NULL=0;CHARACTER TABULATION=9;LINE FEED=A;LINE TABULATION=B;FORM FEED=C;\
    CARRIAGE RETURN=D;ESCAPE=1B;DELETE=7F;BYTE ORDER MARK=FEFF;TAB=9;NEW LINE=A;\
    END OF LINE=A;LF=A;CR=D;NUL=0;ESC=1B;DEL=7F;BEL=7;ALERT=7;BACKSPACE=8;SP=20;NBSP=A0;\
    BOM=FEFF;ZWSP=200B;\
";
