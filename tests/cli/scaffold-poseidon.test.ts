// `poseidon build` in a Poseidon workspace (Anchor.toml + ts-programs/src/): Poseidon's lib.rs per
// program of [programs.localnet], plus the .so, IDL and types in target/ named after the Anchor.toml key.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
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

  it('writes the .so, IDL and types where `anchor build` does, named after the Anchor.toml key and carrying it', async () => {
    const dir = counterWorkspace();
    await runCli(['build'], dir);
    const idl = emitIdl(compileFile(join(dir, 'ts-programs/src/counter.ts')).program!);
    const asKey = { ...idl, metadata: { ...idl.metadata, name: 'counter' } };
    expect([read(dir, 'target/idl/counter.json'), read(dir, 'target/types/counter.ts'), existsSync(join(dir, 'target/deploy/counter.so'))])
      .toEqual([idlJson(asKey), emitTsTypes(asKey), true]);
    expect(read(dir, 'target/types/counter.ts')).toContain('export type Counter = {');
  });

  it('writes them under the program module\'s snake_case name too when it differs from the key', async () => {
    const dir = counterWorkspace();
    await runCli(['build'], dir);
    const idl = emitIdl(compileFile(join(dir, 'ts-programs/src/counter.ts')).program!);
    expect([read(dir, 'target/idl/counter_program.json'), read(dir, 'target/types/counter_program.ts'), readFileSync(join(dir, 'target/deploy/counter_program.so'))])
      .toEqual([idlJson(idl), emitTsTypes(idl), readFileSync(join(dir, 'target/deploy/counter.so'))]);
    expect(read(dir, 'target/types/counter_program.ts')).toContain('export type CounterProgram = {');
  });

  it('writes one set of files when the key is the module\'s name', async () => {
    const dir = tempProject();
    writeFiles(dir, { 'Anchor.toml': anchorToml(`counter_program = "${COUNTER_ID}"`), 'ts-programs/src/counterProgram.ts': COUNTER_SOURCE });
    expect((await runCli(['build'], dir)).code).toBe(0);
    expect(['deploy', 'idl', 'types'].map((sub) => readdirSync(join(dir, 'target', sub)))).toEqual([['counter_program.so'], ['counter_program.json'], ['counter_program.ts']]);
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
    expect([run.code, run.stderr]).toEqual([0, 'warning: no TypeScript source for program "rusty" of Anchor.toml (looked for ts-programs/src/rusty.ts, ts-programs/rusty.ts); skipped\n']);
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
  it('refuses a PROGRAM_ID that differs from Anchor.toml, says how to fix it, and writes nothing, exit 1', async () => {
    const dir = counterWorkspace();
    writeFiles(dir, { 'Anchor.toml': anchorToml(`counter = "${OTHER_ID}"`) });
    expect(await runCli(['build'], dir)).toEqual({
      code: 1, stdout: '',
      stderr: `error: Anchor.toml has program id ${OTHER_ID} for "counter", but ts-programs/src/counter.ts declares PROGRAM_ID ${COUNTER_ID}; make them equal: edit one, or run \`poseidon sync\` to write the id of the program keypair (target/deploy/counter-keypair.json, or --program-keypair <file>) into both\n`,
    });
    expect(existsSync(join(dir, 'target'))).toBe(false);
  });

  it('reports an Anchor.toml without ts-programs/ in the words of that layout, exit 1', async () => {
    const dir = tempProject();
    writeFiles(dir, { 'Anchor.toml': anchorToml(`create_tokens = "${COUNTER_ID}"`), 'programs/create_tokens/src/lib.rs': '' });
    expect(await runCli(['build'], dir)).toEqual({
      code: 1, stdout: '',
      stderr: 'error: Anchor.toml is here but no ts-programs/ folder: a Poseidon workspace keeps each program\'s TypeScript source in '
        + 'ts-programs/src/ (for "create_tokens": ts-programs/src/createTokens.ts); write it there, or list the programs in a poseidon.config.json\n',
    });
    expect((await runCli(['test'], dir)).stderr).toMatch(/^error: Anchor\.toml is here but no ts-programs\/ folder/);
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
      code: 1, stdout: '', stderr: 'error: no TypeScript source for program "rusty" of Anchor.toml (looked for ts-programs/src/rusty.ts, ts-programs/rusty.ts)\n',
    });
  });
});
