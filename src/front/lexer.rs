//! The lexer: turns Gilt source text into the token stream the parser reads.
//!
//! logos recognises the shape of each raw token. The driver (`Lexer`) adds what a
//! regular grammar cannot express: INDENT/DEDENT from a width stack, implicit line
//! joining inside brackets, bracket matching, and hand scanning of number literals
//! and string bodies (so that what is accepted, and the error messages, follow CPython 3.11).

use crate::front::ast::Ident;
use crate::front::token::{ErrorKind, FPart, LexError, Spanned, Tok};
use foldhash::{HashMap, HashMapExt};
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

/// An error for source text holding a code point in U+10F000–U+10F7FF, which Gilt's strs
/// use for lone surrogates (`objects::codepoint`) and so cannot hold as themselves.
fn held_text(src: &str) -> Result<(), LexError> {
    if !crate::objects::codepoint::has_surrogates(src) {
        return Ok(());
    }
    let (at, c) = src
        .char_indices()
        .find(|&(_, c)| crate::objects::codepoint::is_surrogate(c))
        .unwrap_or((0, '\0'));
    Err(syntax(
        crate::objects::codepoint::stand_in_message(c as u32),
        at,
    ))
}

/// Lexes a whole source file into tokens with byte spans.
pub fn lex(src: &str) -> Result<Vec<Spanned>, LexError> {
    Ok(Chunks::new(src).next_chunk(usize::MAX)?.unwrap_or_default())
}

/// A source file lexed a run of whole top-level statements at a time, so that a large file's
/// tokens and tree never exist all at once (`parser::ModuleChunks`).
pub struct Chunks<'s>(Lexer<'s>);

impl<'s> Chunks<'s> {
    pub fn new(src: &'s str) -> Self {
        Chunks(Lexer::new(src, 0))
    }

    /// The tokens of the chunk that starts at byte `start`, which an earlier `next_chunk`
    /// with the same `min` returned (lexed again to word a parse error).
    pub fn relex(src: &'s str, start: usize, min: usize) -> Result<Vec<Spanned>, LexError> {
        let mut lexer = Lexer::new(src, start);
        lexer.seen_token = start > 0;
        Ok(lexer.next_chunk(min)?.unwrap_or_default())
    }

    /// The next chunk: at least `min` tokens (or the rest of the file), ending where a
    /// top-level statement ends; None after the last.
    pub fn next_chunk(&mut self, min: usize) -> Result<Option<Vec<Spanned>>, LexError> {
        if !self.0.seen_token {
            held_text(self.0.src)?;
        }
        self.0.next_chunk(min)
    }

    /// Hands back a chunk's emptied buffer for the next chunk to fill: each chunk's buffer
    /// would otherwise be fresh memory, faulted in page by page.
    pub fn recycle(&mut self, mut buf: Vec<Spanned>) {
        buf.clear();
        self.0.spare = buf;
    }
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
    raw: logos::Lexer<'s, Raw>,
    toks: Vec<Spanned>,
    /// Whether any token has been produced (an indented first line is an error).
    seen_token: bool,
    /// Whether the last logical line started with `@` (a decorator belongs to what follows).
    decorator_line: bool,
    /// Whether the end of the source has been reached and the last chunk handed out.
    done: bool,
    /// An emptied buffer to lex the next chunk into (`Chunks::recycle`).
    spare: Vec<Spanned>,
    /// One shared `Ident` per distinct name in the source.
    names: HashMap<&'s str, Ident>,
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
    /// A lexer that starts at byte `start` of `src`, at the start of a line of no indentation.
    fn new(src: &'s str, start: usize) -> Self {
        let mut raw = Raw::lexer(src);
        // A UTF-8 byte order mark at the start of a file is not part of the program.
        let start = if start == 0 && src.starts_with('\u{feff}') {
            3
        } else {
            start
        };
        raw.bump(start);
        let lead = src[start..].len() - src[start..].trim_start_matches([' ', '\t', '\x0c']).len();
        Lexer {
            src,
            raw,
            toks: Vec::new(),
            seen_token: false,
            decorator_line: false,
            done: false,
            names: HashMap::new(),
            spare: Vec::new(),
            indents: vec![(0, 0)],
            brackets: Vec::new(),
            line_indent: measure(&src[start..start + lead]),
            line_has_tokens: false,
        }
    }

    fn next_chunk(&mut self, min: usize) -> Result<Option<Vec<Spanned>>, LexError> {
        if self.done {
            return Ok(None);
        }
        // a chunk runs on to the end of the statement it reaches `min` in
        self.toks
            .reserve(min.min(self.src.len() / 8).saturating_mul(5) / 4 + 16);
        while let Some(next) = self.raw.next() {
            let span = self.raw.span();
            let Ok(kind) = next else {
                return Err(self.bad_char(span.start));
            };
            match kind {
                Raw::Newlines => {
                    self.newlines(self.raw.slice(), span.start);
                    continue;
                }
                Raw::Backslash => {
                    let skip = continuation(self.raw.remainder(), span.end)?;
                    self.raw.bump(skip);
                    continue;
                }
                Raw::Comment => continue,
                _ => {}
            }
            let first = !self.line_has_tokens;
            self.start_token(span.start)?;
            let tok = match kind {
                Raw::Name => self.name(self.raw.slice()),
                Raw::Number => {
                    let (end, tok) = self.number(span.start)?;
                    self.raw.bump(end.saturating_sub(span.end));
                    tok
                }
                Raw::StrStart => {
                    let (end, tok) = self.string(span.start, self.raw.slice())?;
                    self.raw.bump(end.saturating_sub(span.end));
                    tok
                }
                Raw::Open(c) => self.open(c, span.start)?,
                Raw::Close(c) => self.close(c, span.start)?,
                Raw::Op(tok) => tok,
                Raw::Newlines | Raw::Backslash | Raw::Comment => continue,
            };
            let span = self.raw.span();
            if first {
                if self.toks.len() >= min && self.ends_statement(&tok) {
                    let chunk = std::mem::replace(&mut self.toks, std::mem::take(&mut self.spare));
                    // the next chunk starts with this token
                    self.toks.push((span.start, tok, span.end));
                    self.decorator_line = matches!(self.toks[0].1, Tok::At);
                    return Ok(Some(chunk));
                }
                self.decorator_line = matches!(tok, Tok::At);
            }
            self.toks.push((span.start, tok, span.end));
        }
        self.done = true;
        self.finish().map(Some)
    }

    /// A keyword, or a name token sharing the file's one `Ident` for `s`.
    fn name(&mut self, s: &'s str) -> Tok {
        if let Some(k) = keyword(s) {
            return k;
        }
        let n = self.names.entry(s).or_insert_with(|| Ident::from(s));
        Tok::Name(n.clone())
    }

    /// Whether a chunk may end before `tok`, the first token of a line: the line is at the
    /// top level and starts a statement of its own (not `else`, `elif`, `except` or
    /// `finally`, not what a decorator decorates), and the line before ended a statement (it
    /// did not end with the `:` of a header still waiting for its block).
    fn ends_statement(&self, tok: &Tok) -> bool {
        let ended = match self.toks.as_slice() {
            [.., (_, Tok::Dedent, _)] => true,
            [.., (_, prev, _), (_, Tok::Newline, _)] => *prev != Tok::Colon,
            _ => false,
        };
        ended
            && self.indents.len() == 1
            && !self.decorator_line
            && !matches!(tok, Tok::Else | Tok::Elif | Tok::Except | Tok::Finally)
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
        let seen = std::mem::replace(&mut self.seen_token, true);
        let (col, alt) = self.line_indent;
        let (top, top_alt) = self.indents.last().copied().unwrap_or((0, 0));
        if col == top {
            if alt != top_alt {
                return Err(tab_error(pos));
            }
        } else if col > top {
            if !seen {
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

    fn finish(&mut self) -> Result<Vec<Spanned>, LexError> {
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
        Ok(std::mem::take(&mut self.toks))
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
            NumKind::Float => Tok::Float(parse_float(text)),
            NumKind::Imaginary => Tok::Imag(parse_float(&text[..text.len() - 1])),
        };
        Ok((end, tok))
    }

    /// Scans the string literal whose prefix and opening quote(s) are `head` at `start`;
    /// returns the end of the literal and its token.
    fn string(&self, start: usize, head: &str) -> Result<(usize, Tok), LexError> {
        let quote = head.as_bytes()[head.len() - 1];
        let qlen = if head.ends_with("'''") || head.ends_with("\"\"\"") {
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

/// A backslash at `pos` (just past it, `rest` follows) must end its line; returns the
/// number of line-break bytes to skip.
fn continuation(rest: &str, pos: usize) -> Result<usize, LexError> {
    let skip = if rest.starts_with("\r\n") {
        2
    } else if rest.starts_with(['\n', '\r']) {
        1
    } else if rest.is_empty() {
        return Err(syntax("unexpected EOF while parsing", pos));
    } else {
        return Err(syntax(
            "unexpected character after line continuation character",
            pos,
        ));
    };
    if rest.len() == skip {
        return Err(syntax("unexpected EOF while parsing", pos));
    }
    Ok(skip)
}

/// The keyword spelled `s`, or None for a name.
fn keyword(s: &str) -> Option<Tok> {
    Some(match s {
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
        _ => return None,
    })
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
        if !keyword && c.is_some_and(|c| c.is_ascii()) && is_ident_byte(c) {
            self.backup(c);
            return Err(self.error(format!("invalid {kind} literal")));
        }
        Ok(())
    }
}

/// Parses validated digits (underscores allowed) in the given radix.
/// The value of a float literal's text (its underscores are between digits).
fn parse_float(text: &str) -> f64 {
    let value = if text.contains('_') {
        text.replace('_', "").parse::<f64>()
    } else {
        text.parse::<f64>()
    };
    value.unwrap_or(f64::NAN)
}

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
    body.char_indices()
        .take_while(|&(j, _)| j < i)
        .map(|(_, c)| if c.is_ascii() { 1 } else { 10 })
        .sum()
}

fn unicode_error(body: &str, start: usize, end: usize, what: &str) -> String {
    let (a, b) = (escape_pos(body, start), escape_pos(body, end));
    format!("(unicode error) 'unicodeescape' codec can't decode bytes in position {a}-{b}: {what}")
}

/// Up to `max` hex digits at `i`, as (value, count).
pub(crate) fn hex_digits(b: &[u8], i: usize, max: usize) -> (u32, usize) {
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
pub(crate) fn octal_digits(b: &[u8], i: usize) -> (u32, usize) {
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
pub(crate) fn simple_escape(c: u8) -> Option<u8> {
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
                match crate::objects::codepoint::from_code_point(v) {
                    Ok(ch) => out.push(ch),
                    Err(crate::objects::codepoint::Unheld::StandIn) => {
                        let why = crate::objects::codepoint::stand_in_message(v);
                        return Err(unicode_error(body, esc, i - 1, &why));
                    }
                    Err(_) => {
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
                            close - 1,
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
pub(crate) fn lookup_char_name(name: &str) -> Option<char> {
    let upper = name.to_ascii_uppercase();
    if let Some(hex) = upper.strip_prefix("CJK UNIFIED IDEOGRAPH-") {
        if !(4..=5).contains(&hex.len()) || !hex.bytes().all(|c| c.is_ascii_hexdigit()) {
            return None;
        }
        let v = u32::from_str_radix(hex, 16).ok()?;
        let cjk = matches!(v, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0x20000..=0x2A6DF);
        return if cjk { char::from_u32(v) } else { None };
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
    SINGLE RIGHT-POINTING ANGLE QUOTATION MARK=203A;LATIN CAPITAL LETTER A WITH MACRON=100;\
    LATIN SMALL LETTER A WITH MACRON=101;LATIN CAPITAL LETTER A WITH BREVE=102;\
    LATIN SMALL LETTER A WITH BREVE=103;LATIN CAPITAL LETTER A WITH OGONEK=104;\
    LATIN SMALL LETTER A WITH OGONEK=105;LATIN CAPITAL LETTER C WITH ACUTE=106;\
    LATIN SMALL LETTER C WITH ACUTE=107;LATIN CAPITAL LETTER C WITH CIRCUMFLEX=108;\
    LATIN SMALL LETTER C WITH CIRCUMFLEX=109;LATIN CAPITAL LETTER C WITH DOT ABOVE=10A;\
    LATIN SMALL LETTER C WITH DOT ABOVE=10B;LATIN CAPITAL LETTER C WITH CARON=10C;\
    LATIN SMALL LETTER C WITH CARON=10D;LATIN CAPITAL LETTER D WITH CARON=10E;\
    LATIN SMALL LETTER D WITH CARON=10F;LATIN CAPITAL LETTER D WITH STROKE=110;\
    LATIN SMALL LETTER D WITH STROKE=111;LATIN CAPITAL LETTER E WITH MACRON=112;\
    LATIN SMALL LETTER E WITH MACRON=113;LATIN CAPITAL LETTER E WITH BREVE=114;\
    LATIN SMALL LETTER E WITH BREVE=115;LATIN CAPITAL LETTER E WITH DOT ABOVE=116;\
    LATIN SMALL LETTER E WITH DOT ABOVE=117;LATIN CAPITAL LETTER E WITH OGONEK=118;\
    LATIN SMALL LETTER E WITH OGONEK=119;LATIN CAPITAL LETTER E WITH CARON=11A;\
    LATIN SMALL LETTER E WITH CARON=11B;LATIN CAPITAL LETTER G WITH CIRCUMFLEX=11C;\
    LATIN SMALL LETTER G WITH CIRCUMFLEX=11D;LATIN CAPITAL LETTER G WITH BREVE=11E;\
    LATIN SMALL LETTER G WITH BREVE=11F;LATIN CAPITAL LETTER G WITH DOT ABOVE=120;\
    LATIN SMALL LETTER G WITH DOT ABOVE=121;LATIN CAPITAL LETTER G WITH CEDILLA=122;\
    LATIN SMALL LETTER G WITH CEDILLA=123;LATIN CAPITAL LETTER H WITH CIRCUMFLEX=124;\
    LATIN SMALL LETTER H WITH CIRCUMFLEX=125;LATIN CAPITAL LETTER H WITH STROKE=126;\
    LATIN SMALL LETTER H WITH STROKE=127;LATIN CAPITAL LETTER I WITH TILDE=128;\
    LATIN SMALL LETTER I WITH TILDE=129;LATIN CAPITAL LETTER I WITH MACRON=12A;\
    LATIN SMALL LETTER I WITH MACRON=12B;LATIN CAPITAL LETTER I WITH BREVE=12C;\
    LATIN SMALL LETTER I WITH BREVE=12D;LATIN CAPITAL LETTER I WITH OGONEK=12E;\
    LATIN SMALL LETTER I WITH OGONEK=12F;LATIN CAPITAL LETTER I WITH DOT ABOVE=130;\
    LATIN SMALL LETTER DOTLESS I=131;LATIN CAPITAL LIGATURE IJ=132;\
    LATIN SMALL LIGATURE IJ=133;LATIN CAPITAL LETTER J WITH CIRCUMFLEX=134;\
    LATIN SMALL LETTER J WITH CIRCUMFLEX=135;LATIN CAPITAL LETTER K WITH CEDILLA=136;\
    LATIN SMALL LETTER K WITH CEDILLA=137;LATIN SMALL LETTER KRA=138;\
    LATIN CAPITAL LETTER L WITH ACUTE=139;LATIN SMALL LETTER L WITH ACUTE=13A;\
    LATIN CAPITAL LETTER L WITH CEDILLA=13B;LATIN SMALL LETTER L WITH CEDILLA=13C;\
    LATIN CAPITAL LETTER L WITH CARON=13D;LATIN SMALL LETTER L WITH CARON=13E;\
    LATIN CAPITAL LETTER L WITH MIDDLE DOT=13F;LATIN SMALL LETTER L WITH MIDDLE DOT=140;\
    LATIN CAPITAL LETTER L WITH STROKE=141;LATIN SMALL LETTER L WITH STROKE=142;\
    LATIN CAPITAL LETTER N WITH ACUTE=143;LATIN SMALL LETTER N WITH ACUTE=144;\
    LATIN CAPITAL LETTER N WITH CEDILLA=145;LATIN SMALL LETTER N WITH CEDILLA=146;\
    LATIN CAPITAL LETTER N WITH CARON=147;LATIN SMALL LETTER N WITH CARON=148;\
    LATIN SMALL LETTER N PRECEDED BY APOSTROPHE=149;LATIN CAPITAL LETTER ENG=14A;\
    LATIN SMALL LETTER ENG=14B;LATIN CAPITAL LETTER O WITH MACRON=14C;\
    LATIN SMALL LETTER O WITH MACRON=14D;LATIN CAPITAL LETTER O WITH BREVE=14E;\
    LATIN SMALL LETTER O WITH BREVE=14F;LATIN CAPITAL LETTER O WITH DOUBLE ACUTE=150;\
    LATIN SMALL LETTER O WITH DOUBLE ACUTE=151;LATIN CAPITAL LIGATURE OE=152;\
    LATIN SMALL LIGATURE OE=153;LATIN CAPITAL LETTER R WITH ACUTE=154;\
    LATIN SMALL LETTER R WITH ACUTE=155;LATIN CAPITAL LETTER R WITH CEDILLA=156;\
    LATIN SMALL LETTER R WITH CEDILLA=157;LATIN CAPITAL LETTER R WITH CARON=158;\
    LATIN SMALL LETTER R WITH CARON=159;LATIN CAPITAL LETTER S WITH ACUTE=15A;\
    LATIN SMALL LETTER S WITH ACUTE=15B;LATIN CAPITAL LETTER S WITH CIRCUMFLEX=15C;\
    LATIN SMALL LETTER S WITH CIRCUMFLEX=15D;LATIN CAPITAL LETTER S WITH CEDILLA=15E;\
    LATIN SMALL LETTER S WITH CEDILLA=15F;LATIN CAPITAL LETTER S WITH CARON=160;\
    LATIN SMALL LETTER S WITH CARON=161;LATIN CAPITAL LETTER T WITH CEDILLA=162;\
    LATIN SMALL LETTER T WITH CEDILLA=163;LATIN CAPITAL LETTER T WITH CARON=164;\
    LATIN SMALL LETTER T WITH CARON=165;LATIN CAPITAL LETTER T WITH STROKE=166;\
    LATIN SMALL LETTER T WITH STROKE=167;LATIN CAPITAL LETTER U WITH TILDE=168;\
    LATIN SMALL LETTER U WITH TILDE=169;LATIN CAPITAL LETTER U WITH MACRON=16A;\
    LATIN SMALL LETTER U WITH MACRON=16B;LATIN CAPITAL LETTER U WITH BREVE=16C;\
    LATIN SMALL LETTER U WITH BREVE=16D;LATIN CAPITAL LETTER U WITH RING ABOVE=16E;\
    LATIN SMALL LETTER U WITH RING ABOVE=16F;LATIN CAPITAL LETTER U WITH DOUBLE ACUTE=170;\
    LATIN SMALL LETTER U WITH DOUBLE ACUTE=171;LATIN CAPITAL LETTER U WITH OGONEK=172;\
    LATIN SMALL LETTER U WITH OGONEK=173;LATIN CAPITAL LETTER W WITH CIRCUMFLEX=174;\
    LATIN SMALL LETTER W WITH CIRCUMFLEX=175;LATIN CAPITAL LETTER Y WITH CIRCUMFLEX=176;\
    LATIN SMALL LETTER Y WITH CIRCUMFLEX=177;LATIN CAPITAL LETTER Y WITH DIAERESIS=178;\
    LATIN CAPITAL LETTER Z WITH ACUTE=179;LATIN SMALL LETTER Z WITH ACUTE=17A;\
    LATIN CAPITAL LETTER Z WITH DOT ABOVE=17B;LATIN SMALL LETTER Z WITH DOT ABOVE=17C;\
    LATIN CAPITAL LETTER Z WITH CARON=17D;LATIN SMALL LETTER Z WITH CARON=17E;\
    LATIN SMALL LETTER LONG S=17F;COMBINING GRAVE ACCENT=300;COMBINING ACUTE ACCENT=301;\
    COMBINING CIRCUMFLEX ACCENT=302;COMBINING TILDE=303;COMBINING MACRON=304;\
    COMBINING OVERLINE=305;COMBINING BREVE=306;COMBINING DOT ABOVE=307;\
    COMBINING DIAERESIS=308;COMBINING HOOK ABOVE=309;COMBINING RING ABOVE=30A;\
    COMBINING DOUBLE ACUTE ACCENT=30B;COMBINING CARON=30C;COMBINING VERTICAL LINE ABOVE=30D;\
    COMBINING DOUBLE VERTICAL LINE ABOVE=30E;COMBINING DOUBLE GRAVE ACCENT=30F;\
    COMBINING CANDRABINDU=310;COMBINING INVERTED BREVE=311;COMBINING TURNED COMMA ABOVE=312;\
    COMBINING COMMA ABOVE=313;COMBINING REVERSED COMMA ABOVE=314;\
    COMBINING COMMA ABOVE RIGHT=315;COMBINING GRAVE ACCENT BELOW=316;\
    COMBINING ACUTE ACCENT BELOW=317;COMBINING LEFT TACK BELOW=318;\
    COMBINING RIGHT TACK BELOW=319;COMBINING LEFT ANGLE ABOVE=31A;COMBINING HORN=31B;\
    COMBINING LEFT HALF RING BELOW=31C;COMBINING UP TACK BELOW=31D;\
    COMBINING DOWN TACK BELOW=31E;COMBINING PLUS SIGN BELOW=31F;\
    COMBINING MINUS SIGN BELOW=320;COMBINING PALATALIZED HOOK BELOW=321;\
    COMBINING RETROFLEX HOOK BELOW=322;COMBINING DOT BELOW=323;\
    COMBINING DIAERESIS BELOW=324;COMBINING RING BELOW=325;COMBINING COMMA BELOW=326;\
    COMBINING CEDILLA=327;COMBINING OGONEK=328;COMBINING VERTICAL LINE BELOW=329;\
    COMBINING BRIDGE BELOW=32A;COMBINING INVERTED DOUBLE ARCH BELOW=32B;\
    COMBINING CARON BELOW=32C;COMBINING CIRCUMFLEX ACCENT BELOW=32D;\
    COMBINING BREVE BELOW=32E;COMBINING INVERTED BREVE BELOW=32F;COMBINING TILDE BELOW=330;\
    COMBINING MACRON BELOW=331;COMBINING LOW LINE=332;COMBINING DOUBLE LOW LINE=333;\
    COMBINING TILDE OVERLAY=334;COMBINING SHORT STROKE OVERLAY=335;\
    COMBINING LONG STROKE OVERLAY=336;COMBINING SHORT SOLIDUS OVERLAY=337;\
    COMBINING LONG SOLIDUS OVERLAY=338;COMBINING RIGHT HALF RING BELOW=339;\
    COMBINING INVERTED BRIDGE BELOW=33A;COMBINING SQUARE BELOW=33B;\
    COMBINING SEAGULL BELOW=33C;COMBINING X ABOVE=33D;COMBINING VERTICAL TILDE=33E;\
    COMBINING DOUBLE OVERLINE=33F;COMBINING GRAVE TONE MARK=340;\
    COMBINING ACUTE TONE MARK=341;COMBINING GREEK PERISPOMENI=342;\
    COMBINING GREEK KORONIS=343;COMBINING GREEK DIALYTIKA TONOS=344;\
    COMBINING GREEK YPOGEGRAMMENI=345;COMBINING BRIDGE ABOVE=346;\
    COMBINING EQUALS SIGN BELOW=347;COMBINING DOUBLE VERTICAL LINE BELOW=348;\
    COMBINING LEFT ANGLE BELOW=349;COMBINING NOT TILDE ABOVE=34A;\
    COMBINING HOMOTHETIC ABOVE=34B;COMBINING ALMOST EQUAL TO ABOVE=34C;\
    COMBINING LEFT RIGHT ARROW BELOW=34D;COMBINING UPWARDS ARROW BELOW=34E;\
    COMBINING GRAPHEME JOINER=34F;COMBINING RIGHT ARROWHEAD ABOVE=350;\
    COMBINING LEFT HALF RING ABOVE=351;COMBINING FERMATA=352;COMBINING X BELOW=353;\
    COMBINING LEFT ARROWHEAD BELOW=354;COMBINING RIGHT ARROWHEAD BELOW=355;\
    COMBINING RIGHT ARROWHEAD AND UP ARROWHEAD BELOW=356;\
    COMBINING RIGHT HALF RING ABOVE=357;COMBINING DOT ABOVE RIGHT=358;\
    COMBINING ASTERISK BELOW=359;COMBINING DOUBLE RING BELOW=35A;COMBINING ZIGZAG ABOVE=35B;\
    COMBINING DOUBLE BREVE BELOW=35C;COMBINING DOUBLE BREVE=35D;COMBINING DOUBLE MACRON=35E;\
    COMBINING DOUBLE MACRON BELOW=35F;COMBINING DOUBLE TILDE=360;\
    COMBINING DOUBLE INVERTED BREVE=361;COMBINING DOUBLE RIGHTWARDS ARROW BELOW=362;\
    COMBINING LATIN SMALL LETTER A=363;COMBINING LATIN SMALL LETTER E=364;\
    COMBINING LATIN SMALL LETTER I=365;COMBINING LATIN SMALL LETTER O=366;\
    COMBINING LATIN SMALL LETTER U=367;COMBINING LATIN SMALL LETTER C=368;\
    COMBINING LATIN SMALL LETTER D=369;COMBINING LATIN SMALL LETTER H=36A;\
    COMBINING LATIN SMALL LETTER M=36B;COMBINING LATIN SMALL LETTER R=36C;\
    COMBINING LATIN SMALL LETTER T=36D;COMBINING LATIN SMALL LETTER V=36E;\
    COMBINING LATIN SMALL LETTER X=36F;CYRILLIC CAPITAL LETTER IE WITH GRAVE=400;\
    CYRILLIC CAPITAL LETTER IO=401;CYRILLIC CAPITAL LETTER DJE=402;\
    CYRILLIC CAPITAL LETTER GJE=403;CYRILLIC CAPITAL LETTER UKRAINIAN IE=404;\
    CYRILLIC CAPITAL LETTER DZE=405;CYRILLIC CAPITAL LETTER BYELORUSSIAN-UKRAINIAN I=406;\
    CYRILLIC CAPITAL LETTER YI=407;CYRILLIC CAPITAL LETTER JE=408;\
    CYRILLIC CAPITAL LETTER LJE=409;CYRILLIC CAPITAL LETTER NJE=40A;\
    CYRILLIC CAPITAL LETTER TSHE=40B;CYRILLIC CAPITAL LETTER KJE=40C;\
    CYRILLIC CAPITAL LETTER I WITH GRAVE=40D;CYRILLIC CAPITAL LETTER SHORT U=40E;\
    CYRILLIC CAPITAL LETTER DZHE=40F;CYRILLIC CAPITAL LETTER A=410;\
    CYRILLIC CAPITAL LETTER BE=411;CYRILLIC CAPITAL LETTER VE=412;\
    CYRILLIC CAPITAL LETTER GHE=413;CYRILLIC CAPITAL LETTER DE=414;\
    CYRILLIC CAPITAL LETTER IE=415;CYRILLIC CAPITAL LETTER ZHE=416;\
    CYRILLIC CAPITAL LETTER ZE=417;CYRILLIC CAPITAL LETTER I=418;\
    CYRILLIC CAPITAL LETTER SHORT I=419;CYRILLIC CAPITAL LETTER KA=41A;\
    CYRILLIC CAPITAL LETTER EL=41B;CYRILLIC CAPITAL LETTER EM=41C;\
    CYRILLIC CAPITAL LETTER EN=41D;CYRILLIC CAPITAL LETTER O=41E;\
    CYRILLIC CAPITAL LETTER PE=41F;CYRILLIC CAPITAL LETTER ER=420;\
    CYRILLIC CAPITAL LETTER ES=421;CYRILLIC CAPITAL LETTER TE=422;\
    CYRILLIC CAPITAL LETTER U=423;CYRILLIC CAPITAL LETTER EF=424;\
    CYRILLIC CAPITAL LETTER HA=425;CYRILLIC CAPITAL LETTER TSE=426;\
    CYRILLIC CAPITAL LETTER CHE=427;CYRILLIC CAPITAL LETTER SHA=428;\
    CYRILLIC CAPITAL LETTER SHCHA=429;CYRILLIC CAPITAL LETTER HARD SIGN=42A;\
    CYRILLIC CAPITAL LETTER YERU=42B;CYRILLIC CAPITAL LETTER SOFT SIGN=42C;\
    CYRILLIC CAPITAL LETTER E=42D;CYRILLIC CAPITAL LETTER YU=42E;\
    CYRILLIC CAPITAL LETTER YA=42F;CYRILLIC SMALL LETTER A=430;CYRILLIC SMALL LETTER BE=431;\
    CYRILLIC SMALL LETTER VE=432;CYRILLIC SMALL LETTER GHE=433;CYRILLIC SMALL LETTER DE=434;\
    CYRILLIC SMALL LETTER IE=435;CYRILLIC SMALL LETTER ZHE=436;CYRILLIC SMALL LETTER ZE=437;\
    CYRILLIC SMALL LETTER I=438;CYRILLIC SMALL LETTER SHORT I=439;\
    CYRILLIC SMALL LETTER KA=43A;CYRILLIC SMALL LETTER EL=43B;CYRILLIC SMALL LETTER EM=43C;\
    CYRILLIC SMALL LETTER EN=43D;CYRILLIC SMALL LETTER O=43E;CYRILLIC SMALL LETTER PE=43F;\
    CYRILLIC SMALL LETTER ER=440;CYRILLIC SMALL LETTER ES=441;CYRILLIC SMALL LETTER TE=442;\
    CYRILLIC SMALL LETTER U=443;CYRILLIC SMALL LETTER EF=444;CYRILLIC SMALL LETTER HA=445;\
    CYRILLIC SMALL LETTER TSE=446;CYRILLIC SMALL LETTER CHE=447;\
    CYRILLIC SMALL LETTER SHA=448;CYRILLIC SMALL LETTER SHCHA=449;\
    CYRILLIC SMALL LETTER HARD SIGN=44A;CYRILLIC SMALL LETTER YERU=44B;\
    CYRILLIC SMALL LETTER SOFT SIGN=44C;CYRILLIC SMALL LETTER E=44D;\
    CYRILLIC SMALL LETTER YU=44E;CYRILLIC SMALL LETTER YA=44F;\
    CYRILLIC SMALL LETTER IE WITH GRAVE=450;CYRILLIC SMALL LETTER IO=451;\
    CYRILLIC SMALL LETTER DJE=452;CYRILLIC SMALL LETTER GJE=453;\
    CYRILLIC SMALL LETTER UKRAINIAN IE=454;CYRILLIC SMALL LETTER DZE=455;\
    CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I=456;CYRILLIC SMALL LETTER YI=457;\
    CYRILLIC SMALL LETTER JE=458;CYRILLIC SMALL LETTER LJE=459;\
    CYRILLIC SMALL LETTER NJE=45A;CYRILLIC SMALL LETTER TSHE=45B;\
    CYRILLIC SMALL LETTER KJE=45C;CYRILLIC SMALL LETTER I WITH GRAVE=45D;\
    CYRILLIC SMALL LETTER SHORT U=45E;CYRILLIC SMALL LETTER DZHE=45F;EN QUAD=2000;\
    EM QUAD=2001;EN SPACE=2002;EM SPACE=2003;THREE-PER-EM SPACE=2004;FOUR-PER-EM SPACE=2005;\
    SIX-PER-EM SPACE=2006;FIGURE SPACE=2007;PUNCTUATION SPACE=2008;THIN SPACE=2009;\
    HAIR SPACE=200A;NARROW NO-BREAK SPACE=202F;MEDIUM MATHEMATICAL SPACE=205F;\
    IDEOGRAPHIC SPACE=3000;LATIN SMALL LIGATURE FF=FB00;LATIN SMALL LIGATURE FI=FB01;\
    LATIN SMALL LIGATURE FL=FB02;LATIN SMALL LIGATURE FFI=FB03;\
    LATIN SMALL LIGATURE FFL=FB04;LATIN SMALL LIGATURE LONG S T=FB05;\
    LATIN SMALL LIGATURE ST=FB06;DOUBLE-STRUCK CAPITAL C=2102;PLANCK CONSTANT=210E;\
    PLANCK CONSTANT OVER TWO PI=210F;DOUBLE-STRUCK CAPITAL N=2115;\
    DOUBLE-STRUCK CAPITAL Q=211A;DOUBLE-STRUCK CAPITAL R=211D;DOUBLE-STRUCK CAPITAL Z=2124;\
    KELVIN SIGN=212A;ANGSTROM SIGN=212B;ALEF SYMBOL=2135;EURO SIGN=20AC;\
    INDIAN RUPEE SIGN=20B9;BITCOIN SIGN=20BF;TRADE MARK SIGN=2122;LEFTWARDS ARROW=2190;\
    UPWARDS ARROW=2191;RIGHTWARDS ARROW=2192;DOWNWARDS ARROW=2193;LEFT RIGHT ARROW=2194;\
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

#[cfg(test)]
mod tests {
    use super::*;
    // Every variant but `None`, which would shadow `Option::None`.
    use Tok::{
        Amper, AmperEq, And, Arrow, As, Assert, Async, At, AtEq, Await, Break, Bytes, Caret,
        CaretEq, Class, Colon, Comma, Continue, Dedent, Def, Del, Dot, DoubleSlash, DoubleSlashEq,
        DoubleStar, DoubleStarEq, Elif, Ellipsis, Else, EqEq, Equal, Except, FString, False,
        Finally, Float, For, From, Ge, Global, Gt, If, Imag, Import, In, Indent, Int, Is, LBrace,
        LPar, LShift, LShiftEq, LSqb, Lambda, Le, Lt, Minus, MinusEq, Name, Newline, Nonlocal, Not,
        NotEq, Or, Pass, Percent, PercentEq, Pipe, PipeEq, Plus, PlusEq, RBrace, RPar, RShift,
        RShiftEq, RSqb, Raise, Return, Semi, Slash, SlashEq, Star, StarEq, Str, Tilde, True, Try,
        Walrus, While, With, Yield,
    };

    fn toks(src: &str) -> Vec<Tok> {
        match lex(src) {
            Ok(v) => v.into_iter().map(|(_, t, _)| t).collect(),
            Err(e) => panic!("lex({src:?}) failed: {e:?}"),
        }
    }

    fn spans(src: &str) -> Vec<(usize, Tok, usize)> {
        lex(src).unwrap()
    }

    fn err(src: &str) -> LexError {
        match lex(src) {
            Ok(v) => panic!("lex({src:?}) should fail, got {v:?}"),
            Err(e) => e,
        }
    }

    fn msg(src: &str) -> String {
        err(src).msg
    }

    fn n(s: &str) -> Tok {
        Name(s.into())
    }

    fn int(v: i64) -> Tok {
        Int(BigInt::from(v))
    }

    fn s(v: &str) -> Tok {
        Str(v.into())
    }

    /// The value of a source consisting of a single literal.
    fn one(src: &str) -> Tok {
        let mut t = toks(src);
        assert_eq!(t.len(), 2, "{src:?} gave {t:?}");
        assert_eq!(t[1], Newline);
        t.swap_remove(0)
    }

    fn fparts(src: &str) -> Vec<FPart> {
        match one(src) {
            FString(p) => p,
            other => panic!("not an f-string: {other:?}"),
        }
    }

    fn lit(v: &str) -> FPart {
        FPart::Lit(v.into())
    }

    fn expr(code: &str, offset: usize) -> FPart {
        FPart::Expr {
            code: code.into(),
            offset,
            self_doc: None,
            conversion: None,
            spec: None,
        }
    }

    // ----- lines and indentation -----

    #[test]
    fn simple_line_with_spans() {
        assert_eq!(
            spans("x = 1\n"),
            vec![
                (0, n("x"), 1),
                (2, Equal, 3),
                (4, int(1), 5),
                (5, Newline, 6)
            ]
        );
    }

    #[test]
    fn empty_and_blank_sources() {
        assert_eq!(toks(""), vec![]);
        assert_eq!(toks("\n\n  \n"), vec![]);
        assert_eq!(toks("# only a comment"), vec![]);
        assert_eq!(toks("  # indented comment\n\t\n"), vec![]);
    }

    #[test]
    fn nested_blocks_and_multi_level_dedent() {
        let src = "if a:\n    if b:\n        c\nd\n";
        assert_eq!(
            toks(src),
            vec![
                If,
                n("a"),
                Colon,
                Newline,
                Indent,
                If,
                n("b"),
                Colon,
                Newline,
                Indent,
                n("c"),
                Newline,
                Dedent,
                Dedent,
                n("d"),
                Newline
            ]
        );
        // Indent and Dedent are zero-width at the first token of their line.
        let sp = spans(src);
        assert_eq!(sp[4], (10, Indent, 10));
        assert_eq!(sp[12], (26, Dedent, 26));
        assert_eq!(sp[13], (26, Dedent, 26));
    }

    #[test]
    fn dedent_to_middle_level() {
        let src = "a:\n  b:\n    c\n  d\ne\n";
        assert_eq!(
            toks(src),
            vec![
                n("a"),
                Colon,
                Newline,
                Indent,
                n("b"),
                Colon,
                Newline,
                Indent,
                n("c"),
                Newline,
                Dedent,
                n("d"),
                Newline,
                Dedent,
                n("e"),
                Newline
            ]
        );
    }

    #[test]
    fn blank_and_comment_lines_inside_blocks() {
        let src = "if a:\n    b\n\n# flush left\n        # deep\n  \n    c\nd\n";
        assert_eq!(
            toks(src),
            vec![
                If,
                n("a"),
                Colon,
                Newline,
                Indent,
                n("b"),
                Newline,
                n("c"),
                Newline,
                Dedent,
                n("d"),
                Newline
            ]
        );
    }

    #[test]
    fn newline_span_is_at_line_end_even_before_blank_lines() {
        let sp = spans("a  # c\n\n\nb");
        assert_eq!(sp[1], (6, Newline, 7));
        assert_eq!(sp[2], (9, n("b"), 10));
        assert_eq!(sp[3], (10, Newline, 10));
    }

    #[test]
    fn lines_inside_brackets_are_joined() {
        let src = "x = (1,\n  2,\n# note\n      3)\ny = [\n]\n";
        assert_eq!(
            toks(src),
            vec![
                n("x"),
                Equal,
                LPar,
                int(1),
                Comma,
                int(2),
                Comma,
                int(3),
                RPar,
                Newline,
                n("y"),
                Equal,
                LSqb,
                RSqb,
                Newline
            ]
        );
        // Indentation inside brackets does not matter, even in a block.
        let src = "if a:\n    f(1,\n2)\n    g\n";
        assert_eq!(
            toks(src),
            vec![
                If,
                n("a"),
                Colon,
                Newline,
                Indent,
                n("f"),
                LPar,
                int(1),
                Comma,
                int(2),
                RPar,
                Newline,
                n("g"),
                Newline,
                Dedent
            ]
        );
    }

    #[test]
    fn backslash_continuation() {
        assert_eq!(
            toks("x = 1 + \\\n    2\n"),
            vec![n("x"), Equal, int(1), Plus, int(2), Newline]
        );
        assert_eq!(toks("x = \\\r\n1"), vec![n("x"), Equal, int(1), Newline]);
        // A continued line keeps the indentation of its first line.
        assert_eq!(
            toks("if a:\n    b = \\\nc\n    d\n"),
            vec![
                If,
                n("a"),
                Colon,
                Newline,
                Indent,
                n("b"),
                Equal,
                n("c"),
                Newline,
                n("d"),
                Newline,
                Dedent
            ]
        );
        assert_eq!(toks("\\\nx"), vec![n("x"), Newline]);
    }

    #[test]
    fn backslash_errors() {
        let e = err("x = 1 \\ y");
        assert_eq!(
            e.msg,
            "unexpected character after line continuation character"
        );
        assert_eq!(e.offset, 7);
        assert_eq!(msg("x = 1 \\"), "unexpected EOF while parsing");
        assert_eq!(msg("x = 1 \\\n"), "unexpected EOF while parsing");
    }

    #[test]
    fn tabs_count_to_next_multiple_of_eight() {
        // Tab then 8 spaces would be inconsistent; a tab at both levels is fine.
        assert_eq!(
            toks("if a:\n\tb\n\tc\n"),
            vec![
                If,
                n("a"),
                Colon,
                Newline,
                Indent,
                n("b"),
                Newline,
                n("c"),
                Newline,
                Dedent
            ]
        );
        assert_eq!(
            toks("if a:\n\tif b:\n\t\tc\n\td\n"),
            vec![
                If,
                n("a"),
                Colon,
                Newline,
                Indent,
                If,
                n("b"),
                Colon,
                Newline,
                Indent,
                n("c"),
                Newline,
                Dedent,
                n("d"),
                Newline,
                Dedent
            ]
        );
        // Both lines are 8 columns wide with 8-column tabs, but not with 1-column tabs.
        let e = err("if a:\n  \tb\n\tc\n");
        assert_eq!(e.kind, ErrorKind::Tab);
        assert_eq!(e.msg, "inconsistent use of tabs and spaces in indentation");
    }

    #[test]
    fn tab_and_space_mixing_is_a_tab_error() {
        for src in [
            "if 1:\n\tx\n        y",
            "if 1:\n        x\n\ty",
            "if 1:\n \tx\n\t y",
        ] {
            let e = err(src);
            assert_eq!(e.kind, ErrorKind::Tab, "{src:?}");
            assert_eq!(e.offset, src.rfind(['x', 'y']).unwrap());
        }
    }

    #[test]
    fn form_feed_resets_the_column() {
        assert_eq!(
            toks("if a:\n    b\n  \x0c    c\n"),
            vec![
                If,
                n("a"),
                Colon,
                Newline,
                Indent,
                n("b"),
                Newline,
                n("c"),
                Newline,
                Dedent
            ]
        );
        assert_eq!(toks("\x0cx = 1\n"), vec![n("x"), Equal, int(1), Newline]);
    }

    #[test]
    fn eof_without_trailing_newline() {
        let src = "if a:\n  if b:\n    c";
        let sp = spans(src);
        let end = src.len();
        assert_eq!(
            sp[sp.len() - 3..],
            [(end, Newline, end), (end, Dedent, end), (end, Dedent, end)]
        );
        assert_eq!(toks("x"), vec![n("x"), Newline]);
        assert_eq!(toks("x  # trailing"), vec![n("x"), Newline]);
    }

    #[test]
    fn eof_dedents_after_trailing_blank_lines() {
        assert_eq!(
            toks("if a:\n    b\n\n   \n"),
            vec![If, n("a"), Colon, Newline, Indent, n("b"), Newline, Dedent]
        );
    }

    #[test]
    fn windows_line_ends() {
        let src = "if a:\r\n    b\r\n\r\nc\r\n";
        assert_eq!(
            toks(src),
            vec![
                If,
                n("a"),
                Colon,
                Newline,
                Indent,
                n("b"),
                Newline,
                Dedent,
                n("c"),
                Newline
            ]
        );
        assert_eq!(spans(src)[3], (5, Newline, 7));
        // An old-Mac lone \r also ends a line.
        assert_eq!(toks("a\rb\r"), vec![n("a"), Newline, n("b"), Newline]);
    }

    #[test]
    fn inconsistent_dedent() {
        let src = "if 1:\n  x\n y";
        let e = err(src);
        assert_eq!(e.kind, ErrorKind::Indentation);
        assert_eq!(e.msg, "unindent does not match any outer indentation level");
        assert_eq!(e.offset, 11);
    }

    #[test]
    fn unexpected_indent_on_first_line() {
        for src in ["  x = 1", "\tx", "\n  x=1", "# c\n  x=1"] {
            let e = err(src);
            assert_eq!(e.kind, ErrorKind::Indentation, "{src:?}");
            assert_eq!(e.msg, "unexpected indent");
            assert_eq!(e.offset, src.find('x').unwrap());
        }
        // Indented comments before the first statement are fine.
        assert_eq!(toks("   # c\nx"), vec![n("x"), Newline]);
    }

    #[test]
    fn byte_order_mark_is_skipped() {
        assert_eq!(spans("\u{feff}x"), vec![(3, n("x"), 4), (4, Newline, 4)]);
        assert!(msg("x\u{feff}").contains("U+FEFF"));
    }

    fn nested_ifs(levels: usize) -> String {
        let mut src = String::new();
        for i in 0..levels {
            src += &" ".repeat(i);
            src += "if 1:\n";
        }
        src += &" ".repeat(levels);
        src += "pass\n";
        src
    }

    #[test]
    fn indentation_depth_limit() {
        let t = toks(&nested_ifs(99));
        assert_eq!(t.iter().filter(|t| **t == Indent).count(), 99);
        assert_eq!(t.iter().filter(|t| **t == Dedent).count(), 99);
        let e = err(&nested_ifs(100));
        assert_eq!(e.kind, ErrorKind::Indentation);
        assert_eq!(e.msg, "too many levels of indentation");
    }

    #[test]
    fn bracket_depth_limit() {
        let ok = format!("x = {}{}", "(".repeat(200), ")".repeat(200));
        assert_eq!(toks(&ok).len(), 403);
        let bad = format!("x = {}{}", "(".repeat(201), ")".repeat(201));
        let e = err(&bad);
        assert_eq!(e.msg, "too many nested parentheses");
        assert_eq!(e.offset, 4 + 200);
    }

    // ----- brackets -----

    #[test]
    fn bracket_errors() {
        let e = err("x = 1)");
        assert_eq!((e.msg.as_str(), e.offset), ("unmatched ')'", 5));
        assert_eq!(msg("x = }"), "unmatched '}'");
        let e = err("x = (1]");
        assert_eq!(
            (e.msg.as_str(), e.offset),
            (
                "closing parenthesis ']' does not match opening parenthesis '('",
                6
            )
        );
        assert_eq!(
            msg("x = (1,\n2,\n3]"),
            "closing parenthesis ']' does not match opening parenthesis '(' on line 1"
        );
        assert_eq!(
            msg("x = [1,\n(2,\n3]"),
            "closing parenthesis ']' does not match opening parenthesis '(' on line 2"
        );
        let e = err("x = (1\n\n");
        assert_eq!((e.msg.as_str(), e.offset), ("'(' was never closed", 4));
        let e = err("x = [(1,");
        assert_eq!((e.msg.as_str(), e.offset), ("'(' was never closed", 5));
        assert_eq!(msg("{"), "'{' was never closed");
    }

    // ----- names and keywords -----

    #[test]
    fn names_and_keywords() {
        assert_eq!(
            toks("def f(self): return None"),
            vec![
                Def,
                n("f"),
                LPar,
                n("self"),
                RPar,
                Colon,
                Return,
                Tok::None,
                Newline
            ]
        );
        let all = "False None True and as assert async await break class continue def del elif else \
                   except finally for from global if import in is lambda nonlocal not or pass raise \
                   return try while with yield";
        assert_eq!(
            toks(all),
            vec![
                False,
                Tok::None,
                True,
                And,
                As,
                Assert,
                Async,
                Await,
                Break,
                Class,
                Continue,
                Def,
                Del,
                Elif,
                Else,
                Except,
                Finally,
                For,
                From,
                Global,
                If,
                Import,
                In,
                Is,
                Lambda,
                Nonlocal,
                Not,
                Or,
                Pass,
                Raise,
                Return,
                Try,
                While,
                With,
                Yield,
                Newline
            ]
        );
        // Soft keywords and near-keywords are plain names.
        assert_eq!(
            toks("match case type _ print iff None_"),
            vec![
                n("match"),
                n("case"),
                n("type"),
                n("_"),
                n("print"),
                n("iff"),
                n("None_"),
                Newline
            ]
        );
    }

    #[test]
    fn unicode_names() {
        assert_eq!(
            toks("ñame = 日本"),
            vec![n("ñame"), Equal, n("日本"), Newline]
        );
        assert_eq!(toks("_x1 λ"), vec![n("_x1"), n("λ"), Newline]);
        // A combining mark continues a name.
        assert_eq!(toks("e\u{301}"), vec![n("e\u{301}"), Newline]);
        let sp = spans("é.x");
        assert_eq!(sp[0], (0, n("é"), 2));
        assert_eq!(sp[1], (2, Dot, 3));
    }

    // ----- operators -----

    #[test]
    fn all_operators() {
        let src =
            "+ - * ** / // % @ | & ^ ~ << >> := < > <= >= == != ( ) [ ] { } , : . ; = -> ... \
                   += -= *= /= //= %= @= &= |= ^= <<= >>= **=";
        assert_eq!(
            toks(src),
            vec![
                Plus,
                Minus,
                Star,
                DoubleStar,
                Slash,
                DoubleSlash,
                Percent,
                At,
                Pipe,
                Amper,
                Caret,
                Tilde,
                LShift,
                RShift,
                Walrus,
                Lt,
                Gt,
                Le,
                Ge,
                EqEq,
                NotEq,
                LPar,
                RPar,
                LSqb,
                RSqb,
                LBrace,
                RBrace,
                Comma,
                Colon,
                Dot,
                Semi,
                Equal,
                Arrow,
                Ellipsis,
                PlusEq,
                MinusEq,
                StarEq,
                SlashEq,
                DoubleSlashEq,
                PercentEq,
                AtEq,
                AmperEq,
                PipeEq,
                CaretEq,
                LShiftEq,
                RShiftEq,
                DoubleStarEq,
                Newline
            ]
        );
    }

    #[test]
    fn operators_take_the_longest_match() {
        assert_eq!(
            toks("a**=-b"),
            vec![n("a"), DoubleStarEq, Minus, n("b"), Newline]
        );
        assert_eq!(toks("x[...]"), vec![n("x"), LSqb, Ellipsis, RSqb, Newline]);
        assert_eq!(toks("a..b"), vec![n("a"), Dot, Dot, n("b"), Newline]);
        assert_eq!(toks("a.b"), vec![n("a"), Dot, n("b"), Newline]);
        assert_eq!(
            toks("f()->x"),
            vec![n("f"), LPar, RPar, Arrow, n("x"), Newline]
        );
        assert_eq!(toks("<>"), vec![Lt, Gt, Newline]);
    }

    #[test]
    fn stray_punctuation_is_invalid_syntax() {
        for (src, at) in [("a ! b", 2), ("$", 0), ("x?", 1), ("`x`", 0)] {
            let e = err(src);
            assert_eq!(
                (e.msg.as_str(), e.offset),
                ("invalid syntax", at),
                "{src:?}"
            );
        }
    }

    #[test]
    fn invalid_characters() {
        let e = err("x = 5 € 3");
        assert_eq!(
            (e.msg.as_str(), e.offset),
            ("invalid character '€' (U+20AC)", 6)
        );
        assert_eq!(msg("x = ٣"), "invalid character '٣' (U+0663)");
        assert_eq!(msg("a\0b"), "invalid non-printable character U+0000");
        assert_eq!(msg("a\u{1}"), "invalid non-printable character U+0001");
        assert_eq!(msg("a\u{7f}"), "invalid non-printable character U+007F");
        assert_eq!(msg("a\u{a0}b"), "invalid non-printable character U+00A0");
        assert_eq!(msg("a\u{200b}b"), "invalid non-printable character U+200B");
        assert_eq!(msg("a\u{b}b"), "invalid non-printable character U+000B");
    }

    // ----- numbers -----

    #[test]
    fn integers() {
        assert_eq!(one("0"), int(0));
        assert_eq!(one("00"), int(0));
        assert_eq!(one("0_0"), int(0));
        assert_eq!(one("42"), int(42));
        assert_eq!(one("1_000_000"), int(1_000_000));
        assert_eq!(one("0xff"), int(255));
        assert_eq!(one("0XFF"), int(255));
        assert_eq!(one("0x_dead_BEEF"), int(0xdead_beef));
        assert_eq!(one("0o777"), int(0o777));
        assert_eq!(one("0O1_7"), int(0o17));
        assert_eq!(one("0b1010"), int(10));
        assert_eq!(one("0B_1_0"), int(2));
        assert_eq!(one("9223372036854775807"), int(i64::MAX));
        let big = "123456789012345678901234567890";
        assert_eq!(one(big), Int(big.parse::<BigInt>().unwrap()));
        assert_eq!(
            one("0xffff_ffff_ffff_ffff_ffff"),
            Int(BigInt::parse_bytes(b"ffffffffffffffffffff", 16).unwrap())
        );
    }

    #[test]
    fn huge_decimal_literals_are_limited() {
        assert!(matches!(one(&"7".repeat(4300)), Int(_)));
        let e = msg(&"7".repeat(4301));
        assert!(e.starts_with(
            "Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits"
        ));
    }

    #[test]
    fn floats() {
        let cases = [
            ("1.", 1.0),
            (".5", 0.5),
            ("1.5", 1.5),
            ("1e10", 1e10),
            ("1E10", 1e10),
            ("1.5E-3", 1.5e-3),
            ("2.5e+3", 2500.0),
            ("1_0.0_1", 10.01),
            ("1.e5", 1e5),
            ("012.5", 12.5),
            ("012e3", 12e3),
            ("00.5", 0.5),
            ("0e0", 0.0),
            ("1e400", f64::INFINITY),
            ("0.1", 0.1),
            ("2.2250738585072011e-308", 2.225_073_858_507_201e-308),
        ];
        for (src, want) in cases {
            assert_eq!(one(src), Float(want), "{src}");
        }
        assert_eq!(spans(".5.x")[..2], [(0, Float(0.5), 2), (2, Dot, 3)]);
    }

    #[test]
    fn numbers_before_keywords() {
        // `1if x else y` is legal (CPython only warns).
        assert_eq!(
            toks("1if x else 2"),
            vec![int(1), If, n("x"), Else, int(2), Newline]
        );
        assert_eq!(toks("1else"), vec![int(1), Else, Newline]);
        assert_eq!(toks("1.5or 2"), vec![Float(1.5), Or, int(2), Newline]);
        assert_eq!(toks("0x1for"), vec![int(0x1f), Or, Newline]);
        assert_eq!(toks("1é"), vec![int(1), n("é"), Newline]);
    }

    #[test]
    fn number_errors() {
        let cases = [
            ("0x", "invalid hexadecimal literal", 1),
            ("0xg", "invalid hexadecimal literal", 1),
            ("0b", "invalid binary literal", 1),
            ("0b2", "invalid digit '2' in binary literal", 2),
            ("0o8", "invalid digit '8' in octal literal", 2),
            ("0o19", "invalid digit '9' in octal literal", 3),
            ("0b1_", "invalid binary literal", 3),
            ("1_", "invalid decimal literal", 1),
            ("1__0", "invalid decimal literal", 1),
            ("1e", "invalid decimal literal", 0),
            ("1e+", "invalid decimal literal", 2),
            ("1.e", "invalid decimal literal", 1),
            ("1abc", "invalid decimal literal", 0),
            ("1_e5", "invalid decimal literal", 1),
            ("1e5_", "invalid decimal literal", 3),
            ("1.5_", "invalid decimal literal", 3),
            ("1andx", "invalid decimal literal", 0),
            ("012", LEADING_ZEROS, 0),
            ("0_7", LEADING_ZEROS, 0),
            ("x = 0012", LEADING_ZEROS, 4),
        ];
        for (src, want, at) in cases {
            let e = err(src);
            assert_eq!(
                (e.kind, e.msg.as_str(), e.offset),
                (ErrorKind::Syntax, want, at),
                "{src:?}"
            );
        }
    }

    const LEADING_ZEROS: &str =
        "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers";

    #[test]
    fn imaginary_numbers() {
        for (src, want) in [
            ("1j", 1.0),
            ("1.5J", 1.5),
            ("012j", 12.0),
            ("1e3j", 1e3),
            (".5j", 0.5),
            ("1_0j", 10.0),
        ] {
            assert_eq!(one(src), Imag(want), "{src}");
        }
        assert_eq!(toks("x = 2j"), vec![n("x"), Equal, Imag(2.0), Newline]);
    }

    // ----- strings -----

    #[test]
    fn plain_strings() {
        assert_eq!(one("'abc'"), s("abc"));
        assert_eq!(one("\"abc\""), s("abc"));
        assert_eq!(one("''"), s(""));
        assert_eq!(one("'''a'b\"c\n'''"), s("a'b\"c\n"));
        assert_eq!(one("\"\"\"x\"\"y\"\"\""), s("x\"\"y"));
        assert_eq!(one("''''''"), s(""));
        assert_eq!(one("u'x'"), s("x"));
        assert_eq!(one("U\"x\""), s("x"));
        assert_eq!(one("'don\\'t'"), s("don't"));
        assert_eq!(one("'é€😀'"), s("é€😀"));
        assert_eq!(spans("x='ab'")[2], (2, s("ab"), 6));
    }

    #[test]
    fn escapes() {
        assert_eq!(
            one(r#"'\\ \' \" \a \b \f \n \r \t \v'"#),
            s("\\ ' \" \x07 \x08 \x0c \n \r \t \x0b")
        );
        assert_eq!(
            one(r"'\0 \12 \101 \1011 \777 \8'"),
            s("\0 \n A A1 \u{1ff} \\8")
        );
        assert_eq!(
            one(r"'\x41\x7a\xE9'"),
            s("Aze\u{301}".replace("e\u{301}", "é").as_str())
        );
        assert_eq!(one(r"'\u00e9\u20AC \U0001F600'"), s("é€ 😀"));
        assert_eq!(
            one(r"'\N{BULLET}\N{em dash}\N{LATIN SMALL LETTER E WITH ACUTE}'"),
            s("•—é")
        );
        assert_eq!(
            one(r"'\N{GREEK SMALL LETTER ALPHA}\N{CJK UNIFIED IDEOGRAPH-4E00}'"),
            s("α一")
        );
        assert_eq!(one(r"'\d\w \q'"), s("\\d\\w \\q"));
        assert_eq!(one("'a\\\nb'"), s("ab"));
        assert_eq!(one("'a\\\r\nb'"), s("ab"));
        assert_eq!(one("'''a\\\nb'''"), s("ab"));
        assert_eq!(one("'\\é'"), s("\\é"));
    }

    #[test]
    fn raw_strings_keep_backslashes() {
        for prefix in ["r", "R"] {
            assert_eq!(one(&format!(r"{prefix}'\n\d\''")), s(r"\n\d\'"));
        }
        assert_eq!(one(r#"r"\"""#), s(r#"\""#));
        assert_eq!(one("r'a\\\nb'"), s("a\\\nb"));
        assert_eq!(one("r'''a\\\r\nb'''"), s("a\\\nb"));
    }

    #[test]
    fn line_ends_in_strings_become_newlines() {
        assert_eq!(one("'''a\r\nb\rc'''"), s("a\nb\nc"));
        assert_eq!(one("b'''a\r\nb'''"), Bytes(b"a\nb".to_vec()));
    }

    #[test]
    fn bytes() {
        for prefix in ["b", "B", "br", "Br", "bR", "BR", "rb", "rB", "Rb", "RB"] {
            let raw = prefix.to_ascii_lowercase().contains('r');
            let want: &[u8] = if raw { b"\\x41\\n" } else { b"A\n" };
            assert_eq!(
                one(&format!(r"{prefix}'\x41\n'")),
                Bytes(want.to_vec()),
                "{prefix}"
            );
        }
        assert_eq!(one(r"b'\xff\x00\777\0'"), Bytes(vec![0xff, 0, 0xff, 0]));
        assert_eq!(one(r"b'\u1234\N{x}'"), Bytes(br"\u1234\N{x}".to_vec()));
        assert_eq!(one("b''"), Bytes(vec![]));
        let e = err("x = b'é'");
        assert_eq!(
            (e.msg.as_str(), e.offset),
            ("bytes can only contain ASCII literal characters", 4)
        );
    }

    #[test]
    fn adjacent_literals_stay_separate() {
        assert_eq!(
            toks("'a' \"b\" b'c'"),
            vec![s("a"), s("b"), Bytes(b"c".to_vec()), Newline]
        );
        assert_eq!(toks("'a''b'"), vec![s("a"), s("b"), Newline]);
        // A would-be prefix that is not one is a name.
        assert_eq!(toks("ur'x'"), vec![n("ur"), s("x"), Newline]);
        assert_eq!(toks("bf'x'"), vec![n("bf"), s("x"), Newline]);
    }

    #[test]
    fn unterminated_strings() {
        let e = err("x = 'abc");
        assert_eq!(
            (e.msg.as_str(), e.offset),
            ("unterminated string literal (detected at line 1)", 4)
        );
        let e = err("x = b'abc\ny");
        assert_eq!(
            (e.msg.as_str(), e.offset),
            ("unterminated string literal (detected at line 1)", 4)
        );
        assert_eq!(
            msg("\n\nx = 'abc\\\ndef\n"),
            "unterminated string literal (detected at line 4)"
        );
        assert_eq!(
            msg("x = 'a\r\n'"),
            "unterminated string literal (detected at line 1)"
        );
        let e = err("x = 1\ny = \"\"\"abc\nd");
        assert_eq!(
            (e.msg.as_str(), e.offset),
            (
                "unterminated triple-quoted string literal (detected at line 3)",
                10
            )
        );
        assert_eq!(
            msg("x = '''abc\n\n"),
            "unterminated triple-quoted string literal (detected at line 2)"
        );
        assert_eq!(
            msg("''''"),
            "unterminated triple-quoted string literal (detected at line 1)"
        );
        assert_eq!(
            msg("'abc\\'"),
            "unterminated string literal (detected at line 1)"
        );
    }

    #[test]
    fn escape_errors() {
        let unicode = |pos: &str, what: &str| {
            format!("(unicode error) 'unicodeescape' codec can't decode bytes in position {pos}: {what}")
        };
        assert_eq!(msg(r"'\x1'"), unicode("0-2", "truncated \\xXX escape"));
        assert_eq!(msg(r"'ab\xg'"), unicode("2-3", "truncated \\xXX escape"));
        assert_eq!(msg(r"'é\x1'"), unicode("10-12", "truncated \\xXX escape"));
        assert_eq!(msg(r"'\u12'"), unicode("0-3", "truncated \\uXXXX escape"));
        assert_eq!(
            msg(r"'\U1234'"),
            unicode("0-5", "truncated \\UXXXXXXXX escape")
        );
        assert_eq!(
            msg(r"'\U00110000'"),
            unicode("0-9", "illegal Unicode character")
        );
        assert_eq!(
            msg(r"'\N{no such name}'"),
            unicode("0-15", "unknown Unicode character name")
        );
        assert_eq!(
            msg(r"'\N'"),
            unicode("0-1", "malformed \\N character escape")
        );
        assert_eq!(
            msg(r"'\N{'"),
            unicode("0-2", "malformed \\N character escape")
        );
        assert_eq!(
            msg(r"'\N{}'"),
            unicode("0-2", "malformed \\N character escape")
        );
        assert_eq!(
            msg(r"'\U0010f000'"),
            unicode(
                "0-9",
                "code point U+10F000 cannot be held: Gilt uses U+10F000-U+10F7FF for lone surrogates"
            )
        );
        assert_eq!(
            msg(r"b'\x1'"),
            "(value error) invalid \\x escape at position 0"
        );
        assert_eq!(
            msg(r"b'ab\x'"),
            "(value error) invalid \\x escape at position 2"
        );
        assert_eq!(err(r"x = '\x'").offset, 4);
    }

    // ----- f-strings -----

    #[test]
    fn fstring_basic_parts() {
        assert_eq!(fparts("f''"), vec![]);
        assert_eq!(fparts("f'plain'"), vec![lit("plain")]);
        assert_eq!(fparts("f'a{x}b'"), vec![lit("a"), expr("x", 4), lit("b")]);
        assert_eq!(fparts("F\"{x}{y}\""), vec![expr("x", 3), expr("y", 6)]);
        assert_eq!(fparts("f'{{x}} {{'"), vec![lit("{x} {")]);
        assert_eq!(fparts("f'{{{x}}}'"), vec![lit("{"), expr("x", 5), lit("}")]);
        assert_eq!(fparts("f'{ x + 1 }'"), vec![expr(" x + 1 ", 3)]);
    }

    #[test]
    fn fstring_prefixes() {
        for prefix in ["f", "F", "rf", "fr", "Rf", "fR", "RF", "FR", "rF", "Fr"] {
            let raw = prefix.to_ascii_lowercase().contains('r');
            let want = if raw { r"\n" } else { "\n" };
            assert_eq!(
                fparts(&format!(r"{prefix}'\n{{{{x}}}}'")),
                vec![lit(&format!("{want}{{x}}"))],
                "{prefix}"
            );
        }
    }

    #[test]
    fn fstring_conversion_spec_and_self_doc() {
        assert_eq!(
            fparts("f'{x!r}'"),
            vec![FPart::Expr {
                code: "x".into(),
                offset: 3,
                self_doc: None,
                conversion: Some('r'),
                spec: None
            }]
        );
        assert_eq!(
            fparts("f'{x:>10}'"),
            vec![FPart::Expr {
                code: "x".into(),
                offset: 3,
                self_doc: None,
                conversion: None,
                spec: Some(vec![lit(">10")])
            }]
        );
        assert_eq!(
            fparts("f'{x:}'"),
            vec![FPart::Expr {
                code: "x".into(),
                offset: 3,
                self_doc: None,
                conversion: None,
                spec: Some(vec![])
            }]
        );
        assert_eq!(
            fparts("f\"{x = }\""),
            vec![FPart::Expr {
                code: "x ".into(),
                offset: 3,
                self_doc: Some("x = ".into()),
                conversion: None,
                spec: None
            }]
        );
        assert_eq!(
            fparts("f'{x=!s:^5}'"),
            vec![FPart::Expr {
                code: "x".into(),
                offset: 3,
                self_doc: Some("x=".into()),
                conversion: Some('s'),
                spec: Some(vec![lit("^5")])
            }]
        );
    }

    #[test]
    fn fstring_nested_spec() {
        let src = "f'{x:{width}.{prec}f}'";
        assert_eq!(
            fparts(src),
            vec![FPart::Expr {
                code: "x".into(),
                offset: 3,
                self_doc: None,
                conversion: None,
                spec: Some(vec![expr("width", 6), lit("."), expr("prec", 14), lit("f")]),
            }]
        );
        assert_eq!(&src[14..18], "prec");
        // `{}` inside a spec is an expression (an empty dict), not an escaped brace.
        assert_eq!(
            fparts("f'{x:{{}}}'"),
            vec![FPart::Expr {
                code: "x".into(),
                offset: 3,
                self_doc: None,
                conversion: None,
                spec: Some(vec![expr("{}", 6)]),
            }]
        );
    }

    #[test]
    fn fstring_expression_boundaries() {
        // Comparison operators are not conversions, `=` or the end.
        assert_eq!(fparts("f'{a!=b}'"), vec![expr("a!=b", 3)]);
        assert_eq!(fparts("f'{a==b}'"), vec![expr("a==b", 3)]);
        assert_eq!(fparts("f'{a<b>c<=d>=e}'"), vec![expr("a<b>c<=d>=e", 3)]);
        // A colon or `!` inside brackets belongs to the expression.
        assert_eq!(fparts("f'{a[1:2]}'"), vec![expr("a[1:2]", 3)]);
        assert_eq!(fparts("f'{d[\"k\"]}'"), vec![expr("d[\"k\"]", 3)]);
        assert_eq!(fparts("f'{ {1: 2}[1] }'"), vec![expr(" {1: 2}[1] ", 3)]);
        assert_eq!(
            fparts("f'{(lambda x: x)(1)}'"),
            vec![expr("(lambda x: x)(1)", 3)]
        );
        // Quotes inside the expression hide braces and colons.
        assert_eq!(fparts("f'{\"}:\"}'"), vec![expr("\"}:\"", 3)]);
        assert_eq!(fparts("f\"\"\"{'''a}'''}\"\"\""), vec![expr("'''a}'''", 5)]);
        // At the top level `:` starts the spec, so `x:=1` is `x` with spec `=1`.
        assert_eq!(
            fparts("f'{x:=1}'"),
            vec![FPart::Expr {
                code: "x".into(),
                offset: 3,
                self_doc: None,
                conversion: None,
                spec: Some(vec![lit("=1")])
            }]
        );
        // Multi-line expressions are allowed in triple-quoted f-strings.
        assert_eq!(fparts("f'''{\nx\n}'''"), vec![expr("\nx\n", 5)]);
    }

    #[test]
    fn fstring_escapes_in_literal_parts() {
        assert_eq!(
            fparts(r"f'\x41{x}\n'"),
            vec![lit("A"), expr("x", 7), lit("\n")]
        );
        assert_eq!(fparts(r"rf'\x41{x}'"), vec![lit(r"\x41"), expr("x", 8)]);
        assert_eq!(fparts(r"f'\N{BULLET} {x}'"), vec![lit("• "), expr("x", 14)]);
        assert_eq!(fparts(r"f'\{6}'"), vec![lit("\\"), expr("6", 4)]);
        assert_eq!(
            fparts(r"f'{x:\x41}'"),
            vec![FPart::Expr {
                code: "x".into(),
                offset: 3,
                self_doc: None,
                conversion: None,
                spec: Some(vec![lit("A")])
            }]
        );
    }

    #[test]
    fn fstring_offsets_are_absolute() {
        let src = "y = 1\nprint(f'{a} and {bb}')";
        let t = toks(src);
        let FString(parts) = &t[6] else {
            panic!("{t:?}")
        };
        let offsets: Vec<usize> = parts
            .iter()
            .filter_map(|p| match p {
                FPart::Expr { offset, .. } => Some(*offset),
                FPart::Lit(_) => None,
            })
            .collect();
        assert_eq!(offsets.len(), 2);
        assert_eq!(&src[offsets[0]..offsets[0] + 1], "a");
        assert_eq!(&src[offsets[1]..offsets[1] + 2], "bb");
    }

    #[test]
    fn fstring_errors() {
        let cases = [
            ("f'}'", "f-string: single '}' is not allowed"),
            ("f'{x}}'", "f-string: single '}' is not allowed"),
            ("f'{x:a}}b}'", "f-string: single '}' is not allowed"),
            ("f'{x'", "f-string: expecting '}'"),
            ("f'{x!r'", "f-string: expecting '}'"),
            ("f'{x!rr}'", "f-string: expecting '}'"),
            ("f'{x!r=}'", "f-string: expecting '}'"),
            ("f'{x:a{{b}'", "f-string: expecting '}'"),
            ("f'{'", "f-string: expecting '}'"),
            ("f'{}'", "f-string: empty expression not allowed"),
            ("f'{ }'", "f-string: empty expression not allowed"),
            ("f'{=}'", "f-string: expression required before '='"),
            ("f'{!r}'", "f-string: expression required before '!'"),
            ("f'{:x}'", "f-string: expression required before ':'"),
            (
                "f'{x!}'",
                "f-string: invalid conversion character: expected 's', 'r', or 'a'",
            ),
            (
                "f'{x!z}'",
                "f-string: invalid conversion character: expected 's', 'r', or 'a'",
            ),
            ("f'{x:{y:{z}}}'", "f-string: expressions nested too deeply"),
            (
                "f'{(x}'",
                "f-string: closing parenthesis '}' does not match opening parenthesis '('",
            ),
            ("f'{x)}'", "f-string: unmatched ')'"),
            (
                "f'{[}'",
                "f-string: closing parenthesis '}' does not match opening parenthesis '['",
            ),
            ("f'{x#}'", "f-string expression part cannot include '#'"),
            (
                r"f'{x\n}'",
                "f-string expression part cannot include a backslash",
            ),
            ("f\"{'a}\"", "f-string: unterminated string"),
        ];
        for (src, want) in cases {
            let e = err(src);
            assert_eq!(
                (e.kind, e.msg.as_str()),
                (ErrorKind::Syntax, want),
                "{src:?}"
            );
        }
        // Errors point into the f-string.
        assert_eq!(err("x = f'ab}'").offset, 8);
        assert_eq!(err("x = f'{}'").offset, 7);
        assert_eq!(msg("f'{x}' f'{'"), "f-string: expecting '}'");
        assert_eq!(msg("f'\\x{x}'"), "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \\xXX escape");
    }

    // ----- robustness -----

    #[test]
    fn never_panics_on_garbage() {
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for _ in 0..3000 {
            let len = (next() % 64) as usize;
            let bytes: Vec<u8> = (0..len).map(|_| next() as u8).collect();
            let src = String::from_utf8_lossy(&bytes);
            let _ = lex(&src);
        }
    }

    #[test]
    fn never_panics_on_python_like_fragments() {
        let pieces = [
            "f'", "f\"", "'''", "\"\"\"", "'", "\"", "rb'", "{", "}", "{{", "}}", "(", ")", "[",
            "]", "\\", "\\\n", "\n", "\r\n", "\r", "\t", "  ", "\x0c", "#", "x", "1", "0x", "0o7",
            "1e", "1_", ".", "...", "!", "=", ":", "!r", "\\N{", "\\x", "\\u12", "é", "€", "\0",
            "\u{feff}", "j", "_", "0", "\\'", "if", "=", "<",
        ];
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let mut ok = 0;
        for _ in 0..20000 {
            let count = (next() % 12) as usize;
            let src: String = (0..count)
                .map(|_| pieces[(next() % pieces.len() as u64) as usize])
                .collect();
            if let Ok(toks) = lex(&src) {
                ok += 1;
                for (start, _, end) in toks {
                    assert!(start <= end && end <= src.len(), "{src:?}");
                }
            }
        }
        assert!(ok > 1000, "only {ok} fragments lexed");
    }

    #[test]
    fn large_input() {
        let block = "def f(a, b=1.5):\n    if a:\n        return [a, 'x', f\"{b!r:>4}\"]  # c\n\n    return None\n";
        let src = block.repeat(20_000);
        let t = lex(&src).unwrap();
        assert_eq!(t.len(), 20_000 * 31);
        assert_eq!(t.last().map(|t| &t.1), Some(&Dedent));
    }
}
