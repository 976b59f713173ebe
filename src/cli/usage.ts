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
