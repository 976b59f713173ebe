// Interop: `poseidon init demo` makes a project that builds, type-checks and passes its own test
// (solana-bankrun's startAnchor + @anchor-lang/core against the built .so and IDL) out of the box.
// `npm install` is stood in for by linking this checkout's node_modules (the versions it pins).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli/helpers.js';
import { linkToolchainModules, TOOLCHAIN_ROOT } from './support.js';

let parent: string;
let project: string;

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

  it('passes its own test under poseidon test (build, then the project\'s vitest)', async () => {
    const test = await runCli(['test'], project);

    expect([test.code, test.stderr]).toEqual([0, '']);
    expect(test.stdout).toMatch(/^demo: generated\/demo\/target\/deploy\/demo\.so, \d+ bytes, \d+ ms\n$/);
  }, 60_000);

  it('type-checks with its own tsconfig (the DSL declarations come from the toolchain package)', () => {
    const tsc = spawnSync(process.execPath, [join(TOOLCHAIN_ROOT, 'node_modules/typescript/bin/tsc'), '-p', project], { encoding: 'utf8' });

    expect([tsc.status, tsc.stdout]).toEqual([0, '']);
  }, 60_000);
});
