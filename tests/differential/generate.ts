// fast-check arbitraries of test cases: a random typed expression tree (checked add/sub/mul/div/mod,
// min/max, mulDiv, width conversions; parameters and literals as leaves), sometimes chosen between two
// trees by an `if` over comparisons, plus several sets of parameter values for it.
// In: sizes. Out: arbitraries of `GeneratedCase` and of batches of them (one compiled program each).
import fc from 'fast-check';
import { paramsOf, type ArithOp, type CaseTree, type CompareOp, type Cond, type Expr, type IntName } from './tree.js';
import { extremeValues, valueOf } from './values.js';

export interface GeneratedCase {
  tree: CaseTree;
  /** Each entry: one value per parameter, in `paramsOf(tree)` order; one transaction each. */
  valueSets: bigint[][];
}

/** Each of the 64- and 128-bit types comes up about twice as often as each narrow one. */
const typeOf = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom<IntName>('u64', 'i64', 'u128', 'i128') },
  { weight: 2, arbitrary: fc.constantFrom<IntName>('u8', 'i8', 'u16', 'i16', 'u32', 'i32') },
);

const ARITH_OPS: readonly ArithOp[] = ['add', 'sub', 'mul', 'div', 'mod'];
const COMPARE_OPS: readonly CompareOp[] = ['eq', 'neq', 'lt', 'lte', 'gt', 'gte'];
/** Parameters of one type per instruction; a small number makes a tree read the same one twice. */
const SLOTS = 3;

const exprCache = new Map<string, fc.Arbitrary<Expr>>();

/** Trees of type t at most `depth` operations deep. */
function exprOf(t: IntName, depth: number): fc.Arbitrary<Expr> {
  const key = `${t}:${depth}`;
  const hit = exprCache.get(key);
  if (hit) return hit;
  const param = fc.integer({ min: 0, max: SLOTS - 1 }).map((slot): Expr => ({ kind: 'param', type: t, slot }));
  const literal = valueOf(t).map((value): Expr => ({ kind: 'literal', type: t, value }));
  let arb: fc.Arbitrary<Expr>;
  if (depth === 0) arb = fc.oneof({ weight: 3, arbitrary: param }, { weight: 2, arbitrary: literal });
  else {
    const sub = exprOf(t, depth - 1);
    arb = fc.oneof(
      { weight: 3, arbitrary: param },
      { weight: 2, arbitrary: literal },
      {
        weight: 7,
        arbitrary: fc.record({ op: fc.constantFrom(...ARITH_OPS), left: sub, right: sub }).map((r): Expr => ({ kind: 'arith', type: t, ...r })),
      },
      {
        weight: 1,
        arbitrary: fc.record({ op: fc.constantFrom<'min' | 'max'>('min', 'max'), left: sub, right: sub }).map((r): Expr => ({ kind: 'minmax', type: t, ...r })),
      },
      { weight: 2, arbitrary: fc.record({ a: sub, b: sub, c: sub }).map((r): Expr => ({ kind: 'mulDiv', type: t, ...r })) },
      {
        weight: 3,
        arbitrary: typeOf
          .filter((from) => from !== t) // the front end drops a conversion to the same type
          .chain((from) => exprOf(from, depth - 1))
          .map((value): Expr => ({ kind: 'convert', type: t, value })),
      },
    );
  }
  exprCache.set(key, arb);
  return arb;
}

const compare: fc.Arbitrary<Cond> = typeOf.chain((t) =>
  fc.record({ op: fc.constantFrom(...COMPARE_OPS), left: exprOf(t, 1), right: exprOf(t, 1) }).map((r): Cond => ({ kind: 'compare', ...r })),
);

const condition: fc.Arbitrary<Cond> = fc.oneof(
  { weight: 3, arbitrary: compare },
  { weight: 2, arbitrary: fc.record({ kind: fc.constantFrom<'and' | 'or'>('and', 'or'), left: compare, right: compare }) },
  { weight: 1, arbitrary: compare.map((operand): Cond => ({ kind: 'not', operand })) },
);

/** Shallow trees put extreme parameters straight into operations; deep ones combine operations. */
const DEPTHS = [1, 2, 3];

const caseTree = (depths: readonly number[]): fc.Arbitrary<CaseTree> => fc.tuple(typeOf, fc.constantFrom(...depths)).chain(([type, depth]) =>
  fc.oneof(
    { weight: 4, arbitrary: exprOf(type, depth).map((value): CaseTree => ({ type, value })) },
    {
      weight: 1,
      arbitrary: fc
        .record({ cond: condition, value: exprOf(type, 2), otherwise: exprOf(type, 2) })
        .map(({ cond, value, otherwise }): CaseTree => ({ type, value, select: { cond, otherwise } })),
    },
  ),
);

function caseOf(valueSets: number, depths: readonly number[]): fc.Arbitrary<GeneratedCase> {
  return caseTree(depths).chain((tree) => {
    const params = paramsOf(tree);
    // Some value sets take only extreme values, so that combinations like MIN % -1 are not left to chance.
    const values = fc.oneof(
      { weight: 1, arbitrary: fc.tuple(...params.map((p) => valueOf(p.type))) },
      { weight: 1, arbitrary: fc.tuple(...params.map((p) => fc.constantFrom(...extremeValues(p.type)))) },
    );
    return fc.array(values, { minLength: valueSets, maxLength: valueSets }).map((sets) => ({ tree, valueSets: sets }));
  });
}

/** `depths`: how many operations deep the trees are (one of them, at random). */
export function batchOf(cases: number, valueSets: number, depths: readonly number[] = DEPTHS): fc.Arbitrary<GeneratedCase[]> {
  return fc.array(caseOf(valueSets, depths), { minLength: cases, maxLength: cases });
}
