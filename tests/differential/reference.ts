// The reference semantics, in BigInt: what the Anchor Rust backend's program computes for a printed case.
// In: a case's statements and one value per parameter. Out: the stored value, or the failure Rust reports
// (ArithmeticOverflow for checked_* and mulDiv; Anchor's 4102 InvalidNumericConversion for try_from).
// Evaluation order is Rust's: receiver, then arguments, each `?` returning at once.
import { isSigned } from '../../src/ir/types.js';
import { fits, paramName, type ArithOp, type Cond, type Expr, type IntName, type Stmt } from './tree.js';

export type Failure = 'ArithmeticOverflow' | 4102;
export type Outcome = { ok: true; type: IntName; value: bigint } | { ok: false; error: Failure };

/** Thrown inside the evaluator to unwind like Rust's `?`. */
class Fail {
  constructor(readonly error: Failure) {}
}

const overflow = (): never => {
  throw new Fail('ArithmeticOverflow');
};

export function evaluateCase(body: readonly Stmt[], values: ReadonlyMap<string, bigint>): Outcome {
  const locals = new Map<string, bigint>();
  let stored: { type: IntName; value: bigint } | null = null;
  const run = (stmts: readonly Stmt[]): void => {
    for (const s of stmts) {
      switch (s.kind) {
        case 'const':
          locals.set(s.name, evaluate(s.value, values, locals));
          break;
        case 'store':
          stored = { type: s.type, value: evaluate(s.value, values, locals) };
          break;
        case 'if':
          run(test(s.cond, values, locals) ? s.then : s.else);
      }
    }
  };
  try {
    run(body);
  } catch (e) {
    if (e instanceof Fail) return { ok: false, error: e.error };
    throw e;
  }
  if (stored === null) throw new Error('internal: the case stored nothing');
  const { type, value } = stored;
  return { ok: true, type, value };
}

function evaluate(e: Expr, values: ReadonlyMap<string, bigint>, locals: ReadonlyMap<string, bigint>): bigint {
  const ev = (x: Expr): bigint => evaluate(x, values, locals);
  switch (e.kind) {
    case 'param': {
      const v = values.get(paramName(e.type, e.slot));
      if (v === undefined) throw new Error(`internal: no value for ${paramName(e.type, e.slot)}`);
      return v;
    }
    case 'literal':
      return e.value;
    case 'local': {
      const v = locals.get(e.name);
      if (v === undefined) throw new Error(`internal: local ${e.name} read before it was set`);
      return v;
    }
    case 'arith':
      return checkedArith(e.op, e.type, ev(e.left), ev(e.right));
    case 'minmax': {
      const l = ev(e.left);
      const r = ev(e.right);
      return e.op === 'min' ? (l <= r ? l : r) : l >= r ? l : r;
    }
    case 'mulDiv': {
      // Rust: wide(a).checked_mul(wide(b))?.checked_div(wide(c))?, then T::try_from → ArithmeticOverflow.
      // The product is checked before `c` is evaluated.
      const wide: IntName = isSigned(e.type) ? 'i128' : 'u128';
      const product = checkedArith('mul', wide, ev(e.a), ev(e.b));
      const quotient = checkedArith('div', wide, product, ev(e.c));
      return fits(e.type, quotient) ? quotient : overflow();
    }
    case 'convert': {
      const v = ev(e.value);
      if (!fits(e.type, v)) throw new Fail(4102);
      return v;
    }
  }
}

/** Rust's checked_add/sub/mul/div/rem: BigInt `/` and `%` already truncate toward zero. */
function checkedArith(op: ArithOp, t: IntName, l: bigint, r: bigint): bigint {
  let result: bigint;
  switch (op) {
    case 'add':
      result = l + r;
      break;
    case 'sub':
      result = l - r;
      break;
    case 'mul':
      result = l * r;
      break;
    case 'div':
      if (r === 0n) return overflow();
      result = l / r; // MIN / -1 leaves the range below
      break;
    case 'mod':
      if (r === 0n) return overflow();
      // checked_rem refuses MIN % -1 too, although the remainder (0) would fit.
      if (r === -1n && !fits(t, -l)) return overflow();
      result = l % r;
      break;
  }
  return fits(t, result) ? result : overflow();
}

function test(c: Cond, values: ReadonlyMap<string, bigint>, locals: ReadonlyMap<string, bigint>): boolean {
  switch (c.kind) {
    case 'not':
      return !test(c.operand, values, locals);
    case 'and':
      return test(c.left, values, locals) && test(c.right, values, locals);
    case 'or':
      return test(c.left, values, locals) || test(c.right, values, locals);
    case 'compare': {
      const l = evaluate(c.left, values, locals);
      const r = evaluate(c.right, values, locals);
      switch (c.op) {
        case 'eq':
          return l === r;
        case 'neq':
          return l !== r;
        case 'lt':
          return l < r;
        case 'lte':
          return l <= r;
        case 'gt':
          return l > r;
        case 'gte':
          return l >= r;
      }
    }
  }
}
