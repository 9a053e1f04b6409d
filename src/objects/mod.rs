//! Objects and their behaviour: values, the heap object kinds, the tables behind dicts,
//! sets and namespaces, types and classes, and the operations and methods on all of them.

pub(crate) mod attr;
pub(crate) mod bytesmethods;
pub(crate) mod class;
pub(crate) mod codecs;
pub(crate) mod codepoint;
pub(crate) mod complex;
pub(crate) mod dict;
pub(crate) mod format;
pub(crate) mod intern;
pub(crate) mod memoryview;
pub(crate) mod methods;
pub(crate) mod object;
pub(crate) mod ops;
pub(crate) mod repr;
pub(crate) mod seq;
pub(crate) mod set;
pub(crate) mod shape;
pub(crate) mod slots;
pub(crate) mod smallstr;
pub(crate) mod strmethods;
pub(crate) mod types;
pub(crate) mod value;
