// Interop: a Poseidon project as its users write it (tests/fixtures/tip-jar: Anchor.toml, ts-programs/src/
// tipJar.ts, @coral-xyz/anchor 0.30.1, mocha + chai through ts-mocha) passes its own tests under
// `poseidon test`, unmodified: tests/bankrun.ts drives the program through anchor-bankrun's startAnchor
// and `new Program(idl, provider)`; tests/tip-jar.ts through `AnchorProvider.env()` and
// `anchor.workspace` against the in-process validator — airdrops, SPL token balances, AnchorErrors,
// events by listener and from logs, account fetches.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkToolchainModules, TOOLCHAIN_ROOT } from './support.js';

const FIXTURE = join(TOOLCHAIN_ROOT, 'tests/fixtures/tip-jar');
let project: string;
let run: { code: number | null; stdout: string; stderr: string };

/** `npx poseidon test` in the project: this checkout's CLI (bin/poseidon.js, which runs dist/). */
function poseidonTest(cwd: string): Promise<typeof run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(TOOLCHAIN_ROOT, 'bin/poseidon.js'), 'test'], { cwd, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => { stdout += chunk.toString(); });
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

beforeAll(async () => {
  project = mkdtempSync(join(tmpdir(), 'poseidon-tip-jar-'));
  cpSync(FIXTURE, project, { recursive: true });
  // The project pins @coral-xyz/anchor 0.30.1, as Poseidon projects do.
  linkToolchainModules(project, { '@coral-xyz/anchor': '@coral-xyz/anchor-0.30' });
  run = await poseidonTest(project);
}, 240_000);

afterAll(() => rmSync(project, { recursive: true, force: true }));

describe('a Poseidon project\'s own tests under poseidon test', () => {
  it('passes them all, bankrun-style and validator-style', () => {
    expect([run.code, /\n {2}16 passing \(\d+m?s\)\n/.test(run.stdout), run.stdout.includes('failing')]).toEqual([0, true, false]);
  });

  it('runs every test of both files', () => {
    const passed = [...run.stdout.matchAll(/^ {4}✔ (.+?)(?: \(\d+ms\))?$/gm)].map((m) => m[1]);
    expect(passed).toEqual([
      'loads the program at the Anchor.toml address',
      'opens a jar for the wallet',
      'rejects a zero tip with ZeroTip (6000) and changes nothing',
      'moves a tip into the vault and counts it',
      'refuses to withdraw more than the vault holds with NotEnough (6001)',
      'pays a withdrawal into the owner\'s token account',
      'finds the program under the module\'s name too',
      'airdrops to the tipper',
      'minted the tipper\'s tokens',
      'opens a jar for the wallet',
      'rejects a zero tip with ZeroTip (6000) and changes nothing',
      'moves a tip into the vault and emits Tipped',
      'records the tip\'s logs, from which the event parses',
      'refuses to withdraw more than the vault holds with NotEnough (6001)',
      'refuses a withdrawal by someone else\'s signature',
      'pays a withdrawal into the owner\'s token account',
    ]);
  });

  it('builds first, then starts the validator and runs Anchor.toml\'s test script', () => {
    expect(run.stdout).toMatch(/^tip_jar: ts-programs\/src\/tipJar\.ts → programs\/tip-jar\/src\/lib\.rs, target\/deploy\/tip_jar\.so, \d+ bytes, \d+ ms\nposeidon test: in-process validator at http:\/\/127\.0\.0\.1:\d+ \(1 program\); running: yarn run ts-mocha -p \.\/tsconfig\.json -t 1000000 tests\/\*\*\/\*\.ts\n/);
  });

  it('needed no RPC method the validator lacks', () => {
    expect(run.stderr).not.toContain('does not implement');
  });

  it('wrote the IDL and types under the Anchor.toml key and the module name', () => {
    expect(['idl', 'types'].map((sub) => readdirSync(join(project, 'target', sub)).sort())).toEqual([['tip_jar.json', 'tip_jar_program.json'], ['tip_jar.ts', 'tip_jar_program.ts']]);
  });
});
