// `poseidon test [--config <path>] [--runtime <kind>] [<name>…] [-- <args>]`: `poseidon build`, then the
// project's tests with the terminal handed to them: in a poseidon.config.json project its own vitest
// (`vitest run`), told the runtime to run on (src/runtime/project.ts; native: the host built first, here);
// in a Poseidon (Anchor) workspace Anchor.toml's [scripts] test against an in-process validator, as
// `anchor test` runs it against solana-test-validator, whose bank runs the programs' .so on LiteSVM or
// (--runtime native) their Anchor Rust built for this machine.
// The tests' output passes through io with each Anchor error location followed by its TypeScript line
// (src/cli/test-process.ts), and without solana-bankrun's INFO/DEBUG lines unless RUST_LOG asks for them.
// In: the command's argv and io. Out: the build's output, then the tests'; the build's exit code when it
// fails, otherwise the tests'.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { nativeHost, type NativeProgram } from '../../runtime/native-host.js';
import {
  CONFIG_ENV, isProjectRuntimeKind, MARKER_ENV, PROJECT_RUNTIME_KINDS, projectPrograms, RUNTIME_ENV,
} from '../../runtime/project.js';
import type { RuntimeKind } from '../../runtime/types.js';
import { workspaceNativePrograms } from '../anchor-native.js';
import { parseCommandArgs } from '../args.js';
import { displayPath } from '../compile-source.js';
import { DEFAULT_CONFIG_FILE } from '../config.js';
import { EXIT_FAILURE, EXIT_OK, reportError, reportUsageError, type CliIo } from '../io.js';
import { runAnchorTests } from '../anchor-test.js';
import { ANCHOR_TOML, isPoseidonProject, readAnchorPrograms } from '../poseidon-project.js';
import { projectSourceMaps } from '../source-maps.js';
import { runTestProcess } from '../test-process.js';
import { buildCommand } from './build.js';
import { TEST_USAGE } from '../usage.js';

const OPTIONS = {
  config: { type: 'string', short: 'c' },
  runtime: { type: 'string', short: 'r' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** What runs a Poseidon workspace's tests by default: the in-process validator on a LiteSVM bank. */
const WORKSPACE_RUNTIME: RuntimeKind = 'litesvm';
/** The banks the in-process validator has: LiteSVM's, and the native host's. */
const WORKSPACE_RUNTIMES: readonly RuntimeKind[] = ['litesvm', 'native'];

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
  const runtime = args.values.runtime as string | undefined;
  if (runtime !== undefined && !isProjectRuntimeKind(runtime)) {
    return reportUsageError(io, `unknown runtime "${runtime}": use ${PROJECT_RUNTIME_KINDS.join(', ')}`, TEST_USAGE);
  }
  const config = args.values.config as string | undefined;
  const poseidonLayout = config === undefined && isPoseidonProject(io.cwd);
  if (poseidonLayout && runtime !== undefined && !WORKSPACE_RUNTIMES.includes(runtime)) return refuseWorkspaceRuntime(io, runtime);
  // The build takes the same arguments without --runtime.
  const built = await buildCommand([...(config === undefined ? [] : ['--config', config]), ...args.positionals], io);
  if (built !== EXIT_OK) return built;
  if (poseidonLayout) return testPoseidonProject(io, passedArgs, runtime ?? WORKSPACE_RUNTIME);

  const configPath = resolve(io.cwd, config ?? DEFAULT_CONFIG_FILE);
  const projectDir = dirname(configPath);
  const vitest = findVitestBin(projectDir);
  if (vitest === null) {
    return reportError(io, `vitest is not installed (no node_modules/vitest in ${displayPath(io.cwd, projectDir)} or above): run \`npm install\` in the project; one made by \`poseidon init\` lists vitest`);
  }
  if (runtime === 'native' && !(await buildNativeHost(io, configPath))) return EXIT_FAILURE;
  const { maps, warnings } = projectSourceMaps(projectDir, configPath);
  for (const warning of warnings) io.stderr(`warning: ${warning}\n`);
  const markerDir = runtime === undefined ? null : mkdtempSync(join(tmpdir(), 'poseidon-runtime-'));
  const marker = markerDir === null ? null : join(markerDir, 'created');
  const env = runtime === undefined || marker === null ? process.env
    : { ...process.env, [RUNTIME_ENV]: runtime, [CONFIG_ENV]: configPath, [MARKER_ENV]: marker };
  try {
    const code = await runTestProcess(io, {
      command: process.execPath, args: [vitest, 'run', ...passedArgs], shell: false, cwd: projectDir, env, label: 'vitest',
    }, maps);
    if (code !== EXIT_OK || marker === null || existsSync(marker)) return code;
    return reportError(io, `no test created its runtime with projectRuntime() (from poseidon-sbf), so none ran on --runtime ${runtime}: `
      + 'tests that start solana-bankrun or LiteSVM themselves always run the .so there; create the runtime as `poseidon init`\'s test does');
  } finally {
    if (markerDir !== null) rmSync(markerDir, { recursive: true, force: true });
  }
}

/**
 * The native host holding the project's programs, built before vitest starts (a test's hook would time
 * out on a cold build); the tests' runtimes then find it in the cache. False after reporting why not.
 */
async function buildNativeHost(io: CliIo, configPath: string): Promise<boolean> {
  try {
    const programs = projectPrograms(configPath, 'native');
    io.stdout('poseidon test: runtime native: building the programs\' Anchor Rust for this machine (cached in ~/.cache/poseidon; '
      + 'the first build takes minutes); compute units are not measured natively (TxResult.computeUnits is 0)\n');
    await nativeHost(programs.map((p) => ({ programId: p.programId, workspace: p.anchorWorkspace! })));
    return true;
  } catch (err) {
    reportError(io, err instanceof Error ? err.message : String(err));
    return false;
  }
}

/**
 * A Poseidon workspace's tests reach their programs through the in-process validator, whose bank is
 * LiteSVM's or the native host's: solana-bankrun is a bank with no RPC server in front of it.
 */
function refuseWorkspaceRuntime(io: CliIo, runtime: RuntimeKind): number {
  return reportError(io, `--runtime ${runtime} is not available in a Poseidon workspace: its tests reach the programs through the `
    + `in-process validator's JSON-RPC, and ${runtime} is a bank with no RPC server; use --runtime ${WORKSPACE_RUNTIMES.join(' or --runtime ')}, `
    + 'or list the programs in a poseidon.config.json and create the tests\' runtime with projectRuntime() to run them on bankrun');
}

/**
 * The Anchor.toml test script against the in-process validator. Like `anchor test`, the validator holds
 * every program of [programs.localnet], not only those just built; natively, their crates under programs/.
 */
function testPoseidonProject(io: CliIo, scriptArgs: string[], runtime: RuntimeKind): Promise<number> {
  // The build has read Anchor.toml successfully just now.
  const listed = readAnchorPrograms(readFileSync(join(io.cwd, ANCHOR_TOML), 'utf8'));
  if (!listed.ok) return Promise.resolve(reportError(io, `${ANCHOR_TOML}: ${listed.error}`));
  let native: NativeProgram[] | null = null;
  if (runtime === 'native') {
    const found = workspaceNativePrograms(io.cwd, listed.programs);
    if (!found.ok) return Promise.resolve(reportError(io, found.error));
    native = found.programs;
  }
  const { maps, warnings } = projectSourceMaps(io.cwd, null);
  for (const warning of warnings) io.stderr(`warning: ${warning}\n`);
  return runAnchorTests(io, io.cwd, listed.programs, scriptArgs, maps, native);
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
