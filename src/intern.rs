//! Interned strings: one shared str object per distinct identifier, so that names in code
//! objects, attribute lookups and keyword arguments compare and hash without allocating.

use crate::value::Value;
use dashmap::DashMap;
use std::sync::OnceLock;

fn table() -> &'static DashMap<Box<str>, Value> {
    static TABLE: OnceLock<DashMap<Box<str>, Value>> = OnceLock::new();
    TABLE.get_or_init(DashMap::new)
}

/// The interned str object for `s`, created on first use. Interned strings live for the whole
/// process.
pub fn intern(s: &str) -> Value {
    if let Some(v) = table().get(s) {
        return v.clone();
    }
    table()
        .entry(s.into())
        .or_insert_with(|| {
            let v = Value::str(s);
            v.immortalize();
            v
        })
        .clone()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_text_same_object() {
        let a = intern("spam");
        let b = intern("spam");
        assert!(a.is(&b));
        assert!(!a.is(&intern("eggs")));
        assert_eq!(a.as_str(), Some("spam"));
    }
}
