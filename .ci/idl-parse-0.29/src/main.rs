// `anchor build` 0.29's IDL without the Anchor CLI: Anchor 0.29's own IDL generator (anchor-syn 0.29.0,
// feature `idl-parse`) run on one program crate the way anchor-cli 0.29.0 runs it, the IDL printed as the
// CLI writes target/idl/<name>.json once `anchor test` or `anchor deploy` has added the program's address.
// In: the path of a program crate inside an Anchor workspace (the nearest Anchor.toml above it is the
// workspace's, as the CLI finds it). Out: the IDL JSON on stdout (serde_json's pretty printer, as the CLI
// writes it); exit 1 with the parser's error when the program cannot be parsed.
//
// As anchor-cli 0.29.0: the parser reads src/lib.rs (and the modules it declares) with the crate's
// [package] version, Anchor.toml's `features.seeds` (default false: no PDA seeds or relations in the IDL)
// and `features.skip-lint` (default false: the `/// CHECK:` safety checks run), docs kept; `anchor test`
// and `anchor deploy` then set `metadata` to `{"address": <the program's id>}` from `[programs.localnet]`.
use std::{env, fs, path::Path, process::ExitCode};

fn read_toml(path: &Path) -> Result<toml::Table, String> {
    let text = fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    text.parse().map_err(|e| format!("{}: {e}", path.display()))
}

fn flag(config: &toml::Table, key: &str, path: &Path) -> Result<bool, String> {
    match config.get("features").and_then(|f| f.as_table()).and_then(|f| f.get(key)) {
        None => Ok(false),
        Some(value) => value
            .as_bool()
            .ok_or_else(|| format!("{}: features.{key} is not a boolean", path.display())),
    }
}

fn idl_of(program: &Path) -> Result<String, String> {
    let anchor_toml = program
        .ancestors()
        .map(|dir| dir.join("Anchor.toml"))
        .find(|path| path.is_file())
        .ok_or_else(|| format!("{}: no Anchor.toml in it or above it", program.display()))?;
    let config = read_toml(&anchor_toml)?;
    let seeds = flag(&config, "seeds", &anchor_toml)?;
    let skip_lint = flag(&config, "skip-lint", &anchor_toml)?;
    let cargo_toml = program.join("Cargo.toml");
    let version = read_toml(&cargo_toml)?
        .get("package")
        .and_then(|p| p.get("version"))
        .and_then(|v| v.as_str())
        .ok_or_else(|| format!("{}: no package.version", cargo_toml.display()))?
        .to_string();
    let lib = program.join("src/lib.rs");
    let mut idl = anchor_syn::idl::parse::file::parse(&lib, version, seeds, false, !skip_lint)
        .map_err(|e| format!("{}: {e:#}", lib.display()))?;
    let address = config
        .get("programs")
        .and_then(|p| p.get("localnet"))
        .and_then(|p| p.get(&idl.name))
        .and_then(|a| a.as_str())
        .ok_or_else(|| format!("{}: no programs.localnet.{}", anchor_toml.display(), idl.name))?;
    idl.metadata = Some(serde_json::json!({ "address": address }));
    Ok(serde_json::to_string_pretty(&idl).expect("an IDL serializes"))
}

fn main() -> ExitCode {
    let args: Vec<String> = env::args().skip(1).collect();
    let [program] = args.as_slice() else {
        eprintln!("usage: anchor-idl-parse-0-29 <program crate dir in an Anchor workspace>");
        return ExitCode::from(2);
    };
    match fs::canonicalize(program).map_err(|e| format!("{program}: {e}")).and_then(|p| idl_of(&p)) {
        Ok(json) => {
            println!("{json}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{e}");
            ExitCode::FAILURE
        }
    }
}
