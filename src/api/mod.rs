//! The embedding API: what a Rust program uses to run Gilt code. The crate root re-exports
//! all of it; everything else in the crate is private.

/// Invokes `$m!(N: A 0, B 1, …)` for every tuple arity from 1 to 8: the conversions, call
/// arguments and Rust functions that exist per arity share this one list.
macro_rules! for_each_arity {
    ($m:ident) => {
        $m!(1: A 0);
        $m!(2: A 0, B 1);
        $m!(3: A 0, B 1, C 2);
        $m!(4: A 0, B 1, C 2, D 3);
        $m!(5: A 0, B 1, C 2, D 3, E 4);
        $m!(6: A 0, B 1, C 2, D 3, E 4, F 5);
        $m!(7: A 0, B 1, C 2, D 3, E 4, F 5, G 6);
        $m!(8: A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7);
    };
}

mod builder;
mod class;
mod convert;
mod function;
mod handle;
mod interpreter;
pub mod lab;
mod module;

pub use crate::modules::sandbox::Permissions;
pub use builder::{Builder, Capture};
pub use class::{Borrowed, BorrowedMut, Class, ClassBuilder, Constructor, IntoConstructed, Method};
pub use convert::{FromGilt, IntoGilt};
pub use function::{allow_threads, Exception, IntoCallResult, IntoException, NativeFunction};
pub use handle::{Handle, IntoArgs, Iter};
pub use interpreter::*;
pub use module::Module;
