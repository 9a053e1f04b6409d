//! What the match statement's instructions do at run time (`MatchSequence`, `MatchMapping`,
//! `MatchKeys`, `CopyDictWithoutKeys`, `MatchClass`): which subjects are sequences and
//! mappings to a pattern, looking keys up and pulling attributes out, with CPython's errors.

use crate::objects::dict::DictMap;
use crate::objects::intern::intern;
use crate::objects::object::Object;
use crate::objects::types::{self, type_name, ExcKind};
use crate::objects::value::Value;
use crate::runtime::exc::{type_error, value_error};
use crate::runtime::sync::ReadMostly;
use crate::runtime::vm::{PResult, Vm};

/// What a built-in value is to a pattern: Some(true) a sequence, Some(false) a mapping,
/// None neither.
fn native_kind(o: &Object) -> Option<bool> {
    match o {
        Object::List(_) | Object::Tuple(_) | Object::Range(_) => Some(true),
        Object::Dict(_) => Some(false),
        _ => None,
    }
}

impl Vm {
    /// Whether `s` is what a sequence pattern (`abc` "Sequence") or a mapping pattern
    /// ("Mapping") looks into. Built-in values by their type (str, bytes and bytearray are
    /// not sequences here); instances of classes by `collections.abc`, as CPython's type
    /// flags follow subclassing and `register`.
    pub fn match_kind(&mut self, s: &Value, abc: &str) -> PResult<bool> {
        let want = abc == "Sequence";
        let builtin = match s.as_obj() {
            None => return Ok(false),
            Some(Object::Derived(_, payload)) => match payload.as_obj() {
                Some(Object::Str(_) | Object::Bytes(_) | Object::ByteArray(_)) => return Ok(false),
                Some(o) => native_kind(o),
                None => None,
            },
            Some(Object::Instance(_)) => None,
            Some(o) => return Ok(native_kind(o) == Some(want)),
        };
        if let Some(kind) = builtin {
            return Ok(kind == want);
        }
        let abcs = self.import("_collections_abc")?;
        let cls = self.get_attr(&abcs, &intern(abc))?;
        crate::builtins::isinstance_of(self, s, &cls)
    }

    /// The values of `keys` (a tuple) in mapping `s`, by its `get`, as a tuple; None when
    /// one is missing. A key given twice is a ValueError.
    pub fn match_keys(&mut self, s: &Value, keys: &Value) -> PResult<Value> {
        let keys = tuple_items(keys);
        if keys.is_empty() {
            return Ok(Value::tuple(vec![]));
        }
        let get = self.get_attr(s, &intern("get"))?;
        // a fresh object, returned by `get` only for a missing key
        let missing = Value::list(vec![]);
        let mut seen: Vec<(i64, &Value)> = Vec::with_capacity(keys.len());
        let mut values = Vec::with_capacity(keys.len());
        for k in &keys {
            let h = self.hash(k)?;
            for (ph, prev) in &seen {
                if *ph == h && (prev.is(k) || self.eq(prev, k)?) {
                    let r = self.repr(k)?;
                    return Err(value_error(format!(
                        "mapping pattern checks duplicate key ({r})"
                    )));
                }
            }
            seen.push((h, k));
            let v = self.call(&get, &[k.clone(), missing.clone()], &[])?;
            if v.is(&missing) {
                return Ok(Value::None);
            }
            values.push(v);
        }
        Ok(Value::tuple(values))
    }

    /// `**rest` of a mapping pattern: a dict of the items of `s` but those of `keys`.
    pub fn dict_without_keys(&mut self, s: &Value, keys: &Value) -> PResult<Value> {
        let rest = Value::obj(Object::Dict(ReadMostly::new(DictMap::new())));
        self.dict_update(&rest, s)?;
        for k in tuple_items(keys) {
            self.delitem(&rest, &k)?;
        }
        Ok(rest)
    }

    /// A class pattern `cls(p1..pn, a=q, ...)`: when `s` is an instance of `cls`, the tuple
    /// of the `nargs` attributes `__match_args__` names (or `s` itself, for the built-in types
    /// that match themselves) and then those of `names`; None when it is not, or lacks one.
    pub fn match_class(
        &mut self,
        s: &Value,
        cls: &Value,
        nargs: usize,
        names: &Value,
    ) -> PResult<Value> {
        let Some(Object::Type(t)) = cls.as_obj() else {
            return Err(type_error("called match pattern must be a type"));
        };
        if !crate::builtins::isinstance_of(self, s, cls)? {
            return Ok(Value::None);
        }
        let cls_name = t.name.lock().clone();
        let mut seen: Vec<Value> = vec![];
        let mut attrs = Vec::with_capacity(nargs);
        if nargs > 0 {
            let (match_args, match_self) = match self.get_attr(cls, &intern("__match_args__")) {
                Ok(v) => match v.as_obj() {
                    Some(Object::Tuple(items)) => (items.to_vec(), false),
                    _ => {
                        return Err(type_error(format!(
                            "{cls_name}.__match_args__ must be a tuple (got {})",
                            type_name(&v)
                        )))
                    }
                },
                Err(e) if e.is_kind(ExcKind::AttributeError) => (vec![], matches_self(cls)),
                Err(e) => return Err(e),
            };
            let allowed = if match_self { 1 } else { match_args.len() };
            if allowed < nargs {
                let plural = if allowed == 1 { "" } else { "s" };
                return Err(type_error(format!(
                    "{cls_name}() accepts {allowed} positional sub-pattern{plural} ({nargs} given)"
                )));
            }
            if match_self {
                attrs.push(s.clone());
            }
            for name in match_args.iter().take(nargs) {
                if name.as_str().is_none() {
                    return Err(type_error(format!(
                        "__match_args__ elements must be strings (got {})",
                        type_name(name)
                    )));
                }
                match self.match_attr(s, name, &mut seen, &cls_name)? {
                    Some(v) => attrs.push(v),
                    None => return Ok(Value::None),
                }
            }
        }
        for name in tuple_items(names) {
            match self.match_attr(s, &name, &mut seen, &cls_name)? {
                Some(v) => attrs.push(v),
                None => return Ok(Value::None),
            }
        }
        Ok(Value::tuple(attrs))
    }

    /// Attribute `name` of `s` for a class pattern; None when it has none.
    fn match_attr(
        &mut self,
        s: &Value,
        name: &Value,
        seen: &mut Vec<Value>,
        cls_name: &str,
    ) -> PResult<Option<Value>> {
        let text = name.as_str().unwrap_or("");
        if seen.iter().any(|n| n.as_str() == Some(text)) {
            let r = self.repr(name)?;
            return Err(type_error(format!(
                "{cls_name}() got multiple sub-patterns for attribute {r}"
            )));
        }
        seen.push(name.clone());
        match self.get_attr(s, name) {
            Ok(v) => Ok(Some(v)),
            Err(e) if e.is_kind(ExcKind::AttributeError) => Ok(None),
            Err(e) => Err(e),
        }
    }
}

/// The built-in types (and their subclasses) whose one positional sub-pattern matches the
/// subject itself: `int(x)`.
fn matches_self(cls: &Value) -> bool {
    let t = types::types();
    let own = [
        &t.bool_,
        &t.bytearray,
        &t.bytes,
        &t.dict,
        &t.float,
        &t.frozenset,
        &t.int,
        &t.list,
        &t.set,
        &t.str_,
        &t.tuple,
    ];
    own.iter().any(|b| types::is_subtype(cls.as_obj_ref(), b))
}

fn tuple_items(v: &Value) -> Vec<Value> {
    match v.as_obj() {
        Some(Object::Tuple(items)) => items.to_vec(),
        _ => vec![],
    }
}
