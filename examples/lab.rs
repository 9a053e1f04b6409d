//! The teaching lab in one command: every program of `examples/lab/` across thread counts
//! and modes — the GIL build, the free-threaded build, the free-threaded build with the lock
//! switched on (`-X gil=1`), and CPython where it is installed (`/usr/bin/python3`, and a
//! free-threaded `python3.13t`/`python3.14t` if one is on the PATH), and for
//! `processes_vs_threads` the same work over processes (`multiprocessing.Pool`) — with a
//! progress bar, Markdown tables on standard output (and in `OUT/results.md`) and SVG plots
//! in `OUT`.
//!
//! ```sh
//! cargo run --release --example lab                  # threads 1, 2, 4; plots in target/lab
//! cargo run --release --example lab -- --quick       # threads 1, 2; fewer switch intervals
//! cargo run --release --example lab -- --threads 1,2,8 --runs 7 --out lab-results --no-build
//! ```
//!
//! It first builds both Gilt binaries (`target/release/gilt` and `target/ft/release/gilt`, as
//! the README does) unless `--no-build` is given. Each program prints one `LAB {...}` line
//! with `--json`; this runner reads it. `docs/LAB.md` walks through what the numbers show.

use indicatif::{ProgressBar, ProgressStyle};
use plotters::prelude::*;
use serde_json::Value;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

/// One way of running a program.
struct Mode {
    name: String,
    program: PathBuf,
    args: Vec<String>,
    /// A Gilt build (has `sys._gil_stats()`).
    gilt: bool,
}

/// One mode's results: (x, the program's `LAB` values) per point.
type Row = Vec<(f64, Option<Value>)>;

struct Options {
    threads: Vec<u32>,
    /// Runs per measurement, passed to each program (`--runs`): the best is kept.
    runs: u32,
    intervals: Vec<f64>,
    out: PathBuf,
    build: bool,
}

fn main() {
    let opts = parse_options();
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let target = target_dir(&root);
    if opts.build {
        build(&root, &target);
    }
    let modes = modes(&target);
    let lab = root.join("examples/lab");
    std::fs::create_dir_all(&opts.out).expect("cannot make the output folder");

    let per_threads = [
        "cpu_bound",
        "io_bound",
        "native_release",
        "race_counter",
        "processes_vs_threads",
    ];
    let runs = modes.len() * (per_threads.len() * opts.threads.len() + opts.intervals.len() + 2);
    let bar = ProgressBar::new(runs as u64);
    bar.set_style(
        ProgressStyle::with_template("{bar:40} {pos}/{len} {elapsed} {msg}")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    let run = |program: &str, mode: &Mode, extra: &[String]| -> Option<Value> {
        bar.set_message(format!("{program} · {}", mode.name));
        let mut args = extra.to_vec();
        args.extend(["--runs".to_string(), opts.runs.to_string()]);
        let r = run_program(&lab.join(format!("{program}.py")), mode, &args);
        bar.inc(1);
        r
    };

    // per program, one row per mode
    let mut by_threads: Vec<(&str, Vec<Row>)> = Vec::new();
    for program in per_threads {
        let mut rows = Vec::new();
        for mode in &modes {
            let mut row = Vec::new();
            for &n in &opts.threads {
                let r = run(program, mode, &["--threads".into(), n.to_string()]);
                row.push((f64::from(n), r));
            }
            rows.push(row);
        }
        by_threads.push((program, rows));
    }
    let mut convoy = Vec::new();
    for mode in &modes {
        let mut row = Vec::new();
        for &i in &opts.intervals {
            let r = run("convoy", mode, &["--interval".into(), i.to_string()]);
            row.push((i * 1e3, r));
        }
        convoy.push(row);
    }
    let two = opts
        .threads
        .iter()
        .copied()
        .filter(|&n| n > 1)
        .min()
        .unwrap_or(2);
    let contention: Vec<Option<Value>> = modes
        .iter()
        .map(|m| {
            run(
                "refcount_contention",
                m,
                &["--threads".into(), two.to_string()],
            )
        })
        .collect();
    let single: Vec<Option<Value>> = modes
        .iter()
        .map(|m| run("single_thread_cost", m, &[]))
        .collect();
    bar.finish_and_clear();

    let mut md = String::new();
    let _ = writeln!(
        md,
        "# Lab results\n\nOn this machine: {} CPUs. Thread counts {:?}. Modes: {}.\n",
        std::thread::available_parallelism().map_or(0, |n| n.get()),
        opts.threads,
        modes
            .iter()
            .map(|m| m.name.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    );
    let key_of = |p: &str| match p {
        "race_counter" => "lost_fraction",
        "processes_vs_threads" => "process_speedup",
        _ => "speedup",
    };
    for (program, rows) in &by_threads {
        let key = key_of(program);
        let _ = writeln!(md, "## {program}: {key} by threads (or processes)\n");
        table(&mut md, &modes, &opts.threads, rows, key);
        let svg = opts.out.join(format!("{program}.svg"));
        let title = match *program {
            "race_counter" => "race_counter: share of updates lost without a lock",
            "cpu_bound" => "cpu_bound: speedup over one thread",
            "io_bound" => "io_bound: speedup over one thread",
            "processes_vs_threads" => "processes_vs_threads: speedup over one process",
            _ => "native_release: speedup over one thread",
        };
        plot(
            &svg,
            title,
            "threads",
            key,
            &modes,
            rows,
            key,
            key == "speedup",
        );
    }
    let _ = writeln!(
        md,
        "## cpu_bound: share of thread time spent waiting for the lock\n"
    );
    let (_, cpu_rows) = &by_threads[0];
    table(&mut md, &modes, &opts.threads, cpu_rows, "wait_fraction");
    plot(
        &opts.out.join("wait_fraction.svg"),
        "cpu_bound: share of thread time waiting for the lock",
        "threads",
        "wait fraction",
        &modes,
        cpu_rows,
        "wait_fraction",
        false,
    );
    let _ = writeln!(
        md,
        "## convoy: an I/O wait next to a CPU-bound thread (ms), by switch interval (ms)\n"
    );
    let ms: Vec<u32> = opts.intervals.iter().map(|i| (i * 1e4) as u32).collect();
    table_x(&mut md, &modes, &ms, 10.0, &convoy, "beside_ms");
    plot(
        &opts.out.join("convoy.svg"),
        "convoy: latency of a short I/O wait next to a CPU-bound thread",
        "switch interval (ms)",
        "latency (ms)",
        &modes,
        &convoy,
        "beside_ms",
        false,
    );
    let _ = writeln!(
        md,
        "## refcount_contention ({two} threads): one shared object vs one each\n"
    );
    let _ = writeln!(
        md,
        "| mode | private s | shared s | ratio |\n|---|---:|---:|---:|"
    );
    for (m, r) in modes.iter().zip(&contention) {
        let f = |k| num(r, k).map_or("—".into(), |v| format!("{v:.3}"));
        let _ = writeln!(
            md,
            "| {} | {} | {} | {} |",
            m.name,
            f("private"),
            f("shared"),
            f("ratio")
        );
    }
    let _ = writeln!(md, "\n## single_thread_cost: one thread's time\n");
    let _ = writeln!(md, "| mode | seconds | vs the GIL build |\n|---|---:|---:|");
    let base = num(&single[0], "time");
    for (m, r) in modes.iter().zip(&single) {
        let t = num(r, "time");
        let ratio = match (t, base) {
            (Some(t), Some(b)) => format!("{:.2}x", t / b),
            _ => "—".into(),
        };
        let shown = t.map_or("—".into(), |t| format!("{t:.3}"));
        let _ = writeln!(md, "| {} | {shown} | {ratio} |", m.name);
    }
    let _ = writeln!(
        md,
        "\nPlots: {}",
        [
            "cpu_bound",
            "wait_fraction",
            "io_bound",
            "native_release",
            "race_counter",
            "processes_vs_threads",
            "convoy"
        ]
        .iter()
        .map(|p| format!("`{}`", opts.out.join(format!("{p}.svg")).display()))
        .collect::<Vec<_>>()
        .join(", ")
    );
    print!("{md}");
    std::fs::write(opts.out.join("results.md"), &md).expect("cannot write results.md");
}

fn parse_options() -> Options {
    let mut opts = Options {
        threads: vec![1, 2, 4],
        runs: 5,
        intervals: vec![0.0005, 0.001, 0.002, 0.005, 0.01],
        out: PathBuf::from("target/lab"),
        build: true,
    };
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--quick" => {
                opts.threads = vec![1, 2];
                opts.runs = 3;
                opts.intervals = vec![0.001, 0.005];
            }
            "--threads" => {
                let list = args.next().unwrap_or_default();
                opts.threads = list
                    .split(',')
                    .filter_map(|n| n.trim().parse().ok())
                    .collect();
                if opts.threads.is_empty() {
                    usage("--threads wants a list such as 1,2,4");
                }
            }
            "--out" => {
                opts.out =
                    PathBuf::from(args.next().unwrap_or_else(|| usage("--out wants a folder")))
            }
            "--no-build" => opts.build = false,
            "--runs" => {
                opts.runs = args
                    .next()
                    .and_then(|n| n.parse().ok())
                    .filter(|&n| n > 0)
                    .unwrap_or_else(|| usage("--runs wants a positive number"))
            }
            _ => usage(&format!("unknown option {a}")),
        }
    }
    opts
}

fn usage(msg: &str) -> ! {
    eprintln!("lab: {msg}\nusage: cargo run --release --example lab -- [--quick] [--threads 1,2,4] [--runs N] [--out DIR] [--no-build]");
    std::process::exit(2)
}

/// Where cargo puts this build's outputs (this example sits in `<target>/release/examples`).
fn target_dir(root: &Path) -> PathBuf {
    std::env::current_exe()
        .ok()
        .and_then(|p| Some(p.parent()?.parent()?.parent()?.to_path_buf()))
        .unwrap_or_else(|| root.join("target"))
}

fn build(root: &Path, target: &Path) {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    for (what, extra) in [
        ("the GIL build", vec![]),
        (
            "the free-threaded build",
            vec![
                "--features".to_string(),
                "free-threading".into(),
                "--target-dir".into(),
                target.join("ft").display().to_string(),
            ],
        ),
    ] {
        eprintln!("lab: building {what}");
        let ok = Command::new(&cargo)
            .current_dir(root)
            .args(["build", "--release", "--bin", "gilt"])
            .args(&extra)
            .status()
            .is_ok_and(|s| s.success());
        if !ok {
            eprintln!("lab: building {what} failed");
            std::process::exit(1);
        }
    }
}

fn modes(target: &Path) -> Vec<Mode> {
    let gil = target.join("release/gilt");
    let ft = target.join("ft/release/gilt");
    let mut modes = Vec::new();
    for (name, program, args) in [
        ("Gilt GIL build", &gil, vec![]),
        ("Gilt free-threaded", &ft, vec![]),
        (
            "Gilt free-threaded -X gil=1",
            &ft,
            vec!["-X".to_string(), "gil=1".into()],
        ),
    ] {
        if program.exists() {
            modes.push(Mode {
                name: name.into(),
                program: program.clone(),
                args,
                gilt: true,
            });
        } else {
            eprintln!("lab: {} is missing; leaving out {name}", program.display());
        }
    }
    if Path::new("/usr/bin/python3").exists() {
        modes.push(Mode {
            name: "CPython".into(),
            program: "/usr/bin/python3".into(),
            args: vec![],
            gilt: false,
        });
    }
    for t in ["python3.14t", "python3.13t"] {
        if let Some(p) = on_path(t) {
            modes.push(Mode {
                name: format!("free-threaded CPython ({t})"),
                program: p,
                args: vec!["-X".into(), "gil=0".into()],
                gilt: false,
            });
            break;
        }
    }
    modes
}

fn on_path(name: &str) -> Option<PathBuf> {
    std::env::split_paths(&std::env::var_os("PATH")?)
        .map(|d| d.join(name))
        .find(|p| p.exists())
}

/// Runs one lab program with `--json` and reads its `LAB {...}` line.
fn run_program(script: &Path, mode: &Mode, extra: &[String]) -> Option<Value> {
    let out = Command::new(&mode.program)
        .args(&mode.args)
        .arg(script)
        .arg("--json")
        .args(extra)
        .current_dir(script.parent()?)
        .output()
        .ok()?;
    let text = String::from_utf8_lossy(&out.stdout);
    let line = text.lines().rev().find_map(|l| l.strip_prefix("LAB "))?;
    let mut v: Value = serde_json::from_str(line).ok()?;
    if !mode.gilt {
        if let Some(o) = v.as_object_mut() {
            o.remove("wait_fraction");
        }
    }
    Some(v)
}

fn num(v: &Option<Value>, key: &str) -> Option<f64> {
    v.as_ref()?.get(key)?.as_f64()
}

/// A Markdown table: one row per mode, one column per thread count.
fn table(md: &mut String, modes: &[Mode], threads: &[u32], rows: &[Row], key: &str) {
    let xs: Vec<u32> = threads.iter().map(|n| n * 10).collect();
    table_x(md, modes, &xs, 10.0, rows, key)
}

/// A Markdown table over columns `xs / scale`.
fn table_x(md: &mut String, modes: &[Mode], xs: &[u32], scale: f64, rows: &[Row], key: &str) {
    let head: Vec<String> = xs
        .iter()
        .map(|x| format!("{}", f64::from(*x) / scale))
        .collect();
    let _ = writeln!(md, "| mode | {} |", head.join(" | "));
    let _ = writeln!(md, "|---|{}", "---:|".repeat(xs.len()));
    for (m, row) in modes.iter().zip(rows) {
        let cells: Vec<String> = row
            .iter()
            .map(|(_, r)| num(r, key).map_or("—".into(), |v| format!("{v:.2}")))
            .collect();
        let _ = writeln!(md, "| {} | {} |", m.name, cells.join(" | "));
    }
    let _ = writeln!(md);
}

/// A line per mode of `key` against x; `ideal`: also the line y = x.
#[allow(clippy::too_many_arguments)]
fn plot(
    path: &Path,
    title: &str,
    x_label: &str,
    y_label: &str,
    modes: &[Mode],
    rows: &[Row],
    key: &str,
    ideal: bool,
) {
    let series: Vec<Vec<(f64, f64)>> = rows
        .iter()
        .map(|row| {
            row.iter()
                .filter_map(|(x, r)| Some((*x, num(r, key)?)))
                .collect()
        })
        .collect();
    let xs = series.iter().flatten().map(|p| p.0);
    let x_max = xs.fold(1.0f64, f64::max);
    let mut y_max = series.iter().flatten().map(|p| p.1).fold(0.0f64, f64::max);
    if ideal {
        y_max = y_max.max(x_max);
    }
    let y_max = if y_max > 0.0 { y_max * 1.1 } else { 1.0 };
    let root = SVGBackend::new(path, (720, 440)).into_drawing_area();
    let drawn = (|| -> Result<(), Box<dyn std::error::Error>> {
        root.fill(&WHITE)?;
        let mut chart = ChartBuilder::on(&root)
            .caption(title, ("sans-serif", 18))
            .margin(12)
            .x_label_area_size(36)
            .y_label_area_size(52)
            .build_cartesian_2d(0f64..x_max * 1.05, 0f64..y_max)?;
        chart
            .configure_mesh()
            .x_desc(x_label)
            .y_desc(y_label)
            .draw()?;
        if ideal {
            chart
                .draw_series(LineSeries::new(
                    [(0.0, 0.0), (x_max, x_max)],
                    BLACK.mix(0.3),
                ))?
                .label("ideal")
                .legend(|(x, y)| PathElement::new([(x, y), (x + 16, y)], BLACK.mix(0.3)));
        }
        for (i, (m, s)) in modes.iter().zip(&series).enumerate() {
            let color = Palette99::pick(i).to_rgba();
            chart
                .draw_series(LineSeries::new(s.iter().copied(), color.stroke_width(2)))?
                .label(m.name.as_str())
                .legend(move |(x, y)| {
                    PathElement::new([(x, y), (x + 16, y)], color.stroke_width(2))
                });
            chart.draw_series(s.iter().map(|&p| Circle::new(p, 3, color.filled())))?;
        }
        chart
            .configure_series_labels()
            .background_style(WHITE.mix(0.8))
            .border_style(BLACK)
            .position(SeriesLabelPosition::UpperLeft)
            .draw()?;
        root.present()?;
        Ok(())
    })();
    if let Err(e) = drawn {
        eprintln!("lab: cannot draw {}: {e}", path.display());
    }
}
