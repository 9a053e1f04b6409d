//! Embedding Gilt in a Rust program: run a script, read and write its globals, call its
//! functions, hold its objects, and give it Rust functions.
//!
//! Run with `cargo run --example embed_basic` (add `--features free-threading` for the
//! free-threaded build); `cargo test --example embed_basic` runs it as a test.

use gilt::{Exception, Handle, Interpreter};

fn main() -> Result<(), gilt::Error> {
    let interp = Interpreter::new();

    // Rust functions, called by the script with converted arguments
    interp.register_fn("celsius", |f: f64| (f - 32.0) * 5.0 / 9.0)?;
    interp.register_fn_kw(
        "label",
        &["name", "unit"],
        |name: String, unit: Option<String>| {
            format!("{name} [{}]", unit.unwrap_or_else(|| "none".into()))
        },
    )?;
    interp.register_fn("checked_div", |a: i64, b: i64| -> Result<i64, Exception> {
        if b == 0 {
            Err(Exception::new("ZeroDivisionError", "checked_div by zero"))
        } else {
            Ok(a / b)
        }
    })?;

    // a script that uses them and defines a class and a function
    interp.exec(concat!(
        "class Reading:\n",
        "    def __init__(self, place, fahrenheit):\n",
        "        self.place = place\n",
        "        self.celsius = round(celsius(fahrenheit), 1)\n",
        "    def __repr__(self):\n",
        "        return f'Reading({self.place!r}, {self.celsius})'\n",
        "\n",
        "def warmest(readings):\n",
        "    return max(readings, key=lambda r: r.celsius)\n",
        "\n",
        "title = label('temperature', unit='C')\n",
    ))?;

    // globals both ways
    interp.set(
        "places",
        vec![("Oslo", 41.0), ("Lisbon", 68.0), ("Cairo", 95.0)],
    )?;
    interp.exec("readings = [Reading(p, f) for p, f in places]")?;
    println!(
        "{}: {}",
        interp.get::<String>("title")?,
        interp.eval::<Handle>("readings")?
    );

    // calls, with typed results and held objects
    let readings: Handle = interp.get("readings")?;
    let best = interp.get::<Handle>("warmest")?.call((&readings,))?;
    println!(
        "warmest: {best} ({} °C)",
        best.getattr("celsius")?.extract::<f64>()?
    );
    let places: Vec<String> = readings
        .iter()?
        .map(|r| r?.getattr("place")?.extract())
        .collect::<Result<_, _>>()?;
    println!("places: {}", places.join(", "));

    // a Gilt exception reaches Rust as an Error
    match interp.eval::<i64>("checked_div(1, 0)") {
        Err(gilt::Error::Exception {
            type_name, message, ..
        }) => {
            println!("caught {type_name}: {message}")
        }
        other => println!("unexpected: {other:?}"),
    }
    Ok(())
}

#[test]
fn runs() {
    main().expect("the example runs");
}
