//! Generates the LR parser from grammar/gilt.lalrpop into OUT_DIR.
fn main() {
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    lalrpop::Configuration::new()
        .set_out_dir(out)
        .emit_rerun_directives(true)
        .process_file("grammar/gilt.lalrpop")
        .expect("lalrpop grammar failed to build");
}
