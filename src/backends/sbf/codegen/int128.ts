// 128-bit integer routines for sBPF v0, which only has 64-bit mul and unsigned div. In: 128-bit values as
// register pairs (lo, hi), or addresses of 16-byte little-endian values (lo word at +0, hi at +8). Out:
// helper routines (emitted once, called with `call`); status 0 = success, 1 = overflow / division by zero.
//
//   umul64to128(r1 = x, r2 = y)             → r0 = lo, r1 = hi           (64×64→128, via 32-bit halves)
//   udiv128by64(r1 = hi, r2 = lo, r3 = v)   → r0 = quotient, r1 = remainder; requires hi < v (Hacker's
//                                              Delight divlu: normalize, two 32-bit quotient digits)
//   u128_mul_pair(r1:r2 = a, r3:r4 = b)     → r0:r1 = a × b, r2 = status  (lo:hi)
//   u128_divmod_pair(r1:r2 = a, r3:r4 = b ≠ 0) → r0:r1 = a / b, r2:r3 = a % b
//   u128_mul(r1 = a*, r2 = b*, r3 = out*)   → r0 = status
//   u128_divmod(r1 = a*, r2 = b*, r3 = quotient*, r4 = remainder*) → r0 = status
import type { Assembler, Label } from '../assembler.js';
import type { Reg } from '../isa.js';
import type { Codegen } from './context.js';

const LOW32 = 0xffff_ffffn;

/**
 * lo:hi = x × y (64×64 → 128) for x, y outside r0–r5; `lo` is x's register, `hi` any other (y's may be
 * reused). Both below 2^32, the common case, multiply inline; the rest calls umul64to128. With
 * `hiIsZero`, `hi` already holds 0 and the inline path leaves it. Scratch r0–r5.
 */
export function emitMul64To128(cg: Codegen, x: Reg, y: Reg, hi: Reg, hiIsZero = false): void {
  const a = cg.asm;
  const general = a.newLabel('mul64_general');
  const done = a.newLabel('mul64_done');
  emitJumpIfEitherLarge(a, x, y, 'r0', general);
  a.mul(x, y);
  if (!hiIsZero) a.mov(hi, 0);
  a.jump(done);
  a.bind(general);
  a.mov('r1', x);
  a.mov('r2', y);
  a.call(umul64to128(cg));
  a.mov(x, 'r0');
  a.mov(hi, 'r1');
  a.bind(done);
}

/** Jumps to `large` unless x and y are both below 2^32 (so that x·y fits 64 bits). */
export function emitJumpIfEitherLarge(a: Assembler, x: Reg, y: Reg, scratch: Reg, large: Label): void {
  a.mov(scratch, x);
  a.or(scratch, y);
  a.rsh(scratch, 32);
  a.jumpIf('jne', scratch, 0, large);
}

/** high = r >> 32, r = its low 32 bits. */
function splitHalves(a: Assembler, r: Reg, high: Reg): void {
  a.mov(high, r);
  a.rsh(high, 32);
  a.lsh(r, 32);
  a.rsh(r, 32);
}

/** r0 = lo, r1 = hi of r1 × r2. Scratch r2–r5. */
export function umul64to128(cg: Codegen): Label {
  return cg.helper('umul64to128', () => {
    const a = cg.asm;
    // Both below 2^32 (the common case): one native multiply.
    const general = a.newLabel('umul64to128_general');
    const xSmall = a.newLabel('umul64to128_x_small');
    const xSmallDone = a.newLabel('umul64to128_x_small_done');
    emitJumpIfEitherLarge(a, 'r1', 'r2', 'r3', general);
    a.mov('r0', 'r1');
    a.mul('r0', 'r2');
    a.mov('r1', 0);
    a.exit();
    a.bind(general);
    // One of them below 2^32 (an amount times a scale): two 32×64 partial products.
    a.mov('r3', 'r1');
    a.rsh('r3', 32);
    a.jumpIf('jeq', 'r3', 0, xSmall);
    a.mov('r3', 'r2');
    a.rsh('r3', 32);
    const bothLarge = a.newLabel('umul64to128_both_large');
    a.jumpIf('jne', 'r3', 0, bothLarge);
    a.mov('r3', 'r1');
    a.mov('r1', 'r2');
    a.mov('r2', 'r3');
    a.bind(xSmall);
    // x < 2^32, y = y1:y0: p0 = x·y0, p1 = x·y1 (each < 2^64); x·y = p1·2^32 + p0
    splitHalves(a, 'r2', 'r4'); // r4 = y1, r2 = y0
    a.mov('r0', 'r1');
    a.mul('r0', 'r2'); // p0
    a.mul('r1', 'r4'); // p1
    a.mov('r3', 'r1');
    a.lsh('r3', 32); // p1's low half, shifted up
    a.rsh('r1', 32); // p1's high half: the high word before the carry
    a.add('r0', 'r3');
    a.jumpIf('jge', 'r0', 'r3', xSmallDone);
    a.add('r1', 1);
    a.bind(xSmallDone);
    a.exit();
    a.bind(bothLarge);
    // x = x1:x0, y = y1:y0 (32-bit halves); p00 = x0·y0, p01 = x0·y1, p10 = x1·y0, p11 = x1·y1
    splitHalves(a, 'r1', 'r3'); // r3 = x1, r1 = x0
    splitHalves(a, 'r2', 'r4'); // r4 = y1, r2 = y0
    a.mov('r0', 'r1');
    a.mul('r0', 'r2'); // p00
    a.mov('r5', 'r3');
    a.mul('r5', 'r4'); // p11
    a.mul('r1', 'r4'); // p01
    a.mul('r3', 'r2'); // p10
    // mid = (p00 >> 32) + lo32(p01) + lo32(p10) — at most 3·(2^32 - 1), no overflow
    a.mov('r2', 'r0');
    a.rsh('r2', 32);
    a.mov('r4', 'r1');
    a.lsh('r4', 32);
    a.rsh('r4', 32);
    a.add('r2', 'r4');
    a.mov('r4', 'r3');
    a.lsh('r4', 32);
    a.rsh('r4', 32);
    a.add('r2', 'r4');
    // hi = p11 + (p01 >> 32) + (p10 >> 32) + (mid >> 32)
    a.rsh('r1', 32);
    a.add('r5', 'r1');
    a.rsh('r3', 32);
    a.add('r5', 'r3');
    a.mov('r4', 'r2');
    a.rsh('r4', 32);
    a.add('r5', 'r4');
    // lo = (mid << 32) | lo32(p00)
    a.lsh('r0', 32);
    a.rsh('r0', 32);
    a.lsh('r2', 32);
    a.or('r0', 'r2');
    a.mov('r1', 'r5');
    a.exit();
  });
}

/**
 * r0 = (hi:lo) / v, r1 = (hi:lo) % v, for hi < v (so the quotient fits 64 bits). Knuth's algorithm D
 * for two 32-bit digits, as Hacker's Delight `divlu`. Uses r0–r9 (the routine's frame saves r6–r9).
 */
export function udiv128by64(cg: Codegen): Label {
  return cg.helper('udiv128by64', () => {
    const a = cg.asm;
    // s = leading zeros of v (binary search: 6 steps), v <<= s; then (hi:lo) <<= s
    a.mov('r4', 0); // s
    for (const step of [32, 16, 8, 4, 2, 1]) {
      const set = a.newLabel(`clz_${step}`);
      a.mov('r5', 'r3');
      a.rsh('r5', 64 - step);
      a.jumpIf('jne', 'r5', 0, set);
      a.add('r4', step);
      a.lsh('r3', step);
      a.bind(set);
    }
    const noShift = a.newLabel('no_shift');
    a.jumpIf('jeq', 'r4', 0, noShift);
    a.lsh('r1', 'r4');
    a.mov('r5', 64);
    a.sub('r5', 'r4');
    a.mov('r0', 'r2');
    a.rsh('r0', 'r5');
    a.or('r1', 'r0');
    a.lsh('r2', 'r4');
    a.bind(noShift);
    // r1 = un32 (normalized high word), r2 = un10, r3 = vn, r4 = s
    a.mov('r6', 'r3');
    a.rsh('r6', 32); // vn1
    a.mov('r7', 'r3');
    a.lsh('r7', 32);
    a.rsh('r7', 32); // vn0
    a.mov('r8', 'r2');
    a.rsh('r8', 32); // un1
    a.lsh('r2', 32);
    a.rsh('r2', 32);
    a.stx(8, 'r10', -16, 'r2'); // un0, for the second digit
    emitQuotientDigit(cg, 'q1', 'r8'); // r0 = q1, r1 = un21
    a.stx(8, 'r10', -8, 'r0');
    a.ldx(8, 'r8', 'r10', -16);
    emitQuotientDigit(cg, 'q0', 'r8'); // r0 = q0, r1 = normalized remainder
    a.ldx(8, 'r2', 'r10', -8);
    a.lsh('r2', 32);
    a.or('r0', 'r2');
    a.rsh('r1', 'r4');
    a.exit();
  });
}

/**
 * One quotient digit: with r1 = the current 64-bit partial remainder (un32 or un21), r8 = the next 32-bit
 * dividend digit, r6:r7 = vn1:vn0, r3 = vn: r0 = q̂ after correction, r1 = (r1·2^32 + r8) − q̂·vn.
 */
function emitQuotientDigit(cg: Codegen, name: string, nextDigit: 'r8'): void {
  const a = cg.asm;
  const adjust = a.newLabel(`${name}_adjust`);
  const check = a.newLabel(`${name}_check`);
  const done = a.newLabel(`${name}_done`);
  // q̂ = r1 / vn1, rhat = r1 % vn1
  a.mov('r0', 'r1');
  a.div('r0', 'r6');
  a.mov('r5', 'r1');
  a.mod('r5', 'r6');
  a.bind(check);
  // while q̂ ≥ 2^32 or q̂·vn0 > rhat·2^32 + next: q̂ -= 1, rhat += vn1 (stop once rhat ≥ 2^32)
  a.lddw('r2', LOW32);
  a.jumpIf('jgt', 'r0', 'r2', adjust);
  a.mov('r2', 'r0');
  a.mul('r2', 'r7');
  a.mov('r9', 'r5');
  a.lsh('r9', 32);
  a.or('r9', nextDigit);
  a.jumpIf('jgt', 'r2', 'r9', adjust);
  a.jump(done);
  a.bind(adjust);
  a.sub('r0', 1);
  a.add('r5', 'r6');
  a.lddw('r2', LOW32);
  a.jumpIf('jle', 'r5', 'r2', check);
  a.bind(done);
  // remainder = (r1·2^32 + next) − q̂·vn (fits 64 bits after the correction)
  a.lsh('r1', 32);
  a.or('r1', nextDigit);
  a.mov('r2', 'r0');
  a.mul('r2', 'r3');
  a.sub('r1', 'r2');
}

/** r0:r1 = a × b for a = r1:r2, b = r3:r4 (lo:hi, u128); r2 = 1 on overflow, else 0. */
export function u128MulPair(cg: Codegen): Label {
  return cg.helper('u128_mul_pair', () => {
    const a = cg.asm;
    const overflow = a.newLabel('u128_mul_overflow');
    const mul64 = umul64to128(cg);
    // a = aH:aL, b = bH:bL. aH·bH ≠ 0 overflows; the cross terms must fit 64 bits together with the
    // high word of aL·bL.
    a.mov('r6', 'r1'); // aL
    a.mov('r7', 'r2'); // aH
    a.mov('r8', 'r3'); // bL
    a.mov('r9', 'r4'); // bH
    // Both below 2^64 (the common case): one 64×64→128 product, which cannot overflow.
    const general = a.newLabel('u128_mul_general');
    a.or('r2', 'r4');
    a.jumpIf('jne', 'r2', 0, general);
    a.mov('r2', 'r3');
    a.call(mul64);
    a.mov('r2', 0);
    a.exit();
    a.bind(general);
    const aHZero = a.newLabel('u128_mul_ah_zero');
    a.jumpIf('jeq', 'r7', 0, aHZero);
    a.jumpIf('jne', 'r9', 0, overflow);
    a.bind(aHZero);
    // cross = aH·bL + aL·bH, each checked to stay below 2^64
    a.mov('r1', 'r7');
    a.mov('r2', 'r8');
    a.call(mul64);
    a.jumpIf('jne', 'r1', 0, overflow);
    a.stx(8, 'r10', -8, 'r0');
    a.mov('r1', 'r6');
    a.mov('r2', 'r9');
    a.call(mul64);
    a.jumpIf('jne', 'r1', 0, overflow);
    a.ldx(8, 'r2', 'r10', -8);
    a.add('r0', 'r2');
    a.jumpIf('jlt', 'r0', 'r2', overflow);
    a.stx(8, 'r10', -8, 'r0');
    // low product
    a.mov('r1', 'r6');
    a.mov('r2', 'r8');
    a.call(mul64);
    a.ldx(8, 'r2', 'r10', -8);
    a.add('r1', 'r2');
    a.jumpIf('jlt', 'r1', 'r2', overflow);
    a.mov('r2', 0);
    a.exit();
    a.bind(overflow);
    a.mov('r2', 1);
    a.exit();
  });
}

/** r0:r1 = a / b, r2:r3 = a % b for a = r1:r2, b = r3:r4 (lo:hi, u128); the caller has checked b ≠ 0. */
export function u128DivModPair(cg: Codegen): Label {
  return cg.helper('u128_divmod_pair', () => {
    const a = cg.asm;
    const byU128 = a.newLabel('u128_div_by_u128');
    const byU64 = a.newLabel('u128_div_by_u64');
    const div = udiv128by64(cg);
    a.mov('r6', 'r1'); // aL
    a.mov('r7', 'r2'); // aH
    a.mov('r8', 'r3'); // bL
    a.mov('r9', 'r4'); // bH
    a.jumpIf('jne', 'r9', 0, byU128);
    // Both below 2^64 (the common case): native division.
    a.jumpIf('jne', 'r7', 0, byU64);
    a.mov('r0', 'r6');
    a.div('r0', 'r8');
    a.mov('r2', 'r6');
    a.mod('r2', 'r8');
    a.mov('r1', 0);
    a.mov('r3', 0);
    a.exit();
    a.bind(byU64);
    // 64-bit divisor: qH = aH / b, then (aH % b : aL) / b with a remainder below b
    a.mov('r0', 'r7');
    a.div('r0', 'r8');
    a.stx(8, 'r10', -8, 'r0');
    a.mov('r1', 'r7');
    a.mod('r1', 'r8');
    a.mov('r2', 'r6');
    a.mov('r3', 'r8');
    a.call(div);
    a.mov('r2', 'r1');
    a.ldx(8, 'r1', 'r10', -8);
    a.mov('r3', 0);
    a.exit();

    // 128-bit divisor: the quotient is below 2^64; restoring binary division over 64 steps.
    a.bind(byU128);
    const loop = a.newLabel('u128_div_loop');
    const noSub = a.newLabel('u128_div_nosub');
    const doSub = a.newLabel('u128_div_sub');
    const done = a.newLabel('u128_div_done');
    // remainder r (r2:r1) = 0; for each of the 128 dividend bits from the top: r = r<<1 | bit; if r ≥ b: r -= b, q |= 1
    a.mov('r1', 0); // r lo
    a.mov('r2', 0); // r hi
    a.mov('r0', 0); // q (fits 64 bits)
    a.mov('r5', 128);
    a.bind(loop);
    a.jumpIf('jeq', 'r5', 0, done);
    a.sub('r5', 1);
    // r <<= 1, bring in the top bit of a (r7:r6), a <<= 1
    a.lsh('r2', 1);
    a.mov('r3', 'r1');
    a.rsh('r3', 63);
    a.or('r2', 'r3');
    a.lsh('r1', 1);
    a.mov('r3', 'r7');
    a.rsh('r3', 63);
    a.or('r1', 'r3');
    a.lsh('r7', 1);
    a.mov('r3', 'r6');
    a.rsh('r3', 63);
    a.or('r7', 'r3');
    a.lsh('r6', 1);
    a.lsh('r0', 1);
    // r ≥ b ?
    a.jumpIf('jgt', 'r2', 'r9', doSub);
    a.jumpIf('jne', 'r2', 'r9', noSub);
    a.jumpIf('jlt', 'r1', 'r8', noSub);
    a.bind(doSub);
    const noBorrow = a.newLabel('u128_div_no_borrow');
    a.jumpIf('jge', 'r1', 'r8', noBorrow);
    a.sub('r2', 1);
    a.bind(noBorrow);
    a.sub('r1', 'r8');
    a.sub('r2', 'r9');
    a.or('r0', 1);
    a.bind(noSub);
    a.jump(loop);
    a.bind(done);
    a.mov('r3', 'r2');
    a.mov('r2', 'r1');
    a.mov('r1', 0);
    a.exit();
  });
}

/** *out = *a × *b (u128), r0 = 1 on overflow. */
export function u128Mul(cg: Codegen): Label {
  return cg.helper('u128_mul', () => {
    const a = cg.asm;
    a.stx(8, 'r10', -8, 'r3'); // out (this routine's own frame)
    a.ldx(8, 'r4', 'r2', 8);
    a.ldx(8, 'r3', 'r2', 0);
    a.ldx(8, 'r2', 'r1', 8);
    a.ldx(8, 'r1', 'r1', 0);
    a.call(u128MulPair(cg));
    a.ldx(8, 'r3', 'r10', -8);
    a.stx(8, 'r3', 0, 'r0');
    a.stx(8, 'r3', 8, 'r1');
    a.mov('r0', 'r2');
    a.exit();
  });
}

/** *q = *a / *b, *r = *a % *b (u128), r0 = 1 when *b is 0. */
export function u128DivMod(cg: Codegen): Label {
  return cg.helper('u128_divmod', () => {
    const a = cg.asm;
    const byZero = a.newLabel('u128_div_zero');
    a.stx(8, 'r10', -8, 'r3'); // quotient*
    a.stx(8, 'r10', -16, 'r4'); // remainder*
    a.ldx(8, 'r4', 'r2', 8);
    a.ldx(8, 'r3', 'r2', 0);
    a.mov('r0', 'r3');
    a.or('r0', 'r4');
    a.jumpIf('jeq', 'r0', 0, byZero);
    a.ldx(8, 'r2', 'r1', 8);
    a.ldx(8, 'r1', 'r1', 0);
    a.call(u128DivModPair(cg));
    a.ldx(8, 'r4', 'r10', -8);
    a.stx(8, 'r4', 0, 'r0');
    a.stx(8, 'r4', 8, 'r1');
    a.ldx(8, 'r4', 'r10', -16);
    a.stx(8, 'r4', 0, 'r2');
    a.stx(8, 'r4', 8, 'r3');
    a.mov('r0', 0);
    a.exit();
    a.bind(byZero);
    a.mov('r0', 1);
    a.exit();
  });
}
