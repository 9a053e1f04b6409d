//! The native `_multiprocessing` module under `stdlib/multiprocessing.py`: starting a child
//! `gilt` process, waiting for it, and running the parent's main script in the child under
//! the name `__mp_main__` (so its `if __name__ == "__main__":` block does not run again),
//! which is how the child finds the functions it was asked to run.

use crate::builtins::int_arg;
use crate::objects::object::Object;
use crate::objects::value::Value;
use crate::runtime::exc::{type_error, Exc};
use crate::runtime::gil::Blocked;
use crate::runtime::sync::Gil;
use crate::runtime::vm::{Args, PResult, Vm};
use parking_lot::Mutex;
use std::collections::HashMap;
use std::process::Child;
use std::time::{Duration, Instant};

/// Children started and not yet waited for, by process id.
static CHILDREN: Mutex<Option<HashMap<u32, Child>>> = Mutex::new(None);

pub fn module(_vm: &mut Vm) -> Value {
    super::ModuleBuilder::new("_multiprocessing")
        .func("spawn", mp_spawn)
        .func("wait", mp_wait)
        .func("kill", mp_kill)
        .func("run_main", mp_run_main)
        .func("import_module", mp_import_module)
        .build()
}

fn os_error(e: std::io::Error) -> Exc {
    Exc::new(crate::objects::types::ExcKind::OSError, e.to_string())
}

fn strings(v: &Value, what: &str) -> PResult<Vec<String>> {
    let items = match v.as_obj() {
        Some(Object::List(l)) => l.read(|l| l.to_vec()),
        Some(Object::Tuple(t)) => t.to_vec(),
        _ => return Err(type_error(format!("{what} must be a list of str"))),
    };
    items
        .iter()
        .map(|s| {
            s.as_str()
                .map(str::to_string)
                .ok_or_else(|| type_error(format!("{what} must be a list of str")))
        })
        .collect()
}

/// `spawn(argv, env)`: starts `argv[0]` with the rest as arguments and the pairs of the list
/// `env` (`[name, value, ...]`) added to the environment; returns its process id.
fn mp_spawn(_vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("spawn", 2, 2, &[])?;
    let argv = strings(&a.pos[0], "argv")?;
    let env = strings(&a.pos[1], "env")?;
    let Some((program, args)) = argv.split_first() else {
        return Err(crate::runtime::exc::value_error("argv must not be empty"));
    };
    crate::runtime::vm::flush_stdout();
    let mut cmd = std::process::Command::new(program);
    cmd.args(args);
    for pair in env.chunks(2) {
        if let [k, v] = pair {
            cmd.env(k, v);
        }
    }
    let child = cmd.spawn().map_err(os_error)?;
    let pid = child.id();
    CHILDREN
        .lock()
        .get_or_insert_with(HashMap::new)
        .insert(pid, child);
    Ok(Value::Int(i64::from(pid)))
}

/// `wait(pid, timeout=None)`: the child's exit code once it has ended (a negative signal
/// number if a signal ended it), or None if `timeout` seconds passed first. Waits with the
/// interpreter lock let go.
fn mp_wait(_vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("wait", 1, 2, &[])?;
    let pid = int_arg(&a.pos[0], "wait")? as u32;
    let deadline = match a.pos.get(1) {
        None | Some(Value::None) => None,
        Some(v) => {
            let secs = match v {
                Value::Float(f) => f.get(),
                Value::Int(i) => *i as f64,
                _ => return Err(type_error("timeout must be a number")),
            };
            Some(Instant::now() + Duration::from_secs_f64(secs.clamp(0.0, 1e9)))
        }
    };
    let status = Gil::release_while(Blocked::Io, || -> std::io::Result<Option<i32>> {
        loop {
            {
                let mut all = CHILDREN.lock();
                let Some(child) = all.get_or_insert_with(HashMap::new).get_mut(&pid) else {
                    return Err(std::io::Error::other(format!("no child process {pid}")));
                };
                if let Some(st) = child.try_wait()? {
                    all.as_mut().map(|m| m.remove(&pid));
                    return Ok(Some(code_of(st)));
                }
            }
            if deadline.is_some_and(|d| Instant::now() >= d) {
                return Ok(None);
            }
            if crate::runtime::signals::interrupt_arrived() {
                return Err(std::io::Error::new(std::io::ErrorKind::Interrupted, ""));
            }
            std::thread::sleep(Duration::from_millis(1));
        }
    });
    match status {
        Ok(Some(code)) => Ok(Value::Int(i64::from(code))),
        Ok(None) => Ok(Value::None),
        Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {
            Err(crate::runtime::signals::keyboard_interrupt())
        }
        Err(e) => Err(os_error(e)),
    }
}

fn code_of(st: std::process::ExitStatus) -> i32 {
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        if let Some(sig) = st.signal() {
            return -sig;
        }
    }
    st.code().unwrap_or(1)
}

/// `kill(pid)`: ends a child at once (SIGKILL).
fn mp_kill(_vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("kill", 1, 1, &[])?;
    let pid = int_arg(&a.pos[0], "kill")? as u32;
    if let Some(child) = CHILDREN
        .lock()
        .get_or_insert_with(HashMap::new)
        .get_mut(&pid)
    {
        let _ = child.kill();
    }
    Ok(Value::None)
}

/// `run_main(path)`: runs the script at `path` as the module `__mp_main__` and returns it.
fn mp_run_main(vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("run_main", 1, 1, &[])?;
    let path = a.pos[0]
        .as_str()
        .ok_or_else(|| type_error("path must be str"))?
        .to_string();
    let text = std::fs::read(&path).map_err(os_error)?;
    // the script's folder comes first for its imports, as it does in the parent
    if let Some(dir) = std::path::Path::new(&path).parent() {
        vm.interp.path.lock().insert(0, dir.display().to_string());
    }
    vm.exec_module("__mp_main__", crate::source_text(text), path)
}

/// `import_module(name)`: the module `name`, imported if it is not yet.
fn mp_import_module(vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("import_module", 1, 1, &[])?;
    let name = a.pos[0]
        .as_str()
        .ok_or_else(|| type_error("name must be str"))?
        .to_string();
    vm.import(&name)
}
