// Unsigned 128-bit expressions evaluated in register pairs. In: a u128 IR expression and the expression
// generator's register pool. Out: its value as lo/hi pool registers, with the high word left out (null)
// where the expression proves it zero (a widened u64, a quotient of one, the minimum with one…), so that
// `a.toU128().mul(b.toU128()).div(c).toU64()` costs a multiply and a divide instead of 16-byte stack
// images and memory-based routines. Checked as Rust's u128 checked_* (overflow and ÷0 → ArithmeticOverflow).
// The caller asks `pairRegisters` first and keeps the memory path (int128ops.ts) when the pool is too small.
import type { Label } from '../assembler.js';
import type { Reg } from '../isa.js';
import { INT_BITS, isSigned, type CompareOp, type Expr, type IntName } from '../../../ir/types.js';
import type { ExprGen } from './expr.js';
import { emitConst, registersNeeded, valueRegisters } from './expr.js';
import { emitMul64To128, u128DivModPair, u128MulPair } from './int128.js';
import { typeOf } from './values.js';
import { exprSome } from '../../../ir/walk.js';

/** A u128 value: its low word, and its high word unless that is known to be zero. */
export interface Pair {
  lo: Reg;
  hi: Reg | null;
  /** A constant other than zero: a division by it needs no check. */
  nonZeroConstant?: boolean;
}

type PairOp = 'add' | 'sub' | 'mul' | 'div' | 'mod' | 'min' | 'max';

const U64_LIMIT = 1n << 64n;

/** The pool registers evaluating `e` as a pair needs at most (Sethi–Ullman over pair sizes). */
export function pairRegisters(e: Expr): number {
  const narrow = widenedFrom(e);
  if (narrow) return Math.max(registersNeeded(narrow), 1);
  if (e.kind === 'int') return e.value < U64_LIMIT ? 1 : 2;
  const binary = asBinary(e);
  if (!binary) return Math.max(valueRegisters(e), 2); // an address (a call may take more on the way), then the high word
  const { op, left, right } = binary;
  const memory = memoryOperand(binary);
  if (memory) {
    // The other operand in registers, this one read from memory: only a carry may need one more register.
    const other = memory === 'left' ? right : left;
    return Math.max(pairRegisters(other), size(other) + (op === 'add' && size(other) === 1 ? 1 : 0));
  }
  // Adding two 64-bit values takes one more register for the carry.
  const carry = op === 'add' && size(left) + size(right) === 2 ? 1 : 0;
  return Math.max(pairOperandRegisters(left, right), size(left) + size(right) + carry);
}

/** Evaluates the u128 expression `e` into pool registers (first check `pairRegisters(e)` are free). */
export function emitPair(x: ExprGen, e: Expr): Pair {
  const narrow = widenedFrom(e);
  if (narrow) {
    const lo = x.value(narrow);
    const from = typeOf(narrow);
    if (from.kind === 'int' && isSigned(from.name)) x.asm.jumpIf('jslt', lo, 0, x.conversionFailure(e));
    return { lo, hi: null };
  }
  if (e.kind === 'int') {
    const lo = x.alloc();
    const nonZeroConstant = e.value !== 0n;
    emitConst(x.g, lo, BigInt.asIntN(64, e.value));
    if (e.value < U64_LIMIT) return { lo, hi: null, nonZeroConstant };
    const hi = x.alloc();
    emitConst(x.g, hi, BigInt.asIntN(64, e.value >> 64n));
    return { lo, hi, nonZeroConstant };
  }
  if (isU128Read(e)) {
    const lo = x.alloc();
    const hi = x.alloc();
    const m = memoryAddress(x, e, lo);
    x.asm.ldx(8, hi, m.base, m.offset + 8);
    x.asm.ldx(8, lo, m.base, m.offset);
    return { lo, hi };
  }
  const binary = asBinary(e);
  if (!binary) {
    const address = x.value(e);
    const hi = x.alloc();
    x.asm.ldx(8, hi, address, 8);
    x.asm.ldx(8, address, address, 0);
    return { lo: address, hi };
  }
  const memory = memoryOperand(binary);
  if (memory) {
    const [other, read] = memory === 'left' ? [binary.right, binary.left] : [binary.left, binary.right];
    const l = emitPair(x, other);
    const m = memoryAddress(x, read);
    return binary.op === 'add' ? emitAddMemory(x, l, m) : emitSubMemory(x, l, m);
  }
  const [l, r] = emitPairOperands(x, binary.left, binary.right);
  return emitOp(x, binary.op, l, r, hiKnownZero(e));
}

/** A u128 in memory: base register + offset (lo word there, hi word 8 bytes on). */
interface Memory {
  base: Reg;
  offset: number;
}

/**
 * Which operand of an add/sub to read straight from memory, if any: a plain u128 read (field, local,
 * argument) takes no pool register that way. Addition commutes, so either side; subtraction, the right.
 */
function memoryOperand(b: { op: PairOp; left: Expr; right: Expr }): 'left' | 'right' | null {
  if (b.op !== 'add' && b.op !== 'sub') return null;
  if (isU128Read(b.right)) return 'right';
  if (b.op === 'add' && isU128Read(b.left) && !callsFunction(b.right)) return 'left';
  return null;
}

/** Whether evaluating `e` calls a helper function, which may write what a plain read reads. */
function callsFunction(e: Expr): boolean {
  return exprSome(e, (x) => x.kind === 'call');
}

function isU128Read(e: Expr): boolean {
  return (e.kind === 'field' || e.kind === 'local' || (e.kind === 'arg' && !(e.path && e.path.length > 0)))
    && e.type.kind === 'int' && e.type.name === 'u128';
}

/** The address of a plain u128 read; a record address goes in `scratch` (r5 unless given), used right after. */
function memoryAddress(x: ExprGen, e: Expr, scratch: Reg = 'r5'): Memory {
  switch (e.kind) {
    case 'local': {
      const local = x.g.locals.get(e.name);
      if (!local) throw new Error(`internal: unknown local ${e.name}`);
      return { base: 'r10', offset: local.slot };
    }
    case 'field':
      return x.fieldBase(scratch, e.account, e.path);
    case 'arg':
      return x.g.argBase(e.name, scratch);
    default:
      throw new Error(`internal: ${e.kind} is not a plain u128 read`);
  }
}

/** l + the u128 at m (scratch r0). */
function emitAddMemory(x: ExprGen, l: Pair, m: Memory): Pair {
  const a = x.asm;
  const overflow = x.overflow();
  const noCarry = a.newLabel('add128_no_carry');
  a.ldx(8, 'r0', m.base, m.offset);
  a.add(l.lo, 'r0');
  let hi = l.hi;
  if (hi === null) {
    hi = x.alloc();
    a.mov(hi, 0);
    a.jumpIf('jge', l.lo, 'r0', noCarry);
    a.mov(hi, 1);
  } else {
    a.jumpIf('jge', l.lo, 'r0', noCarry);
    a.add(hi, 1);
    a.jumpIf('jeq', hi, 0, overflow);
  }
  a.bind(noCarry);
  a.ldx(8, 'r0', m.base, m.offset + 8);
  a.add(hi, 'r0');
  a.jumpIf('jlt', hi, 'r0', overflow);
  return { lo: l.lo, hi };
}

/** l − the u128 at m (scratch r0). */
function emitSubMemory(x: ExprGen, l: Pair, m: Memory): Pair {
  const a = x.asm;
  const overflow = x.overflow();
  a.ldx(8, 'r0', m.base, m.offset);
  if (l.hi === null) {
    a.jumpIf('jlt', l.lo, 'r0', overflow);
    a.sub(l.lo, 'r0');
    a.ldx(8, 'r0', m.base, m.offset + 8);
    a.jumpIf('jne', 'r0', 0, overflow);
    return l;
  }
  const noBorrow = a.newLabel('sub128_no_borrow');
  a.jumpIf('jge', l.lo, 'r0', noBorrow);
  a.jumpIf('jeq', l.hi, 0, overflow);
  a.sub(l.hi, 1);
  a.bind(noBorrow);
  a.sub(l.lo, 'r0');
  a.ldx(8, 'r0', m.base, m.offset + 8);
  a.jumpIf('jlt', l.hi, 'r0', overflow);
  a.sub(l.hi, 'r0');
  return l;
}

/** Both operands of a binary u128 operation, as pairs (a plain-read left operand may be read second). */
export function emitPairOperands(x: ExprGen, left: Expr, right: Expr): [Pair, Pair] {
  if (rightFirst(left, right)) {
    const r = emitPair(x, right);
    return [emitPair(x, left), r];
  }
  const l = emitPair(x, left);
  return [l, emitPair(x, right)];
}

/** The pool registers `emitPairOperands` needs, holding both results at the end. */
export function pairOperandRegisters(left: Expr, right: Expr): number {
  const [first, second] = rightFirst(left, right) ? [right, left] : [left, right];
  return Math.max(pairRegisters(first), size(first) + pairRegisters(second));
}

/** Frees both registers of a pair. */
export function freePair(x: ExprGen, p: Pair): void {
  x.free(p.lo);
  if (p.hi) x.free(p.hi);
}

/** Jumps to `target` when `l op r` holds (unsigned 128-bit). Frees both pairs. */
export function emitPairCompareBranch(x: ExprGen, op: CompareOp, l: Pair, r: Pair, target: Label): void {
  const a = x.asm;
  const skip = a.newLabel('cmp128_skip');
  if (l.hi !== null || r.hi !== null) {
    // The high words decide unless equal. A missing one is 0: compare the other against 0, mirrored.
    const mirrored = l.hi === null;
    const [first, second] = mirrored ? [r.hi as Reg, 0] : [l.hi as Reg, r.hi ?? 0];
    if (op === 'eq' || op === 'ne') a.jumpIf('jne', first, second, op === 'ne' ? target : skip);
    else {
      const towardTarget = op === 'lt' || op === 'le' ? 'jlt' : 'jgt';
      a.jumpIf(mirrored ? MIRROR[towardTarget] : towardTarget, first, second, target);
      a.jumpIf('jne', first, second, skip);
    }
  }
  a.jumpIf(LOW_JUMP[op], l.lo, r.lo, target);
  a.bind(skip);
  freePair(x, l);
  freePair(x, r);
}

/** Whether both operands of a u128 comparison are plain reads, compared straight from memory. */
export function comparesInMemory(left: Expr, right: Expr): boolean {
  return isU128Read(left) && isU128Read(right);
}

/**
 * Jumps to `target` when `left op right` holds for two plain u128 reads, word by word from memory: the
 * left address in r5, the right one in r4 (or the registers keeping them); scratch r0, r1.
 */
export function emitMemoryCompareBranch(x: ExprGen, op: CompareOp, left: Expr, right: Expr, target: Label): void {
  const a = x.asm;
  const skip = a.newLabel('cmp128_skip');
  const l = memoryAddress(x, left, 'r5');
  const r = memoryAddress(x, right, 'r4');
  a.ldx(8, 'r0', l.base, l.offset + 8);
  a.ldx(8, 'r1', r.base, r.offset + 8);
  if (op === 'eq' || op === 'ne') a.jumpIf('jne', 'r0', 'r1', op === 'ne' ? target : skip);
  else {
    a.jumpIf(op === 'lt' || op === 'le' ? 'jlt' : 'jgt', 'r0', 'r1', target);
    a.jumpIf('jne', 'r0', 'r1', skip);
  }
  a.ldx(8, 'r0', l.base, l.offset);
  a.ldx(8, 'r1', r.base, r.offset);
  a.jumpIf(LOW_JUMP[op], 'r0', 'r1', target);
  a.bind(skip);
}

const LOW_JUMP = { eq: 'jeq', ne: 'jne', lt: 'jlt', le: 'jle', gt: 'jgt', ge: 'jge' } as const;
const MIRROR = { jlt: 'jgt', jgt: 'jlt' } as const;

function emitOp(x: ExprGen, op: PairOp, l: Pair, r: Pair, resultHiZero: boolean): Pair {
  switch (op) {
    case 'add':
      return emitAdd(x, l, r);
    case 'sub':
      return emitSub(x, l, r);
    case 'mul':
      return emitMul(x, l, r);
    case 'div':
    case 'mod':
      return emitDivMod(x, op, l, r, resultHiZero);
    case 'min':
    case 'max':
      return emitMinMax(x, op, l, r);
  }
}

function emitAdd(x: ExprGen, left: Pair, right: Pair): Pair {
  const a = x.asm;
  const overflow = x.overflow();
  // Addition commutes: keep the operand with a high word (if any) on the left.
  const [l, r] = left.hi === null && right.hi !== null ? [right, left] : [left, right];
  const noCarry = a.newLabel('add128_no_carry');
  a.add(l.lo, r.lo);
  if (l.hi === null) {
    // Two 64-bit values: the high word is the carry.
    const hi = x.alloc();
    a.mov(hi, 0);
    a.jumpIf('jge', l.lo, r.lo, noCarry);
    a.mov(hi, 1);
    a.bind(noCarry);
    x.free(r.lo);
    return { lo: l.lo, hi };
  }
  a.jumpIf('jge', l.lo, r.lo, noCarry);
  a.add(l.hi, 1);
  a.jumpIf('jeq', l.hi, 0, overflow);
  a.bind(noCarry);
  if (r.hi !== null) {
    // the high words wrapped iff their sum is below the addend
    a.add(l.hi, r.hi);
    a.jumpIf('jlt', l.hi, r.hi, overflow);
  }
  freePair(x, r);
  return l;
}

function emitSub(x: ExprGen, l: Pair, r: Pair): Pair {
  const a = x.asm;
  const overflow = x.overflow();
  if (l.hi === null) {
    if (r.hi !== null) a.jumpIf('jne', r.hi, 0, overflow);
    a.jumpIf('jlt', l.lo, r.lo, overflow);
    a.sub(l.lo, r.lo);
    freePair(x, r);
    return l;
  }
  const noBorrow = a.newLabel('sub128_no_borrow');
  a.jumpIf('jge', l.lo, r.lo, noBorrow);
  a.jumpIf('jeq', l.hi, 0, overflow);
  a.sub(l.hi, 1);
  a.bind(noBorrow);
  a.sub(l.lo, r.lo);
  if (r.hi !== null) {
    a.jumpIf('jlt', l.hi, r.hi, overflow);
    a.sub(l.hi, r.hi);
  }
  freePair(x, r);
  return l;
}

function emitMul(x: ExprGen, left: Pair, right: Pair): Pair {
  const a = x.asm;
  if (left.hi === null && right.hi === null) {
    // 64×64 → 128 cannot overflow.
    emitMul64To128(x.g.cg, left.lo, right.lo, right.lo);
    return { lo: left.lo, hi: right.lo };
  }
  // Multiplication commutes: a 64-bit operand goes right, and a left one below 2^64 at run time
  // (the common case) multiplies 64×64 inline instead of in the general routine.
  const [l, r] = left.hi === null ? [right, left] : [left, right];
  const done = a.newLabel('mul128_done');
  const general = a.newLabel('mul128_general');
  if (r.hi === null) {
    a.jumpIf('jne', l.hi as Reg, 0, general);
    emitMul64To128(x.g.cg, l.lo, r.lo, l.hi as Reg, true);
    a.jump(done);
  }
  a.bind(general);
  loadArguments(x, l, r);
  a.call(u128MulPair(x.g.cg));
  a.jumpIf('jne', 'r2', 0, x.overflow());
  a.mov(l.lo, 'r0');
  a.mov(l.hi as Reg, 'r1');
  a.bind(done);
  freePair(x, r);
  return l;
}

function emitDivMod(x: ExprGen, op: 'div' | 'mod', l: Pair, r: Pair, resultHiZero: boolean): Pair {
  const a = x.asm;
  const overflow = x.overflow();
  // Division by zero fails (a nonzero constant divisor needs no check).
  if (!r.nonZeroConstant && r.hi === null) a.jumpIf('jeq', r.lo, 0, overflow);
  else if (!r.nonZeroConstant && r.hi !== null) {
    a.mov('r0', r.lo);
    a.or('r0', r.hi);
    a.jumpIf('jeq', 'r0', 0, overflow);
  }
  const done = a.newLabel('div128_done');
  if (r.hi === null) {
    // A 64-bit divisor and a dividend below 2^64 at run time (statically, or its high word 0): native
    // division, whose result's high word is the dividend's (0).
    const general = a.newLabel('div128_general');
    if (l.hi !== null) a.jumpIf('jne', l.hi, 0, general);
    if (op === 'div') a.div(l.lo, r.lo);
    else a.mod(l.lo, r.lo);
    if (l.hi === null) {
      x.free(r.lo);
      return l;
    }
    a.jump(done);
    a.bind(general);
  }
  loadArguments(x, l, r);
  a.call(u128DivModPair(x.g.cg));
  const [lo, hi]: [Reg, Reg] = op === 'div' ? ['r0', 'r1'] : ['r2', 'r3'];
  a.mov(l.lo, lo);
  if (resultHiZero) {
    a.bind(done);
    if (l.hi) x.free(l.hi);
    freePair(x, r);
    return { lo: l.lo, hi: null };
  }
  // The result has a high word: the dividend's register keeps it (or the divisor's low one).
  const hiReg = l.hi ?? r.lo;
  a.mov(hiReg, hi);
  a.bind(done);
  if (l.hi) x.free(r.lo);
  if (r.hi) x.free(r.hi);
  return { lo: l.lo, hi: hiReg };
}

function emitMinMax(x: ExprGen, op: 'min' | 'max', l: Pair, r: Pair): Pair {
  const a = x.asm;
  const keep = a.newLabel(`${op}128_keep`);
  const take = a.newLabel(`${op}128_take`);
  const lowKeeps = op === 'min' ? 'jle' : 'jge';
  if (l.hi === null && r.hi === null) {
    a.jumpIf(lowKeeps, l.lo, r.lo, keep);
    a.mov(l.lo, r.lo);
    a.bind(keep);
    x.free(r.lo);
    return l;
  }
  if (l.hi !== null && r.hi !== null) {
    a.jumpIf(op === 'min' ? 'jlt' : 'jgt', l.hi, r.hi, keep);
    a.jumpIf('jne', l.hi, r.hi, take);
    a.jumpIf(lowKeeps, l.lo, r.lo, keep);
    a.bind(take);
    a.mov(l.lo, r.lo);
    a.mov(l.hi, r.hi);
    a.bind(keep);
    freePair(x, r);
    return l;
  }
  // One side below 2^64 (`hi` is the other side's high word). A minimum is then below 2^64 too; a
  // maximum's high word is `hi` on both paths, as it is 0 whenever the narrow side is the result.
  const hi = (l.hi ?? r.hi) as Reg;
  const hiIsLeft = l.hi !== null;
  a.jumpIf('jne', hi, 0, (op === 'min') === hiIsLeft ? take : keep);
  a.jumpIf(lowKeeps, l.lo, r.lo, keep);
  a.bind(take);
  a.mov(l.lo, r.lo);
  a.bind(keep);
  x.free(r.lo);
  if (op === 'max') return { lo: l.lo, hi };
  x.free(hi);
  return { lo: l.lo, hi: null };
}

/** r1:r2 = l, r3:r4 = r for a pair routine (a missing high word is 0). */
function loadArguments(x: ExprGen, l: Pair, r: Pair): void {
  const a = x.asm;
  a.mov('r1', l.lo);
  if (l.hi) a.mov('r2', l.hi);
  else a.mov('r2', 0);
  a.mov('r3', r.lo);
  if (r.hi) a.mov('r4', r.hi);
  else a.mov('r4', 0);
}

/** The ≤64-bit expression a u128 was widened from (`v.toU128()`), or null. */
function widenedFrom(e: Expr): Expr | null {
  if (e.kind !== 'convert' || e.type.name !== 'u128') return null;
  const from = typeOf(e.value);
  return from.kind === 'int' && INT_BITS[from.name] <= 64 ? e.value : null;
}

function asBinary(e: Expr): { op: PairOp; left: Expr; right: Expr } | null {
  if ((e.kind === 'arith' || e.kind === 'minmax') && e.type.name === 'u128' && e.op in OPS) {
    return { op: e.op as PairOp, left: e.left, right: e.right };
  }
  // A 128-bit mulDiv is exactly a.mul(b).div(c): Rust checks the product before evaluating c.
  if (e.kind === 'mulDiv' && e.type.name === 'u128') {
    return { op: 'div', left: { kind: 'arith', op: 'mul', left: e.a, right: e.b, type: e.type }, right: e.c };
  }
  return null;
}

const OPS: Record<PairOp, true> = { add: true, sub: true, mul: true, div: true, mod: true, min: true, max: true };

/** Registers a pair result occupies: one when its high word is known to be zero. */
function size(e: Expr): number {
  return hiKnownZero(e) ? 1 : 2;
}

/** Whether the value of u128 `e` is below 2^64 by construction. */
function hiKnownZero(e: Expr): boolean {
  if (widenedFrom(e)) return true;
  if (e.kind === 'int') return e.value < U64_LIMIT;
  const binary = asBinary(e);
  if (!binary) return false;
  const { op, left, right } = binary;
  switch (op) {
    case 'sub':
    case 'div':
      return hiKnownZero(left);
    case 'mod':
    case 'min':
      return hiKnownZero(left) || hiKnownZero(right);
    case 'max':
      return hiKnownZero(left) && hiKnownZero(right);
    default:
      return false;
  }
}

/**
 * Whether to evaluate the right operand first: when the left one is a plain read (it can neither fail
 * nor change anything, so the order is unobservable unless the right one calls a function) and the right
 * one needs more registers.
 */
function rightFirst(left: Expr, right: Expr): boolean {
  return isPlainRead(left) && !callsFunction(right) && pairRegisters(right) > pairRegisters(left);
}

function isPlainRead(e: Expr): boolean {
  switch (e.kind) {
    case 'int':
    case 'field':
    case 'local':
    case 'arg':
      return true;
    case 'convert': {
      const from = typeOf(e.value);
      return from.kind === 'int' && !isSigned(from.name as IntName) && isPlainRead(e.value);
    }
    default:
      return false;
  }
}
