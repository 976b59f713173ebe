// Expressions → sBPF. In: IR expressions of one instruction. Out: code leaving each value in a register
// of the expression pool (r6–r9, preserved across syscalls and calls), or branches for conditions.
// Register-type values (ints ≤ 64 bits, bools) are held directly; other values by address (values.ts).
// Arithmetic is checked (integers.ts); failures jump to the ArithmeticOverflow exit.
import type { Label } from '../assembler.js';
import type { Operand, Reg } from '../isa.js';
import type { CompareOp, Expr, IntName, Type } from '../../../ir/types.js';
import { INT_BITS, isSigned } from '../../../ir/types.js';
import { STATE_FIELDS, type InstructionGen } from './context.js';
import { isRegisterType, intSize, fieldOffset, imageSize, typeOf, VIEW_SIZE } from './values.js';
import { indexOutOfBounds } from './zerocopy.js';
import { emitCheckedArith, emitMinMax, emitSignExtend, emitArith128, emitCompareBranch128 } from './integers.js';
import { pubkeyBytes } from '../../../ir/base58.js';
import { CLOCK, RECORD } from './layout.js';
import { emitMulDiv, emitConvert128, emitMulDivMod128 } from './int128ops.js';
import { umul64to128 } from './int128.js';
import { splFieldOffset, splKind } from './token.js';
import { programDataFieldSlot } from './programdata.js';
import { emitCall } from './functions.js';
import { emitJumpIfKeysDiffer, type KeyAt } from './accounts.js';
import {
  comparesInMemory, emitMemoryCompareBranch, emitPair, emitPairCompareBranch, emitPairOperands, pairOperandRegisters, pairRegisters, type Pair,
} from './u128pair.js';

/** The farthest a load or store reaches from its base (signed 16-bit offset), less a u128's second word. */
const MAX_LOAD_OFFSET = 0x7fff - 16;

const POOL: readonly Reg[] = ['r6', 'r7', 'r8', 'r9'];


export class ExprGen {
  private readonly busy = new Set<Reg>();

  constructor(readonly g: InstructionGen) {}

  get asm() {
    return this.g.cg.asm;
  }

  /** Pool registers not holding a value. */
  freeRegisters(): number {
    return POOL.filter((x) => !this.busy.has(x) && !this.g.isReserved(x)).length;
  }

  alloc(): Reg {
    const r = POOL.find((x) => !this.busy.has(x) && !this.g.isReserved(x));
    if (!r) throw new Error('internal: the expression pool ran out: registersNeeded under-counts a site');
    this.busy.add(r);
    return r;
  }

  free(r: Reg): void {
    this.busy.delete(r);
  }

  /**
   * Loads a direct load (`isDirectLoad`) straight into `r`, which may lie outside the pool: it uses no other
   * register and cannot fail.
   */
  loadInto(r: Reg, e: Expr): void {
    switch (e.kind) {
      case 'int':
        emitConst(this.g, r, e.value);
        return;
      case 'bool':
        this.asm.mov(r, e.value ? 1 : 0);
        return;
      case 'arg': {
        const { base, offset } = this.g.argBase(e.name, r);
        this.loadScalar(r, base, offset, e.type);
        return;
      }
      case 'local': {
        const local = this.g.locals.get(e.name);
        if (!local) throw new Error(`internal: unknown local ${e.name}`);
        this.loadScalar(r, 'r10', local.slot, e.type);
        return;
      }
      case 'field': {
        const { base, offset } = this.fieldBase(r, e.account, e.path);
        this.loadScalar(r, base, offset, e.type);
        return;
      }
      case 'clock':
        this.asm.ldx(8, r, 'r10', this.g.clockSlot() + CLOCK[e.field]);
        return;
      default:
        throw new Error(`internal: ${e.kind} is not a direct load`);
    }
  }

  /** Evaluates `e` into a fresh pool register (the value, or the address of the value). */
  value(e: Expr): Reg {
    const a = this.asm;
    switch (e.kind) {
      case 'int': {
        const r = this.alloc();
        if (INT_BITS[e.type.name] <= 64) emitConst(this.g, r, e.value);
        else this.const128(r, e.value, intSize(e.type.name));
        return r;
      }
      case 'bool': {
        const r = this.alloc();
        a.mov(r, e.value ? 1 : 0);
        return r;
      }
      case 'pubkey': {
        const r = this.alloc();
        a.lddwRodata(r, this.g.cg.bytes(pubkeyBytes(e.base58), 8));
        return r;
      }
      case 'string': {
        // The literal's borsh bytes and a view of them, both constants.
        const bytes = new TextEncoder().encode(e.value);
        const borsh = new Uint8Array(4 + bytes.length);
        new DataView(borsh.buffer).setUint32(0, bytes.length, true);
        borsh.set(bytes, 4);
        const view = a.rodata(new Uint8Array(VIEW_SIZE), 8, [{ at: 0, to: this.g.cg.bytes(borsh, 8) }]);
        const r = this.alloc();
        a.lddwRodata(r, view);
        return r;
      }
      case 'arg': {
        const r = this.alloc();
        const { base, offset: argOffset } = this.g.argBase(e.name, r);
        const offset = argOffset + (e.path && e.path.length > 0 ? this.structArgOffset(e.name, e.path) : 0);
        if (isRegisterType(e.type)) this.loadScalar(r, base, offset, e.type);
        else {
          if (base !== r) a.mov(r, base);
          if (offset !== 0) a.add(r, offset);
        }
        return r;
      }
      case 'local': {
        const local = this.g.locals.get(e.name);
        if (!local) throw new Error(`internal: unknown local ${e.name}`);
        const r = this.alloc();
        if (isRegisterType(e.type)) this.loadScalar(r, 'r10', local.slot, e.type);
        else {
          a.mov(r, 'r10');
          a.add(r, local.slot);
        }
        return r;
      }
      case 'field': {
        const r = this.alloc();
        const { base, offset } = this.fieldBase(r, e.account, e.path);
        if (isRegisterType(e.type)) this.loadScalar(r, base, offset, e.type);
        else {
          if (base !== r) a.mov(r, base);
          if (offset !== 0) a.add(r, offset);
        }
        return r;
      }
      case 'element': {
        const { base, offset } = this.elementAddress(e);
        if (isRegisterType(e.type)) this.loadScalar(base, base, offset, e.type);
        else if (offset !== 0) a.add(base, offset);
        return base;
      }
      case 'accountKey': {
        const r = this.alloc();
        this.g.loadRecord(r, e.account);
        a.add(r, RECORD.key);
        return r;
      }
      case 'bump': {
        const view = this.g.account(e.account);
        if (view.bumpSlot === undefined) throw new Error(`internal: ${e.account} has no bump`);
        const r = this.alloc();
        a.ldx(1, r, 'r10', view.bumpSlot);
        return r;
      }
      case 'clock': {
        const r = this.alloc();
        const slot = this.g.clockSlot();
        a.ldx(8, r, 'r10', slot + CLOCK[e.field]);
        return r;
      }
      case 'arith': {
        if (this.fitsPair(e)) return this.spill(emitPair(this, e));
        if (INT_BITS[e.type.name] > 64) return this.binary128(e.op, e.left, e.right, e.type.name);
        const [l, rhs] = this.leftThenOperand(e.left, e.right);
        emitCheckedArith(this.g, e.op, e.type.name, l, rhs.op, this.overflow());
        rhs.release();
        return l;
      }
      case 'minmax': {
        if (this.fitsPair(e)) return this.spill(emitPair(this, e));
        if (INT_BITS[e.type.name] > 64) return this.binary128(e.op, e.left, e.right, e.type.name);
        const [l, rhs] = this.leftThenOperand(e.left, e.right);
        emitMinMax(this.g, e.op, e.type.name, l, rhs.op);
        rhs.release();
        return l;
      }
      case 'compare':
      case 'not':
      case 'logic': {
        const r = this.alloc();
        const isFalse = a.newLabel('false');
        const done = a.newLabel('bool_done');
        this.busy.delete(r); // the condition may use it; it is written only after the branch
        this.branch(e, isFalse);
        this.busy.add(r);
        a.mov(r, 1);
        a.jump(done);
        a.bind(isFalse);
        a.mov(r, 0);
        a.bind(done);
        return r;
      }
      case 'convert':
        return this.convert(e);
      case 'mulDiv': {
        if (this.fitsPair(e)) return this.spill(emitPair(this, e));
        // A 128-bit mulDiv is exactly a.mul(b).div(c): Rust checks the product before evaluating c.
        if (INT_BITS[e.type.name] > 64) return this.binary128('div', { kind: 'arith', op: 'mul', left: e.a, right: e.b, type: e.type }, e.c, e.type.name);
        const [av, bv] = this.pair(e.a, e.b);
        const [[a2, b2], cv] = this.keepWhile([av, bv], valueRegisters(e.c), () => this.value(e.c));
        emitMulDiv(this.g, e.type.name, a2, b2, cv, this.overflow());
        this.free(b2);
        this.free(cv);
        return a2;
      }
      case 'struct':
        throw new Error('internal: a struct literal passed the sBPF limits check');
      case 'call': {
        const r = emitCall(this.g, this, e.fn, e.args);
        if (!r) throw new Error(`internal: the value of void function ${e.fn}`);
        return r;
      }
      case 'isSome': {
        // An option is held by address; its first byte is the tag (0 or 1 once decoded).
        const r = this.value(e.value);
        a.ldx(1, r, r, 0);
        return r;
      }
    }
  }

  /** Evaluates two operands into registers, left first. */
  private pair(left: Expr, right: Expr): [Reg, Reg] {
    const l = this.value(left);
    const [[kept], r] = this.keepWhile([l], valueRegisters(right), () => this.value(right));
    return [kept, r];
  }

  /** Evaluates the left operand into a register and the right one as an operand (immediate or register). */
  private leftThenOperand(left: Expr, right: Expr): [Reg, { op: Reg | number; release: () => void }] {
    const l = this.value(left);
    const [[kept], rhs] = this.keepWhile([l], registersNeeded(right), () => this.operand(right));
    return [kept, rhs];
  }

  /**
   * Runs `evaluate` (which needs `need` registers) while keeping the values in `live`. When too few
   * registers are free, the live values are spilled to stack slots and reloaded afterwards; the returned
   * registers hold them (possibly different ones).
   */
  private keepWhile<T>(live: Reg[], need: number, evaluate: () => T): [Reg[], T] {
    const free = this.freeRegisters();
    if (free >= need) return [live, evaluate()];
    const slots = live.map((r) => {
      const slot = this.g.cg.frame.alloc(8);
      this.asm.stx(8, 'r10', slot, r);
      this.free(r);
      return slot;
    });
    const result = evaluate();
    const reloaded = slots.map((slot) => {
      const r = this.alloc();
      this.asm.ldx(8, r, 'r10', slot);
      return r;
    });
    return [reloaded, result];
  }

  /** The right operand of a binary operation: an immediate when it fits, else a register. */
  private operand(e: Expr): { op: Reg | number; release: () => void } {
    if (e.kind === 'int' && e.value >= -0x8000_0000n && e.value <= 0x7fff_ffffn) return { op: Number(e.value), release: () => {} };
    const r = this.value(e);
    return { op: r, release: () => this.free(r) };
  }

  /** Jumps to `ifFalse` when the boolean `e` is false; falls through when true. */
  branch(e: Expr, ifFalse: Label): void {
    const a = this.asm;
    switch (e.kind) {
      case 'bool':
        if (!e.value) a.jump(ifFalse);
        return;
      case 'not':
        this.branchTrue(e.operand, ifFalse);
        return;
      case 'logic':
        if (e.op === 'and') {
          this.branch(e.left, ifFalse);
          this.branch(e.right, ifFalse);
        } else {
          const isTrue = a.newLabel('or_true');
          this.branchTrue(e.left, isTrue);
          this.branch(e.right, ifFalse);
          a.bind(isTrue);
        }
        return;
      case 'compare':
        this.compareBranch(e.op, e.left, e.right, ifFalse, true);
        return;
      default: {
        const r = this.value(e);
        a.jumpIf('jeq', r, 0, ifFalse);
        this.free(r);
      }
    }
  }

  /** Jumps to `ifTrue` when the boolean `e` is true; falls through when false. */
  branchTrue(e: Expr, ifTrue: Label): void {
    const a = this.asm;
    switch (e.kind) {
      case 'bool':
        if (e.value) a.jump(ifTrue);
        return;
      case 'not':
        this.branch(e.operand, ifTrue);
        return;
      case 'logic':
        if (e.op === 'or') {
          this.branchTrue(e.left, ifTrue);
          this.branchTrue(e.right, ifTrue);
        } else {
          const isFalse = a.newLabel('and_false');
          this.branch(e.left, isFalse);
          this.branchTrue(e.right, ifTrue);
          a.bind(isFalse);
        }
        return;
      case 'compare':
        this.compareBranch(e.op, e.left, e.right, ifTrue, false);
        return;
      default: {
        const r = this.value(e);
        a.jumpIf('jne', r, 0, ifTrue);
        this.free(r);
      }
    }
  }

  /** Jumps to `target` when `left op right` is false (`onFalse`) or true (`!onFalse`). */
  private compareBranch(op: CompareOp, left: Expr, right: Expr, target: Label, onFalse: boolean): void {
    const a = this.asm;
    const t = typeOf(left);
    const jumpOp = onFalse ? NEGATE[op] : op;
    if (t.kind === 'pubkey') {
      const held = this.addressOf(left);
      // The right key may be a helper function's result, computed while the left one is held.
      const [[reg], r] = this.keepWhile([held.reg], valueRegisters(right), () => this.addressOf(right));
      const l = { at: [held.at[0] === held.reg ? reg : held.at[0], held.at[1]] as KeyAt, reg };
      // eq/ne on 32 bytes: compare four words.
      const equal = jumpOp === 'eq';
      const differ = equal ? a.newLabel('keys_differ') : target;
      emitJumpIfKeysDiffer(a, l.at, r.at, ['r0', 'r1'], differ);
      if (equal) {
        a.jump(target);
        a.bind(differ);
      }
      this.free(l.reg);
      this.free(r.reg);
      return;
    }
    if (t.kind === 'int' && t.name === 'u128' && comparesInMemory(left, right)) {
      emitMemoryCompareBranch(this, jumpOp, left, right, target);
      return;
    }
    if (t.kind === 'int' && t.name === 'u128' && this.freeRegisters() >= pairOperandRegisters(left, right)) {
      const [l, r] = emitPairOperands(this, left, right);
      emitPairCompareBranch(this, jumpOp, l, r, target);
      return;
    }
    if (t.kind === 'int' && INT_BITS[t.name] > 64) {
      const [l, r] = this.pair(left, right);
      emitCompareBranch128(this.g, jumpOp, isSigned(t.name), l, r, target);
      this.free(l);
      this.free(r);
      return;
    }
    if (!isRegisterType(t)) throw new Error(`internal: a comparison of ${t.kind} values`);
    const signed = t.kind === 'int' && isSigned(t.name);
    const [l, rhs] = this.leftThenOperand(left, right);
    a.jumpIf(JUMP[jumpOp][signed ? 1 : 0], l, rhs.op, target);
    rhs.release();
    this.free(l);
  }

  /**
   * Where a value held by address (a pubkey, a struct…) is, as base register + offset: a field or account
   * key is addressed in place (its base, a pool register, stays held until the caller frees it); anything
   * else is evaluated to an address.
   */
  addressOf(e: Expr): { at: KeyAt; reg: Reg } {
    if (e.kind === 'field' || e.kind === 'accountKey') {
      const reg = this.alloc();
      const { base, offset } = e.kind === 'field'
        ? this.fieldBase(reg, e.account, e.path)
        : { base: this.g.recordBase(reg, e.account), offset: RECORD.key };
      return { at: [base, offset], reg };
    }
    const reg = this.value(e);
    return { at: [reg, 0], reg };
  }

  /** Loads a register-type value from memory, sign-extending signed integers. */
  loadScalar(dst: Reg, base: Reg, offset: number, t: Type): void {
    if (t.kind === 'bool') {
      this.asm.ldx(1, dst, base, offset);
      return;
    }
    if (t.kind !== 'int') throw new Error(`internal: ${t.kind} is not a register type`);
    const size = intSize(t.name) as 1 | 2 | 4 | 8;
    this.asm.ldx(size, dst, base, offset);
    if (isSigned(t.name) && size < 8) emitSignExtend(this.g, dst, size as 1 | 2 | 4);
  }

  /** Offset of a field path inside a struct-typed argument's bytes. */
  private structArgOffset(arg: string, path: readonly string[]): number {
    const t = this.g.arg(arg).type;
    if (t.kind !== 'struct') throw new Error(`internal: ${arg} is not a struct argument`);
    return fieldOffset(this.g.cg.structs(t.name).fields, path, this.g.cg.structs).offset;
  }

  /**
   * Where a field of an account is: base register + offset. The base is the register keeping the account's
   * record (no code), or `scratch` loaded with the record or state image address.
   */
  fieldBase(scratch: Reg, account: string, path: readonly string[]): { base: Reg; offset: number } {
    const view = this.g.account(account);
    if (view.param.account.kind === 'programData') return { base: 'r10', offset: programDataFieldSlot(view, path[0]) };
    const spl = splKind(view);
    if (spl) return { base: this.g.recordBase(scratch, account), offset: splFieldOffset(spl, path[0]) };
    if (!view.state) throw new Error(`internal: ${account} has no readable fields`);
    const field = fieldOffset(view.state.def.fields, path, this.g.cg.structs).offset;
    if (view.state.image.kind === 'inPlace') {
      const base = this.g.recordBase(scratch, account);
      if (STATE_FIELDS + field <= MAX_LOAD_OFFSET) return { base, offset: STATE_FIELDS + field };
      // Past a large array of a zero-copy account: further than a load's signed 16-bit offset reaches.
      if (base !== scratch) this.asm.mov(scratch, base);
      this.asm.add(scratch, STATE_FIELDS + field);
      return { base: scratch, offset: 0 };
    }
    return { base: scratch, offset: this.g.loadStateBase(scratch, account) + field };
  }

  /**
   * Where element `index` of a zero-copy account's fixed array is: a pool register (the caller frees it) + an
   * offset. The index is evaluated first and checked against the length (a panic past the end, as Rust's).
   */
  elementAddress(e: Expr & { kind: 'element' }): { base: Reg; offset: number } {
    const a = this.asm;
    const array = fieldOffset(this.g.account(e.account).state!.def.fields, e.path, this.g.cg.structs).type;
    if (array.kind !== 'array') throw new Error(`internal: ${e.path.join('.')} is not an array`);
    const index = this.value(e.index);
    a.jumpIf('jge', index, array.len, indexOutOfBounds(this.g.cg, this.g.origin(e)));
    const size = imageSize(array.elem, this.g.cg.structs);
    if ((size & (size - 1)) === 0) {
      if (size > 1) a.lsh(index, Math.log2(size));
    } else a.mul(index, size);
    // r0 is free scratch here: values live in pool registers.
    const { base, offset } = this.fieldBase('r0', e.account, e.path);
    a.add(index, base);
    return { base: index, offset };
  }

  /** Where checked arithmetic fails: the ArithmeticOverflow exit. */
  overflow(): Label {
    return this.g.cg.errors.builtin('ArithmeticOverflow');
  }

  /**
   * Where the failing conversion `e` exits: InvalidNumericConversion (4102), reported at its origin; for
   * Anchor 0.29, which has no such error, the ArithmeticOverflow exit.
   */
  conversionFailure(e: Expr): Label {
    if (!this.g.cg.anchor.hasNumericConversionError) return this.overflow();
    return this.g.cg.errors.thrown('InvalidNumericConversion', this.g.origin(e));
  }

  /** Whether `e` is a u128 expression the pool has room to evaluate as a register pair (u128pair.ts). */
  fitsPair(e: Expr): boolean {
    return typeOf(e).kind === 'int' && (typeOf(e) as { name: IntName }).name === 'u128' && this.freeRegisters() >= pairRegisters(e);
  }

  /** A pair's value as a 16-byte stack image; returns the register holding its address. */
  private spill(p: Pair): Reg {
    const slot = this.g.cg.frame.alloc(16);
    this.asm.stx(8, 'r10', slot, p.lo);
    if (p.hi) {
      this.asm.stx(8, 'r10', slot + 8, p.hi);
      this.free(p.hi);
    } else this.asm.st(8, 'r10', slot + 8, 0);
    this.asm.mov(p.lo, 'r10');
    this.asm.add(p.lo, slot);
    return p.lo;
  }

  /** A 128-bit constant: its 16 bytes in rodata. */
  private const128(r: Reg, value: bigint, size: number): void {
    const bytes = new Uint8Array(size);
    let v = BigInt.asUintN(size * 8, value);
    for (let i = 0; i < size; i++) {
      bytes[i] = Number(v & 0xffn);
      v >>= 8n;
    }
    this.asm.lddwRodata(r, this.g.cg.bytes(bytes, 8));
  }

  private binary128(op: string, left: Expr, right: Expr, name: IntName): Reg {
    const slot = this.g.cg.frame.alloc(16);
    // u128 product of two widened u64 values (`a.toU128().mul(b.toU128())`): one 64×64→128 multiply,
    // which cannot overflow, instead of the general 128-bit routine.
    const [narrowLeft, narrowRight] = [widenedU64(left), widenedU64(right)];
    if (op === 'mul' && name === 'u128' && narrowLeft && narrowRight) {
      const [a64, b64] = this.pair(narrowLeft, narrowRight);
      this.asm.mov('r1', a64);
      this.asm.mov('r2', b64);
      this.asm.call(umul64to128(this.g.cg));
      this.asm.stx(8, 'r10', slot, 'r0');
      this.asm.stx(8, 'r10', slot + 8, 'r1');
      this.free(b64);
      this.asm.mov(a64, 'r10');
      this.asm.add(a64, slot);
      return a64;
    }
    const [l, r] = this.pair(left, right);
    if (op === 'mul' || op === 'div' || op === 'mod') emitMulDivMod128(this.g, op, name, l, r, slot, this.overflow());
    else emitArith128(this.g, op, name, l, r, slot, this.overflow());
    this.free(r);
    this.asm.mov(l, 'r10');
    this.asm.add(l, slot);
    return l;
  }

  /** Width conversion, failing at conversionFailure when the value does not fit. */
  private convert(e: Expr & { kind: 'convert' }): Reg {
    const { value } = e;
    const to = e.type.name;
    const from = typeOf(value);
    if (from.kind !== 'int') throw new Error(`internal: conversion of a ${from.kind}`);
    if (from.name === 'u128' && INT_BITS[to] <= 64 && this.fitsPair(value)) {
      // Narrowing a u128 computed in registers: its high word must be 0, then the usual range check.
      const p = emitPair(this, value);
      const fail = this.conversionFailure(e);
      if (p.hi) {
        this.asm.jumpIf('jne', p.hi, 0, fail);
        this.free(p.hi);
      }
      emitRangeCheck(this.g, p.lo, 'u64', to, fail);
      return p.lo;
    }
    const r = this.value(value);
    // A widening cannot fail, and Rust writes it `T::from` (no error origin).
    const [lo, hi] = intRange(to);
    const [flo, fhi] = intRange(from.name);
    const fail = lo <= flo && hi >= fhi ? null : this.conversionFailure(e);
    if (INT_BITS[from.name] > 64 || INT_BITS[to] > 64) emitConvert128(this.g, r, from.name, to, this.g.cg.frame.alloc(16), fail);
    else if (fail) emitRangeCheck(this.g, r, from.name, to, fail);
    return r;
  }
}

/** The u64 (or narrower unsigned) value a u128 operand was widened from, or null. */
function widenedU64(e: Expr): Expr | null {
  if (e.kind === 'convert') {
    const from = typeOf(e.value);
    return from.kind === 'int' && !isSigned(from.name) && INT_BITS[from.name] <= 64 ? e.value : null;
  }
  if (e.kind === 'int' && e.value >= 0n && e.value < 1n << 64n) return { kind: 'int', type: { kind: 'int', name: 'u64' }, value: e.value };
  return null;
}

/**
 * Whether `e` is a register-type value read with one load or constant (a literal, an argument, a local, a
 * state field, a Clock field): `loadInto` takes it into any register, and it can neither fail nor change anything.
 */
export function isDirectLoad(e: Expr): boolean {
  if (!isRegisterType(typeOf(e))) return false;
  return ['int', 'bool', 'local', 'field', 'clock'].includes(e.kind) || (e.kind === 'arg' && !(e.path && e.path.length > 0));
}

/**
 * How many pool registers evaluating `e` takes at most (Sethi–Ullman, conservatively), where its operands
 * are evaluated: a right operand that fits an instruction immediate takes none. Every evaluation site keeps
 * its live values through `keepWhile`, which spills them when fewer registers are free than this says, so
 * no expression runs out of registers: an upper bound here is what makes that hold.
 */
export function registersNeeded(e: Expr): number {
  switch (e.kind) {
    case 'int':
      return e.value >= -0x8000_0000n && e.value <= 0x7fff_ffffn ? 0 : 1;
    case 'arith':
    case 'minmax':
    case 'compare':
    case 'logic':
      // 128-bit operands and keys are both evaluated into registers (`pair`, `addressOf`), never an immediate.
      return Math.max(registersNeeded(e.left), (takesImmediate(e.left) ? registersNeeded(e.right) : valueRegisters(e.right)) + 1, 1);
    case 'not':
      return Math.max(registersNeeded(e.operand), 1);
    case 'convert':
      return Math.max(registersNeeded(e.value), 1);
    case 'mulDiv':
      return Math.max(registersNeeded(e.a), valueRegisters(e.b) + 1, valueRegisters(e.c) + 2);
    case 'element':
      // The index's register becomes the element's address, then its value.
      return valueRegisters(e.index);
    case 'call':
      // Arguments are computed one at a time, each stored before the next; the result takes one register.
      return Math.max(1, ...e.args.map((arg) => (arg.kind === 'value' ? valueRegisters(arg.value) : 0)));
    default:
      return 1;
  }
}

/** The registers `value(e)` takes: like registersNeeded, but a constant is loaded into a register too. */
export const valueRegisters = (e: Expr): number => Math.max(registersNeeded(e), 1);

/** Whether a binary operation on `operand`'s type takes its right operand as an immediate when it fits. */
const takesImmediate = (operand: Expr): boolean => {
  const t = typeOf(operand);
  return t.kind === 'bool' || (t.kind === 'int' && INT_BITS[t.name] <= 64);
};

const NEGATE: Record<CompareOp, CompareOp> = { eq: 'ne', ne: 'eq', lt: 'ge', le: 'gt', gt: 'le', ge: 'lt' };
/** [unsigned, signed] jump conditions. */
const JUMP = {
  eq: ['jeq', 'jeq'], ne: ['jne', 'jne'], lt: ['jlt', 'jslt'], le: ['jle', 'jsle'], gt: ['jgt', 'jsgt'], ge: ['jge', 'jsge'],
} as const;

/** r = a 64-bit constant (mov for 32-bit immediates, lddw otherwise). */
export function emitConst(g: InstructionGen, r: Reg, value: bigint): void {
  if (value >= -0x8000_0000n && value <= 0x7fff_ffffn) g.cg.asm.mov(r, Number(value));
  else g.cg.asm.lddw(r, BigInt.asUintN(64, value));
}

/** Fails to `fail` unless the register value of type `from` is representable in `to`. */
export function emitRangeCheck(g: InstructionGen, r: Reg, from: IntName, to: IntName, fail: Label): void {
  const a = g.cg.asm;
  const [lo, hi] = intRange(to);
  const [flo, fhi] = intRange(from);
  if (lo > flo) {
    if (isSigned(from)) a.jumpIf('jslt', r, boundOperand(g, lo, true), fail);
  }
  if (hi < fhi) a.jumpIf(isSigned(from) ? 'jsgt' : 'jgt', r, boundOperand(g, hi, isSigned(from)), fail);
}

/**
 * A range bound as a jump operand: the immediate itself when the VM's sign-extended 32-bit immediate equals it
 * under the comparison (any i32 for a signed one, 0..2^31-1 for an unsigned one), else r0 holding it.
 */
function boundOperand(g: InstructionGen, bound: bigint, signed: boolean): Operand {
  if (bound <= 0x7fff_ffffn && bound >= (signed ? -0x8000_0000n : 0n)) return Number(bound);
  emitConst(g, 'r0', bound);
  return 'r0';
}

export function intRange(n: IntName): [bigint, bigint] {
  const bits = BigInt(INT_BITS[n]);
  return isSigned(n) ? [-(1n << (bits - 1n)), (1n << (bits - 1n)) - 1n] : [0n, (1n << bits) - 1n];
}
