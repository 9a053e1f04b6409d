//! The native `_weakref` module: the weak reference registry (`weakref.rs`) as functions,
//! which `stdlib/weakref.py` builds `ref`, `proxy` and the weak containers on.

use crate::objects::object::{NativeObj, Object};
use crate::objects::types::{self, type_name};
use crate::objects::value::{ObjRef, Value};
use crate::runtime::exc::type_error;
use crate::runtime::vm::{Args, PResult, Vm};
use crate::runtime::weakref::Slot;
use std::sync::{Arc, OnceLock};

pub fn module(vm: &mut Vm) -> Value {
    let m = native_part();
    // `ref`, `proxy` and their types are written in Gilt: `stdlib/weakref.py` adds them here
    vm.register_module("_weakref", m.clone());
    let _ = vm.import("weakref");
    m
}

fn native_part() -> Value {
    super::ModuleBuilder::new("_weakref")
        .func("track", w_track)
        .func("get", w_get)
        .func("alive", w_alive)
        .func("callback", w_callback)
        .func("getweakrefcount", w_getweakrefcount)
        .func("getweakrefs", w_getweakrefs)
        .build()
}

/// A weak reference object's hold on its slot: when the object goes, so does the slot.
struct Handle(Arc<Slot>);

impl Drop for Handle {
    fn drop(&mut self) {
        crate::runtime::weakref::forget(&self.0);
    }
}

fn handle_type() -> &'static ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| {
        types::make_type(
            "weakref_handle",
            Some(&types::types().object),
            crate::objects::object::TypeKind::Object,
            &[],
        )
    })
}

fn slot(v: &Value) -> PResult<&Arc<Slot>> {
    match v.as_obj() {
        Some(Object::NativeObj(n)) => match n.data.downcast_ref::<Handle>() {
            Some(h) => Ok(&h.0),
            None => Err(type_error("not a weak reference handle")),
        },
        _ => Err(type_error("not a weak reference handle")),
    }
}

/// `track(owner, obj, callback=None)`: a weak reference to `obj` owned by the weak
/// reference object `owner`.
fn w_track(_vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("track", 2, 3, &[])?;
    let target = match &a.pos[1] {
        Value::Obj(o) if crate::runtime::weakref::can_refer(o) => o,
        other => {
            return Err(type_error(format!(
                "cannot create weak reference to '{}' object",
                type_name(other)
            )))
        }
    };
    let callback = a.pos.get(2).filter(|c| !matches!(c, Value::None)).cloned();
    let slot = crate::runtime::weakref::make(&a.pos[0], target, callback);
    Ok(Value::obj(Object::NativeObj(NativeObj {
        class: handle_type().clone(),
        data: Box::new(Handle(slot)),
    })))
}

fn w_get(_vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("get", 1, 1, &[])?;
    Ok(slot(&a.pos[0])?.get().map_or(Value::None, Value::Obj))
}

fn w_alive(_vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("alive", 1, 1, &[])?;
    Ok(Value::bool(slot(&a.pos[0])?.is_alive()))
}

fn w_callback(_vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("callback", 1, 1, &[])?;
    Ok(slot(&a.pos[0])?.callback().cloned().unwrap_or(Value::None))
}

fn w_getweakrefcount(_vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("getweakrefcount", 1, 1, &[])?;
    Ok(Value::Int(match &a.pos[0] {
        Value::Obj(o) => crate::runtime::weakref::refs_to(o).len() as i64,
        _ => 0,
    }))
}

fn w_getweakrefs(_vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("getweakrefs", 1, 1, &[])?;
    Ok(Value::list(match &a.pos[0] {
        Value::Obj(o) => crate::runtime::weakref::refs_to(o),
        _ => vec![],
    }))
}
