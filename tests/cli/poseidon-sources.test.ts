// `poseidon build` in a Poseidon workspace finds each program's TypeScript source under every spelling
// real projects use (the Anchor.toml key as written, camelCase, snake_case, kebab-case; in
// ts-programs/src/ or ts-programs/), names target/ files after the key and the program module, and
// writes the legacy IDL for projects whose @coral-xyz/anchor is 0.29.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emitIdl } from '../../src/backends/idl/index.js';
import { emitLegacyIdl, emitLegacyTsTypes } from '../../src/backends/idl/legacy.js';
import { compileFile } from '../../src/frontend/index.js';
import { anchorToml, COUNTER_ID, COUNTER_SOURCE } from '../interop/support.js';
import { runCli, tallySource, TALLY_ID, tempProject, writeFiles } from './helpers.js';

/** Builds a workspace holding the counter (class CounterProgram) as `key`, its source at `sourcePath`. */
async function buildWith(key: string, sourcePath: string, extra: Record<string, string> = {}) {
  const dir = tempProject();
  writeFiles(dir, { 'Anchor.toml': anchorToml(`${key} = "${COUNTER_ID}"`), [sourcePath]: COUNTER_SOURCE, ...extra });
  return { dir, run: await runCli(['build'], dir) };
}

const targetFiles = (dir: string, sub: string): string[] => readdirSync(join(dir, 'target', sub)).sort();

describe('poseidon build in a Poseidon workspace: finding the source', () => {
  it.each([
    ['snake_case key, camelCase file (Poseidon\'s own)', 'counter_program', 'ts-programs/src/counterProgram.ts'],
    ['snake_case key, snake_case file', 'counter_program', 'ts-programs/src/counter_program.ts'],
    ['snake_case key, kebab-case file', 'counter_program', 'ts-programs/src/counter-program.ts'],
    ['kebab-case key, kebab-case file', 'counter-program', 'ts-programs/src/counter-program.ts'],
    ['kebab-case key, camelCase file', 'counter-program', 'ts-programs/src/counterProgram.ts'],
    ['kebab-case key, snake_case file', 'counter-program', 'ts-programs/src/counter_program.ts'],
    ['camelCase key, camelCase file', 'counterProgram', 'ts-programs/src/counterProgram.ts'],
    ['camelCase key, snake_case file', 'counterProgram', 'ts-programs/src/counter_program.ts'],
    ['camelCase key, kebab-case file', 'counterProgram', 'ts-programs/src/counter-program.ts'],
    ['source directly in ts-programs/, camelCase', 'counter_program', 'ts-programs/counterProgram.ts'],
    ['source directly in ts-programs/, snake_case', 'counter_program', 'ts-programs/counter_program.ts'],
    ['source directly in ts-programs/, kebab-case', 'counter_program', 'ts-programs/counter-program.ts'],
  ])('%s: builds it and names the .so after the key', async (_, key, sourcePath) => {
    const { dir, run } = await buildWith(key, sourcePath);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toMatch(new RegExp(`^${key}: ${sourcePath} → programs/${key}/src/lib\\.rs, target/deploy/${key}\\.so, \\d+ bytes, \\d+ ms\\n$`));
    expect(existsSync(join(dir, `target/deploy/${key}.so`))).toBe(true);
  });

  it('prefers ts-programs/src/ over ts-programs/ when both hold the program', async () => {
    const { run } = await buildWith('counter_program', 'ts-programs/src/counter_program.ts', { 'ts-programs/counter_program.ts': 'not a program' });
    expect(run.stdout).toMatch(/^counter_program: ts-programs\/src\/counter_program\.ts → /);
  });

  it('fails with exit 1 naming every path it tried when no program has a source', async () => {
    const { dir, run } = await buildWith('counter_program', 'ts-programs/lib/elsewhere.ts');
    expect(run).toEqual({
      code: 1,
      stdout: '',
      stderr: 'error: no TypeScript source for program "counter_program" of Anchor.toml (looked for '
        + 'ts-programs/src/counterProgram.ts, ts-programs/src/counter_program.ts, ts-programs/src/counter-program.ts, '
        + 'ts-programs/counterProgram.ts, ts-programs/counter_program.ts, ts-programs/counter-program.ts)\n',
    });
    expect(existsSync(join(dir, 'target'))).toBe(false);
  });

  it('builds the only program file of ts-programs/ for the only program without one, with a warning', async () => {
    const { dir, run } = await buildWith('poseidon', 'ts-programs/src/create_counter.ts', { 'ts-programs/src/notes.ts': 'export const unrelated = 1;\n' });
    expect([run.code, run.stderr]).toEqual([0,
      'warning: no TypeScript source for program "poseidon" of Anchor.toml under its name; building ts-programs/src/create_counter.ts, '
      + 'the only program in ts-programs/ that no other program of Anchor.toml claims\n']);
    expect(run.stdout).toMatch(/^poseidon: ts-programs\/src\/create_counter\.ts → programs\/poseidon\/src\/lib\.rs, target\/deploy\/poseidon\.so, /);
    expect(existsSync(join(dir, 'target/deploy/poseidon.so'))).toBe(true);
  });

  it('pairs the program left without a source with the file no other program claims', async () => {
    const dir = tempProject();
    writeFiles(dir, {
      'Anchor.toml': anchorToml(`counter_program = "${COUNTER_ID}"\ntransfer_sol = "${TALLY_ID}"`),
      'ts-programs/src/counterProgram.ts': COUNTER_SOURCE,
      'ts-programs/src/sol-transfer.ts': tallySource(),
    });
    const run = await runCli(['build'], dir);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('building ts-programs/src/sol-transfer.ts, the only program in ts-programs/ that no other program of Anchor.toml claims');
    expect(run.stdout).toMatch(/^counter_program: ts-programs\/src\/counterProgram\.ts → .*\ntransfer_sol: ts-programs\/src\/sol-transfer\.ts → /);
  });

  it('pairs nothing when two program files are left over', async () => {
    const { run } = await buildWith('poseidon', 'ts-programs/src/one.ts', { 'ts-programs/src/two.ts': COUNTER_SOURCE });
    expect([run.code, run.stderr]).toEqual([1, 'error: no TypeScript source for program "poseidon" of Anchor.toml (looked for ts-programs/src/poseidon.ts, ts-programs/poseidon.ts)\n']);
  });

  it('lists each spelling once when the key is a single word', async () => {
    const { run } = await buildWith('counter', 'ts-programs/lib/elsewhere.ts');
    expect(run.stderr).toBe('error: no TypeScript source for program "counter" of Anchor.toml (looked for ts-programs/src/counter.ts, ts-programs/counter.ts)\n');
  });
});

describe('poseidon build in a Poseidon workspace: artifact names', () => {
  it('writes the IDL, types and .so under the key, its snake_case and the module name when they differ', async () => {
    const { dir, run } = await buildWith('counter-app', 'ts-programs/src/counterApp.ts');
    expect(run.code).toBe(0);
    expect(['deploy', 'idl', 'types'].map((sub) => targetFiles(dir, sub))).toEqual([
      ['counter-app.so', 'counter_app.so', 'counter_program.so'],
      ['counter-app.json', 'counter_app.json', 'counter_program.json'],
      ['counter-app.ts', 'counter_app.ts', 'counter_program.ts'],
    ]);
  });

  it('writes a camelCase key under its snake_case too, where anchor.workspace looks', async () => {
    const { dir } = await buildWith('counterApp', 'ts-programs/src/counterApp.ts');
    expect(targetFiles(dir, 'idl')).toEqual(['counterApp.json', 'counter_app.json', 'counter_program.json']);
  });

  it('gives each copy its own name, so `anchor.workspace.<Name>` and `import { <Name> }` both resolve', async () => {
    const { dir } = await buildWith('counter', 'ts-programs/src/counter.ts');
    const names = ['counter', 'counter_program'].map((name) => JSON.parse(readFileSync(join(dir, `target/idl/${name}.json`), 'utf8')).metadata.name);
    const types = ['counter', 'counter_program'].map((name) => /^export type (\w+) = /m.exec(readFileSync(join(dir, `target/types/${name}.ts`), 'utf8'))?.[1]);
    expect([names, types]).toEqual([['counter', 'counter_program'], ['Counter', 'CounterProgram']]);
  });
});

describe('poseidon build in a Poseidon workspace: the IDL format of the project\'s client', () => {
  const legacyOf = (dir: string, name: string) => {
    const program = compileFile(join(dir, 'ts-programs/src/counter.ts')).program!;
    const idl = emitIdl(program);
    return emitLegacyIdl({ ...idl, metadata: { ...idl.metadata, name } }, program);
  };

  it('writes the legacy IDL and types when package.json asks for @coral-xyz/anchor 0.29', async () => {
    const { dir, run } = await buildWith('counter', 'ts-programs/src/counter.ts', { 'package.json': JSON.stringify({ dependencies: { '@coral-xyz/anchor': '^0.29.0' } }) });
    expect(run.code).toBe(0);
    expect([readFileSync(join(dir, 'target/idl/counter.json'), 'utf8'), readFileSync(join(dir, 'target/types/counter.ts'), 'utf8')])
      .toEqual([JSON.stringify(legacyOf(dir, 'counter'), null, 2), emitLegacyTsTypes(legacyOf(dir, 'counter'))]);
  });

  it('goes by the installed client over package.json\'s range', async () => {
    const { dir } = await buildWith('counter', 'ts-programs/src/counter.ts', {
      'package.json': JSON.stringify({ dependencies: { '@coral-xyz/anchor': '^0.30.1' } }),
      'node_modules/@coral-xyz/anchor/package.json': JSON.stringify({ name: '@coral-xyz/anchor', version: '0.29.0' }),
    });
    expect(JSON.parse(readFileSync(join(dir, 'target/idl/counter.json'), 'utf8'))).toEqual(legacyOf(dir, 'counter'));
  });

  it('finds the installed client in a folder above the project, as Node resolves it for the tests', async () => {
    const root = tempProject();
    writeFiles(root, { 'node_modules/@coral-xyz/anchor/package.json': JSON.stringify({ name: '@coral-xyz/anchor', version: '0.30.1' }) });
    const dir = join(root, 'programs-repo', 'counter');
    writeFiles(dir, {
      'Anchor.toml': anchorToml(`counter = "${COUNTER_ID}"`), 'ts-programs/src/counter.ts': COUNTER_SOURCE,
      'package.json': JSON.stringify({ dependencies: { '@coral-xyz/anchor': '^0.29.0' } }),
    });
    expect((await runCli(['build'], dir)).code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'target/idl/counter.json'), 'utf8')).address).toBe(COUNTER_ID);
  });

  it('writes the spec 0.1.0 IDL for @coral-xyz/anchor 0.30', async () => {
    const { dir } = await buildWith('counter', 'ts-programs/src/counter.ts', { 'package.json': JSON.stringify({ devDependencies: { '@coral-xyz/anchor': '0.30.1' } }) });
    expect(JSON.parse(readFileSync(join(dir, 'target/idl/counter.json'), 'utf8')).metadata.spec).toBe('0.1.0');
  });
});
