//! The native `cmath` module: CPython 3.11's functions of a complex variable, computed as it
//! computes them (the same formulas, scalings and overflow guards around the C library, and
//! its tables of results for infinite and NaN parts), so that results agree to the bit; and
//! its errors ("math domain error" → ValueError, "math range error" → OverflowError).

use crate::modules::math;
use crate::objects::complex::{self, Complex, Errno};
use crate::objects::value::Value;
use crate::runtime::exc::{type_error, value_error, Exc};
use crate::runtime::vm::{Args, PResult, Vm};
use std::f64::consts::{E, LN_10, LN_2, PI};

pub fn module(_vm: &mut Vm) -> Value {
    let mut m = super::ModuleBuilder::new("cmath")
        .value("pi", Value::float(PI))
        .value("e", Value::float(E))
        .value("tau", Value::float(std::f64::consts::TAU))
        .value("inf", Value::float(f64::INFINITY))
        .value("infj", Value::complex(Complex::new(0.0, f64::INFINITY)))
        .value("nan", Value::float(f64::NAN))
        .value("nanj", Value::complex(Complex::new(0.0, f64::NAN)));
    for (name, f) in FUNCS {
        m = m.func(name, *f);
    }
    m.func("log", c_log_fn)
        .func("phase", c_phase)
        .func("polar", c_polar)
        .func("rect", c_rect)
        .func("isfinite", c_isfinite)
        .func("isinf", c_isinf)
        .func("isnan", c_isnan)
        .func("isclose", c_isclose)
        .build()
}

// ------------------------------------------------------------------ arguments and errors

/// A complex argument, as CPython's `PyComplex_AsCComplex` takes it: a complex (or an
/// instance of a subclass), an object's `__complex__`, else a real number.
fn to_complex(vm: &mut Vm, v: &Value) -> PResult<Complex> {
    let bare = crate::objects::class::payload(v).unwrap_or(v);
    if let Some(z) = complex::as_complex(bare) {
        return Ok(z);
    }
    if let Some(z) = complex::complex_of(vm, v)? {
        return Ok(z);
    }
    Ok(Complex::new(math::to_f64(vm, v)?, 0.0))
}

/// The one argument of a function of one complex variable.
fn one_complex(vm: &mut Vm, a: &Args, name: &str) -> PResult<Complex> {
    to_complex(vm, math::one_arg(a, "cmath", name)?)
}

fn result(r: (Complex, Errno)) -> PResult<Value> {
    match r {
        (z, Errno::Ok) => Ok(Value::complex(z)),
        (_, e) => Err(error(e)),
    }
}

fn error(e: Errno) -> Exc {
    match e {
        Errno::Range => crate::runtime::exc::overflow("math range error"),
        _ => value_error("math domain error"),
    }
}

// ------------------------------------------------------------------ special values

/// Results for parts that are infinite or NaN, by the kind of each part (`kind`).
type Table = [[(f64, f64); 7]; 7];

/// The row or column of a part in a [`Table`]: -inf, negative, -0, +0, positive, +inf, NaN.
fn kind(x: f64) -> usize {
    if x.is_nan() {
        6
    } else if x.is_infinite() {
        if x > 0.0 {
            5
        } else {
            0
        }
    } else if x != 0.0 {
        if x > 0.0 {
            4
        } else {
            1
        }
    } else if x.is_sign_positive() {
        3
    } else {
        2
    }
}

/// The table's result when a part of `z` is infinite or NaN.
fn special(z: Complex, table: &Table) -> Option<Complex> {
    if z.re.is_finite() && z.im.is_finite() {
        return None;
    }
    Some(lookup(z, table))
}

/// The table's entry for the kinds of `z`'s parts.
fn lookup(z: Complex, table: &Table) -> Complex {
    let (re, im) = table[kind(z.re)][kind(z.im)];
    Complex::new(re, im)
}

const Z: f64 = 0.0;
const I: f64 = f64::INFINITY;
const N: f64 = f64::NAN;
const P: f64 = PI;
const H: f64 = PI / 2.0;
const Q: f64 = PI / 4.0;
const T: f64 = 3.0 * PI / 4.0;

// Each table's rows are the kinds of the real part, its columns those of the imaginary
// part (`kind`); the entries for two finite parts are never read.
const ACOS_SPECIAL: Table = [
    [(T, I), (P, I), (P, I), (P, -I), (P, -I), (T, -I), (N, I)],
    [(H, I), (N, N), (N, N), (N, N), (N, N), (H, -I), (N, N)],
    [(H, I), (N, N), (N, N), (N, N), (N, N), (H, -I), (H, N)],
    [(H, I), (N, N), (N, N), (N, N), (N, N), (H, -I), (H, N)],
    [(H, I), (N, N), (N, N), (N, N), (N, N), (H, -I), (N, N)],
    [(Q, I), (Z, I), (Z, I), (Z, -I), (Z, -I), (Q, -I), (N, I)],
    [(N, I), (N, N), (N, N), (N, N), (N, N), (N, -I), (N, N)],
];
const ACOSH_SPECIAL: Table = [
    [(I, -T), (I, -P), (I, -P), (I, P), (I, P), (I, T), (I, N)],
    [(I, -H), (N, N), (N, N), (N, N), (N, N), (I, H), (N, N)],
    [(I, -H), (N, N), (N, N), (N, N), (N, N), (I, H), (N, N)],
    [(I, -H), (N, N), (N, N), (N, N), (N, N), (I, H), (N, N)],
    [(I, -H), (N, N), (N, N), (N, N), (N, N), (I, H), (N, N)],
    [(I, -Q), (I, -Z), (I, -Z), (I, Z), (I, Z), (I, Q), (I, N)],
    [(I, N), (N, N), (N, N), (N, N), (N, N), (I, N), (N, N)],
];
const ASINH_SPECIAL: Table = [
    [
        (-I, -Q),
        (-I, -Z),
        (-I, -Z),
        (-I, Z),
        (-I, Z),
        (-I, Q),
        (-I, N),
    ],
    [(-I, -H), (N, N), (N, N), (N, N), (N, N), (-I, H), (N, N)],
    [(-I, -H), (N, N), (N, N), (N, N), (N, N), (-I, H), (N, N)],
    [(I, -H), (N, N), (N, N), (N, N), (N, N), (I, H), (N, N)],
    [(I, -H), (N, N), (N, N), (N, N), (N, N), (I, H), (N, N)],
    [(I, -Q), (I, -Z), (I, -Z), (I, Z), (I, Z), (I, Q), (I, N)],
    [(I, N), (N, N), (N, -Z), (N, Z), (N, N), (I, N), (N, N)],
];
const ATANH_SPECIAL: Table = [
    [
        (-Z, -H),
        (-Z, -H),
        (-Z, -H),
        (-Z, H),
        (-Z, H),
        (-Z, H),
        (-Z, N),
    ],
    [(-Z, -H), (N, N), (N, N), (N, N), (N, N), (-Z, H), (N, N)],
    [(-Z, -H), (N, N), (N, N), (N, N), (N, N), (-Z, H), (-Z, N)],
    [(Z, -H), (N, N), (N, N), (N, N), (N, N), (Z, H), (Z, N)],
    [(Z, -H), (N, N), (N, N), (N, N), (N, N), (Z, H), (N, N)],
    [(Z, -H), (Z, -H), (Z, -H), (Z, H), (Z, H), (Z, H), (Z, N)],
    [(Z, -H), (N, N), (N, N), (N, N), (N, N), (Z, H), (N, N)],
];
const COSH_SPECIAL: Table = [
    [(N, N), (-I, I), (I, Z), (I, -Z), (-I, -I), (N, N), (I, N)],
    [(N, N), (N, N), (N, N), (N, N), (N, N), (N, N), (N, N)],
    [(N, N), (N, N), (N, N), (N, N), (N, N), (N, N), (N, Z)],
    [(N, N), (N, N), (N, N), (N, N), (N, N), (N, N), (N, Z)],
    [(N, N), (N, N), (N, N), (N, N), (N, N), (N, N), (N, N)],
    [(N, N), (-I, -I), (I, -Z), (I, Z), (-I, I), (N, N), (I, N)],
    [(N, N), (N, N), (N, Z), (N, Z), (N, N), (N, N), (N, N)],
];
const EXP_SPECIAL: Table = [
    [(Z, Z), (-Z, -Z), (Z, -Z), (Z, Z), (-Z, Z), (Z, Z), (Z, Z)],
    [(N, N), (N, N), (N, N), (N, N), (N, N), (N, N), (N, N)],
    [(N, N), (N, N), (N, N), (N, N), (N, N), (N, N), (N, N)],
    [(N, N), (N, N), (N, N), (N, N), (N, N), (N, N), (N, N)],
    [(N, N), (N, N), (N, N), (N, N), (N, N), (N, N), (N, N)],
    [(N, N), (-I, -I), (I, -Z), (I, Z), (-I, I), (N, N), (I, N)],
    [(N, N), (N, N), (N, -Z), (N, Z), (N, N), (N, N), (N, N)],
];
const LOG_SPECIAL: Table = [
    [(I, -T), (I, -P), (I, -P), (I, P), (I, P), (I, T), (I, N)],
    [(I, -H), (N, N), (N, N), (N, N), (N, N), (I, H), (N, N)],
    [(I, -H), (N, N), (N, N), (N, N), (N, N), (I, H), (N, N)],
    [(I, -H), (N, N), (N, N), (N, N), (N, N), (I, H), (N, N)],
    [(I, -H), (N, N), (N, N), (N, N), (N, N), (I, H), (N, N)],
    [(I, -Q), (I, -Z), (I, -Z), (I, Z), (I, Z), (I, Q), (I, N)],
    [(I, N), (N, N), (N, N), (N, N), (N, N), (I, N), (N, N)],
];
const SINH_SPECIAL: Table = [
    [(N, N), (I, -I), (-I, -Z), (-I, Z), (I, I), (N, N), (I, N)],
    [(N, N), (N, N), (N, N), (N, N), (N, N), (N, N), (N, N)],
    [(N, N), (N, N), (N, N), (N, N), (N, N), (N, N), (Z, N)],
    [(N, N), (N, N), (N, N), (N, N), (N, N), (N, N), (Z, N)],
    [(N, N), (N, N), (N, N), (N, N), (N, N), (N, N), (N, N)],
    [(N, N), (-I, -I), (I, -Z), (I, Z), (-I, I), (N, N), (I, N)],
    [(N, N), (N, N), (N, -Z), (N, Z), (N, N), (N, N), (N, N)],
];
const SQRT_SPECIAL: Table = [
    [(I, -I), (Z, -I), (Z, -I), (Z, I), (Z, I), (I, I), (N, I)],
    [(I, -I), (N, N), (N, N), (N, N), (N, N), (I, I), (N, N)],
    [(I, -I), (N, N), (N, N), (N, N), (N, N), (I, I), (N, N)],
    [(I, -I), (N, N), (N, N), (N, N), (N, N), (I, I), (N, N)],
    [(I, -I), (N, N), (N, N), (N, N), (N, N), (I, I), (N, N)],
    [(I, -I), (I, -Z), (I, -Z), (I, Z), (I, Z), (I, I), (I, N)],
    [(I, -I), (N, N), (N, N), (N, N), (N, N), (I, I), (N, N)],
];
const TANH_SPECIAL: Table = [
    [
        (-1.0, Z),
        (-1.0, Z),
        (-1.0, -Z),
        (-1.0, Z),
        (-1.0, -Z),
        (-1.0, Z),
        (-1.0, Z),
    ],
    [(N, N), (N, N), (N, N), (N, N), (N, N), (N, N), (N, N)],
    [(N, N), (N, N), (N, N), (N, N), (N, N), (N, N), (N, N)],
    [(N, N), (N, N), (N, N), (N, N), (N, N), (N, N), (N, N)],
    [(N, N), (N, N), (N, N), (N, N), (N, N), (N, N), (N, N)],
    [
        (1.0, Z),
        (1.0, Z),
        (1.0, -Z),
        (1.0, Z),
        (1.0, -Z),
        (1.0, Z),
        (1.0, Z),
    ],
    [(N, N), (N, N), (N, -Z), (N, Z), (N, N), (N, N), (N, N)],
];
const RECT_SPECIAL: Table = [
    [(N, N), (I, I), (-I, Z), (-I, -Z), (I, -I), (N, N), (I, N)],
    [(N, N), (N, N), (N, N), (N, N), (N, N), (N, N), (N, N)],
    [(Z, Z), (N, N), (N, N), (N, N), (N, N), (Z, Z), (Z, Z)],
    [(Z, Z), (N, N), (N, N), (N, N), (N, N), (Z, Z), (Z, Z)],
    [(N, N), (N, N), (N, N), (N, N), (N, N), (N, N), (N, N)],
    [(N, N), (-I, -I), (I, -Z), (I, Z), (-I, I), (N, N), (I, N)],
    [(N, N), (N, N), (N, Z), (N, Z), (N, N), (N, N), (N, N)],
];

// ------------------------------------------------------------------ the functions

/// Beyond this a part's square overflows: the formulas switch to forms that scale it.
const LARGE: f64 = f64::MAX / 4.0;
const MANTISSA: i32 = f64::MANTISSA_DIGITS as i32;
const SCALE_UP: i32 = 53;
const SCALE_DOWN: i32 = -27;

fn sqrt_large() -> f64 {
    LARGE.sqrt()
}

fn log_large() -> f64 {
    LARGE.ln()
}

/// `x * 2**n`, exact for the results it is used for (no overflow, no subnormal).
fn ldexp(x: f64, n: i32) -> f64 {
    x * f64::from_bits(((n + 1023) as u64) << 52)
}

/// `log(hypot(x, y) / 2)`, for parts so large that `hypot` itself would overflow.
fn log_half_hypot(x: f64, y: f64) -> f64 {
    (x / 2.0).hypot(y / 2.0).ln()
}

fn sqrt(z: Complex) -> (Complex, Errno) {
    if let Some(r) = special(z, &SQRT_SPECIAL) {
        return (r, Errno::Ok);
    }
    if z.re == 0.0 && z.im == 0.0 {
        return (Complex::new(0.0, z.im), Errno::Ok);
    }
    let (ax, ay) = (z.re.abs(), z.im.abs());
    let s = if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        // hypot(ax, ay) may be subnormal: scale up first
        let ax = ldexp(ax, SCALE_UP);
        ldexp((ax + ax.hypot(ldexp(ay, SCALE_UP))).sqrt(), SCALE_DOWN)
    } else {
        let ax = ax / 8.0;
        2.0 * (ax + ax.hypot(ay / 8.0)).sqrt()
    };
    let d = ay / (2.0 * s);
    let r = if z.re >= 0.0 {
        Complex::new(s, d.copysign(z.im))
    } else {
        Complex::new(d, s.copysign(z.im))
    };
    (r, Errno::Ok)
}

fn acos(z: Complex) -> (Complex, Errno) {
    if let Some(r) = special(z, &ACOS_SPECIAL) {
        return (r, Errno::Ok);
    }
    let r = if z.re.abs() > LARGE || z.im.abs() > LARGE {
        let re = z.im.abs().atan2(z.re);
        let l = log_half_hypot(z.re, z.im) + LN_2 * 2.0;
        // (two cases, so that the branch cut keeps its continuity)
        let im = if z.re < 0.0 {
            -l.copysign(z.im)
        } else {
            l.copysign(-z.im)
        };
        Complex::new(re, im)
    } else {
        let s1 = sqrt(Complex::new(1.0 - z.re, -z.im)).0;
        let s2 = sqrt(Complex::new(1.0 + z.re, z.im)).0;
        Complex::new(
            2.0 * s1.re.atan2(s2.re),
            math::asinh(s2.re * s1.im - s2.im * s1.re),
        )
    };
    (r, Errno::Ok)
}

fn acosh(z: Complex) -> (Complex, Errno) {
    if let Some(r) = special(z, &ACOSH_SPECIAL) {
        return (r, Errno::Ok);
    }
    let r = if z.re.abs() > LARGE || z.im.abs() > LARGE {
        Complex::new(log_half_hypot(z.re, z.im) + LN_2 * 2.0, z.im.atan2(z.re))
    } else {
        let s1 = sqrt(Complex::new(z.re - 1.0, z.im)).0;
        let s2 = sqrt(Complex::new(z.re + 1.0, z.im)).0;
        Complex::new(
            math::asinh(s1.re * s2.re + s1.im * s2.im),
            2.0 * s1.im.atan2(s2.re),
        )
    };
    (r, Errno::Ok)
}

fn asinh(z: Complex) -> (Complex, Errno) {
    if let Some(r) = special(z, &ASINH_SPECIAL) {
        return (r, Errno::Ok);
    }
    let r = if z.re.abs() > LARGE || z.im.abs() > LARGE {
        let l = log_half_hypot(z.re, z.im) + LN_2 * 2.0;
        let re = if z.im >= 0.0 {
            l.copysign(z.re)
        } else {
            -l.copysign(-z.re)
        };
        Complex::new(re, z.im.atan2(z.re.abs()))
    } else {
        let s1 = sqrt(Complex::new(1.0 + z.im, -z.re)).0;
        let s2 = sqrt(Complex::new(1.0 - z.im, z.re)).0;
        Complex::new(
            math::asinh(s1.re * s2.im - s2.re * s1.im),
            z.im.atan2(s1.re * s2.re - s1.im * s2.im),
        )
    };
    (r, Errno::Ok)
}

/// `f(i*z) / i`, for asin and atan from asinh and atanh.
fn through_i(z: Complex, f: fn(Complex) -> (Complex, Errno)) -> (Complex, Errno) {
    let (s, e) = f(Complex::new(-z.im, z.re));
    (Complex::new(s.im, -s.re), e)
}

fn asin(z: Complex) -> (Complex, Errno) {
    through_i(z, asinh)
}

fn atan(z: Complex) -> (Complex, Errno) {
    through_i(z, atanh)
}

fn atanh(z: Complex) -> (Complex, Errno) {
    if let Some(r) = special(z, &ATANH_SPECIAL) {
        return (r, Errno::Ok);
    }
    if z.re < 0.0 {
        // atanh(z) = -atanh(-z)
        let (r, e) = atanh(z.neg());
        return (r.neg(), e);
    }
    let ay = z.im.abs();
    if z.re > sqrt_large() || ay > sqrt_large() {
        // about 1/z, +-pi/2 on the side of the imaginary part
        let h = (z.re / 2.0).hypot(z.im / 2.0);
        let re = z.re / 4.0 / h / h;
        return (Complex::new(re, -(PI / 2.0).copysign(-z.im)), Errno::Ok);
    }
    if z.re == 1.0 && ay < f64::MIN_POSITIVE.sqrt() {
        if ay == 0.0 {
            return (Complex::new(f64::INFINITY, z.im), Errno::Dom);
        }
        let re = -(ay.sqrt() / ay.hypot(2.0).sqrt()).ln();
        let im = (2.0f64.atan2(-ay) / 2.0).copysign(z.im);
        return (Complex::new(re, im), Errno::Ok);
    }
    let one_minus = 1.0 - z.re;
    let re = (4.0 * z.re / (one_minus * one_minus + ay * ay)).ln_1p() / 4.0;
    let im = -(-2.0 * z.im).atan2(one_minus * (1.0 + z.re) - ay * ay) / 2.0;
    (Complex::new(re, im), Errno::Ok)
}

/// Whether an infinite real part with a finite non-zero imaginary part: exp, cosh, sinh
/// and tanh then compute the signs of their infinite (or zero) results from it.
fn infinite_re_finite_im(z: Complex) -> bool {
    z.re.is_infinite() && z.im.is_finite() && z.im != 0.0
}

/// The error of cosh and sinh at a non-finite argument: an infinite imaginary part beside
/// a real part that is a number.
fn hyperbolic_errno(z: Complex) -> Errno {
    if z.im.is_infinite() && !z.re.is_nan() {
        Errno::Dom
    } else {
        Errno::Ok
    }
}

/// A range error when a finite argument gave an infinite part.
fn overflowed(r: Complex) -> (Complex, Errno) {
    if r.re.is_infinite() || r.im.is_infinite() {
        (r, Errno::Range)
    } else {
        (r, Errno::Ok)
    }
}

/// cosh (`odd` false) or sinh (`odd` true) of z: cos(y) times the function of x, plus i
/// sin(y) times its partner (sinh beside cosh, cosh beside sinh).
fn cosh_sinh(z: Complex, odd: bool) -> (Complex, Errno) {
    if !z.re.is_finite() || !z.im.is_finite() {
        let r = if infinite_re_finite_im(z) {
            // the part that sinh gives changes sign with x
            let sign = |v: f64, of_sinh: bool| if z.re < 0.0 && of_sinh { -v } else { v };
            Complex::new(
                sign(f64::INFINITY.copysign(z.im.cos()), odd),
                sign(f64::INFINITY.copysign(z.im.sin()), !odd),
            )
        } else {
            let table = if odd { &SINH_SPECIAL } else { &COSH_SPECIAL };
            lookup(z, table)
        };
        return (r, hyperbolic_errno(z));
    }
    let (f, partner) = if odd {
        (f64::sinh as fn(f64) -> f64, f64::cosh as fn(f64) -> f64)
    } else {
        (f64::cosh as fn(f64) -> f64, f64::sinh as fn(f64) -> f64)
    };
    let r = if z.re.abs() > log_large() {
        // cosh(x) alone would overflow where cosh(z) does not
        let x1 = z.re - 1.0f64.copysign(z.re);
        Complex::new(z.im.cos() * f(x1) * E, z.im.sin() * partner(x1) * E)
    } else {
        Complex::new(z.im.cos() * f(z.re), z.im.sin() * partner(z.re))
    };
    overflowed(r)
}

fn cosh(z: Complex) -> (Complex, Errno) {
    cosh_sinh(z, false)
}

fn sinh(z: Complex) -> (Complex, Errno) {
    cosh_sinh(z, true)
}

fn tanh(z: Complex) -> (Complex, Errno) {
    if !z.re.is_finite() || !z.im.is_finite() {
        let r = if infinite_re_finite_im(z) {
            let im = 0.0f64.copysign(2.0 * z.im.sin() * z.im.cos());
            Complex::new(if z.re > 0.0 { 1.0 } else { -1.0 }, im)
        } else {
            lookup(z, &TANH_SPECIAL)
        };
        let e = if z.im.is_infinite() && z.re.is_finite() {
            Errno::Dom
        } else {
            Errno::Ok
        };
        return (r, e);
    }
    let r = if z.re.abs() > log_large() {
        Complex::new(
            1.0f64.copysign(z.re),
            4.0 * z.im.sin() * z.im.cos() * (-2.0 * z.re.abs()).exp(),
        )
    } else {
        let tx = z.re.tanh();
        let ty = z.im.tan();
        let cx = 1.0 / z.re.cosh();
        let txty = tx * ty;
        let denom = 1.0 + txty * txty;
        Complex::new(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx)
    };
    (r, Errno::Ok)
}

/// `f(i*z)` and its error; cos(z) is cosh(iz).
fn cos(z: Complex) -> (Complex, Errno) {
    cosh(Complex::new(-z.im, z.re))
}

/// `f(i*z) / i`: sin(z) is sinh(iz)/i, tan(z) is tanh(iz)/i.
fn sin(z: Complex) -> (Complex, Errno) {
    through_i(z, sinh)
}

fn tan(z: Complex) -> (Complex, Errno) {
    through_i(z, tanh)
}

fn exp(z: Complex) -> (Complex, Errno) {
    if !z.re.is_finite() || !z.im.is_finite() {
        let r = if infinite_re_finite_im(z) {
            let big = if z.re > 0.0 { f64::INFINITY } else { 0.0 };
            Complex::new(big.copysign(z.im.cos()), big.copysign(z.im.sin()))
        } else {
            lookup(z, &EXP_SPECIAL)
        };
        let e = if z.im.is_infinite() && (z.re.is_finite() || z.re == f64::INFINITY) {
            Errno::Dom
        } else {
            Errno::Ok
        };
        return (r, e);
    }
    let r = if z.re > log_large() {
        let l = (z.re - 1.0).exp();
        Complex::new(l * z.im.cos() * E, l * z.im.sin() * E)
    } else {
        let l = z.re.exp();
        Complex::new(l * z.im.cos(), l * z.im.sin())
    };
    overflowed(r)
}

fn log(z: Complex) -> (Complex, Errno) {
    if let Some(r) = special(z, &LOG_SPECIAL) {
        return (r, Errno::Ok);
    }
    let (ax, ay) = (z.re.abs(), z.im.abs());
    let re = if ax > LARGE || ay > LARGE {
        log_half_hypot(ax, ay) + LN_2
    } else if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        if ax == 0.0 && ay == 0.0 {
            let r = Complex::new(f64::NEG_INFINITY, z.im.atan2(z.re));
            return (r, Errno::Dom);
        }
        // hypot(ax, ay) may be subnormal: scale up first
        let h = ldexp(ax, MANTISSA).hypot(ldexp(ay, MANTISSA));
        h.ln() - MANTISSA as f64 * LN_2
    } else {
        let h = ax.hypot(ay);
        if (0.71..=1.73).contains(&h) {
            let (am, an) = if ax > ay { (ax, ay) } else { (ay, ax) };
            ((am - 1.0) * (am + 1.0) + an * an).ln_1p() / 2.0
        } else {
            h.ln()
        }
    };
    (Complex::new(re, z.im.atan2(z.re)), Errno::Ok)
}

fn log10(z: Complex) -> (Complex, Errno) {
    let (r, e) = log(z);
    (Complex::new(r.re / LN_10, r.im / LN_10), e)
}

/// The argument of `z`, with C99's results for infinite and zero parts.
fn phase(z: Complex) -> f64 {
    if z.re.is_nan() || z.im.is_nan() {
        return f64::NAN;
    }
    if z.im.is_infinite() {
        let angle = if z.re.is_infinite() {
            if z.re.is_sign_positive() {
                0.25 * PI
            } else {
                0.75 * PI
            }
        } else {
            0.5 * PI
        };
        return angle.copysign(z.im);
    }
    if z.re.is_infinite() || z.im == 0.0 {
        let angle = if z.re.is_sign_positive() { 0.0 } else { PI };
        return angle.copysign(z.im);
    }
    z.im.atan2(z.re)
}

type Func = fn(Complex) -> (Complex, Errno);

macro_rules! funcs {
    ($($name:literal => $f:ident),* $(,)?) => {
        /// The functions of one complex variable: (name, native).
        const FUNCS: &[(&str, crate::objects::object::NativeFnPtr)] = &[$(($name, {
            fn native(vm: &mut Vm, a: Args) -> PResult<Value> {
                let f: Func = $f;
                result(f(one_complex(vm, &a, $name)?))
            }
            native
        })),*];
    };
}

funcs! {
    "sqrt" => sqrt, "exp" => exp, "log10" => log10,
    "sin" => sin, "cos" => cos, "tan" => tan,
    "asin" => asin, "acos" => acos, "atan" => atan,
    "sinh" => sinh, "cosh" => cosh, "tanh" => tanh,
    "asinh" => asinh, "acosh" => acosh, "atanh" => atanh,
}

/// `log(z[, base])`: the natural logarithm, or divided by the base's.
fn c_log_fn(vm: &mut Vm, a: Args) -> PResult<Value> {
    if !a.kw.is_empty() {
        return Err(type_error("cmath.log() takes no keyword arguments"));
    }
    math::positional(&a, "log", 1, 2)?;
    let z = to_complex(vm, &a.pos[0])?;
    let (mut r, mut e) = log(z);
    if let Some(b) = a.pos.get(1) {
        let b = to_complex(vm, b)?;
        // (the base's logarithm sets the error afresh, as C's errno is)
        let (lb, eb) = log(b);
        e = eb;
        match r.div(lb) {
            Some(q) => r = q,
            None => e = Errno::Dom,
        }
    }
    result((r, e))
}

fn c_phase(vm: &mut Vm, a: Args) -> PResult<Value> {
    let z = one_complex(vm, &a, "phase")?;
    let phi = phase(z);
    // the C library's atan2 reports a result that underflowed to zero as a range error
    if phi == 0.0 && z.im != 0.0 && z.re.is_finite() {
        return Err(error(Errno::Range));
    }
    Ok(Value::float(phi))
}

fn c_polar(vm: &mut Vm, a: Args) -> PResult<Value> {
    let z = one_complex(vm, &a, "polar")?;
    let phi = phase(z);
    match z.abs() {
        (r, Errno::Ok) => Ok(Value::pair(Value::float(r), Value::float(phi))),
        (_, e) => Err(error(e)),
    }
}

fn c_rect(vm: &mut Vm, a: Args) -> PResult<Value> {
    if !a.kw.is_empty() {
        return Err(type_error("cmath.rect() takes no keyword arguments"));
    }
    math::positional(&a, "rect", 2, 2)?;
    let r = math::to_f64(vm, &a.pos[0])?;
    let phi = math::to_f64(vm, &a.pos[1])?;
    result(rect(r, phi))
}

fn rect(r: f64, phi: f64) -> (Complex, Errno) {
    if !r.is_finite() || !phi.is_finite() {
        let z = if r.is_infinite() && phi.is_finite() && phi != 0.0 {
            let (re, im) = (
                f64::INFINITY.copysign(phi.cos()),
                f64::INFINITY.copysign(phi.sin()),
            );
            if r > 0.0 {
                Complex::new(re, im)
            } else {
                Complex::new(-re, -im)
            }
        } else {
            lookup(Complex::new(r, phi), &RECT_SPECIAL)
        };
        let e = if r != 0.0 && !r.is_nan() && phi.is_infinite() {
            Errno::Dom
        } else {
            Errno::Ok
        };
        return (z, e);
    }
    if phi == 0.0 {
        // r * sin(-0.0) is -0.0 times r: the same, without a call
        return (Complex::new(r, r * phi), Errno::Ok);
    }
    (Complex::new(r * phi.cos(), r * phi.sin()), Errno::Ok)
}

fn c_isfinite(vm: &mut Vm, a: Args) -> PResult<Value> {
    let z = one_complex(vm, &a, "isfinite")?;
    Ok(Value::bool(z.re.is_finite() && z.im.is_finite()))
}

fn c_isinf(vm: &mut Vm, a: Args) -> PResult<Value> {
    let z = one_complex(vm, &a, "isinf")?;
    Ok(Value::bool(z.re.is_infinite() || z.im.is_infinite()))
}

fn c_isnan(vm: &mut Vm, a: Args) -> PResult<Value> {
    let z = one_complex(vm, &a, "isnan")?;
    Ok(Value::bool(z.re.is_nan() || z.im.is_nan()))
}

/// `isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`.
fn c_isclose(vm: &mut Vm, a: Args) -> PResult<Value> {
    let [x, y, rel, abs] = math::isclose_arguments(&a)?;
    let x = to_complex(vm, &x.unwrap_or_default())?;
    let y = to_complex(vm, &y.unwrap_or_default())?;
    let rel = rel.map_or(Ok(1e-9), |v| math::to_f64(vm, &v))?;
    let abs = abs.map_or(Ok(0.0), |v| math::to_f64(vm, &v))?;
    if rel < 0.0 || abs < 0.0 {
        return Err(value_error("tolerances must be non-negative"));
    }
    if x.re == y.re && x.im == y.im {
        return Ok(Value::TRUE);
    }
    if [x.re, x.im, y.re, y.im].iter().any(|p| p.is_infinite()) {
        return Ok(Value::FALSE);
    }
    let diff = x.sub(y).abs().0;
    Ok(Value::bool(
        diff <= rel * y.abs().0 || diff <= rel * x.abs().0 || diff <= abs,
    ))
}
