// Expression trees printed whole, without the locals the main differential test splits them into: where an
// expression needs more registers than the code generator has, it spills live values to the stack and
// reloads them (ExprGen.keepWhile), and the results must still agree with the BigInt reference on both
// runtimes. Deeper trees than the main test's; DIFF_SEED overrides the seed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RUNTIME_KINDS } from '../../src/runtime/index.js';
import { batchOf, type GeneratedCase } from './generate.js';
import { checkBatch } from './harness.js';
import { lowerCase, lowerCaseWhole } from './printer.js';

const SEED = process.env.DIFF_SEED === undefined ? 20_260_105 : Number(process.env.DIFF_SEED);
const BATCHES = 6;
const CASES_PER_PROGRAM = 24;
const VALUE_SETS = 2;
const DEPTHS = [3, 4];
const SHOWN = 5;

describe('the whole trees', () => {
  it('hold in every program cases that need more registers than the code generator has', () => {
    // lowerCase splits exactly those into locals (printer.ts, which counts the registers as ExprGen does).
    const needLocals = (c: GeneratedCase): boolean => lowerCase(c.tree).body.some((s) => s.kind === 'const');
    const batches = fc.sample(batchOf(CASES_PER_PROGRAM, VALUE_SETS, DEPTHS), { seed: SEED, numRuns: BATCHES });
    for (const batch of batches) expect(batch.filter(needLocals).length).toBeGreaterThanOrEqual(4);
  });
});

describe.each(RUNTIME_KINDS)('sBPF expressions that spill, on %s', (kind) => {
  it(`agree with the BigInt reference (DIFF_SEED=${SEED}, ${BATCHES} programs of ${CASES_PER_PROGRAM} cases)`, async () => {
    const property = fc.asyncProperty(batchOf(CASES_PER_PROGRAM, VALUE_SETS, DEPTHS), async (batch) => {
      const problems = await checkBatch(kind, batch, lowerCaseWhole);
      if (problems.length === 0) return;
      throw new Error(`${problems.length} disagreement(s) with DIFF_SEED=${SEED} on ${kind}; the first ${Math.min(SHOWN, problems.length)}:\n\n${problems.slice(0, SHOWN).join('\n\n')}`);
    });
    const run = await fc.check(property, { seed: SEED, numRuns: BATCHES, endOnFailure: true });
    if (run.failed) throw new Error(run.errorInstance instanceof Error ? run.errorInstance.message : String(run.errorInstance));
  }, 180_000);
});
