//! The abstract syntax tree the parser builds and the compiler walks. Every node carries the
//! byte span of its source text, from which line and column are derived for errors.

use num_bigint::BigInt;

/// An identifier. The lexer makes one per distinct name in a file and every token, node and
/// symbol-table entry with that name shares it, so copying a name never allocates.
pub type Ident = std::rc::Rc<str>;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        Span {
            start: start as u32,
            end: end as u32,
        }
    }
}

#[derive(Clone, Debug)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum Const {
    None,
    True,
    False,
    Ellipsis,
    Int(BigInt),
    Float(f64),
    /// An imaginary literal: `2j` is `Imag(2.0)`.
    Imag(f64),
    Str(String),
    Bytes(Vec<u8>),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    MatMul,
    Div,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnOp {
    Neg,
    Pos,
    Invert,
    Not,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
    In,
    NotIn,
    Is,
    IsNot,
}

#[derive(Clone, Debug)]
pub enum Arg {
    Pos(Expr),
    Star(Expr),
    Kw(Ident, Expr),
    StarStar(Expr),
}

#[derive(Clone, Debug)]
pub struct Comprehension {
    /// Boxed, like the large statement variants, to keep the parser's symbols small.
    pub target: Box<Expr>,
    pub iter: Expr,
    pub ifs: Vec<Expr>,
    /// `async for` in a comprehension.
    pub is_async: bool,
}

/// One piece of an f-string after its embedded expressions were parsed.
#[derive(Clone, Debug)]
pub enum FPiece {
    Lit(String),
    Expr {
        expr: Box<Expr>,
        conversion: Option<char>,
        spec: Option<Vec<FPiece>>,
    },
}

#[derive(Clone, Debug)]
pub struct Param {
    pub name: Ident,
    pub default: Option<Expr>,
}

#[derive(Clone, Debug, Default)]
pub struct Params {
    /// Positional parameters (the first `posonly` of them are positional-only).
    pub args: Vec<Param>,
    pub posonly: usize,
    pub vararg: Option<Ident>,
    pub kwonly: Vec<Param>,
    pub kwarg: Option<Ident>,
    /// Annotated names and their annotations in source order; `return` for `-> X`.
    pub annotations: Vec<(Ident, Expr)>,
}

#[derive(Clone, Debug)]
pub enum ExprKind {
    Name(Ident),
    Const(Const),
    FString(Vec<FPiece>),
    List(Vec<Expr>),
    Tuple(Vec<Expr>),
    Set(Vec<Expr>),
    /// `None` as key means `**mapping` unpacking.
    Dict(Vec<(Option<Expr>, Expr)>),
    Starred(Box<Expr>),
    BinOp(Box<Expr>, BinOp, Box<Expr>),
    Unary(UnOp, Box<Expr>),
    And(Box<Expr>, Box<Expr>),
    Or(Box<Expr>, Box<Expr>),
    Compare(Box<Expr>, Vec<(CmpOp, Expr)>),
    Call(Box<Expr>, Vec<Arg>),
    Attribute(Box<Expr>, Ident),
    Subscript(Box<Expr>, Box<Expr>),
    Slice(Option<Box<Expr>>, Option<Box<Expr>>, Option<Box<Expr>>),
    IfExp(Box<Expr>, Box<Expr>, Box<Expr>),
    Lambda(Box<Params>, Box<Expr>),
    ListComp(Box<Expr>, Vec<Comprehension>),
    SetComp(Box<Expr>, Vec<Comprehension>),
    DictComp(Box<Expr>, Box<Expr>, Vec<Comprehension>),
    GenExp(Box<Expr>, Vec<Comprehension>),
    Yield(Option<Box<Expr>>),
    YieldFrom(Box<Expr>),
    NamedExpr(Ident, Box<Expr>),
    Await(Box<Expr>),
}

#[derive(Clone, Debug)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct Handler {
    pub typ: Option<Expr>,
    pub name: Option<Ident>,
    pub body: Vec<Stmt>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct Alias {
    pub name: String,
    pub asname: Option<String>,
}

/// One `case` of a match statement.
#[derive(Clone, Debug)]
pub struct MatchCase {
    pub pattern: Pattern,
    pub guard: Option<Expr>,
    pub body: Vec<Stmt>,
}

#[derive(Clone, Debug)]
pub struct Pattern {
    pub kind: PatternKind,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum PatternKind {
    /// A literal or a dotted name, compared with `==`.
    Value(Expr),
    /// `None`, `True` or `False`, compared by identity.
    Singleton(Const),
    /// `[p, *rest]` or `(p, q)`.
    Sequence(Vec<Pattern>),
    /// `*name` in a sequence pattern; `*_` has no name.
    Star(Option<Ident>),
    /// `{key: p, **rest}`.
    Mapping {
        keys: Vec<Expr>,
        values: Vec<Pattern>,
        rest: Option<Ident>,
    },
    /// `Cls(p, attr=q)`.
    Class {
        cls: Expr,
        args: Vec<Pattern>,
        kwargs: Vec<(Ident, Pattern)>,
    },
    /// `p as name`; a capture has no pattern, the wildcard `_` neither pattern nor name.
    As(Option<Box<Pattern>>, Option<Ident>),
    /// `p | q`.
    Or(Vec<Pattern>),
}

impl Pattern {
    pub fn new(kind: PatternKind, start: usize, end: usize) -> Pattern {
        Pattern {
            kind,
            span: Span::new(start, end),
        }
    }
}

#[derive(Clone, Debug)]
pub enum StmtKind {
    Expr(Expr),
    Assign(Vec<Expr>, Expr),
    // The variants holding two or three expressions are boxed: the parser moves every
    // symbol by value, and a `Stmt` this size keeps each move a few register stores.
    AugAssign(Box<(Expr, BinOp, Expr)>),
    AnnAssign(Box<(Expr, Expr, Option<Expr>)>),
    If(Expr, Vec<Stmt>, Vec<Stmt>),
    While(Expr, Vec<Stmt>, Vec<Stmt>),
    For(Box<(Expr, Expr, Vec<Stmt>, Vec<Stmt>)>),
    AsyncFor(Box<(Expr, Expr, Vec<Stmt>, Vec<Stmt>)>),
    Break,
    Continue,
    Pass,
    Return(Option<Expr>),
    FunctionDef {
        name: Ident,
        params: Box<Params>,
        body: Vec<Stmt>,
        decorators: Vec<Expr>,
        is_async: bool,
    },
    ClassDef {
        name: Ident,
        bases: Vec<Arg>,
        body: Vec<Stmt>,
        decorators: Vec<Expr>,
    },
    Global(Vec<Ident>),
    Nonlocal(Vec<Ident>),
    Del(Vec<Expr>),
    Assert(Expr, Option<Expr>),
    Raise(Option<Expr>, Option<Expr>),
    Try {
        body: Vec<Stmt>,
        handlers: Vec<Handler>,
        orelse: Vec<Stmt>,
        finalbody: Vec<Stmt>,
    },
    With(Vec<(Expr, Option<Expr>)>, Vec<Stmt>),
    AsyncWith(Vec<(Expr, Option<Expr>)>, Vec<Stmt>),
    /// `match subject:` and its cases.
    Match(Box<(Expr, Vec<MatchCase>)>),
    Import(Vec<Alias>),
    /// `from .mod import a as b`; names empty means `*`.
    ImportFrom {
        module: String,
        level: usize,
        names: Vec<Alias>,
    },
}

impl Expr {
    pub fn new(kind: ExprKind, start: usize, end: usize) -> Expr {
        Expr {
            kind,
            span: Span::new(start, end),
        }
    }

    /// What CPython calls this expression in "cannot assign to …" messages.
    pub fn describe(&self) -> &'static str {
        match &self.kind {
            ExprKind::Call(..) => "function call",
            ExprKind::Const(Const::None) => "None",
            ExprKind::Const(Const::True) => "True",
            ExprKind::Const(Const::False) => "False",
            ExprKind::Const(Const::Ellipsis) => "ellipsis",
            ExprKind::Const(_) | ExprKind::FString(_) => "literal",
            ExprKind::Compare(..) => "comparison",
            ExprKind::IfExp(..) => "conditional expression",
            ExprKind::Lambda(..) => "lambda",
            ExprKind::ListComp(..) => "list comprehension",
            ExprKind::SetComp(..) => "set comprehension",
            ExprKind::DictComp(..) => "dict comprehension",
            ExprKind::GenExp(..) => "generator expression",
            ExprKind::Yield(..) | ExprKind::YieldFrom(..) => "yield expression",
            ExprKind::NamedExpr(..) => "named expression",
            ExprKind::Await(..) => "await expression",
            ExprKind::Dict(..) => "dict literal",
            ExprKind::Set(..) => "set display",
            ExprKind::And(..) | ExprKind::Or(..) => "expression",
            _ => "expression",
        }
    }
}

impl Stmt {
    pub fn new(kind: StmtKind, start: usize, end: usize) -> Stmt {
        Stmt {
            kind,
            span: Span::new(start, end),
        }
    }
}
