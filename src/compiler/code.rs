//! Code objects: the compiler's output for one module, function, lambda or comprehension — the
//! instructions, their constants and names, the variable layout and a line table.

use crate::compiler::opcode::Op;
use crate::objects::value::Value;
use std::sync::Arc;

/// The source text of one file, shared by its code objects for tracebacks.
pub struct Source {
    pub filename: String,
    pub text: String,
}

impl Source {
    /// A source file's bytes as text; a byte sequence that is not UTF-8 becomes U+FFFD. Valid
    /// text is checked in one fast pass and kept as it is, with no copy.
    pub fn text_of(bytes: Vec<u8>) -> String {
        String::from_utf8(bytes)
            .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
    }

    /// Line `n` (1-based) without its line break, or "" when out of range.
    pub fn line(&self, n: u32) -> &str {
        self.text
            .split('\n')
            .nth((n as usize).saturating_sub(1))
            .map(|l| l.trim_end_matches('\r'))
            .unwrap_or("")
    }
}

pub const FLAG_VARARGS: u32 = 1;
pub const FLAG_VARKW: u32 = 2;
/// Calling the function makes a generator, coroutine or async generator.
pub const FLAG_GENERATOR: u32 = 4;
/// The code runs with a namespace dict (module or class body) rather than fast locals.
pub const FLAG_NAMESPACE: u32 = 8;
/// An `async def` (with `FLAG_GENERATOR`): calling it makes a coroutine.
pub const FLAG_COROUTINE: u32 = 16;
/// An `async def` that yields (with `FLAG_GENERATOR`): calling it makes an async generator.
pub const FLAG_ASYNC_GENERATOR: u32 = 32;

/// Made only by the compiler, which verifies it (`verify.rs`): the fields that `execute` trusts
/// are private to the crate, so that no other code can make or change them.
pub struct Code {
    pub name: String,
    pub qualname: String,
    pub source: Arc<Source>,
    pub(crate) ops: Box<[Op]>,
    /// Source line of each instruction.
    pub lines: Box<[u32]>,
    pub first_line: u32,
    pub(crate) consts: Box<[Value]>,
    /// Interned names for global, attribute and import instructions.
    pub(crate) names: Box<[Value]>,
    /// The name of each attribute site (the operand of `LoadAttr`, `StoreAttr`, `LoadMethod`).
    pub(crate) attr_names: Box<[Value]>,
    /// The inline-cache slot of attribute site 0; site `i` uses `site_base + i`.
    pub site_base: usize,
    /// The cache slot of `LoadGlobal` of `names[0]`; `names[i]` uses `global_base + i`.
    pub global_base: usize,
    /// Fast locals: parameters first, in order: positional, keyword-only, *args, **kwargs.
    pub(crate) varnames: Box<[String]>,
    pub(crate) cellvars: Box<[String]>,
    pub(crate) freevars: Box<[String]>,
    /// For each cell variable that is also a parameter, the parameter's local index.
    pub cell_args: Box<[Option<usize>]>,
    pub argcount: usize,
    pub posonlycount: usize,
    pub kwonlycount: usize,
    pub flags: u32,
    pub(crate) max_stack: usize,
    /// The docstring (a leading string literal in a function body).
    pub doc: Option<String>,
}

impl crate::runtime::sync::Traced for Code {}

impl Code {
    /// Constant `i`, for an operand `verify` checked.
    #[inline(always)]
    pub(crate) fn konst(&self, i: usize) -> &Value {
        debug_assert!(i < self.consts.len());
        // SAFETY: `verify` proved every constant operand of the code below `consts.len()`,
        // and the constants never change after it ran.
        unsafe { self.consts.get_unchecked(i) }
    }

    pub fn filename(&self) -> &str {
        &self.source.filename
    }

    pub fn line_at(&self, ip: usize) -> u32 {
        self.lines.get(ip).copied().unwrap_or(self.first_line)
    }

    /// Number of cell and free variable slots.
    pub fn ncells(&self) -> usize {
        self.cellvars.len() + self.freevars.len()
    }
}
