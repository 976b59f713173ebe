// Integer values for the differential test, biased toward the edges where checked arithmetic decides:
// 0, ±1, MIN, MAX (also as a class of their own), powers of two around 2^8…2^127 and their neighbours,
// square roots of the range (products that just fit or just overflow); and values made of extreme 32-bit
// digits, which drive the long-division routines into their correction steps.
// In: an integer type. Out: fast-check arbitraries of bigint.
import fc from 'fast-check';
import { INT_BITS, isSigned } from '../../src/ir/types.js';
import { fits, intRange, type IntName } from './tree.js';

const EDGE_EXPONENTS = [7, 8, 15, 16, 31, 32, 53, 63, 64, 96, 127, 128];

/** The boundary values of type t, each within its range. */
function edgeValues(t: IntName): bigint[] {
  const [min, max] = intRange(t);
  const bits = INT_BITS[t];
  const halfBits = BigInt(bits / 2);
  const magnitudes = [0n, 1n, 2n, 3n, 10n, 1n << halfBits, (1n << halfBits) - 1n, (1n << halfBits) + 1n];
  for (const e of EDGE_EXPONENTS) magnitudes.push((1n << BigInt(e)) - 1n, 1n << BigInt(e), (1n << BigInt(e)) + 1n);
  const candidates = [min, min + 1n, max, max - 1n, ...magnitudes, ...magnitudes.map((m) => -m)];
  return [...new Set(candidates)].filter((v) => fits(t, v)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** |v| below 2^k for a uniformly chosen k: magnitudes spread evenly over the type's bit widths. */
function logUniform(t: IntName): fc.Arbitrary<bigint> {
  const [min, max] = intRange(t);
  const bits = INT_BITS[t] - (isSigned(t) ? 1 : 0);
  return fc.integer({ min: 1, max: bits }).chain((k) => {
    const bound = (1n << BigInt(k)) - 1n;
    return fc.bigInt({ min: min > -bound ? min : -bound, max: max < bound ? max : bound });
  });
}

/**
 * The values that decide most checked operations (MIN / -1, MAX + 1, x / 0, 0 - 1), drawn as a class of
 * their own so that pairs of them come up often.
 */
export function extremeValues(t: IntName): bigint[] {
  const [min, max] = intRange(t);
  return [...new Set([0n, 1n, -1n, min, max])].filter((v) => fits(t, v));
}

const cache = new Map<IntName, fc.Arbitrary<bigint>>();

export function valueOf(t: IntName): fc.Arbitrary<bigint> {
  const hit = cache.get(t);
  if (hit) return hit;
  const [min, max] = intRange(t);
  const edges = edgeValues(t);
  const arb = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...extremeValues(t)) },
    { weight: 4, arbitrary: fc.constantFrom(...edges) },
    { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...edges), fc.integer({ min: -3, max: 3 })).map(([v, d]) => clamp(v + BigInt(d), min, max)) },
    { weight: 3, arbitrary: logUniform(t) },
    { weight: 2, arbitrary: digitPatterned(t) },
    { weight: 1, arbitrary: fc.bigInt({ min, max }) },
  );
  cache.set(t, arb);
  return arb;
}

const clamp = (v: bigint, min: bigint, max: bigint): bigint => (v < min ? min : v > max ? max : v);

/** Digits that make a long division's estimated quotient digit too large or its normalization shift extreme. */
const EXTREME_DIGITS = [0, 1, 0x7fff_ffff, 0x8000_0000, 0xffff_fffe, 0xffff_ffff];

/**
 * 1 to bits/32 base-2^32 digits, each extreme or random (so the value's length varies too), read as a
 * `t` (two's complement for signed types, the low bits for narrow ones).
 */
export function digitPatterned(t: IntName): fc.Arbitrary<bigint> {
  const bits = INT_BITS[t];
  const digit = fc.oneof(fc.constantFrom(...EXTREME_DIGITS), fc.integer({ min: 0, max: 0xffff_ffff }));
  return fc.array(digit, { minLength: 1, maxLength: Math.max(1, bits / 32) }).map((digits) => {
    const raw = digits.reduce((acc, d) => (acc << 32n) | BigInt(d), 0n);
    return isSigned(t) ? BigInt.asIntN(bits, raw) : BigInt.asUintN(bits, raw);
  });
}
