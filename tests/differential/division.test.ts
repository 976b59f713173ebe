// Differential test of the 128-bit routines (int128.ts: 64×64→128 multiply, 128/64 long division, u128
// multiply and divide) through the operations built on them, with operands made of extreme 32-bit digits:
// one program, compiled once, run with many operand sets. DIFF_SEED and DIFF_DIVISION_RUNS override.
import fc from 'fast-check';
import { beforeAll, describe, it } from 'vitest';
import { RUNTIME_KINDS } from '../../src/runtime/index.js';
import { BatchRunner, compileBatch, describeCase, disagreement } from './harness.js';
import { lowerCase } from './printer.js';
import { evaluateCase } from './reference.js';
import type { ArithOp, CaseTree, Expr, IntName } from './tree.js';
import { digitPatterned } from './values.js';

const SEED = process.env.DIFF_SEED === undefined ? 20_251_126 : Number(process.env.DIFF_SEED);
/** Operand sets per runtime; about 2 ms each on bankrun, 5 ms on litesvm. */
const RUNS = Number(process.env.DIFF_DIVISION_RUNS ?? 600);

const param = (type: IntName, slot: number): Expr => ({ kind: 'param', type, slot });
const binary = (op: ArithOp, t: IntName): CaseTree => ({ type: t, value: { kind: 'arith', type: t, op, left: param(t, 0), right: param(t, 1) } });
const mulDiv = (t: IntName): CaseTree => ({ type: t, value: { kind: 'mulDiv', type: t, a: param(t, 0), b: param(t, 1), c: param(t, 2) } });

const CASES: CaseTree[] = [
  binary('div', 'u128'), binary('mod', 'u128'), binary('mul', 'u128'),
  binary('div', 'i128'), binary('mod', 'i128'), binary('mul', 'i128'),
  mulDiv('u64'), mulDiv('i64'), mulDiv('u32'), mulDiv('u128'), mulDiv('i128'),
];
const printed = CASES.map(lowerCase);

/** A case and one operand per parameter. */
const run = fc.integer({ min: 0, max: CASES.length - 1 }).chain((index) =>
  fc.tuple(...printed[index].params.map((p) => digitPatterned(p.type))).map((values) => ({ index, values })),
);

describe.each(RUNTIME_KINDS)('128-bit routines on %s', (kind) => {
  let runner: BatchRunner;
  beforeAll(async () => {
    runner = await BatchRunner.start(kind, compileBatch(printed));
  });

  it(`agree with the BigInt reference on digit-patterned operands (DIFF_SEED=${SEED}, ${RUNS} runs)`, async () => {
    const property = fc.asyncProperty(run, async ({ index, values }) => {
      const expected = evaluateCase(printed[index].body, new Map(printed[index].params.map((p, i) => [p.name, values[i]])));
      const problem = disagreement(expected, await runner.run(index, values, CASES[index].type));
      if (problem) throw new Error(`DIFF_SEED=${SEED} on ${kind}:\n${describeCase(printed[index], index, values, problem)}`);
    });
    const details = await fc.check(property, { seed: SEED, numRuns: RUNS });
    if (details.failed) throw new Error(details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance));
  }, 120_000);
});
