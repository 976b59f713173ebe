// `anchor idl build` without the Anchor CLI: Anchor's own IDL builder (anchor-lang-idl, feature `build`)
// run on one program crate the way the CLI runs it, the IDL printed as the CLI writes it.
// In: the path of a program crate inside an Anchor workspace (the nearest Anchor.toml above it is the
// workspace's, as the CLI finds it). Out: the IDL JSON on stdout (serde_json's pretty printer, as
// `anchor idl build` writes it); the builder's cargo output on stderr; exit 1 with the builder's error when
// the build fails.
//
// anchor-lang-idl runs `cargo test __anchor_private_print_idl --features idl-build` in the program folder
// (RUSTFLAGS="-A warnings", ANCHOR_IDL_BUILD_* set from the options below, every other variable inherited:
// CARGO_TARGET_DIR too), merges the program, error, event, constant and type blocks the test prints,
// turns module paths into names, sorts by name and verifies the discriminators, as the CLI does.
use std::{env, fs, path::Path, process::ExitCode};

/// Anchor.toml's `[features]`, with the CLI's defaults (anchor-cli's FeaturesConfig): resolution on, lint on.
struct Features {
    resolution: bool,
    skip_lint: bool,
}

fn read_features(anchor_toml: &Path) -> Result<Features, String> {
    let text =
        fs::read_to_string(anchor_toml).map_err(|e| format!("{}: {e}", anchor_toml.display()))?;
    let config: toml::Table = text
        .parse()
        .map_err(|e| format!("{}: {e}", anchor_toml.display()))?;
    let features = config.get("features").and_then(|f| f.as_table());
    let flag = |key: &str, default: bool| -> Result<bool, String> {
        match features.and_then(|f| f.get(key)) {
            None => Ok(default),
            Some(value) => value.as_bool().ok_or_else(|| {
                format!("{}: features.{key} is not a boolean", anchor_toml.display())
            }),
        }
    };
    Ok(Features {
        resolution: flag("resolution", true)?,
        skip_lint: flag("skip-lint", false)?,
    })
}

fn main() -> ExitCode {
    let args: Vec<String> = env::args().skip(1).collect();
    let [program] = args.as_slice() else {
        eprintln!("usage: anchor-idl-build <program crate dir in an Anchor workspace>");
        return ExitCode::from(2);
    };
    let program = match fs::canonicalize(program) {
        Ok(path) => path,
        Err(e) => {
            eprintln!("{program}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let Some(anchor_toml) = program
        .ancestors()
        .map(|dir| dir.join("Anchor.toml"))
        .find(|path| path.is_file())
    else {
        eprintln!("{}: no Anchor.toml in it or above it", program.display());
        return ExitCode::FAILURE;
    };
    let features = match read_features(&anchor_toml) {
        Ok(features) => features,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    // anchor-lang-idl runs the plain `cargo` (the default toolchain: stable) unless RUSTUP_TOOLCHAIN is
    // set, and then `cargo "+{toolchain}"`, a literal naming no toolchain. rustup's proxies set it for
    // what they start (e.g. under `cargo run`); the Anchor CLI is started by none.
    env::remove_var("RUSTUP_TOOLCHAIN");
    // As anchor-cli 1.2.2's generate_idl: Anchor.toml's features, docs kept (no --no-docs), no cargo args.
    let built = anchor_lang_idl::build::IdlBuilder::new()
        .program_path(program.clone())
        .resolution(features.resolution)
        .skip_lint(features.skip_lint)
        .no_docs(false)
        .build();
    match built {
        Ok(idl) => {
            println!(
                "{}",
                serde_json::to_string_pretty(&idl).expect("an IDL serializes")
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{}: {e:#}", program.display());
            ExitCode::FAILURE
        }
    }
}
