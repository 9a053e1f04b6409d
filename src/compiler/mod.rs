//! The compiler: syntax tree to verified bytecode. Scope analysis decides where each name
//! lives, code generation emits the instruction set, the verifier checks what the VM will
//! then not check, and the disassembler shows the result.

pub(crate) mod code;
pub(crate) mod codegen;
pub(crate) mod dis;
pub(crate) mod opcode;
pub(crate) mod symtable;
pub(crate) mod verify;
