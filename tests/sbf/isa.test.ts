// The instruction encoder and the bytecode verifier rules: exact encodings, encode/decode round
// trips for every opcode the assembler emits, and the verifier's rejections.

import { describe, expect, it } from 'vitest';
import { Assembler } from '../../src/backends/sbf/assembler.js';
import { EMITTED_OPCODES, decodeInsn, encodeInsn, verifyText } from '../../src/backends/sbf/isa.js';
import type { AluOp, Insn, JmpCond, Size } from '../../src/backends/sbf/isa.js';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex').replace(/(.{2})(?!$)/g, '$1 ');

/** Assembles `emit` followed by a final exit, and returns the hex of every slot except that exit. */
function encodingOf(emit: (a: Assembler) => void): string {
  const a = new Assembler();
  const entry = a.newLabel('entry');
  a.bind(entry);
  emit(a);
  a.exit();
  const text = a.finish(entry).text;
  return hex(text.subarray(0, text.length - 8));
}

describe('known encodings', () => {
  it.each<[string, (a: Assembler) => void, string]>([
    ['mov64 r1, 5', (a) => a.mov('r1', 5), 'b7 01 00 00 05 00 00 00'],
    ['mov64 r1, r2', (a) => a.mov('r1', 'r2'), 'bf 21 00 00 00 00 00 00'],
    ['add64 r1, -8', (a) => a.add('r1', -8), '07 01 00 00 f8 ff ff ff'],
    ['sub64 r3, r4', (a) => a.sub('r3', 'r4'), '1f 43 00 00 00 00 00 00'],
    ['mul64 r0, 10', (a) => a.mul('r0', 10), '27 00 00 00 0a 00 00 00'],
    ['div64 r0, r1', (a) => a.div('r0', 'r1'), '3f 10 00 00 00 00 00 00'],
    ['mod64 r0, 7', (a) => a.mod('r0', 7), '97 00 00 00 07 00 00 00'],
    ['and64 r7, -8', (a) => a.and('r7', -8), '57 07 00 00 f8 ff ff ff'],
    ['lsh64 r2, 3', (a) => a.lsh('r2', 3), '67 02 00 00 03 00 00 00'],
    ['arsh64 r2, r9', (a) => a.arsh('r2', 'r9'), 'cf 92 00 00 00 00 00 00'],
    ['neg64 r3', (a) => a.neg('r3'), '87 03 00 00 00 00 00 00'],
    ['lddw r1, 0x1122334455667788', (a) => a.lddw('r1', 0x1122334455667788n), '18 01 00 00 88 77 66 55 00 00 00 00 44 33 22 11'],
    ['lddw r1, -1', (a) => a.lddw('r1', -1n), '18 01 00 00 ff ff ff ff 00 00 00 00 ff ff ff ff'],
    ['ldxdw r2, [r1+88]', (a) => a.ldx(8, 'r2', 'r1', 88), '79 12 58 00 00 00 00 00'],
    ['ldxb r3, [r7+0]', (a) => a.ldx(1, 'r3', 'r7', 0), '71 73 00 00 00 00 00 00'],
    ['ldxh r3, [r7+2]', (a) => a.ldx(2, 'r3', 'r7', 2), '69 73 02 00 00 00 00 00'],
    ['ldxw r3, [r7+4]', (a) => a.ldx(4, 'r3', 'r7', 4), '61 73 04 00 00 00 00 00'],
    ['stxdw [r10-8], r1', (a) => a.stx(8, 'r10', -8, 'r1'), '7b 1a f8 ff 00 00 00 00'],
    ['stxb [r2+1], r3', (a) => a.stx(1, 'r2', 1, 'r3'), '73 32 01 00 00 00 00 00'],
    ['stb [r10-1], 255', (a) => a.st(1, 'r10', -1, 255), '72 0a ff ff ff 00 00 00'],
    ['stdw [r10-16], -2', (a) => a.st(8, 'r10', -16, -2), '7a 0a f0 ff fe ff ff ff'],
    ['call sol_log_ (imm -1)', (a) => a.syscall('sol_log_'), '85 00 00 00 ff ff ff ff'],
  ])('%s', (_name, emit, expected) => {
    expect(encodingOf(emit)).toBe(expected);
  });

  it('jne r3, 255, +1 skips one slot forward', () => {
    expect(
      encodingOf((a) => {
        const skip = a.newLabel('skip');
        a.jumpIf('jne', 'r3', 255, skip);
        a.mov('r0', 1);
        a.bind(skip);
      }),
    ).toBe('55 03 01 00 ff 00 00 00 b7 00 00 00 01 00 00 00');
  });

  it('jgt r1, r2 backwards to itself has offset -1', () => {
    expect(
      encodingOf((a) => {
        const self = a.newLabel('self');
        a.bind(self);
        a.jumpIf('jgt', 'r1', 'r2', self);
      }),
    ).toBe('2d 21 ff ff 00 00 00 00');
  });

  it('an internal call has src=1 and imm = target - (pc + 1)', () => {
    expect(
      encodingOf((a) => {
        const fn = a.newLabel('fn');
        a.call(fn);
        a.mov('r0', 0);
        a.bind(fn);
      }),
    ).toBe('85 10 00 00 01 00 00 00 b7 00 00 00 00 00 00 00');
  });

  it('exit is 95 00 00 00 00 00 00 00', () => {
    expect(hex(encodeInsn({ opcode: 0x95, dst: 0, src: 0, off: 0, imm: 0 }))).toBe('95 00 00 00 00 00 00 00');
  });
});

/** One call of every Assembler method and form, so the emitted opcode set can be compared to the table. */
function everyForm(a: Assembler): void {
  const ops: Exclude<AluOp, 'neg'>[] = ['add', 'sub', 'mul', 'div', 'or', 'and', 'lsh', 'rsh', 'mod', 'xor', 'mov', 'arsh'];
  const conds: JmpCond[] = ['jeq', 'jgt', 'jge', 'jlt', 'jle', 'jset', 'jne', 'jsgt', 'jsge', 'jslt', 'jsle'];
  const sizes: Size[] = [1, 2, 4, 8];
  const here = a.newLabel('here');
  a.bind(here);
  for (const op of ops) {
    a.alu(op, 'r1', 3);
    a.alu(op, 'r1', 'r2');
  }
  a.neg('r1');
  for (const cond of conds) {
    a.jumpIf(cond, 'r1', 3, here);
    a.jumpIf(cond, 'r1', 'r2', here);
  }
  for (const size of sizes) {
    a.ldx(size, 'r1', 'r2', 8);
    a.st(size, 'r10', -8, 1);
    a.stx(size, 'r10', -8, 'r1');
  }
  a.lddw('r1', 1n);
  a.jump(here);
  a.call(here);
  a.syscall('sol_log_');
  a.exit();
}

describe('encode/decode round trip', () => {
  const a = new Assembler();
  const entry = a.newLabel('entry');
  a.bind(entry);
  everyForm(a);
  const text = a.finish(entry).text;
  const slots = Array.from({ length: text.length / 8 }, (_, pc) => decodeInsn(text, pc * 8));

  it('the assembler emits exactly the opcodes of the table (plus the lddw second slot, opcode 0)', () => {
    const emitted = [...new Set(slots.map((s) => s.opcode))].sort((x, y) => x - y);
    expect(emitted).toEqual([0, ...EMITTED_OPCODES.keys()].sort((x, y) => x - y));
  });

  it.each(slots.map((slot, pc) => [pc, slot] as const))('slot #%i decodes to what it was encoded from', (_pc, slot) => {
    expect(decodeInsn(encodeInsn(slot), 0)).toEqual(slot);
  });

  it.each([...EMITTED_OPCODES.keys()])('opcode 0x%s keeps extreme field values', (opcode) => {
    for (const insn of [
      { opcode, dst: 15, src: 15, off: -0x8000, imm: -0x8000_0000 },
      { opcode, dst: 0, src: 0, off: 0x7fff, imm: 0x7fff_ffff },
    ] satisfies Insn[]) {
      expect(decodeInsn(encodeInsn(insn), 0)).toEqual(insn);
    }
  });

  it('encodeInsn refuses an immediate beyond i32', () => {
    expect(() => encodeInsn({ opcode: 0xb7, dst: 1, src: 0, off: 0, imm: 0x8000_0000 })).toThrow(/internal: instruction fields out of range/);
  });

  it('encodeInsn refuses an offset beyond i16', () => {
    expect(() => encodeInsn({ opcode: 0x79, dst: 1, src: 2, off: 0x8000, imm: 0 })).toThrow(/internal: instruction fields out of range/);
  });
});

describe('verifyText', () => {
  const bytes = (...slots: Insn[]) => {
    const out = new Uint8Array(slots.length * 8);
    slots.forEach((s, i) => out.set(encodeInsn(s), i * 8));
    return out;
  };
  const insn = (opcode: number, fields: Partial<Insn> = {}): Insn => ({ opcode, dst: 0, src: 0, off: 0, imm: 0, ...fields });
  const exit = insn(0x95);

  it('accepts a program that only exits', () => {
    expect(() => verifyText(bytes(exit))).not.toThrow();
  });

  it.each<[string, Uint8Array, RegExp]>([
    ['an empty .text', new Uint8Array(0), /not a non-empty multiple of 8/],
    ['an ALU32 opcode', bytes(insn(0x04, { dst: 1, imm: 1 }), exit), /opcode 0x4 is not in the v0 subset \(insn #0\)/],
    ['a write to r10', bytes(insn(0xb7, { dst: 10, imm: 1 }), exit), /cannot write register r10 \(insn #0\)/],
    ['a source register above r10', bytes(insn(0xbf, { dst: 1, src: 11 }), exit), /invalid source register r11/],
    ['a shift by 64', bytes(insn(0x67, { dst: 1, imm: 64 }), exit), /shift by 64 is outside 0..63/],
    ['a division by immediate 0', bytes(insn(0x37, { dst: 1, imm: 0 }), exit), /division by immediate 0/],
    ['a jump past the end', bytes(insn(0x05, { off: 1 }), exit), /jump out of code to #2 \(insn #0\)/],
    ['a jump into an lddw', bytes(insn(0x05, { off: 1 }), insn(0x18, { dst: 1 }), insn(0), exit), /jump into the middle of an lddw at #2/],
    ['an lddw in the last slot', bytes(exit, insn(0x18, { dst: 1 })), /lddw cannot be the last slot/],
    ['an lddw whose second slot has an opcode', bytes(insn(0x18, { dst: 1 }), exit), /incomplete lddw/],
  ])('rejects %s', (_name, text, message) => {
    expect(() => verifyText(text)).toThrow(message);
  });
});
