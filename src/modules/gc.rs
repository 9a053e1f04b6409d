//! The native `gc` module: the cycle collector's controls (`gc.rs` is the collector).

use crate::builtins::put;
use crate::objects::dict::DictMap;
use crate::objects::object::Object;
use crate::objects::value::{ObjRef, Value};
use crate::runtime::exc::{type_error, value_error};
use crate::runtime::sync::ReadMostly;
use crate::runtime::vm::{dict_of, Args, PResult, Vm};
use std::sync::atomic::{AtomicI64, Ordering};

/// `gc.set_debug` flags (only `DEBUG_SAVEALL` changes what the collector does).
const DEBUG_STATS: i64 = 1;
const DEBUG_COLLECTABLE: i64 = 2;
const DEBUG_UNCOLLECTABLE: i64 = 4;
const DEBUG_SAVEALL: i64 = 32;
static DEBUG: AtomicI64 = AtomicI64::new(0);

pub fn module(_vm: &mut Vm) -> Value {
    let mut b = super::ModuleBuilder::new("gc")
        .func("collect", gc_collect)
        .func("enable", gc_enable)
        .func("disable", gc_disable)
        .func("isenabled", gc_isenabled)
        .func("get_count", gc_get_count)
        .func("get_threshold", gc_get_threshold)
        .func("set_threshold", gc_set_threshold)
        .func("get_objects", gc_get_objects)
        .func("get_stats", gc_get_stats)
        .func("is_tracked", gc_is_tracked)
        .func("is_finalized", gc_is_finalized)
        .func("freeze", gc_freeze)
        .func("unfreeze", gc_unfreeze)
        .func("get_freeze_count", gc_get_freeze_count)
        .func("get_referents", gc_get_referents)
        .func("get_referrers", gc_get_referrers)
        .func("set_debug", gc_set_debug)
        .func("get_debug", gc_get_debug)
        .value("garbage", Value::list(vec![]))
        .value("callbacks", Value::list(vec![]));
    for (name, v) in [
        ("DEBUG_STATS", DEBUG_STATS),
        ("DEBUG_COLLECTABLE", DEBUG_COLLECTABLE),
        ("DEBUG_UNCOLLECTABLE", DEBUG_UNCOLLECTABLE),
        ("DEBUG_SAVEALL", DEBUG_SAVEALL),
        (
            "DEBUG_LEAK",
            DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL,
        ),
    ] {
        b = b.value(name, Value::Int(v));
    }
    b.build()
}

/// The imported `gc` module's list attribute `name` (`callbacks`, `garbage`), if the program
/// imported `gc`.
fn module_list(vm: &Vm, name: &str) -> Option<Value> {
    let m = dict_of(&vm.interp.modules).get_str_cloned("gc")?;
    let Some(Object::Module(m)) = m.as_obj() else {
        return None;
    };
    dict_of(&m.dict).get_str_cloned(name)
}

/// Runs a collection of generations 0 to `gen` with `gc.callbacks` called before and
/// after, as CPython does; returns how many unreachable objects it found.
pub fn collect_with_callbacks(vm: &mut Vm, gen: usize) -> PResult<usize> {
    let callbacks = module_list(vm, "callbacks")
        .and_then(|l| match l.as_obj() {
            Some(Object::List(items)) => Some(items.read(|v| v.clone())),
            _ => None,
        })
        .unwrap_or_default();
    let info = |collected: usize| {
        let mut d = DictMap::new();
        put(&mut d, "generation", Value::Int(gen as i64));
        put(&mut d, "collected", Value::Int(collected as i64));
        put(&mut d, "uncollectable", Value::Int(0));
        Value::obj(Object::Dict(ReadMostly::new(d)))
    };
    for cb in &callbacks {
        vm.call(cb, &[Value::str("start"), info(0)], &[])?;
    }
    let save = DEBUG.load(Ordering::Relaxed) & DEBUG_SAVEALL != 0;
    let (found, garbage) = crate::runtime::gc::collect(gen, save, &mut |g| {
        crate::runtime::finalize::finalize_garbage(vm, g)
    });
    if !garbage.is_empty() {
        if let Some(Value::Obj(l)) = module_list(vm, "garbage") {
            if let Object::List(items) = &*l {
                items.lock().extend(garbage.into_iter().map(Value::Obj));
            }
        }
    }
    // weak reference callbacks and finalizers of what the collection freed run before it
    // returns, as in CPython
    vm.run_finalizers();
    for cb in &callbacks {
        vm.call(cb, &[Value::str("stop"), info(found)], &[])?;
    }
    Ok(found)
}

/// The collection a safe point was asked for (`gil::request_collection`), if still due.
pub fn collect_due(vm: &mut Vm) -> PResult<()> {
    if let Some(gen) = crate::runtime::gc::due() {
        collect_with_callbacks(vm, gen)?;
    }
    Ok(())
}

fn not_an_int(v: &Value) -> crate::runtime::exc::Exc {
    type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        crate::objects::types::type_name(v)
    ))
}

fn no_args(args: &Args, name: &str) -> PResult<()> {
    args.check(name, 0, 0, &[])
}

fn gc_collect(vm: &mut Vm, args: Args) -> PResult<Value> {
    args.check("collect", 0, 1, &["generation"])?;
    let gen = match args.pos.first().or(args.kw("generation")) {
        None => 2,
        Some(v) => match v {
            Value::Int(g) if (0..=2).contains(g) => *g as usize,
            Value::Int(_) | Value::Bool(_) => return Err(value_error("invalid generation")),
            other => return Err(not_an_int(other)),
        },
    };
    Ok(Value::Int(collect_with_callbacks(vm, gen)? as i64))
}

fn gc_enable(_vm: &mut Vm, args: Args) -> PResult<Value> {
    no_args(&args, "enable")?;
    crate::runtime::gc::enable(true);
    Ok(Value::None)
}

fn gc_disable(_vm: &mut Vm, args: Args) -> PResult<Value> {
    no_args(&args, "disable")?;
    crate::runtime::gc::enable(false);
    Ok(Value::None)
}

fn gc_isenabled(_vm: &mut Vm, args: Args) -> PResult<Value> {
    no_args(&args, "isenabled")?;
    Ok(Value::bool(crate::runtime::gc::is_enabled()))
}

fn ints(v: [usize; 3]) -> Value {
    Value::tuple(v.iter().map(|&n| Value::Int(n as i64)).collect())
}

fn gc_get_count(_vm: &mut Vm, args: Args) -> PResult<Value> {
    no_args(&args, "get_count")?;
    Ok(ints(crate::runtime::gc::counts()))
}

fn gc_get_threshold(_vm: &mut Vm, args: Args) -> PResult<Value> {
    no_args(&args, "get_threshold")?;
    Ok(ints(crate::runtime::gc::thresholds()))
}

fn gc_set_threshold(_vm: &mut Vm, args: Args) -> PResult<Value> {
    args.check("set_threshold", 1, 3, &[])?;
    let mut t = crate::runtime::gc::thresholds();
    for (i, v) in args.pos.iter().enumerate() {
        t[i] = match v {
            Value::Int(n) => (*n).clamp(0, i32::MAX as i64) as usize,
            Value::Bool(b) => b.get() as usize,
            other => return Err(not_an_int(other)),
        };
    }
    crate::runtime::gc::set_thresholds(&t);
    Ok(Value::None)
}

fn gc_get_objects(_vm: &mut Vm, args: Args) -> PResult<Value> {
    args.check("get_objects", 0, 1, &["generation"])?;
    let gen =
        match args.pos.first().or(args.kw("generation")) {
            None | Some(Value::None) => None,
            Some(Value::Int(g)) if *g >= 3 => return Err(value_error(
                "generation parameter must be less than the number of available generations (3)",
            )),
            Some(Value::Int(g)) if *g < 0 => {
                return Err(value_error("generation parameter cannot be negative"))
            }
            Some(Value::Int(g)) => Some(*g as usize),
            Some(other) => return Err(not_an_int(other)),
        };
    let objs = crate::runtime::gc::objects(gen);
    Ok(Value::list(objs.into_iter().map(Value::Obj).collect()))
}

fn gc_get_stats(_vm: &mut Vm, args: Args) -> PResult<Value> {
    no_args(&args, "get_stats")?;
    let stats = crate::runtime::gc::stats()
        .iter()
        .map(|s| {
            let mut d = DictMap::new();
            put(&mut d, "collections", Value::Int(s.collections as i64));
            put(&mut d, "collected", Value::Int(s.collected as i64));
            put(&mut d, "uncollectable", Value::Int(s.uncollectable as i64));
            Value::obj(Object::Dict(ReadMostly::new(d)))
        })
        .collect();
    Ok(Value::list(stats))
}

/// CPython leaves a dict untracked while it holds only untracked objects; Gilt tracks every
/// dict, and answers as CPython would.
fn gc_is_tracked(_vm: &mut Vm, args: Args) -> PResult<Value> {
    args.check("is_tracked", 1, 1, &[])?;
    let Value::Obj(o) = &args.pos[0] else {
        return Ok(Value::FALSE);
    };
    if !crate::runtime::gc::is_tracked(o) {
        return Ok(Value::FALSE);
    }
    if let Object::Dict(d) = &**o {
        let holds_tracked = d.read(|m| {
            m.iter().any(|e| {
                [&e.key, &e.value]
                    .iter()
                    .any(|v| matches!(v, Value::Obj(x) if crate::runtime::gc::is_tracked(x)))
            })
        });
        return Ok(Value::bool(holds_tracked));
    }
    Ok(Value::TRUE)
}

fn gc_is_finalized(_vm: &mut Vm, args: Args) -> PResult<Value> {
    args.check("is_finalized", 1, 1, &[])?;
    Ok(Value::bool(
        matches!(&args.pos[0], Value::Obj(o) if crate::runtime::gc::is_finalized(o)),
    ))
}

fn gc_freeze(_vm: &mut Vm, args: Args) -> PResult<Value> {
    no_args(&args, "freeze")?;
    crate::runtime::gc::freeze();
    Ok(Value::None)
}

fn gc_unfreeze(_vm: &mut Vm, args: Args) -> PResult<Value> {
    no_args(&args, "unfreeze")?;
    crate::runtime::gc::unfreeze();
    Ok(Value::None)
}

fn gc_get_freeze_count(_vm: &mut Vm, args: Args) -> PResult<Value> {
    no_args(&args, "get_freeze_count")?;
    Ok(Value::Int(crate::runtime::gc::freeze_count() as i64))
}

/// The objects each argument refers to (the ones the collector follows).
fn gc_get_referents(_vm: &mut Vm, args: Args) -> PResult<Value> {
    args.check("get_referents", 0, usize::MAX, &[])?;
    let mut out = Vec::new();
    for a in args.pos {
        if let Value::Obj(o) = a {
            if crate::runtime::gc::is_tracked(o) {
                crate::runtime::traverse::traverse(o, &mut |r: &ObjRef| {
                    out.push(Value::Obj(r.clone()))
                });
            }
        }
    }
    Ok(Value::list(out))
}

/// The tracked objects that refer to any of the arguments.
fn gc_get_referrers(_vm: &mut Vm, args: Args) -> PResult<Value> {
    args.check("get_referrers", 0, usize::MAX, &[])?;
    let targets: Vec<*const u8> = args
        .pos
        .iter()
        .filter_map(|a| match a {
            Value::Obj(o) => Some(ObjRef::as_ptr(o)),
            _ => None,
        })
        .collect();
    let mut out = Vec::new();
    for o in crate::runtime::gc::objects(None) {
        let mut refers = false;
        crate::runtime::traverse::traverse(&o, &mut |r: &ObjRef| {
            refers |= targets.contains(&ObjRef::as_ptr(r));
        });
        if refers {
            out.push(Value::Obj(o));
        }
    }
    Ok(Value::list(out))
}

fn gc_set_debug(_vm: &mut Vm, args: Args) -> PResult<Value> {
    args.check("set_debug", 1, 1, &[])?;
    match &args.pos[0] {
        Value::Int(n) => DEBUG.store(*n, Ordering::Relaxed),
        other => return Err(not_an_int(other)),
    }
    Ok(Value::None)
}

fn gc_get_debug(_vm: &mut Vm, args: Args) -> PResult<Value> {
    no_args(&args, "get_debug")?;
    Ok(Value::Int(DEBUG.load(Ordering::Relaxed)))
}
