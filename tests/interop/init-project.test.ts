// Interop: `poseidon init demo` makes a project that builds, type-checks and passes its own test
// (projectRuntime from poseidon-sbf/testing + @anchor-lang/core against the built .so and IDL) out of the
// box, with quiet output, on each runtime `--runtime` offers for the .so, and a failing require shown at its
// TypeScript line. `npm install` is stood in for by linking this checkout's node_modules (the versions it
// pins); tests/tarball runs the real one, and `--runtime native`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli/helpers.js';
import { linkToolchainModules, TOOLCHAIN_ROOT } from './support.js';

let parent: string;
let project: string;

/** Child output without its colours. */
const plain = (text: string): string => text.replace(/\x1b\[[0-9;]*m/g, '');

beforeAll(async () => {
  parent = mkdtempSync(join(tmpdir(), 'poseidon-init-'));
  const init = await runCli(['init', 'demo'], parent);
  if (init.code !== 0) throw new Error(`poseidon init failed: ${init.stderr}`);
  project = join(parent, 'demo');
  linkToolchainModules(project);
});

afterAll(() => rmSync(parent, { recursive: true, force: true }));

describe('a project made by poseidon init', () => {
  it('builds the program where its test loads it from', async () => {
    const build = await runCli(['build'], project);

    expect([build.code, build.stderr]).toEqual([0, '']);
    expect(['target/deploy/demo.so', 'target/idl/demo.json', 'Anchor.toml'].map((f) => existsSync(join(project, 'generated/demo', f))))
      .toEqual([true, true, true]);
  });

  it('passes its own test under poseidon test (build, then the project\'s vitest), with no runtime log lines', async () => {
    const test = await runCli(['test'], project);

    // solana-bankrun prints its INFO/DEBUG lines on stderr unless RUST_LOG says otherwise: poseidon test sets it to error.
    expect([test.code, test.stderr]).toEqual([0, '']);
    expect(plain(test.stdout)).toMatch(/^demo: generated\/demo\/target\/deploy\/demo\.so, \d+ bytes, \d+ ms\n[^]*Tests {2}3 passed \(3\)\n/);
  }, 60_000);

  // --runtime native is run once, from the packed tarball (tests/tarball), to keep npm test free of a host build.
  it.each(['litesvm', 'bankrun'])('passes its own test under poseidon test --runtime %s', async (kind) => {
    const test = await runCli(['test', '--runtime', kind], project);

    expect([test.code, test.stderr]).toEqual([0, '']);
    expect(plain(test.stdout)).toMatch(/^demo: generated\/demo\/target\/deploy\/demo\.so, \d+ bytes, \d+ ms\n[^]*Tests {2}3 passed \(3\)\n/);
  }, 60_000);

  it('shows the runtime\'s log lines when RUST_LOG asks for them', async () => {
    const test = spawnSync(process.execPath, [join(TOOLCHAIN_ROOT, 'bin/poseidon.js'), 'test'], {
      cwd: project, encoding: 'utf8', env: { ...process.env, RUST_LOG: 'debug' },
    });

    expect([test.status, /DEBUG solana_runtime::message_processor::stable_log\] Program log: Instruction: Initialize/.test(test.stderr)]).toEqual([0, true]);
  }, 60_000);

  it('names the TypeScript line of a failing require in the test output, after Anchor\'s Rust location', async () => {
    // The project's own send helper throws the AnchorError; this test does not expect it, so it fails.
    writeFileSync(join(project, 'tests/fails-on-purpose.test.ts'), readFileSync(join(project, 'tests/demo.test.ts'), 'utf8')
      .replace(/^it\([^]*$/m, `it('fails on purpose: increments by zero', async () => {
  await send(await program.methods.initialize().accounts({ authority: runtime.payer.publicKey }).instruction());
  await send(await program.methods.increment(new anchor.BN(0)).accounts({ authority: runtime.payer.publicKey }).instruction());
});
`));
    const source = readFileSync(join(project, 'programs/demo.ts'), 'utf8').split('\n');
    const line = source.findIndex((text) => text.includes('require(amount > 0')) + 1;
    const column = source[line - 1]!.indexOf('require') + 1;

    const test = await runCli(['test', '--', 'tests/fails-on-purpose.test.ts'], project);
    rmSync(join(project, 'tests/fails-on-purpose.test.ts'));

    const shown = plain(test.stdout + test.stderr);
    expect([test.code, /AnchorError thrown in programs\/demo\/src\/instructions\/increment\.rs:\d+ \(([^)]+)\)\. Error Code: ZeroAmount\./.exec(shown)?.[1]])
      .toEqual([1, `programs/demo.ts:${line}:${column}`]);
  }, 60_000);

  it('type-checks with its own tsconfig (the DSL declarations come from the toolchain package)', () => {
    const tsc = spawnSync(process.execPath, [join(TOOLCHAIN_ROOT, 'node_modules/typescript/bin/tsc'), '-p', project], { encoding: 'utf8' });

    expect([tsc.status, tsc.stdout]).toEqual([0, '']);
  }, 60_000);
});
