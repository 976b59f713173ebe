// Differential test of the sBPF code generator's integer arithmetic: random typed expression trees over
// u8…i128 (checked add/sub/mul/div/mod, min/max, mulDiv, conversions, literal and register operands,
// comparisons in `if`), evaluated in BigInt and by the compiled program on both runtimes, must agree on
// success or failure, the error, and the stored value. DIFF_SEED and DIFF_BATCHES override the defaults.
// On the native runtime (POSEIDON_TEST_RUNTIME=native) each program is also built as Anchor Rust and
// compared call by call; every program is a host build of its own (a minute or so), hence fewer programs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RUNTIME_KINDS } from '../support/runtimes.js';
import { batchOf } from './generate.js';
import { checkBatch } from './harness.js';
import { lowerCase } from './printer.js';
import { evaluateCase } from './reference.js';
import { INT_NAMES } from './tree.js';

const SEED = process.env.DIFF_SEED === undefined ? 20_251_126 : Number(process.env.DIFF_SEED);
const NATIVE = RUNTIME_KINDS.includes('native');
/** Programs per runtime; each costs about 0.5 s (litesvm) + 0.2 s (bankrun) on an idle machine. */
const SO_BATCHES = Number(process.env.DIFF_BATCHES ?? 36);
/** Natively 3 programs (each a host build of its own) unless DIFF_BATCHES says otherwise. */
const BATCHES = NATIVE && process.env.DIFF_BATCHES === undefined ? 3 : SO_BATCHES;
const CASES_PER_PROGRAM = 32;
const VALUE_SETS = 3;
const SHOWN = 5;

describe('the generated cases', () => {
  it('reach success, ArithmeticOverflow and InvalidNumericConversion for every result type', () => {
    const seen = new Map<string, Set<string>>(INT_NAMES.map((t) => [t, new Set()]));
    for (const batch of fc.sample(batchOf(CASES_PER_PROGRAM, VALUE_SETS), { seed: SEED, numRuns: SO_BATCHES })) {
      for (const c of batch) {
        const { params, body } = lowerCase(c.tree);
        for (const values of c.valueSets) {
          const outcome = evaluateCase(body, new Map(params.map((p, i) => [p.name, values[i]])));
          seen.get(c.tree.type)!.add(outcome.ok ? 'stored' : String(outcome.error));
        }
      }
    }
    for (const t of INT_NAMES) expect([t, [...seen.get(t)!].sort()]).toEqual([t, ['4102', 'ArithmeticOverflow', 'stored']]);
  });
});

describe.each(RUNTIME_KINDS)('sBPF integer arithmetic on %s', (kind) => {
  it(`agrees with the BigInt reference (DIFF_SEED=${SEED}, ${BATCHES} programs of ${CASES_PER_PROGRAM} cases × ${VALUE_SETS} value sets)`, async () => {
    const property = fc.asyncProperty(batchOf(CASES_PER_PROGRAM, VALUE_SETS), async (batch) => {
      const problems = await checkBatch(kind, batch);
      if (problems.length === 0) return;
      const shown = problems.slice(0, SHOWN).join('\n\n');
      throw new Error(`${problems.length} disagreement(s) with DIFF_SEED=${SEED} on ${kind}; the first ${Math.min(SHOWN, problems.length)}:\n\n${shown}`);
    });
    // A failing batch is already a list of small repros: no shrinking (it would recompile the program
    // hundreds of times), and fc.check instead of fc.assert so the report is ours, not the whole batch.
    const run = await fc.check(property, { seed: SEED, numRuns: BATCHES, endOnFailure: true });
    if (run.failed) throw new Error(run.errorInstance instanceof Error ? run.errorInstance.message : String(run.errorInstance));
  }, NATIVE ? 1_800_000 : 180_000);
});
