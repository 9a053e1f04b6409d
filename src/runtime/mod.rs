//! The runtime: the VM that runs bytecode, and what it stands on — the build-flag seam
//! (`sync`), the GIL and safe points, signals, the allocator, the memory manager (counts,
//! the cycle collector, finalizers, weak references), exceptions and tracebacks.

pub(crate) mod allocator;
pub(crate) mod attrcache;
pub(crate) mod coroutine;
pub(crate) mod eval;
pub(crate) mod exc;
pub(crate) mod finalize;
pub(crate) mod gc;
pub(crate) mod generator;
pub(crate) mod gil;
pub(crate) mod matching;
pub(crate) mod sched;
pub(crate) mod signals;
pub(crate) mod stats;
pub(crate) mod sync;
pub(crate) mod timeline;
pub(crate) mod trace;
pub(crate) mod traceback;
pub(crate) mod traverse;
pub(crate) mod vm;
pub(crate) mod weakref;
