//! The parser: runs the lexer, feeds the lalrpop-generated LR parser, and turns failures into
//! CPython-worded SyntaxErrors. Also holds the helpers the grammar's actions call.

use crate::front::ast::*;
use crate::front::lexer;
use crate::front::token::{ErrorKind, FPart, LexError, Spanned, Tok};
use lalrpop_util::ParseError;

/// The LR parser lalrpop generates from `grammar/gilt.lalrpop`, checked in (see build.rs).
#[allow(clippy::all, clippy::pedantic, unused)]
#[rustfmt::skip]
#[path = "grammar.rs"]
mod grammar;

/// Parses a whole module at once.
pub fn parse_module(src: &str) -> Result<Vec<Stmt>, LexError> {
    let mut whole = ModuleChunks {
        min: usize::MAX,
        ..ModuleChunks::new(src)
    };
    Ok(whole.next_chunk()?.unwrap_or_default())
}

/// How many tokens `ModuleChunks` lexes and parses at a time, at least: small programs are one
/// chunk; a large file's tokens and tree are never whole in memory.
const CHUNK_TOKENS: usize = 4096;

/// A module parsed a run of whole top-level statements at a time (`compiler::compile_source`
/// compiles each run and drops it before the next is parsed). A chunk's syntax errors are
/// those parsing the whole file would give up to that point.
pub struct ModuleChunks<'s> {
    src: &'s str,
    lexer: lexer::Chunks<'s>,
    /// The fewest tokens in a chunk (`CHUNK_TOKENS`; `usize::MAX` for one chunk).
    min: usize,
    /// Whether a chunk has been handed out (the first starts at the top of the file).
    started: bool,
}

impl<'s> ModuleChunks<'s> {
    pub fn new(src: &'s str) -> Self {
        ModuleChunks {
            src,
            lexer: lexer::Chunks::new(src),
            min: CHUNK_TOKENS,
            started: false,
        }
    }

    /// The next run of top-level statements; None after the last.
    pub fn next_chunk(&mut self) -> Result<Option<Vec<Stmt>>, LexError> {
        let Some(mut toks) = self.lexer.next_chunk(self.min)? else {
            return Ok(None);
        };
        let start = match std::mem::replace(&mut self.started, true) {
            true => toks.first().map_or(0, |t| t.0),
            false => 0,
        };
        unparen_with_items(&mut toks);
        soft_keywords(&mut toks);
        let parser = grammar::ModuleParser::new();
        // The parser takes the tokens by value; only a failed parse lexes again, to word its error.
        let parsed = parser.parse(toks.drain(..).map(Ok::<Spanned, LexError>));
        self.lexer.recycle(toks);
        let mut stmts = parsed.map_err(|e| {
            let relexed = lexer::Chunks::relex(self.src, start, self.min).map(|mut t| {
                unparen_with_items(&mut t);
                soft_keywords(&mut t);
                t
            });
            match relexed {
                Ok(toks) => convert_error(e, &toks, self.src),
                Err(e) => e,
            }
        })?;
        crate::compiler::symtable::mangle_private_names(&mut stmts);
        Ok(Some(stmts))
    }
}

/// Parses one expression (used for f-string fields); `offset` shifts spans into the file.
pub fn parse_expression(src: &str, offset: usize) -> Result<Expr, LexError> {
    let shift = |mut e: LexError| {
        e.offset += offset;
        e
    };
    let tokens = || -> Result<Vec<Spanned>, LexError> {
        Ok(lexer::lex(src)
            .map_err(shift)?
            .into_iter()
            .map(|(l, t, r)| (l + offset, t, r + offset))
            .collect())
    };
    let parser = grammar::ExpressionParser::new();
    parser
        .parse(tokens()?.into_iter().map(Ok::<Spanned, LexError>))
        .map_err(|e| {
            let toks = match tokens() {
                Ok(toks) => toks,
                Err(e) => return e,
            };
            let mut err = convert_error(e, &toks, src);
            if err.msg == "invalid syntax" {
                err.msg = "f-string: invalid syntax".into();
            }
            err
        })
}

/// Rewrites `with (a as x, b as y,):` into `with a as x, b as y:`. The LR grammar cannot tell
/// these parentheses from a parenthesized expression, so they are removed before parsing when
/// they hold an `as` or a comma at their own level (then they cannot be a single expression).
fn unparen_with_items(toks: &mut Vec<Spanned>) {
    let mut i = 0;
    while i + 1 < toks.len() {
        if matches!((&toks[i].1, &toks[i + 1].1), (Tok::With, Tok::LPar)) {
            if let Some(close) = with_items_close(toks, i + 1) {
                let trailing = matches!(toks[close - 1].1, Tok::Comma);
                toks.remove(close);
                if trailing {
                    toks.remove(close - 1);
                }
                toks.remove(i + 1);
            }
        }
        i += 1;
    }
}

/// Marks the soft keywords `match` and `case` where they open a statement. `match` does first
/// on a logical line that ends with `:` (a line no simple statement can be); `case` does first
/// on a line of the block such a line opens. Anywhere else they stay names, so `match = 1`,
/// `match(x)` and `def case():` keep working.
fn soft_keywords(toks: &mut [Spanned]) {
    let mut line_start = true;
    // the indentation level, and the levels of the blocks of the match statements open
    let (mut level, mut blocks) = (0usize, Vec::new());
    for i in 0..toks.len() {
        let at_start = std::mem::replace(
            &mut line_start,
            matches!(toks[i].1, Tok::Newline | Tok::Indent | Tok::Dedent),
        );
        match &toks[i].1 {
            Tok::Indent => level += 1,
            Tok::Dedent => {
                level = level.saturating_sub(1);
                while blocks.last().is_some_and(|&b| b > level) {
                    blocks.pop();
                }
            }
            Tok::Name(n) if at_start && &**n == "case" && blocks.last() == Some(&level) => {
                toks[i].1 = Tok::Case;
            }
            Tok::Name(n) if at_start && &**n == "match" => {
                let end = toks[i..]
                    .iter()
                    .position(|t| matches!(t.1, Tok::Newline))
                    .map_or(toks.len(), |n| i + n);
                if end > i + 2 && matches!(toks[end - 1].1, Tok::Colon) {
                    toks[i].1 = Tok::Match;
                    blocks.push(level + 1);
                }
            }
            _ => {}
        }
    }
}

/// The index of the `)` matching the `(` at `open` when it is followed by `:` and the
/// parentheses hold a top-level `as` or comma.
fn with_items_close(toks: &[Spanned], open: usize) -> Option<usize> {
    let mut depth = 0usize;
    let mut items = false;
    for (j, (_, t, _)) in toks.iter().enumerate().skip(open) {
        match t {
            Tok::LPar | Tok::LSqb | Tok::LBrace => depth += 1,
            Tok::RPar | Tok::RSqb | Tok::RBrace => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    let colon = matches!(toks.get(j + 1), Some((_, Tok::Colon, _)));
                    return (colon && items).then_some(j);
                }
            }
            Tok::As | Tok::Comma if depth == 1 => items = true,
            Tok::Newline => return None,
            _ => {}
        }
    }
    None
}

fn syntax(msg: impl Into<String>, offset: usize) -> LexError {
    LexError {
        kind: ErrorKind::Syntax,
        msg: msg.into(),
        offset,
    }
}

fn line_of(src: &str, offset: usize) -> usize {
    src.as_bytes()[..offset.min(src.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

/// The keyword that opens the logical line holding token `i`, with that line's offset.
fn header_of(toks: &[Spanned], i: usize) -> Option<(&Tok, usize)> {
    let mut j = i;
    while j > 0 {
        match toks[j - 1].1 {
            Tok::Newline | Tok::Indent | Tok::Dedent => break,
            _ => j -= 1,
        }
    }
    // skip decorators? a header starts with its keyword
    toks.get(j).map(|(l, t, _)| (t, *l))
}

fn block_name(t: &Tok) -> Option<String> {
    Some(match t {
        Tok::Def => "function definition".into(),
        Tok::Class => "class definition".into(),
        Tok::If
        | Tok::Elif
        | Tok::Else
        | Tok::While
        | Tok::For
        | Tok::Try
        | Tok::Except
        | Tok::Finally
        | Tok::With
        | Tok::Match
        | Tok::Case => format!("'{t}' statement"),
        _ => return None,
    })
}

fn convert_error(e: ParseError<usize, Tok, LexError>, toks: &[Spanned], src: &str) -> LexError {
    match e {
        ParseError::User { error } => error,
        ParseError::InvalidToken { location } => syntax("invalid token", location),
        ParseError::UnrecognizedEof { location, expected } => {
            let i = toks.len();
            unexpected(toks, i, location, &expected, src)
        }
        ParseError::UnrecognizedToken {
            token: (l, tok, _),
            expected,
        } => {
            let i = (toks.iter().position(|t| t.0 == l && t.1 == tok))
                .or_else(|| toks.iter().position(|t| t.0 == l))
                .unwrap_or(toks.len());
            // Several zero-width tokens share a start; pick the first that is not consumed.
            unexpected(toks, i, l, &expected, src)
        }
        ParseError::ExtraToken { token: (l, _, _) } => syntax("invalid syntax", l),
    }
}

fn unexpected(
    toks: &[Spanned],
    i: usize,
    location: usize,
    expected: &[String],
    src: &str,
) -> LexError {
    let tok = toks.get(i).map(|t| &t.1);
    let expects = |s: &str| expected.iter().any(|e| e == s);
    if let Some(Tok::Indent) = tok {
        return LexError {
            kind: ErrorKind::Indentation,
            msg: "unexpected indent".into(),
            offset: location,
        };
    }
    if expects("Indent") {
        if let Some((head, hoff)) = header_of(toks, i.saturating_sub(1)) {
            if let Some(name) = block_name(head) {
                return LexError {
                    kind: ErrorKind::Indentation,
                    msg: format!(
                        "expected an indented block after {name} on line {}",
                        line_of(src, hoff)
                    ),
                    offset: location,
                };
            }
        }
        return LexError {
            kind: ErrorKind::Indentation,
            msg: "expected an indented block".into(),
            offset: location,
        };
    }
    if let Some(Tok::Dedent) = tok {
        return LexError {
            kind: ErrorKind::Indentation,
            msg: "unindent does not match any outer indentation level".into(),
            offset: location,
        };
    }
    if expects("\":\"") && matches!(tok, Some(Tok::Newline) | None) {
        if let Some((head, _)) = header_of(toks, i) {
            if block_name(head).is_some() || matches!(head, Tok::Lambda) {
                return syntax("expected ':'", location);
            }
        }
    }
    if tok.is_none() {
        return syntax("unexpected EOF while parsing", location);
    }
    if let Some(Tok::Name(_) | Tok::Int(_) | Tok::Float(_) | Tok::Imag(_) | Tok::Str(_)) = tok {
        // two atoms in a row, as in `print "x"`
        // (`case x:` outside a match statement is no missing comma)
        let soft = |t: &Tok| matches!(t, Tok::Name(n) if matches!(&**n, "match" | "case"));
        if i > 0 && is_atom_end(&toks[i - 1].1) && !soft(&toks[i - 1].1) {
            return syntax("invalid syntax. Perhaps you forgot a comma?", toks[i - 1].0);
        }
    }
    syntax("invalid syntax", location)
}

fn is_atom_end(t: &Tok) -> bool {
    matches!(
        t,
        Tok::Name(_)
            | Tok::Int(_)
            | Tok::Float(_)
            | Tok::Imag(_)
            | Tok::Str(_)
            | Tok::RPar
            | Tok::RSqb
    )
}

// ---------------------------------------------------------------- grammar action helpers

pub fn cons<T>(first: T, rest: Vec<T>) -> Vec<T> {
    let mut v = Vec::with_capacity(rest.len() + 1);
    v.push(first);
    v.extend(rest);
    v
}

pub fn binop(a: Expr, op: BinOp, b: Expr, l: usize, r: usize) -> Expr {
    Expr::new(ExprKind::BinOp(Box::new(a), op, Box::new(b)), l, r)
}

/// Binding strength of the binary operators `p::climb` handles (all left-associative).
fn precedence(op: BinOp) -> u8 {
    match op {
        BinOp::BitOr => 1,
        BinOp::BitXor => 2,
        BinOp::BitAnd => 3,
        BinOp::LShift | BinOp::RShift => 4,
        BinOp::Add | BinOp::Sub => 5,
        BinOp::Mul | BinOp::Div | BinOp::FloorDiv | BinOp::Mod | BinOp::MatMul => 6,
        BinOp::Pow => 7,
    }
}

/// An operand with the byte offsets of its first and last token (parentheses included).
type Operand = (usize, Expr, usize);

/// Builds the tree of `first op e op e …` by precedence climbing. Each node spans its
/// operands' tokens, as the one-rule-per-level grammar gave.
pub fn climb(first: Operand, rest: Vec<(BinOp, usize, Expr, usize)>) -> Expr {
    let mut tail = rest
        .into_iter()
        .map(|(op, l, e, r)| (op, (l, e, r)))
        .peekable();
    climb_from(first, &mut tail, 0).1
}

fn climb_from<I>(mut lhs: Operand, tail: &mut std::iter::Peekable<I>, min: u8) -> Operand
where
    I: Iterator<Item = (BinOp, Operand)>,
{
    while let Some((op, mut rhs)) = tail.next_if(|(op, _)| precedence(*op) >= min) {
        let p = precedence(op);
        while tail.peek().is_some_and(|(next, _)| precedence(*next) > p) {
            rhs = climb_from(rhs, tail, p + 1);
        }
        let (l, r) = (lhs.0, rhs.2);
        lhs = (l, binop(lhs.1, op, rhs.1, l, r), r);
    }
    lhs
}

/// An operator of the `or`/`and`/`not`/comparison level.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum LogicOp {
    Or,
    And,
    Cmp(CmpOp),
}

/// One `op [not …] operand` after the first operand of that level: the offsets of the `not`s
/// in front of the operand, and of the operand's first and last token.
pub struct LogicTail {
    pub op: LogicOp,
    pub nots: Vec<usize>,
    pub l: usize,
    pub e: Expr,
    pub r: usize,
}

/// Builds the tree of `[not …] e op [not …] e …` by precedence: `or` binds loosest, then
/// `and`, then `not`, then the comparisons (a run of them is one chained `Compare`). Each node
/// spans its operands' tokens, as a rule per level gave.
pub fn logic(nots: Vec<usize>, first: Operand, rest: Vec<LogicTail>) -> Expr {
    logic_or((nots, first), &mut rest.into_iter().peekable()).1
}

/// An operand with the offsets of the `not`s in front of it.
type NotOperand = (Vec<usize>, Operand);

type Tails = std::iter::Peekable<std::vec::IntoIter<LogicTail>>;

fn logic_or(first: NotOperand, rest: &mut Tails) -> Operand {
    left_assoc(first, rest, LogicOp::Or, logic_and, ExprKind::Or)
}

fn logic_and(first: NotOperand, rest: &mut Tails) -> Operand {
    left_assoc(first, rest, LogicOp::And, logic_not, ExprKind::And)
}

/// `e op e op …` for one of `or` and `and`, each `e` read by `operand`.
fn left_assoc(
    first: NotOperand,
    rest: &mut Tails,
    op: LogicOp,
    operand: fn(NotOperand, &mut Tails) -> Operand,
    node: fn(Box<Expr>, Box<Expr>) -> ExprKind,
) -> Operand {
    let mut lhs = operand(first, rest);
    while let Some(t) = rest.next_if(|t| t.op == op) {
        let rhs = operand((t.nots, (t.l, t.e, t.r)), rest);
        let (l, r) = (lhs.0, rhs.2);
        lhs = (
            l,
            Expr::new(node(Box::new(lhs.1), Box::new(rhs.1)), l, r),
            r,
        );
    }
    lhs
}

fn logic_not((mut nots, e): NotOperand, rest: &mut Tails) -> Operand {
    if nots.is_empty() {
        return logic_comparison(e, rest);
    }
    let l = nots.remove(0);
    let (_, inner, r) = logic_not((nots, e), rest);
    (
        l,
        Expr::new(ExprKind::Unary(UnOp::Not, Box::new(inner)), l, r),
        r,
    )
}

/// A run of comparisons after `first` (the grammar puts no `not` after a comparison
/// operator) is one chained `Compare`.
fn logic_comparison(first: Operand, rest: &mut Tails) -> Operand {
    let mut cs = vec![];
    let mut r = first.2;
    while let Some(t) = rest.next_if(|t| matches!(t.op, LogicOp::Cmp(_))) {
        if let LogicOp::Cmp(op) = t.op {
            cs.push((op, t.e));
            r = t.r;
        }
    }
    if cs.is_empty() {
        return first;
    }
    let l = first.0;
    (
        l,
        Expr::new(ExprKind::Compare(Box::new(first.1), cs), l, r),
        r,
    )
}

pub fn paren(e: Expr, l: usize, r: usize) -> Expr {
    match e.kind {
        // keep the parenthesised span so error carets cover the whole thing
        ExprKind::Tuple(_) => Expr {
            span: Span::new(l, r),
            ..e
        },
        _ => e,
    }
}

type PResult<T> = Result<T, ParseError<usize, Tok, LexError>>;

fn user<T>(msg: impl Into<String>, offset: u32) -> PResult<T> {
    Err(ParseError::User {
        error: syntax(msg, offset as usize),
    })
}

/// Checks that an expression can be assigned to, returning it unchanged.
pub fn target(e: Expr, in_assign: bool) -> PResult<Expr> {
    let suffix = if in_assign {
        " here. Maybe you meant '==' instead of '='?"
    } else {
        ""
    };
    match &e.kind {
        ExprKind::Name(_) | ExprKind::Attribute(..) | ExprKind::Subscript(..) => Ok(e),
        ExprKind::Tuple(items) | ExprKind::List(items) => {
            let mut stars = 0;
            for item in items {
                if let ExprKind::Starred(inner) = &item.kind {
                    stars += 1;
                    if stars > 1 {
                        return user(
                            "multiple starred expressions in assignment",
                            item.span.start,
                        );
                    }
                    target((**inner).clone(), in_assign)?;
                } else {
                    target(item.clone(), in_assign)?;
                }
            }
            Ok(e)
        }
        ExprKind::Starred(_) => user(
            "starred assignment target must be in a list or tuple",
            e.span.start,
        ),
        _ => user(
            format!("cannot assign to {}{suffix}", e.describe()),
            e.span.start,
        ),
    }
}

pub fn assign(mut exprs: Vec<Expr>, value: Expr, l: usize, r: usize) -> PResult<Stmt> {
    let mut targets = Vec::with_capacity(exprs.len());
    for e in exprs.drain(..) {
        if let ExprKind::Starred(_) = e.kind {
            return user(
                "starred assignment target must be in a list or tuple",
                e.span.start,
            );
        }
        targets.push(target(e, true)?);
    }
    Ok(Stmt::new(StmtKind::Assign(targets, value), l, r))
}

pub fn aug_assign(t: Expr, op: BinOp, v: Expr, l: usize, r: usize) -> PResult<Stmt> {
    match t.kind {
        ExprKind::Name(_) | ExprKind::Attribute(..) | ExprKind::Subscript(..) => {
            Ok(Stmt::new(StmtKind::AugAssign(Box::new((t, op, v))), l, r))
        }
        ExprKind::Tuple(_) => user(
            "'tuple' is an illegal expression for augmented assignment",
            t.span.start,
        ),
        ExprKind::List(_) => user(
            "'list' is an illegal expression for augmented assignment",
            t.span.start,
        ),
        _ => user(
            format!(
                "'{}' is an illegal expression for augmented assignment",
                t.describe()
            ),
            t.span.start,
        ),
    }
}

pub fn ann_assign(t: Expr, a: Expr, v: Option<Expr>, l: usize, r: usize) -> PResult<Stmt> {
    match t.kind {
        ExprKind::Name(_) | ExprKind::Attribute(..) | ExprKind::Subscript(..) => {
            Ok(Stmt::new(StmtKind::AnnAssign(Box::new((t, a, v))), l, r))
        }
        ExprKind::Tuple(_) => user(
            "only single target (not tuple) can be annotated",
            t.span.start,
        ),
        ExprKind::List(_) => user(
            "only single target (not list) can be annotated",
            t.span.start,
        ),
        _ => user("illegal target for annotation", t.span.start),
    }
}

pub fn del_targets(e: Expr) -> PResult<Vec<Expr>> {
    fn check(e: &Expr) -> PResult<()> {
        match &e.kind {
            ExprKind::Name(_) | ExprKind::Attribute(..) | ExprKind::Subscript(..) => Ok(()),
            ExprKind::Tuple(items) | ExprKind::List(items) => items.iter().try_for_each(check),
            _ => user(format!("cannot delete {}", e.describe()), e.span.start),
        }
    }
    match e.kind {
        ExprKind::Tuple(items) => {
            items.iter().try_for_each(check)?;
            Ok(items)
        }
        _ => {
            check(&e)?;
            Ok(vec![e])
        }
    }
}

pub fn check_args(items: Vec<(Arg, bool)>, trailing_comma: bool) -> PResult<Vec<Arg>> {
    let mut seen_kw = false;
    let mut seen_starstar = false;
    let n = items.len();
    let mut args = Vec::with_capacity(n);
    for (a, bare_genexp) in items {
        if bare_genexp && (n > 1 || trailing_comma) {
            if let Arg::Pos(e) = &a {
                return user("Generator expression must be parenthesized", e.span.start);
            }
        }
        match &a {
            Arg::Pos(e) => {
                if seen_starstar {
                    return user(
                        "positional argument follows keyword argument unpacking",
                        e.span.start,
                    );
                }
                if seen_kw {
                    return user("positional argument follows keyword argument", e.span.start);
                }
            }
            Arg::Star(e) => {
                if seen_starstar {
                    return user(
                        "iterable argument unpacking follows keyword argument unpacking",
                        e.span.start,
                    );
                }
            }
            Arg::Kw(..) => seen_kw = true,
            Arg::StarStar(_) => seen_starstar = true,
        }
        args.push(a);
    }
    Ok(args)
}

/// A parameter as written, before the list is checked and split. The default is boxed to keep
/// the parser's symbols small.
pub enum ParamItem {
    /// A parameter: its name, default, annotation and place.
    Plain(Ident, Option<Box<Expr>>, Option<Expr>, Span),
    Star(Option<Ident>, Option<Expr>),
    StarStar(Ident, Option<Expr>),
    Slash,
}

/// The parameters of a `def`, with its return annotation.
pub fn def_params(items: Vec<ParamItem>, ret: Option<Expr>) -> PResult<Params> {
    let mut p = params(items)?;
    if let Some(r) = ret {
        p.annotations.push(("return".into(), r));
    }
    Ok(p)
}

pub fn params(items: Vec<ParamItem>) -> PResult<Params> {
    let mut p = Params::default();
    let mut star_seen = false;
    let mut kwarg_seen = false;
    let mut default_seen = false;
    let mut names: Vec<Ident> = Vec::new();
    let dup = |n: &Ident, names: &mut Vec<Ident>, at: u32| -> PResult<()> {
        if names.contains(n) {
            return user(
                format!("duplicate argument '{n}' in function definition"),
                at,
            );
        }
        names.push(n.clone());
        Ok(())
    };
    for item in items {
        if kwarg_seen {
            return user("arguments cannot follow var-keyword argument", 0);
        }
        match item {
            ParamItem::Plain(name, default, ann, span) => {
                dup(&name, &mut names, span.start)?;
                if let Some(a) = ann {
                    p.annotations.push((name.clone(), a));
                }
                let param = Param {
                    name,
                    default: default.map(|d| *d),
                };
                if star_seen {
                    p.kwonly.push(param);
                } else {
                    if param.default.is_some() {
                        default_seen = true;
                    } else if default_seen {
                        return user("non-default argument follows default argument", span.start);
                    }
                    p.args.push(param);
                }
            }
            ParamItem::Star(name, ann) => {
                if star_seen {
                    return user("* argument may appear only once", 0);
                }
                star_seen = true;
                if let Some(n) = &name {
                    dup(n, &mut names, 0)?;
                    if let Some(a) = ann {
                        p.annotations.push((n.clone(), a));
                    }
                }
                p.vararg = name;
            }
            ParamItem::StarStar(name, ann) => {
                dup(&name, &mut names, 0)?;
                if let Some(a) = ann {
                    p.annotations.push((name.clone(), a));
                }
                kwarg_seen = true;
                p.kwarg = Some(name);
            }
            ParamItem::Slash => {
                if star_seen || p.posonly > 0 || p.args.is_empty() {
                    return user("invalid syntax", 0);
                }
                p.posonly = p.args.len();
            }
        }
    }
    if star_seen && p.vararg.is_none() && p.kwonly.is_empty() {
        return user("named arguments must follow bare *", 0);
    }
    Ok(p)
}

/// Gives the definition (the one statement in `d`) its decorators.
pub fn decorate(mut d: Vec<Stmt>, ds: Vec<Expr>) -> Vec<Stmt> {
    if let Some(s) = d.first_mut() {
        match &mut s.kind {
            StmtKind::FunctionDef { decorators, .. } | StmtKind::ClassDef { decorators, .. } => {
                *decorators = ds
            }
            _ => {}
        }
    }
    d
}

/// `async def`, `async with`, `async for`: the statement after `async`, starting at `l`.
pub fn asyncify(mut d: Vec<Stmt>, l: usize) -> PResult<Vec<Stmt>> {
    if let Some(s) = d.first_mut() {
        s.span.start = l as u32;
        let kind = std::mem::replace(&mut s.kind, StmtKind::Pass);
        s.kind = match kind {
            StmtKind::FunctionDef {
                name,
                params,
                body,
                decorators,
                ..
            } => StmtKind::FunctionDef {
                name,
                params,
                body,
                decorators,
                is_async: true,
            },
            StmtKind::For(f) => StmtKind::AsyncFor(f),
            StmtKind::With(items, body) => StmtKind::AsyncWith(items, body),
            other => other,
        };
    }
    Ok(d)
}

/// One string literal token, before adjacent literals are joined.
pub enum StrPiece {
    Str(String),
    Bytes(Vec<u8>),
    FStr(Vec<FPart>),
}

/// Joins adjacent literals (`"a" "b"`, `"a" f"{b}"`) into one constant or f-string.
pub fn strings(pieces: Vec<StrPiece>, l: usize, r: usize) -> PResult<Expr> {
    let has_bytes = pieces.iter().any(|p| matches!(p, StrPiece::Bytes(_)));
    let has_str = pieces.iter().any(|p| !matches!(p, StrPiece::Bytes(_)));
    if has_bytes && has_str {
        return user("cannot mix bytes and nonbytes literals", l as u32);
    }
    if has_bytes {
        let mut out = Vec::new();
        for p in pieces {
            if let StrPiece::Bytes(b) = p {
                out.extend(b);
            }
        }
        return Ok(Expr::new(ExprKind::Const(Const::Bytes(out)), l, r));
    }
    if !pieces.iter().any(|p| matches!(p, StrPiece::FStr(..))) {
        let mut s = String::new();
        for p in pieces {
            if let StrPiece::Str(t) = p {
                s.push_str(&t);
            }
        }
        return Ok(Expr::new(ExprKind::Const(Const::Str(s)), l, r));
    }
    let mut out: Vec<FPiece> = Vec::new();
    for p in pieces {
        match p {
            StrPiece::Str(s) => push_lit(&mut out, s),
            StrPiece::FStr(parts) => {
                for piece in fparts(parts).map_err(|error| ParseError::User { error })? {
                    match piece {
                        FPiece::Lit(s) => push_lit(&mut out, s),
                        other => out.push(other),
                    }
                }
            }
            StrPiece::Bytes(_) => {}
        }
    }
    Ok(Expr::new(ExprKind::FString(out), l, r))
}

fn push_lit(out: &mut Vec<FPiece>, s: String) {
    if s.is_empty() {
        return;
    }
    if let Some(FPiece::Lit(prev)) = out.last_mut() {
        prev.push_str(&s);
    } else {
        out.push(FPiece::Lit(s));
    }
}

fn fparts(parts: Vec<FPart>) -> Result<Vec<FPiece>, LexError> {
    let mut out = Vec::new();
    for part in parts {
        match part {
            FPart::Lit(s) => out.push(FPiece::Lit(s)),
            FPart::Expr {
                code,
                offset,
                self_doc,
                conversion,
                spec,
            } => {
                if code.trim().is_empty() {
                    return Err(syntax("f-string: empty expression not allowed", offset));
                }
                // Parenthesise so that newlines inside the field are allowed.
                let wrapped = format!("({code})");
                let expr = parse_expression(&wrapped, offset.saturating_sub(1))?;
                let spec = match spec {
                    Some(s) => Some(fparts(s)?),
                    None => None,
                };
                let conversion = match (&self_doc, conversion, &spec) {
                    (Some(_), None, None) => Some('r'),
                    (_, c, _) => c,
                };
                if let Some(doc) = self_doc {
                    out.push(FPiece::Lit(doc));
                }
                out.push(FPiece::Expr {
                    expr: Box::new(expr),
                    conversion,
                    spec,
                });
            }
        }
    }
    Ok(out)
}

// ---------------------------------------------------------------- patterns of `case`

/// The name a capture binds: none for the wildcard `_`.
pub fn capture_name(n: Ident) -> Option<Ident> {
    (&*n != "_").then_some(n)
}

/// `p as name`.
pub fn as_pattern(p: Pattern, n: Ident, at: usize, l: usize, r: usize) -> PResult<Pattern> {
    if &*n == "_" {
        return user("cannot use '_' as a target", at as u32);
    }
    Ok(Pattern::new(
        PatternKind::As(Some(Box::new(p)), Some(n)),
        l,
        r,
    ))
}

/// A literal: None, True and False are matched by identity, the others with `==`.
pub fn literal_pattern(e: Expr, l: usize, r: usize) -> PResult<Pattern> {
    let kind = match e.kind {
        ExprKind::Const(c @ (Const::None | Const::True | Const::False)) => {
            PatternKind::Singleton(c)
        }
        ExprKind::FString(_) => {
            return user(
                "patterns may only match literals and attribute lookups",
                e.span.start,
            )
        }
        _ => PatternKind::Value(e),
    };
    Ok(Pattern::new(kind, l, r))
}

/// A bare name captures (`_` is the wildcard); a dotted name is a value.
pub fn name_pattern(e: Expr, l: usize, r: usize) -> Pattern {
    let kind = match e.kind {
        ExprKind::Name(n) => PatternKind::As(None, capture_name(n)),
        _ => PatternKind::Value(e),
    };
    Pattern::new(kind, l, r)
}

pub fn sequence_pattern(items: Vec<Pattern>, l: usize, r: usize) -> PResult<Pattern> {
    let stars = items
        .iter()
        .filter(|p| matches!(p.kind, PatternKind::Star(_)));
    if stars.count() > 1 {
        return user("multiple starred names in sequence pattern", l as u32);
    }
    Ok(Pattern::new(PatternKind::Sequence(items), l, r))
}

/// `{k: p, **rest}`; `rest` comes with its offset.
pub fn mapping_pattern(
    items: Vec<(Expr, Pattern)>,
    rest: Option<(usize, Ident)>,
    l: usize,
    r: usize,
) -> PResult<Pattern> {
    let rest = match rest {
        Some((at, n)) if &*n == "_" => return user("invalid syntax", at as u32),
        Some((_, n)) => Some(n),
        None => None,
    };
    let (mut keys, mut values) = (Vec::with_capacity(items.len()), vec![]);
    for (k, v) in items {
        match &k.kind {
            // a key is a literal or a dotted name, never a capture
            ExprKind::Name(_) => return user("invalid syntax", k.span.end),
            ExprKind::FString(_) => {
                return user(
                    "mapping pattern keys may only match literals and attribute lookups",
                    l as u32,
                )
            }
            _ => {}
        }
        keys.push(k);
        values.push(v);
    }
    Ok(Pattern::new(
        PatternKind::Mapping { keys, values, rest },
        l,
        r,
    ))
}

pub fn class_pattern(
    cls: Expr,
    items: Vec<(Option<Ident>, Pattern)>,
    l: usize,
    r: usize,
) -> PResult<Pattern> {
    let (mut args, mut kwargs) = (vec![], Vec::<(Ident, Pattern)>::new());
    for (name, p) in items {
        match name {
            None if !kwargs.is_empty() => {
                return user("positional patterns follow keyword patterns", p.span.start)
            }
            None => args.push(p),
            Some(n) => {
                if &*n == "__debug__" {
                    return user("cannot assign to __debug__", p.span.start);
                }
                if kwargs.iter().any(|(k, _)| *k == n) {
                    let msg = format!("attribute name repeated in class pattern: {n}");
                    return user(msg, p.span.start);
                }
                kwargs.push((n, p));
            }
        }
    }
    Ok(Pattern::new(PatternKind::Class { cls, args, kwargs }, l, r))
}

/// `real + imag` or `real - imag` in a pattern: a complex literal.
pub fn complex_literal(a: Expr, op: BinOp, b: Expr, l: usize, r: usize) -> PResult<Expr> {
    let real = match &a.kind {
        ExprKind::Unary(UnOp::Neg, e) => &e.kind,
        k => k,
    };
    if !matches!(real, ExprKind::Const(Const::Int(_) | Const::Float(_))) {
        return user("real number required in complex literal", a.span.start);
    }
    if !matches!(b.kind, ExprKind::Const(Const::Imag(_))) {
        return user("imaginary number required in complex literal", b.span.start);
    }
    Ok(binop(a, op, b, l, r))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compiler::code::Source;
    use std::sync::Arc;

    /// A program of `n` copies of top-level statements that a chunk must not split: an `if`
    /// with its `elif` and `else`, a decorated function, a `try` with its handlers, a header
    /// whose block is on the next line, and a class.
    fn long_program(n: usize) -> String {
        let mut s = String::from("\"\"\"doc\"\"\"\n");
        for i in 0..n {
            s += &format!(
                "if x{i}:\n    a = {i}\nelif y:\n    pass\nelse:\n    b = [1,\n  2]\n\
                 @dec\n@dec2(1)\ndef f{i}(a, b=2):\n    return a\n\
                 try:\n    pass\nexcept E:\n    pass\nfinally:\n    pass\n\
                 while z: \\\n  pass\n\
                 class C{i}:\n    def __m(self): pass\n\
                 x = {i}; y = {i}\n"
            );
        }
        s
    }

    fn chunks(src: &str) -> Result<Vec<Vec<Stmt>>, LexError> {
        let mut chunks = ModuleChunks::new(src);
        let mut all = vec![];
        while let Some(c) = chunks.next_chunk()? {
            all.push(c);
        }
        Ok(all)
    }

    #[test]
    fn chunks_parse_what_the_whole_file_parses() {
        let src = long_program(400);
        let all = chunks(&src).expect("parses");
        assert!(
            all.len() > 3,
            "a long program is split: {} chunks",
            all.len()
        );
        let joined: Vec<Stmt> = all.into_iter().flatten().collect();
        let whole = parse_module(&src).expect("parses");
        assert_eq!(joined.len(), whole.len());
        assert_eq!(format!("{joined:?}"), format!("{whole:?}"));
    }

    fn compile_error(src: &str) -> LexError {
        let source = Arc::new(Source {
            filename: "<test>".into(),
            text: src.into(),
        });
        match crate::compiler::codegen::compile_source(source) {
            Ok(_) => panic!("compiles"),
            Err(e) => e,
        }
    }

    #[test]
    fn errors_come_in_whole_file_order_across_chunks() {
        let body = long_program(400);
        let line = |e: &LexError, src: &str| line_of(src, e.offset);
        // a syntax error late in the file comes before a compile error early in it
        let src = format!("def g():\n    break\n{body}x = (1 +\n");
        let e = compile_error(&src);
        assert_eq!(e.msg, "'(' was never closed");
        assert_eq!(line(&e, &src), src.lines().count());
        let src = format!("def g():\n    break\n{body}x = = 1\n");
        assert_eq!(compile_error(&src).msg, "invalid syntax");
        // a scope error late in the file comes before a compile error early in it
        let src = format!("def g():\n    break\n{body}def h():\n    nonlocal q\n");
        assert_eq!(compile_error(&src).msg, "no binding for nonlocal 'q' found");
        // and alone, the compile error is reported
        let src = format!("def g():\n    break\n{body}");
        assert_eq!(compile_error(&src).msg, "'break' outside loop");
        // an indented first line is an error; an indented line after a split is not lexed as one
        assert_eq!(compile_error("  x = 1\n").msg, "unexpected indent");
    }
}

#[cfg(test)]
mod logic_tests {
    use super::*;

    /// The expression as a tree with each node's span: `(or a b)@0..6`.
    fn show(e: &Expr, src: &str) -> String {
        let span = &src[e.span.start as usize..e.span.end as usize];
        let inner = match &e.kind {
            ExprKind::Name(n) => return n.to_string(),
            ExprKind::Or(a, b) => format!("(or {} {})", show(a, src), show(b, src)),
            ExprKind::And(a, b) => format!("(and {} {})", show(a, src), show(b, src)),
            ExprKind::Unary(UnOp::Not, a) => format!("(not {})", show(a, src)),
            ExprKind::Compare(a, cs) => {
                let mut s = format!("(cmp {}", show(a, src));
                for (op, e) in cs {
                    s += &format!(" {op:?} {}", show(e, src));
                }
                s + ")"
            }
            ExprKind::BinOp(a, op, b) => format!("({op:?} {} {})", show(a, src), show(b, src)),
            other => format!("{other:?}"),
        };
        format!("{inner}[{span}]")
    }

    fn tree(src: &str) -> String {
        show(&parse_expression(src, 0).expect("parses"), src)
    }

    #[test]
    fn precedence_of_or_and_not_and_comparisons() {
        assert_eq!(
            tree("a or b and c"),
            "(or a (and b c)[b and c])[a or b and c]"
        );
        assert_eq!(
            tree("a and b or c"),
            "(or (and a b)[a and b] c)[a and b or c]"
        );
        assert_eq!(
            tree("not a == b and c"),
            "(and (not (cmp a Eq b)[a == b])[not a == b] c)[not a == b and c]"
        );
        assert_eq!(
            tree("a < b < c or not not d"),
            "(or (cmp a Lt b Lt c)[a < b < c] (not (not d)[not d])[not not d])[a < b < c or not not d]"
        );
        assert_eq!(
            tree("a not in b is not c"),
            "(cmp a NotIn b IsNot c)[a not in b is not c]"
        );
        assert_eq!(
            tree("(a or b) and c + 1 > d"),
            "(and (or a b)[a or b] (cmp (Add c Const(Int(1))[1])[c + 1] Gt d)[c + 1 > d])[(a or b) and c + 1 > d]"
        );
        assert_eq!(tree("a or b or c"), "(or (or a b)[a or b] c)[a or b or c]");
    }

    #[test]
    fn not_after_a_comparison_is_a_syntax_error() {
        let e = parse_module("x = a == not b\n").expect_err("rejected");
        assert_eq!((e.msg.as_str(), e.offset), ("invalid syntax", 9));
        assert!(parse_module("x = a and not b\n").is_ok());
    }
}
