//! The native `_thread` module: OS threads running Gilt functions, and locks. The `threading`
//! and `queue` modules in `stdlib/` are written on top of it.

use crate::value::Value;
use crate::vm::Vm;

pub fn module(_vm: &mut Vm) -> Value {
    super::ModuleBuilder::new("_thread").build()
}
