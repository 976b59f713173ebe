// `poseidon build` in a Poseidon workspace (Anchor.toml + ts-programs/src/): Poseidon's lib.rs per
// program of [programs.localnet], plus the .so, IDL and types in target/ named after the Anchor.toml key.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emitSingleFile } from '../../src/backends/anchor/index.js';
import { emitIdl, emitTsTypes, idlJson } from '../../src/backends/idl/index.js';
import { compileFile } from '../../src/frontend/index.js';
import { anchorToml, COUNTER_ID, COUNTER_SOURCE, programCargoToml, writeCounterWorkspace } from '../interop/support.js';
import { runCli, tallySource, TALLY_ID, tempProject, writeFiles } from './helpers.js';

const OTHER_ID = '9EKuUwB6mHov7xzpsW2Mu6uVhFJWJPSK1S3wA6xCvqew';
const read = (dir: string, rel: string): string => readFileSync(join(dir, rel), 'utf8');

function counterWorkspace(): string {
  const dir = tempProject();
  writeCounterWorkspace(dir);
  return dir;
}

describe('poseidon build in a Poseidon workspace: output', () => {
  it('prints one line per program: source, lib.rs, .so and size, time', async () => {
    const run = await runCli(['build'], counterWorkspace());
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toMatch(/^counter: ts-programs\/src\/counter\.ts → programs\/counter\/src\/lib\.rs, target\/deploy\/counter\.so, \d+ bytes, \d+ ms\n$/);
  });

  it('writes Poseidon\'s single-file lib.rs into the program\'s crate', async () => {
    const dir = counterWorkspace();
    await runCli(['build'], dir);
    expect(read(dir, 'programs/counter/src/lib.rs')).toBe(emitSingleFile(compileFile(join(dir, 'ts-programs/src/counter.ts')).program!));
  });

  it('writes the IDL and types where `anchor build` does, named after the Anchor.toml key', async () => {
    const dir = counterWorkspace();
    await runCli(['build'], dir);
    const idl = emitIdl(compileFile(join(dir, 'ts-programs/src/counter.ts')).program!);
    expect([read(dir, 'target/idl/counter.json'), read(dir, 'target/types/counter.ts'), existsSync(join(dir, 'target/deploy/counter.so'))])
      .toEqual([idlJson(idl), emitTsTypes(idl), true]);
  });

  it('finds a hyphenated program\'s crate folder through its Cargo.toml and its source by camelCase', async () => {
    const dir = tempProject();
    writeFiles(dir, {
      'Anchor.toml': anchorToml(`my_app = "${COUNTER_ID}"`),
      'programs/my-app/Cargo.toml': programCargoToml('my-app'),
      'ts-programs/src/myApp.ts': COUNTER_SOURCE,
    });
    const run = await runCli(['build'], dir);
    expect([run.code, existsSync(join(dir, 'programs/my-app/src/lib.rs')), existsSync(join(dir, 'target/deploy/my_app.so'))]).toEqual([0, true, true]);
  });

  it('skips a program without a TypeScript source with a warning, as Poseidon does', async () => {
    const dir = counterWorkspace();
    writeFiles(dir, { 'Anchor.toml': anchorToml(`counter = "${COUNTER_ID}"\nrusty = "${OTHER_ID}"`) });
    const run = await runCli(['build'], dir);
    expect([run.code, run.stderr]).toEqual([0, 'warning: no ts-programs/src/rusty.ts for program "rusty" of Anchor.toml; skipped\n']);
  });

  it('builds only the named programs', async () => {
    const dir = counterWorkspace();
    writeFiles(dir, { 'Anchor.toml': anchorToml(`counter = "${COUNTER_ID}"\ntally = "${TALLY_ID}"`), 'ts-programs/src/tally.ts': tallySource() });
    const run = await runCli(['build', 'tally'], dir);
    expect([run.code, existsSync(join(dir, 'target/deploy/tally.so')), existsSync(join(dir, 'target/deploy/counter.so'))]).toEqual([0, true, false]);
  });

  it('uses poseidon.config.json instead when the folder has one', async () => {
    const dir = counterWorkspace();
    writeFiles(dir, { 'poseidon.config.json': JSON.stringify({ programs: [] }) });
    expect((await runCli(['build'], dir)).stdout).toBe('poseidon.config.json lists no programs; nothing to build\n');
  });
});

describe('poseidon build in a Poseidon workspace: failures', () => {
  it('refuses a PROGRAM_ID that differs from Anchor.toml and writes nothing, exit 1', async () => {
    const dir = counterWorkspace();
    writeFiles(dir, { 'Anchor.toml': anchorToml(`counter = "${OTHER_ID}"`) });
    expect(await runCli(['build'], dir)).toEqual({
      code: 1, stdout: '',
      stderr: `error: Anchor.toml has program id ${OTHER_ID} for "counter", but ts-programs/src/counter.ts declares PROGRAM_ID ${COUNTER_ID}; run \`poseidon sync\` or fix one of them\n`,
    });
    expect(existsSync(join(dir, 'target'))).toBe(false);
  });

  it('reports an Anchor.toml without [programs.localnet], exit 1', async () => {
    const dir = counterWorkspace();
    writeFiles(dir, { 'Anchor.toml': '[provider]\ncluster = "Localnet"\n' });
    expect(await runCli(['build'], dir)).toEqual({ code: 1, stdout: '', stderr: 'error: Anchor.toml: no [programs.localnet] table\n' });
  });

  it('reports a [programs.localnet] line it cannot read, with its line number, exit 1', async () => {
    const dir = counterWorkspace();
    writeFiles(dir, { 'Anchor.toml': '[programs.localnet]\ncounter = 42\n' });
    expect(await runCli(['build'], dir)).toEqual({
      code: 1, stdout: '', stderr: 'error: Anchor.toml: line 2: expected name = "<program id>" in [programs.localnet]\n',
    });
  });

  it('rejects an unknown program name, exit 1', async () => {
    expect(await runCli(['build', 'nope'], counterWorkspace())).toEqual({
      code: 1, stdout: '', stderr: 'error: Anchor.toml has no program named "nope" in [programs.localnet] (programs: counter)\n',
    });
  });

  it('reports a named program whose TypeScript source is missing, exit 1', async () => {
    const dir = counterWorkspace();
    writeFiles(dir, { 'Anchor.toml': anchorToml(`counter = "${COUNTER_ID}"\nrusty = "${OTHER_ID}"`) });
    expect(await runCli(['build', 'rusty'], dir)).toEqual({
      code: 1, stdout: '', stderr: 'error: cannot read ts-programs/src/rusty.ts: no such file or directory\n',
    });
  });
});
