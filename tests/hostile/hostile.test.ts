// The hostile-name programs (tests/hostile/cases/*.ts): legal programs whose names collide with everything the
// emitted Rust declares or imports. Each compiles without a diagnostic, builds its .so, writes rustfmt-clean Rust
// with raw identifiers where a Rust-only name is a keyword, and gets distinct crate names (the CI's cargo step,
// .ci/run, checks their Rust as one workspace). Every IDL we write — hostile programs, test programs and the
// shipped programs — holds no two instructions, args, accounts, types, fields, events or errors with one name,
// neither as written nor as Anchor's TypeScript client camelCases them.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { emitAnchorWorkspace } from '../../src/backends/anchor/index.js';
import { emitIdl, type Idl, type IdlField } from '../../src/backends/idl/index.js';
import { sbfOutput } from '../support/sbf.js';
import { compileFile } from '../../src/frontend/index.js';
import { clientName } from '../../src/ir/rust-names.js';
import type { Program } from '../../src/ir/types.js';
import { caseNames, PROGRAMS_DIR } from '../golden/outputs.js';
import { compileHostile, hostileCaseNames, writeHostileWorkspace } from './workspace.js';

const hostile = hostileCaseNames().map((name) => ({ name, program: compileHostile(name) }));
const programOf = (name: string): Program => hostile.find((h) => h.name === name)!.program;

const SHIPPED_DIR = join(import.meta.dirname, '../../programs');
const compiled = (path: string): Program => {
  const r = compileFile(path);
  if (!r.program) throw new Error(`${path} does not compile`);
  return r.program;
};
const allIdls = [
  ...hostile.map(({ name, program }) => ({ name: `hostile ${name}`, idl: emitIdl(program) })),
  ...caseNames(PROGRAMS_DIR).map((name) => ({ name: `test program ${name}`, idl: emitIdl(compiled(join(PROGRAMS_DIR, `${name}.ts`))) })),
  ...caseNames(SHIPPED_DIR).map((name) => ({ name: `program ${name}`, idl: emitIdl(compiled(join(SHIPPED_DIR, `${name}.ts`))) })),
];

/** Every list of names the IDL must keep distinct, labelled for the failure message. */
function nameLists(idl: Idl): [string, string[]][] {
  const fields = (label: string, list: IdlField[] | undefined): [string, string[]] => [label, (list ?? []).map((f) => f.name)];
  return [
    ['instructions', idl.instructions.map((ix) => ix.name)],
    ...idl.instructions.flatMap((ix): [string, string[]][] => [
      fields(`args of ${ix.name}`, ix.args),
      [`accounts of ${ix.name}`, ix.accounts.map((a) => a.name)],
    ]),
    ['accounts', (idl.accounts ?? []).map((a) => a.name)],
    ['events', (idl.events ?? []).map((e) => e.name)],
    ['types', (idl.types ?? []).map((t) => t.name)],
    ...(idl.types ?? []).map((t) => fields(`fields of ${t.name}`, t.type.kind === 'struct' ? (t.type.fields as IdlField[] | undefined) : [])),
    ['errors', (idl.errors ?? []).map((e) => e.name)],
  ];
}

describe.each(allIdls)('the IDL of $name', ({ idl }) => {
  it('holds no two names in one list, as written or as the Anchor client camelCases them', () => {
    for (const [label, names] of nameLists(idl)) {
      expect(new Set(names).size, `${label}: ${names.join(', ')}`).toBe(names.length);
      expect(new Set(names.map(clientName)).size, `${label} (client): ${names.join(', ')}`).toBe(names.length);
    }
  });
});

describe('hostile-name programs', () => {
  it('are at least a dozen, each its own crate', () => {
    const crates = hostile.map((h) => h.program.name);
    expect(crates.length).toBeGreaterThanOrEqual(12);
    expect(new Set(crates).size).toBe(crates.length);
  });

  it.each(hostile.map((h) => h.name))('%s builds its sBPF program', (name) => {
    expect(sbfOutput(programOf(name)).elf.length).toBeGreaterThan(0);
  });

  it('spell Rust-only keywords as raw identifiers: locals, helper functions and their parameters', () => {
    const files = emitAnchorWorkspace(programOf('keyword_locals'));
    const handler = files.get('programs/keyword_locals/src/instructions/run.rs')!;
    expect(handler).toContain('let r#match: u64 = amount');
    expect(handler).toContain('let mut r#mut: u64 = r#type');
    expect(handler).toContain('helpers::r#fn(r#mut)?');
    const helpers = emitAnchorWorkspace(programOf('helper_names')).get('programs/helper_names/src/helpers.rs')!;
    expect(helpers).toContain('pub fn r#match(r#type: u64, r#loop: &Data) -> Result<u64> {');
    expect(helpers).toContain('pub fn helpers(ctx: u64, r#match: u64) -> Result<u64> {');
    expect(helpers).toContain('r#impl.count = helpers(instructions, r#match(instructions, r#impl)?)?;');
    // `_unused` is a parameter of its own, so the unused `unused` keeps its name.
    expect(helpers).toContain('pub fn drop(value: u64, _unused: u64) -> Result<u64> {');
    expect(helpers).toContain('Ok(self::drop(drop, drop)?');
  });

  it('give way where the backend would reuse a user name: Context, Accounts structs, error enum, modules', () => {
    const lib = emitAnchorWorkspace(programOf('ctx_names')).get('programs/ctx_names/src/lib.rs')!;
    expect(lib).toContain('pub fn set_up(context: Context<SetUp>, ctx: u64) -> Result<()> {');
    expect(lib).toContain('pub fn use_context(ctx2: Context<UseContext>, amount: u64) -> Result<()> {');
    const types = [...emitAnchorWorkspace(programOf('type_names')).keys()];
    expect(types).toContain('programs/type_names/src/state/std_mod.rs');
    expect(types).toContain('programs/type_names/src/state/anchor_lang_mod.rs');
    const files = emitAnchorWorkspace(programOf('type_names'));
    expect(files.get('programs/type_names/src/instructions/run.rs')).toContain('pub struct RunAccounts2<');
    expect(files.get('programs/type_names/src/instructions/set_data.rs')).toContain('pub struct SetDataAccounts<');
    expect(files.get('programs/type_names/src/error.rs')).toContain('pub enum TypeNamesErrorCode {');
    expect(emitAnchorWorkspace(programOf('class_anchor')).get('programs/anchor/src/error.rs')).toContain('pub enum AnchorErrorCode {');
    const state = [...emitAnchorWorkspace(programOf('class_state')).keys()];
    expect(state).toContain('programs/state/src/state_mod/mod.rs');
  });
});

const rustfmtInstalled = spawnSync('rustfmt', ['--version']).status === 0;
const dir = mkdtempSync(join(tmpdir(), 'poseidon-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function rustFiles(root: string): string[] {
  return readdirSync(root).flatMap((name) => {
    const path = join(root, name);
    if (statSync(path).isDirectory()) return rustFiles(path);
    return path.endsWith('.rs') ? [path] : [];
  });
}

describe('the hostile workspace', () => {
  it('holds one crate per program under one Cargo workspace', () => {
    const crates = writeHostileWorkspace(dir, hostile.map((h) => h.program));
    expect(crates).toHaveLength(hostile.length);
    expect(readFileSync(join(dir, 'Cargo.toml'), 'utf8')).toContain('members = ["programs/*"]');
  });

  it('names every program in Anchor.toml and holds our IDL of each, for .ci/idl-check.sh', () => {
    writeHostileWorkspace(dir, hostile.map((h) => h.program));
    const anchorToml = readFileSync(join(dir, 'Anchor.toml'), 'utf8');
    expect(anchorToml).toContain('resolution = true');
    for (const { program } of hostile) {
      expect(anchorToml).toContain(`\n${program.name} = "${program.programId}"\n`);
      const idl = JSON.parse(readFileSync(join(dir, 'target', 'idl', `${program.name}.json`), 'utf8'));
      expect(idl.metadata.name).toBe(program.name);
      expect(idl.address).toBe(program.programId);
    }
    expect(readdirSync(join(dir, 'target', 'idl')).sort()).toEqual(hostile.map((h) => `${h.program.name}.json`).sort());
  });

  it.skipIf(!rustfmtInstalled)('is rustfmt-formatted', () => {
    writeHostileWorkspace(dir, hostile.map((h) => h.program));
    const run = spawnSync('rustfmt', ['--edition', '2021', '--check', ...rustFiles(dir)], { encoding: 'utf8' });
    expect(run.stdout + run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
