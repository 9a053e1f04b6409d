//! `complex`: a pair of floats, immutable, so one object is shared between threads with no
//! lock. The arithmetic takes CPython 3.11's steps one for one (division scaled by the
//! divisor's larger part, small integer powers by repeated squaring, the C library's `hypot`,
//! `pow`, `atan2`, `exp`, `log`, `sin` and `cos`), so that results agree to the bit; the
//! constructor, hashing, attributes and methods live here too (text is in `format.rs`).

use crate::objects::object::{NativeFnPtr, Object};
use crate::objects::ops::{self, ADD, DIV, MUL, POW, SUB};
use crate::objects::types::type_name;
use crate::objects::value::Value;
use crate::runtime::exc::{overflow, type_error, value_error, zero_div, Exc};
use crate::runtime::vm::{Args, PResult, Vm};

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Complex {
    pub re: f64,
    pub im: f64,
}

/// What C's `errno` holds after a complex operation (the C code CPython runs reports its
/// domain and range errors there, and its callers turn them into exceptions).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Errno {
    Ok,
    /// EDOM
    Dom,
    /// ERANGE
    Range,
}

const ONE: Complex = Complex::new(1.0, 0.0);

impl Complex {
    pub const fn new(re: f64, im: f64) -> Complex {
        Complex { re, im }
    }

    pub fn add(self, b: Complex) -> Complex {
        Complex::new(self.re + b.re, self.im + b.im)
    }

    pub fn sub(self, b: Complex) -> Complex {
        Complex::new(self.re - b.re, self.im - b.im)
    }

    pub fn mul(self, b: Complex) -> Complex {
        Complex::new(
            self.re * b.re - self.im * b.im,
            self.re * b.im + self.im * b.re,
        )
    }

    pub fn neg(self) -> Complex {
        Complex::new(-self.re, -self.im)
    }

    /// `self / b`, both parts divided through by the divisor's larger part (Smith's method);
    /// None when `b` is zero.
    pub fn div(self, b: Complex) -> Option<Complex> {
        let (a, abs_re, abs_im) = (self, b.re.abs(), b.im.abs());
        if abs_re >= abs_im {
            if abs_re == 0.0 {
                return None;
            }
            let ratio = b.im / b.re;
            let denom = b.re + b.im * ratio;
            Some(Complex::new(
                (a.re + a.im * ratio) / denom,
                (a.im - a.re * ratio) / denom,
            ))
        } else if abs_im >= abs_re {
            let ratio = b.re / b.im;
            let denom = b.re * ratio + b.im;
            Some(Complex::new(
                (a.re * ratio + a.im) / denom,
                (a.im * ratio - a.re) / denom,
            ))
        } else {
            // a NaN part: neither comparison holds
            Some(Complex::new(f64::NAN, f64::NAN))
        }
    }

    /// `abs(self)`: infinite when a part is (even beside a NaN), NaN when a part is NaN, and
    /// a range error when two finite parts give an infinite length.
    pub fn abs(self) -> (f64, Errno) {
        if !self.re.is_finite() || !self.im.is_finite() {
            if self.re.is_infinite() {
                return (self.re.abs(), Errno::Ok);
            }
            if self.im.is_infinite() {
                return (self.im.abs(), Errno::Ok);
            }
            return (f64::NAN, Errno::Ok);
        }
        let r = self.re.hypot(self.im);
        (
            r,
            if r.is_finite() {
                Errno::Ok
            } else {
                Errno::Range
            },
        )
    }

    pub fn is_zero(self) -> bool {
        self.re == 0.0 && self.im == 0.0
    }

    /// `self ** b` as the `**` operator computes it: a small integral exponent by repeated
    /// squaring, any other through polar form; an infinite part is a range error.
    pub fn pow(self, b: Complex) -> (Complex, Errno) {
        let (p, err) = if b.im == 0.0 && b.re == b.re.floor() && b.re.abs() <= 100.0 {
            self.powi(b.re as i64)
        } else {
            self.pow_polar(b)
        };
        let infinite = p.re.is_infinite() || p.im.is_infinite();
        let err = match err {
            Errno::Ok if infinite => Errno::Range,
            Errno::Range if !infinite => Errno::Ok,
            e => e,
        };
        (p, err)
    }

    fn powu(self, n: u64) -> Complex {
        let (mut r, mut p, mut mask) = (ONE, self, 1u64);
        while mask <= n {
            if n & mask != 0 {
                r = r.mul(p);
            }
            mask <<= 1;
            p = p.mul(p);
        }
        r
    }

    fn powi(self, n: i64) -> (Complex, Errno) {
        if n > 0 {
            return (self.powu(n as u64), Errno::Ok);
        }
        match ONE.div(self.powu(n.unsigned_abs())) {
            Some(r) => (r, Errno::Ok),
            None => (Complex::new(0.0, 0.0), Errno::Dom),
        }
    }

    fn pow_polar(self, b: Complex) -> (Complex, Errno) {
        if b.is_zero() {
            return (ONE, Errno::Ok);
        }
        if self.is_zero() {
            let err = if b.im != 0.0 || b.re < 0.0 {
                Errno::Dom
            } else {
                Errno::Ok
            };
            return (Complex::new(0.0, 0.0), err);
        }
        let vabs = self.re.hypot(self.im);
        let mut len = vabs.powf(b.re);
        let at = self.im.atan2(self.re);
        let mut phase = at * b.re;
        if b.im != 0.0 {
            len /= (at * b.im).exp();
            phase += b.im * vabs.ln();
        }
        // the C library's sin and cos report an infinite argument as a domain error
        let err = if phase.is_infinite() {
            Errno::Dom
        } else {
            Errno::Ok
        };
        (Complex::new(len * phase.cos(), len * phase.sin()), err)
    }
}

/// The number if `v` is a built-in complex.
#[inline]
pub fn as_complex(v: &Value) -> Option<Complex> {
    match v.as_obj() {
        Some(Object::Complex(c)) => Some(*c),
        _ => None,
    }
}

/// An operand of complex arithmetic: a complex, or an int or float standing for one with a
/// zero imaginary part; None for anything else.
pub fn operand(v: &Value) -> PResult<Option<Complex>> {
    let re = match v {
        Value::Int(i) => *i as f64,
        Value::Bool(b) => b.get() as i64 as f64,
        Value::Float(f) => f.get(),
        Value::Obj(o) => match &**o {
            Object::Complex(c) => return Ok(Some(*c)),
            Object::BigInt(b) => ops::int_to_f64(b)?,
            _ => return Ok(None),
        },
        Value::None => return Ok(None),
    };
    Ok(Some(Complex::new(re, 0.0)))
}

/// `a OP b` when one side is complex and the other a number, for the operators complex
/// numbers have; None otherwise (the caller's "unsupported operand" error then applies).
pub fn binary(op: u32, a: &Value, b: &Value) -> PResult<Option<Value>> {
    if (as_complex(a).is_none() && as_complex(b).is_none())
        || !matches!(op, ADD | SUB | MUL | DIV | POW)
    {
        return Ok(None);
    }
    let (Some(x), Some(y)) = (operand(a)?, operand(b)?) else {
        return Ok(None);
    };
    let z = match op {
        ADD => x.add(y),
        SUB => x.sub(y),
        MUL => x.mul(y),
        DIV => x
            .div(y)
            .ok_or_else(|| zero_div("complex division by zero"))?,
        _ => power(x, y)?,
    };
    Ok(Some(Value::complex(z)))
}

/// `x ** y`, its errors raised.
pub fn power(x: Complex, y: Complex) -> PResult<Complex> {
    match x.pow(y) {
        (z, Errno::Ok) => Ok(z),
        (_, Errno::Dom) => Err(zero_div("0.0 to a negative or complex power")),
        (_, Errno::Range) => Err(overflow("complex exponentiation")),
    }
}

/// `abs(z)`.
pub fn abs_value(z: Complex) -> PResult<Value> {
    match z.abs() {
        (r, Errno::Ok) => Ok(Value::float(r)),
        _ => Err(overflow("absolute value too large")),
    }
}

/// `pow(a, b, m)` with a complex among them: CPython's error.
pub fn modular_pow_error() -> Exc {
    value_error("complex modulo")
}

/// `a == b` when one side is complex and the other a number (None otherwise): an int
/// compares exactly with the real part when the imaginary part is zero.
pub fn eq(a: &Value, b: &Value) -> Option<bool> {
    let (z, other) = match (as_complex(a), as_complex(b)) {
        (Some(z), Some(w)) => return Some(z.re == w.re && z.im == w.im),
        (Some(z), None) => (z, b),
        (None, Some(z)) => (z, a),
        (None, None) => return None,
    };
    match other {
        Value::Float(f) => Some(z.re == f.get() && z.im == 0.0),
        _ if other.is_int() => Some(z.im == 0.0 && ops::num_eq(&Value::float(z.re), other)?),
        _ => None,
    }
}

/// CPython's hash: the parts' hashes combined, so that `hash(1+0j) == hash(1)`.
pub fn hash(z: Complex) -> i64 {
    const IMAG: u64 = 1000003;
    let re = ops::hash_float(z.re) as u64;
    let im = ops::hash_float(z.im) as u64;
    let h = re.wrapping_add(IMAG.wrapping_mul(im)) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// The attributes `real` and `imag`.
pub fn attr(z: Complex, name: &str) -> Option<Value> {
    match name {
        "real" => Some(Value::float(z.re)),
        "imag" => Some(Value::float(z.im)),
        _ => None,
    }
}

// ------------------------------------------------------------------ the constructor

/// `complex(real=0, imag=0)`: from a string, from numbers (either may itself be complex:
/// `complex(1j, 1j)` is `(-1+1j)`), from an object's `__complex__`, `__float__` or
/// `__index__`.
pub fn construct(vm: &mut Vm, a: Args) -> PResult<Value> {
    let (r, i) = arguments(&a)?;
    let Some(r) = r else {
        return match i {
            None => Ok(Value::complex(Complex::new(0.0, 0.0))),
            Some(i) => from_parts(vm, &Value::Int(0), Some(i)),
        };
    };
    let r = crate::objects::class::payload(r)
        .filter(|p| p.as_strobj().is_some())
        .unwrap_or(r);
    if let Some(s) = r.as_strobj() {
        if i.is_some() {
            return Err(type_error(
                "complex() can't take second arg if first is a string",
            ));
        }
        return from_str(r, &s.s);
    }
    from_parts(vm, r, i)
}

/// The `real` and `imag` arguments, placed as CPython's argument parser places them.
fn arguments<'a>(a: &Args<'a>) -> PResult<(Option<&'a Value>, Option<&'a Value>)> {
    if a.pos.len() + a.kw.len() > 2 {
        return Err(type_error(format!(
            "complex() takes at most 2 arguments ({} given)",
            a.pos.len() + a.kw.len()
        )));
    }
    let slots = a.slots(&["real", "imag"]).map_err(|e| match e {
        crate::runtime::vm::SlotError::Unknown(k) => type_error(format!(
            "'{k}' is an invalid keyword argument for complex()"
        )),
        crate::runtime::vm::SlotError::Twice(k, at) => type_error(format!(
            "argument for complex() given by name ('{k}') and position ({})",
            at + 1
        )),
    })?;
    Ok((slots[0], slots[1]))
}

fn from_str(v: &Value, text: &str) -> PResult<Value> {
    match crate::objects::format::parse_complex(text) {
        Ok((re, im)) => Ok(Value::complex(Complex::new(re, im))),
        Err(crate::objects::format::ComplexTextError::Malformed) => {
            Err(value_error("complex() arg is a malformed string"))
        }
        Err(crate::objects::format::ComplexTextError::Underscores) => {
            let shown = match v.as_str() {
                Some(s) => crate::objects::repr::str_repr(s),
                None => String::new(),
            };
            Err(value_error(format!(
                "could not convert string to complex: {shown}"
            )))
        }
    }
}

/// Whether `v` converts to a float (it has `__float__` or `__index__`, or is a number).
fn is_real_number(v: &Value) -> bool {
    let v = crate::objects::class::payload(v).unwrap_or(v);
    matches!(v, Value::Int(_) | Value::Bool(_) | Value::Float(_))
        || matches!(v.as_obj(), Some(Object::BigInt(_)))
        || crate::objects::class::user_method(v, "__float__").is_some()
        || crate::objects::class::user_method(v, "__index__").is_some()
}

/// A complex value of `v` for the constructor: its `__complex__`, or itself when it is (or
/// extends) a complex number.
pub fn complex_of(vm: &mut Vm, v: &Value) -> PResult<Option<Complex>> {
    if crate::objects::class::has_user_type(v) {
        let is_complex =
            |r: &Value| as_complex(crate::objects::class::payload(r).unwrap_or(r)).is_some();
        if let Some(r) = crate::builtins::number_dunder(vm, v, "__complex__", is_complex)? {
            return Ok(as_complex(crate::objects::class::payload(&r).unwrap_or(&r)));
        }
    }
    Ok(as_complex(crate::objects::class::payload(v).unwrap_or(v)))
}

/// `float(v)` for a value `is_real_number` accepted.
fn real_of(vm: &mut Vm, v: &Value) -> PResult<f64> {
    match crate::builtins::construct_float(vm, Args::new(std::slice::from_ref(v)))? {
        Value::Float(f) => Ok(f.get()),
        _ => Ok(f64::NAN),
    }
}

fn from_parts(vm: &mut Vm, r: &Value, i: Option<&Value>) -> PResult<Value> {
    if i.is_some_and(|i| {
        crate::objects::class::payload(i)
            .unwrap_or(i)
            .as_str()
            .is_some()
    }) {
        return Err(type_error("complex() second arg can't be a string"));
    }
    let rc = complex_of(vm, r)?;
    if rc.is_none() && !is_real_number(r) {
        return Err(type_error(format!(
            "complex() first argument must be a string or a number, not '{}'",
            type_name(r)
        )));
    }
    let ic = match i {
        Some(i) => {
            let c = as_complex(crate::objects::class::payload(i).unwrap_or(i));
            if c.is_none() && !is_real_number(i) {
                return Err(type_error(format!(
                    "complex() second argument must be a number, not '{}'",
                    type_name(i)
                )));
            }
            c
        }
        None => None,
    };
    let mut re = match rc {
        Some(c) => c,
        None => Complex::new(real_of(vm, r)?, 0.0),
    };
    let mut im = match (i, ic) {
        (None, _) => Complex::new(re.im, 0.0),
        (Some(_), Some(c)) => c,
        (Some(i), None) => Complex::new(real_of(vm, i)?, 0.0),
    };
    // the parts of complex arguments cross over: (a+bj) + (c+dj)*1j
    if ic.is_some() {
        re.re -= im.im;
    }
    if rc.is_some() && i.is_some() {
        im.re += re.im;
    }
    Ok(Value::complex(Complex::new(re.re, im.re)))
}

// ------------------------------------------------------------------ methods

pub const COMPLEX_METHODS: &[(&str, NativeFnPtr)] = &[
    ("conjugate", complex_conjugate),
    ("__complex__", complex_complex),
    ("__getnewargs__", complex_getnewargs),
    ("__new__", crate::objects::class::builtin_new),
    ("__repr__", crate::objects::class::dunder_repr),
];

/// The complex number a method was called on (`self`, or what a subclass instance extends).
fn this(a: &Args, name: &str) -> PResult<Complex> {
    let (s, _) = crate::objects::methods::this(a, name, 0, 0)?;
    as_complex(s).ok_or_else(|| {
        type_error(format!(
            "descriptor '{name}' for 'complex' objects doesn't apply to a '{}' object",
            type_name(s)
        ))
    })
}

fn complex_conjugate(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let z = this(&a, "conjugate")?;
    Ok(Value::complex(Complex::new(z.re, -z.im)))
}

fn complex_complex(_vm: &mut Vm, a: Args) -> PResult<Value> {
    Ok(Value::complex(this(&a, "__complex__")?))
}

fn complex_getnewargs(_vm: &mut Vm, a: Args) -> PResult<Value> {
    let z = this(&a, "__getnewargs__")?;
    Ok(Value::pair(Value::float(z.re), Value::float(z.im)))
}
