//! The native `time` module: wall-clock time, monotonic and performance counters, CPU time,
//! `sleep` (which releases the global interpreter lock while it waits), and the calendar
//! basics (`gmtime`, `localtime`, `mktime`, `strftime`, `asctime`, `ctime`) with
//! `time.struct_time`; `strptime` is `stdlib/_strptime.py`'s.
//!
//! Gilt reads the local time zone from `/etc/localtime` (or `$TZ` naming a zoneinfo file or
//! UTC); times after the file's last transition use its last offset, so a zone whose future
//! daylight-saving changes exist only as a POSIX rule in the file's footer is off by the DST
//! hour in summer. `strftime` knows the C locale only. CPU times come from `/proc` (10 ms
//! resolution).

use crate::objects::object::{Instance, NativeFn, NativeFnPtr, Object};
use crate::objects::ops;
use crate::objects::types::type_name;
use crate::objects::value::{ObjRef, Value};
use crate::runtime::exc::{overflow, type_error, value_error};
use crate::runtime::vm::{dict_of, Args, PResult, Vm};
use std::sync::OnceLock;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

pub fn module(_vm: &mut Vm) -> Value {
    let mut b = super::ModuleBuilder::new("time")
        .func("time", t_time)
        .func("time_ns", t_time_ns)
        .func("sleep", t_sleep)
        .func("monotonic", t_monotonic)
        .func("monotonic_ns", t_monotonic_ns)
        .func("perf_counter", t_perf_counter)
        .func("perf_counter_ns", t_perf_counter_ns)
        .func("process_time", t_process_time)
        .func("process_time_ns", t_process_time_ns)
        .func("thread_time", t_thread_time)
        .func("thread_time_ns", t_thread_time_ns)
        .func("gmtime", t_gmtime)
        .func("localtime", t_localtime)
        .func("mktime", t_mktime)
        .func("strftime", t_strftime)
        .func("strptime", t_strptime)
        .func("asctime", t_asctime)
        .func("ctime", t_ctime);
    // CPython (on glibc) probes January and July of the current year for the zone names.
    const YEAR: i64 = (365 * 24 + 6) * 3600;
    let t = now_secs() / YEAR * YEAR;
    let (jan_off, _, jan_name) = local_zone().at(t).clone();
    let (jul_off, _, jul_name) = local_zone().at(t + YEAR / 2).clone();
    let (std, dst) = if -jan_off < -jul_off {
        ((jul_off, jul_name), (jan_off, jan_name))
    } else {
        ((jan_off, jan_name), (jul_off, jul_name))
    };
    b = b
        .value("timezone", Value::Int(-std.0))
        .value("altzone", Value::Int(-dst.0))
        .value("daylight", Value::Int((std.0 != dst.0) as i64))
        .value(
            "tzname",
            Value::tuple(vec![Value::str(std.1), Value::str(dst.1)]),
        );
    if let Some(cls) = struct_time_class() {
        b = b.value("struct_time", cls);
    }
    b.build()
}

// ------------------------------------------------------------------ clocks

fn now_since_epoch() -> Duration {
    static BASE: OnceLock<Duration> = OnceLock::new();
    let real = || {
        SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap_or(Duration::ZERO)
    };
    virtual_or(&BASE, real)
}

/// Under the deterministic scheduler (`-X sched`) the clocks run on its virtual time, from
/// where the real clock stood when first read, so the timings a program prints repeat too.
fn virtual_or(base: &OnceLock<Duration>, real: impl Fn() -> Duration) -> Duration {
    if !crate::runtime::gil::scheduled() {
        return real();
    }
    *base.get_or_init(real) + Duration::from_nanos(crate::runtime::gil::virtual_now())
}

fn now_secs() -> i64 {
    now_since_epoch().as_secs() as i64
}

/// The monotonic clock: a fixed start point plus the seconds the system had been up then, so
/// values look like CPython's (`CLOCK_MONOTONIC`, seconds since boot).
fn monotonic() -> Duration {
    static BASE: OnceLock<(Instant, Duration)> = OnceLock::new();
    static VIRTUAL_BASE: OnceLock<Duration> = OnceLock::new();
    let real = || {
        let (start, offset) = BASE.get_or_init(|| {
            let up = std::fs::read_to_string("/proc/uptime")
                .ok()
                .and_then(|s| s.split_whitespace().next()?.parse::<f64>().ok())
                .filter(|u| u.is_finite() && *u >= 0.0)
                .unwrap_or(0.0);
            (Instant::now(), Duration::from_secs_f64(up))
        });
        *offset + start.elapsed()
    };
    virtual_or(&VIRTUAL_BASE, real)
}

/// A CPU-time clock of the system's (`CLOCK_PROCESS_CPUTIME_ID`, `CLOCK_THREAD_CPUTIME_ID`),
/// to the nanosecond as CPython reads it.
fn cpu_clock(clock: libc::clockid_t) -> Duration {
    Duration::from_nanos(crate::runtime::stats::clock_ns(clock))
}

fn process_time() -> Duration {
    cpu_clock(libc::CLOCK_PROCESS_CPUTIME_ID)
}

fn thread_time() -> Duration {
    cpu_clock(libc::CLOCK_THREAD_CPUTIME_ID)
}

fn secs(d: Duration) -> Value {
    Value::float(d.as_secs_f64())
}

fn nanos(d: Duration) -> Value {
    Value::from_bigint(num_bigint::BigInt::from(d.as_nanos()))
}

macro_rules! clock {
    ($f:ident, $fns:ident, $name:literal, $name_ns:literal, $clock:expr) => {
        fn $f(_vm: &mut Vm, a: Args) -> PResult<Value> {
            a.check($name, 0, 0, &[])?;
            Ok(secs($clock))
        }
        fn $fns(_vm: &mut Vm, a: Args) -> PResult<Value> {
            a.check($name_ns, 0, 0, &[])?;
            Ok(nanos($clock))
        }
    };
}

clock!(
    t_time,
    t_time_ns,
    "time.time",
    "time.time_ns",
    now_since_epoch()
);
clock!(
    t_monotonic,
    t_monotonic_ns,
    "time.monotonic",
    "time.monotonic_ns",
    monotonic()
);
clock!(
    t_perf_counter,
    t_perf_counter_ns,
    "time.perf_counter",
    "time.perf_counter_ns",
    monotonic()
);
clock!(
    t_process_time,
    t_process_time_ns,
    "time.process_time",
    "time.process_time_ns",
    process_time()
);
clock!(
    t_thread_time,
    t_thread_time_ns,
    "time.thread_time",
    "time.thread_time_ns",
    thread_time()
);

/// The length of a sleep, with CPython's checks and messages.
fn sleep_duration(v: &Value) -> PResult<Duration> {
    const MAX_SECS: f64 = 9_223_372_036.854_775;
    let too_large = || overflow("timestamp too large to convert to C _PyTime_t");
    let x = match v {
        Value::Float(f) => {
            if f.get().is_nan() {
                return Err(value_error("Invalid value NaN (not a number)"));
            }
            f.get()
        }
        _ => match v.as_bigint() {
            Some(b) => {
                use num_traits::ToPrimitive;
                match b.to_i64() {
                    Some(i) => i as f64,
                    None => return Err(too_large()),
                }
            }
            None => {
                return Err(type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    type_name(v)
                )))
            }
        },
    };
    if x.abs() > MAX_SECS {
        return Err(too_large());
    }
    if x < 0.0 {
        return Err(value_error("sleep length must be non-negative"));
    }
    Ok(Duration::from_secs_f64(x))
}

fn t_sleep(_vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("time.sleep", 1, 1, &[])?;
    let d = sleep_duration(&a.pos[0])?;
    crate::runtime::signals::sleep(d)?;
    Ok(Value::None)
}

// ------------------------------------------------------------------ calendar arithmetic

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
pub fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

/// The (year, month, day) of a day count since 1970-01-01.
pub fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719468;
    let era = z.div_euclid(146097);
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

fn is_leap(y: i64) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

/// A broken-down time: CPython's `struct_time` fields plus the zone name and offset.
#[derive(Clone, Debug, PartialEq)]
pub struct Tm {
    pub year: i64,
    pub mon: i64,
    pub mday: i64,
    pub hour: i64,
    pub min: i64,
    pub sec: i64,
    /// Monday is 0.
    pub wday: i64,
    /// January 1st is 1.
    pub yday: i64,
    pub isdst: i64,
    pub zone: String,
    pub gmtoff: i64,
}

/// The broken-down time of `t` seconds since the epoch, shifted by `off` seconds.
pub fn tm_of(t: i64, off: i64, isdst: bool, zone: &str) -> Tm {
    let lt = t + off;
    let days = lt.div_euclid(86400);
    let s = lt.rem_euclid(86400);
    let (year, mon, mday) = civil_from_days(days);
    Tm {
        year,
        mon,
        mday,
        hour: s / 3600,
        min: s % 3600 / 60,
        sec: s % 60,
        wday: (days + 3).rem_euclid(7),
        yday: days - days_from_civil(year, 1, 1) + 1,
        isdst: isdst as i64,
        zone: zone.to_string(),
        gmtoff: off,
    }
}

// ------------------------------------------------------------------ the local time zone

/// A local time type: UT offset in seconds, whether it is daylight-saving time, its name.
type ZoneType = (i64, bool, String);

/// A time zone from a TZif file: transition times and the local time types they select.
#[derive(Debug, Default)]
pub struct Zone {
    transitions: Vec<(i64, usize)>,
    types: Vec<ZoneType>,
}

fn be32(b: &[u8], i: usize) -> Option<i64> {
    Some(i32::from_be_bytes(b.get(i..i + 4)?.try_into().ok()?) as i64)
}

fn be64(b: &[u8], i: usize) -> Option<i64> {
    Some(i64::from_be_bytes(b.get(i..i + 8)?.try_into().ok()?))
}

/// The six counts of a TZif header at `at` (isutcnt, isstdcnt, leapcnt, timecnt, typecnt,
/// charcnt).
fn tzif_counts(b: &[u8], at: usize) -> Option<[usize; 6]> {
    if b.get(at..at + 4)? != b"TZif" {
        return None;
    }
    let mut c = [0usize; 6];
    for (k, v) in c.iter_mut().enumerate() {
        *v = usize::try_from(be32(b, at + 20 + 4 * k)?).ok()?;
    }
    Some(c)
}

impl Zone {
    fn utc() -> Zone {
        Zone {
            transitions: vec![],
            types: vec![(0, false, "UTC".into())],
        }
    }

    /// Parses a TZif file (version 1 data, or the 64-bit data of versions 2 and later).
    pub fn parse(data: &[u8]) -> Option<Zone> {
        let c1 = tzif_counts(data, 0)?;
        let version = *data.get(4)?;
        let (base, c, tsize) = if version >= b'2' {
            let [isut, isstd, leap, time, typ, chars] = c1;
            let v1_len = time * 5 + typ * 6 + chars + leap * 8 + isstd + isut;
            let at = 44 + v1_len;
            (at, tzif_counts(data, at)?, 8)
        } else {
            (0, c1, 4)
        };
        let [_, _, _, timecnt, typecnt, charcnt] = c;
        let mut p = base + 44;
        let mut times = Vec::with_capacity(timecnt);
        for i in 0..timecnt {
            times.push(if tsize == 8 {
                be64(data, p + 8 * i)?
            } else {
                be32(data, p + 4 * i)?
            });
        }
        p += timecnt * tsize;
        let idx: Vec<usize> = data
            .get(p..p + timecnt)?
            .iter()
            .map(|&b| b as usize)
            .collect();
        p += timecnt;
        let mut raw = vec![];
        for i in 0..typecnt {
            let q = p + 6 * i;
            raw.push((
                be32(data, q)?,
                *data.get(q + 4)? != 0,
                *data.get(q + 5)? as usize,
            ));
        }
        p += typecnt * 6;
        let chars = data.get(p..p + charcnt)?;
        let types: Vec<ZoneType> = raw
            .into_iter()
            .map(|(off, dst, ai)| {
                let s = chars.get(ai..).unwrap_or(&[]);
                let end = s.iter().position(|&b| b == 0).unwrap_or(s.len());
                (off, dst, String::from_utf8_lossy(&s[..end]).into_owned())
            })
            .collect();
        if types.is_empty() || idx.iter().any(|&i| i >= types.len()) {
            return None;
        }
        Some(Zone {
            transitions: times.into_iter().zip(idx).collect(),
            types,
        })
    }

    /// The local time type in force at `t`.
    pub fn at(&self, t: i64) -> &ZoneType {
        let i = self.transitions.partition_point(|&(tt, _)| tt <= t);
        if i == 0 {
            // before the first transition: the first standard-time type
            return self.types.iter().find(|ty| !ty.1).unwrap_or(&self.types[0]);
        }
        &self.types[self.transitions[i - 1].1]
    }
}

fn local_zone() -> &'static Zone {
    static ZONE: OnceLock<Zone> = OnceLock::new();
    ZONE.get_or_init(|| {
        let path = match std::env::var("TZ") {
            Ok(tz) if tz.is_empty() || tz == "UTC" || tz == "UTC0" || tz == ":UTC" => {
                return Zone::utc()
            }
            Ok(tz) => {
                let tz = tz.trim_start_matches(':').to_string();
                if tz.starts_with('/') {
                    tz
                } else {
                    format!("/usr/share/zoneinfo/{tz}")
                }
            }
            Err(_) => "/etc/localtime".to_string(),
        };
        std::fs::read(path)
            .ok()
            .and_then(|d| Zone::parse(&d))
            .unwrap_or_else(Zone::utc)
    })
}

fn localtime(t: i64) -> Tm {
    let (off, dst, name) = local_zone().at(t);
    tm_of(t, *off, *dst, name)
}

// ------------------------------------------------------------------ struct_time

const FIELDS: [&str; 9] = [
    "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst",
];

/// The `time.struct_time` class: a user-level class with native methods, its instances
/// holding the fields as attributes.
fn struct_time_class() -> Option<Value> {
    let mut ns = crate::objects::dict::DictMap::new();
    let mut put = |k: &str, v: Value| {
        ns.insert(crate::objects::intern::intern(k), ops::hash_str(k), v);
    };
    put("__module__", Value::str("time"));
    let methods: [(&'static str, NativeFnPtr); 7] = [
        ("__init__", st_init),
        ("__repr__", st_repr),
        ("__getitem__", st_getitem),
        ("__len__", st_len),
        ("__iter__", st_iter),
        ("__eq__", st_eq),
        ("__hash__", st_hash),
    ];
    for (name, f) in methods {
        put(
            name,
            Value::obj(Object::Native(NativeFn {
                name,
                f,
                owner: Some("struct_time"),
            })),
        );
    }
    put("n_fields", Value::Int(11));
    put("n_sequence_fields", Value::Int(9));
    crate::objects::class::make_class("struct_time", vec![], ns)
        .ok()
        .map(Value::Obj)
}

/// The `struct_time` class of this interpreter's `time` module.
fn struct_time_cls(vm: &Vm) -> Option<ObjRef> {
    let m = dict_of(&vm.interp.modules)
        .lock()
        .get_str("time")
        .cloned()?;
    let d = super::module_dict(&m)?;
    match super::get(&d, "struct_time")? {
        Value::Obj(o) if matches!(&*o, Object::Type(_)) => Some(o),
        _ => None,
    }
}

fn tm_fields(tm: &Tm) -> Vec<Value> {
    [
        tm.year, tm.mon, tm.mday, tm.hour, tm.min, tm.sec, tm.wday, tm.yday, tm.isdst,
    ]
    .iter()
    .map(|&v| Value::Int(v))
    .collect()
}

/// A `struct_time` for `tm` (a plain 9-tuple if the class is missing).
fn make_struct_time(vm: &Vm, tm: &Tm) -> Value {
    let Some(cls) = struct_time_cls(vm) else {
        return Value::tuple(tm_fields(tm));
    };
    let mut d = crate::objects::dict::DictMap::new();
    let mut put = |k: &str, v: Value| {
        d.insert(crate::objects::intern::intern(k), ops::hash_str(k), v);
    };
    for (name, v) in FIELDS.iter().zip(tm_fields(tm)) {
        put(name, v);
    }
    put("tm_zone", Value::str(tm.zone.clone()));
    put("tm_gmtoff", Value::Int(tm.gmtoff));
    Value::obj(Object::Instance(Instance::new(cls, d)))
}

/// The nine fields of a `struct_time` instance.
fn st_values(v: &Value) -> Option<Vec<Value>> {
    let d = crate::objects::class::instance_dict(v)?;
    let d = dict_of(&d).lock();
    FIELDS.iter().map(|f| d.get_str(f).cloned()).collect()
}

fn st_self(a: &Args) -> PResult<Vec<Value>> {
    a.pos
        .first()
        .and_then(st_values)
        .ok_or_else(|| type_error("descriptor requires a 'time.struct_time' object"))
}

/// `time.struct_time(sequence)`: 9 fields, optionally followed by tm_zone and tm_gmtoff.
fn st_init(vm: &mut Vm, a: Args) -> PResult<Value> {
    if a.pos.len() != 2 || !a.kw.is_empty() {
        return Err(type_error(
            "struct_time() missing required argument 'sequence' (pos 1)",
        ));
    }
    let Some(d) = crate::objects::class::instance_dict(&a.pos[0]) else {
        return Err(type_error(
            "descriptor '__init__' requires a 'time.struct_time' object",
        ));
    };
    let items = vm.collect(&a.pos[1])?;
    if items.len() < 9 || items.len() > 11 {
        let (bound, what) = if items.len() < 9 {
            ("least", 9)
        } else {
            ("most", 11)
        };
        return Err(type_error(format!(
            "time.struct_time() takes an at {bound} {what}-sequence ({}-sequence given)",
            items.len()
        )));
    }
    let mut d = dict_of(&d).lock();
    let names = FIELDS.iter().chain(["tm_zone", "tm_gmtoff"].iter());
    for (i, name) in names.enumerate() {
        let v = items.get(i).cloned().unwrap_or(Value::None);
        d.insert(crate::objects::intern::intern(name), ops::hash_str(name), v);
    }
    Ok(Value::None)
}

fn st_repr(vm: &mut Vm, a: Args) -> PResult<Value> {
    let vals = st_self(&a)?;
    let mut parts = Vec::with_capacity(9);
    for (name, v) in FIELDS.iter().zip(&vals) {
        parts.push(format!("{name}={}", vm.repr(v)?));
    }
    Ok(Value::str(format!(
        "time.struct_time({})",
        parts.join(", ")
    )))
}

fn st_getitem(vm: &mut Vm, a: Args) -> PResult<Value> {
    let vals = st_self(&a)?;
    let t = Value::tuple(vals);
    match a.pos.get(1) {
        Some(k) => vm.getitem(&t, k),
        None => Err(type_error("__getitem__ expected 1 argument, got 0")),
    }
}

fn st_len(_vm: &mut Vm, a: Args) -> PResult<Value> {
    st_self(&a)?;
    Ok(Value::Int(9))
}

fn st_iter(vm: &mut Vm, a: Args) -> PResult<Value> {
    let vals = st_self(&a)?;
    vm.get_iter(&Value::tuple(vals))
}

fn st_eq(vm: &mut Vm, a: Args) -> PResult<Value> {
    let vals = st_self(&a)?;
    let other = a.pos.get(1).cloned().unwrap_or(Value::None);
    let other = match st_values(&other) {
        Some(o) => Value::tuple(o),
        None if matches!(other.as_obj(), Some(Object::Tuple(_))) => other,
        None => return Ok(crate::objects::types::not_implemented()),
    };
    Ok(Value::bool(vm.eq(&Value::tuple(vals), &other)?))
}

fn st_hash(vm: &mut Vm, a: Args) -> PResult<Value> {
    let vals = st_self(&a)?;
    Ok(Value::Int(vm.hash(&Value::tuple(vals))?))
}

/// A `Tm` from a struct_time or a 9-tuple.
fn tm_from_value(v: &Value, fname: &str) -> PResult<Tm> {
    let items = match st_values(v) {
        Some(items) => items,
        None => match v.as_obj() {
            Some(Object::Tuple(t)) => t.to_vec(),
            _ => return Err(type_error("Tuple or struct_time argument required")),
        },
    };
    if items.len() != 9 {
        return Err(type_error(format!(
            "{fname}(): illegal time tuple argument"
        )));
    }
    let mut f = [0i64; 9];
    for (x, v) in f.iter_mut().zip(&items) {
        *x = crate::builtins::int_arg(v, fname)?;
    }
    let (zone, gmtoff) = match crate::objects::class::instance_dict(v) {
        Some(d) => {
            let d = dict_of(&d).lock();
            let zone = d
                .get_str("tm_zone")
                .and_then(|z| z.as_str().map(str::to_string))
                .unwrap_or_default();
            let off = match d.get_str("tm_gmtoff") {
                Some(Value::Int(o)) => *o,
                _ => 0,
            };
            (zone, off)
        }
        None => {
            let cur = local_zone().at(now_secs());
            (cur.2.clone(), cur.0)
        }
    };
    Ok(Tm {
        year: f[0],
        mon: f[1],
        mday: f[2],
        hour: f[3],
        min: f[4],
        sec: f[5],
        wday: f[6],
        yday: f[7],
        isdst: f[8],
        zone,
        gmtoff,
    })
}

/// The seconds argument of `gmtime`/`localtime`/`ctime` (None or absent: now).
fn secs_arg(a: &Args, fname: &str) -> PResult<i64> {
    a.check(fname, 0, 1, &[])?;
    match a.pos.first() {
        None | Some(Value::None) => Ok(now_secs()),
        Some(v) => {
            let x = match v {
                Value::Float(f) => f.get(),
                _ => match v.as_bigint() {
                    Some(b) => ops::int_to_f64(&b)
                        .map_err(|_| overflow("timestamp out of range for platform time_t"))?,
                    None => {
                        return Err(type_error(format!(
                            "'{}' object cannot be interpreted as an integer",
                            type_name(v)
                        )))
                    }
                },
            };
            if x.is_nan() {
                return Err(value_error("Invalid value NaN (not a number)"));
            }
            if x.abs() > 1e17 {
                return Err(overflow("timestamp out of range for platform time_t"));
            }
            Ok(x.floor() as i64)
        }
    }
}

fn t_gmtime(vm: &mut Vm, a: Args) -> PResult<Value> {
    super::sandbox::clock_unless_given(vm, &a, 0)?;
    let t = secs_arg(&a, "gmtime")?;
    Ok(make_struct_time(vm, &tm_of(t, 0, false, "GMT")))
}

fn t_localtime(vm: &mut Vm, a: Args) -> PResult<Value> {
    super::sandbox::clock_unless_given(vm, &a, 0)?;
    let t = secs_arg(&a, "localtime")?;
    Ok(make_struct_time(vm, &localtime(t)))
}

fn t_mktime(_vm: &mut Vm, a: Args) -> PResult<Value> {
    a.check("time.mktime", 1, 1, &[])?;
    let tm = tm_from_value(&a.pos[0], "mktime")?;
    // Normalise the fields like C's mktime, then find the offset in force.
    let total_months = tm.year * 12 + (tm.mon - 1);
    let (y, m) = (total_months.div_euclid(12), total_months.rem_euclid(12) + 1);
    let days = days_from_civil(y, m, 1) + tm.mday - 1;
    let local = days * 86400 + tm.hour * 3600 + tm.min * 60 + tm.sec;
    let zone = local_zone();
    let guess = local - zone.at(local).0;
    let (mut off, dst, _) = zone.at(guess).clone();
    // An explicit tm_isdst that disagrees with the zone at that time selects the other
    // offset (C's mktime reads the time as standard or daylight time as asked).
    if tm.isdst >= 0 && (tm.isdst > 0) != dst {
        let half_year = 183 * 86400;
        for probe in [guess - half_year, guess + half_year] {
            let ty = zone.at(probe);
            if ty.1 == (tm.isdst > 0) {
                off = ty.0;
                break;
            }
        }
    }
    Ok(Value::float((local - off) as f64))
}

const DAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn asctime(tm: &Tm) -> String {
    format!(
        "{} {} {:2} {:02}:{:02}:{:02} {}",
        &DAYS[tm.wday.rem_euclid(7) as usize][..3],
        &MONTHS[(tm.mon - 1).rem_euclid(12) as usize][..3],
        tm.mday,
        tm.hour,
        tm.min,
        tm.sec,
        tm.year
    )
}

/// The ISO 8601 week-numbering year and week of a date.
fn iso_week(tm: &Tm) -> (i64, i64) {
    let week = (tm.yday - 1 - tm.wday + 10) / 7;
    if week < 1 {
        let py = tm.year - 1;
        let t = Tm {
            yday: tm.yday + if is_leap(py) { 366 } else { 365 },
            year: py,
            ..tm.clone()
        };
        return iso_week(&t);
    }
    let ydays = if is_leap(tm.year) { 366 } else { 365 };
    if week == 53 && tm.yday - 1 - tm.wday + 3 >= ydays {
        return (tm.year + 1, 1);
    }
    (tm.year, week)
}

/// C's `strftime` in the C locale.
pub fn strftime(fmt: &str, tm: &Tm) -> String {
    use std::fmt::Write;
    let mut out = String::new();
    let day = DAYS[tm.wday.rem_euclid(7) as usize];
    let month = MONTHS[(tm.mon - 1).rem_euclid(12) as usize];
    let sun_wday = (tm.wday + 1) % 7; // days since Sunday, for %U and %w
    let h12 = (tm.hour + 11) % 12 + 1;
    let ampm = if tm.hour < 12 { "AM" } else { "PM" };
    let mut chars = fmt.chars();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let Some(d) = chars.next() else {
            out.push('%');
            break;
        };
        let _ = match d {
            'a' => write!(out, "{}", &day[..3]),
            'A' => write!(out, "{day}"),
            'b' | 'h' => write!(out, "{}", &month[..3]),
            'B' => write!(out, "{month}"),
            'c' => write!(out, "{}", asctime(tm)),
            'C' => write!(out, "{:02}", tm.year.div_euclid(100)),
            'd' => write!(out, "{:02}", tm.mday),
            'D' | 'x' => write!(
                out,
                "{:02}/{:02}/{:02}",
                tm.mon,
                tm.mday,
                tm.year.rem_euclid(100)
            ),
            'e' => write!(out, "{:2}", tm.mday),
            'F' => write!(out, "{}-{:02}-{:02}", tm.year, tm.mon, tm.mday),
            'H' => write!(out, "{:02}", tm.hour),
            'I' => write!(out, "{h12:02}"),
            'j' => write!(out, "{:03}", tm.yday),
            'k' => write!(out, "{:2}", tm.hour),
            'l' => write!(out, "{h12:2}"),
            'm' => write!(out, "{:02}", tm.mon),
            'M' => write!(out, "{:02}", tm.min),
            'n' => writeln!(out),
            'p' => write!(out, "{ampm}"),
            'r' => write!(out, "{h12:02}:{:02}:{:02} {ampm}", tm.min, tm.sec),
            'R' => write!(out, "{:02}:{:02}", tm.hour, tm.min),
            's' => {
                let days = days_from_civil(tm.year, tm.mon, tm.mday);
                let t = days * 86400 + tm.hour * 3600 + tm.min * 60 + tm.sec - tm.gmtoff;
                write!(out, "{t}")
            }
            'S' => write!(out, "{:02}", tm.sec),
            't' => write!(out, "\t"),
            'T' | 'X' => write!(out, "{:02}:{:02}:{:02}", tm.hour, tm.min, tm.sec),
            'u' => write!(out, "{}", tm.wday + 1),
            'U' => write!(out, "{:02}", (tm.yday - 1 + 7 - sun_wday) / 7),
            'w' => write!(out, "{sun_wday}"),
            'W' => write!(out, "{:02}", (tm.yday - 1 + 7 - tm.wday) / 7),
            'y' => write!(out, "{:02}", tm.year.rem_euclid(100)),
            'Y' => write!(out, "{}", tm.year),
            'z' => {
                let a = tm.gmtoff.abs();
                let sign = if tm.gmtoff < 0 { '-' } else { '+' };
                write!(out, "{sign}{:02}{:02}", a / 3600, a % 3600 / 60)
            }
            'Z' => write!(out, "{}", tm.zone),
            'G' => write!(out, "{}", iso_week(tm).0),
            'g' => write!(out, "{:02}", iso_week(tm).0.rem_euclid(100)),
            'V' => write!(out, "{:02}", iso_week(tm).1),
            '%' => write!(out, "%"),
            other => write!(out, "%{other}"),
        };
    }
    out
}

/// CPython's range checks on a time tuple for `strftime` and `asctime`.
fn check_tm(tm: &mut Tm) -> PResult<()> {
    let bad = |what: &str| Err(value_error(format!("{what} out of range")));
    if tm.mon == 0 {
        tm.mon = 1;
    } else if !(1..=12).contains(&tm.mon) {
        return bad("month");
    }
    if tm.mday == 0 {
        tm.mday = 1;
    } else if !(1..=31).contains(&tm.mday) {
        return bad("day of month");
    }
    if !(0..=23).contains(&tm.hour) {
        return bad("hour");
    }
    if !(0..=59).contains(&tm.min) {
        return bad("minute");
    }
    if !(0..=61).contains(&tm.sec) {
        return bad("seconds");
    }
    if tm.wday < 0 {
        return bad("day of week");
    }
    tm.wday %= 7;
    if tm.yday == 0 {
        tm.yday = 1;
    } else if !(1..=366).contains(&tm.yday) {
        return bad("day of year");
    }
    Ok(())
}

/// `time.strptime(string, format)`: parsed by `stdlib/_strptime.py`, the parser
/// `datetime.strptime` shares.
fn t_strptime(vm: &mut Vm, a: Args) -> PResult<Value> {
    if !a.kw.is_empty() {
        return Err(type_error("strptime() takes no keyword arguments"));
    }
    let m = vm.import("_strptime")?;
    let f = vm.get_attr(&m, &crate::objects::intern::intern("_strptime_time"))?;
    vm.call(&f, a.pos, &[])
}

fn t_strftime(vm: &mut Vm, a: Args) -> PResult<Value> {
    super::sandbox::clock_unless_given(vm, &a, 1)?;
    a.check("strftime", 1, 2, &[])?;
    let Some(fmt) = a.pos[0].as_str() else {
        return Err(type_error(format!(
            "strftime() argument 1 must be str, not {}",
            type_name(&a.pos[0])
        )));
    };
    let mut tm = match a.pos.get(1) {
        None => localtime(now_secs()),
        Some(v) => tm_from_value(v, "strftime")?,
    };
    check_tm(&mut tm)?;
    Ok(Value::str(strftime(fmt, &tm)))
}

fn t_asctime(vm: &mut Vm, a: Args) -> PResult<Value> {
    super::sandbox::clock_unless_given(vm, &a, 0)?;
    a.check("asctime", 0, 1, &[])?;
    let mut tm = match a.pos.first() {
        None => localtime(now_secs()),
        Some(v) => tm_from_value(v, "asctime")?,
    };
    check_tm(&mut tm)?;
    Ok(Value::str(asctime(&tm)))
}

fn t_ctime(vm: &mut Vm, a: Args) -> PResult<Value> {
    super::sandbox::clock_unless_given(vm, &a, 0)?;
    let t = secs_arg(&a, "ctime")?;
    Ok(Value::str(asctime(&localtime(t))))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_dates_round_trip() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(days_from_civil(2000, 3, 1), 11017);
        assert_eq!(civil_from_days(-1), (1969, 12, 31));
        for d in [-800_000i64, -1, 0, 59, 10957, 19000, 2_000_000] {
            let (y, m, dd) = civil_from_days(d);
            assert_eq!(days_from_civil(y, m, dd), d);
        }
    }

    #[test]
    fn gmtime_fields() {
        // 2024-02-29 13:45:30 UTC, a Thursday
        let tm = tm_of(1709214330, 0, false, "UTC");
        assert_eq!(
            (tm.year, tm.mon, tm.mday, tm.hour, tm.min, tm.sec),
            (2024, 2, 29, 13, 45, 30)
        );
        assert_eq!(tm.wday, 3);
        assert_eq!(tm.yday, 60);
        assert_eq!(asctime(&tm), "Thu Feb 29 13:45:30 2024");
        assert_eq!(
            strftime("%Y-%m-%d %H:%M:%S %a %j %%", &tm),
            "2024-02-29 13:45:30 Thu 060 %"
        );
        assert_eq!(
            strftime("%G-W%V-%u %I%p %s", &tm),
            "2024-W09-4 01PM 1709214330"
        );
        let tm = tm_of(-1, 0, false, "UTC");
        assert_eq!((tm.year, tm.mon, tm.mday, tm.hour), (1969, 12, 31, 23));
    }

    #[test]
    fn iso_weeks_at_year_edges() {
        // 2021-01-01 is a Friday: ISO week 53 of 2020
        assert_eq!(iso_week(&tm_of(1609459200, 0, false, "UTC")), (2020, 53));
        // 2024-12-30 is a Monday: ISO week 1 of 2025
        assert_eq!(iso_week(&tm_of(1735516800, 0, false, "UTC")), (2025, 1));
    }

    #[test]
    fn sleep_argument_checks() {
        assert!(sleep_duration(&Value::float(-1.0)).is_err());
        assert!(sleep_duration(&Value::float(f64::NAN)).is_err());
        assert!(sleep_duration(&Value::float(1e300)).is_err());
        assert!(sleep_duration(&Value::str("x")).is_err());
        assert_eq!(
            sleep_duration(&Value::float(0.25)).ok(),
            Some(Duration::from_millis(250))
        );
        assert_eq!(
            sleep_duration(&Value::Int(2)).ok(),
            Some(Duration::from_secs(2))
        );
    }

    #[test]
    fn clocks_advance() {
        let a = monotonic();
        std::thread::sleep(Duration::from_millis(2));
        assert!(monotonic() > a);
        assert!(now_secs() > 1_600_000_000);
    }

    #[test]
    fn tzif_parsing() {
        // A minimal version-1 TZif file: one transition at t=100 from type 0 (UTC+1, "A")
        // to type 1 (UTC+2 DST, "B").
        let mut f = b"TZif".to_vec();
        f.extend_from_slice(&[0; 16]);
        for c in [0u32, 0, 0, 1, 2, 4] {
            f.extend_from_slice(&c.to_be_bytes());
        }
        f.extend_from_slice(&100i32.to_be_bytes());
        f.push(1);
        f.extend_from_slice(&3600i32.to_be_bytes());
        f.extend_from_slice(&[0, 0]);
        f.extend_from_slice(&7200i32.to_be_bytes());
        f.extend_from_slice(&[1, 2]);
        f.extend_from_slice(b"A\0B\0");
        let z = Zone::parse(&f).expect("parses");
        assert_eq!(z.at(50), &(3600, false, "A".to_string()));
        assert_eq!(z.at(100), &(7200, true, "B".to_string()));
        assert!(Zone::parse(b"nope").is_none());
    }
}
