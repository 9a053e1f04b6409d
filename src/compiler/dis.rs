//! The disassembler behind `gilt --dis FILE`: every code object, one instruction per line with
//! its source line, offset, name, operand and what the operand refers to.

use crate::compiler::code::Code;
use crate::compiler::opcode::{Op, IMPORT_NAME_MASK};
use crate::objects::object::Object;
use std::fmt::Write;

pub fn disassemble(code: &Code) -> String {
    let mut out = String::new();
    dis_one(code, &mut out);
    out
}

fn dis_one(code: &Code, out: &mut String) {
    let _ = writeln!(
        out,
        "Disassembly of <code object {} at line {}> ({}):",
        code.qualname,
        code.first_line,
        code.filename()
    );
    let mut last_line = 0;
    for (i, op) in code.ops.iter().enumerate() {
        let line = code.line_at(i);
        let line_col = if line != last_line {
            last_line = line;
            format!("{line:>5}")
        } else {
            "     ".to_string()
        };
        let _ = writeln!(
            out,
            "{line_col} {i:>6} {:<18} {:>5}  {}",
            op.name(),
            op.arg(),
            operand_note(code, op)
        );
    }
    for c in &code.consts {
        if let Some(Object::Code(inner)) = c.as_obj() {
            out.push('\n');
            dis_one(inner, out);
        }
    }
}

fn operand_note(code: &Code, op: &Op) -> String {
    let a = op.arg() as usize;
    let name = |i: usize| {
        code.names
            .get(i)
            .and_then(|v| v.as_str())
            .unwrap_or("?")
            .to_string()
    };
    match op {
        Op::LoadAttr(_) | Op::StoreAttr(_) | Op::LoadMethod(_) => format!(
            "({})",
            code.attr_names
                .get(a)
                .and_then(|v| v.as_str())
                .unwrap_or("?")
        ),
        Op::LoadAttrFast(_) | Op::StoreAttrFast(_) => format!(
            "({}.{})",
            code.varnames
                .get(a >> 16)
                .map(|s| s.as_str())
                .unwrap_or("?"),
            code.attr_names
                .get(a & 0xffff)
                .and_then(|v| v.as_str())
                .unwrap_or("?")
        ),
        Op::BinaryOpConst(_) | Op::InplaceOpConst(_) | Op::CompareConst(_) => {
            match code.consts.get(a & 0xffff) {
                Some(v) => format!("({} {})", a >> 16, short_repr(v)),
                None => String::new(),
            }
        }
        Op::LoadConst(_) => match code.consts.get(a).and_then(|v| v.as_obj()) {
            Some(Object::Code(c)) => format!("(<code {}>)", c.qualname),
            Some(Object::Str(s)) => format!("({})", crate::objects::repr::str_repr(&s.s)),
            _ => match code.consts.get(a) {
                Some(v) => format!("({})", short_repr(v)),
                None => String::new(),
            },
        },
        Op::LoadFast(_) | Op::StoreFast(_) | Op::DeleteFast(_) => {
            format!(
                "({})",
                code.varnames.get(a).map(|s| s.as_str()).unwrap_or("?")
            )
        }
        Op::LoadDeref(_) | Op::StoreDeref(_) | Op::DeleteDeref(_) | Op::LoadClosure(_) => {
            let n = code
                .cellvars
                .iter()
                .chain(code.freevars.iter())
                .nth(a)
                .map(|s| s.as_str())
                .unwrap_or("?");
            format!("({n})")
        }
        Op::LoadGlobal(_)
        | Op::StoreGlobal(_)
        | Op::DeleteGlobal(_)
        | Op::LoadName(_)
        | Op::StoreName(_)
        | Op::DeleteName(_)
        | Op::DeleteAttr(_)
        | Op::ImportFrom(_) => format!("({})", name(a)),
        Op::ImportName(_) if a >> 24 > 0 => {
            format!(
                "({}, level {})",
                name(a & IMPORT_NAME_MASK as usize),
                a >> 24
            )
        }
        Op::ImportName(_) => format!("({})", name(a)),
        Op::BinaryOp(_) | Op::InplaceOp(_) => {
            let syms = [
                "+", "-", "*", "@", "/", "//", "%", "**", "<<", ">>", "|", "^", "&",
            ];
            format!("({})", syms.get(a).unwrap_or(&"?"))
        }
        Op::CompareOp(_) => {
            format!(
                "({})",
                ["<", "<=", "==", "!=", ">", ">="].get(a).unwrap_or(&"?")
            )
        }
        Op::Jump(_)
        | Op::PopJumpIfFalse(_)
        | Op::PopJumpIfTrue(_)
        | Op::JumpIfFalseOrPop(_)
        | Op::JumpIfTrueOrPop(_)
        | Op::ForIter(_)
        | Op::SetupExcept(_) => format!("(to {a})"),
        _ => String::new(),
    }
}

pub(crate) fn short_repr(v: &crate::objects::value::Value) -> String {
    use crate::objects::value::Value;
    match v {
        Value::None => "None".into(),
        Value::Bool(b) => if b.get() { "True" } else { "False" }.into(),
        Value::Int(i) => i.to_string(),
        Value::Float(f) => crate::objects::format::float_repr(f.get()),
        Value::Obj(o) => match &**o {
            Object::BigInt(b) => b.to_string(),
            Object::Complex(z) => crate::objects::format::complex_repr(z.re, z.im),
            Object::Tuple(t) => format!(
                "({})",
                t.iter().map(short_repr).collect::<Vec<_>>().join(", ")
            ),
            _ => "...".into(),
        },
    }
}
