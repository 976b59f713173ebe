// `emit<E>({…})` and `console.log(…)`. In: the IR statement. Out: code that builds the event's bytes
// (sha256("event:<Name>")[..8] ‖ borsh fields) and logs them with one sol_log_data slice (`Program data:
// <base64>`, Anchor's event form), or the log line as Rust's Display prints each value and logs it with
// sol_log_ (`Program log: …`, as msg!). Both are built on the stack when their size is bounded and small;
// longer than a quarter of the frame, straight in the heap scratch (heap.ts), one value at a time, unless
// a helper function their values call may use the scratch too; with strings, which have no bound, in the
// scratch after every value is evaluated.
import type { Reg } from '../isa.js';
import type { EventDef, Expr, Program, Stmt, Type } from '../../../ir/types.js';
import { INT_BITS, isSigned } from '../../../ir/types.js';
import { exprSome, ownExprs, walkStatements } from '../../../ir/walk.js';
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

/**
 * The stack bytes a log line takes: the line itself; nothing when it is built in the heap; with strings a
 * slot per value (the line is on the heap).
 */
export function logLineBytes(program: Program, s: Stmt & { kind: 'log' }): number {
  if (logsString(s)) return logSlotsInHeap(program, s) ? 0 : 8 * s.parts.filter((p) => typeof p !== 'string').length;
  if (logBuiltInHeap(program, s)) return 0;
  return Math.max(8, boundedWidth(s));
}

/** A log line or event whose buffer would be longer than this (a quarter of the frame) is built in the heap. */
export const STACK_BUFFER_LIMIT = 1024;

/** Whether a log line without strings is built straight in the heap scratch (and how many bytes it may take there). */
export function logBuiltInHeap(program: Program, s: Stmt & { kind: 'log' }): boolean {
  return !logsString(s) && s.parts.some((p) => typeof p !== 'string') && boundedWidth(s) > STACK_BUFFER_LIMIT && !mayUseScratch(program, s);
}

/** The most bytes a log line built in the heap takes there. */
export const heapLogBytes = (s: Stmt & { kind: 'log' }): number => boundedWidth(s);

/** Whether a fixed-size event is built straight in the heap scratch. */
export function eventBuiltInHeap(program: Program, structs: StructLookup, s: Stmt & { kind: 'emit' }): boolean {
  const def = program.events.find((e) => e.name === s.event);
  return def !== undefined && isFixedEvent(def, structs) && fixedEventBytes(def, structs) > STACK_BUFFER_LIMIT && !mayUseScratch(program, s);
}

/** Whether the image of an event holding strings is built at the heap scratch's start, its borsh after it. */
export function eventImageInHeap(program: Program, structs: StructLookup, s: Stmt & { kind: 'emit' }): boolean {
  const def = program.events.find((e) => e.name === s.event);
  return def !== undefined && !isFixedEvent(def, structs) && imageBytes(def, structs) > STACK_BUFFER_LIMIT && !mayUseScratch(program, s);
}

/** The least heap an event whose image is in the heap needs: its image and discriminator (then its strings). */
export const heapEventImageBytes = (def: EventDef, structs: StructLookup): number => align8(imageBytes(def, structs)) + 8;

/** The bytes of a fixed-size event: its discriminator and borsh fields. */
export const fixedEventBytes = (def: EventDef, structs: StructLookup): number => 8 + imageBytes(def, structs);

/**
 * Whether evaluating the values of `s` may call a helper function that uses the heap scratch (one that logs
 * a value or emits, or calls one that may): then they cannot be written there as they are evaluated.
 */
function mayUseScratch(program: Program, s: Stmt): boolean {
  const seen = new Set<string>();
  const callsUser = (e: Expr): boolean => exprSome(e, (x) => x.kind === 'call' && functionUsesScratch(x.fn));
  const functionUsesScratch = (name: string): boolean => {
    if (seen.has(name)) return false;
    seen.add(name);
    const f = program.functions.find((x) => x.name === name);
    if (!f) return false;
    return [...walkStatements(f.body)].some((t) =>
      t.kind === 'emit' || (t.kind === 'log' && t.parts.some((p) => typeof p !== 'string'))
      || (t.kind === 'call' && functionUsesScratch(t.fn)) || ownExprs(t).some(callsUser));
  };
  return ownExprs(s).some(callsUser);
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
  const inHeap = logBuiltInHeap(g.cg.program, s);
  // In the heap: the scratch's start, once the line's longest text is known to fit there.
  const buffer = inHeap ? null : frame.alloc(logLineBytes(g.cg.program, s));
  const cursor = frame.alloc(8);
  const loadStart = (r: Reg): void => {
    if (buffer === null) a.lddw(r, g.cg.scratch);
    else {
      a.mov(r, 'r10');
      a.add(r, buffer);
    }
  };
  if (buffer === null) emitNeedScratch(g, boundedWidth(s));
  loadStart('r1');
  a.stx(8, 'r10', cursor, 'r1');
  for (const part of s.parts) {
    if (typeof part === 'string') {
      writeTextAtCursor(g, cursor, part);
      continue;
    }
    // in the heap, a value's slots are free once it is written, so the frame holds one value's at a time
    const mark = frame.mark();
    const v = exprs.value(part);
    emitDisplay(g, typeOf(part), v, cursor);
    exprs.free(v);
    if (inHeap) frame.release(mark);
  }
  loadStart('r1');
  a.ldx(8, 'r2', 'r10', cursor);
  a.sub('r2', 'r1');
  a.syscall('sol_log_');
}

/** Fails as the allocator does unless `bytes` fit between the scratch's start and top. Scratch r1, r2. */
function emitNeedScratch(g: InstructionGen, bytes: number): void {
  const a = g.cg.asm;
  emitLoadTop(g.cg, 'r1');
  a.lddw('r2', g.cg.scratch);
  a.sub('r1', 'r2');
  a.jumpIf('jlt', 'r1', bytes, outOfMemory(g.cg));
}

/**
 * A log line holding strings, built in the heap scratch: every value is evaluated into a slot first; then
 * the line's length is checked against the scratch (the allocator's failure when it does not fit), and
 * the parts are written and logged. With more values than the stack should hold slots for, the slots are
 * at the scratch's start, each holding the value or its image (a view, a key, a 128-bit value), and the
 * line follows them.
 */
function emitHeapLog(g: InstructionGen, exprs: ExprGen, s: Stmt & { kind: 'log' }): void {
  const a = g.cg.asm;
  const frame = g.cg.frame;
  const inScratch = logSlotsInHeap(g.cg.program, s);
  const values = s.parts.filter((p): p is Expr => typeof p !== 'string');
  const slots = new Map<Expr, number>();
  let heapSlots = 0;
  if (inScratch) {
    for (const part of values) {
      slots.set(part, heapSlots);
      heapSlots += heapSlotBytes(part);
    }
    emitNeedScratch(g, heapSlots);
  }
  for (const part of values) {
    if (!inScratch) {
      const v = exprs.value(part);
      const slot = frame.alloc(8);
      a.stx(8, 'r10', slot, v);
      exprs.free(v);
      slots.set(part, slot);
      continue;
    }
    // a value's frame slots are free once its image is in the heap
    const mark = frame.mark();
    storeField(g, exprs, typeOf(part), part, slots.get(part)!, SCRATCH_BASE);
    frame.release(mark);
  }
  /** r = the value, or the address of its image, of a part. */
  const loadPart = (r: Reg, part: Expr): void => {
    if (!inScratch) a.ldx(8, r, 'r10', slots.get(part)!);
    else if (isRegisterType(typeOf(part))) {
      a.lddw(r, g.cg.scratch);
      exprs.loadScalar(r, r, slots.get(part)!, typeOf(part));
    } else a.lddw(r, g.cg.scratch + BigInt(slots.get(part)!));
  };
  const line = g.cg.scratch + BigInt(heapSlots);
  // r2 = the line's length at most: the bounded parts, and each string's length (its view's first u32)
  a.mov('r2', boundedWidth(s));
  for (const part of values) {
    if (typeOf(part).kind !== 'string') continue;
    loadPart('r1', part);
    a.ldx(8, 'r1', 'r1', 0);
    a.ldx(4, 'r1', 'r1', 0);
    a.add('r2', 'r1');
  }
  emitLoadTop(g.cg, 'r3');
  a.lddw('r4', line);
  a.sub('r3', 'r4');
  a.jumpIf('jgt', 'r2', 'r3', outOfMemory(g.cg));
  const cursor = frame.alloc(8);
  a.stx(8, 'r10', cursor, 'r4');
  for (const part of s.parts) {
    if (typeof part === 'string') {
      writeTextAtCursor(g, cursor, part);
      continue;
    }
    const mark = frame.mark();
    const v = exprs.alloc();
    loadPart(v, part);
    emitDisplay(g, typeOf(part), v, cursor);
    exprs.free(v);
    if (inScratch) frame.release(mark);
  }
  a.lddw('r1', line);
  a.ldx(8, 'r2', 'r10', cursor);
  a.sub('r2', 'r1');
  a.syscall('sol_log_');
}

/** The heap bytes of a log value's slot: a register value's 8, or its image (8 for a string's view). */
const heapSlotBytes = (e: Expr): number => (isRegisterType(typeOf(e)) ? 8 : align8(imageSize(typeOf(e), () => {
  throw new Error('internal: a logged value is never a struct');
})));

/** Whether a log line holding strings keeps its values' slots in the heap scratch rather than on the stack. */
export function logSlotsInHeap(program: Program, s: Stmt & { kind: 'log' }): boolean {
  const values = s.parts.filter((p) => typeof p !== 'string').length;
  return logsString(s) && 8 * values > STACK_BUFFER_LIMIT && !mayUseScratch(program, s);
}

/** The heap a log line whose slots are in the heap needs before its text: the slots. */
export const heapLogSlotBytes = (s: Stmt & { kind: 'log' }): number =>
  s.parts.reduce((n, p) => n + (typeof p === 'string' ? 0 : heapSlotBytes(p)), 0);

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
  if (eventBuiltInHeap(g.cg.program, g.cg.structs, s)) {
    emitEventInScratch(g, exprs, s, def);
    return;
  }
  const buffer = g.cg.frame.alloc(fixedEventBytes(def, g.cg.structs));
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

/**
 * A fixed-size event longer than the stack should hold, built in the heap scratch: once its bytes are
 * known to fit there, each field is written as it is evaluated, and the slice logged is a constant.
 */
function emitEventInScratch(g: InstructionGen, exprs: ExprGen, s: Stmt & { kind: 'emit' }, def: EventDef): void {
  const a = g.cg.asm;
  const size = fixedEventBytes(def, g.cg.structs);
  emitNeedScratch(g, size);
  a.lddw('r1', readU64(Uint8Array.from(def.discriminator), 0));
  a.lddw(SCRATCH_BASE, g.cg.scratch);
  a.stx(8, SCRATCH_BASE, 0, 'r1');
  let offset = 8;
  def.fields.forEach((f, i) => {
    // a field's slots are free once it is stored, so the frame holds one field's at a time
    const mark = g.cg.frame.mark();
    offset += storeField(g, exprs, f.type, s.fields[i], offset, SCRATCH_BASE);
    g.cg.frame.release(mark);
  });
  a.lddwRodata('r1', g.cg.bytes(solBytes(g.cg.scratch, size), 8));
  a.mov('r2', 1);
  a.syscall('sol_log_data');
}

/** The register holding the scratch's address while an event is written there (storeValue keeps r4 and r5). */
const SCRATCH_BASE: Reg = 'r5';

/**
 * Evaluates an event field into its image at base + offset (r10, or SCRATCH_BASE reloaded after the value,
 * whose code may use it); returns the image's size.
 */
function storeField(g: InstructionGen, exprs: ExprGen, t: Type, e: Expr, offset: number, base: Reg = 'r10'): number {
  const reloadBase = (): void => {
    if (base !== 'r10') g.cg.asm.lddw(base, g.cg.scratch);
  };
  if (isRegisterType(t)) {
    const v = exprs.value(e);
    reloadBase();
    storeValue(g, base, offset, t, v);
    exprs.free(v);
  } else {
    // copied from where it is (a key or field in place), without first computing its address
    const { at: [from, at], reg } = exprs.addressOf(e);
    reloadBase();
    storeValue(g, base, offset, t, from, at);
    exprs.free(reg);
  }
  return imageSize(t, g.cg.structs);
}

/**
 * An event holding strings: its fields are evaluated into an image (views for the strings), then encoded as
 * borsh in the heap scratch (the allocator's failure when it does not fit) and logged. The image is on the
 * stack, or longer than the stack should hold, at the scratch's start with the borsh after it.
 */
function emitHeapEvent(g: InstructionGen, exprs: ExprGen, s: Stmt & { kind: 'emit' }, def: EventDef): void {
  const a = g.cg.asm;
  const frame = g.cg.frame;
  const full = outOfMemory(g.cg);
  const inScratch = eventImageInHeap(g.cg.program, g.cg.structs, s);
  const imageLength = align8(imageBytes(def, g.cg.structs));
  const image = inScratch ? 0 : frame.alloc(imageLength);
  if (inScratch) emitNeedScratch(g, imageLength);
  let offset = image;
  def.fields.forEach((f, i) => {
    // in the scratch, a field's slots are free once it is stored
    const mark = frame.mark();
    offset += storeField(g, exprs, f.type, s.fields[i], offset, inScratch ? SCRATCH_BASE : 'r10');
    if (inScratch) frame.release(mark);
  });
  const borsh = g.cg.scratch + BigInt(inScratch ? imageLength : 0);
  // r6 = cursor, r7 = top, r8 = the image; the registers a handler keeps values in are put back after.
  const kept = (['r6', 'r7', 'r8'] as const).filter((r) => g.isReserved(r)).map((r) => {
    const slot = frame.alloc(8);
    a.stx(8, 'r10', slot, r);
    return { r, slot };
  });
  emitLoadTop(g.cg, 'r7');
  a.lddw('r6', borsh);
  a.mov('r3', 'r7');
  a.sub('r3', 'r6');
  a.jumpIf('jlt', 'r3', 8, full);
  a.lddw('r1', readU64(Uint8Array.from(def.discriminator), 0));
  a.stx(8, 'r6', 0, 'r1');
  a.add('r6', 8);
  if (inScratch) a.lddw('r8', g.cg.scratch);
  else {
    a.mov('r8', 'r10');
    a.add('r8', image);
  }
  let at = 0;
  for (const f of def.fields) {
    emitEncode(g.cg, f.type, at, full);
    at += imageSize(f.type, g.cg.structs);
  }
  const slice = frame.alloc(SOL_BYTES.size);
  a.lddw('r1', borsh);
  a.stx(8, 'r10', slice + SOL_BYTES.addr, 'r1');
  a.sub('r6', 'r1');
  a.stx(8, 'r10', slice + SOL_BYTES.len, 'r6');
  for (const { r, slot } of kept) a.ldx(8, r, 'r10', slot);
  emitLogSlice(g, slice);
}

const align8 = (n: number): number => Math.ceil(n / 8) * 8;

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
 * all of fixed size (none when it is built in the heap); with strings, the image of its fields (unless it
 * is in the heap), the registers kept around the encoding and the slot that measures a vector of strings.
 */
export function eventBytes(program: Program, structs: StructLookup, s: Stmt & { kind: 'emit' }): number {
  const def = program.events.find((e) => e.name === s.event);
  if (!def || eventBuiltInHeap(program, structs, s)) return 0;
  if (isFixedEvent(def, structs)) return fixedEventBytes(def, structs);
  return (eventImageInHeap(program, structs, s) ? 0 : align8(imageBytes(def, structs))) + 3 * 8 + 8;
}

/** Whether the backend can write a field of this type into an event: fixed-size types and strings. */
export function isEmittable(t: Type, structs: StructLookup): boolean {
  return isFixedSize(t, structs) || t.kind === 'string';
}
