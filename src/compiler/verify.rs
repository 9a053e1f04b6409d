//! The bytecode verifier. The compiler runs it on every code object it makes, and `execute`
//! relies on what it proves instead of checking at run time:
//!
//! * every reachable instruction is reached with one stack depth and one stack of handler
//!   blocks, whichever path leads to it, and no instruction pops more values than are there
//!   or cuts below the level an active `try` restores — so pops need no emptiness check, and
//!   the deepest point is `Code::max_stack`, which frames reserve so that pushes need no
//!   capacity check;
//! * jumps and handlers land inside the code and no path runs off its end — so fetching the
//!   next instruction needs no bounds check;
//! * operands that index the code's tables (locals, constants, names, attribute sites) are in
//!   range — so those reads need no bounds check either.
//!
//! A failure is a bug in the compiler, reported as an error rather than run.

use crate::compiler::code::Code;
use crate::compiler::opcode::{Op, IMPORT_NAME_MASK};
use std::collections::HashMap;

/// One entry of the handler-block stack, as `execute` keeps it in `Frame::blocks`.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
enum Block {
    /// `SetupExcept`: an exception cuts the stack back to `level` and jumps to the handler.
    Except { level: u32 },
    /// An except clause being run (its `PopExcept` restores the handled exception).
    Handler,
}

/// The handler-block stacks met so far, each one a number: a stack is its top block and the
/// number of the stack below, and equal stacks get one number, so comparing two is comparing
/// numbers and no state copies a list.
struct Blocks {
    /// Per number: the stack below, its top block, and the level of its innermost `Except`.
    nodes: Vec<(u32, Block, u32)>,
    known: HashMap<(u32, Block), u32>,
}

/// The empty block stack.
const EMPTY: u32 = u32::MAX;

impl Blocks {
    fn push(&mut self, below: u32, b: Block) -> u32 {
        if let Some(&n) = self.known.get(&(below, b)) {
            return n;
        }
        let floor = match b {
            Block::Except { level } => level,
            Block::Handler => self.floor(below),
        };
        let n = self.nodes.len() as u32;
        self.nodes.push((below, b, floor));
        self.known.insert((below, b), n);
        n
    }

    /// The stack below the top block and that block; None for the empty stack.
    fn pop(&self, n: u32) -> Option<(u32, Block)> {
        self.nodes.get(n as usize).map(|&(below, b, _)| (below, b))
    }

    /// The depth no instruction may pop below: the level the innermost `Except` restores.
    fn floor(&self, n: u32) -> u32 {
        self.nodes.get(n as usize).map_or(0, |&(_, _, f)| f)
    }
}

/// What holds when an instruction starts: the stack depth and the handler blocks.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
struct State {
    depth: u32,
    blocks: u32,
}

/// The states found so far and the instructions whose successors are still to visit.
struct Walk<'a> {
    code: &'a Code,
    states: Vec<Option<State>>,
    work: Vec<usize>,
}

impl Walk<'_> {
    /// Records `s` as the state at `to` (reached from `from`), queueing it when first reached.
    #[inline(always)]
    fn reach(&mut self, from: usize, to: usize, s: State) -> Result<(), String> {
        match self.states.get_mut(to) {
            Some(slot @ None) => {
                *slot = Some(s);
                self.work.push(to);
                Ok(())
            }
            Some(Some(old)) if *old == s => Ok(()),
            Some(Some(old)) => {
                let what = format!("reached with {:?} and with {:?}", old, s);
                Err(self.fail(to, &what))
            }
            None => Err(self.fail(from, "jumps or falls outside the code")),
        }
    }

    #[cold]
    fn fail(&self, ip: usize, what: &str) -> String {
        format!(
            "bytecode check failed in {} at instruction {}: {}",
            self.code.qualname, ip, what
        )
    }
}

/// Checks `code` (see the module doc) and returns its maximum stack depth.
pub fn verify(code: &Code) -> Result<usize, String> {
    let mut w = Walk {
        code,
        states: vec![None; code.ops.len()],
        work: Vec::new(),
    };
    let mut blocks = Blocks {
        nodes: Vec::new(),
        known: HashMap::default(),
    };
    let mut max = 0u32;
    w.reach(
        0,
        0,
        State {
            depth: 0,
            blocks: EMPTY,
        },
    )?;
    while let Some(ip) = w.work.pop() {
        let Some(s) = w.states[ip] else {
            continue;
        };
        let op = code.ops[ip];
        check_operands(code, op).map_err(|e| w.fail(ip, &e))?;
        let (pops, pushes) = op.stack_effect();
        if s.depth < pops || s.depth - pops < blocks.floor(s.blocks) {
            return Err(w.fail(ip, &format!("pops {} of {} values", pops, s.depth)));
        }
        if let Some(d) = peek_depth(op) {
            // the container these instructions add to sits `d` deep once the item is popped
            if d == 0 || d > s.depth - pops {
                return Err(w.fail(ip, "adds to a container below the stack"));
            }
        }
        let after = State {
            depth: s.depth - pops + pushes,
            blocks: s.blocks,
        };
        max = max.max(s.depth).max(after.depth);
        let next = ip + 1;
        match op {
            Op::Jump(t) => w.reach(ip, t as usize, after)?,
            Op::PopJumpIfFalse(t) | Op::PopJumpIfTrue(t) => {
                w.reach(ip, t as usize, after)?;
                w.reach(ip, next, after)?;
            }
            Op::JumpIfFalseOrPop(t) | Op::JumpIfTrueOrPop(t) => {
                // the jump keeps the tested value
                w.reach(ip, t as usize, s)?;
                w.reach(ip, next, after)?;
            }
            Op::ForIter(t) => {
                let done = State {
                    depth: s.depth - 1,
                    blocks: s.blocks,
                };
                w.reach(ip, t as usize, done)?;
                w.reach(ip, next, after)?;
            }
            Op::SetupExcept(h) => {
                // the handler runs with the stack cut back to here plus the exception
                let handler = State {
                    depth: s.depth + 1,
                    blocks: blocks.push(s.blocks, Block::Handler),
                };
                max = max.max(handler.depth);
                w.reach(ip, h as usize, handler)?;
                let level = s.depth;
                let body = State {
                    depth: after.depth,
                    blocks: blocks.push(s.blocks, Block::Except { level }),
                };
                w.reach(ip, next, body)?;
            }
            Op::PopBlock(_) => {
                let Some((below, _)) = blocks.pop(s.blocks) else {
                    return Err(w.fail(ip, "pops a block that is not there"));
                };
                let after = State {
                    depth: after.depth,
                    blocks: below,
                };
                w.reach(ip, next, after)?;
            }
            Op::PopExcept(_) | Op::EndAsyncFor(_) => {
                // (as `execute` does: blocks up to and including the innermost handler)
                let mut b = s.blocks;
                while let Some((below, top)) = blocks.pop(b) {
                    b = below;
                    if top == Block::Handler {
                        break;
                    }
                }
                let after = State {
                    depth: after.depth,
                    blocks: b,
                };
                w.reach(ip, next, after)?;
            }
            Op::ReturnValue(_) | Op::Raise(_) | Op::Reraise(_) => {}
            _ => w.reach(ip, next, after)?,
        }
    }
    Ok(max as usize)
}

/// For the instructions that add to a container below the item they pop: how deep it sits.
fn peek_depth(op: Op) -> Option<u32> {
    match op {
        Op::ListAppend(d)
        | Op::SetAdd(d)
        | Op::MapAdd(d)
        | Op::ListExtend(d)
        | Op::SetUpdate(d)
        | Op::DictUpdate(d) => Some(d),
        _ => None,
    }
}

/// Checks that the operands `execute` indexes the code's tables with are in range.
fn check_operands(code: &Code, op: Op) -> Result<(), String> {
    let nlocals = code.varnames.len();
    let in_range = |i: u32, len: usize, table: &str| {
        if (i as usize) < len {
            Ok(())
        } else {
            Err(format!("{} index {} out of range ({})", table, i, len))
        }
    };
    let (hi, lo) = (op.arg() >> 16, op.arg() & 0xffff);
    match op {
        Op::LoadFast(i) | Op::StoreFast(i) | Op::DeleteFast(i) => in_range(i, nlocals, "local"),
        Op::SubscrFast(_) => {
            in_range(hi, nlocals, "local")?;
            in_range(lo, nlocals, "local")
        }
        Op::SubscrConst(_) => {
            in_range(hi, nlocals, "local")?;
            in_range(lo, code.consts.len(), "constant")
        }
        Op::LoadAttrFast(_) | Op::StoreAttrFast(_) => {
            in_range(hi, nlocals, "local")?;
            in_range(lo, code.attr_names.len(), "attribute site")
        }
        Op::LoadConst(i) => in_range(i, code.consts.len(), "constant"),
        Op::BinaryOpConst(_) | Op::InplaceOpConst(_) | Op::CompareConst(_) => {
            in_range(lo, code.consts.len(), "constant")
        }
        Op::LoadAttr(i) | Op::StoreAttr(i) | Op::LoadMethod(i) => {
            in_range(i, code.attr_names.len(), "attribute site")
        }
        Op::LoadGlobal(i)
        | Op::StoreGlobal(i)
        | Op::DeleteGlobal(i)
        | Op::LoadName(i)
        | Op::StoreName(i)
        | Op::DeleteName(i)
        | Op::DeleteAttr(i)
        | Op::ImportFrom(i) => in_range(i, code.names.len(), "name"),
        Op::ImportName(i) => in_range(i & IMPORT_NAME_MASK, code.names.len(), "name"),
        Op::LoadDeref(i) | Op::StoreDeref(i) | Op::DeleteDeref(i) | Op::LoadClosure(i) => {
            in_range(i, code.ncells(), "cell")
        }
        Op::Swap(0 | 1) => Err(format!("{} with operand {}", op.name(), op.arg())),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compiler::code::Source;
    use crate::objects::value::Value;
    use crate::runtime::sync::Ref;
    use std::sync::Arc;

    fn compile(src: &str) -> Result<Code, String> {
        let source = Arc::new(Source {
            filename: "<test>".into(),
            text: src.into(),
        });
        let stmts = crate::front::parser::parse_module(src).map_err(|e| e.msg)?;
        crate::compiler::codegen::compile_module(stmts, source).map_err(|e| e.msg)
    }

    /// The code object of the first function defined in `src`.
    fn function(src: &str) -> Ref<Code> {
        let module = compile(src).expect("compiles");
        let code = module.consts.iter().find_map(|c| match c.as_obj() {
            Some(crate::objects::object::Object::Code(c)) => Some(c.clone()),
            _ => None,
        });
        code.expect("a function")
    }

    /// A code object with `like`'s locals and the instructions `ops`, and no constants.
    fn with_ops(like: &Code, ops: Vec<Op>) -> Code {
        Code {
            name: "f".into(),
            qualname: "f".into(),
            source: like.source.clone(),
            lines: vec![1; ops.len()].into(),
            ops: ops.into(),
            first_line: 1,
            consts: Box::new([]),
            names: Box::new([]),
            attr_names: Box::new([]),
            site_base: 0,
            global_base: 0,
            varnames: like.varnames.clone(),
            cellvars: Box::new([]),
            freevars: Box::new([]),
            cell_args: Box::new([]),
            argcount: like.argcount,
            posonlycount: 0,
            kwonlycount: 0,
            flags: 0,
            max_stack: 0,
            doc: None,
        }
    }

    #[test]
    fn depth_is_exact() {
        // `a + b * c`: a, b, c on the stack at once
        let f = function("def f(a, b, c):\n    return a + b * c\n");
        assert_eq!(verify(&f), Ok(3));
        assert_eq!(f.max_stack, 3);
        // a call of two arguments: callee, a, b
        let f = function("def f(g, a):\n    return g(a, a)\n");
        assert_eq!(verify(&f), Ok(3));
        // an except handler runs with the exception on the stack, above the loop's iterator
        let f = function(
            "def f(xs):\n    for x in xs:\n        try:\n            x()\n        except E as e:\n            pass\n",
        );
        assert!(verify(&f).unwrap() >= 3);
    }

    #[test]
    fn bad_code_is_refused() {
        let good = function("def f(a):\n    return a\n");
        assert!(verify(&good).is_ok());
        let with_ops = |ops: Vec<Op>| with_ops(&good, ops);
        // pops from an empty stack
        let e = verify(&with_ops(vec![Op::Pop(0), Op::ReturnValue(0)])).unwrap_err();
        assert!(e.contains("pops 1 of 0"), "{e}");
        // runs off the end
        assert!(verify(&with_ops(vec![Op::LoadFast(0)])).is_err());
        // a jump outside the code
        assert!(verify(&with_ops(vec![Op::Jump(7)])).is_err());
        // a local that the function does not have
        let e = verify(&with_ops(vec![Op::LoadFast(1), Op::ReturnValue(0)])).unwrap_err();
        assert!(e.contains("local index 1"), "{e}");
        // two paths that meet with different depths
        let ops = vec![
            Op::LoadFast(0),
            Op::PopJumpIfFalse(3),
            Op::LoadFast(0),
            Op::LoadFast(0),
            Op::ReturnValue(0),
        ];
        assert!(verify(&with_ops(ops)).unwrap_err().contains("reached with"));
        // a pop below the level an active `try` restores
        let ops = vec![
            Op::LoadFast(0),
            Op::SetupExcept(4),
            Op::Pop(0),
            Op::Nop(0),
            Op::ReturnValue(0),
        ];
        assert!(verify(&with_ops(ops)).is_err());
        // a constant that is there, used once
        let mut c = with_ops(vec![Op::LoadConst(0), Op::ReturnValue(0)]);
        assert!(verify(&c).is_err());
        c.consts = Box::new([Value::None]);
        assert_eq!(verify(&c), Ok(1));
    }
}
