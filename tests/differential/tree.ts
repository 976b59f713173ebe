// The differential test's model of integer code: typed expression trees over instruction parameters
// and literals, and the small statement form one test case compiles to (locals, an `if`, one store).
// In: nothing (types and range helpers). Out: what the generator builds, the printer prints and the
// reference evaluator runs.
import { INT_BITS, isSigned, type IntName } from '../../src/ir/types.js';

export type { IntName };

export const INT_NAMES: readonly IntName[] = ['u8', 'i8', 'u16', 'i16', 'u32', 'i32', 'u64', 'i64', 'u128', 'i128'];

export type ArithOp = 'add' | 'sub' | 'mul' | 'div' | 'mod';
export type CompareOp = 'eq' | 'neq' | 'lt' | 'lte' | 'gt' | 'gte';

export type Expr =
  /** An instruction parameter; `slot` distinguishes parameters of the same type (`p_u64_1`). */
  | { kind: 'param'; type: IntName; slot: number }
  /** An integer literal: `new u64(5)` as a receiver, a bare `5` / `5n` as an argument. */
  | { kind: 'literal'; type: IntName; value: bigint }
  /** A `const` local introduced by the printer to stay within the code generator's registers. */
  | { kind: 'local'; type: IntName; name: string }
  | { kind: 'arith'; type: IntName; op: ArithOp; left: Expr; right: Expr }
  | { kind: 'minmax'; type: IntName; op: 'min' | 'max'; left: Expr; right: Expr }
  | { kind: 'mulDiv'; type: IntName; a: Expr; b: Expr; c: Expr }
  | { kind: 'convert'; type: IntName; value: Expr };

export type Cond =
  | { kind: 'compare'; op: CompareOp; left: Expr; right: Expr }
  | { kind: 'and' | 'or'; left: Cond; right: Cond }
  | { kind: 'not'; operand: Cond };

/** One generated test case: store `value` (or, with `cond`, one of two values) into the field of `type`. */
export interface CaseTree {
  type: IntName;
  value: Expr;
  /** When present: `if (cond) { out = value } else { out = otherwise }`. */
  select?: { cond: Cond; otherwise: Expr };
}

/** The printed form of a case: statements in execution order. */
export type Stmt =
  | { kind: 'const'; name: string; value: Expr }
  | { kind: 'store'; type: IntName; value: Expr }
  | { kind: 'if'; cond: Cond; then: Stmt[]; else: Stmt[] };

export interface Param {
  name: string;
  type: IntName;
}

export function intRange(t: IntName): [min: bigint, max: bigint] {
  const bits = BigInt(INT_BITS[t]);
  return isSigned(t) ? [-(1n << (bits - 1n)), (1n << (bits - 1n)) - 1n] : [0n, (1n << bits) - 1n];
}

export const fits = (t: IntName, v: bigint): boolean => {
  const [min, max] = intRange(t);
  return v >= min && v <= max;
};

export const byteSize = (t: IntName): number => INT_BITS[t] / 8;

export const paramName = (type: IntName, slot: number): string => `p_${type}_${slot}`;

/** The parameters a case reads, each once, in first-use order (= the instruction's argument order). */
export function paramsOf(tree: CaseTree): Param[] {
  const seen = new Map<string, Param>();
  const visit = (e: Expr): void => {
    switch (e.kind) {
      case 'param': {
        const name = paramName(e.type, e.slot);
        if (!seen.has(name)) seen.set(name, { name, type: e.type });
        return;
      }
      case 'literal':
      case 'local':
        return;
      case 'arith':
      case 'minmax':
        visit(e.left);
        visit(e.right);
        return;
      case 'mulDiv':
        visit(e.a);
        visit(e.b);
        visit(e.c);
        return;
      case 'convert':
        visit(e.value);
    }
  };
  const visitCond = (c: Cond): void => {
    if (c.kind === 'not') visitCond(c.operand);
    else if (c.kind === 'compare') {
      visit(c.left);
      visit(c.right);
    } else {
      visitCond(c.left);
      visitCond(c.right);
    }
  };
  if (tree.select) visitCond(tree.select.cond);
  visit(tree.value);
  if (tree.select) visit(tree.select.otherwise);
  return [...seen.values()];
}
