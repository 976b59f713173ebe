// Checked integer arithmetic in sBPF v0, which has only 64-bit unsigned div/mod and no overflow flags.
// In: registers holding operands of an IR integer type. Out: code computing the exact result or jumping
// to the overflow exit (overflow, underflow, division or remainder by zero), as Rust's checked_* do.
// Scratch: r0–r5. 128-bit values are addresses of 16-byte little-endian values.
import type { Label } from '../assembler.js';
import type { Operand, Reg } from '../isa.js';
import type { ArithOp, CompareOp, IntName } from '../../../ir/types.js';
import { INT_BITS, isSigned } from '../../../ir/types.js';
import type { InstructionGen } from './context.js';

const SIGN_BIT = 0x8000_0000_0000_0000n;

/** dst = dst op src, checked for type `t` (≤ 64 bits). */
export function emitCheckedArith(g: InstructionGen, op: ArithOp, t: IntName, dst: Reg, src: Operand, overflow: Label): void {
  const a = g.cg.asm;
  const bits = INT_BITS[t];
  const signed = isSigned(t);
  if (op === 'div' || op === 'mod') {
    if (src === 0) {
      a.jump(overflow);
      return;
    }
    if (typeof src !== 'number') a.jumpIf('jeq', src, 0, overflow);
    if (!signed) {
      a.alu(op, dst, src);
      return;
    }
    // Signed: Rust's truncating division and remainder, from the unsigned ones (v0 has no sdiv).
    if (op === 'mod' && bits < 64) emitNarrowMinRemMinusOne(g, t, dst, src, overflow);
    a.mov('r1', dst);
    a.mov('r2', src);
    a.call(signedDivRem(g, op));
    a.jumpIf('jne', 'r1', 0, overflow); // i64::MIN / -1
    a.mov(dst, 'r0');
    if (bits < 64) emitSignedRangeCheck(g, dst, t, overflow);
    return;
  }
  if (!signed) {
    if (bits === 64) emitUnsigned64(g, op, dst, src, overflow);
    else {
      if (op === 'sub') a.jumpIf('jlt', dst, src, overflow);
      a.alu(op, dst, src); // products of two ≤32-bit values fit in 64 bits
      if (op !== 'sub') emitUnsignedRangeCheck(g, dst, bits, overflow);
    }
    return;
  }
  if (bits < 64) {
    a.alu(op, dst, src); // sign-extended ≤32-bit operands: the exact result fits in 64 bits
    emitSignedRangeCheck(g, dst, t, overflow);
    return;
  }
  emitSigned64(g, op, dst, src, overflow);
}

/**
 * Rust's checked_rem refuses MIN % -1 (i8/i16/i32) although the remainder (0) fits: the quotient does not.
 * The 64-bit helper only knows i64::MIN, and the range check after a remainder never fails, so test here.
 */
function emitNarrowMinRemMinusOne(g: InstructionGen, t: IntName, dst: Reg, src: Operand, overflow: Label): void {
  const a = g.cg.asm;
  const min = -(2 ** (INT_BITS[t] - 1));
  if (typeof src === 'number') {
    if (src === -1) a.jumpIf('jeq', dst, min, overflow);
    return;
  }
  const fine = a.newLabel('rem_fine');
  a.jumpIf('jne', src, -1, fine);
  a.jumpIf('jeq', dst, min, overflow);
  a.bind(fine);
}

function emitUnsigned64(g: InstructionGen, op: 'add' | 'sub' | 'mul', dst: Reg, src: Operand, overflow: Label): void {
  const a = g.cg.asm;
  switch (op) {
    case 'add':
      // The sum wrapped iff it is below an operand (the other one, when both are this register).
      if (src === dst) a.mov('r0', dst);
      a.add(dst, src);
      a.jumpIf('jlt', dst, src === dst ? 'r0' : src, overflow);
      return;
    case 'sub':
      a.jumpIf('jlt', dst, src, overflow);
      a.sub(dst, src);
      return;
    case 'mul': {
      if (src === 0) {
        a.mov(dst, 0);
        return;
      }
      const ok = a.newLabel('mul_ok');
      a.mov('r0', dst);
      a.mul(dst, src);
      if (typeof src !== 'number') a.jumpIf('jeq', src, 0, ok);
      a.mov('r1', dst);
      a.div('r1', src);
      a.jumpIf('jne', 'r1', 'r0', overflow);
      a.bind(ok);
    }
  }
}

function emitSigned64(g: InstructionGen, op: 'add' | 'sub' | 'mul', dst: Reg, src: Operand, overflow: Label): void {
  const a = g.cg.asm;
  if (op === 'mul') {
    a.mov('r1', dst);
    a.mov('r2', src);
    a.call(signedMul64(g));
    a.jumpIf('jne', 'r1', 0, overflow);
    a.mov(dst, 'r0');
    return;
  }
  a.mov('r0', dst);
  a.alu(op, dst, src);
  if (src === dst) {
    // a - a cannot overflow; a + a overflows iff the result's sign differs from a's: (a ^ r) < 0
    if (op === 'sub') return;
    a.xor('r0', dst);
    a.jumpIf('jslt', 'r0', 0, overflow);
    return;
  }
  // r = a ± b overflowed exactly when it moved from a (now in r0) the wrong way: below a for a + b with b ≥ 0,
  // above it for a - b with b ≥ 0, the other way for b < 0 (b = 0 leaves r = a). A constant b picks the side
  // when compiling; a register b costs one branch on its sign (three instructions fewer than the xor test).
  const overflowsWhenNonNegative = op === 'add' ? 'jslt' : 'jsgt';
  const overflowsWhenNegative = op === 'add' ? 'jsgt' : 'jslt';
  if (typeof src === 'number') {
    a.jumpIf(src >= 0 ? overflowsWhenNonNegative : overflowsWhenNegative, dst, 'r0', overflow);
    return;
  }
  // A negative b is the rarer case: its test waits out of line, so b ≥ 0 costs two jumps.
  const checked = a.newLabel('signed_checked');
  const negative = g.cg.cold('signed_negative_operand', () => {
    a.jumpIf(overflowsWhenNegative, dst, 'r0', overflow);
    a.jump(checked);
  });
  a.jumpIf('jslt', src, 0, negative);
  a.jumpIf(overflowsWhenNonNegative, dst, 'r0', overflow);
  a.bind(checked);
}

function emitUnsignedRangeCheck(g: InstructionGen, r: Reg, bits: number, overflow: Label): void {
  const a = g.cg.asm;
  if (bits === 32) {
    a.mov('r0', r);
    a.rsh('r0', 32);
    a.jumpIf('jne', 'r0', 0, overflow);
  } else {
    a.jumpIf('jgt', r, Number((1n << BigInt(bits)) - 1n), overflow);
  }
}

function emitSignedRangeCheck(g: InstructionGen, r: Reg, t: IntName, overflow: Label): void {
  const a = g.cg.asm;
  const half = 1n << BigInt(INT_BITS[t] - 1);
  if (INT_BITS[t] >= 64) return;
  a.jumpIf('jsgt', r, Number(half - 1n), overflow);
  a.jumpIf('jslt', r, Number(-half), overflow);
}

/** Sign-extends the low `size` bytes of r. */
export function emitSignExtend(g: InstructionGen, r: Reg, size: 1 | 2 | 4): void {
  const shift = 64 - 8 * size;
  g.cg.asm.lsh(r, shift);
  g.cg.asm.arsh(r, shift);
}

export function emitMinMax(g: InstructionGen, op: 'min' | 'max', t: IntName, dst: Reg, src: Operand): void {
  const a = g.cg.asm;
  const keep = a.newLabel(`${op}_keep`);
  const signed = isSigned(t);
  // min keeps dst when dst <= src; max keeps dst when dst >= src
  a.jumpIf(op === 'min' ? (signed ? 'jsle' : 'jle') : signed ? 'jsge' : 'jge', dst, src, keep);
  a.mov(dst, src);
  a.bind(keep);
}

/**
 * Helper routine: r1 = a, r2 = b (i64) → r0 = a·b, r1 = 0; or r1 = 1 on overflow.
 * Multiplies the magnitudes unsigned, then checks the result fits the sign.
 */
function signedMul64(g: InstructionGen): Label {
  return g.cg.helper('checked_mul_i64', () => {
    const a = g.cg.asm;
    const fail = a.newLabel('mul_i64_overflow');
    const magnitudeOk = a.newLabel('mul_i64_magnitude_ok');
    const negative = a.newLabel('mul_i64_negative');
    a.mov('r3', 'r1');
    a.xor('r3', 'r2'); // sign of the result in bit 63
    emitAbs(g, 'r1');
    emitAbs(g, 'r2');
    a.mov('r0', 'r1');
    a.mul('r0', 'r2');
    a.jumpIf('jeq', 'r2', 0, magnitudeOk);
    a.mov('r4', 'r0');
    a.div('r4', 'r2');
    a.jumpIf('jne', 'r4', 'r1', fail);
    a.bind(magnitudeOk);
    a.jumpIf('jslt', 'r3', 0, negative);
    a.jumpIf('jslt', 'r0', 0, fail); // positive results must stay below 2^63
    a.mov('r1', 0);
    a.exit();
    a.bind(negative);
    a.lddw('r4', SIGN_BIT);
    a.jumpIf('jgt', 'r0', 'r4', fail); // negative results reach down to -2^63
    a.neg('r0');
    a.mov('r1', 0);
    a.exit();
    a.bind(fail);
    a.mov('r1', 1);
    a.exit();
  });
}

/**
 * Helper routine: r1 = a, r2 = b ≠ 0 (i64) → r0 = a / b (truncating) or a % b (sign of a), r1 = 0;
 * r1 = 1 for i64::MIN / -1 (and i64::MIN % -1, which Rust's checked_rem also refuses).
 */
function signedDivRem(g: InstructionGen, op: 'div' | 'mod'): Label {
  return g.cg.helper(`checked_${op}_i64`, () => {
    const a = g.cg.asm;
    const fine = a.newLabel(`${op}_i64_fine`);
    const positive = a.newLabel(`${op}_i64_positive`);
    a.jumpIf('jne', 'r2', -1, fine);
    a.lddw('r4', SIGN_BIT);
    a.jumpIf('jne', 'r1', 'r4', fine);
    a.mov('r1', 1);
    a.exit();
    a.bind(fine);
    a.mov('r3', 'r1');
    if (op === 'div') a.xor('r3', 'r2'); // quotient sign = sign(a) ^ sign(b); remainder sign = sign(a)
    emitAbs(g, 'r1');
    emitAbs(g, 'r2');
    a.mov('r0', 'r1');
    a.alu(op, 'r0', 'r2');
    a.jumpIf('jsge', 'r3', 0, positive);
    a.neg('r0');
    a.bind(positive);
    a.mov('r1', 0);
    a.exit();
  });
}

/** r = |r| as an unsigned 64-bit magnitude (i64::MIN stays 2^63). */
export function emitAbs(g: InstructionGen, r: Reg): void {
  const a = g.cg.asm;
  const done = a.newLabel('abs_done');
  a.jumpIf('jsge', r, 0, done);
  a.neg(r);
  a.bind(done);
}

/** 128-bit add/sub/min/max of the values at addresses l and r into the 16-byte stack slot `slot`. */
export function emitArith128(g: InstructionGen, op: string, t: IntName, l: Reg, r: Reg, slot: number, overflow: Label): void {
  const a = g.cg.asm;
  const signed = isSigned(t);
  if (op === 'min' || op === 'max') {
    const takeRight = a.newLabel(`${op}128_right`);
    const done = a.newLabel(`${op}128_done`);
    // min takes r when l > r; max takes r when l < r
    emitCompareBranch128(g, op === 'min' ? 'gt' : 'lt', signed, l, r, takeRight);
    copy16(g, slot, l);
    a.jump(done);
    a.bind(takeRight);
    copy16(g, slot, r);
    a.bind(done);
    return;
  }
  if (op !== 'add' && op !== 'sub') throw new Error(`internal: emitArith128 of ${op}`);
  // r1:r2 = l (lo:hi), r3:r4 = r (lo:hi)
  a.ldx(8, 'r1', l, 0);
  a.ldx(8, 'r2', l, 8);
  a.ldx(8, 'r3', r, 0);
  a.ldx(8, 'r4', r, 8);
  const noCarry = a.newLabel('no_carry');
  a.mov('r5', 0);
  if (op === 'add') {
    a.mov('r0', 'r1');
    a.add('r0', 'r3');
    a.jumpIf('jge', 'r0', 'r1', noCarry);
    a.mov('r5', 1);
  } else {
    a.mov('r0', 'r1');
    a.sub('r0', 'r3');
    a.jumpIf('jge', 'r1', 'r3', noCarry);
    a.mov('r5', 1);
  }
  a.bind(noCarry);
  a.stx(8, 'r10', slot, 'r0');
  // high word: r0 = l.hi ± r.hi ± carry
  a.mov('r0', 'r2');
  if (!signed) {
    if (op === 'add') {
      a.add('r0', 'r4');
      a.jumpIf('jlt', 'r0', 'r2', overflow);
      a.add('r0', 'r5');
      a.jumpIf('jlt', 'r0', 'r5', overflow);
    } else {
      a.jumpIf('jlt', 'r2', 'r4', overflow);
      a.sub('r0', 'r4');
      a.jumpIf('jlt', 'r0', 'r5', overflow);
      a.sub('r0', 'r5');
    }
  } else {
    // exact sign test on the full 128-bit result: same rule as 64-bit, on the high words
    a.alu(op, 'r0', 'r4');
    a.alu(op, 'r0', 'r5');
    a.mov('r1', 'r2');
    a.xor('r1', 'r0');
    if (op === 'add') {
      a.xor('r4', 'r0');
      a.and('r1', 'r4');
    } else {
      a.xor('r4', 'r2');
      a.and('r1', 'r4');
    }
    a.jumpIf('jslt', 'r1', 0, overflow);
  }
  a.stx(8, 'r10', slot + 8, 'r0');
}

/** Jumps to `target` when `l op r` holds for the 128-bit values at addresses l and r. */
export function emitCompareBranch128(g: InstructionGen, op: CompareOp, signed: boolean, l: Reg, r: Reg, target: Label): void {
  const a = g.cg.asm;
  const skip = a.newLabel('cmp128_skip');
  a.ldx(8, 'r0', l, 8);
  a.ldx(8, 'r1', r, 8);
  if (op === 'eq' || op === 'ne') {
    a.jumpIf('jne', 'r0', 'r1', op === 'ne' ? target : skip);
    a.ldx(8, 'r0', l, 0);
    a.ldx(8, 'r1', r, 0);
    a.jumpIf(op === 'eq' ? 'jeq' : 'jne', 'r0', 'r1', target);
    a.bind(skip);
    return;
  }
  // high words decide unless equal; then the low words compare unsigned
  const strict = op === 'lt' || op === 'le' ? (signed ? 'jslt' : 'jlt') : signed ? 'jsgt' : 'jgt';
  a.jumpIf(strict, 'r0', 'r1', target);
  a.jumpIf('jne', 'r0', 'r1', skip);
  a.ldx(8, 'r0', l, 0);
  a.ldx(8, 'r1', r, 0);
  a.jumpIf(LOW_JUMP[op], 'r0', 'r1', target);
  a.bind(skip);
}

const LOW_JUMP = { lt: 'jlt', le: 'jle', gt: 'jgt', ge: 'jge' } as const;

/** Copies the 16 bytes at `from` into the stack slot `slot` (clobbers r0). */
export function copy16(g: InstructionGen, slot: number, from: Reg): void {
  const a = g.cg.asm;
  a.ldx(8, 'r0', from, 0);
  a.stx(8, 'r10', slot, 'r0');
  a.ldx(8, 'r0', from, 8);
  a.stx(8, 'r10', slot + 8, 'r0');
}
