// `emit<E>({…})` and `console.log(…)`. In: the IR statement. Out: code that builds, on the stack, the
// event's bytes (sha256("event:<Name>")[..8] ‖ borsh fields) and logs them with one sol_log_data slice
// (`Program data: <base64>`, Anchor's event form), or the log line as Rust's Display prints each value
// and logs it with sol_log_ (`Program log: …`, as msg!).
import type { Reg } from '../isa.js';
import type { EventDef, Expr, Stmt, Type } from '../../../ir/types.js';
import { INT_BITS, isSigned } from '../../../ir/types.js';
import { isFixedSize, maxSize, type StructLookup } from '../../../ir/layout.js';
import type { InstructionGen } from './context.js';
import { readU64 } from './words.js';
import type { ExprGen } from './expr.js';
import { storeValue } from './statements.js';
import { fmtBase58, fmtU128, fmtU64 } from './format.js';
import { emitNegate128To } from './int128ops.js';
import { SOL_BYTES, solBytes } from './layout.js';
import { isRegisterType, intSize, typeOf, imageSize } from './values.js';

/** Longest Display text of each loggable type (the front end refuses to log any other). */
function displayWidth(t: Type): number {
  switch (t.kind) {
    case 'int': return INT_BITS[t.name] === 128 ? 40 : 20;
    case 'bool': return 5;
    case 'pubkey': return 44;
    case 'string': return t.maxLen;
    default: throw new Error(`internal: a ${t.kind} value reached console.log`);
  }
}

/** The stack bytes a log line is built in: its longest text. */
export function logLineBytes(s: Stmt & { kind: 'log' }): number {
  const capacity = s.parts.reduce((n, p) => n + (typeof p === 'string' ? new TextEncoder().encode(p).length : displayWidth(typeOf(p))), 0);
  return Math.max(8, capacity);
}

export function emitLogStatement(g: InstructionGen, exprs: ExprGen, s: Stmt & { kind: 'log' }): void {
  const a = g.cg.asm;
  const frame = g.cg.frame;
  const buffer = frame.alloc(logLineBytes(s));
  const cursor = frame.alloc(8);
  a.mov('r1', 'r10');
  a.add('r1', buffer);
  a.stx(8, 'r10', cursor, 'r1');
  for (const part of s.parts) {
    if (typeof part === 'string') {
      const text = g.cg.text(part);
      copyAtCursor(g, cursor, (r) => a.lddwRodata(r, text), text.length);
      continue;
    }
    const v = exprs.value(part);
    emitDisplay(g, typeOf(part), v, cursor);
    exprs.free(v);
  }
  a.mov('r1', 'r10');
  a.add('r1', buffer);
  a.ldx(8, 'r2', 'r10', cursor);
  a.sub('r2', 'r1');
  a.syscall('sol_log_');
}

/** Appends the Display text of the value in v (a value or an address) at the cursor. */
function emitDisplay(g: InstructionGen, t: Type, v: Reg, cursor: number): void {
  const a = g.cg.asm;
  switch (t.kind) {
    case 'bool': {
      const no = a.newLabel('log_false');
      const done = a.newLabel('log_bool_done');
      a.jumpIf('jeq', v, 0, no);
      const yes = g.cg.text('true');
      copyAtCursor(g, cursor, (r) => a.lddwRodata(r, yes), 4);
      a.jump(done);
      a.bind(no);
      const nope = g.cg.text('false');
      copyAtCursor(g, cursor, (r) => a.lddwRodata(r, nope), 5);
      a.bind(done);
      return;
    }
    case 'string':
      a.ldx(8, 'r1', 'r10', cursor);
      a.mov('r2', v);
      a.add('r2', 4);
      a.ldx(4, 'r3', v, 0);
      a.add('r1', 'r3');
      a.stx(8, 'r10', cursor, 'r1');
      a.sub('r1', 'r3');
      a.syscall('sol_memmove_');
      return;
    case 'pubkey':
      a.mov('r1', v);
      callFormatter(g, cursor, fmtBase58(g.cg));
      return;
    case 'int': {
      if (isSigned(t.name)) emitMinusSign(g, t.name, v, cursor);
      if (INT_BITS[t.name] === 128) {
        a.mov('r1', v);
        callFormatter(g, cursor, fmtU128(g.cg));
      } else {
        a.mov('r1', v);
        callFormatter(g, cursor, fmtU64(g.cg));
      }
      return;
    }
    default:
      throw new Error(`internal: a ${t.kind} value reached console.log`);
  }
}

/** For a negative signed value: writes '-' and makes v its magnitude (in place for 128-bit values). */
function emitMinusSign(g: InstructionGen, name: Parameters<typeof isSigned>[0], v: Reg, cursor: number): void {
  const a = g.cg.asm;
  const positive = a.newLabel('log_positive');
  const is128 = INT_BITS[name] === 128;
  if (is128) {
    a.ldx(8, 'r1', v, 8);
    a.jumpIf('jsge', 'r1', 0, positive);
  } else a.jumpIf('jsge', v, 0, positive);
  a.ldx(8, 'r1', 'r10', cursor);
  a.st(1, 'r1', 0, '-'.charCodeAt(0));
  a.add('r1', 1);
  a.stx(8, 'r10', cursor, 'r1');
  if (!is128) a.neg(v);
  else {
    // negate into a fresh slot: v may point at account data
    const slot = g.cg.frame.alloc(16);
    emitNegate128To(g, v, 0, slot);
    a.mov(v, 'r10');
    a.add(v, slot);
  }
  a.bind(positive);
}

function callFormatter(g: InstructionGen, cursor: number, formatter: ReturnType<typeof fmtU64>): void {
  const a = g.cg.asm;
  a.ldx(8, 'r2', 'r10', cursor);
  a.call(formatter);
  a.ldx(8, 'r1', 'r10', cursor);
  a.add('r1', 'r0');
  a.stx(8, 'r10', cursor, 'r1');
}

/** Copies `length` bytes from the address `load` puts in a register to the cursor, and advances it. */
function copyAtCursor(g: InstructionGen, cursor: number, load: (r: Reg) => void, length: number): void {
  const a = g.cg.asm;
  if (length === 0) return;
  a.ldx(8, 'r1', 'r10', cursor);
  load('r2');
  a.mov('r3', length);
  a.syscall('sol_memcpy_');
  a.ldx(8, 'r1', 'r10', cursor);
  a.add('r1', length);
  a.stx(8, 'r10', cursor, 'r1');
}

export function emitEventStatement(g: InstructionGen, exprs: ExprGen, s: Stmt & { kind: 'emit' }): void {
  const a = g.cg.asm;
  const def = g.cg.program.events.find((e) => e.name === s.event);
  if (!def) throw new Error(`internal: unknown event ${s.event}`);
  const buffer = g.cg.frame.alloc(eventBytes(def, g.cg.structs));
  a.lddw('r1', readU64(Uint8Array.from(def.discriminator), 0));
  a.stx(8, 'r10', buffer, 'r1');
  // Fields at fixed offsets until the first string; from there on a cursor in a stack slot.
  let offset = buffer + 8;
  let cursor: number | null = null;
  def.fields.forEach((f, i) => {
    if (cursor === null && !isFixedSize(f.type, g.cg.structs)) {
      cursor = g.cg.frame.alloc(8);
      a.mov('r1', 'r10');
      a.add('r1', offset);
      a.stx(8, 'r10', cursor, 'r1');
    }
    if (cursor === null) {
      if (isRegisterType(f.type)) {
        const v = exprs.value(s.fields[i]);
        storeValue(g, 'r10', offset, f.type, v);
        exprs.free(v);
      } else {
        // copied from where it is (a key or field in place), without first computing its address
        const { at: [base, from], reg } = exprs.addressOf(s.fields[i]);
        storeValue(g, 'r10', offset, f.type, base, from);
        exprs.free(reg);
      }
      offset += imageSize(f.type, g.cg.structs);
    } else emitBorshField(g, exprs, f.type, s.fields[i], cursor);
  });
  // The one slice sol_log_data takes: a constant when the buffer's address and length are both known.
  const known = cursor === null ? a.frameAddress(buffer) : null;
  if (known !== null) {
    a.lddwRodata('r1', g.cg.bytes(solBytes(known, offset - buffer), 8));
    a.mov('r2', 1);
    a.syscall('sol_log_data');
    return;
  }
  const slice = g.cg.frame.alloc(SOL_BYTES.size);
  a.mov('r1', 'r10');
  a.add('r1', buffer);
  a.stx(8, 'r10', slice + SOL_BYTES.addr, 'r1');
  if (cursor === null) a.st(8, 'r10', slice + SOL_BYTES.len, offset - buffer);
  else {
    a.ldx(8, 'r2', 'r10', cursor);
    a.sub('r2', 'r1');
    a.stx(8, 'r10', slice + SOL_BYTES.len, 'r2');
  }
  a.mov('r1', 'r10');
  a.add('r1', slice);
  a.mov('r2', 1);
  a.syscall('sol_log_data');
}

/** Appends borsh(value) at the cursor: fixed-size values byte for byte, strings as u32 length ‖ bytes. */
function emitBorshField(g: InstructionGen, exprs: ExprGen, t: Type, e: Expr, cursor: number): void {
  const a = g.cg.asm;
  const v = exprs.value(e);
  if (isRegisterType(t)) {
    a.ldx(8, 'r1', 'r10', cursor);
    const size = t.kind === 'bool' ? 1 : (intSize((t as Type & { kind: 'int' }).name) as 1 | 2 | 4 | 8);
    a.stx(size, 'r1', 0, v);
    a.add('r1', size);
    a.stx(8, 'r10', cursor, 'r1');
  } else if (t.kind === 'string') {
    a.ldx(8, 'r1', 'r10', cursor);
    a.ldx(4, 'r3', v, 0);
    a.stx(4, 'r1', 0, 'r3');
    a.add('r1', 4);
    a.mov('r2', v);
    a.add('r2', 4);
    a.mov('r4', 'r1');
    a.add('r4', 'r3');
    a.stx(8, 'r10', cursor, 'r4');
    a.syscall('sol_memmove_');
  } else if (isFixedSize(t, g.cg.structs)) {
    const size = imageSize(t, g.cg.structs);
    a.ldx(8, 'r1', 'r10', cursor);
    a.mov('r2', v);
    a.mov('r3', size);
    a.syscall('sol_memmove_');
    a.ldx(8, 'r1', 'r10', cursor);
    a.add('r1', size);
    a.stx(8, 'r10', cursor, 'r1');
  } else {
    throw new Error(`internal: an event field of a ${t.kind} type passed the sBPF limits check`);
  }
  exprs.free(v);
}

/** The stack bytes an event is built in: its discriminator and the longest borsh of its fields. */
export function eventBytes(def: EventDef, structs: StructLookup): number {
  return 8 + def.fields.reduce((n, f) => n + maxSize(f.type, structs), 0);
}

/** Whether the backend can write a field of this type into an event: fixed-size types and strings. */
export function isEmittable(t: Type, structs: StructLookup): boolean {
  return isFixedSize(t, structs) || t.kind === 'string';
}
