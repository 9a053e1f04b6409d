//! Reporting errors as CPython does: tracebacks for uncaught exceptions (with chained causes and
//! contexts) and the file/line/caret report of a SyntaxError.

use crate::compiler::code::Source;
use crate::front::token::{ErrorKind, LexError};
use crate::objects::object::Object;
use crate::objects::types::{self, ExcKind};
use crate::objects::value::Value;
use crate::runtime::exc::Exc;
use crate::runtime::vm::Vm;
use crate::Error;

/// Converts an uncaught exception into the library's error, with its formatted traceback.
pub fn to_error(vm: &mut Vm, exc: &Exc) -> Error {
    if exc.is_kind(ExcKind::SystemExit) {
        let args = vm.items_of(&exc.args());
        return match args.first() {
            None | Some(Value::None) => Error::Exit(0),
            Some(Value::Int(i)) => Error::Exit(*i as i32),
            Some(Value::Bool(b)) => Error::Exit(b.get() as i32),
            Some(other) => {
                let msg = vm.to_str(other).unwrap_or_default();
                Error::Exception {
                    type_name: "SystemExit".into(),
                    message: msg.clone(),
                    traceback: format!("{msg}\n"),
                    exception: Some(crate::Handle::new(&vm.interp, exc.value())),
                }
            }
        };
    }
    let mut out = String::new();
    format_chain(vm, exc, &mut out, 0);
    Error::Exception {
        type_name: class_name(exc),
        message: vm.to_str(&exc.value()).unwrap_or_default(),
        traceback: out,
        exception: Some(crate::Handle::new(&vm.interp, exc.value())),
    }
}

fn class_name(exc: &Exc) -> String {
    match &**exc.class() {
        Object::Type(t) => t.name(),
        _ => "Exception".into(),
    }
}

fn format_chain(vm: &mut Vm, exc: &Exc, out: &mut String, depth: usize) {
    let (cause, context, suppress) = {
        let st = exc.obj().state.lock();
        (st.cause.clone(), st.context.clone(), st.suppress_context)
    };
    if depth < 100 {
        if let Some(Value::Obj(c)) = &cause {
            if let Object::Exception(_) = &**c {
                format_chain(vm, &Exc(c.clone()), out, depth + 1);
                out.push_str(
                    "\nThe above exception was the direct cause of the following exception:\n\n",
                );
            }
        } else if let (Some(Value::Obj(c)), false) = (&context, suppress) {
            if let Object::Exception(_) = &**c {
                format_chain(vm, &Exc(c.clone()), out, depth + 1);
                out.push_str(
                    "\nDuring handling of the above exception, another exception occurred:\n\n",
                );
            }
        }
    }
    format_one(vm, exc, out);
}

fn format_one(vm: &mut Vm, exc: &Exc, out: &mut String) {
    let tb = exc.obj().state.lock().traceback.clone();
    if !tb.is_empty() {
        out.push_str("Traceback (most recent call last):\n");
        let mut last: Option<(String, u32, String)> = None;
        let mut repeats = 0usize;
        let flush = |out: &mut String, repeats: usize| {
            if repeats > 3 {
                let n = repeats - 3;
                out.push_str(&format!(
                    "  [Previous line repeated {n} more time{}]\n",
                    if n == 1 { "" } else { "s" }
                ));
            }
        };
        for entry in tb.iter().rev() {
            let key = (
                entry.code.filename().to_string(),
                entry.line,
                entry.code.name.clone(),
            );
            if last.as_ref() == Some(&key) {
                repeats += 1;
                if repeats > 3 {
                    continue;
                }
            } else {
                flush(out, repeats);
                repeats = 1;
                last = Some(key);
            }
            out.push_str(&format!(
                "  File \"{}\", line {}, in {}\n",
                entry.code.filename(),
                entry.line,
                entry.code.name
            ));
            // like CPython, no source line for code that did not come from a file
            let fname = entry.code.filename();
            let pseudo = fname.starts_with('<') && fname.ends_with('>');
            let text = if pseudo {
                ""
            } else {
                entry.code.source.line(entry.line).trim()
            };
            if !text.is_empty() {
                out.push_str(&format!("    {text}\n"));
            }
        }
        flush(out, repeats);
    }
    let name = class_name(exc);
    let msg = vm.to_str(&exc.value()).unwrap_or_default();
    if msg.is_empty() {
        out.push_str(&format!("{name}\n"));
    } else {
        out.push_str(&format!("{name}: {msg}\n"));
    }
    let _ = types::types();
}

/// The report CPython prints for a SyntaxError: location, the line, a caret, the message.
pub fn syntax_report(e: &LexError, src: &Source) -> String {
    let offset = e.offset.min(src.text.len());
    let before = &src.text[..offset];
    let line_no = before.bytes().filter(|&b| b == b'\n').count() + 1;
    let line_start = before.rfind('\n').map(|i| i + 1).unwrap_or(0);
    let col = src.text[line_start..offset].chars().count();
    let line = src.line(line_no as u32);
    let trimmed = line.trim_start();
    let removed = line.chars().count() - trimmed.chars().count();
    let kind = match e.kind {
        ErrorKind::Syntax => "SyntaxError",
        ErrorKind::Indentation => "IndentationError",
        ErrorKind::Tab => "TabError",
    };
    let mut out = format!("  File \"{}\", line {}\n", src.filename, line_no);
    let shown = trimmed.trim_end();
    if !shown.is_empty() {
        out.push_str(&format!("    {shown}\n"));
        let caret = col.saturating_sub(removed).min(shown.chars().count());
        out.push_str(&format!("    {}^\n", " ".repeat(caret)));
    }
    out.push_str(&format!("{kind}: {}\n", e.msg));
    out
}

// ---------------------------------------------------------------- traceback objects

/// What `exc.__traceback__` holds: the frames an exception passed through, outermost first
/// (`pos` is this object's place in the `tb_next` chain).
struct TbData {
    entries: Vec<crate::objects::object::TbEntry>,
    pos: usize,
}

fn tb_type() -> &'static crate::objects::value::ObjRef {
    static T: std::sync::OnceLock<crate::objects::value::ObjRef> = std::sync::OnceLock::new();
    T.get_or_init(|| {
        types::make_type(
            "traceback",
            Some(&types::types().object),
            crate::objects::object::TypeKind::Object,
            &[],
        )
    })
}

/// The traceback object for an exception's recorded frames (None before it was raised).
pub fn traceback_of(exc: &crate::objects::object::ExcObj) -> Value {
    let mut entries = exc.state.lock().traceback.clone();
    entries.reverse();
    tb_at(entries, 0)
}

fn tb_at(entries: Vec<crate::objects::object::TbEntry>, pos: usize) -> Value {
    if pos >= entries.len() {
        return Value::None;
    }
    Value::obj(Object::NativeObj(crate::objects::object::NativeObj {
        class: tb_type().clone(),
        data: Box::new(TbData { entries, pos }),
    }))
}

/// The frames a traceback object holds from its place on, innermost first (as an exception
/// records them); None when `v` is not a traceback object.
pub fn entries_of(v: &Value) -> Option<Vec<crate::objects::object::TbEntry>> {
    let Some(Object::NativeObj(n)) = v.as_obj() else {
        return None;
    };
    let tb = n.data.downcast_ref::<TbData>()?;
    let mut entries = tb.entries[tb.pos..].to_vec();
    entries.reverse();
    Some(entries)
}

/// `tb.tb_lineno`, `tb.tb_next`, `tb.tb_lasti`, `tb.tb_frame` of a traceback object.
pub fn tb_attr(vm: &Vm, v: &Value, name: &str) -> Option<Value> {
    let Some(Object::NativeObj(n)) = v.as_obj() else {
        return None;
    };
    let tb = n.data.downcast_ref::<TbData>()?;
    Some(match name {
        "tb_lineno" => Value::Int(tb.entries[tb.pos].line as i64),
        "tb_next" => tb_at(tb.entries.clone(), tb.pos + 1),
        "tb_lasti" => Value::Int(0),
        "tb_frame" => {
            let e = &tb.entries[tb.pos];
            let globals = globals_of(vm, &e.code);
            crate::runtime::trace::traceback_frame(e.code.clone(), globals, e.line)
        }
        _ => return None,
    })
}

/// The globals of the module whose file holds `code` (tracebacks do not keep them: raising
/// stays cheap), else `__main__`'s.
fn globals_of(vm: &Vm, code: &crate::compiler::code::Code) -> crate::objects::value::ObjRef {
    let file = code.source.filename.as_str();
    let modules: Vec<Value> = crate::runtime::vm::dict_of(&vm.interp.modules)
        .read(|d| d.iter().map(|e| e.value.clone()).collect());
    let mut main = None;
    for m in modules {
        let Some(d) = crate::modules::module_dict(&m) else {
            continue;
        };
        let ns = crate::runtime::vm::dict_of(&d);
        if ns
            .get_str_cloned("__file__")
            .as_ref()
            .and_then(Value::as_str)
            == Some(file)
        {
            return d;
        }
        if ns
            .get_str_cloned("__name__")
            .as_ref()
            .and_then(Value::as_str)
            == Some("__main__")
        {
            main = Some(d);
        }
    }
    main.unwrap_or_else(|| vm.interp.builtins.clone())
}
