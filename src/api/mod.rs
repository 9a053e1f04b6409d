//! The embedding API: what a Rust program uses to run Gilt code. The crate root re-exports
//! all of it; everything else in the crate is private.

mod interpreter;

pub use interpreter::*;
