// errorOrigins: the `file:line` Anchor logs in `AnchorError thrown in <file>:<line>` for each `require`
// and each conversion that can fail with 4102, read off the workspace emitAnchorWorkspace writes.
import { describe, expect, it } from 'vitest';
import { emitAnchorWorkspace, errorOrigins } from '../../src/backends/anchor/index.js';
import type { Expr, Program, Stmt } from '../../src/ir/types.js';
import { ledger } from './programs.js';
import { checks } from './token-programs.js';

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
