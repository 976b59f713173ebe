// `poseidon test`: build, then the project's own vitest in the project folder; the exit code is the
// build's when it fails, otherwise vitest's; a bad --runtime, or one no test used, is an error. (vitest's own
// output goes to the inherited stdout.)
import { describe, expect, it } from 'vitest';
import { linkToolchainModules } from '../interop/support.js';
import { runCli, tallySource, TALLY_ID, TALLY_WITH_ERROR, tempProject, writeFiles } from './helpers.js';

const CONFIG = JSON.stringify({ programs: [{ name: 'tally', source: 'programs/tally.ts', programId: TALLY_ID }] });
const PASSING_TEST = "import { expect, it } from 'vitest';\nit('passes', () => expect(1).toBe(1));\n";
// Run by a child vitest whose output shows in this run's log: named so nobody mistakes it for a real failure.
const FAILING_TEST = "import { expect, it } from 'vitest';\nit('fails on purpose: poseidon test must pass its exit code on', () => expect(1).toBe(2));\n";

function project(files: Record<string, string>): string {
  const dir = tempProject();
  writeFiles(dir, { 'poseidon.config.json': CONFIG, 'programs/tally.ts': tallySource(), ...files });
  return dir;
}

describe('poseidon test', () => {
  it('stops with the build\'s exit code when the build fails, before running vitest', async () => {
    const run = await runCli(['test'], project({ 'programs/tally.ts': TALLY_WITH_ERROR }));
    expect([run.code, run.stderr.startsWith('programs/tally.ts(8,31): error'), run.stderr.includes('vitest')]).toEqual([1, true, false]);
  });

  it('says how to install vitest when the project has none, exit 1', async () => {
    const run = await runCli(['test'], project({}));
    expect([run.code, run.stderr]).toEqual([1, 'error: vitest is not installed (no node_modules/vitest in . or above): run `npm install` in the project; one made by `poseidon init` lists vitest\n']);
  });

  it('returns vitest\'s exit code when a test fails', async () => {
    const dir = project({ 'tests/fails-on-purpose.test.ts': FAILING_TEST });
    linkToolchainModules(dir);
    expect((await runCli(['test'], dir)).code).toBe(1);
  }, 60_000);

  it('hands the arguments after -- to vitest', async () => {
    const dir = project({ 'tests/fails-on-purpose.test.ts': FAILING_TEST, 'tests/passes.test.ts': PASSING_TEST });
    linkToolchainModules(dir);
    expect((await runCli(['test', '--', 'tests/passes.test.ts'], dir)).code).toBe(0);
  }, 60_000);

  it('runs vitest in the folder of the --config file', async () => {
    const dir = tempProject();
    writeFiles(dir, { 'sub/poseidon.config.json': CONFIG, 'sub/programs/tally.ts': tallySource(), 'sub/tests/passes.test.ts': PASSING_TEST, 'tests/fails-on-purpose.test.ts': FAILING_TEST });
    linkToolchainModules(dir);
    expect((await runCli(['test', '--config', 'sub/poseidon.config.json'], dir)).code).toBe(0);
  }, 60_000);

  it('refuses an unknown --runtime with the choices, exit 2, before building', async () => {
    const run = await runCli(['test', '--runtime', 'solana'], project({}));
    expect([run.code, run.stdout, run.stderr.split('\n')[0]]).toEqual([2, '', 'error: unknown runtime "solana": use bankrun, litesvm, native']);
  });

  it('fails a --runtime no test used: tests that start their own runtime never ran on it', async () => {
    const dir = project({ 'tests/passes.test.ts': PASSING_TEST });
    linkToolchainModules(dir);
    const run = await runCli(['test', '--runtime', 'litesvm'], dir);
    expect([run.code, run.stderr]).toEqual([1, 'error: no test created its runtime with projectRuntime() (from poseidon-sbf), so none ran on --runtime litesvm: '
      + 'tests that start solana-bankrun or LiteSVM themselves always run the .so there; create the runtime as `poseidon init`\'s test does\n']);
  }, 60_000);
});

