// The Assembler: label resolution, its internal-error guards, .rodata placement and relocations.

import { describe, expect, it } from 'vitest';
import { Assembler } from '../../src/backends/sbf/assembler.js';
import { decodeInsn, OP } from '../../src/backends/sbf/isa.js';

const utf8 = (s: string) => new TextEncoder().encode(s);

function started(): { a: Assembler; entry: ReturnType<Assembler['newLabel']> } {
  const a = new Assembler();
  const entry = a.newLabel('entry');
  a.bind(entry);
  return { a, entry };
}

describe('labels', () => {
  it('a forward jump gets off = target - (pc + 1)', () => {
    const { a, entry } = started();
    const done = a.newLabel('done');
    a.jumpIf('jeq', 'r1', 0, done);
    a.mov('r0', 1);
    a.mov('r0', 2);
    a.bind(done);
    a.exit();
    expect(decodeInsn(a.finish(entry).text, 0).off).toBe(2);
  });

  it('a backward jump gets a negative offset', () => {
    const { a, entry } = started();
    const loop = a.newLabel('loop');
    a.bind(loop);
    a.add('r1', 1);
    a.lddw('r2', 7n);
    a.jump(loop);
    a.exit();
    expect(decodeInsn(a.finish(entry).text, 3 * 8).off).toBe(-4);
  });

  it('an internal call gets imm = target - (pc + 1) and src = 1', () => {
    const { a, entry } = started();
    const fn = a.newLabel('fn');
    a.call(fn);
    a.exit();
    a.bind(fn);
    a.mov('r0', 0);
    a.exit();
    expect(decodeInsn(a.finish(entry).text, 0)).toEqual({ opcode: 0x85, dst: 0, src: 1, off: 0, imm: 1 });
  });

  it('labels with the same hint get unique names', () => {
    const a = new Assembler();
    expect([a.newLabel('loop').name, a.newLabel('loop').name, a.newLabel('loop').name]).toEqual(['loop', 'loop_1', 'loop_2']);
  });

  it('the program lists the first label bound at each pc, and the entry pc', () => {
    const a = new Assembler();
    const helper = a.newLabel('helper');
    const alias = a.newLabel('alias');
    const entry = a.newLabel('entry');
    a.bind(helper);
    a.bind(alias);
    a.exit();
    a.bind(entry);
    a.call(helper);
    a.exit();
    const p = a.finish(entry);
    expect([...p.labels]).toEqual([[0, 'helper'], [1, 'entry']]);
    expect(p.entryPc).toBe(1);
  });

  it('comments attach to the next instruction; trailing ones to the slot count', () => {
    const { a, entry } = started();
    a.comment('load the answer');
    a.comment('twice explained');
    a.lddw('r0', 42n);
    a.exit();
    a.comment('the end');
    expect([...a.finish(entry).comments]).toEqual([[0, ['load the answer', 'twice explained']], [3, ['the end']]]);
  });

  it('binding a label twice is an internal error', () => {
    const { a, entry } = started();
    expect(() => a.bind(entry)).toThrow('internal: label entry bound twice');
  });

  it('a jump to a label never bound is an internal error at finish', () => {
    const { a, entry } = started();
    a.jump(a.newLabel('nowhere'));
    a.exit();
    expect(() => a.finish(entry)).toThrow('internal: label nowhere is never bound');
  });

  it('a label bound after the last instruction cannot be a jump target', () => {
    const { a, entry } = started();
    const end = a.newLabel('end');
    a.jumpIf('jeq', 'r1', 0, end);
    a.bind(end);
    expect(() => a.finish(entry)).toThrow('internal: label end is bound after the last instruction');
  });

  it('drops a jump to the label bound right after it, and a label bound at that jump moves with it', () => {
    const { a, entry } = started();
    const skip = a.newLabel('skip');
    const next = a.newLabel('next');
    a.jumpIf('jeq', 'r1', 0, skip);
    a.mov('r0', 1);
    a.bind(skip);
    a.jump(next);
    a.bind(next);
    a.exit();
    const out = a.finish(entry);
    const ops = Array.from({ length: out.text.length / 8 }, (_, pc) => decodeInsn(out.text, pc * 8));
    expect(ops.map((i) => i.opcode)).toEqual([OP.jmpImm('jeq'), OP.aluImm('mov'), OP.exit]);
    expect(ops[0]!.off).toBe(1);
  });

  it('a jump of exactly 32767 slots is fine', () => {
    const a = new Assembler({ elideRedundant: false }); // the filler is redundant on purpose
    const entry = a.newLabel('entry');
    a.bind(entry);
    const far = a.newLabel('far');
    a.jump(far);
    for (let i = 0; i < 0x7fff; i++) a.mov('r0', 0);
    a.bind(far);
    a.exit();
    expect(decodeInsn(a.finish(entry).text, 0).off).toBe(0x7fff);
  });

  it('a label from another assembler is an internal error', () => {
    const { a } = started();
    const foreign = new Assembler().newLabel('foreign');
    expect(() => a.jump(foreign)).toThrow('internal: label foreign belongs to another assembler');
  });
});

describe('operand guards', () => {
  it.each<[string, (a: Assembler) => void, string]>([
    ['an immediate above i32', (a) => a.mov('r1', 0x8000_0000), 'internal: mov64: immediate 2147483648 is not a signed 32-bit integer'],
    ['a fractional immediate', (a) => a.add('r1', 1.5), 'internal: add64: immediate 1.5 is not a signed 32-bit integer'],
    ['a load offset beyond i16', (a) => a.ldx(8, 'r1', 'r2', 0x8000), 'internal: ldx: offset 32768 does not fit a signed 16-bit field'],
    ['a store offset beyond i16', (a) => a.stx(8, 'r1', -0x8001, 'r2'), 'internal: stx: offset -32769 does not fit a signed 16-bit field'],
    ['a byte store of 256', (a) => a.st(1, 'r10', -1, 256), 'internal: st: 256 does not fit a 1-byte store'],
    ['a write to r10', (a) => a.mov('r10', 0), 'internal: mov64: r10 is read-only in SBPF v0'],
    ['a load into r10', (a) => a.ldx(8, 'r10', 'r1', 0), 'internal: ldx: r10 is read-only in SBPF v0'],
    ['a shift by 64', (a) => a.lsh('r1', 64), 'internal: lsh64 by 64: shift amounts are 0..63'],
    ['a division by immediate 0', (a) => a.div('r1', 0), 'internal: div64 by immediate 0 is rejected by the verifier'],
    ['neg through alu()', (a) => a.alu('neg', 'r1', 0), 'internal: neg takes no source operand: call neg(dst)'],
    ['an lddw beyond 64 bits', (a) => a.lddw('r1', 1n << 64n), 'internal: lddw: 18446744073709551616 does not fit 64 bits'],
  ])('%s is an internal error', (_name, emit, message) => {
    expect(() => emit(started().a)).toThrow(message);
  });
});

describe('rodata', () => {
  it('places blobs back to back with align 1', () => {
    const { a } = started();
    expect([a.rodata(utf8('abc')), a.rodata(utf8('de'))]).toEqual([{ offset: 0, length: 3 }, { offset: 3, length: 2 }]);
  });

  it('pads with zeros up to the requested alignment', () => {
    const { a, entry } = started();
    a.rodata(utf8('abc'));
    expect(a.rodata(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]), 8)).toEqual({ offset: 8, length: 8 });
    a.exit();
    expect([...a.finish(entry).rodata]).toEqual([0x61, 0x62, 0x63, 0, 0, 0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('reuses an identical blob', () => {
    const { a } = started();
    const first = a.rodata(utf8('hello'));
    a.rodata(utf8('other'));
    expect(a.rodata(utf8('hello'))).toEqual(first);
  });

  it('does not reuse an identical blob that sits misaligned', () => {
    const { a } = started();
    a.rodata(utf8('x'));
    a.rodata(utf8('word'));
    expect(a.rodata(utf8('word'), 4)).toEqual({ offset: 8, length: 4 });
  });

  it('gives an empty blob one byte of backing memory', () => {
    const { a, entry } = started();
    expect(a.rodata(new Uint8Array(0))).toEqual({ offset: 0, length: 0 });
    a.exit();
    expect(a.finish(entry).rodata.length).toBe(1);
  });

  it('refuses an alignment other than 1, 2, 4, 8', () => {
    expect(() => started().a.rodata(utf8('x'), 16)).toThrow('internal: rodata: alignment 16 is not 1, 2, 4 or 8');
  });

  it('lddwRodata records a rodata relocation and holds offset + addend in the immediates', () => {
    const { a, entry } = started();
    a.rodata(utf8('pad'));
    const hello = a.rodata(utf8('hello world'));
    a.mov('r0', 0);
    a.lddwRodata('r1', hello, 6);
    a.exit();
    const p = a.finish(entry);
    expect(p.relocations).toEqual([{ pc: 1, kind: 'rodata' }]);
    expect([decodeInsn(p.text, 8).imm, decodeInsn(p.text, 16).imm]).toEqual([9, 0]);
  });

  it('lddwRodata refuses an addend that leaves .rodata', () => {
    const { a } = started();
    const blob = a.rodata(utf8('abc'));
    expect(() => a.lddwRodata('r1', blob, 4)).toThrow('internal: lddwRodata: offset 4 is outside .rodata (3 bytes)');
  });

  it('a syscall is call imm=-1 plus a syscall relocation', () => {
    const { a, entry } = started();
    a.mov('r1', 1);
    a.syscall('sol_log_64_');
    a.exit();
    const p = a.finish(entry);
    expect(p.relocations).toEqual([{ pc: 1, kind: 'syscall', name: 'sol_log_64_' }]);
    expect(decodeInsn(p.text, 8)).toEqual({ opcode: 0x85, dst: 0, src: 0, off: 0, imm: -1 });
  });
});
