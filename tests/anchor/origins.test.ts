// errorOrigins: the `file:line` Anchor logs in `AnchorError thrown in <file>:<line>` for each `require`
// and each conversion that can fail with 4102, and the `file:line:col` of each FixedArray index's panic, read
// off the workspace emitAnchorWorkspace writes; the OriginRecorder's stand-ins for one-character tokens.
import { describe, expect, it } from 'vitest';
import { emitAnchorWorkspace, errorOrigins } from '../../src/backends/anchor/index.js';
import type { Expr, Program, Stmt } from '../../src/ir/types.js';
import { ledger } from './programs.js';
import { checks } from './token-programs.js';
import { OriginRecorder } from '../../src/backends/anchor/origins.js';
import { compileTestProgram } from '../support/compiled.js';

const RECORD = 'programs/checks/src/instructions/record.rs';

/** The line an origin names, from the emitted workspace. */
function originLine(program: Program, origin: string): string {
  const [path, line] = origin.split(':');
  const text = emitAnchorWorkspace(program).get(path);
  if (text === undefined) throw new Error(`no ${path}`);
  return text.split('\n')[Number(line) - 1];
}

/** What the origin's line must hold: the macro that records file!() and line!(). */
const macroOf = (node: Stmt | Expr): string => (node.kind === 'require' ? 'require!(' : 'error!(ErrorCode::InvalidNumericConversion)');

describe('errorOrigins', () => {
  const body = checks.instructions[0].body;
  const [tooSmall, tooLarge, small, wideIf, last] = body as [
    Stmt & { kind: 'require' }, Stmt & { kind: 'require' }, Stmt & { kind: 'assign' }, Stmt & { kind: 'if' }, Stmt & { kind: 'require' },
  ];
  const origins = errorOrigins(checks);

  it('keys every require statement and every failing conversion by its own IR node', () => {
    const nested = (wideIf.then[0] as Stmt & { kind: 'assign' }).value as Expr & { kind: 'arith' };
    const inRequire = (last.cond as Expr & { kind: 'compare' }).left;
    expect([...origins.keys()]).toEqual([tooSmall, tooLarge, small.value, nested.right, last, inRequire]);
  });

  it('gives the workspace-relative file and the line of each macro token', () => {
    expect([...origins.values()]).toEqual([
      `${RECORD}:19`, `${RECORD}:20`, `${RECORD}:30`, `${RECORD}:35`, `${RECORD}:39`, `${RECORD}:40`,
    ]);
  });

  it('points each origin at a line holding its macro, also where rustfmt moved or nested it', () => {
    for (const [node, origin] of origins) expect(originLine(checks, origin)).toContain(macroOf(node));
  });

  it('records no origin for a lossless widening, which cannot fail', () => {
    const record = ledger.instructions[0].body;
    const widening = ((record[2] as Stmt & { kind: 'let' }).value as Expr & { kind: 'mulDiv' }).b;
    expect(widening.kind).toBe('convert');
    expect(errorOrigins(ledger).has(widening)).toBe(false);
  });

  it('finds the requires and the narrowing conversion of the ledger program on their macros', () => {
    const ledgerOrigins = errorOrigins(ledger);
    expect(ledgerOrigins.size).toBe(3);
    for (const [node, origin] of ledgerOrigins) expect(originLine(ledger, origin)).toContain(macroOf(node));
  });

  it('leaves the emitted workspace as emitAnchorWorkspace writes it', () => {
    const text = emitAnchorWorkspace(checks).get(RECORD)!;
    expect(text).not.toMatch(/[\uE000-\uF8FF]/);
    expect(text.split('\n')[29]).toBe('        u32::try_from(amount).map_err(|_| error!(ErrorCode::InvalidNumericConversion))?;');
  });
});

describe('errorOrigins of FixedArray indexes', () => {
  const bigboard = compileTestProgram('bigboard.ts').program;
  const ADD = 'programs/big_board_program/src/instructions/add.rs';

  it('gives file:line:col of each indexing expression, its first token, as Rust locates its panic', () => {
    const body = bigboard.instructions.find((ix) => ix.name === 'add')!.body;
    const add = body.find((s) => s.kind === 'assign' && s.place.kind === 'element') as Stmt & { kind: 'assign' };
    const read = (add.value as Expr & { kind: 'arith' }).left;
    expect([add.place.kind, read.kind]).toEqual(['element', 'element']);
    const origins = errorOrigins(bigboard);
    expect([origins.get(add.place as Expr), origins.get(read)]).toEqual([`${ADD}:18:5`, `${ADD}:18:35`]);
    expect(emitAnchorWorkspace(bigboard).get(ADD)!.split('\n')[17]).toBe('    tally.totals[slot as usize] = tally.totals[slot as usize]');
  });
});

describe('OriginRecorder', () => {
  const node = (n: number): Stmt => ({ kind: 'return', value: { kind: 'int', value: BigInt(n), type: { kind: 'prim', name: 'u64' } } }) as unknown as Stmt;

  it('tracks a one-character token with a one-character stand-in, and counts columns in chars', () => {
    const recorder = new OriginRecorder();
    const [a, b, c] = [node(1), node(2), node(3)];
    const first = recorder.expressionStart(a, 'b');
    const second = recorder.expressionStart(b, 'b');
    const macro = recorder.macroName(c, 'require');
    expect([first.length, second.length, macro.length]).toEqual([1, 1, 7]);
    const files = new Map([['lib.rs', `fn f() {\n    let s = "é"; ${first}.c[0] = ${second}.c[1];\n    ${macro}!(x);\n}\n`]]);
    const origins = recorder.resolve(files);
    expect(files.get('lib.rs')).toBe('fn f() {\n    let s = "é"; b.c[0] = b.c[1];\n    require!(x);\n}\n');
    expect([origins.get(a), origins.get(b), origins.get(c)]).toEqual(['lib.rs:2:18', 'lib.rs:2:27', 'lib.rs:3']);
  });

  it('refuses a stand-in printed twice or never', () => {
    const twice = new OriginRecorder();
    const once = twice.expressionStart(node(1), 'b');
    expect(() => twice.resolve(new Map([['lib.rs', `${once}.c[0]; ${once}.c[1]`]]))).toThrow('internal: stray error-origin stand-in in lib.rs');
    const never = new OriginRecorder();
    never.expressionStart(node(1), 'b');
    expect(() => never.resolve(new Map([['lib.rs', 'b.c[0]']]))).toThrow('internal: an error-origin stand-in was never printed');
  });
});
