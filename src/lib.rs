//! Gilt: an embeddable Python-like language with a GIL build and a free-threaded build.
//!
//! ```
//! let interp = gilt::Interpreter::new();
//! interp.run("x = 6 * 7", "<example>").unwrap();
//! assert_eq!(interp.get_global("x"), Some(gilt::RustValue::Int(42)));
//! ```
//!
//! The crate's folders are its layers, in the order a program goes through them: `front`
//! (tokens, the lexer, the parser generated from `grammar/gilt.lalrpop`, the syntax tree),
//! `compiler` (scopes, bytecode, the verifier), `objects` and `runtime` (values and their
//! behaviour; the VM, the GIL, the memory manager), `builtins` and `modules`, and `api`, the
//! public surface re-exported here. Everything that differs between the two builds is in
//! `runtime::sync`.
//!
//! # Soundness
//! The runtime's internals (counted references, the per-object locks that the GIL build backs
//! with plain cells) are sound only for a thread that holds the GIL, so they are private to the
//! crate. What is public takes the GIL itself, and no safe code outside the crate can reach an
//! object without it:
//!
//! ```compile_fail
//! // the internal lock is not reachable: under the GIL it is a `RefCell`
//! static COUNTER: gilt::runtime::sync::Lock<u64> = gilt::runtime::sync::Lock::new(0);
//! ```
//!
//! ```
//! fn shareable<T: Send + Sync>() {}
//! shareable::<gilt::Interpreter>();
//! ```

mod api;
mod builtins;
mod compiler;
mod front;
#[cfg(any(test, feature = "fuzzing"))]
#[doc(hidden)]
pub mod fuzzing;
mod modules;
mod objects;
mod runtime;

pub use api::*;
