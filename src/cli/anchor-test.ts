// `poseidon test` in a Poseidon (Anchor) workspace: what `anchor test` does after building, with an
// in-process validator instead of solana-test-validator. It starts the localnet holding every program
// of [programs.localnet] (target/deploy/<name>.so at its id) and the [[test.genesis]] programs, funds
// the wallet as the validator funds it, and runs Anchor.toml's [scripts] test with ANCHOR_PROVIDER_URL
// and ANCHOR_WALLET pointing there, so `AnchorProvider.env()` and `anchor.workspace` reach it. Given the
// programs' crates (--runtime native), its bank runs them built for this machine instead of their .so.
// In: io, the project folder, the programs, extra arguments for the script, the project's source maps,
// the native programs or null.
// Out: the script's output through io (src/cli/test-process.ts); its exit code (1 when it cannot start).
import { accessSync, constants, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { delimiter, dirname, isAbsolute, join, resolve } from 'node:path';
import { PublicKey } from '@solana/web3.js';
import { startLocalnet, type Localnet } from '../localnet/index.js';
import { generateProgramKeypair, readKeypairFile } from '../scaffold/index.js';
import type { SourceMap } from '../source-map/index.js';
import { readAnchorTestSettings } from './anchor-toml.js';
import { displayPath } from './compile-source.js';
import { describeSystemError, EXIT_FAILURE, reportError, type CliIo } from './io.js';
import type { NativeProgram } from '../runtime/native-host.js';
import type { AnchorProgram } from './poseidon-project.js';
import { runTestProcess } from './test-process.js';

const ANCHOR_TOML = 'Anchor.toml';
/** Package runners a test script starts with, and the words after them that name the binary to run. */
const RUNNER = /^\s*(yarn|pnpm|npx|bunx)(\s+(run|exec))?\s+/;

export async function runAnchorTests(
  io: CliIo, root: string, programs: AnchorProgram[], extraArgs: string[], maps: readonly SourceMap[], native: NativeProgram[] | null,
): Promise<number> {
  const settings = readAnchorTestSettings(readFileSync(join(root, ANCHOR_TOML), 'utf8'));
  if (!settings.ok) return reportError(io, `${ANCHOR_TOML}: ${settings.error}`);
  const { testScript, wallet, genesis, unsupported } = settings.settings;
  if (testScript === null) return reportError(io, `${ANCHOR_TOML} has no test script: add [scripts] test = "<command>" (what \`anchor test\` runs)`);
  for (const header of unsupported) {
    io.stderr(`warning: ${ANCHOR_TOML}'s [[${header}]] is not loaded: the in-process validator does not fetch accounts from a cluster or files; add programs as [[test.genesis]]\n`);
  }

  if (native !== null && genesis.length > 0) {
    return reportError(io, `${ANCHOR_TOML}'s [[test.genesis]] programs are .so files, which the native bank cannot run (it runs programs' Anchor Rust): `
      + 'run with --runtime litesvm');
  }
  const binaries: { programId: PublicKey; so: Uint8Array; name: string }[] = [];
  const load = (name: string, programId: string, path: string): boolean => {
    try {
      binaries.push({ programId: new PublicKey(programId), so: readFileSync(path), name });
      return true;
    } catch (err) {
      reportError(io, `cannot load program "${name}" from ${displayPath(root, path)}: ${describeSystemError(err)}`);
      return false;
    }
  };
  for (const program of programs) if (!load(program.name, program.programId, join(root, 'target/deploy', `${program.name}.so`))) return EXIT_FAILURE;
  for (const entry of genesis) if (!load(entry.address, entry.address, resolve(root, entry.program))) return EXIT_FAILURE;

  const walletFile = resolveWallet(wallet);
  if (native !== null) {
    io.stdout('poseidon test: runtime native: building the programs\' Anchor Rust for this machine (cached in ~/.cache/poseidon; '
      + 'the first build takes minutes); compute units are not measured natively (unitsConsumed is 0)\n');
  }
  let localnet: Localnet;
  try {
    localnet = await startLocalnet({
      programs: native === null ? binaries : binaries.map((binary, i) => ({ ...binary, anchorWorkspace: native[i]!.workspace })),
      bank: native === null ? 'litesvm' : 'native',
      wallet: new PublicKey(walletFile.publicKey),
      onUnknownMethod: (method) => io.stderr(`poseidon test: the in-process validator does not implement RPC method ${method} (answered "Method not found")\n`),
      onInternalError: (method, err) => io.stderr(`poseidon test: internal error in RPC method ${method}: ${err instanceof Error ? err.message : String(err)}\n`),
    });
  } catch (err) {
    walletFile.cleanup();
    return reportError(io, (err as Error).message);
  }
  io.stdout(`poseidon test: in-process validator at ${localnet.rpcUrl} (${binaries.length} program${binaries.length === 1 ? '' : 's'}${native === null ? '' : ', native'}); running: ${testScript}\n`);
  try {
    // node_modules/.bin folders go first on PATH, as yarn and npm run put them.
    const path = [...binFolders(root), process.env.PATH ?? ''].join(delimiter);
    return await runTestProcess(io, {
      command: commandFor(testScript, extraArgs),
      args: [],
      shell: true,
      cwd: root,
      env: { ...process.env, PATH: path, ANCHOR_PROVIDER_URL: localnet.rpcUrl, ANCHOR_WALLET: walletFile.path },
      label: 'the test script',
    }, maps);
  } finally {
    await localnet.close();
    walletFile.cleanup();
  }
}

/**
 * [provider] wallet with `~` expanded, as Anchor reads it; when that file does not exist (a machine
 * without the Solana CLI), a fresh keypair in a temporary file stands in for it.
 */
function resolveWallet(configured: string | null): { path: string; publicKey: string; cleanup: () => void } {
  const path = configured === null ? null : configured.replace(/^~(?=$|\/)/, homedir());
  const existing = path === null ? null : readKeypairFile(path);
  if (path !== null && existing?.ok) return { path, publicKey: existing.publicKey, cleanup: () => undefined };
  const dir = mkdtempSync(join(tmpdir(), 'poseidon-wallet-'));
  const keypair = generateProgramKeypair();
  const file = join(dir, 'id.json');
  writeFileSync(file, keypair.json, { mode: 0o600 });
  return { path: file, publicKey: keypair.publicKey, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * The script as a shell command. node_modules/.bin folders go first on PATH (as yarn and npm run do); a
 * script that starts with a package runner (`yarn run ts-mocha …`, `pnpm ts-mocha …`, `npx …`) whose
 * runner is not installed runs the binary straight from node_modules/.bin.
 */
function commandFor(script: string, extraArgs: string[]): string {
  const runner = RUNNER.exec(script);
  const command = runner && !onPath(runner[1]) ? script.slice(runner[0].length) : script;
  return [command, ...extraArgs.map(shellQuote)].join(' ');
}

/** node_modules/.bin of the project and of every folder above it (a workspace root's), as npm run puts them on PATH. */
function binFolders(root: string): string[] {
  const folders: string[] = [];
  for (let dir = root; ; dir = dirname(dir)) {
    folders.push(join(dir, 'node_modules', '.bin'));
    if (dirname(dir) === dir) return folders;
  }
}

function onPath(binary: string): boolean {
  return (process.env.PATH ?? '').split(delimiter).some((dir) => {
    if (!isAbsolute(dir)) return false;
    try {
      accessSync(join(dir, binary), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

function shellQuote(arg: string): string {
  return /^[A-Za-z0-9_./:=@%+-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}
