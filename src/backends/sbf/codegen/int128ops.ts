// 128-bit multiply/divide/remainder, `mulDiv` and width conversions, as Rust's checked operations on
// u128/i128 behave (the Anchor backend's spelling). In: pool registers holding operands (values for
// ≤64-bit types, addresses for 128-bit ones). Out: code leaving the result in the left operand's register
// (a value, or the address of a 16-byte stack slot); failures jump to the given exit.
import type { Label } from '../assembler.js';
import type { Reg } from '../isa.js';
import { INT_BITS, isSigned, type IntName } from '../../../ir/types.js';
import type { InstructionGen } from './context.js';
import { emitJumpIfEitherLarge, u128DivMod, u128Mul, udiv128by64, umul64to128 } from './int128.js';
import { emitRangeCheck } from './expr.js';
import { copy16, emitAbs } from './integers.js';

const SIGN_BIT = 0x8000_0000_0000_0000n;

/** slot = l op r for 128-bit values at addresses l and r (op: mul, div, mod). */
export function emitMulDivMod128(g: InstructionGen, op: 'mul' | 'div' | 'mod', t: IntName, l: Reg, r: Reg, slot: number, overflow: Label): void {
  const a = g.cg.asm;
  if (!isSigned(t)) {
    emitUnsignedMulDivMod128(g, op, l, r, slot, overflow);
    return;
  }
  // Signed: operate on magnitudes, then apply the sign and check the result fits i128.
  if (op === 'mod') emitMinRemMinusOne(g, l, r, overflow);
  const frame = g.cg.frame;
  const magL = frame.alloc(16);
  const magR = frame.alloc(16);
  const sign = frame.alloc(8);
  copy16(g, magL, l);
  copy16(g, magR, r);
  a.ldx(8, 'r1', l, 8);
  a.ldx(8, 'r2', r, 8);
  if (op === 'mod') a.mov('r2', 0); // a remainder takes the dividend's sign
  a.xor('r1', 'r2');
  a.stx(8, 'r10', sign, 'r1');
  emitAbs128(g, magL);
  emitAbs128(g, magR);
  a.mov('r1', 'r10');
  a.add('r1', magL);
  a.mov('r2', 'r10');
  a.add('r2', magR);
  emitUnsignedMulDivMod128At(g, op, slot, overflow);
  emitApplySign128(g, slot, sign, overflow);
}

function emitUnsignedMulDivMod128(g: InstructionGen, op: 'mul' | 'div' | 'mod', l: Reg, r: Reg, slot: number, overflow: Label): void {
  const a = g.cg.asm;
  a.mov('r1', l);
  a.mov('r2', r);
  emitUnsignedMulDivMod128At(g, op, slot, overflow);
}

/** slot = *r1 op *r2 (unsigned 128-bit). */
function emitUnsignedMulDivMod128At(g: InstructionGen, op: 'mul' | 'div' | 'mod', slot: number, overflow: Label): void {
  const a = g.cg.asm;
  if (op === 'mul') {
    a.mov('r3', 'r10');
    a.add('r3', slot);
    a.call(u128Mul(g.cg));
  } else {
    const other = g.cg.frame.alloc(16);
    a.mov('r3', 'r10');
    a.add('r3', op === 'div' ? slot : other);
    a.mov('r4', 'r10');
    a.add('r4', op === 'div' ? other : slot);
    a.call(u128DivMod(g.cg));
  }
  a.jumpIf('jne', 'r0', 0, overflow);
}

/**
 * Rust's checked_rem refuses i128::MIN % -1 although the remainder (0) fits: the quotient does not.
 * The magnitudes below would give 0, so this case is caught first.
 */
function emitMinRemMinusOne(g: InstructionGen, l: Reg, r: Reg, overflow: Label): void {
  const a = g.cg.asm;
  const fine = a.newLabel('rem128_fine');
  a.ldx(8, 'r1', r, 0);
  a.jumpIf('jne', 'r1', -1, fine);
  a.ldx(8, 'r1', r, 8);
  a.jumpIf('jne', 'r1', -1, fine);
  a.ldx(8, 'r1', l, 0);
  a.jumpIf('jne', 'r1', 0, fine);
  a.ldx(8, 'r1', l, 8);
  a.lddw('r2', SIGN_BIT);
  a.jumpIf('jeq', 'r1', 'r2', overflow);
  a.bind(fine);
}

/** |value| in place for the i128 at r10 + slot (i128::MIN stays 2^127 as an unsigned magnitude). */
function emitAbs128(g: InstructionGen, slot: number): void {
  const a = g.cg.asm;
  const done = a.newLabel('abs128_done');
  a.ldx(8, 'r1', 'r10', slot + 8);
  a.jumpIf('jsge', 'r1', 0, done);
  emitNegate128(g, slot);
  a.bind(done);
}

/** Two's-complement negation of the 128-bit value at r10 + slot. */
function emitNegate128(g: InstructionGen, slot: number): void {
  emitNegate128To(g, 'r10', slot, slot);
}

/** r10 + to = −(the 128-bit value at base + from). Scratch r1, r2. */
export function emitNegate128To(g: InstructionGen, base: Reg, from: number, to: number): void {
  const a = g.cg.asm;
  const noCarry = a.newLabel('neg128_no_carry');
  a.ldx(8, 'r1', base, from);
  a.ldx(8, 'r2', base, from + 8);
  a.xor('r2', -1);
  a.neg('r1');
  a.jumpIf('jne', 'r1', 0, noCarry);
  a.add('r2', 1);
  a.bind(noCarry);
  a.stx(8, 'r10', to, 'r1');
  a.stx(8, 'r10', to + 8, 'r2');
}

/**
 * The unsigned magnitude at r10 + slot becomes a signed i128 with the sign in bit 63 of r10 + sign:
 * non-negative results must stay below 2^127, negative ones at most 2^127.
 */
function emitApplySign128(g: InstructionGen, slot: number, sign: number, overflow: Label): void {
  const a = g.cg.asm;
  const negative = a.newLabel('sign128_negative');
  const done = a.newLabel('sign128_done');
  a.ldx(8, 'r1', 'r10', sign);
  a.ldx(8, 'r2', 'r10', slot + 8);
  a.jumpIf('jslt', 'r1', 0, negative);
  a.jumpIf('jslt', 'r2', 0, overflow);
  a.jump(done);
  a.bind(negative);
  const fits = a.newLabel('sign128_fits');
  a.lddw('r3', SIGN_BIT);
  a.jumpIf('jlt', 'r2', 'r3', fits);
  a.jumpIf('jgt', 'r2', 'r3', overflow);
  a.ldx(8, 'r1', 'r10', slot);
  a.jumpIf('jne', 'r1', 0, overflow);
  a.bind(fits);
  emitNegate128(g, slot);
  a.bind(done);
}

/**
 * a·b/c with a 128-bit intermediate for a type of at most 64 bits (128-bit types go through a.mul(b).div(c));
 * the operands are values in registers. The result replaces `av`.
 */
export function emitMulDiv(g: InstructionGen, t: IntName, av: Reg, bv: Reg, cv: Reg, overflow: Label): void {
  const a = g.cg.asm;
  const bits = INT_BITS[t];
  if (!isSigned(t)) {
    // (a·b) as hi:lo; c = 0 or hi ≥ c means the quotient does not fit 64 bits
    a.jumpIf('jeq', cv, 0, overflow);
    // Both factors below 2^32 (the common case): a native multiply and divide.
    const general = a.newLabel('muldiv_general');
    const done = a.newLabel('muldiv_done');
    emitJumpIfEitherLarge(a, av, bv, 'r0', general);
    a.mul(av, bv);
    a.div(av, cv);
    a.jump(done);
    a.bind(general);
    a.mov('r1', av);
    a.mov('r2', bv);
    a.call(umul64to128(g.cg));
    a.jumpIf('jge', 'r1', cv, overflow);
    // A product below 2^64 (the common case) divides natively.
    const product128 = a.newLabel('muldiv_product_128');
    const divided = a.newLabel('muldiv_divided');
    a.jumpIf('jne', 'r1', 0, product128);
    a.div('r0', cv);
    a.jump(divided);
    a.bind(product128);
    a.mov('r2', 'r0');
    a.mov('r3', cv);
    a.call(udiv128by64(g.cg));
    a.bind(divided);
    a.mov(av, 'r0');
    a.bind(done);
    if (bits < 64) emitRangeCheck(g, av, 'u64', t, overflow);
    return;
  }
  // Signed ≤ 64 bits: magnitudes, the same unsigned path, then the sign of a·b/c.
  const signSlot = g.cg.frame.alloc(8);
  a.jumpIf('jeq', cv, 0, overflow);
  a.mov('r1', av);
  a.xor('r1', bv);
  a.xor('r1', cv);
  a.stx(8, 'r10', signSlot, 'r1');
  for (const r of [av, bv, cv]) emitAbs(g, r);
  a.mov('r1', av);
  a.mov('r2', bv);
  a.call(umul64to128(g.cg));
  a.jumpIf('jge', 'r1', cv, overflow);
  a.mov('r2', 'r0');
  a.mov('r3', cv);
  a.call(udiv128by64(g.cg));
  const negative = a.newLabel('muldiv_negative');
  const done = a.newLabel('muldiv_done');
  a.ldx(8, 'r1', 'r10', signSlot);
  a.jumpIf('jslt', 'r1', 0, negative);
  a.jumpIf('jslt', 'r0', 0, overflow); // ≥ 2^63
  a.jump(done);
  a.bind(negative);
  a.lddw('r1', SIGN_BIT);
  a.jumpIf('jgt', 'r0', 'r1', overflow);
  a.neg('r0');
  a.bind(done);
  a.mov(av, 'r0');
  if (bits < 64) emitRangeCheck(g, av, 'i64', t, overflow);
}

/**
 * Width conversion involving a 128-bit type; fails to `fail` (4102) when the value does not fit (`null`
 * for a widening, which cannot fail). `v` holds a value (≤64-bit source) or an address (128-bit source);
 * the result replaces it.
 */
export function emitConvert128(g: InstructionGen, v: Reg, from: IntName, to: IntName, slot: number, canFail: Label | null): void {
  const a = g.cg.asm;
  const fail = canFail ?? g.cg.asm.newLabel('widening_never_fails');
  const from128 = INT_BITS[from] === 128;
  const to128 = INT_BITS[to] === 128;
  if (!from128 && to128) {
    if (isSigned(from) && !isSigned(to)) a.jumpIf('jslt', v, 0, fail);
    a.stx(8, 'r10', slot, v);
    if (isSigned(from)) {
      a.mov('r1', v);
      a.arsh('r1', 63);
      a.stx(8, 'r10', slot + 8, 'r1');
    } else a.st(8, 'r10', slot + 8, 0);
    a.mov(v, 'r10');
    a.add(v, slot);
    return;
  }
  if (from128 && to128) {
    // u128 ↔ i128: the top bit must be clear
    a.ldx(8, 'r1', v, 8);
    a.jumpIf('jslt', 'r1', 0, fail);
    return;
  }
  // 128 → ≤ 64 bits (never a widening): first into 64 bits, then the ordinary range check
  a.ldx(8, 'r1', v, 0);
  a.ldx(8, 'r2', v, 8);
  if (isSigned(from) && isSigned(to)) {
    a.mov('r3', 'r1');
    a.arsh('r3', 63);
    a.jumpIf('jne', 'r2', 'r3', fail); // not an i64
    a.mov(v, 'r1');
    emitRangeCheck(g, v, 'i64', to, fail);
  } else {
    // Unsigned source or unsigned target: the value must lie in [0, 2^64), a zero high word. (An i128
    // such as 2^63 + 1 fits a u64 without fitting an i64, so the signed test above would refuse it.)
    a.jumpIf('jne', 'r2', 0, fail);
    a.mov(v, 'r1');
    emitRangeCheck(g, v, 'u64', to, fail);
  }
}
