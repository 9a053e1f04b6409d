//! The native `math` module: CPython 3.11's functions and constants, with CPython's results
//! (the same special-case handling around the platform `libm`, the same Lanczos gamma, the same
//! exact `fsum` and `hypot`) and CPython's error messages ("math domain error" → ValueError,
//! "math range error" → OverflowError).

use crate::objects::ops;
use crate::objects::types::type_name;
use crate::objects::value::Value;
use crate::runtime::exc::{overflow, type_error, value_error, Exc};
use crate::runtime::vm::{Args, PResult, Vm};
use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::f64::consts::PI;

pub fn module(_vm: &mut Vm) -> Value {
    super::ModuleBuilder::new("math")
        .value("pi", Value::float(PI))
        .value("e", Value::float(std::f64::consts::E))
        .value("tau", Value::float(std::f64::consts::TAU))
        .value("inf", Value::float(f64::INFINITY))
        .value("nan", Value::float(f64::NAN))
        .func("ceil", m_ceil)
        .func("floor", m_floor)
        .func("trunc", m_trunc)
        .func("fabs", m_fabs)
        .func("sqrt", m_sqrt)
        .func("cbrt", m_cbrt)
        .func("isqrt", m_isqrt)
        .func("exp", m_exp)
        .func("exp2", m_exp2)
        .func("expm1", m_expm1)
        .func("log", m_log)
        .func("log2", m_log2)
        .func("log10", m_log10)
        .func("log1p", m_log1p)
        .func("pow", m_pow)
        .func("sin", m_sin)
        .func("cos", m_cos)
        .func("tan", m_tan)
        .func("asin", m_asin)
        .func("acos", m_acos)
        .func("atan", m_atan)
        .func("atan2", m_atan2)
        .func("sinh", m_sinh)
        .func("cosh", m_cosh)
        .func("tanh", m_tanh)
        .func("asinh", m_asinh)
        .func("acosh", m_acosh)
        .func("atanh", m_atanh)
        .func("erf", m_erf)
        .func("erfc", m_erfc)
        .func("gamma", m_gamma)
        .func("lgamma", m_lgamma)
        .func("degrees", m_degrees)
        .func("radians", m_radians)
        .func("hypot", m_hypot)
        .func("dist", m_dist)
        .func("copysign", m_copysign)
        .func("fmod", m_fmod)
        .func("remainder", m_remainder)
        .func("modf", m_modf)
        .func("frexp", m_frexp)
        .func("ldexp", m_ldexp)
        .func("nextafter", m_nextafter)
        .func("ulp", m_ulp)
        .func("factorial", m_factorial)
        .func("gcd", m_gcd)
        .func("lcm", m_lcm)
        .func("comb", m_comb)
        .func("perm", m_perm)
        .func("isclose", m_isclose)
        .func("isfinite", m_isfinite)
        .func("isinf", m_isinf)
        .func("isnan", m_isnan)
        .func("prod", m_prod)
        .func("fsum", m_fsum)
        .build()
}

// ------------------------------------------------------------------ errors and arguments

fn domain() -> Exc {
    value_error("math domain error")
}

fn range_err() -> Exc {
    overflow("math range error")
}

/// A math error as CPython's `errno` reports it.
#[derive(Debug, PartialEq)]
enum MathErr {
    /// EDOM: ValueError("math domain error").
    Domain,
    /// ERANGE: OverflowError("math range error").
    Range,
}

impl From<MathErr> for Exc {
    fn from(e: MathErr) -> Exc {
        match e {
            MathErr::Domain => domain(),
            MathErr::Range => range_err(),
        }
    }
}

/// The single argument of a one-argument function (CPython's METH_O calling convention).
fn one<'a>(a: &Args<'a>, name: &str) -> PResult<&'a Value> {
    one_arg(a, "math", name)
}

/// The single argument of function `name` of `module` called with one (CPython's METH_O).
pub fn one_arg<'a>(a: &Args<'a>, module: &str, name: &str) -> PResult<&'a Value> {
    if !a.kw.is_empty() {
        return Err(type_error(format!(
            "{module}.{name}() takes no keyword arguments"
        )));
    }
    if a.pos.len() != 1 {
        return Err(type_error(format!(
            "{module}.{name}() takes exactly one argument ({} given)",
            a.pos.len()
        )));
    }
    Ok(&a.pos[0])
}

/// Checks a positional-only argument count (CPython's `_PyArg_CheckPositional` wording).
pub fn positional(a: &Args, name: &str, min: usize, max: usize) -> PResult<()> {
    if !a.kw.is_empty() {
        return Err(type_error(format!(
            "math.{name}() takes no keyword arguments"
        )));
    }
    let n = a.pos.len();
    let s = |k: usize| if k == 1 { "" } else { "s" };
    if min == max && n != min {
        return Err(type_error(format!(
            "{name} expected {min} argument{}, got {n}",
            s(min)
        )));
    }
    if n < min {
        return Err(type_error(format!(
            "{name} expected at least {min} argument{}, got {n}",
            s(min)
        )));
    }
    if n > max {
        return Err(type_error(format!(
            "{name} expected at most {max} argument{}, got {n}",
            s(max)
        )));
    }
    Ok(())
}

/// A float from an int, bool, float, or an object with `__float__`/`__index__` (ints convert
/// exactly or raise OverflowError; anything else is a TypeError).
pub fn to_f64(vm: &mut Vm, v: &Value) -> PResult<f64> {
    match v {
        Value::Float(f) => return Ok(f.get()),
        Value::Int(i) => return Ok(*i as f64),
        Value::Bool(b) => return Ok(b.get() as i64 as f64),
        _ => {}
    }
    if let Some(b) = v.as_bigint() {
        return ops::int_to_f64(&b);
    }
    if let Some(r) = vm.call_dunder(v, "__float__", &[])? {
        return match r {
            Value::Float(f) => Ok(f.get()),
            _ => Err(type_error(format!(
                "{}.__float__ returned non-float (type {})",
                type_name(v),
                type_name(&r)
            ))),
        };
    }
    if let Some(r) = vm.call_dunder(v, "__index__", &[])? {
        if let Some(b) = r.as_bigint() {
            return ops::int_to_f64(&b);
        }
        return Err(type_error(format!(
            "__index__ returned non-int (type {})",
            type_name(&r)
        )));
    }
    if let Some(p) = crate::objects::class::payload(v) {
        return to_f64(vm, p);
    }
    Err(type_error(format!(
        "must be real number, not {}",
        type_name(v)
    )))
}

/// An integer argument (an int, a bool, or an object with `__index__`).
fn to_int(vm: &mut Vm, v: &Value) -> PResult<BigInt> {
    if let Some(b) = v.as_bigint() {
        return Ok(b);
    }
    if let Some(r) = vm.call_dunder(v, "__index__", &[])? {
        if let Some(b) = r.as_bigint() {
            return Ok(b);
        }
        return Err(type_error(format!(
            "__index__ returned non-int (type {})",
            type_name(&r)
        )));
    }
    Err(type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        type_name(v)
    )))
}

/// The int value of an integral float (`floor`, `ceil`, `trunc` results).
fn float_to_int(x: f64) -> PResult<Value> {
    if x.is_nan() {
        return Err(value_error("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(overflow("cannot convert float infinity to integer"));
    }
    if x.abs() < 9.0e18 {
        return Ok(Value::Int(x as i64));
    }
    Ok(Value::from_bigint(ops::float_to_bigint(x)))
}

/// An int argument returned as an int (bools become plain ints).
fn int_value(v: &Value) -> Option<Value> {
    match v {
        Value::Int(_) => Some(v.clone()),
        Value::Bool(b) => Some(Value::Int(b.get() as i64)),
        _ => v.is_int().then(|| v.clone()),
    }
}

/// CPython's `math_1`: maps a NaN or infinite result of a finite argument to an exception.
fn math_1(x: f64, r: f64, can_overflow: bool) -> PResult<Value> {
    if r.is_nan() && !x.is_nan() {
        return Err(domain());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow { range_err() } else { domain() });
    }
    Ok(Value::float(r))
}

/// CPython's `math_2` for two-argument functions.
fn math_2(x: f64, y: f64, r: f64) -> PResult<Value> {
    if r.is_nan() {
        if !x.is_nan() && !y.is_nan() {
            return Err(domain());
        }
    } else if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range_err());
    }
    Ok(Value::float(r))
}

fn two_floats(vm: &mut Vm, a: &Args, name: &str) -> PResult<(f64, f64)> {
    positional(a, name, 2, 2)?;
    Ok((to_f64(vm, &a.pos[0])?, to_f64(vm, &a.pos[1])?))
}

// ------------------------------------------------------------------ simple float functions

macro_rules! func1 {
    ($fname:ident, $name:literal, $f:expr, $can_overflow:expr) => {
        fn $fname(vm: &mut Vm, a: Args) -> PResult<Value> {
            let x = to_f64(vm, one(&a, $name)?)?;
            let f: fn(f64) -> f64 = $f;
            math_1(x, f(x), $can_overflow)
        }
    };
}

func1!(m_fabs, "fabs", f64::abs, false);
func1!(m_sqrt, "sqrt", f64::sqrt, false);
func1!(m_cbrt, "cbrt", cbrt, false);
func1!(m_exp, "exp", f64::exp, true);
func1!(m_exp2, "exp2", f64::exp2, true);
func1!(m_expm1, "expm1", f64::exp_m1, true);
func1!(m_log1p, "log1p", log1p, false);
func1!(m_sin, "sin", f64::sin, false);
func1!(m_cos, "cos", f64::cos, false);
func1!(m_tan, "tan", f64::tan, false);
func1!(m_asin, "asin", f64::asin, false);
func1!(m_acos, "acos", f64::acos, false);
func1!(m_atan, "atan", f64::atan, false);
func1!(m_sinh, "sinh", f64::sinh, true);
func1!(m_cosh, "cosh", f64::cosh, true);
func1!(m_tanh, "tanh", f64::tanh, false);
func1!(m_asinh, "asinh", asinh, false);
func1!(m_acosh, "acosh", acosh, false);
func1!(m_atanh, "atanh", atanh, false);
func1!(m_erf, "erf", erf, false);
func1!(m_erfc, "erfc", erfc, false);
fn m_degrees(vm: &mut Vm, a: Args) -> PResult<Value> {
    Ok(Value::float(
        to_f64(vm, one(&a, "degrees")?)? * (180.0 / PI),
    ))
}

fn m_radians(vm: &mut Vm, a: Args) -> PResult<Value> {
    Ok(Value::float(
        to_f64(vm, one(&a, "radians")?)? * (PI / 180.0),
    ))
}

/// log1p, keeping the sign of a zero argument.
fn log1p(x: f64) -> f64 {
    if x == 0.0 {
        x
    } else {
        x.ln_1p()
    }
}

/// The high 32 bits of `x` without the sign, as fdlibm compares them.
fn high_word(x: f64) -> u32 {
    ((x.to_bits() >> 32) as u32) & 0x7fff_ffff
}

/// asinh as fdlibm (and glibc) computes it.
pub fn asinh(x: f64) -> f64 {
    const LN2: f64 = std::f64::consts::LN_2;
    let ix = high_word(x);
    if ix >= 0x7ff0_0000 {
        return x + x;
    }
    if ix < 0x3e30_0000 {
        return x;
    }
    let ax = x.abs();
    let w = if ix > 0x41b0_0000 {
        ax.ln() + LN2
    } else if ix > 0x4000_0000 {
        (2.0 * ax + 1.0 / ((ax * ax + 1.0).sqrt() + ax)).ln()
    } else {
        let t = ax * ax;
        (ax + t / (1.0 + (1.0 + t).sqrt())).ln_1p()
    };
    w.copysign(x)
}

/// acosh as fdlibm (and glibc) computes it.
fn acosh(x: f64) -> f64 {
    const LN2: f64 = std::f64::consts::LN_2;
    let bits = x.to_bits();
    let hx = (bits >> 32) as u32 as i32;
    let lx = bits as u32;
    if hx < 0x3ff0_0000 {
        f64::NAN
    } else if hx >= 0x41b0_0000 {
        if hx >= 0x7ff0_0000 {
            x + x
        } else {
            x.ln() + LN2
        }
    } else if ((hx - 0x3ff0_0000) as u32 | lx) == 0 {
        0.0
    } else if hx > 0x4000_0000 {
        let t = x * x;
        (2.0 * x - 1.0 / (x + (t - 1.0).sqrt())).ln()
    } else {
        let t = x - 1.0;
        (t + (2.0 * t + t * t).sqrt()).ln_1p()
    }
}

/// atanh as fdlibm computes it.
fn atanh(x: f64) -> f64 {
    let ax = x.abs();
    if x.is_nan() {
        return x;
    }
    if ax > 1.0 {
        return f64::NAN;
    }
    if ax == 1.0 {
        return x / 0.0;
    }
    if ax < 2f64.powi(-28) {
        return x;
    }
    let t = if ax < 0.5 {
        let t = ax + ax;
        0.5 * (t + t * ax / (1.0 - ax)).ln_1p()
    } else {
        0.5 * ((ax + ax) / (1.0 - ax)).ln_1p()
    };
    t.copysign(x)
}

// erf and erfc: fdlibm's rational approximations, evaluated in the same order as the C
// library CPython calls (glibc), so results agree to the bit.
const ERX: f64 = 0.8450629115104675;
const EFX: f64 = 0.1283791670955126;
const PP: [f64; 5] = [
    0.12837916709551256,
    -0.3250421072470015,
    -0.02848174957559851,
    -0.005770270296489442,
    -2.3763016656650163e-05,
];
const QQ: [f64; 6] = [
    0.0,
    0.39791722395915535,
    0.0650222499887673,
    0.005081306281875766,
    0.00013249473800432164,
    -3.960228278775368e-06,
];
const PA: [f64; 7] = [
    -0.0023621185607526594,
    0.41485611868374833,
    -0.3722078760357013,
    0.31834661990116175,
    -0.11089469428239668,
    0.035478304325618236,
    -0.002166375594868791,
];
const QA: [f64; 7] = [
    0.0,
    0.10642088040084423,
    0.540397917702171,
    0.07182865441419627,
    0.12617121980876164,
    0.01363708391202905,
    0.011984499846799107,
];
const RA: [f64; 8] = [
    -0.009864944034847148,
    -0.6938585727071818,
    -10.558626225323291,
    -62.375332450326006,
    -162.39666946257347,
    -184.60509290671104,
    -81.2874355063066,
    -9.814329344169145,
];
const SA: [f64; 9] = [
    0.0,
    19.651271667439257,
    137.65775414351904,
    434.56587747522923,
    645.3872717332679,
    429.00814002756783,
    108.63500554177944,
    6.570249770319282,
    -0.0604244152148581,
];
const RB: [f64; 7] = [
    -0.0098649429247001,
    -0.799283237680523,
    -17.757954917754752,
    -160.63638485582192,
    -637.5664433683896,
    -1025.0951316110772,
    -483.5191916086514,
];
const SB: [f64; 8] = [
    0.0,
    30.33806074348246,
    325.7925129965739,
    1536.729586084437,
    3199.8582195085955,
    2553.0504064331644,
    474.52854120695537,
    -22.44095244658582,
];

/// (erf(x) - x) / x for |x| < 0.84375, as P(z)/Q(z) with z = x*x.
fn erf_small_ratio(x: f64) -> f64 {
    let z = x * x;
    let z2 = z * z;
    let z4 = z2 * z2;
    let r = (PP[0] + z * PP[1]) + z2 * (PP[2] + z * PP[3]) + z4 * PP[4];
    let s = (1.0 + z * QQ[1]) + z2 * (QQ[2] + z * QQ[3]) + z4 * (QQ[4] + z * QQ[5]);
    r / s
}

/// erf(1 + s) - ERX for 0.84375 <= |x| < 1.25, s = |x| - 1.
fn erf_near_one(ax: f64) -> f64 {
    let s = ax - 1.0;
    let s2 = s * s;
    let s4 = s2 * s2;
    let s6 = s4 * s2;
    let p = (PA[0] + s * PA[1]) + s2 * (PA[2] + s * PA[3]) + s4 * (PA[4] + s * PA[5]) + s6 * PA[6];
    let q = (1.0 + s * QA[1]) + s2 * (QA[2] + s * QA[3]) + s4 * (QA[4] + s * QA[5]) + s6 * QA[6];
    p / q
}

/// erfc(ax) * ax for 1.25 <= ax < 28 (`mid` picks the [1.25, 1/0.35) approximation).
fn erfc_tail(ax: f64, mid: bool) -> f64 {
    let s = 1.0 / (ax * ax);
    let s2 = s * s;
    let s4 = s2 * s2;
    let s6 = s4 * s2;
    let (r, q) = if mid {
        let s8 = s4 * s4;
        let r = (RA[0] + s * RA[1])
            + s2 * (RA[2] + s * RA[3])
            + s4 * (RA[4] + s * RA[5])
            + s6 * (RA[6] + s * RA[7]);
        let q = (1.0 + s * SA[1])
            + s2 * (SA[2] + s * SA[3])
            + s4 * (SA[4] + s * SA[5])
            + s6 * (SA[6] + s * SA[7])
            + s8 * SA[8];
        (r, q)
    } else {
        let r =
            (RB[0] + s * RB[1]) + s2 * (RB[2] + s * RB[3]) + s4 * (RB[4] + s * RB[5]) + s6 * RB[6];
        let q = (1.0 + s * SB[1])
            + s2 * (SB[2] + s * SB[3])
            + s4 * (SB[4] + s * SB[5])
            + s6 * (SB[6] + s * SB[7]);
        (r, q)
    };
    // exp(-x*x) split so that -z*z is exact: z is x with its low 32 bits cleared
    let z = f64::from_bits(ax.to_bits() & 0xffff_ffff_0000_0000);
    (-z * z - 0.5625).exp() * ((z - ax) * (z + ax) + r / q).exp()
}

fn erf(x: f64) -> f64 {
    let hx = (x.to_bits() >> 32) as u32;
    let ix = hx & 0x7fff_ffff;
    let neg = x.is_sign_negative();
    if ix >= 0x7ff0_0000 {
        return if x.is_nan() { x } else { 1f64.copysign(x) };
    }
    if ix < 0x3feb_0000 {
        if ix < 0x3e30_0000 {
            if ix < 0x0080_0000 {
                return 0.0625 * (16.0 * x + (16.0 * EFX) * x);
            }
            return x + EFX * x;
        }
        return x + x * erf_small_ratio(x);
    }
    if ix < 0x3ff4_0000 {
        let pq = erf_near_one(x.abs());
        return if neg { -ERX - pq } else { ERX + pq };
    }
    if ix >= 0x4018_0000 {
        return if neg { 1e-300 - 1.0 } else { 1.0 - 1e-300 };
    }
    let ax = x.abs();
    let r = erfc_tail(ax, ix < 0x4006_db6e);
    if neg {
        r / ax - 1.0
    } else {
        1.0 - r / ax
    }
}

fn erfc(x: f64) -> f64 {
    let hx = (x.to_bits() >> 32) as u32;
    let ix = hx & 0x7fff_ffff;
    let neg = x.is_sign_negative();
    if ix >= 0x7ff0_0000 {
        return if x.is_nan() {
            x
        } else if neg {
            2.0
        } else {
            0.0
        };
    }
    if ix < 0x3feb_0000 {
        if ix < 0x3c70_0000 {
            return 1.0 - x;
        }
        let y = erf_small_ratio(x);
        if neg || ix < 0x3fd0_0000 {
            return 1.0 - (x + x * y);
        }
        let mut r = x * y;
        r += x - 0.5;
        return 0.5 - r;
    }
    if ix < 0x3ff4_0000 {
        let pq = erf_near_one(x.abs());
        return if neg {
            1.0 + (ERX + pq)
        } else {
            (1.0 - ERX) - pq
        };
    }
    if ix < 0x403c_0000 {
        if neg && ix >= 0x4018_0000 {
            return 2.0 - 1e-300;
        }
        let ax = x.abs();
        let r = erfc_tail(ax, ix < 0x4006_db6d);
        return if neg { 2.0 - r / ax } else { r / ax };
    }
    if neg {
        2.0 - 1e-300
    } else {
        0.0
    }
}

/// The cube root as glibc computes it (a polynomial guess and one rational refinement), so
/// results agree with CPython's to the bit.
fn cbrt(x: f64) -> f64 {
    const CBRT2: f64 = 1.2599210498948732;
    const SQR_CBRT2: f64 = 1.5874010519681996;
    let factor = [1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2];
    if x == 0.0 || !x.is_finite() {
        return x + x;
    }
    let (xm, xe) = frexp(x.abs());
    let u = 0.35489576504391984
        + (1.508191937815849
            + (-2.114994941673713
                + (2.4469312256353444
                    + (-1.8346927748361308
                        + (0.7849323449766392 - 0.14526389938548637 * xm) * xm)
                        * xm)
                    * xm)
                * xm)
            * xm;
    let t2 = u * u * u;
    let ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * factor[(2 + xe % 3) as usize];
    ldexp(if x > 0.0 { ym } else { -ym }, (xe / 3) as i64)
}

// CPython's Lanczos gamma and lgamma.
const LANCZOS_G: f64 = 6.02468004077673;
const LANCZOS_G_MINUS_HALF: f64 = 5.52468004077673;
const LANCZOS_NUM: [f64; 13] = [
    23531376880.41076,
    42919803642.6491,
    35711959237.35567,
    17921034426.03721,
    6039542586.352028,
    1439720407.3117216,
    248874557.86205417,
    31426415.585400194,
    2876370.6289353725,
    186056.26539522348,
    8071.672002365816,
    210.82427775157936,
    2.5066282746310002,
];
const LANCZOS_DEN: [f64; 13] = [
    0.0,
    39916800.0,
    120543840.0,
    150917976.0,
    105258076.0,
    45995730.0,
    13339535.0,
    2637558.0,
    357423.0,
    32670.0,
    1925.0,
    66.0,
    1.0,
];

fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

fn sinpi(x: f64) -> f64 {
    let y = x.abs() % 2.0;
    let n = (2.0 * y).round() as i32;
    let r = match n {
        0 => (PI * y).sin(),
        1 => (PI * (y - 0.5)).cos(),
        2 => (PI * (1.0 - y)).sin(),
        3 => -(PI * (y - 1.5)).cos(),
        _ => (PI * (y - 2.0)).sin(),
    };
    1f64.copysign(x) * r
}

fn tgamma(x: f64) -> Result<f64, MathErr> {
    if !x.is_finite() {
        return if x.is_nan() || x > 0.0 {
            Ok(x)
        } else {
            Err(MathErr::Domain)
        };
    }
    if x == 0.0 {
        return Err(MathErr::Domain);
    }
    if x == x.floor() {
        if x < 0.0 {
            return Err(MathErr::Domain);
        }
        if x <= 23.0 {
            let mut r = 1.0;
            for k in 2..(x as i64) {
                r *= k as f64;
            }
            return Ok(r);
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        let r = 1.0 / x;
        return if r.is_infinite() {
            Err(MathErr::Range)
        } else {
            Ok(r)
        };
    }
    if absx > 200.0 {
        return if x < 0.0 {
            Ok(0.0 / sinpi(x))
        } else {
            Err(MathErr::Range)
        };
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    let z = if absx > LANCZOS_G_MINUS_HALF {
        let q = y - absx;
        q - LANCZOS_G_MINUS_HALF
    } else {
        let q = y - LANCZOS_G_MINUS_HALF;
        q - absx
    };
    let z = z * LANCZOS_G / y;
    let mut r;
    if x < 0.0 {
        r = -PI / sinpi(absx) / absx * y.exp() / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(absx) / y.exp();
        r += z * r;
        if absx < 140.0 {
            r *= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    if r.is_infinite() {
        return Err(MathErr::Range);
    }
    Ok(r)
}

fn lgamma(x: f64) -> Result<f64, MathErr> {
    if !x.is_finite() {
        return Ok(if x.is_nan() { x } else { f64::INFINITY });
    }
    if x == x.floor() && x <= 2.0 {
        return if x <= 0.0 {
            Err(MathErr::Domain)
        } else {
            Ok(0.0)
        };
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return Ok(-absx.ln());
    }
    let mut r = lanczos_sum(absx).ln() - LANCZOS_G;
    r += (absx - 0.5) * ((absx + LANCZOS_G - 0.5).ln() - 1.0);
    if x < 0.0 {
        const LOGPI: f64 = 1.1447298858494002;
        r = LOGPI - sinpi(absx).abs().ln() - absx.ln() - r;
    }
    if r.is_infinite() {
        return Err(MathErr::Range);
    }
    Ok(r)
}

fn m_gamma(vm: &mut Vm, a: Args) -> PResult<Value> {
    let x = to_f64(vm, one(&a, "gamma")?)?;
    Ok(Value::float(tgamma(x)?))
}

fn m_lgamma(vm: &mut Vm, a: Args) -> PResult<Value> {
    let x = to_f64(vm, one(&a, "lgamma")?)?;
    Ok(Value::float(lgamma(x)?))
}

// ------------------------------------------------------------------ rounding to ints

fn m_floor(vm: &mut Vm, a: Args) -> PResult<Value> {
    let v = one(&a, "floor")?;
    if let Value::Float(f) = v {
        return float_to_int(f.get().floor());
    }
    if let Some(i) = int_value(v) {
        return Ok(i);
    }
    if let Some(r) = vm.call_dunder(v, "__floor__", &[])? {
        return Ok(r);
    }
    if let Some(p) = crate::objects::class::payload(v) {
        return m_floor(vm, Args::new(std::slice::from_ref(p)));
    }
    float_to_int(to_f64(vm, v)?.floor())
}

fn m_ceil(vm: &mut Vm, a: Args) -> PResult<Value> {
    let v = one(&a, "ceil")?;
    if let Value::Float(f) = v {
        return float_to_int(f.get().ceil());
    }
    if let Some(i) = int_value(v) {
        return Ok(i);
    }
    if let Some(r) = vm.call_dunder(v, "__ceil__", &[])? {
        return Ok(r);
    }
    if let Some(p) = crate::objects::class::payload(v) {
        return m_ceil(vm, Args::new(std::slice::from_ref(p)));
    }
    float_to_int(to_f64(vm, v)?.ceil())
}

fn m_trunc(vm: &mut Vm, a: Args) -> PResult<Value> {
    let v = one(&a, "trunc")?;
    if let Value::Float(f) = v {
        return float_to_int(f.get().trunc());
    }
    if let Some(i) = int_value(v) {
        return Ok(i);
    }
    if let Some(r) = vm.call_dunder(v, "__trunc__", &[])? {
        return Ok(r);
    }
    if let Some(p) = crate::objects::class::payload(v) {
        return m_trunc(vm, Args::new(std::slice::from_ref(p)));
    }
    Err(type_error(format!(
        "type {} doesn't define __trunc__ method",
        type_name(v)
    )))
}

// ------------------------------------------------------------------ logarithms and powers

/// `n` as `x * 2**e` with `x` in [0.5, 1), correctly rounded (CPython's `_PyLong_Frexp`).
fn bigint_frexp(n: &BigInt) -> (f64, u64) {
    let m = n.magnitude();
    let bits = m.bits();
    if bits <= 64 {
        let v = m.to_u64().unwrap_or(0) as f64;
        let (x, e) = frexp(v);
        return (x, e as u64);
    }
    let shift = bits - 64;
    let mut top = (m >> shift).to_u64().unwrap_or(0);
    if m.trailing_zeros().unwrap_or(0) < shift {
        top |= 1; // sticky bit: the rounding below stays correct
    }
    let x = top as f64 * 2f64.powi(-64);
    if x >= 1.0 {
        (0.5, bits + 1)
    } else {
        (x, bits)
    }
}

/// CPython's `loghelper`: logs of ints of any size; other arguments through `math_1`.
fn loghelper(vm: &mut Vm, v: &Value, f: fn(f64) -> f64) -> PResult<f64> {
    if let Some(n) = v.as_bigint() {
        if n.sign() != Sign::Plus {
            return Err(domain());
        }
        return Ok(match n.to_f64() {
            Some(x) if x.is_finite() => f(x),
            _ => {
                let (x, e) = bigint_frexp(&n);
                f(x) + f(2.0) * e as f64
            }
        });
    }
    let x = to_f64(vm, v)?;
    match math_1(x, log_special(x, f), false)? {
        Value::Float(r) => Ok(r.get()),
        _ => Err(domain()),
    }
}

/// CPython's `m_log` special cases around a libm logarithm.
fn log_special(x: f64, f: fn(f64) -> f64) -> f64 {
    if x.is_finite() {
        if x > 0.0 {
            f(x)
        } else if x == 0.0 {
            f64::NEG_INFINITY
        } else {
            f64::NAN
        }
    } else if x.is_nan() || x > 0.0 {
        x
    } else {
        f64::NAN
    }
}

fn m_log(vm: &mut Vm, a: Args) -> PResult<Value> {
    if !a.kw.is_empty() {
        return Err(type_error("log() takes no keyword arguments"));
    }
    if a.pos.is_empty() || a.pos.len() > 2 {
        return Err(type_error("math.log requires 1 to 2 arguments"));
    }
    let num = loghelper(vm, &a.pos[0], f64::ln)?;
    if a.pos.len() == 1 {
        return Ok(Value::float(num));
    }
    let den = loghelper(vm, &a.pos[1], f64::ln)?;
    if den == 0.0 {
        return Err(crate::runtime::exc::zero_div("float division by zero"));
    }
    Ok(Value::float(num / den))
}

fn m_log2(vm: &mut Vm, a: Args) -> PResult<Value> {
    let v = one(&a, "log2")?;
    Ok(Value::float(loghelper(vm, v, f64::log2)?))
}

fn m_log10(vm: &mut Vm, a: Args) -> PResult<Value> {
    let v = one(&a, "log10")?;
    Ok(Value::float(loghelper(vm, v, f64::log10)?))
}

/// CPython's `math.pow`: IEEE special values handled directly, errors for finite arguments.
fn pow(x: f64, y: f64) -> Result<f64, MathErr> {
    if !x.is_finite() || !y.is_finite() {
        return Ok(if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && y.abs() % 2.0 == 1.0;
            if y > 0.0 {
                if odd_y {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if (y > 0.0 && x.abs() > 1.0) || (y < 0.0 && x.abs() < 1.0) {
            f64::INFINITY
        } else {
            0.0
        });
    }
    let r = x.powf(y);
    if r.is_nan() {
        return Err(MathErr::Domain);
    }
    if r.is_infinite() {
        return Err(if x == 0.0 {
            MathErr::Domain
        } else {
            MathErr::Range
        });
    }
    Ok(r)
}

fn m_pow(vm: &mut Vm, a: Args) -> PResult<Value> {
    let (x, y) = two_floats(vm, &a, "pow")?;
    Ok(Value::float(pow(x, y)?))
}

fn m_atan2(vm: &mut Vm, a: Args) -> PResult<Value> {
    let (y, x) = two_floats(vm, &a, "atan2")?;
    math_2(y, x, y.atan2(x))
}

fn m_copysign(vm: &mut Vm, a: Args) -> PResult<Value> {
    let (x, y) = two_floats(vm, &a, "copysign")?;
    math_2(x, y, x.copysign(y))
}

fn m_fmod(vm: &mut Vm, a: Args) -> PResult<Value> {
    let (x, y) = two_floats(vm, &a, "fmod")?;
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain());
    }
    Ok(Value::float(r))
}

/// IEEE 754 remainder: `x - n*y` with `n` the integer nearest `x/y` (ties to even).
fn remainder(x: f64, y: f64) -> f64 {
    if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            return f64::NAN;
        }
        let absx = x.abs();
        let absy = y.abs();
        let m = absx % absy;
        let c = absy - m;
        let r = if m < c {
            m
        } else if m > c {
            -c
        } else {
            m - 2.0 * ((0.5 * (absx - m)) % absy)
        };
        return 1f64.copysign(x) * r;
    }
    if x.is_nan() {
        return x;
    }
    if y.is_nan() {
        return y;
    }
    if x.is_infinite() {
        return f64::NAN;
    }
    x
}

fn m_remainder(vm: &mut Vm, a: Args) -> PResult<Value> {
    let (x, y) = two_floats(vm, &a, "remainder")?;
    math_2(x, y, remainder(x, y))
}

// ------------------------------------------------------------------ float decomposition

/// `x` as `m * 2**e` with `0.5 <= |m| < 1` (zeros, infinities and NaN come back with e == 0).
pub fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let (x, adj) = if x.abs() < f64::MIN_POSITIVE {
        (x * 2f64.powi(54), -54)
    } else {
        (x, 0)
    };
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022 + adj)
}

/// `x * 2**n`, correctly rounded (musl's `scalbn`).
pub fn ldexp(x: f64, n: i64) -> f64 {
    let mut n = n.clamp(-10000, 10000) as i32;
    let mut y = x;
    if n > 1023 {
        y *= 2f64.powi(1023);
        n -= 1023;
        if n > 1023 {
            y *= 2f64.powi(1023);
            n -= 1023;
            if n > 1023 {
                n = 1023;
            }
        }
    } else if n < -1022 {
        let k = 2f64.powi(-1022) * 2f64.powi(53);
        y *= k;
        n += 1022 - 53;
        if n < -1022 {
            y *= k;
            n += 1022 - 53;
            if n < -1022 {
                n = -1022;
            }
        }
    }
    y * f64::from_bits(((0x3ff + n) as u64) << 52)
}

fn m_frexp(vm: &mut Vm, a: Args) -> PResult<Value> {
    let x = to_f64(vm, one(&a, "frexp")?)?;
    let (m, e) = frexp(x);
    Ok(Value::tuple(vec![Value::float(m), Value::Int(e as i64)]))
}

fn m_ldexp(vm: &mut Vm, a: Args) -> PResult<Value> {
    positional(&a, "ldexp", 2, 2)?;
    let x = to_f64(vm, &a.pos[0])?;
    let Some(e) = a.pos[1].as_bigint() else {
        return Err(type_error("Expected an int as second argument to ldexp."));
    };
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::float(x));
    }
    let e = e
        .to_i64()
        .unwrap_or(if e.is_negative() { i64::MIN } else { i64::MAX });
    let r = ldexp(x, e);
    if r.is_infinite() {
        return Err(range_err());
    }
    Ok(Value::float(r))
}

fn m_modf(vm: &mut Vm, a: Args) -> PResult<Value> {
    let x = to_f64(vm, one(&a, "modf")?)?;
    let (f, i) = if x.is_infinite() {
        (0f64.copysign(x), x)
    } else if x.is_nan() {
        (x, x)
    } else {
        let i = x.trunc();
        ((x - i).copysign(x), i)
    };
    Ok(Value::tuple(vec![Value::float(f), Value::float(i)]))
}

/// The next float after `x` towards `y`.
pub fn nextafter(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return x + y;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let bits = x.to_bits();
    let up = (y > x) == (x > 0.0);
    f64::from_bits(if up { bits + 1 } else { bits - 1 })
}

fn m_nextafter(vm: &mut Vm, a: Args) -> PResult<Value> {
    let (x, y) = two_floats(vm, &a, "nextafter")?;
    Ok(Value::float(nextafter(x, y)))
}

fn ulp(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    let x = x.abs();
    if x.is_infinite() {
        return x;
    }
    let x2 = nextafter(x, f64::INFINITY);
    if x2.is_infinite() {
        return x - nextafter(x, f64::NEG_INFINITY);
    }
    x2 - x
}

fn m_ulp(vm: &mut Vm, a: Args) -> PResult<Value> {
    let x = to_f64(vm, one(&a, "ulp")?)?;
    Ok(Value::float(ulp(x)))
}

// ------------------------------------------------------------------ predicates

fn m_isfinite(vm: &mut Vm, a: Args) -> PResult<Value> {
    Ok(Value::bool(to_f64(vm, one(&a, "isfinite")?)?.is_finite()))
}

fn m_isinf(vm: &mut Vm, a: Args) -> PResult<Value> {
    Ok(Value::bool(to_f64(vm, one(&a, "isinf")?)?.is_infinite()))
}

fn m_isnan(vm: &mut Vm, a: Args) -> PResult<Value> {
    Ok(Value::bool(to_f64(vm, one(&a, "isnan")?)?.is_nan()))
}

fn isclose(a: f64, b: f64, rel_tol: f64, abs_tol: f64) -> bool {
    if a == b {
        return true;
    }
    if a.is_infinite() || b.is_infinite() {
        return false;
    }
    let diff = (b - a).abs();
    diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol
}

fn m_isclose(vm: &mut Vm, a: Args) -> PResult<Value> {
    let vals = isclose_arguments(&a)?;
    let mut f = [0.0, 0.0, 1e-9, 0.0];
    for (i, v) in vals.iter().enumerate() {
        if let Some(v) = v {
            f[i] = to_f64(vm, v)?;
        }
    }
    if f[2] < 0.0 || f[3] < 0.0 {
        return Err(value_error("tolerances must be non-negative"));
    }
    Ok(Value::bool(isclose(f[0], f[1], f[2], f[3])))
}

/// The arguments of `isclose(a, b, *, rel_tol, abs_tol)`, bound to their places (`a` and `b`
/// are always there).
pub fn isclose_arguments(a: &Args) -> PResult<[Option<Value>; 4]> {
    let names = ["a", "b", "rel_tol", "abs_tol"];
    let n = a.pos.len();
    if n > 2 {
        return Err(type_error(format!(
            "isclose() takes exactly 2 positional arguments ({n} given)"
        )));
    }
    let mut vals: [Option<Value>; 4] = [None, None, None, None];
    for (slot, v) in vals.iter_mut().zip(a.pos) {
        *slot = Some(v.clone());
    }
    // as CPython's argument parser checks: places left empty first, then keywords
    // naming a place already taken, then unknown keywords
    for (i, name) in names.iter().enumerate().skip(n) {
        vals[i] = a.kw(name).cloned();
        if vals[i].is_none() && i < 2 {
            return Err(type_error(format!(
                "isclose() missing required argument '{name}' (pos {})",
                i + 1
            )));
        }
    }
    for (i, name) in names.iter().enumerate().take(n) {
        if a.kw(name).is_some() {
            return Err(type_error(format!(
                "argument for isclose() given by name ('{name}') and position ({})",
                i + 1
            )));
        }
    }
    if let Some((k, _)) =
        a.kw.iter()
            .find(|(k, _)| !names.contains(&k.as_str().unwrap_or("")))
    {
        return Err(type_error(format!(
            "'{}' is an invalid keyword argument for isclose()",
            k.as_str().unwrap_or("")
        )));
    }
    Ok(vals)
}

// ------------------------------------------------------------------ norms

/// CPython 3.11's `vector_norm`: the Euclidean norm of non-negative finite `vec` whose largest
/// element is `max`, accurate to within one ulp (almost always correctly rounded).
fn vector_norm(vec: &mut [f64], max: f64, found_nan: bool) -> f64 {
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let (_, max_e) = frexp(max);
    if max_e < -1023 {
        for x in vec.iter_mut() {
            *x /= f64::MIN_POSITIVE;
        }
        return f64::MIN_POSITIVE * vector_norm(vec, max / f64::MIN_POSITIVE, found_nan);
    }
    let scale = ldexp(1.0, -(max_e as i64));
    let mut csum = 1.0;
    let mut frac1 = 0.0;
    let mut frac2 = 0.0;
    for &x in vec.iter() {
        let x = x * scale;
        let (hi, lo) = dl_mul(x, x);
        let (shi, slo) = dl_fast_sum(csum, hi);
        csum = shi;
        frac1 += lo;
        frac2 += slo;
    }
    let mut h = (csum - 1.0 + (frac1 + frac2)).sqrt();
    let (hi, lo) = dl_mul(-h, h);
    let (shi, slo) = dl_fast_sum(csum, hi);
    csum = shi;
    frac1 += lo;
    frac2 += slo;
    let x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    h / scale
}

fn dl_fast_sum(a: f64, b: f64) -> (f64, f64) {
    let x = a + b;
    (x, (a - x) + b)
}

fn dl_mul(x: f64, y: f64) -> (f64, f64) {
    let z = x * y;
    (z, x.mul_add(y, -z))
}

fn m_hypot(vm: &mut Vm, a: Args) -> PResult<Value> {
    if !a.kw.is_empty() {
        return Err(type_error("math.hypot() takes no keyword arguments"));
    }
    let mut v = Vec::with_capacity(a.pos.len());
    let mut max = 0.0;
    let mut found_nan = false;
    for x in a.pos {
        let x = to_f64(vm, x)?.abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        v.push(x);
    }
    Ok(Value::float(vector_norm(&mut v, max, found_nan)))
}

fn m_dist(vm: &mut Vm, a: Args) -> PResult<Value> {
    positional(&a, "dist", 2, 2)?;
    let p = vm.collect(&a.pos[0])?;
    let q = vm.collect(&a.pos[1])?;
    if p.len() != q.len() {
        return Err(value_error(
            "both points must have the same number of dimensions",
        ));
    }
    let mut v = Vec::with_capacity(p.len());
    let mut max = 0.0;
    let mut found_nan = false;
    for (x, y) in p.iter().zip(&q) {
        let d = (to_f64(vm, x)? - to_f64(vm, y)?).abs();
        found_nan |= d.is_nan();
        if d > max {
            max = d;
        }
        v.push(d);
    }
    Ok(Value::float(vector_norm(&mut v, max, found_nan)))
}

// ------------------------------------------------------------------ exact sums and products

/// Shewchuk's exact summation with CPython's `fsum` rules for overflow, infinities and NaN:
/// the result is the correctly rounded sum of the inputs.
#[derive(Default)]
pub struct Fsum {
    partials: Vec<f64>,
    special: f64,
    inf_sum: f64,
}

impl Fsum {
    /// Adds one input; fails on an intermediate overflow of finite inputs.
    pub fn add(&mut self, x: f64) -> Result<(), &'static str> {
        let xsave = x;
        let mut x = x;
        let mut i = 0;
        for j in 0..self.partials.len() {
            let mut y = self.partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let yr = hi - x;
            let lo = y - yr;
            if lo != 0.0 {
                self.partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        self.partials.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                if xsave.is_finite() {
                    return Err("intermediate overflow in fsum");
                }
                if xsave.is_infinite() {
                    self.inf_sum += xsave;
                }
                self.special += xsave;
                self.partials.clear();
            } else {
                self.partials.push(x);
            }
        }
        Ok(())
    }

    /// The correctly rounded total; fails for `inf + -inf`.
    pub fn total(&self) -> Result<f64, &'static str> {
        if self.special != 0.0 {
            if self.inf_sum.is_nan() {
                return Err("-inf + inf in fsum");
            }
            return Ok(self.special);
        }
        let p = &self.partials;
        let mut n = p.len();
        let mut hi = 0.0;
        if n > 0 {
            n -= 1;
            hi = p[n];
            let mut lo = 0.0;
            while n > 0 {
                let x = hi;
                n -= 1;
                let y = p[n];
                hi = x + y;
                let yr = hi - x;
                lo = y - yr;
                if lo != 0.0 {
                    break;
                }
            }
            if n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0)) {
                let y = lo * 2.0;
                let x = hi + y;
                let yr = x - hi;
                if y == yr {
                    hi = x;
                }
            }
        }
        Ok(hi)
    }
}

fn m_fsum(vm: &mut Vm, a: Args) -> PResult<Value> {
    let v = one(&a, "fsum")?;
    let it = vm.get_iter(v)?;
    let mut s = Fsum::default();
    while let Some(x) = vm.next(&it)? {
        let x = to_f64(vm, &x)?;
        s.add(x).map_err(overflow)?;
    }
    s.total().map(Value::float).map_err(value_error)
}

fn m_prod(vm: &mut Vm, a: Args) -> PResult<Value> {
    for (k, _) in a.kw {
        let k = k.as_str().unwrap_or("");
        if k != "start" {
            return Err(type_error(format!(
                "'{k}' is an invalid keyword argument for prod()"
            )));
        }
    }
    if a.pos.len() != 1 {
        return Err(type_error(format!(
            "prod() takes exactly 1 positional argument ({} given)",
            a.pos.len()
        )));
    }
    let mut acc = a.kw("start").cloned().unwrap_or(Value::Int(1));
    let it = vm.get_iter(&a.pos[0])?;
    while let Some(x) = vm.next(&it)? {
        acc = match (&acc, &x) {
            (Value::Int(p), Value::Int(q)) if p.checked_mul(*q).is_some() => Value::Int(p * q),
            (Value::Float(p), Value::Float(q)) => Value::float(p.get() * q.get()),
            _ => ops::binary_op(vm, ops::MUL, &acc, &x)?,
        };
    }
    Ok(acc)
}

// ------------------------------------------------------------------ number theory

fn m_isqrt(vm: &mut Vm, a: Args) -> PResult<Value> {
    let n = to_int(vm, one(&a, "isqrt")?)?;
    if n.is_negative() {
        return Err(value_error("isqrt() argument must be nonnegative"));
    }
    Ok(Value::from_bigint(isqrt(&n)))
}

/// The integer square root of a non-negative int.
pub fn isqrt(n: &BigInt) -> BigInt {
    if let Some(v) = n.to_u64() {
        let mut r = (v as f64).sqrt() as u64;
        while (r as u128) * (r as u128) > v as u128 {
            r -= 1;
        }
        while ((r + 1) as u128) * ((r + 1) as u128) <= v as u128 {
            r += 1;
        }
        return BigInt::from(r);
    }
    n.sqrt()
}

/// The product of the ints in `lo..=hi` (binary splitting keeps the operands balanced).
fn range_product(lo: &BigInt, hi: &BigInt) -> BigInt {
    if lo > hi {
        return BigInt::one();
    }
    let span = hi - lo;
    if span < BigInt::from(8) {
        let mut r = lo.clone();
        let mut k = lo + 1;
        while &k <= hi {
            r *= &k;
            k += 1;
        }
        return r;
    }
    let mid: BigInt = (lo + hi) >> 1;
    range_product(lo, &mid) * range_product(&(mid + 1), hi)
}

/// n! for a non-negative n.
pub fn factorial(n: u64) -> BigInt {
    if n < 2 {
        return BigInt::one();
    }
    range_product(&BigInt::from(2), &BigInt::from(n))
}

fn m_factorial(vm: &mut Vm, a: Args) -> PResult<Value> {
    let n = to_int(vm, one(&a, "factorial")?)?;
    if n.is_negative() {
        return Err(value_error("factorial() not defined for negative values"));
    }
    let Some(n) = n.to_i64() else {
        return Err(overflow(
            "factorial() argument should not exceed 9223372036854775807",
        ));
    };
    Ok(Value::from_bigint(factorial(n as u64)))
}

fn gcd2(a: &BigInt, b: &BigInt) -> BigInt {
    if let (Some(x), Some(y)) = (a.to_i64(), b.to_i64()) {
        let (mut x, mut y) = (x.unsigned_abs(), y.unsigned_abs());
        while y != 0 {
            let t = x % y;
            x = y;
            y = t;
        }
        return BigInt::from(x);
    }
    a.gcd(b)
}

fn no_kw(a: &Args, name: &str) -> PResult<()> {
    if a.kw.is_empty() {
        Ok(())
    } else {
        Err(type_error(format!(
            "math.{name}() takes no keyword arguments"
        )))
    }
}

fn m_gcd(vm: &mut Vm, a: Args) -> PResult<Value> {
    no_kw(&a, "gcd")?;
    let mut g = BigInt::zero();
    for v in a.pos {
        let n = to_int(vm, v)?;
        g = gcd2(&g, &n);
    }
    Ok(Value::from_bigint(g))
}

fn m_lcm(vm: &mut Vm, a: Args) -> PResult<Value> {
    no_kw(&a, "lcm")?;
    let mut l = BigInt::one();
    for v in a.pos {
        let n = to_int(vm, v)?;
        if l.is_zero() || n.is_zero() {
            l = BigInt::zero();
            continue;
        }
        let g = gcd2(&l, &n);
        l = (&l / g * n).abs();
    }
    Ok(Value::from_bigint(l))
}

/// comb(n, k) for non-negative n and k.
pub fn comb(n: &BigInt, k: &BigInt) -> Result<BigInt, Exc> {
    if k > n {
        return Ok(BigInt::zero());
    }
    let nk = n - k;
    let k = if nk < *k { nk } else { k.clone() };
    let Some(ku) = k.to_u64().filter(|&v| v <= i64::MAX as u64) else {
        return Err(overflow(
            "min(n - k, k) must not exceed 9223372036854775807",
        ));
    };
    if ku == 0 {
        return Ok(BigInt::one());
    }
    Ok(range_product(&(n - &k + 1), n) / factorial(ku))
}

fn nonneg_pair(vm: &mut Vm, n: &Value, k: &Value) -> PResult<(BigInt, BigInt)> {
    let n = to_int(vm, n)?;
    let k = to_int(vm, k)?;
    if n.is_negative() {
        return Err(value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(value_error("k must be a non-negative integer"));
    }
    Ok((n, k))
}

fn m_comb(vm: &mut Vm, a: Args) -> PResult<Value> {
    positional(&a, "comb", 2, 2)?;
    let (n, k) = nonneg_pair(vm, &a.pos[0], &a.pos[1])?;
    Ok(Value::from_bigint(comb(&n, &k)?))
}

fn m_perm(vm: &mut Vm, a: Args) -> PResult<Value> {
    positional(&a, "perm", 1, 2)?;
    if a.pos.len() == 1 || matches!(a.pos[1], Value::None) {
        let n = to_int(vm, &a.pos[0])?;
        if n.is_negative() {
            return Err(value_error("n must be a non-negative integer"));
        }
        let Some(n) = n.to_i64() else {
            return Err(overflow(
                "factorial() argument should not exceed 9223372036854775807",
            ));
        };
        return Ok(Value::from_bigint(factorial(n as u64)));
    }
    let (n, k) = nonneg_pair(vm, &a.pos[0], &a.pos[1])?;
    if k > n {
        return Ok(Value::Int(0));
    }
    if k.to_i64().is_none() {
        return Err(overflow("k must not exceed 9223372036854775807"));
    }
    Ok(Value::from_bigint(range_product(&(&n - &k + 1), &n)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fsum(xs: &[f64]) -> Result<f64, &'static str> {
        let mut s = Fsum::default();
        for &x in xs {
            s.add(x)?;
        }
        s.total()
    }

    #[test]
    fn fsum_is_exact() {
        assert_eq!(fsum(&[0.1; 10]), Ok(1.0));
        assert_eq!(
            fsum(&[1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]),
            Ok(1e-100)
        );
        assert_eq!(fsum(&[1.0, 1e-16, 1e-16]), Ok(1.0000000000000002));
        assert_eq!(fsum(&[]), Ok(0.0));
        assert_eq!(fsum(&[1e308, 1e308]), Err("intermediate overflow in fsum"));
        assert_eq!(
            fsum(&[f64::INFINITY, f64::NEG_INFINITY]),
            Err("-inf + inf in fsum")
        );
        assert!(fsum(&[f64::INFINITY, f64::NAN]).unwrap().is_nan());
        assert_eq!(fsum(&[f64::INFINITY, 1.0]), Ok(f64::INFINITY));
    }

    #[test]
    fn isqrt_of_big_ints() {
        let n = BigInt::from(10).pow(30);
        assert_eq!(isqrt(&n), BigInt::from(10).pow(15));
        assert_eq!(isqrt(&(&n - 1)), BigInt::from(10).pow(15) - 1);
        assert_eq!(isqrt(&BigInt::from(17)), BigInt::from(4));
        assert_eq!(isqrt(&BigInt::from(u64::MAX)), BigInt::from(u32::MAX));
        assert_eq!(isqrt(&BigInt::zero()), BigInt::zero());
    }

    #[test]
    fn factorial_comb_perm() {
        assert_eq!(factorial(0), BigInt::one());
        assert_eq!(factorial(20), BigInt::from(2432902008176640000u64));
        assert_eq!(
            factorial(25).to_string(),
            "15511210043330985984000000".to_string()
        );
        assert_eq!(
            comb(&BigInt::from(10), &BigInt::from(3)).ok(),
            Some(BigInt::from(120))
        );
        assert_eq!(
            comb(&BigInt::from(5), &BigInt::from(7)).ok(),
            Some(BigInt::zero())
        );
        assert_eq!(
            comb(&BigInt::from(100), &BigInt::from(50))
                .ok()
                .map(|b| b.to_string()),
            Some("100891344545564193334812497256".to_string())
        );
    }

    #[test]
    fn frexp_and_ldexp_round_trip() {
        assert_eq!(frexp(8.0), (0.5, 4));
        assert_eq!(frexp(-3.0), (-0.75, 2));
        assert_eq!(frexp(5e-324), (0.5, -1073));
        assert_eq!(ldexp(0.5, 4), 8.0);
        assert_eq!(ldexp(1.5, -1074), 1e-323);
        assert_eq!(ldexp(0.75, -1074), 5e-324);
        assert_eq!(ldexp(1.0, 2000), f64::INFINITY);
        for x in [1.0, 3.7e-310, 1e308, -2.5e-5] {
            let (m, e) = frexp(x);
            assert_eq!(ldexp(m, e as i64), x);
        }
    }

    #[test]
    fn big_int_frexp_rounds() {
        let n = BigInt::one() << 2000;
        assert_eq!(bigint_frexp(&n), (0.5, 2001));
        let n: BigInt = (BigInt::one() << 2000) - 1;
        assert_eq!(bigint_frexp(&n), (0.5, 2001));
        let n: BigInt = (BigInt::from(3) << 1500) + 1;
        assert_eq!(bigint_frexp(&n), (0.75, 1502));
    }

    #[test]
    fn gamma_and_special_values() {
        assert_eq!(tgamma(5.0), Ok(24.0));
        assert_eq!(tgamma(0.0), Err(MathErr::Domain));
        assert_eq!(tgamma(200.0), Err(MathErr::Range));
        assert!((tgamma(0.5).unwrap() - PI.sqrt()).abs() < 1e-15);
        assert!((lgamma(10.0).unwrap() - 362880f64.ln()).abs() < 1e-12);
        assert_eq!(erf(1.0), 0.8427007929497149);
        assert_eq!(cbrt(-27.0), -3.0000000000000004);
        assert_eq!(cbrt(8.0), 2.0);
        assert_eq!(pow(0.0, -1.0), Err(MathErr::Domain));
        assert_eq!(pow(10.0, 400.0), Err(MathErr::Range));
        assert_eq!(pow(f64::NAN, 0.0), Ok(1.0));
        assert_eq!(remainder(7.0, 2.0), -1.0);
        assert_eq!(remainder(5.0, 2.0), 1.0);
    }

    #[test]
    fn norms_and_neighbours() {
        assert_eq!(vector_norm(&mut [3.0, 4.0], 4.0, false), 5.0);
        assert_eq!(vector_norm(&mut [1.0, 2.0, 2.0], 2.0, false), 3.0);
        assert_eq!(
            vector_norm(&mut [1e308, 1e308], 1e308, false),
            1.4142135623730951e308
        );
        assert_eq!(nextafter(1.0, 2.0), 1.0000000000000002);
        assert_eq!(nextafter(0.0, -1.0), -5e-324);
        assert_eq!(ulp(1.0), f64::EPSILON);
        assert_eq!(ulp(f64::MAX), 1.99584030953472e292);
        assert!(isclose(0.1 + 0.2, 0.3, 1e-9, 0.0));
        assert!(!isclose(1.0, 1.001, 1e-9, 0.0));
    }
}
