// Conversion between compact borsh bytes and the in-memory image layout (values.ts) for types that hold
// strings or vectors. In: a type, and registers holding a source cursor/end and a destination address.
// Out: inline code that decodes (with bounds checks) or encodes (with a space check).
//
// Register roles while a conversion runs (no expression is live at these points):
//   decode: r6 = source cursor (advanced), r7 = source end, r8 = destination (image) address
//   encode: r6 = destination cursor (advanced), r7 = destination end, r8 = source (image) address
// r0–r5 are scratch. Loop state of nested vectors lives in stack slots.
import type { Label } from '../assembler.js';
import type { Reg } from '../isa.js';
import type { Type } from '../../../ir/types.js';
import type { Codegen } from './context.js';
import { imageSize } from './values.js';
import { utf8Valid } from './utf8.js';
import { isFixedSize } from '../../../ir/layout.js';

export interface DecodeFailures {
  /** Input too short, or an invalid bool. */
  invalid: Label;
  /** A string/vector longer than its declared maximum; `null` = treat as invalid. */
  tooLongFlagSlot: number | null;
}

/** Decodes one value of `type` at r6 into the image at r8 + `dstOffset`. */
export function emitDecode(cg: Codegen, type: Type, dstOffset: number, fail: DecodeFailures): void {
  const a = cg.asm;
  if (isFixedSize(type, cg.structs)) {
    const size = imageSize(type, cg.structs);
    emitNeed(cg, size, fail.invalid);
    emitValidateBools(cg, type, 'r6', 0, fail.invalid);
    emitCopy(cg, 'r8', dstOffset, 'r6', 0, size);
    a.add('r6', size);
    return;
  }
  switch (type.kind) {
    case 'string': {
      emitNeed(cg, 4, fail.invalid);
      a.ldx(4, 'r4', 'r6', 0); // r4 = encoded length
      a.add('r6', 4);
      a.mov('r3', 'r7');
      a.sub('r3', 'r6');
      a.jumpIf('jgt', 'r4', 'r3', fail.invalid);
      emitUtf8Check(cg, fail.invalid);
      a.mov('r2', 'r4');
      emitLengthLimit(cg, 'r2', type.maxLen, fail); // r2 = bytes to keep
      a.stx(4, 'r8', dstOffset, 'r2');
      a.mov('r1', 'r8');
      a.add('r1', dstOffset + 4);
      a.mov('r3', 'r2');
      a.mov('r2', 'r6');
      a.add('r6', 'r4');
      emitMemcpyIfNonEmpty(cg);
      return;
    }
    case 'vec': {
      const elemSize = imageSize(type.elem, cg.structs);
      emitNeed(cg, 4, fail.invalid);
      a.ldx(4, 'r2', 'r6', 0);
      a.add('r6', 4);
      emitLengthLimit(cg, 'r2', type.maxLen, fail);
      a.stx(4, 'r8', dstOffset, 'r2');
      emitLoop(cg, 'r2', dstOffset + 4, elemSize, () => emitDecode(cg, type.elem, 0, fail));
      return;
    }
    case 'struct': {
      let off = dstOffset;
      for (const f of cg.structs(type.name).fields) {
        emitDecode(cg, f.type, off, fail);
        off += imageSize(f.type, cg.structs);
      }
      return;
    }
    case 'option': {
      // The tag (0 None, 1 Some; borsh rejects any other), then the value when there is one.
      const none = a.newLabel('option_none');
      emitNeed(cg, 1, fail.invalid);
      a.ldx(1, 'r2', 'r6', 0);
      a.add('r6', 1);
      a.stx(1, 'r8', dstOffset, 'r2');
      a.jumpIf('jeq', 'r2', 0, none);
      a.jumpIf('jne', 'r2', 1, fail.invalid);
      emitDecode(cg, type.inner, dstOffset + 1, fail);
      a.bind(none);
      return;
    }
    default:
      throw new Error(`internal: no decoder for ${type.kind}`);
  }
}

/** Encodes the image at r8 + `srcOffset` as compact borsh at r6, failing to `overflow` past r7. */
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
    case 'string': {
      a.ldx(4, 'r3', 'r8', srcOffset);
      a.mov('r2', 'r7');
      a.sub('r2', 'r6');
      a.sub('r2', 4);
      a.jumpIf('jsgt', 'r3', 'r2', overflow); // r2 may be negative when fewer than 4 bytes remain
      a.jumpIf('jslt', 'r2', 0, overflow);
      a.stx(4, 'r6', 0, 'r3');
      a.mov('r1', 'r6');
      a.add('r1', 4);
      a.mov('r2', 'r8');
      a.add('r2', srcOffset + 4);
      a.add('r6', 4);
      a.add('r6', 'r3');
      emitMemcpyIfNonEmpty(cg);
      return;
    }
    case 'vec': {
      const elemSize = imageSize(type.elem, cg.structs);
      emitNeed(cg, 4, overflow);
      a.ldx(4, 'r2', 'r8', srcOffset);
      a.stx(4, 'r6', 0, 'r2');
      a.add('r6', 4);
      emitLoop(cg, 'r2', srcOffset + 4, elemSize, () => emitEncode(cg, type.elem, 0, overflow));
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

function emitLengthLimit(cg: Codegen, lenReg: 'r2', max: number, fail: DecodeFailures): void {
  const a = cg.asm;
  if (fail.tooLongFlagSlot === null) {
    a.jumpIf('jgt', lenReg, max, fail.invalid);
    return;
  }
  // An argument longer than its maximum fails later, after account validation (src/ir/types.ts
  // semantics); decoding goes on with the length clamped so the remaining arguments are still read.
  const ok = a.newLabel('len_ok');
  a.jumpIf('jle', lenReg, max, ok);
  a.st(1, 'r10', fail.tooLongFlagSlot, 1);
  a.mov(lenReg, max);
  a.bind(ok);
}

/** Runs `body` for each of `count` items with r8 moved to each item (base + offset + i·size); restores r8. */
function emitLoop(cg: Codegen, countReg: 'r2', offset: number, itemSize: number, body: () => void): void {
  const a = cg.asm;
  const mark = cg.frame.mark();
  const baseSlot = cg.frame.alloc(8);
  const leftSlot = cg.frame.alloc(8);
  const top = a.newLabel('items');
  const done = a.newLabel('items_done');
  a.stx(8, 'r10', baseSlot, 'r8');
  a.stx(8, 'r10', leftSlot, countReg);
  a.add('r8', offset);
  a.bind(top);
  a.ldx(8, 'r2', 'r10', leftSlot);
  a.jumpIf('jeq', 'r2', 0, done);
  a.sub('r2', 1);
  a.stx(8, 'r10', leftSlot, 'r2');
  body();
  a.add('r8', itemSize);
  a.jump(top);
  a.bind(done);
  a.ldx(8, 'r8', 'r10', baseSlot);
  cg.frame.release(mark);
}

/** sol_memcpy_(r1, r2, r3) unless r3 == 0. */
function emitMemcpyIfNonEmpty(cg: Codegen): void {
  const skip = cg.asm.newLabel('copy_done');
  cg.asm.jumpIf('jeq', 'r3', 0, skip);
  cg.asm.syscall('sol_memcpy_');
  cg.asm.bind(skip);
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
