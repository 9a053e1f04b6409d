//! The embedding API: what a Rust program uses to run Gilt code. The crate root re-exports
//! all of it; everything else in the crate is private.

mod builder;
mod convert;
mod function;
mod handle;
mod interpreter;
mod module;

pub use builder::{Builder, Capture};
pub use convert::{FromGilt, IntoGilt};
pub use function::{allow_threads, Exception, IntoCallResult, IntoException, NativeFunction};
pub use handle::{Handle, IntoArgs, Iter};
pub use interpreter::*;
pub use module::Module;
