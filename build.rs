//! Generates the LR parser from grammar/gilt.lalrpop, and embeds the library modules written in
//! Gilt (stdlib/*.py) so that `gilt` finds them from any directory.
use std::fmt::Write as _;

fn main() {
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    lalrpop::Configuration::new()
        .set_out_dir(&out)
        .emit_rerun_directives(true)
        .process_file("grammar/gilt.lalrpop")
        .expect("lalrpop grammar failed to build");

    let root = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let dir = std::path::Path::new(&root).join("stdlib");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok())
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "py"))
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    let mut table = String::from("/// Library modules written in Gilt, embedded at build time.\npub static STDLIB: &[(&str, &str)] = &[\n");
    for p in names {
        println!("cargo:rerun-if-changed={}", p.display());
        let stem = p.file_stem().and_then(|s| s.to_str()).unwrap_or_default();
        let _ = writeln!(
            table,
            "    ({stem:?}, include_str!({:?})),",
            p.display().to_string()
        );
    }
    table.push_str("];\n");
    std::fs::write(std::path::Path::new(&out).join("stdlib.rs"), table)
        .expect("write stdlib table");
}
