// Statements → sBPF. In: the IR body of one instruction. Out: code that runs it; `return` jumps to the
// handler's exit (write-back, close, success). Every statement's temporaries are released after it.
import type { Reg } from '../isa.js';
import type { Expr, Place, Stmt, Type } from '../../../ir/types.js';
import type { InstructionGen } from './context.js';
import { ExprGen } from './expr.js';
import { emitTransfer } from './system.js';
import { emitEventStatement, emitLogStatement } from './logging.js';
import { emitTokenCpi } from './tokencpi.js';
import { emitProgramCpi } from './programcpi.js';
import { emitCall, emitFunctionReturn } from './functions.js';
import { isRegisterType, intSize, typeOf, imageSize } from './values.js';
import { emitPair, freePair, type Pair } from './u128pair.js';
import { CLOCK } from './layout.js';
import { walkStatements } from '../../../ir/walk.js';
import { withNarrowing } from './narrowing.js';

export function emitStatements(g: InstructionGen, body: readonly Stmt[]): void {
  const saved = new Map(g.locals);
  for (const stmt of body) emitStatement(g, stmt);
  g.locals.clear();
  for (const [k, v] of saved) g.locals.set(k, v);
}

function emitStatement(g: InstructionGen, s: Stmt): void {
  const mark = g.cg.frame.mark();
  emitStatementKind(g, s);
  // Locals declared by `let` keep their slots for the rest of the block.
  if (s.kind !== 'let') g.cg.frame.release(mark);
  g.cg.probe(`${g.ix.name} line ${s.span.line} ${s.kind}`);
}

function emitStatementKind(g: InstructionGen, s: Stmt): void {
  const a = g.cg.asm;
  const exprs = new ExprGen(g);
  switch (s.kind) {
    case 'assign': {
      if (storeConstant(g, exprs, s.place, s.value)) return;
      // A u128 computed in registers is stored word by word.
      if (exprs.fitsPair(s.value)) {
        storePairToPlace(g, exprs, s.place, emitPair(exprs, s.value));
        return;
      }
      const v = exprs.value(s.value);
      storeToPlace(g, exprs, s.place, v);
      exprs.free(v);
      return;
    }
    case 'let': {
      // A Clock field nobody assigns to again is read where the sysvar was stored, without a copy.
      if (s.value.kind === 'clock' && !reassigned(g, s.name)) {
        g.locals.set(s.name, { slot: g.clockSlot() + CLOCK[s.value.field], type: s.type });
        return;
      }
      const constant = immediateOf(s.value, s.type);
      if (constant !== null) {
        const slot = g.cg.frame.alloc(8);
        a.st(8, 'r10', slot, constant);
        g.locals.set(s.name, { slot, type: s.type });
        return;
      }
      if (exprs.fitsPair(s.value)) {
        const slot = g.cg.frame.alloc(16);
        storePair(g, exprs, 'r10', slot, emitPair(exprs, s.value));
        g.locals.set(s.name, { slot, type: s.type });
        return;
      }
      const v = exprs.value(s.value);
      const slot = g.cg.frame.alloc(Math.max(8, imageSize(s.type, g.cg.structs)));
      storeValue(g, 'r10', slot, s.type, v);
      exprs.free(v);
      g.locals.set(s.name, { slot, type: s.type });
      return;
    }
    case 'if': {
      const otherwise = a.newLabel('else');
      const end = a.newLabel('end_if');
      exprs.branch(s.cond, otherwise);
      withNarrowing(g, s, 'then', () => emitStatements(g, s.then));
      if (s.else.length > 0) a.jump(end);
      a.bind(otherwise);
      withNarrowing(g, s, 'else', () => emitStatements(g, s.else));
      a.bind(end);
      return;
    }
    case 'return':
      if (s.value) {
        const v = exprs.value(s.value);
        emitFunctionReturn(g, exprs, v, typeOf(s.value));
        exprs.free(v);
      }
      a.jump(g.exitLabel);
      return;
    case 'require': {
      const error = g.cg.program.errors.find((e) => e.name === s.error);
      if (!error) throw new Error(`internal: unknown error ${s.error}`);
      exprs.branch(s.cond, g.cg.errors.custom(error, g.origin(s)));
      return;
    }
    case 'systemTransfer': {
      const amount = exprs.value(s.amount);
      const slot = g.cg.frame.alloc(8);
      a.stx(8, 'r10', slot, amount);
      exprs.free(amount);
      emitTransfer(g, s.from, s.to, slot, s.signerSeeds ? { seeds: s.signerSeeds } : undefined);
      return;
    }
    case 'emit':
      emitEventStatement(g, exprs, s);
      return;
    case 'log':
      emitLogStatement(g, exprs, s);
      return;
    case 'tokenCpi':
      emitTokenCpi(g, exprs, s);
      return;
    case 'programCpi':
      emitProgramCpi(g, exprs, s);
      return;
    case 'call': {
      const result = emitCall(g, exprs, s.fn, s.args);
      if (result) exprs.free(result);
      return;
    }
  }
}

function storeToPlace(g: InstructionGen, exprs: ExprGen, place: Place, v: Reg): void {
  if (place.kind === 'element') {
    const { base, offset } = exprs.elementAddress(place);
    storeValue(g, base, offset, place.type, v);
    exprs.free(base);
    return;
  }
  // storeValue uses r0–r3: a field's base takes a pool register
  const scratch = exprs.alloc();
  const { base, offset, held } = placeAddress(g, exprs, place, scratch);
  storeValue(g, base, offset, place.type, v);
  exprs.free(scratch);
  if (held) exprs.free(held);
}

/**
 * Where a place is: r10 + slot for a local; a field's base in `scratch` (unless a register keeps it) + offset; an
 * array element's address in a pool register the caller frees (`held`), its index evaluated after the value and
 * checked, as Rust evaluates `a[i] = v`.
 */
function placeAddress(g: InstructionGen, exprs: ExprGen, place: Place, scratch: Reg): { base: Reg; offset: number; held?: Reg } {
  if (place.kind === 'field') return exprs.fieldBase(scratch, place.account, place.path);
  if (place.kind === 'element') {
    const { base, offset } = exprs.elementAddress(place);
    return { base, offset, held: base };
  }
  const local = g.locals.get(place.name);
  if (!local) throw new Error(`internal: unknown local ${place.name}`);
  return { base: 'r10', offset: local.slot };
}

/** Whether the body assigns to a local named `name` anywhere (any scope). */
function reassigned(g: InstructionGen, name: string): boolean {
  for (const s of walkStatements(g.ix.body)) if (s.kind === 'assign' && s.place.kind === 'local' && s.place.name === name) return true;
  return false;
}

/** A register-type constant that a store instruction can hold (sign-extended from 32 bits), or null. */
function immediateOf(value: Expr, type: Type): number | null {
  if (!isRegisterType(type)) return null;
  if (value.kind === 'bool') return value.value ? 1 : 0;
  if (value.kind !== 'int' || value.value < -0x8000_0000n || value.value > 0x7fff_ffffn) return null;
  return Number(value.value);
}

/** `place = constant` as one store of an immediate; false (nothing emitted) for anything else. */
function storeConstant(g: InstructionGen, exprs: ExprGen, place: Place, value: Expr): boolean {
  const constant = immediateOf(value, place.type);
  if (constant === null) return false;
  const size = place.type.kind === 'bool' ? 1 : (intSize((place.type as Type & { kind: 'int' }).name) as 1 | 2 | 4 | 8);
  const { base, offset, held } = placeAddress(g, exprs, place, 'r5');
  g.cg.asm.st(size, base, offset, constant);
  if (held) exprs.free(held);
  return true;
}

function storePairToPlace(g: InstructionGen, exprs: ExprGen, place: Place, p: Pair): void {
  // The pair holds pool registers; a field's base address takes a scratch one.
  const { base, offset, held } = placeAddress(g, exprs, place, 'r5');
  storePair(g, exprs, base, offset, p);
  if (held) exprs.free(held);
}

/** Stores a u128 pair at base + offset and frees it. */
function storePair(g: InstructionGen, exprs: ExprGen, base: Reg, offset: number, p: Pair): void {
  const a = g.cg.asm;
  a.stx(8, base, offset, p.lo);
  if (p.hi) a.stx(8, base, offset + 8, p.hi);
  else a.st(8, base, offset + 8, 0);
  freePair(exprs, p);
}

/** Stores the value in register v (or at the address v + from) at base + offset. Scratch r0–r3. */
export function storeValue(g: InstructionGen, base: Reg, offset: number, type: Type, v: Reg, from = 0): void {
  const a = g.cg.asm;
  if (isRegisterType(type)) {
    a.stx(type.kind === 'bool' ? 1 : (intSize((type as Type & { kind: 'int' }).name) as 1 | 2 | 4 | 8), base, offset, v);
    return;
  }
  const size = imageSize(type, g.cg.structs);
  if (size <= 128) {
    let done = 0;
    for (const step of [8, 4, 2, 1] as const) {
      while (size - done >= step) {
        a.ldx(step, 'r0', v, from + done);
        a.stx(step, base, offset + done, 'r0');
        done += step;
      }
    }
    return;
  }
  a.mov('r1', base);
  a.add('r1', offset);
  a.mov('r2', v);
  if (from !== 0) a.add('r2', from);
  a.mov('r3', size);
  a.syscall('sol_memmove_');
}
