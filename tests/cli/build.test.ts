// `poseidon build`: config → out folders laid out like `anchor build`, stale output removed.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emitAnchorWorkspace } from '../../src/backends/anchor/index.js';
import { emitIdl, emitTsTypes, idlJson } from '../../src/backends/idl/index.js';
import { compileFile } from '../../src/frontend/index.js';
import { runCli, tallySource, TALLY_ID, TALLY_WITH_ERROR, tempProject, writeFiles } from './helpers.js';

const OTHER_ID = '9EKuUwB6mHov7xzpsW2Mu6uVhFJWJPSK1S3wA6xCvqew';
const SO_LINE = /^tally: generated\/tally\/target\/deploy\/tally_program\.so, \d+ bytes, \d+ ms\n$/;

function project(programs: object[], files: Record<string, string> = { 'programs/tally.ts': tallySource() }): string {
  const dir = tempProject();
  writeFiles(dir, { 'poseidon.config.json': JSON.stringify({ programs }), ...files });
  return dir;
}
const tally = (fields: object = {}) => ({ name: 'tally', source: 'programs/tally.ts', programId: TALLY_ID, ...fields });

function listFiles(root: string, dir = root): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(root, join(dir, e.name)) : [relative(root, join(dir, e.name))]).sort();
}

describe('poseidon build: output', () => {
  it('prints one line per program: name, .so path and size, time', async () => {
    const run = await runCli(['build'], project([tally()]));
    expect([run.code, run.stderr, SO_LINE.test(run.stdout)]).toEqual([0, '', true]);
  });

  it('writes the Anchor workspace plus the .so, IDL and types where `anchor build` puts them, and the source map', async () => {
    const dir = project([tally()]);
    await runCli(['build'], dir);
    const program = compileFile(join(dir, 'programs/tally.ts')).program!;
    const expected = [...emitAnchorWorkspace(program).keys(),
      'target/deploy/tally_program.so', 'target/idl/tally_program.json', 'target/sourcemap/tally_program.json', 'target/types/tally_program.ts'];
    expect(listFiles(join(dir, 'generated/tally'))).toEqual(expected.sort());
  });

  it('writes the IDL and the types file the IDL backend emits', async () => {
    const dir = project([tally()]);
    await runCli(['build'], dir);
    const idl = emitIdl(compileFile(join(dir, 'programs/tally.ts')).program!);
    const out = join(dir, 'generated/tally/target');
    expect([readFileSync(join(out, 'idl/tally_program.json'), 'utf8'), readFileSync(join(out, 'types/tally_program.ts'), 'utf8')])
      .toEqual([idlJson(idl), emitTsTypes(idl)]);
  });

  it('removes stale files and empty folders but keeps the program keypair and everything outside', async () => {
    const dir = project([tally()], {
      'programs/tally.ts': tallySource(),
      'generated/tally/old/stale.rs': 'x',
      'generated/tally/target/deploy/tally_program-keypair.json': '[1]',
      'generated/notes.md': 'mine',
    });
    await runCli(['build'], dir);
    expect([
      existsSync(join(dir, 'generated/tally/old')),
      readFileSync(join(dir, 'generated/tally/target/deploy/tally_program-keypair.json'), 'utf8'),
      readFileSync(join(dir, 'generated/notes.md'), 'utf8'),
    ]).toEqual([false, '[1]', 'mine']);
  });

  it('builds into the configured out folder, resolved against the config file', async () => {
    const dir = project([], { 'sub/poseidon.config.json': JSON.stringify({ programs: [tally({ out: 'build/t' })] }), 'sub/programs/tally.ts': tallySource() });
    const run = await runCli(['build', '--config', 'sub/poseidon.config.json'], dir);
    expect([run.code, existsSync(join(dir, 'sub/build/t/target/deploy/tally_program.so'))]).toEqual([0, true]);
  });
});

describe('poseidon build: selection', () => {
  it('builds only the named programs', async () => {
    const dir = project([tally(), tally({ name: 'second', out: 'generated/second' })]);
    const run = await runCli(['build', 'second'], dir);
    expect([run.code, existsSync(join(dir, 'generated/tally')), existsSync(join(dir, 'generated/second'))]).toEqual([0, false, true]);
  });

  it('rejects an unknown program name, exit 1', async () => {
    expect(await runCli(['build', 'nope'], project([tally()]))).toEqual({
      code: 1, stdout: '', stderr: 'error: poseidon.config.json has no program named "nope" (programs: tally)\n',
    });
  });

  it('says so when the config lists no programs', async () => {
    expect(await runCli(['build'], project([]))).toEqual({
      code: 0, stdout: 'poseidon.config.json lists no programs; nothing to build\n', stderr: '',
    });
  });
});

describe('poseidon build: failures', () => {
  it('reports a missing config file, exit 1', async () => {
    expect(await runCli(['build'], tempProject())).toEqual({
      code: 1, stdout: '', stderr: 'error: poseidon.config.json: cannot read the config file: no such file or directory\n',
    });
  });

  it('reports every config error with the file name, exit 1', async () => {
    expect(await runCli(['build'], project([{ name: 'tally' }]))).toEqual({
      code: 1,
      stdout: '',
      stderr: 'error: poseidon.config.json: programs[0]: missing "source"\nerror: poseidon.config.json: programs[0]: missing "programId"\n',
    });
  });

  it('refuses a programId that differs from the source PROGRAM_ID and writes nothing, exit 1', async () => {
    const dir = project([tally({ programId: OTHER_ID })]);
    expect(await runCli(['build'], dir)).toEqual({
      code: 1,
      stdout: '',
      stderr: `error: poseidon.config.json: program "tally" has programId ${OTHER_ID}, but programs/tally.ts declares PROGRAM_ID ${TALLY_ID}; run \`poseidon sync\` or fix one of them\n`,
    });
    expect(existsSync(join(dir, 'generated'))).toBe(false);
  });

  it('reports a missing source file, exit 1', async () => {
    expect(await runCli(['build'], project([tally()], {}))).toEqual({
      code: 1, stdout: '', stderr: 'error: cannot read programs/tally.ts: no such file or directory\n',
    });
  });

  it('prints the diagnostics of a failing program and still builds the others, exit 1', async () => {
    const dir = project([tally({ name: 'broken', source: 'programs/broken.ts', out: 'generated/broken' }), tally()],
      { 'programs/broken.ts': TALLY_WITH_ERROR, 'programs/tally.ts': tallySource() });
    const run = await runCli(['build'], dir);
    expect([run.code, run.stderr.split('\n')[0], SO_LINE.test(run.stdout)])
      .toEqual([1, 'programs/broken.ts(8,31): error PS5009: Cannot mix u64 and u8; convert one side with .toU64()', true]);
  });
});
