// The emitted Rust against the real tools: rustfmt leaves every file as it is (when rustfmt is
// installed), and the cargo gate (.ci/cargo-check.sh, only with POSEIDON_CARGO_CHECK=1: it builds
// anchor-lang and anchor-spl 0.32.1 from crates.io) type-checks every program in both of its forms: the
// hand-written IR fixtures, and the test programs with helper functions (rewards), a CPI into another DSL program
// (exchange) and a ProgramData account (upgradeauthority) as the front end lowers them.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { allPrograms } from './programs.js';
import { tokenPrograms } from './token-programs.js';
import { functionPrograms } from './function-programs.js';
import { writeWorkspaces } from './workspaces.js';
import { compileShared } from '../frontend/helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'poseidon-anchor-'));
const workspaces = writeWorkspaces(dir, [
  ...allPrograms, ...tokenPrograms, ...functionPrograms, ...['rewards', 'exchange', 'upgradeauthority'].map(compileShared),
]);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const rustfmtInstalled = spawnSync('rustfmt', ['--version']).status === 0;
const cargoGate = process.env.POSEIDON_CARGO_CHECK === '1';

function rustFiles(root: string): string[] {
  return readdirSync(root).flatMap((name) => {
    const path = join(root, name);
    if (statSync(path).isDirectory()) return rustFiles(path);
    return path.endsWith('.rs') ? [path] : [];
  });
}

describe('emitted Rust', () => {
  it.skipIf(!rustfmtInstalled)('is already rustfmt-formatted', () => {
    const files = workspaces.flatMap(rustFiles);
    const run = spawnSync('rustfmt', ['--edition', '2021', '--check', ...files], { encoding: 'utf8' });
    expect(run.stdout + run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it.skipIf(!cargoGate)('passes cargo check against anchor-lang and anchor-spl 0.32.1', () => {
    const script = join(import.meta.dirname, '../../.ci/cargo-check.sh');
    const run = spawnSync('bash', [script, ...workspaces], { encoding: 'utf8' });
    expect(run.stdout).toContain(`cargo-check: all ${workspaces.length} workspace(s) clean`);
    expect(run.status).toBe(0);
  }, 900_000);
});
