// Conversion between borsh bytes and the image layout (values.ts) for types that hold strings or vectors.
// In: a type, and registers holding a source cursor/end and a destination address. Out: inline code that
// decodes (validating as borsh does: bounds, bools, option tags, UTF-8), skips, or encodes (with a space check).
//
// Register roles while a conversion runs (no expression is live at these points):
//   decode: r6 = source cursor (advanced), r7 = source end, r8 = destination (image) address; the views
//           it writes point into the source, which must outlive them
//   skip:   r6 = cursor advanced past one value, checked against r7 unless the bytes are trusted
//   encode: r6 = destination cursor (advanced), r7 = destination end, r8 = source (image) address
// r0–r5 are scratch. Loop counters of vectors live in stack slots.
import type { Label } from '../assembler.js';
import type { Reg } from '../isa.js';
import type { Type } from '../../../ir/types.js';
import { isFixedSize } from '../../../ir/layout.js';
import type { Codegen } from './context.js';
import { imageSize, isView } from './values.js';
import { utf8Valid } from './utf8.js';

/** Decodes one value of `type` at r6 into the image at r8 + `dstOffset`; `invalid` when it is not valid borsh. */
export function emitDecode(cg: Codegen, type: Type, dstOffset: number, invalid: Label): void {
  const a = cg.asm;
  if (isFixedSize(type, cg.structs)) {
    const size = imageSize(type, cg.structs);
    emitNeed(cg, size, invalid);
    emitValidateBools(cg, type, 'r6', 0, invalid);
    emitCopy(cg, 'r8', dstOffset, 'r6', 0, size);
    a.add('r6', size);
    return;
  }
  switch (type.kind) {
    case 'string':
    case 'vec':
      a.stx(8, 'r8', dstOffset, 'r6');
      emitSkip(cg, type, invalid);
      return;
    case 'struct': {
      let off = dstOffset;
      for (const f of cg.structs(type.name).fields) {
        emitDecode(cg, f.type, off, invalid);
        off += imageSize(f.type, cg.structs);
      }
      return;
    }
    case 'option': {
      // The tag (0 None, 1 Some; borsh rejects any other), then the value when there is one.
      const none = a.newLabel('option_none');
      emitNeed(cg, 1, invalid);
      a.ldx(1, 'r2', 'r6', 0);
      a.add('r6', 1);
      a.stx(1, 'r8', dstOffset, 'r2');
      a.jumpIf('jeq', 'r2', 0, none);
      a.jumpIf('jne', 'r2', 1, invalid);
      emitDecode(cg, type.inner, dstOffset + 1, invalid);
      a.bind(none);
      return;
    }
    default:
      throw new Error(`internal: no decoder for ${type.kind}`);
  }
}

/**
 * Steps r6 over one borsh value of `type`. With `invalid`, validates it on the way (bounds against r7,
 * bools, option tags, UTF-8); with null the bytes are trusted (they were validated when decoded).
 */
export function emitSkip(cg: Codegen, type: Type, invalid: Label | null): void {
  const a = cg.asm;
  if (isFixedSize(type, cg.structs)) {
    const size = imageSize(type, cg.structs);
    if (invalid) {
      emitNeed(cg, size, invalid);
      emitValidateBools(cg, type, 'r6', 0, invalid);
    }
    a.add('r6', size);
    return;
  }
  switch (type.kind) {
    case 'string':
      if (invalid) emitNeed(cg, 4, invalid);
      a.ldx(4, 'r4', 'r6', 0); // r4 = byte length
      a.add('r6', 4);
      if (invalid) {
        a.mov('r3', 'r7');
        a.sub('r3', 'r6');
        a.jumpIf('jgt', 'r4', 'r3', invalid);
        emitUtf8Check(cg, invalid);
      }
      a.add('r6', 'r4');
      return;
    case 'vec': {
      if (invalid) emitNeed(cg, 4, invalid);
      a.ldx(4, 'r2', 'r6', 0); // r2 = item count
      a.add('r6', 4);
      if (isFixedSize(type.elem, cg.structs) && !(invalid && containsBool(type.elem, cg))) {
        a.mul('r2', imageSize(type.elem, cg.structs));
        if (invalid) {
          a.mov('r3', 'r7');
          a.sub('r3', 'r6');
          a.jumpIf('jgt', 'r2', 'r3', invalid);
        }
        a.add('r6', 'r2');
        return;
      }
      emitRepeat(cg, () => emitSkip(cg, type.elem, invalid));
      return;
    }
    case 'struct':
      for (const f of cg.structs(type.name).fields) emitSkip(cg, f.type, invalid);
      return;
    case 'option': {
      const none = a.newLabel('option_none');
      if (invalid) emitNeed(cg, 1, invalid);
      a.ldx(1, 'r2', 'r6', 0);
      a.add('r6', 1);
      a.jumpIf('jeq', 'r2', 0, none);
      if (invalid) a.jumpIf('jne', 'r2', 1, invalid);
      emitSkip(cg, type.inner, invalid);
      a.bind(none);
      return;
    }
    default:
      throw new Error(`internal: no skip for ${type.kind}`);
  }
}

/** Encodes the image at r8 + `srcOffset` as borsh at r6, failing to `overflow` past r7. */
export function emitEncode(cg: Codegen, type: Type, srcOffset: number, overflow: Label): void {
  const a = cg.asm;
  if (isFixedSize(type, cg.structs)) {
    const size = imageSize(type, cg.structs);
    emitNeed(cg, size, overflow);
    emitCopy(cg, 'r6', 0, 'r8', srcOffset, size);
    a.add('r6', size);
    return;
  }
  switch (type.kind) {
    case 'string':
    case 'vec': {
      // The view's borsh bytes, copied whole: r2 = their address, r3 = their length.
      a.ldx(8, 'r2', 'r8', srcOffset);
      emitBorshLength(cg, type, srcOffset);
      a.mov('r4', 'r7');
      a.sub('r4', 'r6');
      a.jumpIf('jgt', 'r3', 'r4', overflow);
      a.mov('r1', 'r6');
      a.add('r6', 'r3');
      a.syscall('sol_memcpy_');
      return;
    }
    case 'struct': {
      let off = srcOffset;
      for (const f of cg.structs(type.name).fields) {
        emitEncode(cg, f.type, off, overflow);
        off += imageSize(f.type, cg.structs);
      }
      return;
    }
    default:
      throw new Error(`internal: no encoder for ${type.kind}`);
  }
}

/** r3 = the byte length of the borsh value at r2 (the view at r8 + srcOffset); keeps r2 and r6. */
function emitBorshLength(cg: Codegen, type: Type & { kind: 'string' | 'vec' }, srcOffset: number): void {
  const a = cg.asm;
  if (type.kind === 'string' || isFixedSize(type.elem, cg.structs)) {
    a.ldx(4, 'r3', 'r2', 0);
    if (type.kind === 'vec') a.mul('r3', imageSize(type.elem, cg.structs));
    a.add('r3', 4);
    return;
  }
  // Items of varying size: walk them (trusted: they were validated when decoded).
  const mark = cg.frame.mark();
  const cursor = cg.frame.alloc(8);
  a.stx(8, 'r10', cursor, 'r6');
  a.mov('r6', 'r2');
  emitSkip(cg, type, null);
  a.mov('r3', 'r6');
  a.ldx(8, 'r6', 'r10', cursor);
  a.ldx(8, 'r2', 'r8', srcOffset);
  a.sub('r3', 'r2');
  cg.frame.release(mark);
}

/** r = the address of the borsh of an empty string or vector: a zero u32 length (in .rodata). */
export function emitEmptyBorsh(cg: Codegen, r: Reg): void {
  cg.asm.lddwRodata(r, cg.bytes(new Uint8Array(4), 8));
}

/** Points every view of an image of `type` at base + offset to the empty string/vector (a new account's fields). */
export function emitEmptyViews(cg: Codegen, type: Type, base: Reg, offset: number): void {
  if (isFixedSize(type, cg.structs)) return;
  if (isView(type)) {
    emitEmptyBorsh(cg, 'r1');
    cg.asm.stx(8, base, offset, 'r1');
    return;
  }
  if (type.kind !== 'struct') throw new Error(`internal: no empty image of ${type.kind}`);
  let off = offset;
  for (const f of cg.structs(type.name).fields) {
    emitEmptyViews(cg, f.type, base, off);
    off += imageSize(f.type, cg.structs);
  }
}

/** Fails unless the r4 bytes at r6 are UTF-8 (borsh decodes strings with String::from_utf8). Keeps r4. */
function emitUtf8Check(cg: Codegen, fail: Label): void {
  const a = cg.asm;
  const mark = cg.frame.mark();
  const saved = cg.frame.alloc(8);
  a.stx(8, 'r10', saved, 'r4');
  a.mov('r1', 'r6');
  a.mov('r2', 'r4');
  a.call(utf8Valid(cg));
  a.jumpIf('jne', 'r0', 0, fail);
  a.ldx(8, 'r4', 'r10', saved);
  cg.frame.release(mark);
}

/** Fails unless r7 - r6 >= n. */
function emitNeed(cg: Codegen, n: number, fail: Label): void {
  const a = cg.asm;
  a.mov('r3', 'r7');
  a.sub('r3', 'r6');
  a.jumpIf('jslt', 'r3', n, fail);
}

/** Runs `body` r2 times (the count kept in a stack slot, so the body may use every scratch register). */
function emitRepeat(cg: Codegen, body: () => void): void {
  const a = cg.asm;
  const mark = cg.frame.mark();
  const leftSlot = cg.frame.alloc(8);
  const top = a.newLabel('items');
  const done = a.newLabel('items_done');
  a.stx(8, 'r10', leftSlot, 'r2');
  a.bind(top);
  a.ldx(8, 'r2', 'r10', leftSlot);
  a.jumpIf('jeq', 'r2', 0, done);
  a.sub('r2', 1);
  a.stx(8, 'r10', leftSlot, 'r2');
  body();
  a.jump(top);
  a.bind(done);
  cg.frame.release(mark);
}

function containsBool(t: Type, cg: Codegen): boolean {
  switch (t.kind) {
    case 'bool': return true;
    case 'array': return containsBool(t.elem, cg);
    case 'struct': return cg.structs(t.name).fields.some((f) => containsBool(f.type, cg));
    default: return false;
  }
}

/** Copies `size` bytes between fixed offsets of two base registers, 8 bytes at a time (inline). */
export function emitCopy(cg: Codegen, dst: 'r1' | 'r6' | 'r8', dstOff: number, src: 'r1' | 'r2' | 'r6' | 'r8', srcOff: number, size: number): void {
  const a = cg.asm;
  let done = 0;
  for (const step of [8, 4, 2, 1] as const) {
    while (size - done >= step) {
      a.ldx(step, 'r0', src, srcOff + done);
      a.stx(step, dst, dstOff + done, 'r0');
      done += step;
    }
  }
}

/** Fails unless every bool inside a fixed-size value at base + offset is 0 or 1 (borsh rejects others). */
export function emitValidateBools(cg: Codegen, type: Type, base: Reg, offset: number, fail: Label): void {
  const a = cg.asm;
  switch (type.kind) {
    case 'bool':
      a.ldx(1, 'r0', base, offset);
      a.jumpIf('jgt', 'r0', 1, fail);
      return;
    case 'array':
      for (let i = 0; i < type.len; i++) emitValidateBools(cg, type.elem, base, offset + i * imageSize(type.elem, cg.structs), fail);
      return;
    case 'struct': {
      let off = offset;
      for (const f of cg.structs(type.name).fields) {
        emitValidateBools(cg, f.type, base, off, fail);
        off += imageSize(f.type, cg.structs);
      }
      return;
    }
    default:
      return;
  }
}
