//! The compiler: walks the AST with the scope table from `symtable` and emits one `Code` object
//! per module, function, lambda and comprehension.

use crate::compiler::code::{
    Code, Source, FLAG_ASYNC_GENERATOR, FLAG_COROUTINE, FLAG_GENERATOR, FLAG_NAMESPACE,
    FLAG_VARARGS, FLAG_VARKW,
};
use crate::compiler::opcode::{Op, IMPORT_NAME_MASK};
use crate::compiler::symtable::{self, Resolved, ScopeKind, SymTable};
use crate::front::ast::*;
use crate::front::token::{ErrorKind, LexError};
use crate::objects::complex::Complex;
use crate::objects::value::Value;
use foldhash::{HashMap, HashMapExt};
use std::cell::Cell;
use std::rc::Rc;
use std::sync::Arc;

#[path = "patterns.rs"]
mod patterns;

/// Deepest expression or statement nesting the compiler accepts.
const MAX_NESTING: usize = 900;

#[derive(Hash, PartialEq, Eq)]
enum ConstKey {
    None,
    Bool(bool),
    Int(i64),
    Big(String),
    Float(u64),
    Complex(u64, u64),
    Str(String),
    Other(usize),
}

/// Up to this many constants a unit finds a repeated one by comparing in place; past it,
/// through a hash index (names use a `symtable::NameMap`, which works the same way).
const SMALL_TABLE: usize = 16;

/// The key a constant is found again by: its type and value, so that `1`, `1.0` and `True`
/// stay three constants; a constant of any other type is never shared (`i` is its index).
fn const_key(v: &Value, i: usize) -> ConstKey {
    match v {
        Value::None => ConstKey::None,
        Value::Bool(b) => ConstKey::Bool(b.get()),
        Value::Int(n) => ConstKey::Int(*n),
        Value::Float(f) => ConstKey::Float(f.get().to_bits()),
        Value::Obj(o) => match &**o {
            crate::objects::object::Object::Str(s) => ConstKey::Str(s.s.to_string()),
            crate::objects::object::Object::BigInt(b) => ConstKey::Big(b.to_string()),
            crate::objects::object::Object::Complex(z) => {
                ConstKey::Complex(z.re.to_bits(), z.im.to_bits())
            }
            _ => ConstKey::Other(i),
        },
    }
}

/// Whether two constants have the same `const_key`, found without making the keys.
fn same_const(a: &Value, b: &Value) -> bool {
    use crate::objects::object::Object;
    match (a, b) {
        (Value::None, Value::None) => true,
        (Value::Bool(x), Value::Bool(y)) => x.get() == y.get(),
        (Value::Int(x), Value::Int(y)) => x == y,
        (Value::Float(x), Value::Float(y)) => x.get().to_bits() == y.get().to_bits(),
        (Value::Obj(x), Value::Obj(y)) => match (&**x, &**y) {
            (Object::Str(x), Object::Str(y)) => *x.s == *y.s,
            (Object::BigInt(x), Object::BigInt(y)) => x == y,
            (Object::Complex(x), Object::Complex(y)) => {
                (x.re.to_bits(), x.im.to_bits()) == (y.re.to_bits(), y.im.to_bits())
            }
            _ => false,
        },
        _ => false,
    }
}

/// The jumps out of an `and`/`or` whose value's truth is already known.
#[derive(Default)]
struct BoolExits {
    truthy: Vec<usize>,
    falsy: Vec<usize>,
}

enum FBlock {
    /// A finally body copied in at a `return`: the value being returned sits under it.
    PopValue,
    Loop {
        start: usize,
        breaks: Vec<usize>,
        is_for: bool,
    },
    TryExcept,
    /// The finally body and the number of its first nested scope: each copy of the body
    /// compiles the same scopes again.
    Finally(Rc<[Stmt]>, usize),
    /// Inside an except clause or a finally handler (an exception is being handled).
    Handler {
        exc_on_stack: bool,
    },
    /// Inside a `with` body: the manager's `__exit__` is on the stack under the body's values.
    With,
    /// Inside an `async with` body: the manager's `__aexit__` is on the stack.
    AsyncWith,
}

struct Unit {
    scope: usize,
    kind: ScopeKind,
    ops: Vec<Op>,
    lines: Vec<u32>,
    consts: Vec<Value>,
    const_ix: HashMap<ConstKey, u32>,
    names: Vec<Value>,
    name_ix: symtable::NameMap<u32>,
    attr_names: Vec<Value>,
    varnames: Vec<Ident>,
    cellvars: Vec<Ident>,
    freevars: Vec<Ident>,
    /// The slot of each of `varnames` (a hash index once there are many: a function may have
    /// thousands of locals).
    var_ix: symtable::NameMap<u32>,
    /// The cell slot of each of `cellvars`, then of each of `freevars`.
    deref_ix: symtable::NameMap<u32>,
    fblocks: Vec<FBlock>,
    qualname: String,
    name: String,
    line: u32,
    first_line: u32,
}

pub struct Compiler {
    table: SymTable,
    next_scope: usize,
    /// How many finally bodies are being compiled around the current point.
    in_finally: u32,
    units: Vec<Unit>,
    source: Arc<Source>,
    line_starts: Vec<usize>,
    /// The line `line_of` found last: spans come mostly in source order, so the next offset
    /// is usually on that line or the one after.
    line_hint: Cell<usize>,
    nesting: usize,
    /// Code for `exec`/`eval`/`compile`: the top level reads and writes names through the
    /// frame's namespace (`LoadName`), which may be a locals dict apart from the globals.
    dynamic: Option<Mode>,
    /// `from __future__ import annotations` was seen: annotations are kept as their source
    /// text, not evaluated (PEP 563).
    string_annotations: bool,
}

/// What `compile()` makes of its source (its `mode` argument).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Statements (`exec`).
    Exec,
    /// One expression, whose value the code returns (`eval`).
    Eval,
    /// One interactive statement: the value of each top-level expression statement is shown
    /// by `__displayhook__`, as the REPL shows it.
    Single,
}

type CResult<T> = Result<T, LexError>;

fn err(msg: impl Into<String>, offset: u32) -> LexError {
    LexError {
        kind: ErrorKind::Syntax,
        msg: msg.into(),
        offset: offset as usize,
    }
}

/// Compiles a parsed module. Each top-level statement is dropped once compiled, so the tree
/// and the code it becomes are never both whole in memory.
#[cfg(test)]
pub fn compile_module(stmts: Vec<Stmt>, source: Arc<Source>) -> CResult<Code> {
    let mut stmts = Some(stmts);
    compile_chunks(|| Ok(stmts.take()), source, None)
}

/// Parses and compiles a module's source a run of top-level statements at a time
/// (`parser::ModuleChunks`), so that a large file's tokens and tree are never whole in memory.
pub fn compile_source(source: Arc<Source>) -> CResult<Code> {
    let text = source.clone();
    let mut chunks = crate::front::parser::ModuleChunks::new(&text.text);
    compile_chunks(|| chunks.next_chunk(), source, None)
}

/// Compiles source given to `exec`, `eval` or `compile()` in `mode`. Its top-level names go
/// through the frame's namespace, so the code runs with a locals mapping of its own.
pub fn compile_dynamic(source: Arc<Source>, mode: Mode) -> CResult<Code> {
    match mode {
        Mode::Eval => compile_expression(source, Some(mode)),
        _ => {
            let stmts = crate::front::parser::parse_module(&source.text)?;
            let mut stmts = Some(stmts);
            compile_chunks(|| Ok(stmts.take()), source, Some(mode))
        }
    }
}

/// Compiles the module whose top-level statements `next` hands out a run at a time. Each run
/// gets a symbol table of its own: at the top level every name is a global, so no scope
/// looks into another run. Errors come in the order a whole-file compiler finds them: every
/// syntax error before any scope error, and every scope error before any compile error.
fn compile_chunks(
    mut next: impl FnMut() -> CResult<Option<Vec<Stmt>>>,
    source: Arc<Source>,
    dynamic: Option<Mode>,
) -> CResult<Code> {
    let mut c = Compiler::for_module(source)?;
    c.dynamic = dynamic;
    // The first error found, and whether it is a scope error (a later run's syntax error
    // still comes first; so does a later scope error before a compile error).
    let mut failed: Option<(LexError, bool)> = None;
    let mut first = true;
    while let Some(stmts) = next()? {
        match failed {
            None => match symtable::build(&stmts) {
                Ok(table) => {
                    c.table = table;
                    c.next_scope = 1;
                    if let Some(doc) = docstring(&stmts).filter(|_| first) {
                        c.emit_const(Value::str(doc));
                        c.store_name("__doc__");
                    }
                    first = false;
                    for s in stmts {
                        if let Err(e) = c.stmt(&s) {
                            failed = Some((e, false));
                            break;
                        }
                    }
                }
                Err(e) => failed = Some((e, true)),
            },
            Some((_, false)) => {
                if let Err(e) = symtable::build(&stmts) {
                    failed = Some((e, true));
                }
            }
            Some((_, true)) => {}
        }
    }
    if let Some((e, _)) = failed {
        return Err(e);
    }
    c.emit_const(Value::None);
    c.emit(Op::ReturnValue(0));
    let code = c.pop_unit(0, 0, 0, 0)?;
    code.consts.iter().for_each(Value::immortalize);
    Ok(code)
}

/// Compiles one expression (`Interpreter::eval`) to a module-level code object that returns
/// its value. Anything else — a statement, two expressions — is a SyntaxError, as in `eval`.
pub fn compile_eval(source: Arc<Source>) -> CResult<Code> {
    compile_expression(source, None)
}

fn compile_expression(source: Arc<Source>, dynamic: Option<Mode>) -> CResult<Code> {
    let stmts = crate::front::parser::parse_module(&source.text)?;
    let e = match stmts.as_slice() {
        [Stmt {
            kind: StmtKind::Expr(e),
            ..
        }] => e,
        other => {
            let offset = match other {
                [] => source.text.len(),
                [s, ..] if !matches!(s.kind, StmtKind::Expr(_)) => s.span.start as usize,
                [_, s, ..] => s.span.start as usize,
                [_] => 0,
            };
            return Err(LexError {
                kind: ErrorKind::Syntax,
                msg: "invalid syntax".into(),
                offset,
            });
        }
    };
    let mut c = Compiler::for_module(source)?;
    c.dynamic = dynamic;
    c.table = symtable::build(&stmts)?;
    c.expr(e)?;
    c.emit(Op::ReturnValue(0));
    let code = c.pop_unit(0, 0, 0, 0)?;
    code.consts.iter().for_each(Value::immortalize);
    Ok(code)
}

/// `CompareOp`'s operand for the six ordering comparisons; None for `in`, `is` and their negations.
fn order_num(op: CmpOp) -> Option<u32> {
    Some(match op {
        CmpOp::Lt => 0,
        CmpOp::Le => 1,
        CmpOp::Eq => 2,
        CmpOp::Ne => 3,
        CmpOp::Gt => 4,
        CmpOp::Ge => 5,
        _ => return None,
    })
}

fn op_num(op: BinOp) -> u32 {
    op as u32
}

impl Compiler {
    /// A compiler with the module's unit open, before any statement.
    fn for_module(source: Arc<Source>) -> CResult<Compiler> {
        let line_starts = std::iter::once(0)
            .chain(
                source
                    .text
                    .bytes()
                    .enumerate()
                    .filter(|(_, b)| *b == b'\n')
                    .map(|(i, _)| i + 1),
            )
            .collect();
        let mut c = Compiler {
            table: symtable::build(&[])?,
            next_scope: 1,
            in_finally: 0,
            units: vec![],
            source,
            line_starts,
            line_hint: Cell::new(1),
            nesting: 0,
            dynamic: None,
            string_annotations: false,
        };
        c.push_unit(0, "<module>".into(), "<module>".into(), 1);
        Ok(c)
    }

    fn u(&mut self) -> &mut Unit {
        self.units.last_mut().expect("unit")
    }

    fn line_of(&self, offset: u32) -> u32 {
        let (off, starts) = (offset as usize, &self.line_starts);
        let hint = self.line_hint.get();
        for l in [hint, hint + 1] {
            // Line `l` (1-based) holds the offsets from its start up to the next line's start.
            if (1..=starts.len()).contains(&l)
                && starts[l - 1] <= off
                && starts.get(l).is_none_or(|&next| off < next)
            {
                self.line_hint.set(l);
                return l as u32;
            }
        }
        let l = match starts.binary_search(&off) {
            Ok(i) => i + 1,
            Err(i) => i,
        };
        self.line_hint.set(l);
        l as u32
    }

    fn set_line(&mut self, span: Span) {
        let l = self.line_of(span.start);
        self.u().line = l;
    }

    fn push_unit(&mut self, scope: usize, name: String, qualname: String, first_line: u32) {
        // Scopes inside a finally body are compiled once per exit path, so the lists are copied.
        let sc = &self.table.scopes[scope];
        let index = |names: &[&[Ident]]| {
            let mut ix = symtable::NameMap::default();
            for (i, n) in names.iter().flat_map(|ns| ns.iter()).enumerate() {
                // (the first of a name repeated keeps its slot)
                if !ix.contains(n) {
                    ix.insert(n, i as u32);
                }
            }
            ix
        };
        let unit = Unit {
            var_ix: index(&[&sc.varnames]),
            deref_ix: index(&[&sc.cellvars, &sc.freevars]),
            scope,
            kind: sc.kind,
            ops: Vec::with_capacity(16),
            lines: Vec::with_capacity(16),
            consts: vec![],
            const_ix: HashMap::new(),
            names: vec![],
            name_ix: Default::default(),
            attr_names: vec![],
            varnames: sc.varnames.clone(),
            cellvars: sc.cellvars.clone(),
            freevars: sc.freevars.clone(),
            fblocks: vec![],
            qualname,
            name,
            line: first_line,
            first_line,
        };
        self.units.push(unit);
    }

    /// Finishes the innermost unit as a code object, verified (`verify.rs`).
    fn pop_unit(
        &mut self,
        argcount: usize,
        posonly: usize,
        kwonly: usize,
        flags: u32,
    ) -> CResult<Code> {
        let u = self.units.pop().expect("unit");
        let sc = &mut self.table.scopes[u.scope];
        // Nothing resolves names in this scope again, unless a finally body compiles it again.
        if self.in_finally == 0 {
            sc.resolved = Default::default();
        }
        let mut flags = flags;
        if sc.is_coroutine {
            flags |= FLAG_GENERATOR
                | if sc.is_generator {
                    FLAG_ASYNC_GENERATOR
                } else {
                    FLAG_COROUTINE
                };
        } else if sc.is_generator {
            flags |= FLAG_GENERATOR;
        }
        if matches!(u.kind, ScopeKind::Class | ScopeKind::Module) {
            flags |= FLAG_NAMESPACE;
        }
        let cell_args = u
            .cellvars
            .iter()
            .map(|c| {
                u.var_ix
                    .get(c)
                    .map(|&i| i as usize)
                    .filter(|&i| i < sc.params.len())
            })
            .collect();
        // Code objects live as long as the program: their tables are boxed slices, cut to
        // size and a word smaller each than the vectors they were built in.
        let mut code = Code {
            name: u.name,
            qualname: u.qualname,
            source: self.source.clone(),
            ops: u.ops.into(),
            lines: u.lines.into(),
            first_line: u.first_line,
            consts: u.consts.into(),
            global_base: crate::runtime::attrcache::reserve_sites(u.names.len()),
            names: u.names.into(),
            site_base: crate::runtime::attrcache::reserve_sites(u.attr_names.len()),
            attr_names: u.attr_names.into(),
            varnames: u.varnames.iter().map(|n| String::from(&**n)).collect(),
            cellvars: u.cellvars.iter().map(|n| String::from(&**n)).collect(),
            freevars: u.freevars.iter().map(|n| String::from(&**n)).collect(),
            cell_args,
            argcount,
            posonlycount: posonly,
            kwonlycount: kwonly,
            flags,
            max_stack: 0,
            doc: None,
        };
        code.max_stack = crate::compiler::verify::verify(&code).map_err(|msg| LexError {
            kind: ErrorKind::Syntax,
            msg,
            offset: 0,
        })?;
        Ok(code)
    }

    // ------------------------------------------------------------ emitting

    fn emit(&mut self, op: Op) -> usize {
        let u = self.u();
        let pos = u.ops.len();
        u.ops.push(op);
        let line = u.line;
        u.lines.push(line);
        pos
    }

    fn here(&mut self) -> usize {
        self.u().ops.len()
    }

    fn patch(&mut self, at: usize, target: usize) {
        let u = self.u();
        u.ops[at] = u.ops[at].with_arg(target as u32);
    }

    fn patch_here(&mut self, at: usize) {
        let h = self.here();
        self.patch(at, h);
    }

    fn add_const(&mut self, v: Value) -> u32 {
        let u = self.u();
        let n = u.consts.len();
        if n <= SMALL_TABLE {
            // few constants: compared in place, with no key made
            if let Some(i) = u.consts.iter().position(|c| same_const(c, &v)) {
                return i as u32;
            }
        } else {
            if u.const_ix.is_empty() {
                u.const_ix = (u.consts.iter().enumerate())
                    .map(|(i, c)| (const_key(c, i), i as u32))
                    .collect();
            }
            let key = const_key(&v, n);
            if let Some(&i) = u.const_ix.get(&key) {
                return i;
            }
            u.const_ix.insert(key, n as u32);
        }
        u.consts.push(v);
        n as u32
    }

    fn emit_const(&mut self, v: Value) {
        let i = self.add_const(v);
        self.emit(Op::LoadConst(i));
    }

    fn name_index(&mut self, name: &str) -> u32 {
        let u = self.u();
        if let Some(&i) = u.name_ix.get(name) {
            return i;
        }
        let i = u.names.len() as u32;
        u.names.push(crate::objects::intern::intern(name));
        u.name_ix.insert(&Ident::from(name), i);
        i
    }

    /// A new attribute site (`LoadAttr`, `StoreAttr`, `LoadMethod`): each has its own name
    /// slot and its own inline-cache slot.
    fn attr_site(&mut self, name: &str) -> u32 {
        let u = self.u();
        u.attr_names.push(crate::objects::intern::intern(name));
        u.attr_names.len() as u32 - 1
    }

    fn scope(&self) -> &symtable::Scope {
        &self.table.scopes[self.units.last().expect("unit").scope]
    }

    fn cell_index(&self, name: &str) -> u32 {
        let u = self.units.last().expect("unit");
        u.deref_ix
            .get(name)
            .copied()
            .unwrap_or(u.cellvars.len() as u32)
    }

    fn local_index(&self, name: &str) -> u32 {
        let u = self.units.last().expect("unit");
        u.var_ix.get(name).copied().unwrap_or(0)
    }

    /// The slot of `e` when it is a plain local variable with a slot below 2^16 (what
    /// `SubscrFast` can name).
    fn local_slot(&self, e: &Expr) -> Option<u32> {
        let ExprKind::Name(name) = &e.kind else {
            return None;
        };
        if self.scope().resolve(name) != Resolved::Local {
            return None;
        }
        Some(self.local_index(name)).filter(|ix| *ix < 1 << 16)
    }

    fn load_name(&mut self, name: &str) {
        let r = self.scope().resolve(name);
        let kind = self.scope().kind;
        let op = match (r, kind) {
            (Resolved::Local, _) => Op::LoadFast(self.local_index(name)),
            (Resolved::Cell | Resolved::Free, _) => Op::LoadDeref(self.cell_index(name)),
            (Resolved::Name, ScopeKind::Class) => Op::LoadName(self.name_index(name)),
            (Resolved::Name, ScopeKind::Module) if self.dynamic.is_some() => {
                Op::LoadName(self.name_index(name))
            }
            (Resolved::Global | Resolved::Name, _) => Op::LoadGlobal(self.name_index(name)),
        };
        self.emit(op);
    }

    /// Stores what a `def` or `class` statement made under its name, mangled when private
    /// (the function or class itself keeps the name as written).
    fn store_def_name(&mut self, name: &str) {
        match symtable::mangle(self.scope().private.as_deref(), name) {
            Some(m) => self.store_name(&m),
            None => self.store_name(name),
        }
    }

    fn store_name(&mut self, name: &str) {
        let r = self.scope().resolve(name);
        let kind = self.scope().kind;
        let op = match (r, kind) {
            (Resolved::Local, _) => Op::StoreFast(self.local_index(name)),
            (Resolved::Cell | Resolved::Free, _) => Op::StoreDeref(self.cell_index(name)),
            (Resolved::Name, ScopeKind::Class) => Op::StoreName(self.name_index(name)),
            (Resolved::Name, ScopeKind::Module) if self.dynamic.is_some() => {
                Op::StoreName(self.name_index(name))
            }
            (Resolved::Global | Resolved::Name, _) => Op::StoreGlobal(self.name_index(name)),
        };
        self.emit(op);
    }

    fn delete_name(&mut self, name: &str) {
        let r = self.scope().resolve(name);
        let kind = self.scope().kind;
        let op = match (r, kind) {
            (Resolved::Local, _) => Op::DeleteFast(self.local_index(name)),
            (Resolved::Cell | Resolved::Free, _) => Op::DeleteDeref(self.cell_index(name)),
            (Resolved::Name, ScopeKind::Class) => Op::DeleteName(self.name_index(name)),
            (Resolved::Name, ScopeKind::Module) if self.dynamic.is_some() => {
                Op::DeleteName(self.name_index(name))
            }
            (Resolved::Global | Resolved::Name, _) => Op::DeleteGlobal(self.name_index(name)),
        };
        self.emit(op);
    }

    fn enter(&mut self, at: Span) -> CResult<()> {
        self.nesting += 1;
        if self.nesting > MAX_NESTING {
            return Err(err("too many nested expressions or statements", at.start));
        }
        Ok(())
    }

    // ------------------------------------------------------------ statements

    fn body(&mut self, body: &[Stmt]) -> CResult<()> {
        body.iter().try_for_each(|s| self.stmt(s))
    }

    fn stmt(&mut self, s: &Stmt) -> CResult<()> {
        self.enter(s.span)?;
        self.set_line(s.span);
        let r = self.stmt_inner(s);
        self.nesting -= 1;
        r
    }

    fn stmt_inner(&mut self, s: &Stmt) -> CResult<()> {
        match &s.kind {
            StmtKind::Expr(e) if self.dynamic == Some(Mode::Single) && self.units.len() == 1 => {
                self.load_name("__displayhook__");
                self.expr(e)?;
                self.emit(Op::Call(1));
                self.emit(Op::Pop(0));
            }
            StmtKind::Expr(e) => {
                self.expr(e)?;
                self.emit(Op::Pop(0));
            }
            StmtKind::Assign(targets, value) => {
                self.expr(value)?;
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.emit(Op::Dup(0));
                    }
                    self.store_target(t)?;
                }
            }
            StmtKind::AugAssign(a) => self.aug_assign(&a.0, a.1, &a.2)?,
            StmtKind::AnnAssign(a) => {
                let (t, ann, v) = &**a;
                if let Some(v) = v {
                    self.expr(v)?;
                    self.store_target(t)?;
                }
                // Class bodies record simple annotations in __annotations__ (dataclasses read it).
                if let (ExprKind::Name(n), ScopeKind::Class) = (&t.kind, self.scope().kind) {
                    self.annotation(ann)?;
                    self.load_name("__annotations__");
                    self.emit_const(Value::str(&**n));
                    self.emit(Op::StoreSubscr(0));
                }
                // ... and so do modules, in a dict made by the first one:
                // `locals().setdefault('__annotations__', {})[n] = ann`
                if let (ExprKind::Name(n), ScopeKind::Module) = (&t.kind, self.scope().kind) {
                    self.annotation(ann)?;
                    self.emit(Op::LoadLocals(0));
                    let site = self.attr_site("setdefault");
                    self.emit(Op::LoadMethod(site));
                    self.emit_const(Value::str("__annotations__"));
                    self.emit(Op::BuildMap(0));
                    self.emit(Op::CallMethod(2));
                    self.emit_const(Value::str(&**n));
                    self.emit(Op::StoreSubscr(0));
                }
            }
            StmtKind::If(c, body, orelse) => {
                let jf = self.cond_jump(c, false)?;
                self.body(body)?;
                if orelse.is_empty() {
                    self.patch_all_here(&jf);
                } else {
                    let j = self.emit(Op::Jump(0));
                    self.patch_all_here(&jf);
                    self.body(orelse)?;
                    self.patch_here(j);
                }
            }
            StmtKind::While(c, body, orelse) => {
                let start = self.here();
                let jf = self.cond_jump(c, false)?;
                self.u().fblocks.push(FBlock::Loop {
                    start,
                    breaks: vec![],
                    is_for: false,
                });
                self.body(body)?;
                // the loop's own line, as for `for` (a tracer's line events)
                self.set_line(s.span);
                self.emit(Op::Jump(start as u32));
                let breaks = self.pop_loop();
                self.patch_all_here(&jf);
                self.body(orelse)?;
                for b in breaks {
                    self.patch_here(b);
                }
            }
            StmtKind::For(f) | StmtKind::AsyncFor(f) => {
                let is_async = matches!(s.kind, StmtKind::AsyncFor(_));
                let (t, iter, body, orelse) = &**f;
                self.expr(iter)?;
                self.emit(if is_async {
                    Op::GetAIter(0)
                } else {
                    Op::GetIter(0)
                });
                let start = self.here();
                let fi = self.loop_next(is_async);
                self.u().fblocks.push(FBlock::Loop {
                    start,
                    breaks: vec![],
                    is_for: true,
                });
                self.store_target(t)?;
                self.body(body)?;
                self.set_line(s.span);
                self.emit(Op::Jump(start as u32));
                let breaks = self.pop_loop();
                self.loop_end(fi, is_async);
                self.body(orelse)?;
                for b in breaks {
                    self.patch_here(b);
                }
            }
            StmtKind::Break => self.break_continue(true, s.span)?,
            StmtKind::Continue => self.break_continue(false, s.span)?,
            StmtKind::Pass => {
                // a line of its own for tracers (as CPython's NOP), unless the line has code
                let u = self.u();
                if u.lines.last() != Some(&u.line) {
                    self.emit(Op::Nop(0));
                }
            }
            StmtKind::Return(e) => {
                let scope = self.u().scope;
                let sc = &self.table.scopes[scope];
                if e.is_some() && sc.is_coroutine && sc.is_generator {
                    return Err(err("'return' with value in async generator", s.span.start));
                }
                match e {
                    Some(e) => self.expr(e)?,
                    None => self.emit_const(Value::None),
                }
                self.unwind_all()?;
                self.emit(Op::ReturnValue(0));
            }
            StmtKind::FunctionDef {
                name,
                params,
                body,
                decorators,
                ..
            } => {
                for d in decorators {
                    self.expr(d)?;
                }
                self.function(name, params, FuncBody::Stmts(body), s.span)?;
                for _ in decorators {
                    self.emit(Op::Call(1));
                }
                self.store_def_name(name);
            }
            StmtKind::ClassDef {
                name,
                bases,
                body,
                decorators,
            } => self.class_def(name, bases, body, decorators, s.span)?,
            StmtKind::Global(_) | StmtKind::Nonlocal(_) => {}
            StmtKind::Del(targets) => {
                for t in targets {
                    self.delete_target(t)?;
                }
            }
            StmtKind::Assert(test, msg) => {
                let jt = self.cond_jump(test, true)?;
                self.emit(Op::LoadAssertionError(0));
                if let Some(m) = msg {
                    self.expr(m)?;
                    self.emit(Op::Call(1));
                }
                self.emit(Op::Raise(1));
                self.patch_all_here(&jt);
            }
            StmtKind::Raise(exc, cause) => match (exc, cause) {
                (None, _) => {
                    self.emit(Op::Raise(0));
                }
                (Some(e), None) => {
                    self.expr(e)?;
                    self.emit(Op::Raise(1));
                }
                (Some(e), Some(c)) => {
                    self.expr(e)?;
                    self.expr(c)?;
                    self.emit(Op::Raise(2));
                }
            },
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => self.try_stmt(body, handlers, orelse, finalbody)?,
            StmtKind::With(items, body) => self.with_stmt(items, 0, body, false)?,
            StmtKind::AsyncWith(items, body) => self.with_stmt(items, 0, body, true)?,
            StmtKind::Match(m) => self.match_stmt(&m.0, &m.1)?,
            StmtKind::Import(names) => {
                for a in names {
                    let ix = self.name_index(&a.name);
                    self.emit(Op::ImportName(ix));
                    match &a.asname {
                        // `import a.b as c` binds the submodule
                        Some(asname) => self.store_name(asname),
                        None => {
                            // `import a.b` binds the top package, imported by then
                            let first = a.name.split('.').next().unwrap_or("").to_string();
                            if first.len() < a.name.len() {
                                self.emit(Op::Pop(0));
                                let top = self.name_index(&first);
                                self.emit(Op::ImportName(top));
                            }
                            self.store_name(&first);
                        }
                    }
                }
            }
            StmtKind::ImportFrom {
                module,
                level,
                names,
            } => {
                if module == "__future__" && names.iter().any(|a| a.name == "annotations") {
                    self.string_annotations = true;
                }
                let ix = self.name_index(module);
                if ix > IMPORT_NAME_MASK || *level > 255 {
                    return Err(err("too many names or dots in an import", s.span.start));
                }
                self.emit(Op::ImportName((*level as u32) << 24 | ix));
                if names.is_empty() {
                    if self.scope().kind != ScopeKind::Module {
                        return Err(err("import * only allowed at module level", s.span.start));
                    }
                    self.emit(Op::ImportStar(0));
                    return Ok(());
                }
                for a in names {
                    let n = self.name_index(&a.name);
                    self.emit(Op::ImportFrom(n));
                    self.store_name(a.asname.as_ref().unwrap_or(&a.name));
                }
                self.emit(Op::Pop(0));
            }
        }
        Ok(())
    }

    fn pop_loop(&mut self) -> Vec<usize> {
        match self.u().fblocks.pop() {
            Some(FBlock::Loop { breaks, .. }) => breaks,
            _ => vec![],
        }
    }

    fn break_continue(&mut self, is_break: bool, span: Span) -> CResult<()> {
        let word = if is_break { "break" } else { "continue" };
        let Some(loop_ix) = self
            .u()
            .fblocks
            .iter()
            .rposition(|b| matches!(b, FBlock::Loop { .. }))
        else {
            return Err(err(format!("'{word}' outside loop"), span.start));
        };
        // Leave every block inside the loop, innermost first.
        let inner: Vec<usize> = (loop_ix + 1..self.u().fblocks.len()).rev().collect();
        for i in inner {
            self.unwind_block(i, false)?;
        }
        let (start, is_for) = match &self.u().fblocks[loop_ix] {
            FBlock::Loop { start, is_for, .. } => (*start, *is_for),
            _ => (0, false),
        };
        if is_break {
            if is_for {
                self.emit(Op::Pop(0));
            }
            let j = self.emit(Op::Jump(0));
            if let FBlock::Loop { breaks, .. } = &mut self.u().fblocks[loop_ix] {
                breaks.push(j);
            }
        } else {
            self.emit(Op::Jump(start as u32));
        }
        Ok(())
    }

    /// Emits what leaving fblock `i` early needs (return, break, continue).
    /// `has_value`: a return value sits on top of the stack and must stay there.
    fn unwind_block(&mut self, i: usize, has_value: bool) -> CResult<()> {
        enum Act {
            None,
            PopBlock,
            Finally(Rc<[Stmt]>, usize),
            PopExcept(bool),
            With(bool),
            PopValue,
        }
        let act = match &self.u().fblocks[i] {
            // a return leaves a for loop's iterator under its value: drop it, so what is
            // under it (a with's __exit__, an outer loop's iterator) is where unwinding expects
            FBlock::Loop { is_for: true, .. } => Act::PopValue,
            FBlock::Loop { .. } => Act::None,
            FBlock::TryExcept => Act::PopBlock,
            FBlock::Finally(body, first) => Act::Finally(body.clone(), *first),
            FBlock::Handler { exc_on_stack } => Act::PopExcept(*exc_on_stack),
            FBlock::With => Act::With(false),
            FBlock::AsyncWith => Act::With(true),
            FBlock::PopValue => Act::PopValue,
        };
        match act {
            Act::None => {}
            Act::PopBlock => {
                self.emit(Op::PopBlock(0));
            }
            Act::Finally(body, first) => {
                self.emit(Op::PopBlock(0));
                // Compile the finally body without its own block (it is being left).
                let saved: Vec<FBlock> = self.u().fblocks.drain(i..).collect();
                if has_value {
                    // a break, continue or return in the body drops the value being returned
                    self.u().fblocks.push(FBlock::PopValue);
                }
                let next_scope = std::mem::replace(&mut self.next_scope, first);
                let r = self.finally_body(&body);
                self.next_scope = next_scope;
                if has_value {
                    self.u().fblocks.pop();
                }
                self.u().fblocks.extend(saved);
                r?;
            }
            Act::PopExcept(exc_on_stack) => {
                if exc_on_stack {
                    if has_value {
                        self.emit(Op::Rot2(0));
                    }
                    self.emit(Op::Pop(0));
                }
                self.emit(Op::PopExcept(0));
            }
            Act::PopValue => {
                if has_value {
                    self.emit(Op::Rot2(0));
                }
                self.emit(Op::Pop(0));
            }
            Act::With(is_async) => {
                self.emit(Op::PopBlock(0));
                if has_value {
                    self.emit(Op::Rot2(0));
                }
                self.call_exit_none(is_async);
            }
        }
        Ok(())
    }

    /// Calls the `__exit__` on top of the stack with three Nones (awaiting an `__aexit__`)
    /// and drops the result.
    fn call_exit_none(&mut self, is_async: bool) {
        self.emit_const(Value::None);
        self.emit(Op::Dup(0));
        self.emit(Op::Dup(0));
        self.emit(Op::Call(3));
        if is_async {
            self.await_top();
        }
        self.emit(Op::Pop(0));
    }

    /// `await` of the value on top of the stack: delegates to its awaitable until it returns.
    fn await_top(&mut self) {
        self.emit(Op::GetAwaitable(0));
        self.emit_const(Value::None);
        self.emit(Op::YieldFrom(0));
    }

    fn with_stmt(
        &mut self,
        items: &[(Expr, Option<Expr>)],
        i: usize,
        body: &[Stmt],
        is_async: bool,
    ) -> CResult<()> {
        let (mgr, target) = &items[i];
        self.expr(mgr)?;
        self.set_line(mgr.span);
        if is_async {
            self.emit(Op::BeforeAsyncWith(0));
            self.await_top();
        } else {
            self.emit(Op::BeforeWith(0));
        }
        match target {
            Some(t) => self.store_target(t)?,
            None => {
                self.emit(Op::Pop(0));
            }
        }
        let setup = self.emit(Op::SetupExcept(0));
        self.u().fblocks.push(if is_async {
            FBlock::AsyncWith
        } else {
            FBlock::With
        });
        if i + 1 < items.len() {
            self.with_stmt(items, i + 1, body, is_async)?;
        } else {
            self.body(body)?;
        }
        self.u().fblocks.pop();
        // leaving the block belongs to the `with` line, as in CPython (tracebacks, tracers)
        self.set_line(mgr.span);
        self.emit(Op::PopBlock(0));
        self.call_exit_none(is_async);
        let done = self.emit(Op::Jump(0));
        self.patch_here(setup);
        // exception path: [exit, exc] with the exception being handled
        self.emit(Op::WithExceptStart(0));
        if is_async {
            self.await_top();
        }
        let suppress = self.emit(Op::PopJumpIfTrue(0));
        self.emit(Op::Reraise(0));
        self.patch_here(suppress);
        self.emit(Op::Pop(0));
        self.emit(Op::PopExcept(0));
        self.emit(Op::Pop(0));
        self.patch_here(done);
        Ok(())
    }

    /// The head of a `for` loop with its iterator on the stack: pushes the next item, or
    /// leaves the loop (`loop_end` patches where to). An `async for` awaits `__anext__()`
    /// until it raises StopAsyncIteration.
    fn loop_next(&mut self, is_async: bool) -> usize {
        if !is_async {
            return self.emit(Op::ForIter(0));
        }
        let setup = self.emit(Op::SetupExcept(0));
        self.emit(Op::GetANext(0));
        self.await_top();
        self.emit(Op::PopBlock(0));
        setup
    }

    /// Where a loop made by `loop_next` goes when its iterator is exhausted.
    fn loop_end(&mut self, head: usize, is_async: bool) {
        self.patch_here(head);
        if is_async {
            self.emit(Op::EndAsyncFor(0));
        }
    }

    fn unwind_all(&mut self) -> CResult<()> {
        let n = self.u().fblocks.len();
        for i in (0..n).rev() {
            self.unwind_block(i, true)?;
        }
        Ok(())
    }

    fn try_stmt(
        &mut self,
        body: &[Stmt],
        handlers: &[Handler],
        orelse: &[Stmt],
        finalbody: &[Stmt],
    ) -> CResult<()> {
        let has_finally = !finalbody.is_empty();
        let fin_first = finalbody
            .first()
            .and_then(|s| self.table.block_scopes.get(&s.span.start).copied())
            .unwrap_or(self.next_scope);
        let fin_setup = if has_finally {
            let s = self.emit(Op::SetupExcept(0));
            // The body is compiled again at every early exit, after the tree is gone.
            self.u()
                .fblocks
                .push(FBlock::Finally(finalbody.into(), fin_first));
            Some(s)
        } else {
            None
        };
        if handlers.is_empty() {
            self.body(body)?;
        } else {
            let setup = self.emit(Op::SetupExcept(0));
            self.u().fblocks.push(FBlock::TryExcept);
            self.body(body)?;
            self.u().fblocks.pop();
            self.emit(Op::PopBlock(0));
            // the else body comes before the handlers here, after them in scope order
            let handlers_first = self.next_scope;
            let orelse_end = match orelse.first() {
                Some(s) => {
                    if let Some(&first) = self.table.block_scopes.get(&s.span.start) {
                        self.next_scope = first;
                    }
                    self.body(orelse)?;
                    Some(self.next_scope)
                }
                None => None,
            };
            self.next_scope = handlers_first;
            let mut to_end = vec![self.emit(Op::Jump(0))];
            self.patch_here(setup);
            for (i, h) in handlers.iter().enumerate() {
                self.u().line = self.line_of(h.span.start);
                let next = match &h.typ {
                    Some(t) => {
                        self.emit(Op::Dup(0));
                        self.expr(t)?;
                        self.emit(Op::CheckExcMatch(0));
                        Some(self.emit(Op::PopJumpIfFalse(0)))
                    }
                    None => {
                        if i + 1 < handlers.len() {
                            return Err(err("default 'except:' must be last", h.span.start));
                        }
                        None
                    }
                };
                match &h.name {
                    Some(n) => self.store_name(n),
                    None => {
                        self.emit(Op::Pop(0));
                    }
                }
                self.u().fblocks.push(FBlock::Handler {
                    exc_on_stack: false,
                });
                self.body(&h.body)?;
                self.u().fblocks.pop();
                self.emit(Op::PopExcept(0));
                if let Some(n) = &h.name {
                    self.emit_const(Value::None);
                    self.store_name(n);
                    self.delete_name(n);
                }
                to_end.push(self.emit(Op::Jump(0)));
                if let Some(nx) = next {
                    self.patch_here(nx);
                }
            }
            self.emit(Op::Reraise(0));
            for j in to_end {
                self.patch_here(j);
            }
            if let Some(end) = orelse_end {
                self.next_scope = end;
            }
        }
        if let Some(setup) = fin_setup {
            self.u().fblocks.pop();
            self.emit(Op::PopBlock(0));
            self.next_scope = fin_first;
            self.finally_body(finalbody)?;
            let j = self.emit(Op::Jump(0));
            self.patch_here(setup);
            self.u()
                .fblocks
                .push(FBlock::Handler { exc_on_stack: true });
            self.next_scope = fin_first;
            self.finally_body(finalbody)?;
            self.u().fblocks.pop();
            self.emit(Op::Reraise(0));
            self.patch_here(j);
        }
        Ok(())
    }

    /// One copy of a finally body (there is one per way out of the `try`).
    fn finally_body(&mut self, body: &[Stmt]) -> CResult<()> {
        self.in_finally += 1;
        let r = self.body(body);
        self.in_finally -= 1;
        r
    }

    fn aug_assign(&mut self, t: &Expr, op: BinOp, v: &Expr) -> CResult<()> {
        match &t.kind {
            ExprKind::Name(n) => {
                self.load_name(n);
                if let Some(k) = self.small_const(v) {
                    self.set_line(t.span);
                    self.emit(Op::InplaceOpConst(op_num(op) << 16 | k));
                } else {
                    self.expr(v)?;
                    self.set_line(t.span);
                    self.emit(Op::InplaceOp(op_num(op)));
                }
                self.store_name(n);
            }
            ExprKind::Attribute(o, attr) => {
                // `local.attr OP= literal`: the local is read twice, which nothing between
                // the two reads can rebind
                if let Some(k) = self.small_const(v) {
                    if let Some(load) = self.local_attr(o, attr) {
                        if let Some(store) = self.local_attr(o, attr) {
                            self.emit(Op::LoadAttrFast(load));
                            self.emit(Op::InplaceOpConst(op_num(op) << 16 | k));
                            self.emit(Op::StoreAttrFast(store));
                            return Ok(());
                        }
                    }
                }
                self.expr(o)?;
                self.emit(Op::Dup(0));
                // the load and the store get a site each: their inline caches hold
                // different plans for the same class
                let ix = self.attr_site(attr);
                self.emit(Op::LoadAttr(ix));
                self.expr(v)?;
                self.emit(Op::InplaceOp(op_num(op)));
                self.emit(Op::Rot2(0));
                let ix = self.attr_site(attr);
                self.emit(Op::StoreAttr(ix));
            }
            ExprKind::Subscript(o, k) => {
                self.expr(o)?;
                self.expr(k)?;
                self.emit(Op::DupTwo(0));
                self.emit(Op::BinarySubscr(0));
                self.expr(v)?;
                self.emit(Op::InplaceOp(op_num(op)));
                self.emit(Op::Rot3(0));
                self.emit(Op::StoreSubscr(0));
            }
            _ => {
                return Err(err(
                    "illegal expression for augmented assignment",
                    t.span.start,
                ))
            }
        }
        Ok(())
    }

    fn store_target(&mut self, t: &Expr) -> CResult<()> {
        match &t.kind {
            ExprKind::Name(n) => self.store_name(n),
            ExprKind::Attribute(o, attr) => {
                if let Some(arg) = self.local_attr(o, attr) {
                    self.emit(Op::StoreAttrFast(arg));
                    return Ok(());
                }
                self.expr(o)?;
                let ix = self.attr_site(attr);
                self.emit(Op::StoreAttr(ix));
            }
            ExprKind::Subscript(o, k) => {
                self.expr(o)?;
                self.expr(k)?;
                self.emit(Op::StoreSubscr(0));
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                let star = items
                    .iter()
                    .position(|i| matches!(i.kind, ExprKind::Starred(_)));
                match star {
                    None => {
                        self.emit(Op::UnpackSequence(items.len() as u32));
                    }
                    Some(si) => {
                        let after = items.len() - si - 1;
                        if si > 255 || after > 255 {
                            return Err(err(
                                "too many expressions in star-unpacking assignment",
                                t.span.start,
                            ));
                        }
                        self.emit(Op::UnpackEx((si | (after << 8)) as u32));
                    }
                }
                for i in items {
                    match &i.kind {
                        ExprKind::Starred(inner) => self.store_target(inner)?,
                        _ => self.store_target(i)?,
                    }
                }
            }
            ExprKind::Starred(_) => {
                return Err(err(
                    "starred assignment target must be in a list or tuple",
                    t.span.start,
                ))
            }
            _ => {
                return Err(err(
                    format!("cannot assign to {}", t.describe()),
                    t.span.start,
                ))
            }
        }
        Ok(())
    }

    fn delete_target(&mut self, t: &Expr) -> CResult<()> {
        match &t.kind {
            ExprKind::Name(n) => self.delete_name(n),
            ExprKind::Attribute(o, attr) => {
                self.expr(o)?;
                let ix = self.name_index(attr);
                self.emit(Op::DeleteAttr(ix));
            }
            ExprKind::Subscript(o, k) => {
                self.expr(o)?;
                self.expr(k)?;
                self.emit(Op::DeleteSubscr(0));
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for i in items {
                    self.delete_target(i)?;
                }
            }
            _ => return Err(err(format!("cannot delete {}", t.describe()), t.span.start)),
        }
        Ok(())
    }

    /// Compiles `c` and the jumps taken when its truth equals `when`; returns them to patch.
    /// `and`/`or` become jumps on each operand, so every operand's truth is tested once.
    fn cond_jump(&mut self, c: &Expr, when: bool) -> CResult<Vec<usize>> {
        match &c.kind {
            ExprKind::Unary(UnOp::Not, inner) => self.cond_jump(inner, !when),
            // `a and b` is false when either is; `a or b` is true when either is
            ExprKind::And(a, b) | ExprKind::Or(a, b)
                if when == matches!(c.kind, ExprKind::Or(..)) =>
            {
                let mut jumps = self.cond_jump(a, when)?;
                jumps.extend(self.cond_jump(b, when)?);
                Ok(jumps)
            }
            // otherwise the first operand decides only when it skips the second
            ExprKind::And(a, b) | ExprKind::Or(a, b) => {
                let skip = self.cond_jump(a, !when)?;
                let jumps = self.cond_jump(b, when)?;
                self.patch_all_here(&skip);
                Ok(jumps)
            }
            _ => {
                self.expr(c)?;
                Ok(vec![if when {
                    self.emit(Op::PopJumpIfTrue(0))
                } else {
                    self.emit(Op::PopJumpIfFalse(0))
                }])
            }
        }
    }

    /// Compiles `and`/`or` for its value. An operand that is itself an `and`/`or` leaves by
    /// jumps whose value's truth is known, so no value is tested twice: `(a or b) and c` goes
    /// from a true `a` straight to `c`, as CPython's jump threading does.
    fn bool_value(&mut self, e: &Expr) -> CResult<()> {
        let exits = self.bool_value_exits(e)?;
        self.patch_all_here(&exits.truthy);
        self.patch_all_here(&exits.falsy);
        Ok(())
    }

    /// Leaves `e`'s value on the stack; returns the jumps that carry a value whose truth is
    /// known (the fall-through value's truth is not known).
    fn bool_value_exits(&mut self, e: &Expr) -> CResult<BoolExits> {
        let (a, b, is_and) = match &e.kind {
            ExprKind::And(a, b) => (a, b, true),
            ExprKind::Or(a, b) => (a, b, false),
            _ => {
                self.expr(e)?;
                return Ok(BoolExits::default());
            }
        };
        let first = self.bool_value_exits(a)?;
        let (leave, mut go_on) = if is_and {
            (first.falsy, first.truthy)
        } else {
            (first.truthy, first.falsy)
        };
        let decided = self.emit(if is_and {
            Op::JumpIfFalseOrPop(0)
        } else {
            Op::JumpIfTrueOrPop(0)
        });
        // jumps that bring a value known to go on: drop it, then evaluate `b`
        let mut skip = None;
        if !go_on.is_empty() {
            skip = Some(self.emit(Op::Jump(0)));
            self.patch_all_here(&go_on);
            self.emit(Op::Pop(0));
            go_on.clear();
        }
        if let Some(j) = skip {
            self.patch_here(j);
        }
        let mut rest = self.bool_value_exits(b)?;
        let known = if is_and {
            &mut rest.falsy
        } else {
            &mut rest.truthy
        };
        known.push(decided);
        known.extend(leave);
        Ok(rest)
    }

    fn patch_all_here(&mut self, jumps: &[usize]) {
        for &j in jumps {
            self.patch_here(j);
        }
    }

    // ------------------------------------------------------------ functions

    fn function(
        &mut self,
        name: &str,
        params: &Params,
        body: FuncBody<'_>,
        span: Span,
    ) -> CResult<()> {
        // Defaults are evaluated in the enclosing scope, now.
        let mut flags = 0u32;
        let ndefaults = params.args.iter().filter(|p| p.default.is_some()).count();
        if ndefaults > 0 {
            for p in &params.args {
                if let Some(d) = &p.default {
                    self.expr(d)?;
                }
            }
            self.emit(Op::BuildTuple(ndefaults as u32));
            flags |= 1;
        }
        let kwdefaults: Vec<&Param> = params
            .kwonly
            .iter()
            .filter(|p| p.default.is_some())
            .collect();
        if !kwdefaults.is_empty() {
            for p in &kwdefaults {
                self.emit_const(Value::str(&*p.name));
                if let Some(d) = &p.default {
                    self.expr(d)?;
                }
            }
            self.emit(Op::BuildMap(kwdefaults.len() as u32));
            flags |= 2;
        }
        let scope = self.next_scope;
        self.next_scope += 1;
        let qualname = self.child_qualname(name);
        let first_line = self.line_of(span.start);
        self.push_unit(scope, name.to_string(), qualname, first_line);
        match body {
            FuncBody::Stmts(stmts) => {
                self.body(stmts)?;
                self.emit_const(Value::None);
                self.emit(Op::ReturnValue(0));
            }
            FuncBody::Expr(e) => {
                self.expr(e)?;
                self.emit(Op::ReturnValue(0));
            }
        }
        let mut cflags = 0;
        if params.vararg.is_some() {
            cflags |= FLAG_VARARGS;
        }
        if params.kwarg.is_some() {
            cflags |= FLAG_VARKW;
        }
        let freevars = self.units.last().expect("unit").freevars.clone();
        let mut code = self.pop_unit(
            params.args.len(),
            params.posonly,
            params.kwonly.len(),
            cflags,
        )?;
        if let FuncBody::Stmts(stmts) = body {
            code.doc = docstring(stmts);
        }
        self.make_closure(code, &freevars, flags);
        if !params.annotations.is_empty() {
            // `f.__annotations__ = {name: annotation, …}`, evaluated now
            self.emit(Op::Dup(0));
            for (n, a) in &params.annotations {
                self.emit_const(Value::str(&**n));
                self.annotation(a)?;
            }
            self.emit(Op::BuildMap(params.annotations.len() as u32));
            self.emit(Op::Rot2(0));
            let ix = self.attr_site("__annotations__");
            self.emit(Op::StoreAttr(ix));
        }
        Ok(())
    }

    /// An annotation's value: evaluated, or its source text under
    /// `from __future__ import annotations`.
    fn annotation(&mut self, a: &Expr) -> CResult<()> {
        if !self.string_annotations {
            return self.expr(a);
        }
        let text = &self.source.text;
        let (start, end) = (a.span.start as usize, a.span.end as usize);
        let src = text.get(start..end).unwrap_or("").to_string();
        self.emit_const(Value::str(src.trim()));
        Ok(())
    }

    fn class_def(
        &mut self,
        name: &str,
        bases: &[Arg],
        body: &[Stmt],
        decorators: &[Expr],
        span: Span,
    ) -> CResult<()> {
        for d in decorators {
            self.expr(d)?;
        }
        let unpacking = bases
            .iter()
            .any(|b| matches!(b, Arg::Star(_) | Arg::StarStar(_)));
        if unpacking {
            self.emit_const(crate::builtins::call_unpacked_fn());
        }
        self.emit(Op::LoadBuildClass(0));
        let scope = self.next_scope;
        self.next_scope += 1;
        let qualname = self.child_qualname(name);
        let first_line = self.line_of(span.start);
        self.push_unit(scope, name.to_string(), qualname, first_line);
        // the body starts on the `class` line (where CPython sets `__module__`): a tracer's
        // first `line` event
        self.set_line(span);
        self.emit(Op::Nop(0));
        if let Some(doc) = docstring(body) {
            self.emit_const(Value::str(doc));
            self.store_name("__doc__");
        }
        if body
            .iter()
            .any(|s| matches!(s.kind, StmtKind::AnnAssign(..)))
        {
            self.emit(Op::BuildMap(0));
            self.store_name("__annotations__");
        }
        self.body(body)?;
        let has_cell = self
            .units
            .last()
            .expect("unit")
            .cellvars
            .iter()
            .any(|c| &**c == "__class__");
        if has_cell {
            let ix = self.cell_index("__class__");
            self.emit(Op::LoadClosure(ix));
        } else {
            self.emit_const(Value::None);
        }
        self.emit(Op::ReturnValue(0));
        let freevars = self.units.last().expect("unit").freevars.clone();
        let code = self.pop_unit(0, 0, 0, 0)?;
        self.make_closure(code, &freevars, 0);
        self.emit_const(Value::str(name));
        if unpacking {
            self.unpacked_args(bases, 2, span)?;
            for _ in decorators {
                self.emit(Op::Call(1));
            }
            self.store_def_name(name);
            return Ok(());
        }
        let mut n = 2;
        let mut keywords = vec![];
        for b in bases {
            if let Arg::Pos(e) = b {
                self.expr(e)?;
                n += 1;
            }
        }
        for b in bases {
            if let Arg::Kw(k, e) = b {
                self.expr(e)?;
                keywords.push(crate::objects::intern::intern(k));
            }
        }
        self.set_line(span);
        if keywords.is_empty() {
            self.emit(Op::Call(n));
        } else {
            let count = n + keywords.len() as u32;
            self.emit_const(Value::tuple(keywords));
            self.emit(Op::CallKw(count));
        }
        for _ in decorators {
            self.emit(Op::Call(1));
        }
        self.store_def_name(name);
        Ok(())
    }

    fn child_qualname(&self, name: &str) -> String {
        let u = self.units.last().expect("unit");
        match u.kind {
            ScopeKind::Module => name.to_string(),
            ScopeKind::Class => format!("{}.{}", u.qualname, name),
            _ => format!("{}.<locals>.{}", u.qualname, name),
        }
    }

    fn make_closure(&mut self, code: Code, freevars: &[Ident], mut flags: u32) {
        // the cells stay on the stack for MakeFunction (no tuple is built only to be unpacked)
        for f in freevars {
            let ix = self.cell_index(f);
            self.emit(Op::LoadClosure(ix));
        }
        flags |= (freevars.len() as u32) << 3;
        // Code and its constants are read by every thread that runs it: make them immortal.
        code.consts.iter().for_each(Value::immortalize_when_shared);
        let code_ref = crate::runtime::sync::Ref::new(code);
        crate::runtime::sync::Ref::make_immortal_when_shared(&code_ref);
        let code = Value::obj(crate::objects::object::Object::Code(code_ref));
        code.immortalize_when_shared();
        self.emit_const(code);
        self.emit(Op::MakeFunction(flags));
    }

    fn comprehension(
        &mut self,
        kind: CompKind,
        elt: &Expr,
        value: Option<&Expr>,
        gens: &[Comprehension],
        span: Span,
    ) -> CResult<()> {
        let scope = self.next_scope;
        self.next_scope += 1;
        let name = match kind {
            CompKind::List => "<listcomp>",
            CompKind::Set => "<setcomp>",
            CompKind::Dict => "<dictcomp>",
            CompKind::Gen => "<genexpr>",
        };
        let qualname = self.child_qualname(name);
        let first_line = self.line_of(span.start);
        // The outermost iterable is evaluated here, in the enclosing scope.
        self.push_unit(scope, name.to_string(), qualname, first_line);
        self.u().line = first_line;
        match kind {
            CompKind::List => self.emit(Op::BuildList(0)),
            CompKind::Set => self.emit(Op::BuildSet(0)),
            CompKind::Dict => self.emit(Op::BuildMap(0)),
            CompKind::Gen => self.emit(Op::Nop(0)),
        };
        self.comp_loop(kind, elt, value, gens, 0)?;
        if kind == CompKind::Gen {
            self.emit_const(Value::None);
        }
        self.emit(Op::ReturnValue(0));
        let freevars = self.units.last().expect("unit").freevars.clone();
        let awaits = self.table.scopes[scope].is_coroutine && kind != CompKind::Gen;
        let code = self.pop_unit(1, 0, 0, 0)?;
        self.make_closure(code, &freevars, 0);
        self.expr(&gens[0].iter)?;
        self.emit(if gens[0].is_async {
            Op::GetAIter(0)
        } else {
            Op::GetIter(0)
        });
        self.emit(Op::Call(1));
        if awaits {
            self.await_top();
        }
        Ok(())
    }

    fn comp_loop(
        &mut self,
        kind: CompKind,
        elt: &Expr,
        value: Option<&Expr>,
        gens: &[Comprehension],
        level: usize,
    ) -> CResult<()> {
        let g = &gens[level];
        if level == 0 {
            self.emit(Op::LoadFast(0));
        } else {
            self.expr(&g.iter)?;
            self.emit(if g.is_async {
                Op::GetAIter(0)
            } else {
                Op::GetIter(0)
            });
        }
        let start = self.here();
        let fi = self.loop_next(g.is_async);
        self.store_target(&g.target)?;
        for cond in &g.ifs {
            for j in self.cond_jump(cond, false)? {
                self.patch(j, start);
            }
        }
        if level + 1 < gens.len() {
            self.comp_loop(kind, elt, value, gens, level + 1)?;
        } else {
            let depth = (gens.len() + 1) as u32;
            match kind {
                CompKind::Gen => {
                    self.expr(elt)?;
                    self.emit(Op::YieldValue(0));
                    self.emit(Op::Pop(0));
                }
                CompKind::List => {
                    self.expr(elt)?;
                    self.emit(Op::ListAppend(depth));
                }
                CompKind::Set => {
                    self.expr(elt)?;
                    self.emit(Op::SetAdd(depth));
                }
                CompKind::Dict => {
                    self.expr(elt)?;
                    if let Some(v) = value {
                        self.expr(v)?;
                    }
                    self.emit(Op::MapAdd(depth));
                }
            }
        }
        self.emit(Op::Jump(start as u32));
        self.loop_end(fi, g.is_async);
        Ok(())
    }

    // ------------------------------------------------------------ expressions

    fn expr(&mut self, e: &Expr) -> CResult<()> {
        self.enter(e.span)?;
        let saved = self.u().line;
        self.set_line(e.span);
        let r = self.expr_inner(e);
        self.u().line = saved;
        self.nesting -= 1;
        r
    }

    fn expr_inner(&mut self, e: &Expr) -> CResult<()> {
        match &e.kind {
            ExprKind::Name(n) => self.load_name(n),
            ExprKind::Const(c) => {
                let v = const_value(c);
                self.emit_const(v);
            }
            ExprKind::FString(parts) => self.fstring(parts)?,
            ExprKind::List(items) => self.sequence(items, SeqKind::List)?,
            ExprKind::Tuple(items) => self.sequence(items, SeqKind::Tuple)?,
            ExprKind::Set(items) => self.sequence(items, SeqKind::Set)?,
            ExprKind::Dict(items) => self.dict(items)?,
            ExprKind::Starred(_) => {
                return Err(err("can't use starred expression here", e.span.start))
            }
            ExprKind::BinOp(a, op, b) => {
                self.expr(a)?;
                if let Some(k) = self.small_const(b) {
                    self.set_line(e.span);
                    self.emit(Op::BinaryOpConst(op_num(*op) << 16 | k));
                    return Ok(());
                }
                self.expr(b)?;
                self.set_line(e.span);
                self.emit(Op::BinaryOp(op_num(*op)));
            }
            ExprKind::Unary(op, x) => {
                if let (UnOp::Neg, ExprKind::Const(Const::Int(i))) = (op, &x.kind) {
                    self.emit_const(Value::from_bigint(-i.clone()));
                    return Ok(());
                }
                if let (UnOp::Neg, ExprKind::Const(Const::Float(f))) = (op, &x.kind) {
                    self.emit_const(Value::float(-f));
                    return Ok(());
                }
                if let (UnOp::Neg, ExprKind::Const(Const::Imag(f))) = (op, &x.kind) {
                    self.emit_const(Value::complex(Complex::new(-0.0, -f)));
                    return Ok(());
                }
                self.expr(x)?;
                let n = match op {
                    UnOp::Neg => 0,
                    UnOp::Pos => 1,
                    UnOp::Invert => 2,
                    UnOp::Not => 3,
                };
                self.emit(Op::UnaryOp(n));
            }
            ExprKind::And(..) | ExprKind::Or(..) => self.bool_value(e)?,
            ExprKind::Compare(first, rest) => self.compare(first, rest)?,
            ExprKind::Call(f, args) => self.call(f, args)?,
            ExprKind::Attribute(o, attr) => {
                if let Some(arg) = self.local_attr(o, attr) {
                    self.emit(Op::LoadAttrFast(arg));
                    return Ok(());
                }
                self.expr(o)?;
                let ix = self.attr_site(attr);
                self.emit(Op::LoadAttr(ix));
            }
            ExprKind::Subscript(o, k) => {
                if let (Some(a), Some(b)) = (self.local_slot(o), self.local_slot(k)) {
                    self.emit(Op::SubscrFast(a << 16 | b));
                    return Ok(());
                }
                if let (Some(a), ExprKind::Const(c @ (Const::Int(_) | Const::Str(_)))) =
                    (self.local_slot(o), &k.kind)
                {
                    let ix = self.add_const(const_value(c));
                    if ix < 1 << 16 {
                        self.emit(Op::SubscrConst(a << 16 | ix));
                        return Ok(());
                    }
                }
                self.expr(o)?;
                self.expr(k)?;
                self.set_line(e.span);
                self.emit(Op::BinarySubscr(0));
            }
            ExprKind::Slice(a, b, c) => {
                for part in [a, b] {
                    match part {
                        Some(x) => self.expr(x)?,
                        None => self.emit_const(Value::None),
                    }
                }
                match c {
                    Some(x) => {
                        self.expr(x)?;
                        self.emit(Op::BuildSlice(3));
                    }
                    None => {
                        self.emit(Op::BuildSlice(2));
                    }
                }
            }
            ExprKind::IfExp(c, a, b) => {
                let jf = self.cond_jump(c, false)?;
                self.expr(a)?;
                let j = self.emit(Op::Jump(0));
                self.patch_all_here(&jf);
                self.expr(b)?;
                self.patch_here(j);
            }
            ExprKind::Lambda(p, body) => {
                self.function("<lambda>", p, FuncBody::Expr(body), e.span)?;
            }
            ExprKind::ListComp(x, g) => self.comprehension(CompKind::List, x, None, g, e.span)?,
            ExprKind::SetComp(x, g) => self.comprehension(CompKind::Set, x, None, g, e.span)?,
            ExprKind::DictComp(k, v, g) => {
                self.comprehension(CompKind::Dict, k, Some(v), g, e.span)?
            }
            ExprKind::GenExp(x, g) => self.comprehension(CompKind::Gen, x, None, g, e.span)?,
            ExprKind::Yield(v) => {
                match v {
                    Some(v) => self.expr(v)?,
                    None => self.emit_const(Value::None),
                }
                self.emit(Op::YieldValue(0));
            }
            ExprKind::YieldFrom(v) => {
                self.expr(v)?;
                self.emit(Op::GetYieldFromIter(0));
                self.emit_const(Value::None);
                self.emit(Op::YieldFrom(0));
            }
            ExprKind::Await(v) => {
                self.expr(v)?;
                self.await_top();
            }
            ExprKind::NamedExpr(n, v) => {
                self.expr(v)?;
                self.emit(Op::Dup(0));
                self.store_name(n);
            }
        }
        Ok(())
    }

    fn zero_arg_super(&self) -> bool {
        let sc = self.scope();
        sc.kind == ScopeKind::Function
            && !sc.params.is_empty()
            && sc.resolve("__class__") == Resolved::Free
    }

    fn compare(&mut self, first: &Expr, rest: &[(CmpOp, Expr)]) -> CResult<()> {
        self.expr(first)?;
        if rest.len() == 1 {
            let (op, x) = &rest[0];
            if let (Some(n), Some(k)) = (order_num(*op), self.small_const(x)) {
                self.emit(Op::CompareConst(n << 16 | k));
                return Ok(());
            }
            self.operand(*op, x)?;
            self.cmp_op(*op);
            return Ok(());
        }
        // a < b < c: keep b for the next comparison, stop at the first false.
        let mut fails = vec![];
        for (i, (op, x)) in rest.iter().enumerate() {
            self.operand(*op, x)?;
            if i + 1 < rest.len() {
                self.emit(Op::Dup(0));
                self.emit(Op::Rot3(0));
                self.cmp_op(*op);
                fails.push(self.emit(Op::JumpIfFalseOrPop(0)));
            } else {
                self.cmp_op(*op);
            }
        }
        let end = self.emit(Op::Jump(0));
        for f in fails {
            self.patch_here(f);
        }
        // failure path: stack is [b, False] -> drop b
        self.emit(Op::Rot2(0));
        self.emit(Op::Pop(0));
        self.patch_here(end);
        Ok(())
    }

    /// A comparison's right operand: a set display tested with `in` needs no order, so it is
    /// built directly (see `sequence`).
    fn operand(&mut self, op: CmpOp, x: &Expr) -> CResult<()> {
        match (&x.kind, op) {
            (ExprKind::Set(items), CmpOp::In | CmpOp::NotIn)
                if !items.iter().any(|i| matches!(i.kind, ExprKind::Starred(_))) =>
            {
                for i in items {
                    self.expr(i)?;
                }
                self.emit(Op::BuildSet(items.len() as u32));
                Ok(())
            }
            _ => self.expr(x),
        }
    }

    /// The operand of `LoadAttrFast`/`StoreAttrFast` for `o.attr`, with a new attribute site,
    /// when `o` is a local slot and the site's number fits 16 bits.
    fn local_attr(&mut self, o: &Expr, attr: &str) -> Option<u32> {
        let a = self.local_slot(o)?;
        if self.u().attr_names.len() >= 1 << 16 {
            return None;
        }
        Some(a << 16 | self.attr_site(attr))
    }

    /// The constant index of `e` when it is a number or string literal whose index fits the
    /// low half of an operand (the `...Const` instructions carry an operator in the high half).
    fn small_const(&mut self, e: &Expr) -> Option<u32> {
        let ExprKind::Const(c @ (Const::Int(_) | Const::Float(_) | Const::Imag(_) | Const::Str(_))) =
            &e.kind
        else {
            return None;
        };
        let ix = self.add_const(const_value(c));
        (ix < 1 << 16).then_some(ix)
    }

    fn cmp_op(&mut self, op: CmpOp) {
        let o = match op {
            CmpOp::Lt => Op::CompareOp(0),
            CmpOp::Le => Op::CompareOp(1),
            CmpOp::Eq => Op::CompareOp(2),
            CmpOp::Ne => Op::CompareOp(3),
            CmpOp::Gt => Op::CompareOp(4),
            CmpOp::Ge => Op::CompareOp(5),
            CmpOp::In => Op::ContainsOp(0),
            CmpOp::NotIn => Op::ContainsOp(1),
            CmpOp::Is => Op::IsOp(0),
            CmpOp::IsNot => Op::IsOp(1),
        };
        self.emit(o);
    }

    fn call(&mut self, f: &Expr, args: &[Arg]) -> CResult<()> {
        if let (ExprKind::Name(n), [Arg::Pos(src)]) = (&f.kind, args) {
            // eval(s) and exec(s) run in the calling frame's globals() and locals()
            let r = self.scope().resolve(n);
            if matches!(&**n, "eval" | "exec") && matches!(r, Resolved::Global | Resolved::Name) {
                self.load_name(n);
                self.expr(src)?;
                self.emit(Op::LoadGlobals(0));
                self.emit(Op::LoadLocals(0));
                self.set_line(f.span);
                self.emit(Op::Call(3));
                return Ok(());
            }
        }
        if let (ExprKind::Name(n), true) = (&f.kind, args.is_empty()) {
            // globals(), locals(), vars() and dir() read the calling frame's namespace.
            let builtin = self.scope().resolve(n) == Resolved::Global
                || self.scope().resolve(n) == Resolved::Name;
            if builtin && matches!(&**n, "globals" | "locals" | "vars" | "dir") {
                match &**n {
                    "globals" => {
                        self.emit(Op::LoadGlobals(0));
                    }
                    "dir" => {
                        self.load_name("sorted");
                        self.emit(Op::LoadLocals(0));
                        self.emit(Op::Call(1));
                    }
                    _ => {
                        self.emit(Op::LoadLocals(0));
                    }
                }
                return Ok(());
            }
            if &**n == "super" && self.zero_arg_super() {
                // super() is super(__class__, <first argument>)
                self.load_name("super");
                let ix = self.cell_index("__class__");
                self.emit(Op::LoadDeref(ix));
                let first = self.scope().params[0].clone();
                self.load_name(&first);
                self.emit(Op::Call(2));
                return Ok(());
            }
        }
        let simple = args.iter().all(|a| matches!(a, Arg::Pos(_)));
        let has_star = args
            .iter()
            .any(|a| matches!(a, Arg::Star(_) | Arg::StarStar(_)));
        if simple {
            if let ExprKind::Attribute(o, attr) = &f.kind {
                self.expr(o)?;
                let ix = self.attr_site(attr);
                self.emit(Op::LoadMethod(ix));
                for a in args {
                    if let Arg::Pos(e) = a {
                        self.expr(e)?;
                    }
                }
                self.set_line(f.span);
                self.emit(Op::CallMethod(args.len() as u32));
                return Ok(());
            }
        }
        if has_star {
            return self.call_unpacking(f, args);
        }
        self.expr(f)?;
        if simple {
            for a in args {
                if let Arg::Pos(e) = a {
                    self.expr(e)?;
                }
            }
            self.set_line(f.span);
            self.emit(Op::Call(args.len() as u32));
        } else {
            let mut names = vec![];
            for a in args {
                match a {
                    Arg::Pos(e) => self.expr(e)?,
                    Arg::Kw(n, e) => {
                        if names.contains(n) {
                            return Err(err(
                                format!("keyword argument repeated: {n}"),
                                e.span.start,
                            ));
                        }
                        self.expr(e)?;
                        names.push(n.clone());
                    }
                    _ => {}
                }
            }
            let tuple = Value::tuple(
                names
                    .iter()
                    .map(|n| crate::objects::intern::intern(n))
                    .collect(),
            );
            self.emit_const(tuple);
            self.set_line(f.span);
            self.emit(Op::CallKw(args.len() as u32));
        }
        Ok(())
    }

    /// `f(*a, k=v, **m)`: calls the built-in helper `call_unpacked(f, positional parts,
    /// keyword parts)`, which unpacks with CPython's checks and messages. Runs of plain
    /// arguments travel as one tuple (positional) or one dict (keywords).
    fn call_unpacking(&mut self, f: &Expr, args: &[Arg]) -> CResult<()> {
        self.emit_const(crate::builtins::call_unpacked_fn());
        self.expr(f)?;
        self.unpacked_args(args, 0, f.span)
    }

    /// The arguments of `call_unpacking` after the callee: `pushed` plain positional values
    /// are on the stack already (a class's body function and name).
    fn unpacked_args(&mut self, args: &[Arg], pushed: u32, span: Span) -> CResult<()> {
        let (mut parts, mut run) = (0, pushed);
        for a in args {
            match a {
                Arg::Pos(e) => {
                    self.expr(e)?;
                    run += 1;
                }
                Arg::Star(e) => {
                    parts += self.flush_run(run, Op::BuildTuple);
                    run = 0;
                    self.expr(e)?;
                    parts += 1;
                }
                _ => {}
            }
        }
        parts += self.flush_run(run, Op::BuildTuple);
        self.emit(Op::BuildList(parts));
        let (mut parts, mut run) = (0, 0);
        let mut names: Vec<&str> = vec![];
        for a in args {
            match a {
                Arg::Kw(n, e) => {
                    if names.contains(&&**n) {
                        return Err(err(format!("keyword argument repeated: {n}"), e.span.start));
                    }
                    names.push(n);
                    self.emit_const(crate::objects::intern::intern(n));
                    self.expr(e)?;
                    run += 1;
                }
                Arg::StarStar(e) => {
                    parts += self.flush_run(run, Op::BuildMap);
                    run = 0;
                    self.expr(e)?;
                    parts += 1;
                }
                _ => {}
            }
        }
        parts += self.flush_run(run, Op::BuildMap);
        self.emit(Op::BuildList(parts));
        self.set_line(span);
        self.emit(Op::Call(3));
        Ok(())
    }

    /// Packs `run` pending plain arguments into one part; the number of parts made (0 or 1).
    fn flush_run(&mut self, run: u32, build: fn(u32) -> Op) -> u32 {
        if run == 0 {
            return 0;
        }
        self.emit(build(run));
        1
    }

    fn sequence(&mut self, items: &[Expr], kind: SeqKind) -> CResult<()> {
        let has_star = items.iter().any(|i| matches!(i.kind, ExprKind::Starred(_)));
        if !has_star {
            if kind == SeqKind::Tuple && !items.is_empty() {
                if let Some(v) = self.const_tuple(items) {
                    self.emit_const(v);
                    return Ok(());
                }
            }
            // CPython builds a display of three or more constants by copying a frozenset
            // constant, itself rebuilt from the first one's items when constants are merged:
            // its order is that of set(frozenset(list(frozenset(items)))).
            let copy = kind == SeqKind::Set && items.len() >= 3 && items.iter().all(folds_to_const);
            if copy {
                self.emit(Op::BuildSet(0));
                self.emit(Op::BuildSet(0));
                self.emit(Op::BuildList(0));
            }
            for i in items {
                self.expr(i)?;
            }
            let n = items.len() as u32;
            if copy {
                self.emit(Op::BuildSet(n));
                self.emit(Op::ListExtend(1));
                self.emit(Op::SetUpdate(1));
                self.emit(Op::SetUpdate(1));
                return Ok(());
            }
            self.emit(match kind {
                SeqKind::List => Op::BuildList(n),
                SeqKind::Tuple => Op::BuildTuple(n),
                SeqKind::Set => Op::BuildSet(n),
            });
            return Ok(());
        }
        match kind {
            SeqKind::Set => self.emit(Op::BuildSet(0)),
            _ => self.emit(Op::BuildList(0)),
        };
        for i in items {
            match (&i.kind, kind) {
                (ExprKind::Starred(inner), SeqKind::Set) => {
                    self.expr(inner)?;
                    self.emit(Op::SetUpdate(1));
                }
                (ExprKind::Starred(inner), _) => {
                    self.expr(inner)?;
                    self.emit(Op::ListExtend(1));
                }
                (_, SeqKind::Set) => {
                    self.expr(i)?;
                    self.emit(Op::SetAdd(1));
                }
                _ => {
                    self.expr(i)?;
                    self.emit(Op::ListAppend(1));
                }
            }
        }
        if kind == SeqKind::Tuple {
            self.emit(Op::ListToTuple(0));
        }
        Ok(())
    }

    fn const_tuple(&self, items: &[Expr]) -> Option<Value> {
        let mut vals = Vec::with_capacity(items.len());
        for i in items {
            match &i.kind {
                ExprKind::Const(c) => vals.push(const_value(c)),
                _ => return None,
            }
        }
        Some(Value::tuple(vals))
    }

    fn dict(&mut self, items: &[(Option<Expr>, Expr)]) -> CResult<()> {
        if items.iter().all(|(k, _)| k.is_some()) {
            for (k, v) in items {
                if let Some(k) = k {
                    self.expr(k)?;
                }
                self.expr(v)?;
            }
            self.emit(Op::BuildMap(items.len() as u32));
            return Ok(());
        }
        self.emit(Op::BuildMap(0));
        for (k, v) in items {
            match k {
                Some(k) => {
                    self.expr(k)?;
                    self.expr(v)?;
                    self.emit(Op::MapAdd(1));
                }
                None => {
                    self.expr(v)?;
                    self.emit(Op::DictUpdate(1));
                }
            }
        }
        Ok(())
    }

    fn fstring(&mut self, parts: &[FPiece]) -> CResult<()> {
        if parts.is_empty() {
            self.emit_const(Value::str(""));
            return Ok(());
        }
        for p in parts {
            match p {
                FPiece::Lit(s) => self.emit_const(Value::str(s.clone())),
                FPiece::Expr {
                    expr,
                    conversion,
                    spec,
                } => {
                    self.expr(expr)?;
                    let mut flags = match conversion {
                        None => 0,
                        Some('s') => 1,
                        Some('r') => 2,
                        Some('a') => 3,
                        Some(c) => {
                            return Err(err(
                                format!("f-string: invalid conversion character '{c}': expected 's', 'r', or 'a'"),
                                expr.span.start,
                            ))
                        }
                    };
                    if let Some(spec) = spec {
                        self.fstring(spec)?;
                        flags |= 4;
                    }
                    self.emit(Op::FormatValue(flags));
                }
            }
        }
        if parts.len() > 1 {
            self.emit(Op::BuildString(parts.len() as u32));
        } else if let FPiece::Lit(_) = parts[0] {
            // a lone literal is already a str
        }
        Ok(())
    }
}

enum FuncBody<'a> {
    Stmts(&'a [Stmt]),
    Expr(&'a Expr),
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum CompKind {
    List,
    Set,
    Dict,
    Gen,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum SeqKind {
    List,
    Tuple,
    Set,
}

/// The docstring of a body: its first statement, when that is a string literal.
pub(crate) fn docstring(body: &[Stmt]) -> Option<String> {
    match body.first().map(|s| &s.kind) {
        Some(StmtKind::Expr(Expr {
            kind: ExprKind::Const(Const::Str(s)),
            ..
        })) => Some(s.clone()),
        _ => None,
    }
}

/// Whether CPython's compiler folds `e` to one constant: a literal, or an operator or tuple
/// over such (its size limits on folded results aside).
fn folds_to_const(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Const(_) => true,
        ExprKind::Unary(_, x) => folds_to_const(x),
        ExprKind::BinOp(a, _, b) => folds_to_const(a) && folds_to_const(b),
        ExprKind::Tuple(items) => items.iter().all(folds_to_const),
        _ => false,
    }
}

fn const_value(c: &Const) -> Value {
    match c {
        Const::None => Value::None,
        Const::True => Value::TRUE,
        Const::False => Value::FALSE,
        Const::Ellipsis => crate::objects::types::ellipsis(),
        Const::Int(i) => Value::from_bigint(i.clone()),
        Const::Float(f) => Value::float(*f),
        Const::Imag(f) => Value::complex(Complex::new(0.0, *f)),
        Const::Str(s) => {
            // identifiers, and single ASCII characters (which indexing a str also shares)
            if s.len() <= 32 && s.chars().all(|c| c.is_alphanumeric() || c == '_') || s.len() == 1 {
                crate::objects::intern::intern(s)
            } else {
                Value::str(s.clone())
            }
        }
        Const::Bytes(b) => Value::obj(crate::objects::object::Object::Bytes(
            b.clone().into_boxed_slice(),
        )),
    }
}
