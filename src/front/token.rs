//! Tokens: what the lexer (`lexer.rs`) hands to the lalrpop parser (`grammar/gilt.lalrpop`).

use num_bigint::BigInt;
use std::fmt;

/// One piece of an f-string body.
#[derive(Clone, Debug, PartialEq)]
pub enum FPart {
    /// Literal text, escapes already decoded (`{{` became `{`).
    Lit(String),
    /// A replacement field `{expr!conv:spec}`.
    Expr {
        /// The expression's source text, exactly as written between `{` and `!`/`:`/`=`/`}`.
        code: String,
        /// Byte offset of `code` in the whole source file (for error positions).
        offset: usize,
        /// `=` after the expression (`f"{x=}"`): the text `code=` (with its spacing) is printed first.
        self_doc: Option<String>,
        /// `!r`, `!s` or `!a`.
        conversion: Option<char>,
        /// The format spec after `:`, itself a list of parts (it may hold nested `{}` fields).
        spec: Option<Vec<FPart>>,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub enum Tok {
    Name(crate::front::ast::Ident),
    Int(BigInt),
    Float(f64),
    /// An imaginary literal (`2j`): its imaginary part.
    Imag(f64),
    /// A string literal with escapes decoded (prefixes r/u handled).
    Str(String),
    Bytes(Vec<u8>),
    FString(Vec<FPart>),

    Newline,
    Indent,
    Dedent,

    // keywords
    False,
    None,
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
    /// `match` where it opens a match statement (a soft keyword: a name elsewhere).
    Match,
    /// `case` where it opens a case block of a match statement.
    Case,
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

    // operators and delimiters
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
}

impl fmt::Display for Tok {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use Tok::*;
        let s = match self {
            Name(n) => return write!(f, "{n}"),
            Int(i) => return write!(f, "{i}"),
            Float(x) => return write!(f, "{x}"),
            Imag(x) => return write!(f, "{x}j"),
            Str(_) | Bytes(_) | FString(_) => "string literal",
            Newline => "NEWLINE",
            Indent => "INDENT",
            Dedent => "DEDENT",
            False => "False",
            None => "None",
            True => "True",
            And => "and",
            As => "as",
            Assert => "assert",
            Async => "async",
            Await => "await",
            Break => "break",
            Class => "class",
            Continue => "continue",
            Def => "def",
            Del => "del",
            Elif => "elif",
            Else => "else",
            Except => "except",
            Finally => "finally",
            For => "for",
            From => "from",
            Global => "global",
            If => "if",
            Import => "import",
            In => "in",
            Is => "is",
            Lambda => "lambda",
            Match => "match",
            Case => "case",
            Nonlocal => "nonlocal",
            Not => "not",
            Or => "or",
            Pass => "pass",
            Raise => "raise",
            Return => "return",
            Try => "try",
            While => "while",
            With => "with",
            Yield => "yield",
            Plus => "+",
            Minus => "-",
            Star => "*",
            DoubleStar => "**",
            Slash => "/",
            DoubleSlash => "//",
            Percent => "%",
            At => "@",
            Pipe => "|",
            Amper => "&",
            Caret => "^",
            Tilde => "~",
            LShift => "<<",
            RShift => ">>",
            Walrus => ":=",
            Lt => "<",
            Gt => ">",
            Le => "<=",
            Ge => ">=",
            EqEq => "==",
            NotEq => "!=",
            LPar => "(",
            RPar => ")",
            LSqb => "[",
            RSqb => "]",
            LBrace => "{",
            RBrace => "}",
            Comma => ",",
            Colon => ":",
            Dot => ".",
            Semi => ";",
            Equal => "=",
            Arrow => "->",
            Ellipsis => "...",
            PlusEq => "+=",
            MinusEq => "-=",
            StarEq => "*=",
            SlashEq => "/=",
            DoubleSlashEq => "//=",
            PercentEq => "%=",
            AtEq => "@=",
            AmperEq => "&=",
            PipeEq => "|=",
            CaretEq => "^=",
            LShiftEq => "<<=",
            RShiftEq => ">>=",
            DoubleStarEq => "**=",
        };
        f.write_str(s)
    }
}

/// A lexical error: a SyntaxError (or IndentationError/TabError) at a byte offset.
#[derive(Clone, Debug, PartialEq)]
pub struct LexError {
    pub kind: ErrorKind,
    pub msg: String,
    /// Byte offset in the source where the caret should point.
    pub offset: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    Syntax,
    Indentation,
    Tab,
}

/// A token with its byte span, the form lalrpop's external-lexer interface takes.
pub type Spanned = (usize, Tok, usize);
