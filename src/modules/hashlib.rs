//! The native `_hashlib` module under `stdlib/hashlib.py`: md5, sha1, the sha2 and sha3
//! families, shake and blake2 (RustCrypto's crates), on hash states that `hashlib`'s objects
//! hold.
//!
//! Hashing at least [`RELEASE_AT`] bytes lets go of the interpreter lock while it runs, as
//! CPython does, so threads hashing large inputs run in parallel in the GIL build too. The
//! state sits under its own mutex, taken only while the lock is let go and never held while
//! waiting for the lock, so two threads updating one hash object take turns without a deadlock.

use crate::objects::object::{NativeObj, Object};
use crate::objects::types;
use crate::objects::value::{ObjRef, Value};
use crate::runtime::exc::{type_error, value_error};
use crate::runtime::gil::Blocked;
use crate::runtime::sync::Gil;
use crate::runtime::vm::{Args, PResult, Vm};
use parking_lot::Mutex;
use sha2::Digest;
use std::sync::OnceLock;

/// Inputs this long or longer are hashed with the interpreter lock let go (CPython's
/// threshold, `HASHLIB_GIL_MINSIZE`).
pub(crate) const RELEASE_AT: usize = 2048;

#[derive(Clone)]
enum Hasher {
    Md5(md5::Md5),
    Sha1(sha1::Sha1),
    Sha224(sha2::Sha224),
    Sha256(sha2::Sha256),
    Sha384(sha2::Sha384),
    Sha512(sha2::Sha512),
    Sha3_224(sha3::Sha3_224),
    Sha3_256(sha3::Sha3_256),
    Sha3_384(sha3::Sha3_384),
    Sha3_512(sha3::Sha3_512),
    Shake128(shake::Shake128),
    Shake256(shake::Shake256),
    Blake2b(blake2::Blake2b512),
    Blake2s(blake2::Blake2s256),
}

/// Every hash's state, one name each, to write a `match` over them once.
macro_rules! each_hasher {
    ($h:expr, $x:ident => $body:expr) => {
        match $h {
            Hasher::Md5($x) => $body,
            Hasher::Sha1($x) => $body,
            Hasher::Sha224($x) => $body,
            Hasher::Sha256($x) => $body,
            Hasher::Sha384($x) => $body,
            Hasher::Sha512($x) => $body,
            Hasher::Sha3_224($x) => $body,
            Hasher::Sha3_256($x) => $body,
            Hasher::Sha3_384($x) => $body,
            Hasher::Sha3_512($x) => $body,
            Hasher::Blake2b($x) => $body,
            Hasher::Blake2s($x) => $body,
            Hasher::Shake128(_) | Hasher::Shake256(_) => unreachable!("handled first"),
        }
    };
}

impl Hasher {
    fn new(name: &str) -> Option<Hasher> {
        Some(match name {
            "md5" => Hasher::Md5(Default::default()),
            "sha1" => Hasher::Sha1(Default::default()),
            "sha224" => Hasher::Sha224(Default::default()),
            "sha256" => Hasher::Sha256(Default::default()),
            "sha384" => Hasher::Sha384(Default::default()),
            "sha512" => Hasher::Sha512(Default::default()),
            "sha3_224" => Hasher::Sha3_224(Default::default()),
            "sha3_256" => Hasher::Sha3_256(Default::default()),
            "sha3_384" => Hasher::Sha3_384(Default::default()),
            "sha3_512" => Hasher::Sha3_512(Default::default()),
            "shake_128" => Hasher::Shake128(Default::default()),
            "shake_256" => Hasher::Shake256(Default::default()),
            "blake2b" => Hasher::Blake2b(Default::default()),
            "blake2s" => Hasher::Blake2s(Default::default()),
            _ => return None,
        })
    }

    fn update(&mut self, data: &[u8]) {
        use shake::Update;
        match self {
            Hasher::Shake128(h) => h.update(data),
            Hasher::Shake256(h) => h.update(data),
            h => each_hasher!(h, x => Digest::update(x, data)),
        }
    }

    /// The digest of what was fed so far (the state goes on); `length` bytes of it for the
    /// shake functions, which have no size of their own.
    fn digest(&self, length: usize) -> Vec<u8> {
        use shake::{ExtendableOutput, XofReader};
        let mut out = vec![0; length];
        match self.clone() {
            Hasher::Shake128(h) => h.finalize_xof().read(&mut out),
            Hasher::Shake256(h) => h.finalize_xof().read(&mut out),
            h => return each_hasher!(h, x => x.finalize().to_vec()),
        }
        out
    }
}

struct State(Mutex<Hasher>);

pub fn module(_vm: &mut Vm) -> Value {
    super::ModuleBuilder::new("_hashlib")
        .func("new", h_new)
        .func("update", h_update)
        .func("digest", h_digest)
        .func("copy", h_copy)
        .build()
}

fn state_type() -> &'static ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| {
        types::make_type(
            "HASH",
            Some(&types::types().object),
            crate::objects::object::TypeKind::Object,
            &[],
        )
    })
}

fn wrap(h: Hasher) -> Value {
    Value::obj(Object::NativeObj(NativeObj {
        class: state_type().clone(),
        data: Box::new(State(Mutex::new(h))),
    }))
}

fn state(v: &Value) -> PResult<&State> {
    match v.as_obj() {
        Some(Object::NativeObj(n)) => n
            .data
            .downcast_ref::<State>()
            .ok_or_else(|| type_error("expected a hash state")),
        _ => Err(type_error("expected a hash state")),
    }
}

/// The bytes to hash, as CPython words its refusals.
pub(crate) fn bytes_arg(v: &Value) -> PResult<std::borrow::Cow<'_, [u8]>> {
    match crate::objects::bytesmethods::bytes_like(v) {
        Some(b) => Ok(b),
        _ if v.as_str().is_some() => Err(type_error("Strings must be encoded before hashing")),
        _ => Err(type_error(format!(
            "object supporting the buffer API required, not '{}'",
            types::type_name(v)
        ))),
    }
}

/// `new(name)`: a fresh state of algorithm `name` (lowercase).
fn h_new(_vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("new", 1, 1, &[])?;
    let name = a.pos[0]
        .as_str()
        .ok_or_else(|| type_error("new() argument 'name' must be str"))?;
    match Hasher::new(name) {
        Some(h) => Ok(wrap(h)),
        None => Err(value_error(format!("unsupported hash type {name}"))),
    }
}

/// `update(state, data)`.
fn h_update(_vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("update", 2, 2, &[])?;
    let st = state(&a.pos[0])?;
    let data = bytes_arg(&a.pos[1])?;
    if data.len() >= RELEASE_AT {
        // `data` is an immutable bytes object the caller's argument keeps alive, or a
        // bytearray's copy
        Gil::release_while(Blocked::Native, || st.0.lock().update(&data));
    } else {
        st.0.lock().update(&data);
    }
    Ok(Value::None)
}

/// `digest(state, length=0)`: the digest so far, as bytes (`length` of them for shake).
fn h_digest(_vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("digest", 1, 2, &[])?;
    let length = match a.pos.get(1) {
        Some(v) => crate::builtins::int_arg(v, "digest")?,
        None => 0,
    };
    let length = usize::try_from(length).map_err(|_| value_error("length must be non-negative"))?;
    if length > 1 << 30 {
        return Err(crate::runtime::exc::Exc::new(
            crate::objects::types::ExcKind::MemoryError,
            "",
        ));
    }
    let d = state(&a.pos[0])?.0.lock().digest(length);
    Ok(Value::obj(Object::Bytes(d.into_boxed_slice())))
}

/// `copy(state)`: an independent state that has been fed the same.
fn h_copy(_vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("copy", 1, 1, &[])?;
    let h = state(&a.pos[0])?.0.lock().clone();
    Ok(wrap(h))
}
