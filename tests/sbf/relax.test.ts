// Branch relaxation (src/backends/sbf/relax.ts) through the Assembler: jumps past the 16-bit offset, forward
// and backward, conditional and not, through one island or a chain of them. Each program is checked by the
// loader's verifier rules and run on a small interpreter of the instructions it uses (mov/add immediates,
// jumps, lddw, exit), counting instructions executed, i.e. compute units.

import { describe, expect, it } from 'vitest';
import { Assembler, type AssembledProgram, type Label } from '../../src/backends/sbf/assembler.js';
import { decodeInsn, describeOpcode, OP, verifyText, type JmpCond } from '../../src/backends/sbf/isa.js';

const FAR = 0x8000;

/** Runs `text` from `entryPc` with r1 = `r1`: r0 at exit and the instructions executed. */
function run(p: AssembledProgram, r1: bigint): { r0: bigint; executed: number } {
  const count = p.text.length / 8;
  const regs = new Array<bigint>(11).fill(0n);
  regs[1] = BigInt.asUintN(64, r1);
  const signed = (v: bigint) => BigInt.asIntN(64, v);
  const holds: Record<JmpCond, (a: bigint, b: bigint) => boolean> = {
    jeq: (a, b) => a === b, jne: (a, b) => a !== b, jgt: (a, b) => a > b, jge: (a, b) => a >= b,
    jlt: (a, b) => a < b, jle: (a, b) => a <= b, jset: (a, b) => (a & b) !== 0n,
    jsgt: (a, b) => signed(a) > signed(b), jsge: (a, b) => signed(a) >= signed(b),
    jslt: (a, b) => signed(a) < signed(b), jsle: (a, b) => signed(a) <= signed(b),
  };
  let pc = p.entryPc;
  for (let executed = 1; ; executed++) {
    if (pc < 0 || pc >= count) throw new Error(`ran out of code at #${pc}`);
    const insn = decodeInsn(p.text, pc * 8);
    const info = describeOpcode(insn.opcode)!;
    const imm = BigInt.asUintN(64, BigInt(insn.imm));
    if (info.kind === 'exit') return { r0: regs[0]!, executed };
    if (info.kind === 'ja') pc += 1 + insn.off;
    else if (info.kind === 'jmp') {
      const b = info.source === 'imm' ? imm : regs[insn.src]!;
      pc += 1 + (holds[info.cond](regs[insn.dst]!, b) ? insn.off : 0);
    } else if (info.kind === 'alu' && info.op === 'mov' && info.source === 'imm') {
      regs[insn.dst] = imm;
      pc++;
    } else if (info.kind === 'alu' && info.op === 'add' && info.source === 'imm') {
      regs[insn.dst] = BigInt.asUintN(64, regs[insn.dst]! + imm);
      pc++;
    } else if (info.kind === 'lddw') pc += 2;
    else throw new Error(`the interpreter does not run ${info.mnemonic}`);
  }
}

function started(): { a: Assembler; entry: Label } {
  const a = new Assembler();
  const entry = a.newLabel('entry');
  a.bind(entry);
  a.mov('r0', 0);
  return { a, entry };
}

/** `slots` instructions that each add 1 to r0: straight code a jump over them must cross. */
function filler(a: Assembler, slots: number): void {
  for (let i = 0; i < slots; i++) a.add('r0', 1);
}

function finished(a: Assembler, entry: Label): AssembledProgram {
  const p = a.finish(entry);
  verifyText(p.text);
  return p;
}

const islandsOf = (p: AssembledProgram) => [...p.comments.values()].flat().filter((c) => c.startsWith('far-jump island'));

describe('branch relaxation', () => {
  it('a far conditional jump goes through an island: one instruction more when taken, none when not', () => {
    const { a, entry } = started();
    const far = a.newLabel('far');
    a.jumpIf('jge', 'r1', 10, far);
    filler(a, FAR);
    a.bind(far);
    a.exit();
    const p = finished(a, entry);
    expect(islandsOf(p)).toEqual(['far-jump island (1 jump, guarded)']);
    expect(p.text.length / 8).toBe(FAR + 3 + 2);
    expect(decodeInsn(p.text, 8)).toMatchObject({ opcode: OP.jmpImm('jge'), dst: 1, imm: 10 });
    // Taken: mov, jge, the island's ja, exit (one more than a short jump). Not taken: the guard's ja more.
    expect(run(p, 10n)).toEqual({ r0: 0n, executed: 4 });
    expect(run(p, 9n)).toEqual({ r0: BigInt(FAR), executed: FAR + 4 });
  });

  it('a far ja forward through straight code jumps to a guarded island, which code falling through skips', () => {
    const { a, entry } = started();
    const far = a.newLabel('far');
    const over = a.newLabel('over');
    a.jumpIf('jeq', 'r1', 0, over);
    a.jump(far);
    a.bind(over);
    filler(a, FAR + 100);
    a.bind(far);
    a.exit();
    const p = finished(a, entry);
    expect(islandsOf(p)).toEqual(['far-jump island (1 jump, guarded)']);
    expect(p.text.length / 8).toBe(FAR + 100 + 6);
    expect(run(p, 1n)).toEqual({ r0: 0n, executed: 5 });
    // Falling through the filler costs the guard's ja.
    expect(run(p, 0n)).toEqual({ r0: BigInt(FAR + 100), executed: FAR + 100 + 4 });
  });

  it('an island goes where control never falls in when there is one within reach: no guard', () => {
    const { a, entry } = started();
    const far = a.newLabel('far');
    const after = a.newLabel('after');
    a.jumpIf('jne', 'r1', 0, after);
    a.jump(far);
    filler(a, 20_000);
    a.exit();
    a.bind(after);
    filler(a, 20_000);
    a.bind(far);
    a.mov('r0', 7);
    a.exit();
    const p = finished(a, entry);
    expect(islandsOf(p)).toEqual(['far-jump island (1 jump, after a jump or exit)']);
    expect(run(p, 0n)).toEqual({ r0: 7n, executed: 6 });
    expect(run(p, 1n)).toEqual({ r0: 7n, executed: 20_000 + 4 });
  });

  it('a far backward conditional jump reaches its loop head', () => {
    const { a, entry } = started();
    const head = a.newLabel('head');
    a.bind(head);
    filler(a, FAR);
    a.add('r1', -1);
    a.jumpIf('jne', 'r1', 0, head);
    a.exit();
    const p = finished(a, entry);
    expect(islandsOf(p)).toEqual(['far-jump island (1 jump, guarded)']);
    // Three rounds of the filler, the guard, add and jne; two hops back through the island; mov and exit.
    expect(run(p, 3n)).toEqual({ r0: BigInt(3 * FAR), executed: 3 * (FAR + 3) + 2 + 2 });
  });

  it('jumps farther than two reaches chain islands, forward and backward', () => {
    const { a, entry } = started();
    const far = a.newLabel('far');
    const back = a.newLabel('back');
    const start = a.newLabel('start');
    a.jump(start);
    a.bind(back);
    a.mov('r0', 99);
    a.exit();
    a.bind(start);
    a.jumpIf('jeq', 'r1', 0, far);
    filler(a, 3 * FAR);
    a.jumpIf('jeq', 'r1', 1, back);
    filler(a, 3 * FAR);
    a.bind(far);
    a.exit();
    const p = finished(a, entry);
    // Each hop crosses at most 32,767 slots and, as islands go as far as reach allows, at least half that.
    const hopsFor = (distance: number) => [Math.ceil(distance / 0x7fff) - 1, Math.ceil(distance / 0x4000) - 1];
    const taken = run(p, 0n);
    expect(taken.r0).toBe(0n);
    const [fewest, most] = hopsFor(6 * FAR);
    expect(taken.executed - 4).toBeGreaterThanOrEqual(fewest);
    expect(taken.executed - 4).toBeLessThanOrEqual(most);
    const backward = run(p, 1n);
    expect(backward.r0).toBe(99n);
    // Its own 3 * FAR + 6 instructions, the guards of islands it fell through on the way, and its hops back.
    const guarded = islandsOf(p).filter((c) => c.endsWith('guarded)')).length;
    expect(backward.executed - (3 * FAR + 6)).toBeGreaterThanOrEqual(hopsFor(3 * FAR)[0]!);
    expect(backward.executed - (3 * FAR + 6)).toBeLessThanOrEqual(hopsFor(3 * FAR)[1]! + guarded);
    // Falling through everything costs exactly one ja per guarded island.
    const fallThrough = run(p, 2n);
    expect(fallThrough.r0).toBe(BigInt(6 * FAR));
    expect(fallThrough.executed - (6 * FAR + 5)).toBe(guarded);
  });

  it('calls, relocations, labels and comments move with their instructions', () => {
    const { a, entry } = started();
    const far = a.newLabel('far');
    const fn = a.newLabel('fn');
    a.jumpIf('jeq', 'r1', 0, far);
    filler(a, FAR);
    a.bind(far);
    a.comment('after the gap');
    a.lddwRodata('r2', a.rodata(new Uint8Array([1, 2, 3])));
    a.call(fn);
    a.syscall('sol_log_');
    a.exit();
    a.bind(fn);
    a.exit();
    const p = finished(a, entry);
    const at = FAR + 2 + 2; // after the island's guard and ja
    expect(p.labels.get(at)).toBe('far');
    expect(p.comments.get(at)).toEqual(['after the gap']);
    expect(p.relocations).toEqual([{ pc: at, kind: 'rodata' }, { pc: at + 3, kind: 'syscall', name: 'sol_log_' }]);
    expect(decodeInsn(p.text, (at + 2) * 8)).toMatchObject({ opcode: OP.call, src: 1, imm: 2 });
    expect(p.labels.get(at + 5)).toBe('fn');
  });

  it('a program whose jumps all fit is left slot for slot as assembled', () => {
    const { a, entry } = started();
    const far = a.newLabel('far');
    a.jumpIf('jeq', 'r1', 0, far);
    filler(a, 0x7fff);
    a.bind(far);
    a.exit();
    const p = finished(a, entry);
    expect(p.text.length / 8).toBe(0x7fff + 3);
    expect(decodeInsn(p.text, 8)).toMatchObject({ opcode: OP.jmpImm('jeq'), off: 0x7fff });
    expect(islandsOf(p)).toEqual([]);
  });
});
