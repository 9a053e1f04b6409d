//! The match statement (PEP 634). The subject stays on the stack while each case tests a copy
//! of it. A pattern consumes the value on top and leaves the values it captured on the stack,
//! under the values still being matched; each test that fails jumps to the case's failure
//! path, which pops whatever is on the stack at that point and goes on to the next case. The
//! captured names are stored only once the whole pattern matched (then the guard runs), as
//! CPython does.

use super::{const_value, err, op_num, CResult, Compiler};
use crate::compiler::opcode::Op;
use crate::front::ast::*;
use crate::objects::complex::Complex;
use crate::objects::object::Object;
use crate::objects::value::Value;

/// What compiling one pattern keeps track of.
struct Ctx {
    /// The names captured so far; their values sit on the stack in this order.
    stores: Vec<Ident>,
    /// How many values are above the captured ones (the value being matched on top).
    on_top: usize,
    /// The jumps to the failure path, by how many values it must pop.
    fail_pop: Vec<Vec<usize>>,
    /// Whether a capture or the wildcard may stand here (in a case, not before another case).
    allow_irrefutable: bool,
}

impl Ctx {
    fn new(allow_irrefutable: bool) -> Ctx {
        Ctx {
            stores: vec![],
            on_top: 1,
            fail_pop: vec![],
            allow_irrefutable,
        }
    }
}

/// `==` and `>=` as `CompareOp` numbers them.
const CMP_EQ: u32 = 2;
const CMP_GE: u32 = 5;

fn is_wildcard(p: &Pattern) -> bool {
    matches!(
        p.kind,
        PatternKind::As(None, None) | PatternKind::Star(None)
    )
}

impl Compiler {
    pub(super) fn match_stmt(&mut self, subject: &Expr, cases: &[MatchCase]) -> CResult<()> {
        self.expr(subject)?;
        let mut ends = vec![];
        for (i, case) in cases.iter().enumerate() {
            self.set_line(case.pattern.span);
            self.emit(Op::Dup(0));
            let last = i + 1 == cases.len();
            let mut pc = Ctx::new(last || case.guard.is_some());
            self.pattern(&case.pattern, &mut pc)?;
            for name in pc.stores.iter().rev() {
                self.store_name(name);
            }
            if let Some(guard) = &case.guard {
                let jumps = self.cond_jump(guard, false)?;
                pc.stores.clear();
                pc.on_top = 0;
                for j in jumps {
                    add_fail(&mut pc, j);
                }
            }
            self.emit(Op::Pop(0));
            self.body(&case.body)?;
            ends.push(self.emit(Op::Jump(0)));
            // (the failure path is the case's line, not its body's last)
            self.set_line(case.pattern.span);
            self.fail_pops(&pc);
        }
        self.emit(Op::Pop(0));
        self.patch_all_here(&ends);
        Ok(())
    }

    /// Emits a jump that fails the pattern, popping what is on the stack now.
    fn fail_jump(&mut self, pc: &mut Ctx, op: Op) {
        let at = self.emit(op);
        add_fail(pc, at);
    }

    /// The failure path: the jumps land on as many pops as they need, the deepest first.
    fn fail_pops(&mut self, pc: &Ctx) {
        for (n, jumps) in pc.fail_pop.iter().enumerate().rev() {
            self.patch_all_here(jumps);
            if n > 0 {
                self.emit(Op::Pop(0));
            }
        }
    }

    /// Moves the top value under the `n - 1` below it.
    fn rotate_down(&mut self, n: usize) {
        for k in (2..=n).rev() {
            self.emit(Op::Swap(k as u32));
        }
    }

    /// Brings the `n`-th value from the top up to the top.
    fn rotate_up(&mut self, n: usize) {
        for k in 2..=n {
            self.emit(Op::Swap(k as u32));
        }
    }

    fn pattern(&mut self, p: &Pattern, pc: &mut Ctx) -> CResult<()> {
        self.enter(p.span)?;
        let r = self.pattern_inner(p, pc);
        self.nesting -= 1;
        r
    }

    fn pattern_inner(&mut self, p: &Pattern, pc: &mut Ctx) -> CResult<()> {
        match &p.kind {
            PatternKind::Value(e) => {
                self.literal_or_value(e)?;
                self.emit(Op::CompareOp(CMP_EQ));
                pc.on_top -= 1;
                self.fail_jump(pc, Op::PopJumpIfFalse(0));
            }
            PatternKind::Singleton(c) => {
                self.emit_const(const_value(c));
                self.emit(Op::IsOp(0));
                pc.on_top -= 1;
                self.fail_jump(pc, Op::PopJumpIfFalse(0));
            }
            PatternKind::As(None, name) => {
                if !pc.allow_irrefutable {
                    let msg = match name {
                        Some(n) => {
                            format!("name capture '{n}' makes remaining patterns unreachable")
                        }
                        None => "wildcard makes remaining patterns unreachable".into(),
                    };
                    return Err(err(msg, p.span.start));
                }
                self.capture(name.as_ref(), pc, p.span)?;
            }
            PatternKind::As(Some(inner), name) => {
                self.emit(Op::Dup(0));
                pc.on_top += 1;
                self.pattern(inner, pc)?;
                self.capture(name.as_ref(), pc, p.span)?;
            }
            PatternKind::Star(name) => self.capture(name.as_ref(), pc, p.span)?,
            PatternKind::Sequence(items) => self.sequence_pattern(items, pc)?,
            PatternKind::Mapping { keys, values, rest } => {
                self.mapping_pattern(keys, values, rest.as_ref(), pc, p.span)?
            }
            PatternKind::Class { cls, args, kwargs } => {
                self.class_pattern(cls, args, kwargs, pc)?
            }
            PatternKind::Or(alts) => self.or_pattern(alts, pc, p.span)?,
        }
        Ok(())
    }

    /// A pattern inside another: a capture there never makes later cases unreachable.
    fn subpattern(&mut self, p: &Pattern, pc: &mut Ctx) -> CResult<()> {
        let allow = std::mem::replace(&mut pc.allow_irrefutable, true);
        let r = self.pattern(p, pc);
        pc.allow_irrefutable = allow;
        r
    }

    /// Keeps the value on top for storing under `name` once the case matched (pops it for `_`).
    fn capture(&mut self, name: Option<&Ident>, pc: &mut Ctx, span: Span) -> CResult<()> {
        match name {
            None => {
                self.emit(Op::Pop(0));
            }
            Some(n) => {
                if &**n == "__debug__" {
                    return Err(err("cannot assign to __debug__", span.start));
                }
                if pc.stores.contains(n) {
                    let msg = format!("multiple assignments to name '{n}' in pattern");
                    return Err(err(msg, span.start));
                }
                self.rotate_down(pc.on_top);
                pc.stores.push(n.clone());
            }
        }
        pc.on_top -= 1;
        Ok(())
    }

    /// A literal as a constant (`-1`, `1+2j` folded); a dotted name evaluated.
    fn literal_or_value(&mut self, e: &Expr) -> CResult<()> {
        match literal(e) {
            Some(v) => self.emit_const(v),
            None => self.expr(e)?,
        }
        Ok(())
    }

    fn sequence_pattern(&mut self, items: &[Pattern], pc: &mut Ctx) -> CResult<()> {
        let star = items
            .iter()
            .position(|p| matches!(p.kind, PatternKind::Star(_)));
        let size = items.len();
        self.emit(Op::MatchSequence(0));
        self.fail_jump(pc, Op::PopJumpIfFalse(0));
        let (want, cmp) = match star {
            None => (Some(size), CMP_EQ),
            Some(_) => ((size > 1).then(|| size - 1), CMP_GE),
        };
        if let Some(n) = want {
            self.emit(Op::GetLen(0));
            self.emit_const(Value::Int(n as i64));
            self.emit(Op::CompareOp(cmp));
            self.fail_jump(pc, Op::PopJumpIfFalse(0));
        }
        if items.iter().all(is_wildcard) {
            self.emit(Op::Pop(0));
            pc.on_top -= 1;
            return Ok(());
        }
        match star {
            // `[a, *_, b]` takes its items by index, never copying the middle
            Some(s) if is_wildcard(&items[s]) => {
                for (i, item) in items.iter().enumerate() {
                    if is_wildcard(item) {
                        continue;
                    }
                    self.emit(Op::Dup(0));
                    if i < s {
                        self.emit_const(Value::Int(i as i64));
                    } else {
                        // a negative index might not work: `len(s) - k`
                        self.emit(Op::GetLen(0));
                        self.emit_const(Value::Int((size - i) as i64));
                        self.emit(Op::BinaryOp(op_num(BinOp::Sub)));
                    }
                    self.emit(Op::BinarySubscr(0));
                    pc.on_top += 1;
                    self.subpattern(item, pc)?;
                }
                self.emit(Op::Pop(0));
                pc.on_top -= 1;
            }
            Some(s) => {
                let after = size - s - 1;
                if s > 0xff || after > 0xff {
                    return Err(err(
                        "too many expressions in star-unpacking sequence pattern",
                        items[0].span.start,
                    ));
                }
                self.emit(Op::UnpackEx((s | after << 8) as u32));
                pc.on_top += size - 1;
                for item in items {
                    self.subpattern(item, pc)?;
                }
            }
            None => {
                self.emit(Op::UnpackSequence(size as u32));
                pc.on_top += size;
                pc.on_top -= 1;
                for item in items {
                    self.subpattern(item, pc)?;
                }
            }
        }
        Ok(())
    }

    fn mapping_pattern(
        &mut self,
        keys: &[Expr],
        values: &[Pattern],
        rest: Option<&Ident>,
        pc: &mut Ctx,
        span: Span,
    ) -> CResult<()> {
        self.emit(Op::MatchMapping(0));
        self.fail_jump(pc, Op::PopJumpIfFalse(0));
        if keys.is_empty() && rest.is_none() {
            self.emit(Op::Pop(0));
            pc.on_top -= 1;
            return Ok(());
        }
        if !keys.is_empty() {
            self.emit(Op::GetLen(0));
            self.emit_const(Value::Int(keys.len() as i64));
            self.emit(Op::CompareOp(CMP_GE));
            self.fail_jump(pc, Op::PopJumpIfFalse(0));
        }
        let mut seen: Vec<Value> = vec![];
        for k in keys {
            if let Some(v) = literal(k) {
                if seen.iter().any(|s| crate::objects::ops::key_eq(s, &v)) {
                    let msg = format!(
                        "mapping pattern checks duplicate key ({})",
                        literal_repr(&v)
                    );
                    return Err(err(msg, span.start));
                }
                seen.push(v);
            }
            self.literal_or_value(k)?;
        }
        self.emit(Op::BuildTuple(keys.len() as u32));
        pc.on_top += 1;
        if !keys.is_empty() {
            self.emit(Op::MatchKeys(0));
            pc.on_top += 1;
            self.emit(Op::Dup(0));
            self.emit_const(Value::None);
            self.emit(Op::IsOp(1));
            self.fail_jump(pc, Op::PopJumpIfFalse(0));
            self.emit(Op::UnpackSequence(keys.len() as u32));
            pc.on_top += keys.len();
            pc.on_top -= 1;
            for v in values {
                self.subpattern(v, pc)?;
            }
        }
        match rest {
            Some(_) => {
                self.emit(Op::CopyDictWithoutKeys(0));
                self.capture(rest, pc, span)?;
            }
            None => {
                self.emit(Op::Pop(0));
                pc.on_top -= 1;
            }
        }
        self.emit(Op::Pop(0));
        pc.on_top -= 1;
        Ok(())
    }

    fn class_pattern(
        &mut self,
        cls: &Expr,
        args: &[Pattern],
        kwargs: &[(Ident, Pattern)],
        pc: &mut Ctx,
    ) -> CResult<()> {
        self.expr(cls)?;
        let names = kwargs.iter().map(|(n, _)| Value::str(&**n)).collect();
        self.emit_const(Value::tuple(names));
        self.emit(Op::MatchClass(args.len() as u32));
        self.emit(Op::Dup(0));
        self.emit_const(Value::None);
        self.emit(Op::IsOp(1));
        self.fail_jump(pc, Op::PopJumpIfFalse(0));
        let n = args.len() + kwargs.len();
        if n == 0 {
            self.emit(Op::Pop(0));
            pc.on_top -= 1;
            return Ok(());
        }
        self.emit(Op::UnpackSequence(n as u32));
        pc.on_top += n;
        pc.on_top -= 1;
        for p in args.iter().chain(kwargs.iter().map(|(_, p)| p)) {
            self.subpattern(p, pc)?;
        }
        Ok(())
    }

    /// `p | q`: each alternative tries a copy of the subject with its own failure path; the
    /// one that matches leaves its captures in the order of the first alternative's.
    fn or_pattern(&mut self, alts: &[Pattern], pc: &mut Ctx, span: Span) -> CResult<()> {
        let mut ends = vec![];
        let mut names: Option<Vec<Ident>> = None;
        for (i, alt) in alts.iter().enumerate() {
            self.emit(Op::Dup(0));
            let mut sub = Ctx::new(i + 1 == alts.len() && pc.allow_irrefutable);
            self.pattern(alt, &mut sub)?;
            match &names {
                None => names = Some(sub.stores.clone()),
                Some(first) => {
                    let same = first.len() == sub.stores.len()
                        && first.iter().all(|n| sub.stores.contains(n));
                    if !same {
                        return Err(err(
                            "alternative patterns bind different names",
                            alt.span.start,
                        ));
                    }
                    let mut order = sub.stores.clone();
                    for name in first {
                        let at = order.iter().position(|n| n == name).unwrap_or(0);
                        self.rotate_up(order.len() - at);
                        let moved = order.remove(at);
                        order.push(moved);
                    }
                }
            }
            ends.push(self.emit(Op::Jump(0)));
            self.fail_pops(&sub);
        }
        // no alternative matched
        self.fail_jump(pc, Op::Jump(0));
        self.patch_all_here(&ends);
        let names = names.unwrap_or_default();
        for n in &names {
            if pc.stores.contains(n) {
                let msg = format!("multiple assignments to name '{n}' in pattern");
                return Err(err(msg, span.start));
            }
        }
        // the subject copy sits under the captures: drop it, then put the captures under
        // the values still being matched
        let k = names.len();
        self.rotate_up(k + 1);
        self.emit(Op::Pop(0));
        let w = pc.on_top - 1;
        for _ in 0..w {
            self.rotate_up(k + w);
        }
        pc.stores.extend(names);
        pc.on_top -= 1;
        Ok(())
    }
}

fn add_fail(pc: &mut Ctx, at: usize) {
    let pops = pc.stores.len() + pc.on_top;
    if pc.fail_pop.len() <= pops {
        pc.fail_pop.resize_with(pops + 1, Vec::new);
    }
    pc.fail_pop[pops].push(at);
}

/// The value of a literal pattern or mapping key (`-1` and `1+2j` folded); None for a
/// dotted name.
fn literal(e: &Expr) -> Option<Value> {
    let signed = |e: &Expr| -> Option<Const> {
        match &e.kind {
            ExprKind::Const(c) => Some(c.clone()),
            ExprKind::Unary(UnOp::Neg, inner) => match &inner.kind {
                ExprKind::Const(Const::Int(i)) => Some(Const::Int(-i)),
                ExprKind::Const(Const::Float(f)) => Some(Const::Float(-f)),
                ExprKind::Const(Const::Imag(f)) => Some(Const::Imag(-f)),
                _ => None,
            },
            _ => None,
        }
    };
    match &e.kind {
        ExprKind::BinOp(a, op, b) => {
            let re = match signed(a)? {
                Const::Int(i) => i.to_string().parse::<f64>().ok()?,
                Const::Float(f) => f,
                _ => return None,
            };
            let Const::Imag(im) = signed(b)? else {
                return None;
            };
            let im = if *op == BinOp::Sub { -im } else { im };
            Some(Value::complex(Complex::new(re, im)))
        }
        _ => signed(e).map(|c| const_value(&c)),
    }
}

/// How CPython shows a literal key in "duplicate key" errors.
fn literal_repr(v: &Value) -> String {
    match v.as_obj() {
        Some(Object::Str(s)) => crate::objects::repr::str_repr(&s.s),
        Some(Object::Bytes(b)) => crate::objects::repr::bytes_repr(b),
        _ => crate::compiler::dis::short_repr(v),
    }
}
