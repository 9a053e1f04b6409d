//! [`Module`]: a module of Rust functions and values that scripts `import`.

use super::convert::IntoGilt;
use super::function::{make, NativeFunction};
use crate::objects::dict::{DictMap, Namespace};
use crate::objects::intern::intern;
use crate::objects::object::{self, Object};
use crate::objects::ops::hash_str;
use crate::objects::value::{ObjRef, Value};
use crate::runtime::sync::ReadMostly;
use crate::runtime::vm::{PResult, Vm};

type Item = Box<dyn FnOnce(&mut Vm) -> PResult<Value> + Send>;

/// A native module made in Rust: functions (as [`Interpreter::register_fn`] makes them)
/// and values, registered with [`Interpreter::register_module`] so that scripts `import` it.
///
/// ```
/// let interp = gilt::Interpreter::new();
/// let geometry = gilt::Module::new("geometry")
///     .function("area", |w: f64, h: f64| w * h)
///     .function_kw("scale", &["v", "by"], |v: f64, by: Option<f64>| v * by.unwrap_or(2.0))
///     .value("UNIT", "cm");
/// interp.register_module(geometry).unwrap();
/// interp.exec("import geometry\nfrom geometry import scale\nr = (geometry.area(2, 3), scale(1.5), geometry.UNIT)").unwrap();
/// assert_eq!(interp.get::<(f64, f64, String)>("r").unwrap(), (6.0, 3.0, "cm".to_string()));
/// ```
///
/// [`Interpreter::register_fn`]: crate::Interpreter::register_fn
/// [`Interpreter::register_module`]: crate::Interpreter::register_module
pub struct Module {
    name: String,
    items: Vec<(String, Item)>,
}

impl Module {
    /// An empty module called `name`.
    pub fn new(name: impl Into<String>) -> Module {
        Module {
            name: name.into(),
            items: Vec::new(),
        }
    }

    /// Adds the Rust function `f` as `name` (see [`NativeFunction`]).
    pub fn function<M, F: NativeFunction<M>>(self, name: &str, f: F) -> Module {
        self.function_kw(name, &[], f)
    }

    /// Adds `f` with parameter names, so that scripts may pass arguments by keyword.
    pub fn function_kw<M, F: NativeFunction<M>>(
        mut self,
        name: &str,
        params: &[&str],
        f: F,
    ) -> Module {
        let func_name = name.to_string();
        let params: Vec<String> = params.iter().map(|p| p.to_string()).collect();
        let item: Item = Box::new(move |_vm| {
            let params: Vec<&str> = params.iter().map(String::as_str).collect();
            Ok(make(&func_name, &params, f))
        });
        self.items.push((name.to_string(), item));
        self
    }

    /// Adds the Rust type `T` as a class (see [`Class`](crate::Class)).
    pub fn class<T: crate::Class>(mut self) -> Module {
        let item: Item = Box::new(|vm| Ok(Value::Obj(super::class::class_object::<T>(vm)?)));
        self.items.push((T::NAME.to_string(), item));
        self
    }

    /// Adds a value (converted when the module is registered).
    pub fn value(mut self, name: &str, v: impl IntoGilt + Send + 'static) -> Module {
        self.items
            .push((name.to_string(), Box::new(move |vm| v.into_gilt(vm))));
        self
    }

    /// The name scripts import it by.
    pub(crate) fn name(&self) -> &str {
        &self.name
    }

    /// The module object (the caller holds the GIL).
    pub(crate) fn build(self, vm: &mut Vm) -> PResult<(String, Value)> {
        let mut d = DictMap::new();
        d.insert(
            intern("__name__"),
            hash_str("__name__"),
            Value::str(self.name.as_str()),
        );
        for (name, item) in self.items {
            let v = item(vm)?;
            d.insert(intern(&name), hash_str(&name), v);
        }
        d.track(Namespace::Module);
        let dict = ObjRef::new(Object::Dict(ReadMostly::new(d)));
        ObjRef::make_immortal_when_shared(&dict);
        let m = Value::obj(Object::Module(object::Module {
            name: self.name.clone(),
            dict,
        }));
        m.immortalize_when_shared();
        Ok((self.name, m))
    }
}
