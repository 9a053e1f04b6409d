//! Giving Gilt scripts Rust functions and Rust types: a native module with functions, and a
//! Rust struct exposed as a class that scripts construct, call, use with operators, iterate
//! and subclass; the host then reads the Rust value back out of the script's objects.
//!
//! Run with `cargo run --example embed_functions_and_types` (add `--features
//! free-threading` for the free-threaded build).

use gilt::{Class, ClassBuilder, Exception, Handle, Interpreter, Module};

/// An inventory the host owns and scripts work with.
#[derive(Clone, Debug, Default)]
struct Inventory {
    items: Vec<(String, u32)>,
}

impl Class for Inventory {
    const NAME: &'static str = "Inventory";

    fn build(c: &mut ClassBuilder<Self>) {
        c.constructor(Inventory::default)
            .method_kw(
                "add",
                &["name", "count"],
                |inv: &mut Inventory, name: String, count: Option<u32>| {
                    let count = count.unwrap_or(1);
                    match inv.items.iter_mut().find(|(n, _)| *n == name) {
                        Some((_, c)) => *c += count,
                        None => inv.items.push((name, count)),
                    }
                },
            )
            .method(
                "take",
                |inv: &mut Inventory, name: String, count: u32| -> Result<u32, Exception> {
                    let Some((_, have)) = inv.items.iter_mut().find(|(n, _)| *n == name) else {
                        return Err(Exception::new("KeyError", format!("no {name} in stock")));
                    };
                    if *have < count {
                        return Err(Exception::new(
                            "ValueError",
                            format!("only {have} {name} left"),
                        ));
                    }
                    *have -= count;
                    Ok(*have)
                },
            )
            .getter("total", |inv: &Inventory| {
                inv.items.iter().map(|(_, c)| *c).sum::<u32>()
            })
            .method("__len__", |inv: &Inventory| inv.items.len())
            .method("__contains__", |inv: &Inventory, name: String| {
                inv.items.iter().any(|(n, c)| *n == name && *c > 0)
            })
            .method("__iter__", |inv: &Inventory| {
                inv.items.iter().map(|(n, _)| n.clone()).collect::<Vec<_>>()
            })
            .method("__getitem__", |inv: &Inventory, name: String| {
                inv.items
                    .iter()
                    .find(|(n, _)| *n == name)
                    .map_or(0, |(_, c)| *c)
            })
            .method("__add__", |a: &Inventory, b: Inventory| {
                let mut sum = a.clone();
                for (n, c) in b.items {
                    match sum.items.iter_mut().find(|(m, _)| *m == n) {
                        Some((_, have)) => *have += c,
                        None => sum.items.push((n, c)),
                    }
                }
                sum
            })
            .method("__repr__", |inv: &Inventory| {
                let parts: Vec<String> =
                    inv.items.iter().map(|(n, c)| format!("{n}={c}")).collect();
                format!("Inventory({})", parts.join(", "))
            });
    }
}

fn main() -> Result<(), gilt::Error> {
    let interp = Interpreter::new();

    // a native module: functions with typed, optional and keyword parameters, and a class
    let shop = Module::new("shop")
        .function("price_of", |name: String| -> Result<f64, Exception> {
            match name.as_str() {
                "apple" => Ok(0.5),
                "pear" => Ok(0.75),
                _ => Err(Exception::new("KeyError", format!("no price for {name}"))),
            }
        })
        .function_kw(
            "discount",
            &["amount", "percent"],
            |amount: f64, percent: Option<f64>| amount * (1.0 - percent.unwrap_or(10.0) / 100.0),
        )
        .class::<Inventory>()
        .value("CURRENCY", "EUR");
    interp.register_module(shop)?;

    interp.exec(concat!(
        "from shop import Inventory, price_of, discount, CURRENCY\n",
        "\n",
        "class Shelf(Inventory):\n",
        "    \"A Gilt subclass of the Rust type.\"\n",
        "    def __init__(self, label):\n",
        "        super().__init__()\n",
        "        self.label = label\n",
        "    def value(self):\n",
        "        return sum(self[n] * price_of(n) for n in self)\n",
        "\n",
        "shelf = Shelf('fruit')\n",
        "shelf.add('apple', 10)\n",
        "shelf.add('pear', count=4)\n",
        "shelf.add('apple')\n",
        "left = shelf.take('pear', 3)\n",
        "try:\n",
        "    shelf.take('plum', 1)\n",
        "except KeyError as e:\n",
        "    problem = str(e)\n",
        "both = shelf + Inventory()\n",
        "report = f'{shelf.label}: {len(shelf)} kinds, {shelf.total} items, '\n",
        "report += f'worth {discount(shelf.value(), percent=20):.2f} {CURRENCY} after 20% off'\n",
    ))?;

    println!("{}", interp.get::<String>("report")?);
    println!(
        "pears left: {}, problem: {}",
        interp.get::<u32>("left")?,
        interp.get::<String>("problem")?
    );
    println!("a sum of inventories: {}", interp.get::<Handle>("both")?);
    println!(
        "'apple' in shelf: {}",
        interp.eval::<bool>("'apple' in shelf")?
    );

    // the Rust value behind the script's object, borrowed or copied out
    let shelf: Handle = interp.get("shelf")?;
    println!("the host sees: {:?}", shelf.borrow::<Inventory>()?.items);
    shelf.borrow_mut::<Inventory>()?.items.clear();
    println!(
        "after the host cleared it: {} items",
        interp.eval::<u32>("shelf.total")?
    );
    let copy: Inventory = interp.get("both")?;
    println!("a copy out of the script: {} kinds", copy.items.len());
    Ok(())
}

#[test]
fn runs() {
    main().expect("the example runs");
}
