//! The import system: finding a module by its dotted name (in the module folders, as a
//! package `NAME/__init__.py`, in the embedded library, or among the native modules),
//! running it once, binding submodules to their packages, relative names (`from . import
//! x`), `from m import *`, and the `__import__` built-in.

use super::{native_module, stdlib_source};
use crate::compiler::code::Source;
use crate::objects::object::{Module, Object};
use crate::objects::ops::hash_str;
use crate::objects::types::ExcKind;
use crate::objects::value::{ObjRef, Value};
use crate::runtime::exc::{type_error, value_error, Exc};
use crate::runtime::sync::ReadMostly;
use crate::runtime::vm::{dict_of, Args, PResult, Vm};
use std::sync::Arc;

/// A module's source, found.
pub(crate) struct Found {
    pub text: String,
    /// The file name tracebacks and `__file__` show.
    pub file: String,
    /// For a package, the folder its submodules are looked for in (`__path__`).
    pub package_dir: Option<String>,
}

fn not_found(name: &str) -> Exc {
    let e = Exc::new(
        ExcKind::ModuleNotFoundError,
        format!("No module named '{name}'"),
    );
    e.obj().state.lock().attrs.insert(
        crate::objects::intern::intern("name"),
        hash_str("name"),
        Value::str(name),
    );
    e
}

impl Vm {
    /// `import name` for an absolute dotted name: the module itself (not its top package).
    /// A cached module, else the parent package first, then `name.py` or `name/__init__.py`
    /// in the module folders (a package's own folder for its submodules), else the embedded
    /// library, else a native module (`sys` is always the native one). A module runs once;
    /// a submodule becomes an attribute of its package.
    pub fn import(&mut self, name: &str) -> PResult<Value> {
        if let Some(m) = dict_of(&self.interp.modules).get_str_cloned(name) {
            return Ok(m);
        }
        let parent = match name.rsplit_once('.') {
            Some((p, _)) => {
                let m = self.import(p)?;
                // importing the package may have imported this submodule
                if let Some(m) = dict_of(&self.interp.modules).get_str_cloned(name) {
                    return Ok(m);
                }
                Some(m)
            }
            None => None,
        };
        let m = self.load(name, parent.as_ref())?;
        if let (Some(p), Some((_, child))) = (&parent, name.rsplit_once('.')) {
            if let Some(d) = super::module_dict(p) {
                crate::builtins::put(&mut dict_of(&d).lock(), child, m.clone());
            }
        }
        Ok(m)
    }

    fn load(&mut self, name: &str, parent: Option<&Value>) -> PResult<Value> {
        let pending = {
            let mut list = self.interp.pending_modules.lock();
            let at = list.iter().position(|(n, _)| n == name);
            at.map(|i| list.remove(i).1)
        };
        if let Some(make) = pending {
            let m = make(self)?;
            self.register_module(name, m.clone());
            return Ok(m);
        }
        if name == "sys" || name == "_thread" {
            if let Some(m) = native_module(self, name) {
                self.register_module(name, m.clone());
                return Ok(m);
            }
        }
        if let Some(found) = self.find_module(name, parent) {
            return self.exec_found(name, found);
        }
        if let Some(m) = native_module(self, name) {
            self.register_module(name, m.clone());
            return Ok(m);
        }
        // a module a native parent holds (`os.path`)
        if let (Some(p), Some((_, child))) = (parent, name.rsplit_once('.')) {
            let attr = super::module_dict(p).and_then(|d| super::get(&d, child));
            if let Some(m) = attr.filter(|m| matches!(m.as_obj(), Some(Object::Module(_)))) {
                self.register_module(name, m.clone());
                return Ok(m);
            }
        }
        Err(not_found(name))
    }

    /// Where `import name` finds source: in the module folders (for a submodule, its
    /// package's `__path__`), as `LAST.py` or `LAST/__init__.py`, then the embedded library.
    pub(crate) fn find_module(&self, name: &str, parent: Option<&Value>) -> Option<Found> {
        let last = name.rsplit('.').next().unwrap_or(name);
        let dirs: Vec<String> = match parent {
            None => self.interp.path.lock().clone(),
            Some(p) => {
                let path = super::module_dict(p).and_then(|d| super::get(&d, "__path__"));
                match path.as_ref().and_then(|v| v.as_obj()) {
                    Some(Object::List(l)) => l
                        .lock()
                        .iter()
                        .filter_map(|v| v.as_str().map(str::to_string))
                        .collect(),
                    _ => vec![],
                }
            }
        };
        // a folder without `__init__.py` is a namespace package, if nothing else matches
        let mut namespace = None;
        for d in dirs {
            let base = if d.is_empty() {
                std::path::PathBuf::new()
            } else {
                std::path::PathBuf::from(&d)
            };
            let file = base.join(format!("{last}.py"));
            let package = base.join(last);
            let init = package.join("__init__.py");
            for (p, is_package) in [(&file, false), (&init, true)] {
                if let Ok(bytes) = std::fs::read(p) {
                    let shown = |p: &std::path::Path| {
                        std::path::absolute(p)
                            .map(|a| a.display().to_string())
                            .unwrap_or_else(|_| p.display().to_string())
                    };
                    return Some(Found {
                        text: Source::text_of(bytes),
                        file: shown(p),
                        package_dir: is_package.then(|| shown(&package)),
                    });
                }
            }
            if namespace.is_none() && package.is_dir() {
                namespace = Some(
                    std::path::absolute(&package)
                        .map(|a| a.display().to_string())
                        .unwrap_or_else(|_| package.display().to_string()),
                );
            }
        }
        let Some(text) = stdlib_source(name) else {
            return namespace.map(|dir| Found {
                text: String::new(),
                file: String::new(),
                package_dir: Some(dir),
            });
        };
        let prefix = format!("{name}.");
        let is_package = super::STDLIB.iter().any(|(n, _)| n.starts_with(&prefix));
        Some(Found {
            text: text.to_string(),
            file: format!("<stdlib>/{}.py", name.replace('.', "/")),
            package_dir: is_package.then(|| format!("<stdlib>/{}", name.replace('.', "/"))),
        })
    }

    /// The Gilt source of module `name` where `import` looks for it, with the file name
    /// tracebacks show (`gilt -m`).
    pub(crate) fn module_source(&mut self, name: &str) -> Option<(String, String)> {
        let parent = match name.rsplit_once('.') {
            Some((p, _)) => Some(self.import(p).ok()?),
            None => None,
        };
        self.find_module(name, parent.as_ref())
            .map(|f| (f.text, f.file))
    }

    pub(crate) fn register_module(&mut self, name: &str, m: Value) {
        dict_of(&self.interp.modules)
            .lock()
            .insert(Value::str(name), hash_str(name), m);
    }

    fn exec_found(&mut self, name: &str, found: Found) -> PResult<Value> {
        let Found {
            text,
            file,
            package_dir,
        } = found;
        self.exec_module_in(name, text, file, package_dir)
    }

    /// Runs a module's source in a fresh namespace registered under `name`.
    pub(crate) fn exec_module(
        &mut self,
        name: &str,
        text: String,
        filename: String,
    ) -> PResult<Value> {
        self.exec_module_in(name, text, filename, None)
    }

    fn exec_module_in(
        &mut self,
        name: &str,
        text: String,
        filename: String,
        package_dir: Option<String>,
    ) -> PResult<Value> {
        let source = Arc::new(Source {
            filename: filename.clone(),
            text,
        });
        let code = crate::compiler::codegen::compile_source(source.clone())
            .map_err(|e| self.syntax_exc(&e, &source))?;
        let builtins = Value::Obj(self.interp.builtins.clone());
        let mut d = super::module_namespace(name, builtins);
        // (a namespace package has no file)
        let file = if filename.is_empty() {
            Value::None
        } else {
            Value::str(&filename)
        };
        crate::builtins::put(&mut d, "__file__", file);
        if let Some(dir) = package_dir {
            crate::builtins::put(&mut d, "__path__", Value::list(vec![Value::str(dir)]));
            crate::builtins::put(&mut d, "__package__", Value::str(name));
        }
        let dict = ObjRef::new(Object::Dict(ReadMostly::new(d)));
        ObjRef::make_immortal_when_shared(&dict);
        let module = Value::obj(Object::Module(Module {
            name: name.to_string(),
            dict: dict.clone(),
        }));
        self.register_module(name, module.clone());
        if let Err(e) = self.run_code(crate::runtime::sync::Ref::new(code), dict) {
            dict_of(&self.interp.modules)
                .lock()
                .remove(&Value::str(name), hash_str(name));
            return Err(e);
        }
        // what the module left in `sys.modules` under its name is what importing gives
        Ok(dict_of(&self.interp.modules)
            .get_str_cloned(name)
            .unwrap_or(module))
    }

    /// The `ImportName` instruction: `name` relative to the package of `globals` when
    /// `level` > 0 (`from ..a import b` has level 2), the module itself.
    pub(crate) fn import_level(
        &mut self,
        globals: &ObjRef,
        name: &str,
        level: u32,
    ) -> PResult<Value> {
        if level == 0 {
            return self.import(name);
        }
        let full = resolve_relative(globals, name, level)?;
        self.import(&full)
    }

    /// `from m import *`: the names `m.__all__` lists, else every name of `m` without a
    /// leading underscore, stored in `ns`.
    pub(crate) fn import_star(&mut self, m: &Value, ns: &ObjRef) -> PResult<()> {
        let Some(d) = super::module_dict(m) else {
            return Err(type_error(
                "from-import-* object has no __dict__ and no __all__",
            ));
        };
        let names: Vec<Value> = match super::get(&d, "__all__") {
            Some(all) => {
                let mut out = vec![];
                let it = self.get_iter(&all)?;
                while let Some(n) = self.next(&it)? {
                    if n.as_str().is_none() {
                        let mname = match m.as_obj() {
                            Some(Object::Module(md)) => md.name.clone(),
                            _ => String::new(),
                        };
                        return Err(type_error(format!(
                            "Item in {mname}.__all__ must be str, not {}",
                            crate::objects::types::type_name(&n)
                        )));
                    }
                    out.push(n);
                }
                out
            }
            None => dict_of(&d).read(|d| {
                d.keys()
                    .into_iter()
                    .filter(|k| k.as_str().is_some_and(|s| !s.starts_with('_')))
                    .collect()
            }),
        };
        for n in names {
            let v = self.get_attr(m, &n)?;
            let s = n.as_str().unwrap_or("");
            dict_of(ns).lock().insert(n.clone(), hash_str(s), v);
        }
        Ok(())
    }
}

/// The absolute name of `name` imported `level` packages up from the module of `globals`.
fn resolve_relative(globals: &ObjRef, name: &str, level: u32) -> PResult<String> {
    let g = dict_of(globals);
    let package = match g.get_str_cloned("__package__") {
        Some(Value::None) | None => {
            let modname = g.get_str_cloned("__name__");
            let modname = modname.as_ref().and_then(|n| n.as_str()).unwrap_or("");
            if g.get_str_cloned("__path__").is_some() {
                modname.to_string()
            } else {
                modname.rsplit_once('.').map_or("", |(p, _)| p).to_string()
            }
        }
        Some(p) => match p.as_str() {
            Some(s) => s.to_string(),
            None => return Err(type_error("package must be a string")),
        },
    };
    if package.is_empty() {
        return Err(Exc::new(
            ExcKind::ImportError,
            "attempted relative import with no known parent package",
        ));
    }
    let parts: Vec<&str> = package.split('.').collect();
    let up = level as usize - 1;
    if up >= parts.len() {
        return Err(Exc::new(
            ExcKind::ImportError,
            "attempted relative import beyond top-level package",
        ));
    }
    let base = parts[..parts.len() - up].join(".");
    Ok(if name.is_empty() {
        base
    } else {
        format!("{base}.{name}")
    })
}

/// `__import__(name, globals=None, locals=None, fromlist=(), level=0)`: the top package of
/// the name when `fromlist` is empty, else the module itself with the submodules `fromlist`
/// names imported.
pub fn b_import(vm: &mut Vm, a: Args) -> PResult<Value> {
    const NAMES: [&str; 5] = ["name", "globals", "locals", "fromlist", "level"];
    a.check("__import__", 1, 5, &NAMES)?;
    let slots = a
        .slots(&NAMES)
        .map_err(|_| type_error("__import__() got multiple values for argument"))?;
    let name = match slots[0].and_then(|n| n.as_str()) {
        Some(n) => n.to_string(),
        None => {
            return Err(type_error(format!(
                "module name must be str, not {}",
                crate::objects::types::type_name(slots[0].unwrap_or(&Value::None))
            )))
        }
    };
    let level = match slots[4] {
        None => 0,
        Some(Value::Int(l)) if *l >= 0 => *l as u32,
        Some(Value::Int(_)) => return Err(value_error("level must be >= 0")),
        Some(v) => {
            return Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                crate::objects::types::type_name(v)
            )))
        }
    };
    if name.is_empty() && level == 0 {
        return Err(value_error("Empty module name"));
    }
    let full = match (level, slots[1].and_then(|g| g.as_obj().map(|_| g))) {
        (0, _) => name.clone(),
        (_, Some(Value::Obj(g))) => resolve_relative(g, &name, level)?,
        _ => {
            return Err(Exc::new(
                ExcKind::ImportError,
                "attempted relative import with no known parent package",
            ))
        }
    };
    let m = vm.import(&full)?;
    let fromlist: Vec<Value> = match slots[3] {
        None | Some(Value::None) => vec![],
        Some(f) => {
            let it = vm.get_iter(f)?;
            let mut out = vec![];
            while let Some(x) = vm.next(&it)? {
                out.push(x);
            }
            out
        }
    };
    if fromlist.is_empty() {
        // the top package (`import a.b` binds `a`): as many characters of the absolute name
        // as the relative one's first part reaches
        let first = name.split('.').next().unwrap_or("");
        let top = &full[..full.len() - name.len() + first.len()];
        return vm.import(top);
    }
    let is_package = super::module_dict(&m).is_some_and(|d| super::get(&d, "__path__").is_some());
    if is_package {
        for f in fromlist {
            if let Some(s) = f.as_str() {
                let has = super::module_dict(&m)
                    .and_then(|d| super::get(&d, s))
                    .is_some();
                if s != "*" && !has {
                    match vm.import(&format!("{full}.{s}")) {
                        Ok(_) => {}
                        Err(e) if e.is_kind(ExcKind::ModuleNotFoundError) => {}
                        Err(e) => return Err(e),
                    }
                }
            }
        }
    }
    Ok(m)
}
