// `poseidon test [--config <path>] [<name>…] [-- <args>]`: `poseidon build`, then the project's tests
// with the terminal handed to them: in a poseidon.config.json project its own vitest (`vitest run`);
// in a Poseidon (Anchor) workspace Anchor.toml's [scripts] test against an in-process validator, as
// `anchor test` runs it against solana-test-validator.
// The tests' output passes through io with each Anchor error location followed by its TypeScript line
// (src/cli/test-process.ts), and without solana-bankrun's INFO/DEBUG lines unless RUST_LOG asks for them.
// In: the command's argv and io. Out: the build's output, then the tests'; the build's exit code when it
// fails, otherwise the tests'.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseCommandArgs } from '../args.js';
import { displayPath } from '../compile-source.js';
import { DEFAULT_CONFIG_FILE } from '../config.js';
import { EXIT_OK, reportError, reportUsageError, type CliIo } from '../io.js';
import { runAnchorTests } from '../anchor-test.js';
import { ANCHOR_TOML, isPoseidonProject, readAnchorPrograms } from '../poseidon-project.js';
import { projectSourceMaps } from '../source-maps.js';
import { runTestProcess } from '../test-process.js';
import { buildCommand } from './build.js';

export const TEST_USAGE = `Usage: poseidon test [--config <path>] [<name>...] [-- <args>]

Build like \`poseidon build\` (every program, or only the named ones), then run the project's tests
with the project's vitest (\`vitest run\`) in the folder of the config file. Arguments after \`--\`
go to vitest. The exit code is the build's when it fails, otherwise vitest's.

In the tests' output, each Anchor error location (\`AnchorError thrown in <file>.rs:<line>\`) is
followed by the TypeScript line it comes from (target/sourcemap/<name>.json, written by the build).
solana-bankrun's INFO and DEBUG lines are off unless RUST_LOG is set (e.g. RUST_LOG=debug).

In a Poseidon workspace (Anchor.toml and ts-programs/), run Anchor.toml's [scripts] test as
\`anchor test\` does, against an in-process validator holding the programs of [programs.localnet]
and [[test.genesis]]: ANCHOR_PROVIDER_URL and ANCHOR_WALLET point at it, so tests using
\`AnchorProvider.env()\` and \`anchor.workspace\` run with no validator installed. Arguments after
\`--\` are appended to the script.

Options:
  -c, --config <path>    The config file (default: poseidon.config.json)
  -h, --help             Show this help
`;

const OPTIONS = {
  config: { type: 'string', short: 'c' },
  help: { type: 'boolean', short: 'h' },
} as const;

export async function testCommand(argv: string[], io: CliIo): Promise<number> {
  const separator = argv.indexOf('--');
  const ownArgs = separator === -1 ? argv : argv.slice(0, separator);
  const passedArgs = separator === -1 ? [] : argv.slice(separator + 1);
  const args = parseCommandArgs(ownArgs, OPTIONS, true);
  if (!args.ok) return reportUsageError(io, args.error, TEST_USAGE);
  if (args.values.help) {
    io.stdout(TEST_USAGE);
    return EXIT_OK;
  }
  const built = await buildCommand(ownArgs, io);
  if (built !== EXIT_OK) return built;
  if (args.values.config === undefined && isPoseidonProject(io.cwd)) return testPoseidonProject(io, passedArgs);

  const configPath = resolve(io.cwd, (args.values.config as string | undefined) ?? DEFAULT_CONFIG_FILE);
  const projectDir = dirname(configPath);
  const vitest = findVitestBin(projectDir);
  if (vitest === null) {
    return reportError(io, `vitest is not installed (no node_modules/vitest in ${displayPath(io.cwd, projectDir)} or above): run \`npm install\` in the project; one made by \`poseidon init\` lists vitest`);
  }
  const { maps, warnings } = projectSourceMaps(projectDir, configPath);
  for (const warning of warnings) io.stderr(`warning: ${warning}\n`);
  return runTestProcess(io, {
    command: process.execPath, args: [vitest, 'run', ...passedArgs], shell: false, cwd: projectDir, env: process.env, label: 'vitest',
  }, maps);
}

/**
 * The Anchor.toml test script against the in-process validator. Like `anchor test`, the validator holds
 * every program of [programs.localnet], not only those just built.
 */
function testPoseidonProject(io: CliIo, scriptArgs: string[]): Promise<number> {
  // The build has read Anchor.toml successfully just now.
  const listed = readAnchorPrograms(readFileSync(join(io.cwd, ANCHOR_TOML), 'utf8'));
  if (!listed.ok) return Promise.resolve(reportError(io, `${ANCHOR_TOML}: ${listed.error}`));
  const { maps, warnings } = projectSourceMaps(io.cwd, null);
  for (const warning of warnings) io.stderr(`warning: ${warning}\n`);
  return runAnchorTests(io, io.cwd, listed.programs, scriptArgs, maps);
}

/**
 * The project's vitest executable, found the way Node resolves the package: node_modules/vitest in
 * the project folder or an ancestor. Running it with this Node (rather than through npx) never
 * downloads anything and works the same on every platform.
 */
function findVitestBin(projectDir: string): string | null {
  for (let dir = projectDir; ; dir = dirname(dir)) {
    const pkgPath = join(dir, 'node_modules', 'vitest', 'package.json');
    if (existsSync(pkgPath)) {
      const pkg = JSON.parse(readFileSync(pkgPath, 'utf8')) as { bin?: string | Record<string, string> };
      const bin = typeof pkg.bin === 'string' ? pkg.bin : pkg.bin?.vitest;
      return bin === undefined ? null : join(dirname(pkgPath), bin);
    }
    if (dirname(dir) === dir) return null;
  }
}
