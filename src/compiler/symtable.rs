//! Scope analysis: decides, before compiling, whether each name in each scope is a fast local,
//! a cell (a local captured by an inner function), a free variable (captured from outside), a
//! global, or a namespace name (module and class bodies).

use crate::front::ast::*;
use crate::front::token::{ErrorKind, LexError};
use foldhash::{HashMap, HashMapExt};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Function,
    Class,
    Comprehension,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Resolved {
    Local,
    Cell,
    Free,
    Global,
    /// Module or class namespace.
    Name,
}

/// Names with a value each, in first-insertion order. Most scopes bind and use a handful of
/// names, so a small map is a vector searched in place (names of one file share their text,
/// so most comparisons stop at the address); a hash index is built once it grows past
/// `SMALL` entries.
#[derive(Debug, Clone)]
pub struct NameMap<V> {
    entries: Vec<(Ident, V)>,
    index: HashMap<Ident, usize>,
}

/// A set of names in first-insertion order.
pub type NameSet = NameMap<()>;

const SMALL: usize = 16;

/// Whether two names are equal: the same `Ident` (the usual case), or the same text compared
/// in place — names are short, and a call to `memcmp` per candidate cost more than the loop.
#[inline]
fn same_name(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && (std::ptr::eq(a.as_ptr(), b.as_ptr()) || a.bytes().zip(b.bytes()).all(|(x, y)| x == y))
}

impl<V> Default for NameMap<V> {
    fn default() -> Self {
        NameMap {
            entries: Vec::new(),
            index: HashMap::new(),
        }
    }
}

impl<V> NameMap<V> {
    fn position(&self, n: &str) -> Option<usize> {
        if self.entries.len() > SMALL {
            return self.index.get(n).copied();
        }
        self.entries.iter().position(|(m, _)| same_name(m, n))
    }

    pub fn get(&self, n: &str) -> Option<&V> {
        self.position(n).map(|i| &self.entries[i].1)
    }

    pub fn contains(&self, n: &str) -> bool {
        self.position(n).is_some()
    }

    /// Sets `n`'s value; a name already there keeps its place.
    pub fn insert(&mut self, n: &Ident, v: V) {
        if let Some(i) = self.position(n) {
            self.entries[i].1 = v;
            return;
        }
        self.push_new(n, v);
    }

    /// Appends `n`, known not to be there.
    fn push_new(&mut self, n: &Ident, v: V) {
        self.entries.push((n.clone(), v));
        match self.entries.len() {
            len if len <= SMALL => {}
            _ if self.index.is_empty() => self.reindex(),
            len => {
                self.index.insert(n.clone(), len - 1);
            }
        }
    }

    fn remove(&mut self, n: &str) {
        if let Some(i) = self.position(n) {
            self.entries.remove(i);
            self.reindex();
        }
    }

    /// Rebuilds the hash index from the list (empty while the map is small).
    fn reindex(&mut self) {
        self.index.clear();
        if self.entries.len() > SMALL {
            self.index = self
                .entries
                .iter()
                .enumerate()
                .map(|(i, (m, _))| (m.clone(), i))
                .collect();
        }
    }

    pub fn names(&self) -> impl Iterator<Item = &Ident> {
        self.entries.iter().map(|(n, _)| n)
    }
}

impl NameSet {
    /// Adds `n`; false when it was there already.
    fn add(&mut self, n: &Ident) -> bool {
        if self.contains(n) {
            return false;
        }
        self.push_new(n, ());
        true
    }
}

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub params: Vec<Ident>,
    /// Names bound in this scope, in first-binding order.
    bound: NameSet,
    used: NameSet,
    globals: NameSet,
    nonlocals: NameSet,
    pub children: Vec<usize>,
    pub resolved: NameMap<Resolved>,
    pub cellvars: Vec<Ident>,
    pub freevars: Vec<Ident>,
    /// Locals in first-binding order (parameters first).
    pub varnames: Vec<Ident>,
    pub is_generator: bool,
    /// An `async def`, or a comprehension that awaits: calling it makes a coroutine (an
    /// async generator when it also yields).
    pub is_coroutine: bool,
    /// The class name private names are mangled with, inside a class body and what it nests.
    pub private: Option<String>,
}

impl Scope {
    fn new(kind: ScopeKind) -> Scope {
        Scope {
            kind,
            params: vec![],
            bound: NameSet::default(),
            used: NameSet::default(),
            globals: NameSet::default(),
            nonlocals: NameSet::default(),
            children: vec![],
            resolved: NameMap::default(),
            cellvars: vec![],
            freevars: vec![],
            varnames: vec![],
            is_generator: false,
            is_coroutine: false,
            private: None,
        }
    }

    fn bind(&mut self, name: &Ident) {
        self.bound.add(name);
    }

    pub fn resolve(&self, name: &str) -> Resolved {
        match self.resolved.get(name) {
            Some(r) => *r,
            None => match self.kind {
                ScopeKind::Module | ScopeKind::Class => Resolved::Name,
                _ => Resolved::Global,
            },
        }
    }
}

/// All scopes of a module, in the order the compiler meets them (pre-order).
pub struct SymTable {
    pub scopes: Vec<Scope>,
    /// The number of the first scope nested in each `else` and `finally` body of a `try`, by
    /// the offset of the body's first statement: the compiler compiles a finally body once per
    /// exit path, and an else body before the handlers that precede it here.
    pub block_scopes: HashMap<u32, usize>,
}

struct Builder {
    scopes: Vec<Scope>,
    stack: Vec<usize>,
    block_scopes: HashMap<u32, usize>,
    /// The statement being visited may be a `from __future__` import: it is one of those
    /// at the top of the module (after its docstring).
    future_ok: bool,
}

/// The features `from __future__ import` knows (all of them are on in Python 3.11 but
/// `annotations`, which the compiler honours, and `barry_as_FLUFL`, a joke).
const FUTURE_FEATURES: [&str; 10] = [
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
    "annotations",
];

fn future_features(names: &[Alias], at: u32) -> Result<(), LexError> {
    for a in names {
        if a.name == "braces" {
            return Err(err("not a chance".into(), at));
        }
        if !FUTURE_FEATURES.contains(&a.name.as_str()) {
            return Err(err(format!("future feature {} is not defined", a.name), at));
        }
    }
    Ok(())
}

/// The SyntaxError for binding the name `__debug__` (a constant of the compiler).
fn forbid_debug(name: &str, at: u32) -> Result<(), LexError> {
    match name == "__debug__" {
        true => Err(err("cannot assign to __debug__".into(), at)),
        false => Ok(()),
    }
}

fn err(msg: String, offset: u32) -> LexError {
    LexError {
        kind: ErrorKind::Syntax,
        msg,
        offset: offset as usize,
    }
}

pub fn build(module: &[Stmt]) -> Result<SymTable, LexError> {
    let mut b = Builder {
        scopes: vec![Scope::new(ScopeKind::Module)],
        stack: vec![0],
        block_scopes: HashMap::new(),
        future_ok: false,
    };
    let mut prefix = true;
    for (i, s) in module.iter().enumerate() {
        let future = matches!(&s.kind,
            StmtKind::ImportFrom { module, level: 0, .. } if module == "__future__");
        b.future_ok = prefix && future;
        b.stmt(s)?;
        let doc = i == 0 && crate::compiler::codegen::docstring(&module[..1]).is_some();
        prefix &= future || doc;
    }
    let mut scopes = b.scopes;
    analyze(&mut scopes, 0, &NameSet::default())?;
    Ok(SymTable {
        scopes,
        block_scopes: b.block_scopes,
    })
}

impl Builder {
    fn cur(&mut self) -> &mut Scope {
        let i = *self.stack.last().expect("scope stack");
        &mut self.scopes[i]
    }

    fn push(&mut self, kind: ScopeKind) -> usize {
        let id = self.scopes.len();
        let parent = *self.stack.last().expect("scope stack");
        let mut scope = Scope::new(kind);
        scope.private = self.scopes[parent].private.clone();
        self.scopes.push(scope);
        self.scopes[parent].children.push(id);
        self.stack.push(id);
        id
    }

    fn pop(&mut self) {
        self.stack.pop();
    }

    fn bind(&mut self, name: &Ident, at: u32) -> Result<(), LexError> {
        forbid_debug(name, at)?;
        self.bind_any(name, at)
    }

    /// `bind` without the check for `__debug__`, which a `case` pattern may capture.
    fn bind_any(&mut self, name: &Ident, at: u32) -> Result<(), LexError> {
        let s = self.cur();
        if s.kind == ScopeKind::Module && s.nonlocals.contains(name) {
            return Err(err(
                "nonlocal declaration not allowed at module level".into(),
                at,
            ));
        }
        s.bind(name);
        Ok(())
    }

    /// Binds the name of a `def` or `class` statement (mangled when private).
    fn bind_def(&mut self, name: &Ident, at: u32) -> Result<(), LexError> {
        match mangle(self.cur().private.as_deref(), name) {
            Some(m) => self.bind(&Ident::from(m), at),
            None => self.bind(name, at),
        }
    }

    fn use_name(&mut self, name: &Ident) {
        self.cur().used.add(name);
    }

    fn body(&mut self, body: &[Stmt]) -> Result<(), LexError> {
        body.iter().try_for_each(|s| self.stmt(s))
    }

    fn params_defaults(&mut self, p: &Params) -> Result<(), LexError> {
        for a in p.args.iter().chain(p.kwonly.iter()) {
            if let Some(d) = &a.default {
                self.expr(d)?;
            }
        }
        for (_, a) in &p.annotations {
            self.expr(a)?;
        }
        Ok(())
    }

    fn enter_function(&mut self, p: &Params, at: u32) -> Result<(), LexError> {
        self.push(ScopeKind::Function);
        let names = p.args.iter().chain(&p.kwonly).map(|a| &a.name);
        for n in names.chain(&p.vararg).chain(&p.kwarg) {
            forbid_debug(n, at)?;
            let sc = self.cur();
            sc.params.push(n.clone());
            sc.bind(n);
        }
        Ok(())
    }

    fn stmt(&mut self, s: &Stmt) -> Result<(), LexError> {
        match &s.kind {
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::Assign(ts, v) => {
                self.expr(v)?;
                ts.iter().try_for_each(|t| self.target(t))
            }
            StmtKind::AugAssign(a) => {
                let (t, _, v) = &**a;
                self.expr(v)?;
                match &t.kind {
                    ExprKind::Name(n) => self.use_name(n),
                    // (`o.__debug__ += 1` is allowed, unlike `o.__debug__ = 1`)
                    ExprKind::Attribute(o, _) => return self.expr(o),
                    _ => {}
                }
                self.target(t)
            }
            StmtKind::AnnAssign(ann) => {
                let (t, a, v) = &**ann;
                if self.cur().kind != ScopeKind::Function {
                    self.expr(a)?;
                }
                if let Some(v) = v {
                    self.expr(v)?;
                }
                self.target(t)
            }
            StmtKind::If(c, b, e) | StmtKind::While(c, b, e) => {
                self.expr(c)?;
                self.body(b)?;
                self.body(e)
            }
            StmtKind::For(f) | StmtKind::AsyncFor(f) => {
                if let StmtKind::AsyncFor(_) = s.kind {
                    self.need_async("'async for'", s.span.start)?;
                }
                let (t, i, b, e) = &**f;
                self.expr(i)?;
                self.target(t)?;
                self.body(b)?;
                self.body(e)
            }
            StmtKind::Break | StmtKind::Continue | StmtKind::Pass => Ok(()),
            StmtKind::Return(e) => {
                if self.cur().kind != ScopeKind::Function {
                    return Err(err("'return' outside function".into(), s.span.start));
                }
                e.iter().try_for_each(|e| self.expr(e))
            }
            StmtKind::FunctionDef {
                name,
                params,
                body,
                decorators,
                is_async,
            } => {
                decorators.iter().try_for_each(|d| self.expr(d))?;
                self.params_defaults(params)?;
                self.bind_def(name, s.span.start)?;
                self.enter_function(params, s.span.start)?;
                self.cur().is_coroutine = *is_async;
                self.body(body)?;
                self.pop();
                Ok(())
            }
            StmtKind::ClassDef {
                name,
                bases,
                body,
                decorators,
            } => {
                decorators.iter().try_for_each(|d| self.expr(d))?;
                for a in bases {
                    self.arg(a)?;
                }
                self.bind_def(name, s.span.start)?;
                self.push(ScopeKind::Class);
                self.cur().private = Some(private_of(name));
                self.body(body)?;
                self.pop();
                Ok(())
            }
            StmtKind::Global(names) => {
                for n in names {
                    let sc = self.cur();
                    if sc.bound.contains(n) || sc.used.contains(n) {
                        let what = if sc.params.contains(n) {
                            "is parameter and global"
                        } else if sc.bound.contains(n) {
                            "is assigned to before global declaration"
                        } else {
                            "is used prior to global declaration"
                        };
                        return Err(err(format!("name '{n}' {what}"), s.span.start));
                    }
                    sc.globals.add(n);
                }
                Ok(())
            }
            StmtKind::Nonlocal(names) => {
                if self.cur().kind == ScopeKind::Module {
                    return Err(err(
                        "nonlocal declaration not allowed at module level".into(),
                        s.span.start,
                    ));
                }
                for n in names {
                    let sc = self.cur();
                    if sc.params.contains(n) {
                        return Err(err(
                            format!("name '{n}' is parameter and nonlocal"),
                            s.span.start,
                        ));
                    }
                    if sc.bound.contains(n) || sc.used.contains(n) {
                        let what = if sc.bound.contains(n) {
                            "is assigned to before nonlocal declaration"
                        } else {
                            "is used prior to nonlocal declaration"
                        };
                        return Err(err(format!("name '{n}' {what}"), s.span.start));
                    }
                    sc.nonlocals.add(n);
                }
                Ok(())
            }
            StmtKind::Del(ts) => ts.iter().try_for_each(|t| {
                if let ExprKind::Name(n) = &t.kind {
                    if &**n == "__debug__" {
                        return Err(err("cannot delete __debug__".into(), t.span.start));
                    }
                }
                self.target(t)
            }),
            StmtKind::Assert(t, m) => {
                self.expr(t)?;
                m.iter().try_for_each(|m| self.expr(m))
            }
            StmtKind::Raise(e, c) => {
                e.iter().try_for_each(|e| self.expr(e))?;
                c.iter().try_for_each(|c| self.expr(c))
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.body(body)?;
                for h in handlers {
                    if let Some(t) = &h.typ {
                        self.expr(t)?;
                    }
                    if let Some(n) = &h.name {
                        self.bind(n, h.span.start)?;
                    }
                    self.body(&h.body)?;
                }
                if let Some(first) = orelse.first() {
                    self.block_scopes
                        .insert(first.span.start, self.scopes.len());
                }
                self.body(orelse)?;
                if let Some(first) = finalbody.first() {
                    self.block_scopes
                        .insert(first.span.start, self.scopes.len());
                }
                self.body(finalbody)
            }
            StmtKind::With(items, body) | StmtKind::AsyncWith(items, body) => {
                if let StmtKind::AsyncWith(..) = s.kind {
                    self.need_async("'async with'", s.span.start)?;
                }
                for (e, t) in items {
                    self.expr(e)?;
                    if let Some(t) = t {
                        self.target(t)?;
                    }
                }
                self.body(body)
            }
            StmtKind::Match(m) => {
                self.expr(&m.0)?;
                for case in &m.1 {
                    self.pattern(&case.pattern)?;
                    case.guard.iter().try_for_each(|g| self.expr(g))?;
                    self.body(&case.body)?;
                }
                Ok(())
            }
            StmtKind::Import(names) => {
                for a in names {
                    let bound = a
                        .asname
                        .as_deref()
                        .unwrap_or_else(|| a.name.split('.').next().unwrap_or(""));
                    self.bind(&Ident::from(bound), s.span.start)?;
                }
                Ok(())
            }
            StmtKind::ImportFrom {
                names,
                module,
                level,
            } => {
                if module == "__future__" && *level == 0 {
                    if !self.future_ok {
                        let msg = "from __future__ imports must occur at the beginning of the file";
                        return Err(err(msg.into(), s.span.start));
                    }
                    future_features(names, s.span.start)?;
                }
                if names.is_empty() && self.cur().kind != ScopeKind::Module {
                    return Err(err(
                        "import * only allowed at module level".into(),
                        s.span.start,
                    ));
                }
                for a in names {
                    let bound = a.asname.as_ref().unwrap_or(&a.name);
                    self.bind(&Ident::from(bound.as_str()), s.span.start)?;
                }
                Ok(())
            }
        }
    }

    fn target(&mut self, t: &Expr) -> Result<(), LexError> {
        match &t.kind {
            ExprKind::Name(n) => self.bind(n, t.span.start),
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                items.iter().try_for_each(|i| self.target(i))
            }
            ExprKind::Starred(e) => self.target(e),
            ExprKind::Attribute(o, attr) => {
                forbid_debug(attr, t.span.start)?;
                self.expr(o)
            }
            ExprKind::Subscript(o, k) => {
                self.expr(o)?;
                self.expr(k)
            }
            _ => self.expr(t),
        }
    }

    /// The names a pattern binds and the expressions it evaluates.
    fn pattern(&mut self, p: &Pattern) -> Result<(), LexError> {
        match &p.kind {
            PatternKind::Value(e) => self.expr(e),
            PatternKind::Singleton(_) | PatternKind::Star(None) => Ok(()),
            PatternKind::Star(Some(n)) => self.bind_any(n, p.span.start),
            PatternKind::Sequence(ps) | PatternKind::Or(ps) => {
                ps.iter().try_for_each(|p| self.pattern(p))
            }
            PatternKind::Mapping { keys, values, rest } => {
                keys.iter().try_for_each(|k| self.expr(k))?;
                values.iter().try_for_each(|v| self.pattern(v))?;
                rest.iter().try_for_each(|n| self.bind_any(n, p.span.start))
            }
            PatternKind::Class { cls, args, kwargs } => {
                self.expr(cls)?;
                args.iter().try_for_each(|a| self.pattern(a))?;
                kwargs.iter().try_for_each(|(_, k)| self.pattern(k))
            }
            PatternKind::As(inner, name) => {
                inner.iter().try_for_each(|i| self.pattern(i))?;
                name.iter().try_for_each(|n| self.bind_any(n, p.span.start))
            }
        }
    }

    fn arg(&mut self, a: &Arg) -> Result<(), LexError> {
        match a {
            Arg::Pos(e) | Arg::Star(e) | Arg::Kw(_, e) | Arg::StarStar(e) => self.expr(e),
        }
    }

    fn comprehension(
        &mut self,
        gens: &[Comprehension],
        elts: &[&Expr],
        is_gen: bool,
    ) -> Result<(), LexError> {
        self.push(ScopeKind::Comprehension);
        let dot0 = Ident::from(".0");
        self.cur().params.push(dot0.clone());
        self.cur().bind(&dot0);
        if is_gen {
            self.cur().is_generator = true;
        }
        for (i, g) in gens.iter().enumerate() {
            if i > 0 {
                self.expr(&g.iter)?;
            }
            if g.is_async {
                self.cur().is_coroutine = true;
            }
            self.target(&g.target)?;
            g.ifs.iter().try_for_each(|c| self.expr(c))?;
        }
        elts.iter().try_for_each(|e| self.expr(e))?;
        let is_async = self.cur().is_coroutine;
        self.pop();
        // An async generator expression may be anywhere; other async comprehensions run in
        // the enclosing scope's await.
        if is_async && !is_gen && !self.may_await() {
            let at = gens[0].target.span.start;
            return Err(err(
                "asynchronous comprehension outside of an asynchronous function".into(),
                at,
            ));
        }
        // The first iterable is evaluated in the enclosing scope, after the comprehension's
        // code is built (the compiler meets nested scopes in this same order).
        self.expr(&gens[0].iter)
    }

    fn expr(&mut self, e: &Expr) -> Result<(), LexError> {
        match &e.kind {
            ExprKind::Name(n) => {
                self.use_name(n);
                if &**n == "super"
                    && self.cur().kind == ScopeKind::Function
                    && self.stack.len() >= 2
                {
                    let parent = self.stack[self.stack.len() - 2];
                    if self.scopes[parent].kind == ScopeKind::Class {
                        // zero-argument super() reads the class from an implicit cell
                        self.use_name(&Ident::from("__class__"));
                    }
                }
                Ok(())
            }
            ExprKind::Const(_) => Ok(()),
            ExprKind::FString(parts) => self.fparts(parts),
            ExprKind::List(v) | ExprKind::Tuple(v) | ExprKind::Set(v) => {
                v.iter().try_for_each(|x| self.expr(x))
            }
            ExprKind::Dict(items) => {
                for (k, v) in items {
                    if let Some(k) = k {
                        self.expr(k)?;
                    }
                    self.expr(v)?;
                }
                Ok(())
            }
            ExprKind::Starred(x) | ExprKind::Unary(_, x) | ExprKind::Attribute(x, _) => {
                self.expr(x)
            }
            ExprKind::BinOp(a, _, b)
            | ExprKind::And(a, b)
            | ExprKind::Or(a, b)
            | ExprKind::Subscript(a, b) => {
                self.expr(a)?;
                self.expr(b)
            }
            ExprKind::Compare(a, rest) => {
                self.expr(a)?;
                rest.iter().try_for_each(|(_, x)| self.expr(x))
            }
            ExprKind::Call(f, args) => {
                self.expr(f)?;
                for a in args {
                    if let Arg::Kw(k, _) = a {
                        forbid_debug(k, e.span.start)?;
                    }
                    self.arg(a)?;
                }
                Ok(())
            }
            ExprKind::Slice(a, b, c) => {
                for x in [a, b, c].into_iter().flatten() {
                    self.expr(x)?;
                }
                Ok(())
            }
            ExprKind::IfExp(c, a, b) => {
                self.expr(c)?;
                self.expr(a)?;
                self.expr(b)
            }
            ExprKind::Lambda(p, body) => {
                self.params_defaults(p)?;
                self.enter_function(p, e.span.start)?;
                self.expr(body)?;
                self.pop();
                Ok(())
            }
            ExprKind::ListComp(x, g) | ExprKind::SetComp(x, g) => {
                self.comprehension(g, &[x], false)
            }
            ExprKind::GenExp(x, g) => self.comprehension(g, &[x], true),
            ExprKind::DictComp(k, v, g) => self.comprehension(g, &[k, v], false),
            ExprKind::Yield(x) => {
                self.mark_generator(e)?;
                x.iter().try_for_each(|x| self.expr(x))
            }
            ExprKind::YieldFrom(x) => {
                self.mark_generator(e)?;
                if self.cur().is_coroutine {
                    return Err(err(
                        "'yield from' inside async function".into(),
                        e.span.start,
                    ));
                }
                self.expr(x)
            }
            ExprKind::Await(x) => {
                if !self.may_await() {
                    let msg = match self.cur().kind {
                        ScopeKind::Function => "'await' outside async function",
                        _ => "'await' outside function",
                    };
                    return Err(err(msg.into(), e.span.start));
                }
                self.expr(x)
            }
            ExprKind::NamedExpr(n, v) => {
                self.expr(v)?;
                // In a comprehension the name binds in the nearest enclosing real scope.
                let mut k = self.stack.len() - 1;
                while self.scopes[self.stack[k]].kind == ScopeKind::Comprehension && k > 0 {
                    let id = self.stack[k];
                    self.scopes[id].nonlocals.add(n);
                    k -= 1;
                }
                let target = self.stack[k];
                if target != *self.stack.last().expect("scope") {
                    if self.scopes[target].kind == ScopeKind::Module {
                        for &id in &self.stack[k + 1..] {
                            self.scopes[id].nonlocals.remove(n);
                            self.scopes[id].globals.add(n);
                        }
                    }
                    self.scopes[target].bind(n);
                    Ok(())
                } else {
                    self.bind(n, e.span.start)
                }
            }
        }
    }

    /// Whether an `await` may be compiled here: in an `async def`, or in a comprehension
    /// (which then becomes asynchronous itself).
    fn may_await(&mut self) -> bool {
        let sc = self.cur();
        match sc.kind {
            ScopeKind::Comprehension => {
                sc.is_coroutine = true;
                true
            }
            ScopeKind::Function => sc.is_coroutine,
            _ => false,
        }
    }

    fn need_async(&mut self, what: &str, at: u32) -> Result<(), LexError> {
        if self.cur().kind == ScopeKind::Function && self.cur().is_coroutine {
            return Ok(());
        }
        Err(err(format!("{what} outside async function"), at))
    }

    fn mark_generator(&mut self, e: &Expr) -> Result<(), LexError> {
        match self.cur().kind {
            ScopeKind::Function => {
                self.cur().is_generator = true;
                Ok(())
            }
            ScopeKind::Comprehension => Err(err(
                "'yield' inside list comprehension".into(),
                e.span.start,
            )),
            _ => Err(err("'yield' outside function".into(), e.span.start)),
        }
    }

    fn fparts(&mut self, parts: &[FPiece]) -> Result<(), LexError> {
        for p in parts {
            if let FPiece::Expr { expr, spec, .. } = p {
                self.expr(expr)?;
                if let Some(s) = spec {
                    self.fparts(s)?;
                }
            }
        }
        Ok(())
    }
}

/// Resolves every name of scope `id` given the names bound by enclosing function scopes;
/// returns the names this scope needs from outside (its free variables).
fn analyze(scopes: &mut Vec<Scope>, id: usize, enclosing: &NameSet) -> Result<NameSet, LexError> {
    let kind = scopes[id].kind;
    // What children can see: our own bindings, when we are a function-like scope (built only
    // when there are children to see them).
    let mut visible = NameSet::default();
    match kind {
        _ if scopes[id].children.is_empty() => {}
        ScopeKind::Module => {}
        ScopeKind::Function | ScopeKind::Comprehension => {
            visible = enclosing.clone();
            let s = &scopes[id];
            for n in s.bound.names() {
                if !s.globals.contains(n) {
                    visible.add(n);
                }
            }
            for n in s.nonlocals.names() {
                visible.add(n);
            }
        }
        ScopeKind::Class => {
            visible = enclosing.clone();
            visible.add(&Ident::from("__class__"));
        }
    }
    let mut child_free = NameSet::default();
    let children = std::mem::take(&mut scopes[id].children);
    for c in children {
        for n in analyze(scopes, c, &visible)?.names() {
            child_free.add(n);
        }
    }

    let s = &mut scopes[id];
    let mut free = NameSet::default();
    let mut resolved = NameMap::default();
    for n in s.nonlocals.names() {
        if !enclosing.contains(n) {
            return Err(err(format!("no binding for nonlocal '{n}' found"), 0));
        }
        resolved.insert(n, Resolved::Free);
        free.add(n);
    }
    for n in s.globals.names() {
        resolved.insert(n, Resolved::Global);
    }
    match kind {
        ScopeKind::Module => {
            // Module-level names are globals; nothing is free.
        }
        ScopeKind::Class => {
            if child_free.contains("__class__") {
                resolved.insert(&Ident::from("__class__"), Resolved::Cell);
            }
            for n in s.used.names().chain(child_free.names()) {
                if resolved.contains(n) {
                    continue;
                }
                if !s.bound.contains(n) && enclosing.contains(n) {
                    free.add(n);
                    resolved.insert(n, Resolved::Free);
                } else if child_free.contains(n) && enclosing.contains(n) {
                    free.add(n);
                }
            }
        }
        ScopeKind::Function | ScopeKind::Comprehension => {
            for n in s.bound.names() {
                if resolved.contains(n) {
                    continue;
                }
                let r = if child_free.contains(n) {
                    Resolved::Cell
                } else {
                    Resolved::Local
                };
                resolved.push_new(n, r);
            }
            for n in s.used.names().chain(child_free.names()) {
                if resolved.contains(n) {
                    continue;
                }
                if enclosing.contains(n) {
                    resolved.push_new(n, Resolved::Free);
                    free.add(n);
                } else {
                    resolved.push_new(n, Resolved::Global);
                }
            }
        }
    }
    // Stable layouts: parameters first, then locals in binding order.
    let mut varnames: Vec<Ident> = s.params.clone();
    // (the bound names are distinct, so only the parameters need looking up: in a set, as a
    // function may have thousands of them)
    let mut params = NameSet::default();
    for p in &s.params {
        params.add(p);
    }
    for n in s.bound.names() {
        if resolved.get(n) == Some(&Resolved::Local) && !params.contains(n) {
            varnames.push(n.clone());
        }
    }
    let mut cellvars: Vec<Ident> = s
        .bound
        .names()
        .filter(|n| resolved.get(n) == Some(&Resolved::Cell))
        .cloned()
        .collect();
    if kind == ScopeKind::Class && resolved.get("__class__") == Some(&Resolved::Cell) {
        cellvars.push(Ident::from("__class__"));
    }
    cellvars.sort();
    let mut freevars: Vec<Ident> = free.names().cloned().collect();
    freevars.sort();
    if kind == ScopeKind::Class {
        // names free in methods that pass through the class
        freevars.retain(|n| enclosing.contains(n));
    }
    s.varnames = varnames;
    s.cellvars = cellvars;
    s.freevars = freevars;
    s.resolved = resolved;
    // The compiler needs only what was resolved; the sets that fed it are dropped now, which
    // halves the table's peak size on a file of many small functions.
    s.bound = NameSet::default();
    s.used = NameSet::default();
    s.globals = NameSet::default();
    s.nonlocals = NameSet::default();
    Ok(free)
}

// ---------------------------------------------------------------- private name mangling

/// `__name` inside class `C` means `_C__name` (the class name without its leading
/// underscores); dunder names, dotted names and classes named only `_` are left alone.
pub fn mangle(private: Option<&str>, name: &str) -> Option<String> {
    let p = private?;
    if p.is_empty() || !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return None;
    }
    Some(format!("_{p}{name}"))
}

/// The name a class body mangles private names with.
pub fn private_of(class_name: &str) -> String {
    class_name.trim_start_matches('_').to_string()
}

/// Rewrites private names in class bodies (and everything nested in them) to their mangled
/// form, before scopes are analysed. The names a `def` or `class` statement binds are left to
/// the symbol table and the compiler, since the function keeps its own `__name__`.
pub fn mangle_private_names(stmts: &mut [Stmt]) {
    Mangler { private: None }.body(stmts);
}

struct Mangler {
    private: Option<String>,
}

impl Mangler {
    fn name(&self, n: &mut Ident) {
        if let Some(m) = mangle(self.private.as_deref(), n) {
            *n = Ident::from(m);
        }
    }

    fn body(&mut self, stmts: &mut [Stmt]) {
        stmts.iter_mut().for_each(|s| self.stmt(s));
    }

    fn params(&mut self, p: &mut Params) {
        for a in p.args.iter_mut().chain(p.kwonly.iter_mut()) {
            self.name(&mut a.name);
            if let Some(d) = &mut a.default {
                self.expr(d);
            }
        }
        for v in [&mut p.vararg, &mut p.kwarg].into_iter().flatten() {
            self.name(v);
        }
    }

    fn stmt(&mut self, s: &mut Stmt) {
        match &mut s.kind {
            StmtKind::Expr(e) | StmtKind::Return(Some(e)) => self.expr(e),
            StmtKind::Assign(ts, v) => {
                ts.iter_mut().for_each(|t| self.expr(t));
                self.expr(v);
            }
            StmtKind::AugAssign(a) => {
                let (t, _, v) = &mut **a;
                self.expr(t);
                self.expr(v);
            }
            StmtKind::AnnAssign(ann) => {
                let (t, a, v) = &mut **ann;
                self.expr(t);
                self.expr(a);
                v.iter_mut().for_each(|v| self.expr(v));
            }
            StmtKind::If(c, b, e) | StmtKind::While(c, b, e) => {
                self.expr(c);
                self.body(b);
                self.body(e);
            }
            StmtKind::For(f) | StmtKind::AsyncFor(f) => {
                let (t, i, b, e) = &mut **f;
                self.expr(t);
                self.expr(i);
                self.body(b);
                self.body(e);
            }
            StmtKind::FunctionDef {
                params,
                body,
                decorators,
                ..
            } => {
                decorators.iter_mut().for_each(|d| self.expr(d));
                self.params(params);
                self.body(body);
            }
            StmtKind::ClassDef {
                name,
                bases,
                body,
                decorators,
            } => {
                decorators.iter_mut().for_each(|d| self.expr(d));
                bases.iter_mut().for_each(|a| self.arg(a));
                let outer = self.private.replace(private_of(name));
                self.body(body);
                self.private = outer;
            }
            StmtKind::Global(names) | StmtKind::Nonlocal(names) => {
                names.iter_mut().for_each(|n| self.name(n));
            }
            StmtKind::Del(ts) => ts.iter_mut().for_each(|t| self.expr(t)),
            StmtKind::Assert(t, m) => {
                self.expr(t);
                m.iter_mut().for_each(|m| self.expr(m));
            }
            StmtKind::Raise(e, c) => {
                e.iter_mut().chain(c.iter_mut()).for_each(|x| self.expr(x));
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.body(body);
                for h in handlers {
                    h.typ.iter_mut().for_each(|t| self.expr(t));
                    h.name.iter_mut().for_each(|n| self.name(n));
                    self.body(&mut h.body);
                }
                self.body(orelse);
                self.body(finalbody);
            }
            StmtKind::With(items, body) | StmtKind::AsyncWith(items, body) => {
                for (e, t) in items {
                    self.expr(e);
                    t.iter_mut().for_each(|t| self.expr(t));
                }
                self.body(body);
            }
            StmtKind::Match(m) => {
                self.expr(&mut m.0);
                for case in &mut m.1 {
                    self.pattern(&mut case.pattern);
                    case.guard.iter_mut().for_each(|g| self.expr(g));
                    self.body(&mut case.body);
                }
            }
            StmtKind::Import(names) | StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    if let Some(n) = &mut a.asname {
                        if let Some(m) = mangle(self.private.as_deref(), n) {
                            *n = m;
                        }
                    }
                }
            }
            StmtKind::Return(None) | StmtKind::Break | StmtKind::Continue | StmtKind::Pass => {}
        }
    }

    fn pattern(&mut self, p: &mut Pattern) {
        match &mut p.kind {
            PatternKind::Value(e) => self.expr(e),
            PatternKind::Singleton(_) | PatternKind::Star(None) => {}
            PatternKind::Star(Some(n)) => self.name(n),
            PatternKind::Sequence(ps) | PatternKind::Or(ps) => {
                ps.iter_mut().for_each(|p| self.pattern(p));
            }
            PatternKind::Mapping { keys, values, rest } => {
                keys.iter_mut().for_each(|k| self.expr(k));
                values.iter_mut().for_each(|v| self.pattern(v));
                rest.iter_mut().for_each(|n| self.name(n));
            }
            PatternKind::Class { cls, args, kwargs } => {
                self.expr(cls);
                args.iter_mut().for_each(|a| self.pattern(a));
                kwargs.iter_mut().for_each(|(_, k)| self.pattern(k));
            }
            PatternKind::As(inner, name) => {
                inner.iter_mut().for_each(|i| self.pattern(i));
                name.iter_mut().for_each(|n| self.name(n));
            }
        }
    }

    fn arg(&mut self, a: &mut Arg) {
        match a {
            Arg::Pos(e) | Arg::Star(e) | Arg::Kw(_, e) | Arg::StarStar(e) => self.expr(e),
        }
    }

    fn comprehension(&mut self, gens: &mut [Comprehension]) {
        for g in gens {
            self.expr(&mut g.target);
            self.expr(&mut g.iter);
            g.ifs.iter_mut().for_each(|c| self.expr(c));
        }
    }

    fn fparts(&mut self, parts: &mut [FPiece]) {
        for p in parts {
            if let FPiece::Expr { expr, spec, .. } = p {
                self.expr(expr);
                spec.iter_mut().for_each(|s| self.fparts(s));
            }
        }
    }

    fn expr(&mut self, e: &mut Expr) {
        if self.private.is_none() {
            return;
        }
        match &mut e.kind {
            ExprKind::Name(n) => self.name(n),
            ExprKind::NamedExpr(n, v) => {
                self.name(n);
                self.expr(v);
            }
            ExprKind::Attribute(x, n) => {
                self.name(n);
                self.expr(x);
            }
            ExprKind::Const(_) => {}
            ExprKind::FString(parts) => self.fparts(parts),
            ExprKind::List(v) | ExprKind::Tuple(v) | ExprKind::Set(v) => {
                v.iter_mut().for_each(|x| self.expr(x));
            }
            ExprKind::Dict(items) => {
                for (k, v) in items {
                    k.iter_mut().for_each(|k| self.expr(k));
                    self.expr(v);
                }
            }
            ExprKind::Starred(x)
            | ExprKind::Unary(_, x)
            | ExprKind::YieldFrom(x)
            | ExprKind::Await(x) => self.expr(x),
            ExprKind::BinOp(a, _, b)
            | ExprKind::And(a, b)
            | ExprKind::Or(a, b)
            | ExprKind::Subscript(a, b) => {
                self.expr(a);
                self.expr(b);
            }
            ExprKind::Compare(a, rest) => {
                self.expr(a);
                rest.iter_mut().for_each(|(_, x)| self.expr(x));
            }
            ExprKind::Call(f, args) => {
                self.expr(f);
                args.iter_mut().for_each(|a| self.arg(a));
            }
            ExprKind::Slice(a, b, c) => {
                for x in [a, b, c].into_iter().flatten() {
                    self.expr(x);
                }
            }
            ExprKind::IfExp(c, a, b) => {
                self.expr(c);
                self.expr(a);
                self.expr(b);
            }
            ExprKind::Lambda(p, body) => {
                self.params(p);
                self.expr(body);
            }
            ExprKind::ListComp(x, g) | ExprKind::SetComp(x, g) | ExprKind::GenExp(x, g) => {
                self.expr(x);
                self.comprehension(g);
            }
            ExprKind::DictComp(k, v, g) => {
                self.expr(k);
                self.expr(v);
                self.comprehension(g);
            }
            ExprKind::Yield(x) => x.iter_mut().for_each(|x| self.expr(x)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::front::parser::parse_module;

    fn table(src: &str) -> SymTable {
        build(&parse_module(src).expect("parses")).expect("analyses")
    }

    #[test]
    fn closures_make_cells_and_frees() {
        let t = table(
            "def outer():\n    x = 1\n    def inner():\n        return x + y\n    return inner\n",
        );
        let outer = &t.scopes[1];
        let inner = &t.scopes[2];
        assert_eq!(outer.resolve("x"), Resolved::Cell);
        assert_eq!(inner.resolve("x"), Resolved::Free);
        assert_eq!(inner.resolve("y"), Resolved::Global);
        assert_eq!(outer.cellvars, vec![Ident::from("x")]);
    }

    #[test]
    fn many_names_resolve_through_the_index() {
        // past `SMALL` names a scope's maps search a hash index instead of their list
        let locals: Vec<String> = (0..40).map(|i| format!("v{i}")).collect();
        let mut src = String::from("def f(p):\n");
        for v in &locals {
            src += &format!("    {v} = p\n");
        }
        src += "    del v3\n    return g + v39\n";
        let t = table(&src);
        let f = &t.scopes[1];
        for v in &locals {
            assert_eq!(f.resolve(v), Resolved::Local, "{v}");
        }
        assert_eq!(f.resolve("g"), Resolved::Global);
        assert_eq!(f.resolve("p"), Resolved::Local);
        let expected: Vec<Ident> = std::iter::once("p")
            .chain(locals.iter().map(|v| v.as_str()))
            .map(Ident::from)
            .collect();
        assert_eq!(f.varnames, expected);
    }

    #[test]
    fn a_hundred_thousand_locals_compile_in_linear_time() {
        // every local's slot is found through a hash index, in the scope analysis and in
        // the compiler (it took minutes when they were searched in a list)
        const N: usize = 100_000;
        let mut src = String::from("def f(p, q):\n");
        for i in 0..N {
            src += &format!("    x{i} = p\n");
        }
        src += &format!(
            "    x{} += q\n    return x0 + x{}\nr = f(1, 2)\n",
            N / 2,
            N / 2
        );
        let start = std::time::Instant::now();
        let i = crate::Interpreter::new();
        i.run(&src, "<t>").expect("runs");
        assert_eq!(i.get_global("r"), Some(crate::RustValue::Int(4)));
        let t = table(&src);
        assert_eq!(t.scopes[1].varnames.len(), N + 2);
        assert_eq!(&*t.scopes[1].varnames[N + 1], format!("x{}", N - 1));
        // (seconds even unoptimised; the quadratic search took minutes)
        assert!(start.elapsed().as_secs() < 60, "{:?}", start.elapsed());
    }

    #[test]
    fn name_map_keeps_order_and_removes() {
        let mut m = NameSet::default();
        let names: Vec<Ident> = (0..30).map(|i| Ident::from(format!("n{i}"))).collect();
        for n in &names {
            assert!(m.add(n));
            assert!(!m.add(&Ident::from(&**n)), "text equal, another allocation");
        }
        m.remove("n0");
        m.remove("n20");
        assert!(!m.contains("n0") && !m.contains("n20") && m.contains("n29"));
        let left: Vec<&str> = m.names().map(|n| &**n).collect();
        let expected: Vec<&str> = names
            .iter()
            .map(|n| &**n)
            .filter(|n| *n != "n0" && *n != "n20")
            .collect();
        assert_eq!(left, expected);
        while m.names().count() > 3 {
            let first = m.names().next().cloned().expect("a name");
            m.remove(&first);
        }
        assert!(m.contains("n29") && !m.contains("n1"));
    }

    #[test]
    fn global_and_nonlocal_declarations() {
        let t = table(
            "def f():\n    global g\n    g = 1\n    n = 0\n    def h():\n        nonlocal n\n        n += 1\n    return h\n",
        );
        assert_eq!(t.scopes[1].resolve("g"), Resolved::Global);
        assert_eq!(t.scopes[1].resolve("n"), Resolved::Cell);
        assert_eq!(t.scopes[2].resolve("n"), Resolved::Free);
        assert!(build(&parse_module("def f():\n    nonlocal q\n").unwrap()).is_err());
    }
}
