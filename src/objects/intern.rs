//! Interned strings: one shared str object per distinct identifier, so that names in code
//! objects, attribute lookups and keyword arguments compare and hash without allocating.

use crate::objects::value::Value;
use dashmap::DashMap;
use std::sync::OnceLock;

type Table = DashMap<Box<str>, Value, foldhash::fast::RandomState>;

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(Table::default)
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
            let mut text = crate::objects::object::StrObj::new(s);
            text.interned = true;
            let v = Value::obj(crate::objects::object::Object::Str(text));
            v.immortalize();
            v
        })
        .clone()
}

/// The str of one character: for ASCII, one shared immortal object per character — the interned
/// one (CPython keeps such singletons too), so `s[i] == "+"` compares addresses and indexing a
/// string allocates nothing.
#[inline]
pub fn char_str(c: char) -> Value {
    static ASCII: OnceLock<Vec<Value>> = OnceLock::new();
    if c.is_ascii() {
        let table = ASCII.get_or_init(|| {
            (0..128u8)
                .map(|b| intern(&(b as char).to_string()))
                .collect()
        });
        return table[c as usize].clone();
    }
    let mut buf = [0; 4];
    Value::str(&*c.encode_utf8(&mut buf))
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
