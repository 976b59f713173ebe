// The help texts of the `poseidon` command and of each of its commands.
// In: nothing. Out: usage strings (each ends with a newline) printed by --help and after usage errors.

export const MAIN_USAGE = `Usage: poseidon <command> [options]

Write Solana programs in TypeScript: compile the Poseidon DSL to Anchor Rust, an Anchor IDL and a
deployable sBPF binary.

Commands:
  compile    Compile one DSL file to Anchor Rust (-o), an sBPF binary (--sbf) and/or an IDL (--idl)
  build      Build the programs of poseidon.config.json into their Anchor workspaces
  init       Create a new project: a counter program, its config and keypair, a test
  test       Build, then run the project's tests (its vitest, or Anchor.toml's test script)
  sync       Write the program keypair's public key into PROGRAM_ID and poseidon.config.json
  deploy     Deploy (or upgrade) a built program through the BPF upgradeable loader
  keygen     Write a new wallet keypair (default: ~/.config/solana/id.json), never replacing one
  airdrop    Ask a cluster's faucet (devnet, localnet) for SOL for the wallet
  explain    Show the TypeScript line behind an error location a program logs
  help       Show help for poseidon or for one command

Options:
  -h, --help       Show this help
  -V, --version    Print the version

Run \`poseidon help <command>\` for the options of a command.
`;

export const COMPILE_USAGE = `Usage: poseidon compile -i <file.ts> [-o <lib.rs>] [--sbf <out.so>] [--idl <out.json>] [--features <a,b>]

Compile one DSL source file. At least one output is required; they may be combined.

Options:
  -i, --input <file.ts>    The DSL source file
  -o, --output <lib.rs>    Write the program as one Anchor Rust file (Poseidon's output)
      --sbf <out.so>       Write the deployable sBPF binary
      --idl <out.json>     Write the Anchor IDL
      --features <a,b>     Build with these Cargo features of the program crate, as \`anchor build
                           --features\`: no-log-ix-name (no \`Instruction: <Name>\` log)
  -h, --help               Show this help
`;

export const BUILD_USAGE = `Usage: poseidon build [--config <path>] [<name>...]

Build every program of poseidon.config.json, or only the named ones, into its \`out\` folder
(default generated/<name>/): the Anchor workspace plus target/deploy/<name>.so,
target/idl/<name>.json and target/types/<name>.ts, where \`anchor build\` puts them, and
target/sourcemap/<name>.json, which maps each error location the program logs to its TypeScript
line (\`poseidon explain\`, \`poseidon test\`).
A program's "features" (e.g. ["no-log-ix-name"]) are built in and become the crate's default features.
Files in the out folder that the build did not write are removed, except
target/deploy/<name>-keypair.json.
In a Poseidon workspace (Anchor.toml and ts-programs/, no poseidon.config.json), build does
what Poseidon's build does: each program of Anchor.toml's [programs.localnet] from
ts-programs/src/<name>.ts (the key in camelCase, as written, in snake_case or kebab-case; or directly
in ts-programs/) to programs/<name>/src/lib.rs, plus the .so, IDL and types in target/ under the key
and under the program module's name, and target/sourcemap/<key>.json.

Options:
  -c, --config <path>    The config file (default: poseidon.config.json)
  -h, --help             Show this help
`;

export const DEPLOY_USAGE = `Usage: poseidon deploy [--cluster <name|url>] [--keypair <path>] [--program-keypair <path>] [<name>]

Deploy the built program <name> of poseidon.config.json (the only one when there is one) from
<out>/target/deploy/<crate>.so through the BPF upgradeable loader: write it into a buffer account, then
deploy it with room to grow to twice its size, or upgrade the program when its id is already deployed.

Options:
  -u, --cluster <name|url>      devnet, mainnet-beta, testnet, localnet or an RPC URL (default: "cluster" in
                                poseidon.config.json, else json_rpc_url of the Solana CLI config, else devnet)
  -k, --keypair <path>          The wallet: pays, and is the upgrade authority (default: keypair_path of the
                                Solana CLI config, else ~/.config/solana/id.json)
      --program-keypair <path>  The program id keypair (default: <out>/target/deploy/<crate>-keypair.json,
                                created when missing)
  -c, --config <path>           The config file (default: poseidon.config.json)
  -h, --help                    Show this help
`;

export const INIT_USAGE = `Usage: poseidon init [--force] <name>

Create the folder <name>/ holding a new project: programs/<name>.ts (a counter program),
poseidon.config.json, a fresh program keypair at generated/<name>/target/deploy/<name>-keypair.json
whose public key is the program id, package.json and tsconfig.json wired to this toolchain, and
tests/<name>.test.ts, which runs the built program in solana-bankrun. A "-" in <name> becomes "_"
in file and program names, as in Anchor. The project depends on this toolchain's version range
(^x.y.z). init refuses to create it inside another npm project (a package.json above it) or a git
work tree, unless --force.

Options:
  -f, --force   Create the project even inside another npm project or git work tree
  -h, --help    Show this help
`;

export const SYNC_USAGE = `Usage: poseidon sync [--config <path>] [--program-keypair <path>] [<name>]

Write the public key of a program keypair into the program's source (static PROGRAM_ID) and into
poseidon.config.json. <name> may be left out when the config lists one program. The keypair
defaults to the one \`poseidon build\` keeps: <out>/target/deploy/<crate>-keypair.json, where <crate>
is the snake_case of the program class (the same as <name> in a project made by \`poseidon init\`).
In a Poseidon workspace (Anchor.toml and ts-programs/), every program of [programs.localnet]
(or the named one) is synced from target/deploy/<name>-keypair.json (created first when missing, as
\`anchor keys sync\` does) into Anchor.toml, the program's TypeScript source (found as \`poseidon build\`
finds it) and the program's declare_id!.

Options:
  -c, --config <path>             The config file (default: poseidon.config.json)
  -k, --program-keypair <path>    The keypair whose public key becomes the program id
  -h, --help                      Show this help
`;

export const TEST_USAGE = `Usage: poseidon test [--config <path>] [--runtime <kind>] [<name>...] [-- <args>]

Build like \`poseidon build\` (every program, or only the named ones), then run the project's tests
with the project's vitest (\`vitest run\`) in the folder of the config file. Arguments after \`--\`
go to vitest. The exit code is the build's when it fails, otherwise vitest's.

--runtime picks what tests that create their runtime with \`projectRuntime()\` (as \`poseidon init\`'s
test does) run on: bankrun (the default) or litesvm run the .so; native runs each program's emitted
Anchor Rust (the workspace \`anchor build\` compiles), built for this machine with cargo and run under
solana-program-test (cached in ~/.cache/poseidon; the first build takes minutes). Compute units are
not measured natively. A --runtime that no test used fails the run.

In the tests' output, each Anchor error location (\`AnchorError thrown in <file>.rs:<line>\`) is
followed by the TypeScript line it comes from (target/sourcemap/<name>.json, written by the build).
solana-bankrun's INFO and DEBUG lines are off unless RUST_LOG is set (e.g. RUST_LOG=debug).

In a Poseidon workspace (Anchor.toml and ts-programs/), run Anchor.toml's [scripts] test as
\`anchor test\` does, against an in-process validator holding the programs of [programs.localnet]
and [[test.genesis]]: ANCHOR_PROVIDER_URL and ANCHOR_WALLET point at it, so tests using
\`AnchorProvider.env()\` and \`anchor.workspace\` run with no validator installed. Arguments after
\`--\` are appended to the script. Its bank runs the programs' .so on LiteSVM (--runtime litesvm, the
default there) or, with --runtime native, the Anchor Rust of programs/<name>/ built for this machine
(the anchor-lang release its Cargo.toml pins); bankrun has no RPC server to stand behind one.

Options:
  -c, --config <path>    The config file (default: poseidon.config.json)
  -r, --runtime <kind>   bankrun, litesvm or native (default: bankrun; a Poseidon workspace: litesvm)
  -h, --help             Show this help
`;

export const KEYGEN_USAGE = `Usage: poseidon keygen [<path>]

Write a new keypair file in the Solana CLI's format (a JSON array of 64 bytes, as solana-keygen
writes it, readable by you only) and print its public key. <path> defaults to the wallet
\`poseidon deploy\` pays with: keypair_path of the Solana CLI config, else ~/.config/solana/id.json.
An existing file is never replaced.

Options:
  -h, --help    Show this help
`;

export const AIRDROP_USAGE = `Usage: poseidon airdrop <sol> [<address>] [--cluster <name|url>] [--keypair <path>]

Ask the cluster's faucet for <sol> SOL (e.g. 2 or 0.5) for <address>, by default the wallet
\`poseidon deploy\` pays with, and wait until it is confirmed. devnet, testnet and a local validator
have a faucet; mainnet-beta has none. Devnet's faucet gives a few SOL per request and per day.

Options:
  -u, --cluster <name|url>    devnet, testnet, localnet or an RPC URL (default: "cluster" in
                              poseidon.config.json, else json_rpc_url of the Solana CLI config, else devnet)
  -k, --keypair <path>        The wallet to fund when no <address> is given (default: keypair_path of
                              the Solana CLI config, else ~/.config/solana/id.json)
  -h, --help                  Show this help
`;

export const EXPLAIN_USAGE = `Usage: poseidon explain [--config <path>] [<location>...]

Show the TypeScript statement behind an error location a program logs: Anchor's
"AnchorError thrown in programs/<name>/src/<file>.rs:<line>" names the generated Rust, and
\`poseidon build\` writes target/sourcemap/<name>.json, which maps each such location back to the
\`require\` (or checked conversion) in the program's source. A <location> is a Rust file:line or text
holding one (a log line, an error message). Without a location, explain reads stdin and prints it
back with the TypeScript line after every location it knows, e.g. \`solana logs | poseidon explain\`.

Options:
  -c, --config <path>    The config file (default: poseidon.config.json; in a Poseidon workspace, Anchor.toml's)
  -h, --help             Show this help
`;
