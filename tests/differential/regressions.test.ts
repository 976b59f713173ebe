// The disagreements the differential test found, pinned as exact cases on both runtimes, next to the
// neighbouring cases that must keep working, and the boundaries of the backend's fast paths (register-pair
// u128 arithmetic, 32-bit multiply shortcuts). Each case also checks the BigInt reference against the
// value worked out by hand from Rust's checked_* / try_from, so the reference itself is tested.
import { beforeAll, describe, expect, it } from 'vitest';
import { RUNTIME_KINDS } from '../../src/runtime/index.js';
import { BatchRunner, compileBatch, type Observed } from './harness.js';
import { lowerCase } from './printer.js';
import { evaluateCase, type Outcome } from './reference.js';
import type { ArithOp, CaseTree, Expr, IntName } from './tree.js';

const I128_MIN = -(2n ** 127n);
const param = (type: IntName, slot = 0): Expr => ({ kind: 'param', type, slot });
const literal = (type: IntName, value: bigint): Expr => ({ kind: 'literal', type, value });
const arith = (op: ArithOp, left: Expr, right: Expr): Expr => ({ kind: 'arith', type: left.type, op, left, right });
const convert = (value: Expr, type: IntName): Expr => ({ kind: 'convert', type, value });

type Expected = { stored: bigint } | { error: 'ArithmeticOverflow' | 4102 };
interface Repro {
  title: string;
  tree: CaseTree;
  values: bigint[];
  expected: Expected;
}

const store = (value: Expr): CaseTree => ({ type: value.type, value });

const REPROS: Repro[] = [
  // integers.ts: the i64 helper only refused i64::MIN % -1; narrower MIN % -1 stored 0.
  { title: 'i32::MIN % -1 (register) fails with ArithmeticOverflow', tree: store(arith('mod', param('i32', 0), param('i32', 1))), values: [-(2n ** 31n), -1n], expected: { error: 'ArithmeticOverflow' } },
  { title: 'i8::MIN % -1 (immediate) fails with ArithmeticOverflow', tree: store(arith('mod', param('i8'), literal('i8', -1n))), values: [-128n], expected: { error: 'ArithmeticOverflow' } },
  { title: 'i16::MIN % -1 (register) fails with ArithmeticOverflow', tree: store(arith('mod', param('i16', 0), param('i16', 1))), values: [-32768n, -1n], expected: { error: 'ArithmeticOverflow' } },
  { title: 'i32::MIN % 1 stores 0', tree: store(arith('mod', param('i32', 0), param('i32', 1))), values: [-(2n ** 31n), 1n], expected: { stored: 0n } },
  { title: 'i8 -7 % -1 (immediate) stores 0', tree: store(arith('mod', param('i8'), literal('i8', -1n))), values: [-7n], expected: { stored: 0n } },
  // int128ops.ts: the magnitude remainder gave 0 for i128::MIN % -1.
  { title: 'i128::MIN % -1 (register) fails with ArithmeticOverflow', tree: store(arith('mod', param('i128', 0), param('i128', 1))), values: [I128_MIN, -1n], expected: { error: 'ArithmeticOverflow' } },
  { title: 'i128::MIN % -1 (literal) fails with ArithmeticOverflow', tree: store(arith('mod', param('i128'), literal('i128', -1n))), values: [I128_MIN], expected: { error: 'ArithmeticOverflow' } },
  { title: 'i128::MIN % 3 stores -2', tree: store(arith('mod', param('i128', 0), param('i128', 1))), values: [I128_MIN, 3n], expected: { stored: -2n } },
  { title: 'i128 -2^64 % -1 stores 0', tree: store(arith('mod', param('i128', 0), param('i128', 1))), values: [-(2n ** 64n), -1n], expected: { stored: 0n } },
  // int128ops.ts: i128 → u64 demanded an i64, refusing [2^63, 2^64).
  { title: 'i128 2^63 + 1 converts to u64', tree: store(convert(param('i128'), 'u64')), values: [2n ** 63n + 1n], expected: { stored: 2n ** 63n + 1n } },
  { title: 'i128 2^64 - 1 converts to u64', tree: store(convert(param('i128'), 'u64')), values: [2n ** 64n - 1n], expected: { stored: 2n ** 64n - 1n } },
  { title: 'i128 2^64 does not convert to u64 (4102)', tree: store(convert(param('i128'), 'u64')), values: [2n ** 64n], expected: { error: 4102 } },
  { title: 'i128 -1 does not convert to u64 (4102)', tree: store(convert(param('i128'), 'u64')), values: [-1n], expected: { error: 4102 } },
  { title: 'i128 2^63 does not convert to i64 (4102)', tree: store(convert(param('i128'), 'i64')), values: [2n ** 63n], expected: { error: 4102 } },
  { title: 'i128 -2^63 converts to i64', tree: store(convert(param('i128'), 'i64')), values: [-(2n ** 63n)], expected: { stored: -(2n ** 63n) } },
];

/**
 * 128-bit mulDiv must check a·b before evaluating c, as Rust's `a.checked_mul(b).ok_or(..)?.checked_div(c)`
 * does: a failing conversion in c must not win over the product's overflow (fixed in expr.ts).
 */
const MULDIV_ORDER: Repro = {
  title: 'u128 2^127.mulDiv(2, (i8 -1).toU128()) fails on the product (ArithmeticOverflow) before converting c',
  tree: store({ kind: 'mulDiv', type: 'u128', a: literal('u128', 2n ** 127n), b: literal('u128', 2n), c: convert(param('i8'), 'u128') }),
  values: [-1n],
  expected: { error: 'ArithmeticOverflow' },
};

const U64_MAX = 2n ** 64n - 1n;
const minmax = (op: 'min' | 'max', left: Expr, right: Expr): Expr => ({ kind: 'minmax', type: left.type, op, left, right });
const wide = (e: Expr): Expr => convert(e, 'u128');

/**
 * Unsigned 128-bit expressions in register pairs (src/backends/sbf/codegen/u128pair.ts) and the inline
 * 32-bit fast paths of 64×64 products and mulDiv: each case sits where a fast path hands over to the
 * general one, or where a known-zero high word meets a real one.
 */
const REGISTER_PAIRS: Repro[] = [
  { title: 'u64 + u64 widened to u128 carries into the high word', tree: store(arith('add', wide(param('u64', 0)), wide(param('u64', 1)))), values: [U64_MAX, 1n], expected: { stored: 2n ** 64n } },
  { title: 'u128 + u128 past 2^128 fails', tree: store(arith('add', param('u128', 0), param('u128', 1))), values: [2n ** 128n - 1n, 1n], expected: { error: 'ArithmeticOverflow' } },
  { title: 'u128 − widened u64 borrows from the high word', tree: store(arith('sub', param('u128', 0), wide(param('u64', 1)))), values: [2n ** 64n, 1n], expected: { stored: U64_MAX } },
  { title: 'widened u64 − u128 with a high word fails', tree: store(arith('sub', wide(param('u64', 0)), param('u128', 1))), values: [5n, 2n ** 64n], expected: { error: 'ArithmeticOverflow' } },
  { title: 'min(u128 ≥ 2^64, widened u64) is the u64', tree: store(minmax('min', param('u128', 0), wide(param('u64', 1)))), values: [2n ** 64n, 5n], expected: { stored: 5n } },
  { title: 'min(widened u64, smaller u128) is the u128', tree: store(minmax('min', wide(param('u64', 0)), param('u128', 1))), values: [9n, 4n], expected: { stored: 4n } },
  { title: 'max(widened u64, u128 ≥ 2^64) is the u128', tree: store(minmax('max', wide(param('u64', 0)), param('u128', 1))), values: [5n, 2n ** 64n + 3n], expected: { stored: 2n ** 64n + 3n } },
  { title: 'max(u128 below 2^64, larger widened u64) is the u64', tree: store(minmax('max', param('u128', 0), wide(param('u64', 1)))), values: [4n, 9n], expected: { stored: 9n } },
  { title: 'u128 with a high word × widened u64', tree: store(arith('mul', param('u128', 0), wide(param('u64', 1)))), values: [2n ** 64n + 1n, 3n], expected: { stored: 3n * 2n ** 64n + 3n } },
  { title: 'u128 × widened u64 past 2^128 fails', tree: store(arith('mul', param('u128', 0), wide(param('u64', 1)))), values: [2n ** 127n, 2n], expected: { error: 'ArithmeticOverflow' } },
  { title: 'widened u64 × widened u64, one factor ≥ 2^32', tree: store(arith('mul', wide(param('u64', 0)), wide(param('u64', 1)))), values: [2n ** 40n + 7n, 3n], expected: { stored: (2n ** 40n + 7n) * 3n } },
  { title: 'widened u64 × widened u64, both factors at the maximum', tree: store(arith('mul', wide(param('u64', 0)), wide(param('u64', 1)))), values: [U64_MAX, U64_MAX], expected: { stored: U64_MAX * U64_MAX } },
  { title: 'u128 with a high word ÷ widened u64', tree: store(arith('div', param('u128', 0), wide(param('u64', 1)))), values: [5n * 2n ** 64n + 7n, 10n], expected: { stored: (5n * 2n ** 64n + 7n) / 10n } },
  { title: 'u128 ÷ a literal', tree: store(arith('div', param('u128'), literal('u128', 10_000n))), values: [2n ** 70n + 12_345n], expected: { stored: (2n ** 70n + 12_345n) / 10_000n } },
  { title: 'u128 ÷ widened u64 zero fails', tree: store(arith('div', param('u128', 0), wide(param('u64', 1)))), values: [7n, 0n], expected: { error: 'ArithmeticOverflow' } },
  { title: 'u64 mulDiv with factors below 2^32 (native)', tree: store({ kind: 'mulDiv', type: 'u64', a: param('u64', 0), b: param('u64', 1), c: param('u64', 2) }), values: [2n ** 31n, 2n ** 31n + 5n, 3n], expected: { stored: (2n ** 31n * (2n ** 31n + 5n)) / 3n } },
  { title: 'u64 mulDiv with a factor ≥ 2^32 (128-bit product)', tree: store({ kind: 'mulDiv', type: 'u64', a: param('u64', 0), b: param('u64', 1), c: param('u64', 2) }), values: [2n ** 40n, 2n ** 40n, 2n ** 30n], expected: { stored: 2n ** 50n } },
  { title: 'a u128 product with a high word narrowed to u64 fails (4102)', tree: store(convert(arith('mul', wide(param('u64', 0)), wide(param('u64', 1))), 'u64')), values: [2n ** 32n, 2n ** 32n], expected: { error: 4102 } },
];

const ALL = [...REPROS, MULDIV_ORDER, ...REGISTER_PAIRS];
const printed = ALL.map((r) => lowerCase(r.tree));

const summary = (o: Observed | Outcome): Expected | { error: unknown } => (o.ok ? { stored: o.value } : { error: o.error });

describe('the BigInt reference', () => {
  it.each(ALL.map((r, i) => [r.title, i] as const))('%s', (_title, i) => {
    const outcome = evaluateCase(printed[i].body, new Map(printed[i].params.map((p, k) => [p.name, ALL[i].values[k]])));
    expect(summary(outcome)).toEqual(ALL[i].expected);
  });
});

describe.each(RUNTIME_KINDS)('pinned former disagreements on %s', (kind) => {
  let runner: BatchRunner;
  beforeAll(async () => {
    runner = await BatchRunner.start(kind, compileBatch(printed));
  });

  it.each(REPROS.map((r, i) => [r.title, i] as const))('%s', async (_title, i) => {
    expect(summary(await runner.run(i, ALL[i].values, ALL[i].tree.type))).toEqual(ALL[i].expected);
  });

  it.each(REGISTER_PAIRS.map((r) => [r.title, ALL.indexOf(r)] as const))('%s', async (_title, i) => {
    expect(summary(await runner.run(i, ALL[i].values, ALL[i].tree.type))).toEqual(ALL[i].expected);
  });

  it(MULDIV_ORDER.title, async () => {
    const i = ALL.indexOf(MULDIV_ORDER);
    expect(summary(await runner.run(i, MULDIV_ORDER.values, MULDIV_ORDER.tree.type))).toEqual(MULDIV_ORDER.expected);
  });
});
