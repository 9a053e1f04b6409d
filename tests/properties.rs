//! Property tests: Gilt, driven only through its public embedding API, against exact models
//! written in Rust.
//!
//! Each case builds a small Gilt program that appends its results to a global list `r`
//! (an exception becomes the tuple `('!', type name, message)`), runs it in a fresh
//! `Interpreter`, reads `r` back with `get_global` and compares it, element by element, with
//! what the model says CPython 3.11 computes.
//!
//! Properties: integer arithmetic (big ints included), true division of ints and int→float
//! conversion (correct rounding), float repr and float parsing, str methods, and dict / set
//! behaviour under random operation sequences.
//!
//! Environment:
//! - `GILT_PROPTEST_CASES=N` runs N cases per property instead of the (CI-sized) defaults.
//! - `GILT_PROPTEST_CPYTHON=1` also runs every generated program under the system CPython 3.11
//!   (the one the differential test uses) and checks the model against it first: this
//!   validates the models themselves.
//!
//! Failing inputs are not persisted to files; proptest prints the minimal failing case, and
//! the message shows the program and the first result that differs.
//!
//! A Gilt bug found and not fixed at once is kept out by a `KNOWN_BUG_*` constant next to the
//! property it affects, naming its reproducer (none today).

use gilt::{Interpreter, RustValue};
use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError};
use std::fmt::Write as _;

// ---------------------------------------------------------------------------------------------
// Harness
// ---------------------------------------------------------------------------------------------

/// Cases per property: `default` (sized so the whole binary stays well under a minute in the
/// dev profile) unless `GILT_PROPTEST_CASES` says otherwise.
fn config(default: u32) -> Config {
    let cases = std::env::var("GILT_PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default);
    Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    }
}

const PRELUDE: &str = "\
r = []
def _t(f):
    try:
        return f()
    except Exception as e:
        return ('!', type(e).__name__, str(e))
";

/// Serializes `r` for the CPython cross-check (see `parse_serialized`).
const SERIALIZER: &str = r#"
import struct as _struct, sys as _sys
def _ser(v, out):
    if v is None:
        out.append('N')
    elif v is True or v is False:
        out.append('B1' if v else 'B0')
    elif type(v) is int:
        out.append('I%d;' % v)
    elif type(v) is float:
        out.append('F%d;' % _struct.unpack('<Q', _struct.pack('<d', v))[0])
    elif type(v) is str:
        out.append('S%d:' % len(v))
        out.append(v)
    elif type(v) in (list, tuple):
        out.append('%s%d:' % ('L' if type(v) is list else 'T', len(v)))
        for x in v:
            _ser(x, out)
    elif type(v) is dict:
        out.append('D%d:' % len(v))
        for k in v:
            _ser(k, out)
            _ser(v[k], out)
    else:
        s = repr(v)
        out.append('O%d:' % len(s))
        out.append(s)
_out = []
_ser(r, _out)
_sys.stdout.write(''.join(_out))
"#;

const CPYTHON: &str = "/usr/bin/python3";

fn err(type_name: &str, message: &str) -> RustValue {
    RustValue::Tuple(vec![
        RustValue::Str("!".into()),
        RustValue::Str(type_name.into()),
        RustValue::Str(message.into()),
    ])
}

fn s(v: &str) -> RustValue {
    RustValue::Str(v.to_string())
}

fn int(v: &BigInt) -> RustValue {
    match v.to_i64() {
        Some(i) => RustValue::Int(i),
        None => RustValue::BigInt(v.to_string()),
    }
}

fn float(x: f64) -> RustValue {
    RustValue::Float(x)
}

/// Equality of results; floats compare by bits (so `-0.0 != 0.0`), any NaN equals any NaN.
fn same(a: &RustValue, b: &RustValue) -> bool {
    use RustValue::*;
    match (a, b) {
        (Float(x), Float(y)) => x.to_bits() == y.to_bits() || (x.is_nan() && y.is_nan()),
        (List(x), List(y)) | (Tuple(x), Tuple(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(p, q)| same(p, q))
        }
        (Dict(x), Dict(y)) => {
            x.len() == y.len()
                && x.iter()
                    .zip(y)
                    .all(|((k1, v1), (k2, v2))| same(k1, k2) && same(v1, v2))
        }
        _ => a == b,
    }
}

fn show(v: &RustValue) -> String {
    match v {
        RustValue::Float(x) => format!("Float({x:?} = {})", py_float_repr(*x)),
        other => format!("{other:?}"),
    }
}

/// A generated program: statements, plus one expected value (and a label) per `r.append`.
#[derive(Default)]
struct Prog {
    body: String,
    labels: Vec<String>,
    expected: Vec<RustValue>,
}

impl Prog {
    /// A statement (or several lines) that records nothing.
    fn stmt(&mut self, code: &str) {
        self.body.push_str(code);
        self.body.push('\n');
    }

    /// Records the value of `expr` (evaluated inside a lambda; exceptions are recorded).
    fn check(&mut self, expr: &str, expected: RustValue) {
        let _ = writeln!(self.body, "r.append(_t(lambda: {expr}))");
        self.labels.push(expr.to_string());
        self.expected.push(expected);
    }

    /// Runs the statement `code`; records None, or the exception it raised.
    fn check_stmt(&mut self, code: &str, expected: RustValue) {
        let _ = write!(
            self.body,
            "try:\n    {code}\n    r.append(None)\nexcept Exception as e:\n    \
             r.append(('!', type(e).__name__, str(e)))\n"
        );
        self.labels.push(code.to_string());
        self.expected.push(expected);
    }

    fn source(&self) -> String {
        format!("{PRELUDE}{}", self.body)
    }

    /// Runs the program in Gilt (and, when asked, CPython) and compares with the model.
    fn verify(&self) -> Result<(), TestCaseError> {
        let src = self.source();
        // The model is checked against CPython first, so a model error is not blamed on Gilt.
        if std::env::var_os("GILT_PROPTEST_CPYTHON").is_some() {
            let py = run_cpython(&src);
            if let Some(why) = self.compare("CPython (model check)", &py) {
                return Err(TestCaseError::fail(format!(
                    "{why}\n--- program ---\n{src}"
                )));
            }
        }
        let got = run_gilt(&src)
            .map_err(|e| TestCaseError::fail(format!("{e}\n--- program ---\n{src}")))?;
        if let Some(why) = self.compare("gilt", &got) {
            return Err(TestCaseError::fail(format!(
                "{why}\n--- program ---\n{src}"
            )));
        }
        Ok(())
    }

    fn compare(&self, who: &str, got: &[RustValue]) -> Option<String> {
        for (i, want) in self.expected.iter().enumerate() {
            let Some(have) = got.get(i) else {
                return Some(format!(
                    "{who}: only {} results, expected {}",
                    got.len(),
                    self.expected.len()
                ));
            };
            if !same(have, want) {
                return Some(format!(
                    "{who}: result #{i} of `{}`\n   got: {}\n  want: {}",
                    self.labels[i],
                    show(have),
                    show(want)
                ));
            }
        }
        if got.len() != self.expected.len() {
            return Some(format!(
                "{who}: {} results, expected {}",
                got.len(),
                self.expected.len()
            ));
        }
        None
    }
}

fn run_gilt(src: &str) -> Result<Vec<RustValue>, String> {
    let interp = Interpreter::new();
    interp
        .run(src, "<prop>")
        .map_err(|e| format!("gilt raised: {e}"))?;
    match interp.get_global("r") {
        Some(RustValue::List(v)) => Ok(v),
        other => Err(format!("gilt: `r` is {other:?}")),
    }
}

fn run_cpython(src: &str) -> Vec<RustValue> {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let mut child = Command::new(CPYTHON)
        .arg("-")
        .env("PYTHONIOENCODING", "utf-8")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("GILT_PROPTEST_CPYTHON is set but CPython cannot be started");
    let program = format!("{src}{SERIALIZER}");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(program.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "CPython failed: {}\n{program}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    let chars: Vec<char> = text.chars().collect();
    let mut pos = 0;
    match parse_serialized(&chars, &mut pos) {
        RustValue::List(v) => v,
        other => panic!("CPython serialized {other:?}"),
    }
}

fn parse_serialized(c: &[char], pos: &mut usize) -> RustValue {
    fn number(c: &[char], pos: &mut usize, end: char) -> String {
        let start = *pos;
        while c[*pos] != end {
            *pos += 1;
        }
        *pos += 1;
        c[start..*pos - 1].iter().collect()
    }
    let tag = c[*pos];
    *pos += 1;
    match tag {
        'N' => RustValue::None,
        'B' => {
            *pos += 1;
            RustValue::Bool(c[*pos - 1] == '1')
        }
        'I' => {
            let n: BigInt = number(c, pos, ';').parse().unwrap();
            int(&n)
        }
        'F' => RustValue::Float(f64::from_bits(number(c, pos, ';').parse().unwrap())),
        'S' | 'O' => {
            let n: usize = number(c, pos, ':').parse().unwrap();
            let text: String = c[*pos..*pos + n].iter().collect();
            *pos += n;
            if tag == 'S' {
                RustValue::Str(text)
            } else {
                RustValue::Other(text)
            }
        }
        'L' | 'T' => {
            let n: usize = number(c, pos, ':').parse().unwrap();
            let items = (0..n).map(|_| parse_serialized(c, pos)).collect();
            if tag == 'L' {
                RustValue::List(items)
            } else {
                RustValue::Tuple(items)
            }
        }
        'D' => {
            let n: usize = number(c, pos, ':').parse().unwrap();
            RustValue::Dict(
                (0..n)
                    .map(|_| (parse_serialized(c, pos), parse_serialized(c, pos)))
                    .collect(),
            )
        }
        other => panic!("bad serialization tag {other:?}"),
    }
}

// ---------------------------------------------------------------------------------------------
// Shared models
// ---------------------------------------------------------------------------------------------

/// CPython's `repr(float)`: the shortest digits that round-trip (Rust's `{:e}` gives those),
/// positional when the decimal exponent is in [-4, 16), else `d.ddde+XX`.
fn py_float_repr(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf" } else { "-inf" }.into();
    }
    let sci = format!("{x:e}");
    let (mant, exp) = sci.split_once('e').unwrap();
    let exp: i32 = exp.parse().unwrap();
    let (neg, mant) = match mant.strip_prefix('-') {
        Some(m) => (true, m),
        None => (false, mant),
    };
    let digits: String = mant.chars().filter(|c| *c != '.').collect();
    let (digits, exp) = nearest_shortest(x.abs(), &digits, exp);
    let n = digits.len() as i32;
    let decpt = exp + 1;
    let body = if -4 < decpt && decpt <= 16 {
        if decpt <= 0 {
            format!("0.{}{digits}", "0".repeat((-decpt) as usize))
        } else if decpt >= n {
            format!("{digits}{}.0", "0".repeat((decpt - n) as usize))
        } else {
            format!(
                "{}.{}",
                &digits[..decpt as usize],
                &digits[decpt as usize..]
            )
        }
    } else {
        let rest = if n > 1 {
            format!(".{}", &digits[1..])
        } else {
            String::new()
        };
        format!("{}{rest}e{:+03}", &digits[..1], exp)
    };
    if neg {
        format!("-{body}")
    } else {
        body
    }
}

/// Rust's shortest digits need not be the ones nearest `x` when several strings of that length
/// round-trip; CPython (dtoa mode 0) takes the nearest, and on a tie the even last digit.
/// `digits` × 10^(exp + 1 - len) is Rust's answer; returns CPython's, in the same form.
fn nearest_shortest(x: f64, digits: &str, exp: i32) -> (String, i32) {
    if x == 0.0 {
        return (digits.to_string(), exp);
    }
    let n = digits.len() as i32;
    let k = exp + 1 - n; // value = C * 10^k
    let c: BigInt = digits.parse().unwrap();
    let (m, e) = float_exact(x);
    // Distances scaled by 2^max(0, -e) * 10^max(0, -k) so that everything is an integer.
    let scaled_x = (m * BigInt::from(10u32).pow((-k).max(0) as u32)) << (e.max(0) as u64);
    let dist = |cand: &BigInt| -> BigInt {
        let v = (cand * BigInt::from(10u32).pow(k.max(0) as u32)) << ((-e).max(0) as u64);
        (v - &scaled_x).abs()
    };
    let round_trips = |cand: &BigInt| format!("{cand}e{k}").parse::<f64>().ok() == Some(x);
    let mut best: BigInt = c.clone();
    for cand in [&c - 1u32, &c + 1u32] {
        if cand.is_positive() && cand.to_string().len() == digits.len() && round_trips(&cand) {
            let (d_new, d_best) = (dist(&cand), dist(&best));
            if d_new < d_best || (d_new == d_best && cand.is_even()) {
                best = cand;
            }
        }
    }
    let mut text = best.to_string();
    while text.len() > 1 && text.ends_with('0') {
        text.pop();
    }
    (text, exp)
}

/// A Gilt expression whose value is exactly `x`.
fn float_lit(x: f64) -> String {
    if x.is_nan() {
        "float('nan')".into()
    } else if x.is_infinite() {
        if x > 0.0 {
            "float('inf')"
        } else {
            "float('-inf')"
        }
        .into()
    } else {
        format!("({x:e})")
    }
}

fn int_lit(v: &BigInt) -> String {
    format!("({v})")
}

/// Correctly rounded (round-half-even) f64 of p/q for p, q > 0; None when it overflows.
fn ratio_to_f64(p: &BigUint, q: &BigUint) -> Option<f64> {
    debug_assert!(!p.is_zero() && !q.is_zero());
    let k = p.bits() as i64 - q.bits() as i64;
    // floor(log2(p/q)) is k or k - 1.
    let at_least = if k >= 0 {
        *p >= q << (k as u64)
    } else {
        p << ((-k) as u64) >= *q
    };
    let e = if at_least { k } else { k - 1 };
    // The result is m * 2**sc with m < 2**53 (52 bits below the leading one), or a subnormal.
    let mut sc = (e - 52).max(-1074);
    let (num, den) = if sc >= 0 {
        (p.clone(), q << (sc as u64))
    } else {
        (p << ((-sc) as u64), q.clone())
    };
    let (mut m, rem) = num.div_rem(&den);
    let twice: BigUint = rem << 1u32;
    if twice > den || (twice == den && m.is_odd()) {
        m += 1u32;
    }
    let mut m = m.to_u64().unwrap();
    if m == 1 << 53 {
        m = 1 << 52;
        sc += 1;
    }
    if m < 1 << 52 {
        assert_eq!(sc, -1074);
        return Some(f64::from_bits(m));
    }
    let biased = sc + 52 + 1023;
    if biased >= 2047 {
        return None;
    }
    Some(f64::from_bits(((biased as u64) << 52) | (m - (1 << 52))))
}

/// `float(n)` as CPython computes it: correctly rounded, or None for OverflowError.
fn int_to_f64(n: &BigInt) -> Option<f64> {
    if n.is_zero() {
        return Some(0.0);
    }
    let f = ratio_to_f64(n.magnitude(), &BigUint::one())?;
    Some(if n.is_negative() { -f } else { f })
}

/// The exact value of a finite float as (numerator, power of two).
fn float_exact(x: f64) -> (BigInt, i64) {
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1 << 52) - 1);
    let (m, e) = if exp == 0 {
        (frac, -1074)
    } else {
        (frac | (1 << 52), exp - 1075)
    };
    let m = BigInt::from(m);
    (if x < 0.0 { -m } else { m }, e)
}

/// Exact comparison of an int with a float (None when the float is NaN).
fn cmp_int_float(a: &BigInt, x: f64) -> Option<std::cmp::Ordering> {
    use std::cmp::Ordering;
    if x.is_nan() {
        return None;
    }
    if x.is_infinite() {
        return Some(if x > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    let (m, e) = float_exact(x);
    Some(if e >= 0 {
        a.cmp(&(m << (e as u64)))
    } else {
        (a << ((-e) as u64)).cmp(&m)
    })
}

fn pow2(k: u64) -> BigInt {
    BigInt::one() << k
}

// ---------------------------------------------------------------------------------------------
// 1. Int arithmetic
// ---------------------------------------------------------------------------------------------

/// Ints: small, around the i64 / u64 / f64 boundaries, runs of ones, and random 1..2000-bit
/// values, either sign.
fn arb_int() -> BoxedStrategy<BigInt> {
    let boundaries: Vec<BigInt> = [0u64, 1, 8, 16, 31, 32, 53, 62, 63, 64, 96, 128, 1023, 1024]
        .iter()
        .map(|&k| pow2(k))
        .chain([
            BigInt::from(10u64.pow(18)),
            BigInt::from(10u64.pow(19)),
            BigInt::zero(),
        ])
        .collect();
    prop_oneof![
        3 => (-300i64..=300).prop_map(BigInt::from),
        2 => any::<i64>().prop_map(BigInt::from),
        3 => (prop::sample::select(boundaries), -3i64..=3, any::<bool>())
            .prop_map(|(b, d, neg)| { let v = b + d; if neg { -v } else { v } }),
        5 => (1u64..=2000, prop::collection::vec(any::<u32>(), 63), any::<bool>())
            .prop_map(|(bits, mut words, neg)| {
                words[62] |= 0x8000_0000;
                let v = BigInt::from_biguint(Sign::Plus, BigUint::new(words) >> (2016 - bits));
                if neg { -v } else { v }
            }),
        1 => (0u64..=2100, -2i64..=2, any::<bool>())
            .prop_map(|(k, d, neg)| { let v = pow2(k) + d; if neg { -v } else { v } }),
        1 => (0u32..=600, -2i64..=2, any::<bool>())
            .prop_map(|(k, d, neg)| { let v = BigInt::from(10u32).pow(k) + d; if neg { -v } else { v } }),
    ]
    .boxed()
}

/// One int-arithmetic test: operands, an exponent, a shift count, and how to spell `a` as a
/// string for `int()`.
#[derive(Clone, Debug)]
struct IntCase {
    a: BigInt,
    b: BigInt,
    exp: u32,
    shift: i64,
    modexp: u32,
    spelling: (u64, u8, u8, bool),
}

fn arb_int_case() -> impl Strategy<Value = IntCase> {
    (
        arb_int(),
        arb_int(),
        0u32..=70,
        prop_oneof![4 => 0i64..=70, 4 => 0i64..=2100, 1 => -3i64..=-1],
        0u32..=3000,
        (any::<u64>(), 0u8..4, 0u8..4, any::<bool>()),
    )
        .prop_map(|(a, b, exp, shift, modexp, spelling)| IntCase {
            a,
            b,
            exp,
            shift,
            modexp,
            spelling,
        })
}

fn py_radix(v: &BigInt, radix: u32, prefix: &str) -> String {
    let sign = if v.is_negative() { "-" } else { "" };
    format!("{sign}{prefix}{}", v.magnitude().to_str_radix(radix))
}

/// `a` spelled the ways `int()` accepts: surrounding whitespace, `+`, leading zeros,
/// underscores between digits.
fn int_spelling(a: &BigInt, (mask, ws1, ws2, zeros): (u64, u8, u8, bool)) -> String {
    const WS: [&str; 4] = ["", " ", "\\t", "\\n \\x0c"];
    let digits = a.magnitude().to_string();
    let digits = if zeros { format!("00{digits}") } else { digits };
    let mut out = String::new();
    out.push_str(WS[ws1 as usize]);
    if a.is_negative() {
        out.push('-');
    } else if mask & 1 == 1 {
        out.push('+');
    }
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (mask >> (i % 61 + 1)) & 1 == 1 && (i * 7) % 3 == 0 {
            out.push('_');
        }
        out.push(ch);
    }
    out.push_str(WS[ws2 as usize]);
    out
}

fn int_case_program(p: &mut Prog, c: &IntCase) {
    let (a, b) = (&c.a, &c.b);
    p.stmt(&format!("a = {}\nb = {}", int_lit(a), int_lit(b)));
    let zero_div = |msg: &str| err("ZeroDivisionError", msg);
    p.check("a", int(a));
    p.check("b", int(b));
    p.check("a + b", int(&(a + b)));
    p.check("a - b", int(&(a - b)));
    p.check("a * b", int(&(a * b)));
    p.check("-a", int(&-a));
    p.check("abs(a)", int(&a.abs()));
    p.check("~a", int(&(-a - 1)));
    if b.is_zero() {
        p.check("a // b", zero_div("integer division or modulo by zero"));
        p.check("a % b", zero_div("integer modulo by zero"));
        p.check(
            "divmod(a, b)",
            zero_div("integer division or modulo by zero"),
        );
    } else {
        let (q, m) = a.div_mod_floor(b);
        p.check("a // b", int(&q));
        p.check("a % b", int(&m));
        p.check("divmod(a, b)", RustValue::Tuple(vec![int(&q), int(&m)]));
    }
    // The same operations on literals (in case the compiler folds constants).
    for (op, value) in [("+", Some(a + b)), ("-", Some(a - b)), ("*", Some(a * b))] {
        p.check(
            &format!("{} {op} {}", int_lit(a), int_lit(b)),
            int(&value.unwrap()),
        );
    }
    if !b.is_zero() {
        p.check(
            &format!("{} // {}", int_lit(a), int_lit(b)),
            int(&a.div_floor(b)),
        );
        p.check(
            &format!("{} % {}", int_lit(a), int_lit(b)),
            int(&a.mod_floor(b)),
        );
    }
    // Powers, kept below ~12000 bits.
    let exp = c.exp.min(12_000 / (a.bits().max(1) as u32));
    p.check(&format!("a ** {exp}"), int(&a.pow(exp)));
    if b.is_zero() {
        p.check(
            &format!("pow(a, {}, b)", c.modexp),
            err("ValueError", "pow() 3rd argument cannot be 0"),
        );
    } else {
        p.check(
            &format!("pow(a, {}, b)", c.modexp),
            int(&a.modpow(&BigInt::from(c.modexp), b)),
        );
    }
    // Shifts.
    let sh = c.shift;
    if sh < 0 {
        p.check(
            &format!("a << {sh}"),
            err("ValueError", "negative shift count"),
        );
        p.check(
            &format!("a >> {sh}"),
            err("ValueError", "negative shift count"),
        );
    } else {
        let k = sh as u64;
        p.check(&format!("a << {sh}"), int(&(a << k)));
        p.check(&format!("a >> {sh}"), int(&a.div_floor(&pow2(k))));
    }
    // Bitwise (two's complement semantics for negatives).
    p.check("a & b", int(&(a & b)));
    p.check("a | b", int(&(a | b)));
    p.check("a ^ b", int(&(a ^ b)));
    // Comparisons.
    p.check("a < b", RustValue::Bool(a < b));
    p.check("a <= b", RustValue::Bool(a <= b));
    p.check("a == b", RustValue::Bool(a == b));
    p.check("a != b", RustValue::Bool(a != b));
    p.check("a > b", RustValue::Bool(a > b));
    p.check("a >= b", RustValue::Bool(a >= b));
    p.check("a.bit_length()", RustValue::Int(a.bits() as i64));
    // Conversions to and from strings.
    p.check("str(a)", s(&a.to_string()));
    p.check("repr(b)", s(&b.to_string()));
    p.check("int(str(a)) == a", RustValue::Bool(true));
    let spelled = int_spelling(a, c.spelling);
    p.check(&format!("int('{spelled}')"), int(a));
    p.check("hex(a)", s(&py_radix(a, 16, "0x")));
    p.check("oct(a)", s(&py_radix(a, 8, "0o")));
    p.check("bin(b)", s(&py_radix(b, 2, "0b")));
    p.check("int(hex(a), 16)", int(a));
    p.check("int(oct(a), 0)", int(a));
    p.check("int(bin(b), 2)", int(b));
}

proptest! {
    #![proptest_config(config(512))]

    /// + - * // % divmod ** pow(,,) << >> & | ^ ~ abs, comparisons and int/str conversions
    /// of ints of any size, against num-bigint.
    #[test]
    fn int_arithmetic(cases in prop::collection::vec(arb_int_case(), 1..4)) {
        let mut p = Prog::default();
        for c in &cases {
            int_case_program(&mut p, c);
        }
        p.verify()?;
    }
}

proptest! {
    #![proptest_config(config(128))]

    /// int <-> decimal str conversions around CPython's 4300-digit limit.
    #[test]
    fn int_str_digit_limit(
        len in 4290usize..=4310,
        first in 1u32..=9,
        rest in prop::collection::vec(0u32..=9, 4310),
        neg in any::<bool>(),
    ) {
        let mut text = first.to_string();
        text.extend(rest[..len - 1].iter().map(|d| char::from_digit(*d, 10).unwrap()));
        let n: BigInt = text.parse().unwrap();
        let n = if neg { -n } else { n };
        let sign = if neg { "-" } else { "" };
        let mut p = Prog::default();
        // Built by arithmetic, so that only str() meets the limit.
        let chunks: Vec<&str> = text.as_bytes().chunks(100).map(|c| std::str::from_utf8(c).unwrap()).collect();
        let mut build = String::from("n = 0");
        for chunk in &chunks {
            let _ = write!(build, "\nn = n * 10**{} + {}", chunk.len(), chunk.trim_start_matches('0').parse::<BigInt>().unwrap_or_default());
        }
        if neg {
            build.push_str("\nn = -n");
        }
        p.stmt(&build);
        let to_str_error = err(
            "ValueError",
            "Exceeds the limit (4300 digits) for integer string conversion; \
             use sys.set_int_max_str_digits() to increase the limit",
        );
        p.check("n.bit_length()", RustValue::Int(n.bits() as i64));
        p.check("str(n)", if len > 4300 { to_str_error.clone() } else { s(&n.to_string()) });
        let tenth = n.div_floor(&BigInt::from(10u32));
        let tenth_digits = tenth.magnitude().to_string();
        p.check(
            "repr(n // 10)",
            if tenth_digits.len() > 4300 { to_str_error } else { s(&tenth.to_string()) },
        );
        let expected = if len > 4300 {
            err("ValueError", &format!(
                "Exceeds the limit (4300 digits) for integer string conversion: value has \
                 {len} digits; use sys.set_int_max_str_digits() to increase the limit"
            ))
        } else {
            RustValue::Bool(true)
        };
        p.check(&format!("int('{sign}{text}') == n"), expected);
        p.verify()?;
    }
}

// ---------------------------------------------------------------------------------------------
// 2. True division of ints, int -> float, int vs float
// ---------------------------------------------------------------------------------------------

/// Pairs (a, b) whose quotient is random, an exact or near rounding tie, near the overflow
/// threshold, or subnormal; each scaled by a random common factor.
fn arb_div_pair() -> BoxedStrategy<(BigInt, BigInt)> {
    let sign = |v: BigInt, neg: bool| if neg { -v } else { v };
    let factor = (0u64..=300, any::<u64>()).prop_map(|(bits, r)| {
        let f = (BigInt::from(r | 1) << bits) | BigInt::one();
        if bits == 0 {
            BigInt::one()
        } else {
            f
        }
    });
    prop_oneof![
        4 => (arb_int(), arb_int()),
        // Ties: (2m + 1) * 2**sa / 2**sb, with the numerator nudged by delta.
        4 => (any::<u64>(), 0u64..1200, 0u64..1200, -1i64..=1, factor.clone(), any::<bool>(), any::<bool>())
            .prop_map(move |(m, sa, sb, delta, f, na, nb)| {
                let m = BigInt::from(m >> 11 | 1 << 52);
                let a = (((m << 1u32) + 1u32) << sa) + delta;
                (sign(a * &f, na), sign(pow2(sb) * f, nb))
            }),
        // Around the overflow threshold 2**1024 - 2**970 (the tie between DBL_MAX and 2**1024).
        2 => (1u64..=3, -2i64..=2, factor.clone(), any::<bool>())
            .prop_map(move |(t, delta, f, na)| {
                let a = (((pow2(54) - t) << 970u32) + delta) * &f;
                (sign(a, na), f)
            }),
        // Subnormal and underflowing quotients.
        2 => (1u64..(1 << 53), 1000u64..1140, factor, any::<bool>())
            .prop_map(move |(m, k, f, na)| (sign(BigInt::from(m) * &f, na), pow2(k) * f)),
    ]
    .boxed()
}

/// Ints whose conversion to float is a tie, near a tie, or near the overflow threshold.
fn arb_float_int() -> BoxedStrategy<BigInt> {
    prop_oneof![
        2 => arb_int(),
        2 => (any::<u64>(), 0u64..1000, -1i64..=1, any::<bool>()).prop_map(|(m, k, d, neg)| {
            let m = BigInt::from(m >> 11 | 1 << 52);
            let v = (((m << 1u32) + 1u32) << k) + d;
            if neg { -v } else { v }
        }),
        1 => (1u64..=3, -2i64..=2, any::<bool>()).prop_map(|(t, d, neg)| {
            let v = ((pow2(54) - t) << 970u32) + d;
            if neg { -v } else { v }
        }),
    ]
    .boxed()
}

/// Floats to compare with an int: random bit patterns, or float(a) moved by a few ulps.
fn arb_cmp_float() -> BoxedStrategy<(u64, i64, bool)> {
    (any::<u64>(), -2i64..=2, any::<bool>()).boxed()
}

fn neighbour(x: f64, ulps: i64) -> f64 {
    if !x.is_finite() {
        return x;
    }
    let b = x.to_bits() as i64 + ulps;
    let y = f64::from_bits(b as u64);
    if y.is_nan() || (y.is_sign_negative() != x.is_sign_negative() && x != 0.0) {
        x
    } else {
        y
    }
}

fn true_div_program(p: &mut Prog, a: &BigInt, b: &BigInt) {
    p.stmt(&format!("a = {}\nb = {}", int_lit(a), int_lit(b)));
    let expected = if b.is_zero() {
        err("ZeroDivisionError", "division by zero")
    } else if a.is_zero() {
        float(if b.is_negative() { -0.0 } else { 0.0 })
    } else {
        match ratio_to_f64(a.magnitude(), b.magnitude()) {
            Some(f) => float(if a.is_negative() != b.is_negative() {
                -f
            } else {
                f
            }),
            None => err(
                "OverflowError",
                "integer division result too large for a float",
            ),
        }
    };
    p.check("a / b", expected);
}

fn float_of_int_program(p: &mut Prog, n: &BigInt, (bits, ulps, near): (u64, i64, bool)) {
    p.stmt(&format!("n = {}", int_lit(n)));
    let too_big = err("OverflowError", "int too large to convert to float");
    let nf = int_to_f64(n);
    p.check(
        "float(n)",
        match nf {
            Some(f) => float(f),
            None => too_big.clone(),
        },
    );
    // Comparisons with a float are exact in CPython (no conversion of the int).
    let x = match (near, nf) {
        (true, Some(f)) => neighbour(f, ulps),
        _ => f64::from_bits(bits),
    };
    p.stmt(&format!("x = {}", float_lit(x)));
    let ord = cmp_int_float(n, x);
    use std::cmp::Ordering::*;
    p.check("n < x", RustValue::Bool(ord == Some(Less)));
    p.check("n == x", RustValue::Bool(ord == Some(Equal)));
    p.check("x != n", RustValue::Bool(ord != Some(Equal)));
    p.check(
        "x <= n",
        RustValue::Bool(matches!(ord, Some(Greater | Equal))),
    );
    p.check("n > x", RustValue::Bool(ord == Some(Greater)));
    // Mixed arithmetic converts the int (which may overflow).
    match nf {
        Some(f) => {
            p.check("n + x", float(f + x));
            p.check("x * n", float(x * f));
        }
        None => {
            p.check("n + x", too_big.clone());
            p.check("x * n", too_big);
        }
    }
}

proptest! {
    #![proptest_config(config(1024))]

    /// `a / b` for ints of any size is the correctly rounded quotient (or OverflowError).
    #[test]
    fn int_true_division(pairs in prop::collection::vec(arb_div_pair(), 1..6)) {
        let mut p = Prog::default();
        for (a, b) in &pairs {
            true_div_program(&mut p, a, b);
            true_div_program(&mut p, b, a);
        }
        p.verify()?;
    }

    /// `float(n)` is correctly rounded (or OverflowError); int/float comparisons are exact;
    /// int + float converts the int first.
    #[test]
    fn int_to_float(cases in prop::collection::vec((arb_float_int(), arb_cmp_float()), 1..6)) {
        let mut p = Prog::default();
        for (n, x) in &cases {
            float_of_int_program(&mut p, n, *x);
        }
        p.verify()?;
    }
}

/// The case that first showed big-int true division was not correctly rounded.
#[test]
fn big_true_division_regression() {
    let i = Interpreter::new();
    i.run(
        "x = 10**500 / (4*10**499 + 7*10**497 + 3*10**494)",
        "<prop>",
    )
    .unwrap();
    assert_eq!(i.get_global("x"), Some(RustValue::Float(2.456984346552728)));
}

// ---------------------------------------------------------------------------------------------
// 3. Float repr and float parsing
// ---------------------------------------------------------------------------------------------

fn arb_float() -> BoxedStrategy<f64> {
    prop_oneof![
        4 => any::<u64>().prop_map(f64::from_bits),
        2 => (0u64..(1 << 52)).prop_map(f64::from_bits),
        1 => (0u64..64).prop_map(f64::from_bits),
        2 => any::<i64>().prop_map(|i| (i >> (i as u64 % 64)) as f64),
        // Halfway between two 17-digit decimals: CPython picks the even one.
        2 => ((1u64 << 49)..(1u64 << 53), 0u8..4, any::<bool>()).prop_map(|(i, q, neg)| {
            let v = i as f64 + f64::from(q) * 0.25;
            if neg { -v } else { v }
        }),
        2 => (any::<u32>(), -30i32..30).prop_map(|(m, e)| format!("{m}e{e}").parse().unwrap()),
        2 => (-330i32..310, -3i64..=3).prop_map(|(e, u)| neighbour(format!("1e{e}").parse().unwrap(), u)),
        1 => prop::sample::select(vec![
            0.0, -0.0, 1e16, 9999999999999998.0, 1e15, 0.0001, 0.00009999999999999999,
            f64::MAX, f64::MIN_POSITIVE, 5e-324, 0.1, 0.3, 2.5, f64::INFINITY,
            f64::NEG_INFINITY, f64::NAN,
        ]),
    ]
    .boxed()
}

/// A decimal string: (sign, integer digits, fraction digits, exponent, underscores, spaces).
type DecimalParts = (u8, String, String, Option<i32>, bool, bool);

fn arb_decimal() -> BoxedStrategy<DecimalParts> {
    (
        0u8..3,
        "[0-9]{0,25}",
        "[0-9]{0,25}",
        prop::option::of(-400i32..400),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_filter("needs a digit", |(_, i, f, _, _, _)| {
            !i.is_empty() || !f.is_empty()
        })
        .boxed()
}

/// (string for `float()`, Python literal for the same value (if one exists), model value).
fn decimal_forms((sign, ip, fp, exp, underscores, spaces): &DecimalParts) -> (String, String, f64) {
    let sign_s = ["", "-", "+"][*sign as usize];
    let mut plain = format!("{ip}.{fp}");
    if let Some(e) = exp {
        let _ = write!(plain, "e{e}");
    }
    // Underscores between two digits are allowed in float() strings and literals.
    let spelled: String = if *underscores {
        let chars: Vec<char> = plain.chars().collect();
        let mut out = String::new();
        for (i, ch) in chars.iter().enumerate() {
            out.push(*ch);
            if i % 3 == 1
                && ch.is_ascii_digit()
                && chars.get(i + 1).is_some_and(|c| c.is_ascii_digit())
            {
                out.push('_');
            }
        }
        out
    } else {
        plain.clone()
    };
    let value: f64 = format!("{sign_s}{plain}").parse().unwrap();
    let pad = if *spaces { " \\t" } else { "" };
    (
        format!("{pad}{sign_s}{spelled}{pad}"),
        format!("({sign_s}{spelled})"),
        value,
    )
}

proptest! {
    #![proptest_config(config(1024))]

    /// repr(x) is CPython's shortest round-trip repr; float(repr(x)) == x; literals parse
    /// exactly.
    #[test]
    fn float_repr_round_trips(xs in prop::collection::vec(arb_float(), 1..12)) {
        let mut p = Prog::default();
        for &x in &xs {
            p.stmt(&format!("x = {}", float_lit(x)));
            let rep = py_float_repr(x);
            p.check("x", float(x));
            p.check("repr(x)", s(&rep));
            p.check("str(x)", s(&rep));
            p.check("float(repr(x))", float(x));
            p.check("float(repr(x)) == x", RustValue::Bool(!x.is_nan()));
            p.check("repr(-x)", s(&py_float_repr(-x)));
        }
        p.verify()?;
    }

    /// float('...') and float literals are correctly rounded.
    #[test]
    fn float_parsing(ds in prop::collection::vec(arb_decimal(), 1..10)) {
        let mut p = Prog::default();
        for d in &ds {
            let (text, lit, value) = decimal_forms(d);
            p.check(&format!("float('{text}')"), float(value));
            p.check(&lit, float(value));
        }
        p.verify()?;
    }
}

// ---------------------------------------------------------------------------------------------
// 4. str methods
// ---------------------------------------------------------------------------------------------

/// Characters for random strings: letters (repeated, so searches hit), every kind of
/// whitespace `str.split()` knows, a zero-width space (not whitespace), line breaks, and
/// multi-byte characters.
const ALPHABET: &[char] = &[
    'a', 'a', 'a', 'b', 'b', 'c', 'A', 'B', 'x', ' ', ' ', ' ', '\t', '\n', '\r', '\x0b', '\x0c',
    '\x1c', '\x1f', '\u{85}', '\u{a0}', '\u{1680}', '\u{2000}', '\u{2028}', '\u{3000}', '\u{200b}',
    'é', 'ß', 'Σ', 'İ', 'ǅ', '中', '😀', '-', '+', '0', '7', ',', '.', '"', '\'', '\\',
];

fn arb_string(max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(ALPHABET), 0..=max)
        .prop_map(|v| v.into_iter().collect())
}

/// A Python string literal for `v`, with escapes of every form for control characters and
/// whitespace, raw UTF-8 for the rest.
fn py_str(v: &str) -> String {
    let mut out = String::from("'");
    for c in v.chars() {
        let u = c as u32;
        match c {
            '\'' => out.push_str("\\'"),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            _ if u < 0x20 || (0x7f..0xa0).contains(&u) => {
                let _ = write!(out, "\\x{u:02x}");
            }
            _ if u > 0x7f && c.is_whitespace() => {
                let _ = write!(out, "\\u{u:04x}");
            }
            '\u{200b}' => out.push_str("\\U0000200b"),
            _ => out.push(c),
        }
    }
    out.push('\'');
    out
}

fn is_py_space(c: char) -> bool {
    matches!(c as u32, 0x09..=0x0d | 0x1c..=0x20 | 0x85 | 0xa0 | 0x1680 | 0x2000..=0x200a
        | 0x2028 | 0x2029 | 0x202f | 0x205f | 0x3000)
}

fn is_line_break(c: char) -> bool {
    matches!(c as u32, 0x0a..=0x0d | 0x1c..=0x1e | 0x85 | 0x2028 | 0x2029)
}

fn st(v: &[char]) -> String {
    v.iter().collect()
}

fn str_list(v: Vec<String>) -> RustValue {
    RustValue::List(v.into_iter().map(RustValue::Str).collect())
}

fn find_from(h: &[char], n: &[char], from: usize, to: usize) -> Option<usize> {
    if to < n.len() || from + n.len() > to {
        return None;
    }
    (from..=to - n.len()).find(|&i| &h[i..i + n.len()] == n)
}

fn rfind_in(h: &[char], n: &[char], from: usize, to: usize) -> Option<usize> {
    if to < n.len() || from + n.len() > to {
        return None;
    }
    (from..=to - n.len())
        .rev()
        .find(|&i| &h[i..i + n.len()] == n)
}

fn split_sep(v: &[char], sep: &[char], maxsplit: i64) -> Vec<String> {
    let mut left = if maxsplit < 0 { i64::MAX } else { maxsplit };
    let mut out = Vec::new();
    let mut i = 0;
    while left > 0 {
        let Some(pos) = find_from(v, sep, i, v.len()) else {
            break;
        };
        out.push(st(&v[i..pos]));
        i = pos + sep.len();
        left -= 1;
    }
    out.push(st(&v[i..]));
    out
}

fn rsplit_sep(v: &[char], sep: &[char], maxsplit: i64) -> Vec<String> {
    let mut left = if maxsplit < 0 { i64::MAX } else { maxsplit };
    let mut out = Vec::new();
    let mut j = v.len();
    while left > 0 {
        let Some(pos) = rfind_in(v, sep, 0, j) else {
            break;
        };
        out.push(st(&v[pos + sep.len()..j]));
        j = pos;
        left -= 1;
    }
    out.push(st(&v[..j]));
    out.reverse();
    out
}

fn split_ws(v: &[char], maxsplit: i64) -> Vec<String> {
    let mut left = if maxsplit < 0 { i64::MAX } else { maxsplit };
    let n = v.len();
    let mut out = Vec::new();
    let mut i = 0;
    while left > 0 {
        left -= 1;
        while i < n && is_py_space(v[i]) {
            i += 1;
        }
        if i == n {
            break;
        }
        let j = i;
        i += 1;
        while i < n && !is_py_space(v[i]) {
            i += 1;
        }
        out.push(st(&v[j..i]));
    }
    if i < n {
        while i < n && is_py_space(v[i]) {
            i += 1;
        }
        if i != n {
            out.push(st(&v[i..]));
        }
    }
    out
}

fn rsplit_ws(v: &[char], maxsplit: i64) -> Vec<String> {
    let mut left = if maxsplit < 0 { i64::MAX } else { maxsplit };
    let mut out = Vec::new();
    let mut i = v.len() as i64 - 1;
    while left > 0 {
        left -= 1;
        while i >= 0 && is_py_space(v[i as usize]) {
            i -= 1;
        }
        if i < 0 {
            break;
        }
        let j = i;
        i -= 1;
        while i >= 0 && !is_py_space(v[i as usize]) {
            i -= 1;
        }
        out.push(st(&v[(i + 1) as usize..(j + 1) as usize]));
    }
    if i >= 0 {
        while i >= 0 && is_py_space(v[i as usize]) {
            i -= 1;
        }
        if i >= 0 {
            out.push(st(&v[..(i + 1) as usize]));
        }
    }
    out.reverse();
    out
}

fn splitlines(v: &[char], keepends: bool) -> Vec<String> {
    let mut out = Vec::new();
    let n = v.len();
    let mut i = 0;
    while i < n {
        let j = i;
        while i < n && !is_line_break(v[i]) {
            i += 1;
        }
        let mut eol = i;
        if i < n {
            if v[i] == '\r' && i + 1 < n && v[i + 1] == '\n' {
                i += 2;
            } else {
                i += 1;
            }
            if keepends {
                eol = i;
            }
        }
        out.push(st(&v[j..eol]));
    }
    out
}

fn strip(v: &[char], chars: Option<&[char]>, left: bool, right: bool) -> String {
    let strip_it = |c: char| match chars {
        None => is_py_space(c),
        Some(set) => set.contains(&c),
    };
    let mut i = 0;
    let mut j = v.len();
    if left {
        while i < j && strip_it(v[i]) {
            i += 1;
        }
    }
    if right {
        while j > i && strip_it(v[j - 1]) {
            j -= 1;
        }
    }
    st(&v[i..j])
}

/// CPython's ADJUST_INDICES for find/count/startswith's start and end arguments.
fn adjust(start: Option<i128>, end: Option<i128>, len: usize) -> (i128, i128) {
    let len = len as i128;
    let clamp = |x: i128| x.clamp(i64::MIN as i128, i64::MAX as i128);
    let mut start = clamp(start.unwrap_or(0));
    let mut end = clamp(end.unwrap_or(i64::MAX as i128));
    if end > len {
        end = len;
    } else if end < 0 {
        end = (end + len).max(0);
    }
    if start < 0 {
        start = (start + len).max(0);
    }
    (start, end)
}

fn find_model(v: &[char], sub: &[char], start: Option<i128>, end: Option<i128>, rev: bool) -> i64 {
    let (st_, en) = adjust(start, end, v.len());
    if en - st_ < sub.len() as i128 {
        return -1;
    }
    let (st_, en) = (st_ as usize, en as usize);
    let found = if rev {
        rfind_in(v, sub, st_, en)
    } else {
        find_from(v, sub, st_, en)
    };
    found.map_or(-1, |i| i as i64)
}

fn count_model(v: &[char], sub: &[char], start: Option<i128>, end: Option<i128>) -> i64 {
    let (st_, en) = adjust(start, end, v.len());
    if en - st_ < sub.len() as i128 {
        return 0;
    }
    if sub.is_empty() {
        return (en - st_ + 1) as i64;
    }
    let (mut i, en) = (st_ as usize, en as usize);
    let mut n = 0;
    while let Some(pos) = find_from(v, sub, i, en) {
        n += 1;
        i = pos + sub.len();
    }
    n
}

fn tailmatch(v: &[char], sub: &[char], start: Option<i128>, end: Option<i128>, tail: bool) -> bool {
    let (st_, en) = adjust(start, end, v.len());
    let en2 = en - sub.len() as i128;
    if en2 < st_ {
        return false;
    }
    if sub.is_empty() {
        return true;
    }
    let at = if tail { en2 as usize } else { st_ as usize };
    &v[at..at + sub.len()] == sub
}

fn replace_model(v: &[char], old: &[char], new: &[char], count: i64) -> String {
    let max = if count < 0 {
        usize::MAX
    } else {
        count as usize
    };
    if max == 0 {
        return st(v);
    }
    let mut out = String::new();
    if old.is_empty() {
        let n = max.min(v.len() + 1);
        for i in 0..n {
            out.push_str(&st(new));
            if i < v.len() {
                out.push(v[i]);
            }
        }
        if n <= v.len() {
            out.push_str(&st(&v[n..]));
        }
        return out;
    }
    let mut i = 0;
    let mut done = 0;
    while done < max {
        let Some(pos) = find_from(v, old, i, v.len()) else {
            break;
        };
        out.push_str(&st(&v[i..pos]));
        out.push_str(&st(new));
        i = pos + old.len();
        done += 1;
    }
    out.push_str(&st(&v[i..]));
    out
}

/// `v[start:stop:step]` (step != 0), with CPython's PySlice_AdjustIndices.
fn slice_model(v: &[char], start: Option<i128>, stop: Option<i128>, step: i128) -> String {
    let len = v.len() as i128;
    let clamp = |x: i128| x.clamp(i64::MIN as i128, i64::MAX as i128);
    let adj = |x: Option<i128>, dflt_pos: i128, dflt_neg: i128| -> i128 {
        let x = match x {
            None => return if step < 0 { dflt_neg } else { dflt_pos },
            Some(x) => clamp(x),
        };
        if x < 0 {
            let x = x + len;
            if x < 0 {
                if step < 0 {
                    -1
                } else {
                    0
                }
            } else {
                x
            }
        } else if x >= len {
            if step < 0 {
                len - 1
            } else {
                len
            }
        } else {
            x
        }
    };
    let start = adj(start, 0, len - 1);
    let stop = adj(stop, len, -1);
    let mut out = String::new();
    let mut i = start;
    if step > 0 {
        while i < stop {
            out.push(v[i as usize]);
            i += step;
        }
    } else {
        while i > stop {
            out.push(v[i as usize]);
            i += step;
        }
    }
    out
}

fn opt_lit(x: Option<i128>) -> String {
    x.map_or(String::new(), |v| v.to_string())
}

fn arb_index() -> impl Strategy<Value = i128> {
    prop_oneof![
        8 => -25i128..25,
        1 => prop::sample::select(vec![
            i64::MAX as i128, i64::MIN as i128, 1i128 << 62, -(1i128 << 62),
            10i128.pow(20), -(10i128.pow(20)),
        ]),
    ]
}

#[derive(Clone, Debug)]
struct StrCase {
    s: String,
    sub: String,
    sep: String,
    chars: Option<String>,
    new: String,
    count: i64,
    maxsplit: i64,
    range: (Option<i128>, Option<i128>),
    slices: Vec<(Option<i128>, Option<i128>, Option<i128>)>,
    width: i64,
    fill: String,
    parts: Vec<String>,
}

fn arb_str_case() -> impl Strategy<Value = StrCase> {
    let sub = || (arb_string(3), any::<usize>(), 0usize..4, any::<bool>());
    let slice = (
        prop::option::of(arb_index()),
        prop::option::of(arb_index()),
        prop::option::of(prop_oneof![5 => -4i128..=4, 1 => Just(10i128.pow(20))]),
    );
    (
        (
            arb_string(24),
            sub(),
            sub(),
            prop::option::of(arb_string(3)),
            arb_string(3),
        ),
        (
            -2i64..5,
            -2i64..4,
            (prop::option::of(arb_index()), prop::option::of(arb_index())),
            prop::collection::vec(slice, 1..5),
            -2i64..32,
            prop_oneof![
                4 => prop::sample::select(ALPHABET).prop_map(String::from),
                1 => arb_string(2),
            ],
            prop::collection::vec(arb_string(4), 0..5),
        ),
    )
        .prop_map(
            |((s, sub, sep, chars, new), (count, maxsplit, range, slices, width, fill, parts))| {
                // Substrings are often taken from `s` itself so that searches succeed.
                let pick = |(raw, at, len, from_s): (String, usize, usize, bool)| {
                    let v: Vec<char> = s.chars().collect();
                    if from_s && !v.is_empty() {
                        let at = at % v.len();
                        st(&v[at..(at + len).min(v.len())])
                    } else {
                        raw
                    }
                };
                StrCase {
                    sub: pick(sub),
                    sep: pick(sep),
                    s,
                    chars,
                    new,
                    count,
                    maxsplit,
                    range,
                    slices,
                    width,
                    fill,
                    parts,
                }
            },
        )
}

fn str_case_program(p: &mut Prog, c: &StrCase) {
    let v: Vec<char> = c.s.chars().collect();
    let sub: Vec<char> = c.sub.chars().collect();
    let sep: Vec<char> = c.sep.chars().collect();
    let new: Vec<char> = c.new.chars().collect();
    let empty_sep = err("ValueError", "empty separator");
    p.stmt(&format!(
        "s = {}\nsub = {}\nsep = {}\nnew = {}",
        py_str(&c.s),
        py_str(&c.sub),
        py_str(&c.sep),
        py_str(&c.new)
    ));
    p.check("s", s(&c.s));
    p.check("len(s)", RustValue::Int(v.len() as i64));
    p.check(
        "sub in s",
        RustValue::Bool(find_model(&v, &sub, None, None, false) >= 0),
    );
    // split / rsplit / splitlines
    let ms = c.maxsplit;
    p.check("s.split()", str_list(split_ws(&v, -1)));
    p.check(&format!("s.split(None, {ms})"), str_list(split_ws(&v, ms)));
    p.check("s.rsplit()", str_list(rsplit_ws(&v, -1)));
    p.check(
        &format!("s.rsplit(maxsplit={ms})"),
        str_list(rsplit_ws(&v, ms)),
    );
    if sep.is_empty() {
        p.check("s.split(sep)", empty_sep.clone());
        p.check(&format!("s.rsplit(sep, {ms})"), empty_sep.clone());
        p.check("s.partition(sep)", empty_sep.clone());
        p.check("s.rpartition(sep)", empty_sep.clone());
    } else {
        p.check("s.split(sep)", str_list(split_sep(&v, &sep, -1)));
        p.check(
            &format!("s.split(sep, {ms})"),
            str_list(split_sep(&v, &sep, ms)),
        );
        p.check("s.rsplit(sep)", str_list(rsplit_sep(&v, &sep, -1)));
        p.check(
            &format!("s.rsplit(sep, {ms})"),
            str_list(rsplit_sep(&v, &sep, ms)),
        );
        let three = |a: String, b: String, c: String| RustValue::Tuple(vec![s(&a), s(&b), s(&c)]);
        let n = sep.len();
        p.check(
            "s.partition(sep)",
            match find_from(&v, &sep, 0, v.len()) {
                Some(i) => three(st(&v[..i]), c.sep.clone(), st(&v[i + n..])),
                None => three(c.s.clone(), String::new(), String::new()),
            },
        );
        p.check(
            "s.rpartition(sep)",
            match rfind_in(&v, &sep, 0, v.len()) {
                Some(i) => three(st(&v[..i]), c.sep.clone(), st(&v[i + n..])),
                None => three(String::new(), String::new(), c.s.clone()),
            },
        );
    }
    p.check("s.splitlines()", str_list(splitlines(&v, false)));
    p.check("s.splitlines(True)", str_list(splitlines(&v, true)));
    // strip family
    p.check("s.strip()", s(&strip(&v, None, true, true)));
    p.check("s.lstrip()", s(&strip(&v, None, true, false)));
    p.check("s.rstrip()", s(&strip(&v, None, false, true)));
    let chars: Option<Vec<char>> = c.chars.as_ref().map(|x| x.chars().collect());
    let chars_lit = c.chars.as_ref().map_or("None".to_string(), |x| py_str(x));
    p.check(
        &format!("s.strip({chars_lit})"),
        s(&strip(&v, chars.as_deref(), true, true)),
    );
    p.check(
        &format!("s.lstrip({chars_lit})"),
        s(&strip(&v, chars.as_deref(), true, false)),
    );
    p.check(
        &format!("s.rstrip({chars_lit})"),
        s(&strip(&v, chars.as_deref(), false, true)),
    );
    // searching
    let (a, b) = c.range;
    let args = format!(
        "{}, {}",
        a.map_or("None".into(), |x| x.to_string()),
        b.map_or("None".into(), |x| x.to_string())
    );
    let not_found = err("ValueError", "substring not found");
    p.check(
        "s.find(sub)",
        RustValue::Int(find_model(&v, &sub, None, None, false)),
    );
    p.check(
        "s.rfind(sub)",
        RustValue::Int(find_model(&v, &sub, None, None, true)),
    );
    p.check(
        "s.count(sub)",
        RustValue::Int(count_model(&v, &sub, None, None)),
    );
    p.check(
        "s.startswith(sub)",
        RustValue::Bool(tailmatch(&v, &sub, None, None, false)),
    );
    p.check(
        "s.endswith(sub)",
        RustValue::Bool(tailmatch(&v, &sub, None, None, true)),
    );
    p.check(
        &format!("s.find(sub, {args})"),
        RustValue::Int(find_model(&v, &sub, a, b, false)),
    );
    p.check(
        &format!("s.rfind(sub, {args})"),
        RustValue::Int(find_model(&v, &sub, a, b, true)),
    );
    for (method, rev) in [("index", false), ("rindex", true)] {
        let i = find_model(&v, &sub, a, b, rev);
        p.check(
            &format!("s.{method}(sub, {args})"),
            if i < 0 {
                not_found.clone()
            } else {
                RustValue::Int(i)
            },
        );
    }
    p.check(
        &format!("s.count(sub, {args})"),
        RustValue::Int(count_model(&v, &sub, a, b)),
    );
    p.check(
        &format!("s.startswith(sub, {args})"),
        RustValue::Bool(tailmatch(&v, &sub, a, b, false)),
    );
    p.check(
        &format!("s.endswith(sub, {args})"),
        RustValue::Bool(tailmatch(&v, &sub, a, b, true)),
    );
    p.check(
        "s.startswith((sep, sub))",
        RustValue::Bool(
            tailmatch(&v, &sep, None, None, false) || tailmatch(&v, &sub, None, None, false),
        ),
    );
    // replace
    p.check("s.replace(sub, new)", s(&replace_model(&v, &sub, &new, -1)));
    p.check(
        &format!("s.replace(sub, new, {})", c.count),
        s(&replace_model(&v, &sub, &new, c.count)),
    );
    // case
    p.check("s.upper()", s(&c.s.to_uppercase()));
    p.check("s.lower()", s(&c.s.to_lowercase()));
    p.check(
        "s.isspace()",
        RustValue::Bool(!v.is_empty() && v.iter().all(|&ch| is_py_space(ch))),
    );
    // join
    let parts_lit: Vec<String> = c.parts.iter().map(|x| py_str(x)).collect();
    p.check(
        &format!("sep.join([{}])", parts_lit.join(", ")),
        s(&c.parts.join(&c.sep)),
    );
    p.check(
        "sep.join([s, 1])",
        err(
            "TypeError",
            "sequence item 1: expected str instance, int found",
        ),
    );
    // slicing and indexing
    for &(start, stop, step) in &c.slices {
        let expr = format!("s[{}:{}:{}]", opt_lit(start), opt_lit(stop), opt_lit(step));
        let expected = match step {
            Some(0) => err("ValueError", "slice step cannot be zero"),
            _ => s(&slice_model(
                &v,
                start,
                stop,
                step.unwrap_or(1)
                    .clamp(i64::MIN as i128 + 1, i64::MAX as i128),
            )),
        };
        p.check(&expr, expected);
        if let Some(i) = start {
            let len = v.len() as i128;
            let at = if i < 0 { i + len } else { i };
            let expected = if (0..len).contains(&at) {
                s(&v[at as usize].to_string())
            } else if i > i64::MAX as i128 || i < i64::MIN as i128 {
                err("IndexError", "cannot fit 'int' into an index-sized integer")
            } else {
                err("IndexError", "string index out of range")
            };
            p.check(&format!("s[{i}]"), expected);
        }
    }
    // padding
    let w = c.width;
    let len = v.len() as i64;
    let zfilled = if len >= w {
        c.s.clone()
    } else {
        let zeros = "0".repeat((w - len) as usize);
        match v.first() {
            Some(&ch @ ('+' | '-')) => format!("{ch}{zeros}{}", st(&v[1..])),
            _ => format!("{zeros}{}", c.s),
        }
    };
    p.check(&format!("s.zfill({w})"), s(&zfilled));
    let fill: Vec<char> = c.fill.chars().collect();
    let fill_lit = py_str(&c.fill);
    // (center, ljust, rjust) padded with `f`.
    let justify = |f: char| -> (String, String, String) {
        if len >= w {
            return (c.s.clone(), c.s.clone(), c.s.clone());
        }
        let pad = |k: i64| f.to_string().repeat(k as usize);
        let marg = w - len;
        let left = marg / 2 + (marg & w & 1);
        (
            format!("{}{}{}", pad(left), c.s, pad(marg - left)),
            format!("{}{}", c.s, pad(marg)),
            format!("{}{}", pad(marg), c.s),
        )
    };
    let (center, ljust, rjust) = if fill.len() == 1 {
        let (a, b, c) = justify(fill[0]);
        (s(&a), s(&b), s(&c))
    } else {
        let bad = err(
            "TypeError",
            "The fill character must be exactly one character long",
        );
        (bad.clone(), bad.clone(), bad)
    };
    p.check(&format!("s.center({w}, {fill_lit})"), center);
    p.check(&format!("s.ljust({w}, {fill_lit})"), ljust);
    p.check(&format!("s.rjust({w}, {fill_lit})"), rjust);
    let (center, ljust, rjust) = justify(' ');
    p.check(&format!("s.center({w})"), s(&center));
    p.check(&format!("s.ljust({w})"), s(&ljust));
    p.check(&format!("s.rjust({w})"), s(&rjust));
}

proptest! {
    #![proptest_config(config(512))]

    /// split/rsplit/splitlines/partition, strip family, find/index/count, startswith/endswith,
    /// replace, upper/lower, join, slicing and indexing, zfill/center/ljust/rjust.
    #[test]
    fn str_methods(cases in prop::collection::vec(arb_str_case(), 1..3)) {
        let mut p = Prog::default();
        for c in &cases {
            str_case_program(&mut p, c);
        }
        p.verify()?;
    }
}

// ---------------------------------------------------------------------------------------------
// 5. dict and set
// ---------------------------------------------------------------------------------------------

/// A hashable key. Ints, bools and floats of equal value are the same key (1 == True == 1.0).
#[derive(Clone, Debug)]
enum Key {
    Int(i64),
    Bool(bool),
    Float(f64),
    Str(String),
    Tuple(Vec<Key>),
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Canon {
    /// Twice the numeric value (every float key is a multiple of 0.5).
    Num(i64),
    Str(String),
    Tuple(Vec<Canon>),
}

impl Key {
    fn canon(&self) -> Canon {
        match self {
            Key::Int(i) => Canon::Num(i * 2),
            Key::Bool(b) => Canon::Num(*b as i64 * 2),
            Key::Float(f) => Canon::Num((f * 2.0) as i64),
            Key::Str(v) => Canon::Str(v.clone()),
            Key::Tuple(v) => Canon::Tuple(v.iter().map(Key::canon).collect()),
        }
    }

    fn repr(&self) -> String {
        match self {
            Key::Int(i) => i.to_string(),
            Key::Bool(b) => if *b { "True" } else { "False" }.into(),
            Key::Float(f) => py_float_repr(*f),
            Key::Str(v) => format!("'{v}'"),
            Key::Tuple(v) => {
                let items: Vec<String> = v.iter().map(Key::repr).collect();
                if items.len() == 1 {
                    format!("({},)", items[0])
                } else {
                    format!("({})", items.join(", "))
                }
            }
        }
    }

    fn value(&self) -> RustValue {
        match self {
            Key::Int(i) => RustValue::Int(*i),
            Key::Bool(b) => RustValue::Bool(*b),
            Key::Float(f) => RustValue::Float(*f),
            Key::Str(v) => RustValue::Str(v.clone()),
            Key::Tuple(v) => RustValue::Tuple(v.iter().map(Key::value).collect()),
        }
    }
}

fn arb_scalar_key() -> BoxedStrategy<Key> {
    prop_oneof![
        6 => (-3i64..14).prop_map(Key::Int),
        2 => any::<bool>().prop_map(Key::Bool),
        2 => prop::sample::select(vec![0.0, -0.0, 1.0, 2.0, 0.5, 2.5, 3.0, -1.0]).prop_map(Key::Float),
        4 => prop::sample::select(vec!["a", "b", "c", "ab", "", "key", "x_1", "Z"])
            .prop_map(|v| Key::Str(v.into())),
    ]
    .boxed()
}

fn arb_key() -> BoxedStrategy<Key> {
    prop_oneof![
        8 => arb_scalar_key(),
        1 => prop::collection::vec(arb_scalar_key(), 0..3).prop_map(Key::Tuple),
        1 => prop::collection::vec(
            prop_oneof![arb_scalar_key(), prop::collection::vec(arb_scalar_key(), 1..3).prop_map(Key::Tuple)],
            1..3,
        ).prop_map(Key::Tuple),
    ]
    .boxed()
}

#[derive(Clone, Debug)]
enum DictOp {
    Set(Key),
    Del(Key),
    Pop(Key),
    PopDefault(Key),
    PopItem,
    Get(Key),
    GetItem(Key),
    Contains(Key),
    Update(Vec<Key>, bool),
    SetDefault(Key),
    Clear,
    Len,
    Items,
    Repr,
    Copy,
    Fill(i64, i64),
    Drain(i64, i64, i64),
}

fn arb_dict_op() -> BoxedStrategy<DictOp> {
    prop_oneof![
        12 => arb_key().prop_map(DictOp::Set),
        4 => arb_key().prop_map(DictOp::Del),
        3 => arb_key().prop_map(DictOp::Pop),
        2 => arb_key().prop_map(DictOp::PopDefault),
        2 => Just(DictOp::PopItem),
        3 => arb_key().prop_map(DictOp::Get),
        2 => arb_key().prop_map(DictOp::GetItem),
        3 => arb_key().prop_map(DictOp::Contains),
        2 => (prop::collection::vec(arb_key(), 0..5), any::<bool>())
            .prop_map(|(k, lit)| DictOp::Update(k, lit)),
        2 => arb_key().prop_map(DictOp::SetDefault),
        1 => Just(DictOp::Clear),
        1 => Just(DictOp::Len),
        2 => Just(DictOp::Items),
        1 => Just(DictOp::Repr),
        1 => Just(DictOp::Copy),
        1 => (-5i64..60, 1i64..80).prop_map(|(lo, n)| DictOp::Fill(lo, n)),
        1 => (-5i64..60, 1i64..80, 1i64..4).prop_map(|(lo, n, st)| DictOp::Drain(lo, n, st)),
    ]
    .boxed()
}

/// An insertion-ordered map with Python's key equality.
#[derive(Default)]
struct OrderedModel {
    items: Vec<(Key, i64)>,
}

impl OrderedModel {
    fn find(&self, k: &Key) -> Option<usize> {
        let c = k.canon();
        self.items.iter().position(|(x, _)| x.canon() == c)
    }
    fn set(&mut self, k: &Key, v: i64) {
        match self.find(k) {
            Some(i) => self.items[i].1 = v,
            None => self.items.push((k.clone(), v)),
        }
    }
    fn remove(&mut self, k: &Key) -> Option<(Key, i64)> {
        self.find(k).map(|i| self.items.remove(i))
    }
    fn get(&self, k: &Key) -> Option<i64> {
        self.find(k).map(|i| self.items[i].1)
    }
    fn items_value(&self) -> RustValue {
        RustValue::List(
            self.items
                .iter()
                .map(|(k, v)| RustValue::Tuple(vec![k.value(), RustValue::Int(*v)]))
                .collect(),
        )
    }
    fn repr(&self) -> String {
        let parts: Vec<String> = self
            .items
            .iter()
            .map(|(k, v)| format!("{}: {v}", k.repr()))
            .collect();
        format!("{{{}}}", parts.join(", "))
    }
}

fn key_error(k: &Key) -> RustValue {
    err("KeyError", &k.repr())
}

fn dict_program(ops: &[DictOp]) -> Prog {
    let mut p = Prog::default();
    let mut m = OrderedModel::default();
    p.stmt("d = {}");
    for (n, op) in ops.iter().enumerate() {
        let v = n as i64 + 100;
        match op {
            DictOp::Set(k) => {
                p.stmt(&format!("d[{}] = {v}", k.repr()));
                m.set(k, v);
            }
            DictOp::Del(k) => {
                let want = match m.remove(k) {
                    Some(_) => RustValue::None,
                    None => key_error(k),
                };
                p.check_stmt(&format!("del d[{}]", k.repr()), want);
            }
            DictOp::Pop(k) => {
                let want = match m.remove(k) {
                    Some((_, x)) => RustValue::Int(x),
                    None => key_error(k),
                };
                p.check(&format!("d.pop({})", k.repr()), want);
            }
            DictOp::PopDefault(k) => {
                let want = m
                    .remove(k)
                    .map_or(RustValue::Int(-1), |(_, x)| RustValue::Int(x));
                p.check(&format!("d.pop({}, -1)", k.repr()), want);
            }
            DictOp::PopItem => {
                let want = match m.items.pop() {
                    Some((k, x)) => RustValue::Tuple(vec![k.value(), RustValue::Int(x)]),
                    None => err("KeyError", "'popitem(): dictionary is empty'"),
                };
                p.check("d.popitem()", want);
            }
            DictOp::Get(k) => {
                let want = m.get(k).map_or(RustValue::None, RustValue::Int);
                p.check(&format!("d.get({})", k.repr()), want);
            }
            DictOp::GetItem(k) => {
                let want = m.get(k).map_or_else(|| key_error(k), RustValue::Int);
                p.check(&format!("d[{}]", k.repr()), want);
            }
            DictOp::Contains(k) => {
                p.check(
                    &format!("{} in d", k.repr()),
                    RustValue::Bool(m.find(k).is_some()),
                );
            }
            DictOp::Update(keys, literal) => {
                let pairs: Vec<(String, i64)> = keys
                    .iter()
                    .enumerate()
                    .map(|(i, k)| (k.repr(), v * 10 + i as i64))
                    .collect();
                let code = if *literal {
                    let items: Vec<String> =
                        pairs.iter().map(|(k, x)| format!("{k}: {x}")).collect();
                    format!("d.update({{{}}})", items.join(", "))
                } else {
                    let items: Vec<String> =
                        pairs.iter().map(|(k, x)| format!("({k}, {x})")).collect();
                    format!("d.update([{}])", items.join(", "))
                };
                p.stmt(&code);
                for (i, k) in keys.iter().enumerate() {
                    m.set(k, v * 10 + i as i64);
                }
            }
            DictOp::SetDefault(k) => {
                let want = match m.get(k) {
                    Some(x) => x,
                    None => {
                        m.set(k, v);
                        v
                    }
                };
                p.check(
                    &format!("d.setdefault({}, {v})", k.repr()),
                    RustValue::Int(want),
                );
            }
            DictOp::Clear => {
                p.stmt("d.clear()");
                m.items.clear();
            }
            DictOp::Len => p.check("len(d)", RustValue::Int(m.items.len() as i64)),
            DictOp::Items => p.check("list(d.items())", m.items_value()),
            DictOp::Repr => p.check("repr(d)", s(&m.repr())),
            DictOp::Copy => p.stmt("d = d.copy() if len(d) % 2 else dict(d)"),
            DictOp::Fill(lo, n) => {
                p.stmt(&format!(
                    "for _i in range({lo}, {}):\n    d[_i] = _i",
                    lo + n
                ));
                for i in *lo..lo + n {
                    m.set(&Key::Int(i), i);
                }
            }
            DictOp::Drain(lo, n, step) => {
                p.stmt(&format!(
                    "for _i in range({lo}, {}, {step}):\n    d.pop(_i, None)",
                    lo + n
                ));
                for i in (*lo..lo + n).step_by(*step as usize) {
                    m.remove(&Key::Int(i));
                }
            }
        }
    }
    p.check("list(d.items())", m.items_value());
    p.check(
        "list(d)",
        RustValue::List(m.items.iter().map(|(k, _)| k.value()).collect()),
    );
    p.check(
        "list(d.values())",
        RustValue::List(m.items.iter().map(|(_, x)| RustValue::Int(*x)).collect()),
    );
    p.check("len(d)", RustValue::Int(m.items.len() as i64));
    // Every key that was ever used is looked up again after all the deletions.
    let mut probes: Vec<Key> = (-6..142).map(Key::Int).collect();
    for op in ops {
        if let DictOp::Set(k) | DictOp::Del(k) | DictOp::Get(k) | DictOp::SetDefault(k) = op {
            probes.push(k.clone());
        }
    }
    let lits: Vec<String> = probes.iter().map(Key::repr).collect();
    p.check(
        &format!("[d.get(k, -1) for k in [{}]]", lits.join(", ")),
        RustValue::List(
            probes
                .iter()
                .map(|k| RustValue::Int(m.get(k).unwrap_or(-1)))
                .collect(),
        ),
    );
    p
}

#[derive(Clone, Debug)]
enum SetOp {
    Add(Key),
    Discard(Key),
    Remove(Key),
    Contains(Key),
    Len,
    Snapshot,
    /// `s OP {..}`, either shown or assigned back to `s`.
    Binary(char, Vec<Key>, bool),
    InPlace(char, Vec<Key>),
    Compare(Vec<Key>),
    Clear,
    Fill(i64, i64),
    Drain(i64, i64),
}

fn arb_set_op() -> BoxedStrategy<SetOp> {
    let op = prop::sample::select(vec!['|', '&', '-', '^']);
    let other = prop::collection::vec(arb_key(), 0..8);
    prop_oneof![
        10 => arb_key().prop_map(SetOp::Add),
        3 => arb_key().prop_map(SetOp::Discard),
        3 => arb_key().prop_map(SetOp::Remove),
        3 => arb_key().prop_map(SetOp::Contains),
        1 => Just(SetOp::Len),
        2 => Just(SetOp::Snapshot),
        3 => (op.clone(), other.clone(), any::<bool>()).prop_map(|(o, k, a)| SetOp::Binary(o, k, a)),
        2 => (op, other.clone()).prop_map(|(o, k)| SetOp::InPlace(o, k)),
        1 => other.prop_map(SetOp::Compare),
        1 => Just(SetOp::Clear),
        1 => (-5i64..60, 1i64..80).prop_map(|(lo, n)| SetOp::Fill(lo, n)),
        1 => (-5i64..60, 1i64..80).prop_map(|(lo, n)| SetOp::Drain(lo, n)),
    ]
    .boxed()
}

/// A set model: which representative of equal elements is kept matters (`{1} | {True}` is
/// `{1}`), order does not (results are sorted reprs).
#[derive(Clone, Default)]
struct SetModel {
    items: Vec<Key>,
}

impl SetModel {
    fn from_keys(keys: &[Key]) -> SetModel {
        let mut m = SetModel::default();
        for k in keys {
            m.add(k);
        }
        m
    }
    fn contains(&self, k: &Key) -> bool {
        let c = k.canon();
        self.items.iter().any(|x| x.canon() == c)
    }
    fn add(&mut self, k: &Key) {
        if !self.contains(k) {
            self.items.push(k.clone());
        }
    }
    fn remove(&mut self, k: &Key) -> bool {
        let c = k.canon();
        let before = self.items.len();
        self.items.retain(|x| x.canon() != c);
        before != self.items.len()
    }
    fn binary(&self, op: char, other: &SetModel) -> SetModel {
        match op {
            '|' => {
                let mut r = self.clone();
                for k in &other.items {
                    r.add(k);
                }
                r
            }
            // CPython iterates the smaller set (the right one on a tie) and keeps its elements.
            '&' => {
                let (small, big) = if other.items.len() > self.items.len() {
                    (self, other)
                } else {
                    (other, self)
                };
                SetModel {
                    items: small
                        .items
                        .iter()
                        .filter(|k| big.contains(k))
                        .cloned()
                        .collect(),
                }
            }
            '-' => SetModel {
                items: self
                    .items
                    .iter()
                    .filter(|k| !other.contains(k))
                    .cloned()
                    .collect(),
            },
            '^' => {
                let mut r = SetModel {
                    items: self
                        .items
                        .iter()
                        .filter(|k| !other.contains(k))
                        .cloned()
                        .collect(),
                };
                for k in &other.items {
                    if !self.contains(k) {
                        r.items.push(k.clone());
                    }
                }
                r
            }
            _ => unreachable!(),
        }
    }
    fn snapshot(&self) -> RustValue {
        let mut reprs: Vec<String> = self.items.iter().map(Key::repr).collect();
        reprs.sort();
        str_list(reprs)
    }
}

fn set_lit(keys: &[Key]) -> String {
    if keys.is_empty() {
        "set()".into()
    } else {
        let items: Vec<String> = keys.iter().map(Key::repr).collect();
        format!("{{{}}}", items.join(", "))
    }
}

const SNAP: &str = "sorted([repr(x) for x in s])";

fn set_program(ops: &[SetOp]) -> Prog {
    let mut p = Prog::default();
    let mut m = SetModel::default();
    p.stmt("s = set()");
    for op in ops {
        match op {
            SetOp::Add(k) => {
                p.stmt(&format!("s.add({})", k.repr()));
                m.add(k);
            }
            SetOp::Discard(k) => {
                p.stmt(&format!("s.discard({})", k.repr()));
                m.remove(k);
            }
            SetOp::Remove(k) => {
                let want = if m.remove(k) {
                    RustValue::None
                } else {
                    key_error(k)
                };
                p.check(&format!("s.remove({})", k.repr()), want);
            }
            SetOp::Contains(k) => {
                p.check(
                    &format!("{} in s", k.repr()),
                    RustValue::Bool(m.contains(k)),
                );
            }
            SetOp::Len => p.check("len(s)", RustValue::Int(m.items.len() as i64)),
            SetOp::Snapshot => p.check(SNAP, m.snapshot()),
            SetOp::Binary(op, keys, assign) => {
                let result = m.binary(*op, &SetModel::from_keys(keys));
                let expr = format!("s {op} {}", set_lit(keys));
                if *assign {
                    p.stmt(&format!("s = {expr}"));
                    m = result;
                } else {
                    p.check(
                        &format!("sorted([repr(x) for x in {expr}])"),
                        result.snapshot(),
                    );
                }
            }
            SetOp::InPlace(op, keys) => {
                p.stmt(&format!("s {op}= {}", set_lit(keys)));
                m = m.binary(*op, &SetModel::from_keys(keys));
            }
            SetOp::Compare(keys) => {
                let t = SetModel::from_keys(keys);
                let sub = m.items.iter().all(|k| t.contains(k));
                let sup = t.items.iter().all(|k| m.contains(k));
                let lit = set_lit(keys);
                p.check(&format!("s <= {lit}"), RustValue::Bool(sub));
                p.check(&format!("s == {lit}"), RustValue::Bool(sub && sup));
                p.check(
                    &format!("s.isdisjoint({lit})"),
                    RustValue::Bool(!m.items.iter().any(|k| t.contains(k))),
                );
            }
            SetOp::Clear => {
                p.stmt("s.clear()");
                m.items.clear();
            }
            SetOp::Fill(lo, n) => {
                p.stmt(&format!(
                    "for _i in range({lo}, {}):\n    s.add(_i)",
                    lo + n
                ));
                for i in *lo..lo + n {
                    m.add(&Key::Int(i));
                }
            }
            SetOp::Drain(lo, n) => {
                p.stmt(&format!(
                    "for _i in range({lo}, {}):\n    s.discard(_i)",
                    lo + n
                ));
                for i in *lo..lo + n {
                    m.remove(&Key::Int(i));
                }
            }
        }
    }
    p.check(SNAP, m.snapshot());
    p.check("len(s)", RustValue::Int(m.items.len() as i64));
    let probes: Vec<Key> = (-6..142).map(Key::Int).collect();
    let lits: Vec<String> = probes.iter().map(Key::repr).collect();
    p.check(
        &format!("[k in s for k in [{}]]", lits.join(", ")),
        RustValue::List(
            probes
                .iter()
                .map(|k| RustValue::Bool(m.contains(k)))
                .collect(),
        ),
    );
    p
}

proptest! {
    #![proptest_config(config(512))]

    /// dict: contents, insertion order, values and errors after random operation sequences
    /// with keys that compare equal across types (1 == True == 1.0).
    #[test]
    fn dict_operations(ops in prop::collection::vec(arb_dict_op(), 0..120)) {
        dict_program(&ops).verify()?;
    }

    /// set: contents (including which of equal elements is kept), membership, errors and the
    /// set operators after random operation sequences.
    #[test]
    fn set_operations(ops in prop::collection::vec(arb_set_op(), 0..120)) {
        set_program(&ops).verify()?;
    }
}

// ---------------------------------------------------------------------------------------------
// Checks of the models themselves (no Gilt involved)
// ---------------------------------------------------------------------------------------------

#[test]
fn models_agree_with_known_cpython_values() {
    assert_eq!(py_float_repr(1e16), "1e+16");
    assert_eq!(py_float_repr(1e15), "1000000000000000.0");
    assert_eq!(py_float_repr(0.0001), "0.0001");
    assert_eq!(py_float_repr(0.00001), "1e-05");
    assert_eq!(py_float_repr(-0.0), "-0.0");
    assert_eq!(py_float_repr(5e-324), "5e-324");
    assert_eq!(py_float_repr(f64::MAX), "1.7976931348623157e+308");
    assert_eq!(py_float_repr(0.1 + 0.2), "0.30000000000000004");
    assert_eq!(py_float_repr(123.0), "123.0");
    assert_eq!(
        py_float_repr(-1196889918678654.0 - 0.25),
        "-1196889918678654.2"
    );
    let big = |v: &str| v.parse::<BigInt>().unwrap();
    let a = BigInt::from(10u32).pow(500);
    let b = big("4") * BigInt::from(10u32).pow(499)
        + big("7") * BigInt::from(10u32).pow(497)
        + big("3") * BigInt::from(10u32).pow(494);
    assert_eq!(
        ratio_to_f64(a.magnitude(), b.magnitude()),
        Some(2.456984346552728)
    );
    assert_eq!(int_to_f64(&((pow2(54) - 1) << 970u32)), None);
    assert_eq!(
        int_to_f64(&(((pow2(54) - 1) << 970u32) - 1)),
        Some(f64::MAX)
    );
    assert_eq!(
        ratio_to_f64(&BigUint::one(), &(BigUint::one() << 1075u32)),
        Some(0.0)
    );
    assert_eq!(
        ratio_to_f64(&BigUint::from(3u32), &(BigUint::one() << 1076u32)),
        Some(5e-324)
    );
    let v: Vec<char> = "  a b  c  ".chars().collect();
    assert_eq!(split_ws(&v, 1), ["a", "b  c  "]);
    assert_eq!(rsplit_ws(&v, 1), ["  a b", "c"]);
    let v: Vec<char> = "abc".chars().collect();
    assert_eq!(replace_model(&v, &[], &['-'], 2), "-a-bc");
    assert_eq!(count_model(&v, &[], Some(5), None), 0);
    assert_eq!(slice_model(&v, None, None, -1), "cba");
}
