// Errors at the TypeScript line: `poseidon build` writes target/sourcemap/<name>.json beside the IDL folder,
// `poseidon explain` maps a location Anchor logs back to the DSL statement (arguments or stdin), and
// `poseidon test` in a Poseidon workspace shows the test script's output with the TypeScript line after each
// Anchor location and RUST_LOG=error unless the user set it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runExplain } from '../../src/cli/commands/explain.js';
import { EXPLAIN_USAGE } from '../../src/cli/usage.js';
import { anchorToml, COUNTER_ID, writeCounterWorkspace } from '../interop/support.js';
import { runCli, TALLY_ID, tempProject, writeFiles } from './helpers.js';

/** A program whose `require` is on line 8, column 5. */
const guardSource = (programId: string, className: string) => `import { Account, Pubkey, Result, Signer, require, u64, u8 } from "@solanaturbine/poseidon";

export default class ${className} {
  static PROGRAM_ID = new Pubkey("${programId}");

  initialize(payer: Signer, tally: Tally, start: u64): Result {
    tally.derive(["tally", payer.key]).init(payer);
    require(start < 100, TallyError.TooBig);
    tally.count = start;
    tally.bump = tally.getBump();
  }
}

export interface Tally extends Account {
  count: u64;
  bump: u8;
}

export enum TallyError {
  TooBig = "start below 100",
}
`;
const REQUIRE = 'require(start < 100, TallyError.TooBig);';

/** A config project in sub/ (so paths are relative to the config's folder, not the working directory), built. */
async function builtProject(): Promise<{ dir: string; rust: string; map: Record<string, unknown> }> {
  const dir = tempProject();
  writeFiles(dir, {
    'sub/poseidon.config.json': JSON.stringify({ programs: [{ name: 'tally', source: 'programs/tally.ts', programId: TALLY_ID }] }),
    'sub/programs/tally.ts': guardSource(TALLY_ID, 'TallyProgram'),
  });
  const build = await runCli(['build', '--config', 'sub/poseidon.config.json'], dir);
  if (build.code !== 0) throw new Error(build.stderr);
  const map = JSON.parse(readFileSync(join(dir, 'sub/generated/tally/target/sourcemap/tally_program.json'), 'utf8')) as { origins: Record<string, unknown> };
  return { dir, rust: Object.keys(map.origins)[0]!, map };
}

const explain = async (argv: string[], cwd: string, stdin = '') => {
  let stdout = '';
  let stderr = '';
  const code = await runExplain(argv, { stdout: (s) => { stdout += s; }, stderr: (s) => { stderr += s; }, cwd }, Readable.from([stdin]));
  return { code, stdout, stderr };
};

describe('poseidon build: the source map', () => {
  it('maps the require\'s Rust location to its DSL line, the path relative to the config file\'s folder', async () => {
    const { rust, map } = await builtProject();
    expect(rust).toMatch(/^programs\/tally_program\/src\/instructions\/initialize\.rs:\d+$/);
    expect(map).toEqual({
      version: 1, program: 'tally_program', sourceRoot: '../../../..',
      origins: { [rust]: { source: 'programs/tally.ts', line: 8, column: 5, kind: 'require' } },
    });
  });
});

describe('poseidon explain', () => {
  it('prints the DSL position and source line of a Rust location, relative to the working directory', async () => {
    const { dir, rust } = await builtProject();
    expect(await explain(['--config', 'sub/poseidon.config.json', rust], dir)).toEqual({
      code: 0, stderr: '', stdout: `${rust} → sub/programs/tally.ts:8:5 (require)\n  ${REQUIRE}\n`,
    });
  });

  it('finds the location inside a log line', async () => {
    const { dir, rust } = await builtProject();
    const line = `Program log: AnchorError thrown in ${rust}. Error Code: TooBig. Error Number: 6000. Error Message: start below 100.`;
    expect((await explain([line], join(dir, 'sub'))).stdout).toBe(`${rust} → programs/tally.ts:8:5 (require)\n  ${REQUIRE}\n`);
  });

  it('reads stdin when given no location, and writes it back with the DSL line after each location it knows', async () => {
    const { dir, rust } = await builtProject();
    const logs = `Program log: Instruction: Initialize\nProgram log: AnchorError thrown in ${rust}. Error Code: TooBig.\nProgram log: AnchorError thrown in programs/x/src/lib.rs:3. Error Code: Y.\n`;
    expect(await explain([], join(dir, 'sub'), logs)).toEqual({
      code: 0, stderr: '',
      stdout: `Program log: Instruction: Initialize\nProgram log: AnchorError thrown in ${rust} (programs/tally.ts:8:5). Error Code: TooBig.\n`
        + 'Program log: AnchorError thrown in programs/x/src/lib.rs:3. Error Code: Y.\n',
    });
  });

  it('says which location no program reports, exit 1', async () => {
    const { dir } = await builtProject();
    expect(await explain(['programs/tally_program/src/lib.rs:999'], join(dir, 'sub'))).toEqual({
      code: 1, stdout: '',
      stderr: 'error: no program of poseidon.config.json reports an error at programs/tally_program/src/lib.rs:999 (programs with source maps: '
        + 'tally_program); rebuild with `poseidon build` if the program changed\n',
    });
  });

  it('says when an argument holds no Rust location, exit 1', async () => {
    const { dir } = await builtProject();
    expect((await explain(['Error Code: TooBig'], join(dir, 'sub'))).stderr)
      .toBe('error: "Error Code: TooBig" holds no Rust location (expected <file>.rs:<line>, as in "AnchorError thrown in programs/<name>/src/lib.rs:12")\n');
  });

  it('asks for a build when there is no source map yet, exit 1', async () => {
    const dir = tempProject();
    writeFiles(dir, { 'poseidon.config.json': JSON.stringify({ programs: [{ name: 'tally', source: 'programs/tally.ts', programId: TALLY_ID }] }) });
    expect(await explain(['a.rs:1'], dir)).toEqual({
      code: 1, stdout: '', stderr: 'error: no source maps for poseidon.config.json (target/sourcemap/<name>.json): run `poseidon build` first\n',
    });
  });

  it('is registered with its usage', async () => {
    expect(await runCli(['help', 'explain'], tempProject())).toEqual({ code: 0, stdout: EXPLAIN_USAGE, stderr: '' });
  });
});

describe('a Poseidon workspace', () => {
  /** A test script that prints an Anchor error line for the program's require, and the RUST_LOG it was given. */
  const SCRIPT = `const map = JSON.parse(require('node:fs').readFileSync('target/sourcemap/counter.json', 'utf8'));
console.log('Program log: AnchorError thrown in ' + Object.keys(map.origins)[0] + '. Error Code: TooBig.');
console.error('RUST_LOG=' + process.env.RUST_LOG);
`;

  function workspace(): string {
    const dir = tempProject();
    writeCounterWorkspace(dir);
    writeFiles(dir, {
      'Anchor.toml': anchorToml(`counter = "${COUNTER_ID}"`).replace(/^test = .*$/m, 'test = "node fails.cjs"'),
      'ts-programs/src/counter.ts': guardSource(COUNTER_ID, 'CounterProgram'),
      'fails.cjs': SCRIPT,
    });
    return dir;
  }

  it('gets a source map under the Anchor.toml key, and explain reads it', async () => {
    const dir = workspace();
    expect((await runCli(['build'], dir)).code).toBe(0);
    const map = JSON.parse(readFileSync(join(dir, 'target/sourcemap/counter.json'), 'utf8')) as { sourceRoot: string; origins: Record<string, object> };
    const [rust] = Object.keys(map.origins);
    expect([map.sourceRoot, Object.values(map.origins)]).toEqual(['../..', [{ source: 'ts-programs/src/counter.ts', line: 8, column: 5, kind: 'require' }]]);
    expect((await explain([rust!], dir)).stdout).toBe(`${rust} → ts-programs/src/counter.ts:8:5 (require)\n  ${REQUIRE}\n`);
  });

  it('poseidon test passes the script\'s output on with the TypeScript line, and sets RUST_LOG=error', async () => {
    const run = await runCli(['test'], workspace());
    expect([run.code, /thrown in \S+\.rs:\d+ \(ts-programs\/src\/counter\.ts:8:5\)\. Error Code: TooBig\.\n$/.test(run.stdout), run.stderr])
      .toEqual([0, true, 'RUST_LOG=error\n']);
  }, 60_000);

  it('poseidon test keeps a RUST_LOG the user set', async () => {
    const saved = process.env.RUST_LOG;
    process.env.RUST_LOG = 'debug';
    try {
      expect((await runCli(['test'], workspace())).stderr).toBe('RUST_LOG=debug\n');
    } finally {
      if (saved === undefined) delete process.env.RUST_LOG;
      else process.env.RUST_LOG = saved;
    }
  }, 60_000);
});
