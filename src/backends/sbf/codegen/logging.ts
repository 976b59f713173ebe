// `emit<E>({…})` and `console.log(…)`. In: the IR statement. Out: code that builds the event's bytes
// (sha256("event:<Name>")[..8] ‖ borsh fields) and logs them with one sol_log_data slice (`Program data:
// <base64>`, Anchor's event form), or the log line as Rust's Display prints each value and logs it with
// sol_log_ (`Program log: …`, as msg!). Both are built on the stack when their size is bounded; with
// strings, which have no bound, in the heap scratch (heap.ts): the values are evaluated first (a helper
// function they call may use the scratch too), then written there.
import type { Reg } from '../isa.js';
import type { EventDef, Expr, Stmt, Type } from '../../../ir/types.js';
import { INT_BITS, isSigned } from '../../../ir/types.js';
import { isFixedSize, type StructLookup } from '../../../ir/layout.js';
import type { InstructionGen } from './context.js';
import { emitStoreBytes, readU64 } from './words.js';
import type { ExprGen } from './expr.js';
import { storeValue } from './statements.js';
import { fmtBase58, fmtU128, fmtU64 } from './format.js';
import { emitNegate128To } from './int128ops.js';
import { SOL_BYTES, solBytes } from './layout.js';
import { isRegisterType, typeOf, imageSize } from './values.js';
import { emitEncode } from './borsh.js';
import { emitLoadTop, outOfMemory } from './heap.js';

/** Longest Display text of each loggable type but strings (the front end refuses to log any other). */
function displayWidth(t: Type): number {
  switch (t.kind) {
    case 'int': return INT_BITS[t.name] === 128 ? 40 : 20;
    case 'bool': return 5;
    case 'pubkey': return 44;
    default: throw new Error(`internal: a ${t.kind} value has no display width`);
  }
}

const logsString = (s: Stmt & { kind: 'log' }): boolean => s.parts.some((p) => typeof p !== 'string' && typeOf(p).kind === 'string');

/** The longest text of a log line's parts other than its string values. */
function boundedWidth(s: Stmt & { kind: 'log' }): number {
  return s.parts.reduce((n, p) => n + (typeof p === 'string' ? new TextEncoder().encode(p).length : typeOf(p).kind === 'string' ? 0 : displayWidth(typeOf(p))), 0);
}

/** The stack bytes a log line takes: the line itself, or with strings a slot per value (the line is on the heap). */
export function logLineBytes(s: Stmt & { kind: 'log' }): number {
  if (logsString(s)) return 8 * s.parts.filter((p) => typeof p !== 'string').length;
  return Math.max(8, boundedWidth(s));
}

export function emitLogStatement(g: InstructionGen, exprs: ExprGen, s: Stmt & { kind: 'log' }): void {
  if (s.parts.every((p) => typeof p === 'string')) {
    // A constant line is logged from .rodata, where it already is.
    const text = g.cg.text(s.parts.join(''));
    g.cg.asm.lddwRodata('r1', text);
    g.cg.asm.mov('r2', text.length);
    g.cg.asm.syscall('sol_log_');
    return;
  }
  if (logsString(s)) {
    emitHeapLog(g, exprs, s);
    return;
  }
  const a = g.cg.asm;
  const frame = g.cg.frame;
  const buffer = frame.alloc(logLineBytes(s));
  const cursor = frame.alloc(8);
  a.mov('r1', 'r10');
  a.add('r1', buffer);
  a.stx(8, 'r10', cursor, 'r1');
  for (const part of s.parts) {
    if (typeof part === 'string') {
      writeTextAtCursor(g, cursor, part);
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

/**
 * A log line holding strings, built in the heap scratch: every value is evaluated into a slot first; then
 * the line's length is checked against the scratch (the allocator's failure when it does not fit), and
 * the parts are written and logged.
 */
function emitHeapLog(g: InstructionGen, exprs: ExprGen, s: Stmt & { kind: 'log' }): void {
  const a = g.cg.asm;
  const frame = g.cg.frame;
  const slots = new Map<Expr, number>();
  for (const part of s.parts) {
    if (typeof part === 'string') continue;
    const v = exprs.value(part);
    const slot = frame.alloc(8);
    a.stx(8, 'r10', slot, v);
    exprs.free(v);
    slots.set(part, slot);
  }
  // r2 = the line's length at most: the bounded parts, and each string's length (its view's first u32)
  a.mov('r2', boundedWidth(s));
  for (const [part, slot] of slots) {
    if (typeOf(part).kind !== 'string') continue;
    a.ldx(8, 'r1', 'r10', slot);
    a.ldx(8, 'r1', 'r1', 0);
    a.ldx(4, 'r1', 'r1', 0);
    a.add('r2', 'r1');
  }
  emitLoadTop(g.cg, 'r3');
  a.lddw('r4', g.cg.scratch);
  a.sub('r3', 'r4');
  a.jumpIf('jgt', 'r2', 'r3', outOfMemory(g.cg));
  const cursor = frame.alloc(8);
  a.stx(8, 'r10', cursor, 'r4');
  for (const part of s.parts) {
    if (typeof part === 'string') {
      writeTextAtCursor(g, cursor, part);
      continue;
    }
    const v = exprs.alloc();
    a.ldx(8, v, 'r10', slots.get(part)!);
    emitDisplay(g, typeOf(part), v, cursor);
    exprs.free(v);
  }
  a.lddw('r1', g.cg.scratch);
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
      writeTextAtCursor(g, cursor, 'true');
      a.jump(done);
      a.bind(no);
      writeTextAtCursor(g, cursor, 'false');
      a.bind(done);
      return;
    }
    case 'string':
      // v = the address of a view: r2 = the string's bytes, r3 = their length
      a.ldx(8, 'r1', 'r10', cursor);
      a.ldx(8, 'r2', v, 0);
      a.ldx(4, 'r3', 'r2', 0);
      a.add('r2', 4);
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
/**
 * Appends constant text at the cursor: short text as immediate stores (8 bytes for 2 CU: lddw + stx; 4, 2
 * or 1 for 1 CU), longer text copied from .rodata (a memcpy costs at least 10 CU and its setup 6 more).
 * Clobbers r1–r3.
 */
function writeTextAtCursor(g: InstructionGen, cursor: number, text: string): void {
  const a = g.cg.asm;
  const bytes = new TextEncoder().encode(text);
  if (bytes.length === 0) return;
  a.ldx(8, 'r1', 'r10', cursor);
  if (bytes.length <= STORED_TEXT_LIMIT) emitStoreBytes(a, 'r1', 0, bytes, 'r2');
  else {
    a.lddwRodata('r2', g.cg.text(text));
    a.mov('r3', bytes.length);
    a.syscall('sol_memcpy_');
    a.ldx(8, 'r1', 'r10', cursor);
  }
  a.add('r1', bytes.length);
  a.stx(8, 'r10', cursor, 'r1');
}

/** Constant text up to this length is stored with immediates rather than copied. */
const STORED_TEXT_LIMIT = 48;

export function emitEventStatement(g: InstructionGen, exprs: ExprGen, s: Stmt & { kind: 'emit' }): void {
  const a = g.cg.asm;
  const def = g.cg.program.events.find((e) => e.name === s.event);
  if (!def) throw new Error(`internal: unknown event ${s.event}`);
  if (!isFixedEvent(def, g.cg.structs)) {
    emitHeapEvent(g, exprs, s, def);
    return;
  }
  const buffer = g.cg.frame.alloc(eventBytes(def, g.cg.structs));
  a.lddw('r1', readU64(Uint8Array.from(def.discriminator), 0));
  a.stx(8, 'r10', buffer, 'r1');
  let offset = buffer + 8;
  def.fields.forEach((f, i) => {
    offset += storeField(g, exprs, f.type, s.fields[i], offset);
  });
  // The one slice sol_log_data takes: a constant when the buffer's address is known.
  const known = a.frameAddress(buffer);
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
  a.st(8, 'r10', slice + SOL_BYTES.len, offset - buffer);
  emitLogSlice(g, slice);
}

/** Evaluates an event field into its image at r10 + offset; returns the image's size. */
function storeField(g: InstructionGen, exprs: ExprGen, t: Type, e: Expr, offset: number): number {
  if (isRegisterType(t)) {
    const v = exprs.value(e);
    storeValue(g, 'r10', offset, t, v);
    exprs.free(v);
  } else {
    // copied from where it is (a key or field in place), without first computing its address
    const { at: [base, from], reg } = exprs.addressOf(e);
    storeValue(g, 'r10', offset, t, base, from);
    exprs.free(reg);
  }
  return imageSize(t, g.cg.structs);
}

/**
 * An event holding strings: its fields are evaluated into an image on the stack (views for the strings),
 * then encoded as borsh in the heap scratch (the allocator's failure when it does not fit) and logged.
 */
function emitHeapEvent(g: InstructionGen, exprs: ExprGen, s: Stmt & { kind: 'emit' }, def: EventDef): void {
  const a = g.cg.asm;
  const frame = g.cg.frame;
  const image = frame.alloc(imageBytes(def, g.cg.structs));
  let offset = image;
  def.fields.forEach((f, i) => {
    offset += storeField(g, exprs, f.type, s.fields[i], offset);
  });
  // r6 = cursor, r7 = top, r8 = the image; the registers a handler keeps values in are put back after.
  const kept = (['r6', 'r7', 'r8'] as const).filter((r) => g.isReserved(r)).map((r) => {
    const slot = frame.alloc(8);
    a.stx(8, 'r10', slot, r);
    return { r, slot };
  });
  const full = outOfMemory(g.cg);
  emitLoadTop(g.cg, 'r7');
  a.lddw('r6', g.cg.scratch);
  a.mov('r3', 'r7');
  a.sub('r3', 'r6');
  a.jumpIf('jlt', 'r3', 8, full);
  a.lddw('r1', readU64(Uint8Array.from(def.discriminator), 0));
  a.stx(8, 'r6', 0, 'r1');
  a.add('r6', 8);
  a.mov('r8', 'r10');
  a.add('r8', image);
  let at = 0;
  for (const f of def.fields) {
    emitEncode(g.cg, f.type, at, full);
    at += imageSize(f.type, g.cg.structs);
  }
  const slice = frame.alloc(SOL_BYTES.size);
  a.lddw('r1', g.cg.scratch);
  a.stx(8, 'r10', slice + SOL_BYTES.addr, 'r1');
  a.sub('r6', 'r1');
  a.stx(8, 'r10', slice + SOL_BYTES.len, 'r6');
  for (const { r, slot } of kept) a.ldx(8, r, 'r10', slot);
  emitLogSlice(g, slice);
}

/** sol_log_data of the one slice at r10 + slice. */
function emitLogSlice(g: InstructionGen, slice: number): void {
  const a = g.cg.asm;
  a.mov('r1', 'r10');
  a.add('r1', slice);
  a.mov('r2', 1);
  a.syscall('sol_log_data');
}

const isFixedEvent = (def: EventDef, structs: StructLookup): boolean => def.fields.every((f) => isFixedSize(f.type, structs));

/** The image of an event's fields: views for its strings. */
const imageBytes = (def: EventDef, structs: StructLookup): number => def.fields.reduce((n, f) => n + imageSize(f.type, structs), 0);

/**
 * The stack bytes an event is built in besides its slice: its discriminator and borsh fields when they are
 * all of fixed size; with strings, the image of its fields, the registers kept around the encoding and the
 * slot that measures a vector of strings.
 */
export function eventBytes(def: EventDef, structs: StructLookup): number {
  if (isFixedEvent(def, structs)) return 8 + imageBytes(def, structs);
  return Math.ceil(imageBytes(def, structs) / 8) * 8 + 3 * 8 + 8;
}

/** Whether the backend can write a field of this type into an event: fixed-size types and strings. */
export function isEmittable(t: Type, structs: StructLookup): boolean {
  return isFixedSize(t, structs) || t.kind === 'string';
}
