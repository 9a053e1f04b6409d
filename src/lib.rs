//! Gilt: an embeddable Python-like language with a GIL build and a free-threaded build.
//!
//! Gilt runs a subset of Python 3 and prints what CPython prints. One cargo feature decides
//! how its threads run: the default **GIL build** has one global interpreter lock, and
//! `--features free-threading` gives fine-grained locking with real parallelism. The same
//! host code works with either.
//!
//! # A guide to embedding
//!
//! **Run code and read results.** An [`Interpreter`] runs statements ([`exec`]), evaluates
//! expressions into Rust types ([`eval`]), reads and writes globals ([`get`], [`set`]) and
//! calls Gilt functions ([`call`]). Values convert both ways through [`FromGilt`] and
//! [`IntoGilt`]: integers (and [`BigInt`]), floats, `bool`, strings, `Vec`, `HashMap`,
//! `Option`, tuples, `()` and [`Handle`].
//!
//! ```
//! let interp = gilt::Interpreter::new();
//! interp.exec("def greet(who, punct='!'):\n    return 'hello ' + who + punct").unwrap();
//! let s: String = interp.call("greet", ("gilt",)).unwrap();
//! assert_eq!(s, "hello gilt!");
//! assert_eq!(interp.eval::<Vec<i64>>("[n * n for n in range(4)]").unwrap(), [0, 1, 4, 9]);
//! ```
//!
//! **Hold objects.** A [`Handle`] keeps a Gilt object alive across calls, with attribute,
//! item and method access, calls, iteration, `repr` and `str`.
//!
//! **Give scripts Rust functions and modules.** [`Interpreter::register_fn`] takes a closure
//! of up to eight typed parameters; a [`Module`] groups functions, values and classes that
//! scripts `import`. A Rust `Err` becomes a Gilt exception of the type an [`Exception`]
//! names, and a panic becomes a `RuntimeError` instead of unwinding into the interpreter.
//!
//! **Give scripts Rust types.** A type that implements [`Class`] becomes a Gilt class with a
//! constructor, methods, properties and dunder methods, which scripts may subclass; the host
//! borrows the Rust value back out of an instance ([`Handle::borrow_mut`]).
//!
//! ```
//! struct Tally(u32);
//! impl gilt::Class for Tally {
//!     const NAME: &'static str = "Tally";
//!     fn build(c: &mut gilt::ClassBuilder<Self>) {
//!         c.constructor(|| Tally(0)).method("add", |t: &mut Tally, n: u32| t.0 += n);
//!     }
//! }
//! let interp = gilt::Interpreter::new();
//! interp.register_class::<Tally>().unwrap();
//! interp.exec("t = Tally()\nfor n in range(5): t.add(n)").unwrap();
//! assert_eq!(interp.get::<gilt::Handle>("t").unwrap().borrow::<Tally>().unwrap().0, 10);
//! ```
//!
//! **Errors.** Everything that can fail returns an [`Error`]: a syntax error, a Gilt
//! exception (type name, message, formatted traceback and the exception object), `sys.exit`,
//! or a [`Limit`] the host set.
//!
//! **Sandboxes and limits.** [`Interpreter::builder`] sets `sys.argv`, where output goes
//! ([`Capture`] keeps it), where `import` looks, what scripts may touch ([`Permissions`]:
//! files, environment, clock, threads), an operation budget, a memory cap, a timeout and the
//! recursion limit; a [`CancelHandle`] stops a running script from another thread. A script
//! cannot catch a limit.
//!
//! **Threads.** [`Interpreter`] and [`Handle`] are `Send + Sync` in both builds. Host threads
//! may call in at once: the GIL build takes turns, the free-threaded build runs them in
//! parallel. A Rust function lets other threads run Gilt code while it works with
//! [`allow_threads`]. Code compiled once ([`Interpreter::compile`]) runs in any thread and
//! any interpreter. Several interpreters in one process have their own modules, globals,
//! `sys` and GIL, so they run in parallel in both builds; they share no objects (a
//! [`Handle`] goes back only into the interpreter that made it).
//!
//! The examples in `examples/` (`embed_basic`, `embed_functions_and_types`, `embed_threads`,
//! `embed_sandbox`, `embed_many_interpreters`) show each part in a whole program.
//!
//! [`exec`]: Interpreter::exec
//! [`eval`]: Interpreter::eval
//! [`get`]: Interpreter::get
//! [`set`]: Interpreter::set
//! [`call`]: Interpreter::call
//! [`BigInt`]: num_bigint::BigInt
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
//! with plain cells) are sound only for a thread that holds the GIL of the objects'
//! interpreter, so they are private to the crate. What is public takes that GIL itself, and no
//! safe code outside the crate can reach an object without it:
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
