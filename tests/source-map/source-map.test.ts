// Source maps: every place a program can report an error from (`AnchorError thrown in <file>:<line>`) maps
// to the DSL statement it was compiled from, for every test program and HFMMT; the file round-trips; the
// runtime layer names the DSL statement of a failure on both runtimes; annotated text keeps Anchor's words.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import anchor from '@coral-xyz/anchor';
import { Keypair } from '@solana/web3.js';
import { describe, expect, it } from 'vitest';
import { emitAnchorWorkspace, errorOrigins } from '../../src/backends/anchor/index.js';
import { compileFile } from '../../src/frontend/index.js';
import type { Program } from '../../src/ir/types.js';
import { createRuntime, errorCode, RUNTIME_KINDS } from '../../src/runtime/index.js';
import { annotateAnchorErrors, createSourceMap, originInLogs, readSourceMap, sourceMapJson, type SourceMap } from '../../src/source-map/index.js';
import { tempProject, writeFiles } from '../cli/helpers.js';
import { TOOLCHAIN_ROOT } from '../interop/support.js';
import { compileTestProgram, SYSTEM_PROGRAM_ID } from '../support/compiled.js';

const PROGRAMS_DIR = join(TOOLCHAIN_ROOT, 'tests/programs');
const SOURCES = [...readdirSync(PROGRAMS_DIR).filter((f) => f.endsWith('.ts')).map((f) => join(PROGRAMS_DIR, f)), join(TOOLCHAIN_ROOT, 'programs/hfmmt.ts')];

function compiled(path: string): Program {
  const { program, diagnostics } = compileFile(path);
  if (!program) throw new Error(`${path}: ${diagnostics.map((d) => d.message).join('; ')}`);
  return program;
}

/** The DSL text of the statement at `line`:`column`, up to its first `;`. */
function statementText(file: string, line: number, column: number): string {
  const lines = readFileSync(file, 'utf8').split('\n');
  const rest = [lines[line - 1]!.slice(column - 1), ...lines.slice(line)].join('\n');
  return rest.slice(0, rest.indexOf(';') + 1);
}

/** The origins of the program's requires and conversions: an index's (a panic's place) is not mapped. */
const errorOnly = (program: Program) => new Map([...errorOrigins(program)].filter(([node]) => node.kind !== 'element'));

describe('the source map of every test program and HFMMT', () => {
  const programs = SOURCES.map((path) => ({ path, program: compiled(path) }));
  const withOrigins = programs.filter(({ program }) => errorOnly(program).size > 0);

  it('leaves out the origins of FixedArray indexes, which name a panic\'s place', () => {
    const bigboard = programs.find(({ path }) => path.endsWith('/bigboard.ts'))!.program;
    expect([...errorOrigins(bigboard).keys()].map((node) => node.kind)).toEqual(['element', 'element', 'element', 'element', 'element', 'element']);
    expect(createSourceMap(bigboard, errorOrigins(bigboard)).origins.size).toBe(0);
  });

  it('covers programs with requires and conversions (the cases below are not empty)', () => {
    const kinds = new Set(withOrigins.flatMap(({ program }) => [...createSourceMap(program, errorOrigins(program)).origins.values()].map((o) => o.kind)));
    expect([withOrigins.length > 5, [...kinds].sort()]).toEqual([true, ['conversion', 'require']]);
  });

  it.each(withOrigins.map(({ path, program }) => [path.slice(TOOLCHAIN_ROOT.length + 1), program] as const))(
    '%s: each Rust location is a require!/error! line, and maps to the DSL statement holding that require or conversion',
    (_, program) => {
      const workspace = emitAnchorWorkspace(program);
      const map = createSourceMap(program, errorOrigins(program));
      expect(map.origins.size).toBe(new Set(errorOnly(program).values()).size);
      for (const [rust, origin] of map.origins) {
        const [file, line] = rust.split(':');
        expect(workspace.get(file!)!.split('\n')[Number(line) - 1]).toMatch(origin.kind === 'require' ? /require!\(/ : /error!\(/);
        const statement = statementText(origin.file, origin.line, origin.column);
        expect(statement).toMatch(origin.kind === 'require' ? /^require\(/ : /\.to[UI](8|16|32|64|128)\(\)/);
      }
    },
  );

  it.each(withOrigins.map(({ path, program }) => [path.slice(TOOLCHAIN_ROOT.length + 1), program] as const))(
    '%s: no Rust location is shared by two DSL statements',
    (_, program) => {
      const map = createSourceMap(program, errorOrigins(program));
      const statements = new Map<string, Set<string>>();
      for (const [node, rust] of errorOnly(program)) {
        const single = createSourceMap(program, new Map([[node, rust]])).origins.get(rust)!;
        statements.set(rust, (statements.get(rust) ?? new Set()).add(`${single.line}:${single.column}`));
      }
      expect([...statements.values()].filter((s) => s.size > 1)).toEqual([]);
      expect([...map.origins.keys()].sort()).toEqual([...statements.keys()].sort());
    },
  );
});

describe('the source map file', () => {
  const program = compiled(join(PROGRAMS_DIR, 'ledger.ts'));
  const map = createSourceMap(program, errorOrigins(program));

  it('stores DSL paths relative to the project and reads them back absolute', () => {
    const dir = tempProject();
    const file = join(dir, 'generated/ledger/target/sourcemap/ledger_program.json');
    const text = sourceMapJson(map, file, TOOLCHAIN_ROOT);
    writeFiles(dir, { 'generated/ledger/target/sourcemap/ledger_program.json': text });

    const parsed = JSON.parse(text) as { version: number; program: string; sourceRoot: string; origins: Record<string, { source: string }> };
    expect([parsed.version, parsed.program, resolve(dirname(file), parsed.sourceRoot), new Set(Object.values(parsed.origins).map((o) => o.source))])
      .toEqual([1, 'ledger_program', TOOLCHAIN_ROOT, new Set(['tests/programs/ledger.ts'])]);
    expect(readSourceMap(file)).toEqual({ ok: true, map });
  });

  it.each([
    ['not JSON', '{', 'not JSON'],
    ['another version', '{"version":2,"program":"x","sourceRoot":".","origins":{}}', 'not a version 1 poseidon source map'],
    ['no origins', '{"version":1,"program":"x","sourceRoot":"."}', 'a source map needs "program", "sourceRoot" and "origins"'],
    ['a bad origin', '{"version":1,"program":"x","sourceRoot":".","origins":{"a.rs:1":{"source":"a.ts","line":0,"column":1,"kind":"require"}}}',
      'origin "a.rs:1" needs "source", a positive "line" and "column", and "kind" require or conversion'],
  ])('refuses %s with a one-line reason', (_, text, error) => {
    const dir = tempProject();
    writeFileSync(join(dir, 'map.json'), text);
    expect(readSourceMap(join(dir, 'map.json'))).toEqual({ ok: false, error });
  });
});

describe('annotating text', () => {
  const program = compiled(join(PROGRAMS_DIR, 'ledger.ts'));
  const map = createSourceMap(program, errorOrigins(program));
  const [rust, origin] = [...map.origins].find(([, o]) => o.kind === 'require')!;

  it('puts the DSL line after each Rust location a map knows and leaves the rest of Anchor\'s words alone', () => {
    const text = `Program log: AnchorError thrown in ${rust}. Error Code: InvalidLimits.\nAnchorError thrown in programs/other/src/lib.rs:9. Error Code: X.\n`;
    expect(annotateAnchorErrors(text, [map], TOOLCHAIN_ROOT)).toBe(
      `Program log: AnchorError thrown in ${rust} (tests/programs/ledger.ts:${origin.line}:${origin.column}). Error Code: InvalidLimits.\n`
      + 'AnchorError thrown in programs/other/src/lib.rs:9. Error Code: X.\n');
  });

  it('finds the first known location in program logs', () => {
    expect(originInLogs([map], ['Program log: Instruction: Open', `Program log: AnchorError thrown in ${rust}. Error Code: InvalidLimits.`])).toEqual(origin);
    expect(originInLogs([map], ['Program log: AnchorError thrown in programs/other/src/lib.rs:9. Error Code: X.'])).toBeUndefined();
  });
});

describe.each(RUNTIME_KINDS)('the runtime layer on %s with a program\'s source map', (kind) => {
  const ledger = compileTestProgram('ledger.ts');
  const sourceMap: SourceMap = createSourceMap(ledger.program, errorOrigins(ledger.program));
  const ledgerSource = join(PROGRAMS_DIR, 'ledger.ts');
  const lineOf = (text: string) => readFileSync(ledgerSource, 'utf8').split('\n').findIndex((l) => l.includes(text)) + 1;
  const { BN } = anchor;

  async function opened(withMap: boolean) {
    const rt = await createRuntime(kind, { programs: [{ programId: ledger.programId, so: ledger.so, ...(withMap && { sourceMap }) }] });
    const owner = Keypair.generate();
    const account = Keypair.generate();
    await rt.airdrop(owner.publicKey, 1_000_000_000n);
    const open = (maxEntry: number) => rt.send([ledger.ix('open', { owner: owner.publicKey, ledger: account.publicKey, systemProgram: SYSTEM_PROGRAM_ID },
      { limits: { max_entry: new BN(maxEntry), fee_bps: new BN(100) } })], [owner, account]);
    return { rt, owner, account, open };
  }

  it('names the DSL require that failed (result.origin)', async () => {
    const { open } = await opened(true);
    const r = await open(0);
    expect([errorCode(r), r.origin]).toEqual([6000, { file: ledgerSource, line: lineOf('LedgerError.InvalidLimits'), column: 5, kind: 'require' }]);
  });

  it('names the DSL statement of a failed conversion (4102)', async () => {
    const { rt, owner, account, open } = await opened(true);
    await open(5_000_000);
    const acct = (await rt.getAccount(account.publicKey))!;
    const data = Uint8Array.from(acct.data);
    new DataView(data.buffer).setBigUint64(65 + 8, 1n, true); // volume = 2^64: volume / 1 does not fit a u64
    await rt.setAccount(account.publicKey, { ...acct, data });
    const r = await rt.send([ledger.ix('shrink', { owner: owner.publicKey, ledger: account.publicKey }, { factor: 1 })], [owner]);
    expect([errorCode(r), r.origin]).toEqual([4102, { file: ledgerSource, line: lineOf('ledger.fees = ledger.volume.div'), column: 5, kind: 'conversion' }]);
  });

  it('adds nothing to a success, or to a failure of a program loaded without its map', async () => {
    const mapped = await opened(true);
    const unmapped = await opened(false);
    const [ok, failed] = [await mapped.open(5_000_000), await unmapped.open(0)];
    expect([ok.ok, 'origin' in ok, errorCode(failed), 'origin' in failed]).toEqual([true, false, 6000, false]);
  });
});
