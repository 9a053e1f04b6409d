//! The native `_zlib` module under `stdlib/zlib.py`: deflate compression in zlib, raw and
//! gzip framing (flate2), and the crc32 and adler32 checksums.
//!
//! Compressing or decompressing at least [`RELEASE_AT`] bytes lets go of the interpreter lock
//! while the work runs, as CPython does, so threads compressing large inputs run in parallel
//! in the GIL build too. `stdlib/zlib.py` names the arguments and defines `zlib.error`, which
//! failures here raise.

use crate::builtins::int_arg;
use crate::objects::bytesmethods::bytes_arg;
use crate::objects::object::Object;
use crate::objects::value::Value;
use crate::runtime::gil::Blocked;
use crate::runtime::sync::Gil;
use crate::runtime::vm::{Args, PResult, Vm};
use std::io::{Read, Write};

/// Inputs this long or longer are worked on with the interpreter lock let go.
const RELEASE_AT: usize = crate::modules::hashlib::RELEASE_AT;

pub fn module(_vm: &mut Vm) -> Value {
    super::ModuleBuilder::new("_zlib")
        .func("compress", z_compress)
        .func("decompress", z_decompress)
        .func("crc32", z_crc32)
        .func("adler32", z_adler32)
        .build()
}

/// Raises `zlib.error(message)`.
fn zlib_error(vm: &mut Vm, message: String) -> crate::runtime::exc::Exc {
    let made = (|| {
        let m = vm.import("zlib")?;
        let cls = vm.get_attr(&m, &crate::objects::intern::intern("error"))?;
        let e = vm.call1(&cls, Value::str(message))?;
        vm.to_exc(e)
    })();
    match made {
        Ok(e) | Err(e) => e,
    }
}

fn bytes(v: Vec<u8>) -> Value {
    Value::obj(Object::Bytes(v.into_boxed_slice()))
}

/// Runs `work` on `data`, with the interpreter lock let go when `data` is large.
fn maybe_released<R>(data: &[u8], work: impl FnOnce() -> R) -> R {
    if data.len() >= RELEASE_AT {
        Gil::release_while(Blocked::Native, work)
    } else {
        work()
    }
}

/// The framing `wbits` asks for.
#[derive(Clone, Copy, PartialEq)]
enum Framing {
    Zlib,
    Raw,
    Gzip,
    /// Zlib or gzip, from the header (decompression only).
    Either,
}

fn framing(wbits: i64, decompressing: bool) -> Option<Framing> {
    let min = if decompressing { 8 } else { 9 };
    Some(match wbits {
        0 if decompressing => Framing::Zlib,
        w if (min..=15).contains(&w) => Framing::Zlib,
        w if (-15..=-min).contains(&w) => Framing::Raw,
        w if (16 + min..=31).contains(&w) => Framing::Gzip,
        w if decompressing && (40..=47).contains(&w) => Framing::Either,
        _ => return None,
    })
}

/// `compress(data, level, wbits)`.
fn z_compress(vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("compress", 3, 3, &[])?;
    let data = &*bytes_arg(&a.pos[0])?;
    let level = int_arg(&a.pos[1], "compress")?;
    let wbits = int_arg(&a.pos[2], "compress")?;
    let level = match level {
        -1 => flate2::Compression::default(),
        0..=9 => flate2::Compression::new(level as u32),
        _ => return Err(zlib_error(vm, "Bad compression level".into())),
    };
    let Some(framing) = framing(wbits, false) else {
        return Err(zlib_error(vm, "Invalid initialization option".into()));
    };
    let out = maybe_released(data, || -> std::io::Result<Vec<u8>> {
        let buf = Vec::with_capacity(data.len() / 2 + 16);
        match framing {
            Framing::Raw => {
                let mut e = flate2::write::DeflateEncoder::new(buf, level);
                e.write_all(data)?;
                e.finish()
            }
            Framing::Gzip => {
                let mut e = flate2::GzBuilder::new().write(buf, level);
                e.write_all(data)?;
                e.finish()
            }
            Framing::Zlib | Framing::Either => {
                let mut e = flate2::write::ZlibEncoder::new(buf, level);
                e.write_all(data)?;
                e.finish()
            }
        }
    });
    match out {
        Ok(v) => Ok(bytes(v)),
        Err(e) => Err(zlib_error(
            vm,
            format!("Error -2 while compressing data: {e}"),
        )),
    }
}

/// `decompress(data, wbits, bufsize)`.
fn z_decompress(vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("decompress", 3, 3, &[])?;
    let data = &*bytes_arg(&a.pos[0])?;
    let wbits = int_arg(&a.pos[1], "decompress")?;
    let bufsize = int_arg(&a.pos[2], "decompress")?;
    if bufsize < 0 {
        return Err(crate::runtime::exc::value_error(
            "bufsize must be non-negative",
        ));
    }
    let Some(mut framing) = framing(wbits, true) else {
        return Err(zlib_error(
            vm,
            "Error -2 while preparing to decompress data: inconsistent stream state".into(),
        ));
    };
    if framing == Framing::Either {
        framing = if data.starts_with(&[0x1f, 0x8b]) {
            Framing::Gzip
        } else {
            Framing::Zlib
        };
    }
    if framing == Framing::Zlib && !zlib_header_ok(data) {
        return Err(zlib_error(
            vm,
            if data.len() < 2 {
                "Error -5 while decompressing data: incomplete or truncated stream".into()
            } else {
                "Error -3 while decompressing data: incorrect header check".into()
            },
        ));
    }
    let out = maybe_released(data, || -> std::io::Result<Vec<u8>> {
        let mut out = Vec::with_capacity((bufsize as usize).clamp(1, 1 << 20));
        match framing {
            Framing::Raw => flate2::read::DeflateDecoder::new(data).read_to_end(&mut out)?,
            Framing::Gzip => flate2::read::GzDecoder::new(data).read_to_end(&mut out)?,
            Framing::Zlib | Framing::Either => {
                flate2::read::ZlibDecoder::new(data).read_to_end(&mut out)?
            }
        };
        Ok(out)
    });
    match out {
        Ok(v) => Ok(bytes(v)),
        Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => Err(zlib_error(
            vm,
            "Error -5 while decompressing data: incomplete or truncated stream".into(),
        )),
        Err(_) => Err(zlib_error(
            vm,
            "Error -3 while decompressing data: invalid compressed data".into(),
        )),
    }
}

/// A zlib stream's two header bytes: deflate, a window of at most 32 KiB, and the check.
fn zlib_header_ok(data: &[u8]) -> bool {
    data.len() >= 2
        && data[0] & 0x0f == 8
        && data[0] >> 4 <= 7
        && (u16::from(data[0]) << 8 | u16::from(data[1])) % 31 == 0
}

/// `crc32(data, value=0)`.
fn z_crc32(_vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("crc32", 1, 2, &[])?;
    let data = &*bytes_arg(&a.pos[0])?;
    let start = match a.pos.get(1) {
        Some(v) => int_arg(v, "crc32")? as u32,
        None => 0,
    };
    let crc = maybe_released(data, || {
        let mut h = crc32fast::Hasher::new_with_initial(start);
        h.update(data);
        h.finalize()
    });
    Ok(Value::Int(i64::from(crc)))
}

/// `adler32(data, value=1)`.
fn z_adler32(_vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("adler32", 1, 2, &[])?;
    let data = &*bytes_arg(&a.pos[0])?;
    let start = match a.pos.get(1) {
        Some(v) => int_arg(v, "adler32")? as u32,
        None => 1,
    };
    let sum = maybe_released(data, || {
        let mut h = adler2::Adler32::from_checksum(start);
        h.write_slice(data);
        h.checksum()
    });
    Ok(Value::Int(i64::from(sum)))
}
