// The assembler's redundant-load elision (src/backends/sbf/knownloads.ts). In: short instruction streams.
// Out: a load of what its register still holds is left out; anything that may have changed the register or
// the memory (a write to either register, a store that may alias, a label, a call or syscall) keeps it.
import { describe, expect, it } from 'vitest';
import { Assembler } from '../../src/backends/sbf/assembler.js';

function started(): Assembler {
  const a = new Assembler();
  a.bind(a.newLabel('entry'));
  return a;
}

/** Slots the second `ldxdw r6, [r9+16]` adds after `between` ran (0: left out). */
function reloadSlots(between: (a: Assembler) => void): number {
  const a = started();
  a.ldx(8, 'r6', 'r9', 16);
  between(a);
  const before = a.pc;
  a.ldx(8, 'r6', 'r9', 16);
  return a.pc - before;
}

describe('redundant loads', () => {
  it('leaves out a reload with nothing in between, or only reads and jumps that fall through', () => {
    expect(reloadSlots(() => {})).toBe(0);
    expect(reloadSlots((a) => {
      a.ldx(8, 'r7', 'r9', 24);
      a.add('r7', 'r6');
      a.jumpIf('jeq', 'r7', 0, a.newLabel('elsewhere'));
    })).toBe(0);
  });

  it('leaves out a load of what a register was just stored to (8 bytes)', () => {
    const a = started();
    a.stx(8, 'r10', -16, 'r3');
    a.mov('r4', 1);
    const before = a.pc;
    a.ldx(8, 'r3', 'r10', -16);
    expect(a.pc - before).toBe(0);
  });

  it('keeps a load of another size or offset', () => {
    const a = started();
    a.ldx(8, 'r6', 'r9', 16);
    const before = a.pc;
    a.ldx(4, 'r6', 'r9', 16);
    a.ldx(4, 'r6', 'r9', 20);
    expect(a.pc - before).toBe(2);
  });

  it('keeps it once the register or the base register was written', () => {
    expect(reloadSlots((a) => a.add('r6', 1))).toBe(1);
    expect(reloadSlots((a) => a.lddw('r9', 5n))).toBe(1);
    expect(reloadSlots((a) => a.ldx(8, 'r9', 'r10', -8))).toBe(1);
  });

  it('keeps it after a store that may alias: through the same base overlapping, or through another base', () => {
    expect(reloadSlots((a) => a.st(1, 'r9', 23, 0))).toBe(1);
    expect(reloadSlots((a) => a.stx(8, 'r7', 0, 'r1'))).toBe(1);
    // a stack slot may be what r9 points at
    expect(reloadSlots((a) => a.st(8, 'r10', -8, 0))).toBe(1);
  });

  it('a store through r10 elsewhere leaves a stack word known; an overlapping one or one through another base does not', () => {
    const stackReload = (store: (a: Assembler) => void) => {
      const a = started();
      a.ldx(8, 'r6', 'r10', -16);
      store(a);
      const before = a.pc;
      a.ldx(8, 'r6', 'r10', -16);
      return a.pc - before;
    };
    expect(stackReload((a) => a.st(8, 'r10', -24, 0))).toBe(0);
    expect(stackReload((a) => a.st(1, 'r10', -9, 0))).toBe(1);
    expect(stackReload((a) => a.stx(8, 'r9', 0, 'r1'))).toBe(1);
  });

  it('leaves it out across a store to another field through the same base', () => {
    expect(reloadSlots((a) => a.st(8, 'r9', 24, 0))).toBe(0);
  });

  it('keeps it after a label, a call or a syscall', () => {
    expect(reloadSlots((a) => a.bind(a.newLabel('target')))).toBe(1);
    expect(reloadSlots((a) => a.syscall('sol_log_'))).toBe(1);
    expect(reloadSlots((a) => {
      const routine = a.newLabel('routine');
      a.call(routine);
    })).toBe(1);
  });

  it('never leaves out a load whose register is its own base', () => {
    const a = started();
    a.ldx(8, 'r6', 'r6', 8);
    const before = a.pc;
    a.ldx(8, 'r6', 'r6', 8);
    expect(a.pc - before).toBe(1);
  });
});

/** Slots `second` adds after `first` and `between` ran (0: left out). */
function slotsOf(first: (a: Assembler) => void, between: (a: Assembler) => void, second: (a: Assembler) => void): number {
  const a = started();
  first(a);
  between(a);
  const before = a.pc;
  second(a);
  return a.pc - before;
}

const loadR6 = (a: Assembler) => a.ldx(8, 'r6', 'r9', 16);

describe('across labels', () => {
  it('leaves out a reload at a label every way in agrees on: the fall-through and each jump emitted to it', () => {
    expect(reloadSlots((a) => {
      const join = a.newLabel('join');
      a.jumpIf('jeq', 'r1', 0, join);
      a.mov('r2', 1);
      a.bind(join);
    })).toBe(0);
    // only jumps reach it (the code before ends in ja)
    expect(reloadSlots((a) => {
      const join = a.newLabel('join');
      const skip = a.newLabel('skip');
      a.jumpIf('jeq', 'r1', 0, skip);
      a.jump(join);
      a.bind(skip);
      a.jump(join);
      a.mov('r6', 0); // dead: never falls into join
      a.exit();
      a.bind(join);
    })).toBe(0);
  });

  it('keeps it when one way in wrote the register or the memory, or called or logged', () => {
    const joinAfter = (onOnePath: (a: Assembler) => void) => (a: Assembler) => {
      const join = a.newLabel('join');
      a.jumpIf('jeq', 'r1', 0, join);
      onOnePath(a);
      a.bind(join);
    };
    expect(reloadSlots(joinAfter((a) => a.mov('r6', 0)))).toBe(1);
    expect(reloadSlots(joinAfter((a) => a.stx(8, 'r7', 0, 'r1')))).toBe(1);
    expect(reloadSlots(joinAfter((a) => a.st(1, 'r9', 16, 0)))).toBe(1);
    expect(reloadSlots(joinAfter((a) => a.syscall('sol_log_')))).toBe(1);
    expect(reloadSlots(joinAfter((a) => a.call(a.newLabel('routine'))))).toBe(1);
    // the jump comes after the write: the jump's way in does not hold it
    expect(reloadSlots((a) => {
      const join = a.newLabel('join');
      a.mov('r6', 0);
      a.jumpIf('jeq', 'r1', 0, join);
      a.ldx(8, 'r6', 'r9', 16);
      a.bind(join);
    })).toBe(1);
  });

  it('keeps it at a label no jump has reached yet (a loop head), and a routine starts knowing nothing', () => {
    expect(reloadSlots((a) => a.bind(a.newLabel('loop')))).toBe(1);
    const a = started();
    const routine = a.newLabel('routine');
    a.ldx(8, 'r6', 'r9', 16);
    a.call(routine);
    a.exit();
    a.bind(routine);
    const before = a.pc;
    a.ldx(8, 'r6', 'r9', 16);
    expect(a.pc - before).toBe(1);
  });

  it('refuses a jump back to a label whose code assumed more than the jump knows', () => {
    const a = started();
    const join = a.newLabel('join');
    a.ldx(8, 'r6', 'r9', 16);
    a.jumpIf('jeq', 'r1', 0, join);
    a.bind(join);
    a.ldx(8, 'r6', 'r9', 16); // left out: r6 holds it on both ways in
    a.mov('r6', 0);
    expect(() => a.jumpIf('jeq', 'r1', 0, join)).toThrow(/internal: knownLoads: a jump back/);
  });
});

describe('redundant stores', () => {
  const storeR6 = (a: Assembler) => a.stx(8, 'r9', 16, 'r6');

  it('leaves out a store of what was just loaded from there, or stored there', () => {
    expect(slotsOf(loadR6, () => {}, storeR6)).toBe(0);
    expect(slotsOf(storeR6, (a) => a.ldx(8, 'r7', 'r9', 24), storeR6)).toBe(0);
    // a byte loaded and stored back as a byte
    expect(slotsOf((a) => a.ldx(1, 'r6', 'r9', 16), () => {}, (a) => a.stx(1, 'r9', 16, 'r6'))).toBe(0);
  });

  it('keeps a store of another width or offset, or through another register', () => {
    expect(slotsOf(loadR6, () => {}, (a) => a.stx(4, 'r9', 16, 'r6'))).toBe(1);
    expect(slotsOf(loadR6, () => {}, (a) => a.stx(8, 'r9', 12, 'r6'))).toBe(1);
    expect(slotsOf(loadR6, () => {}, (a) => a.stx(8, 'r8', 16, 'r6'))).toBe(1);
    // a narrower store keeps only the low bytes: storing 8 back may change the memory
    expect(slotsOf((a) => a.stx(4, 'r9', 16, 'r6'), () => {}, storeR6)).toBe(1);
  });

  it('keeps it once anything in between may have written the memory or the registers', () => {
    const storeAgain = (between: (a: Assembler) => void) => slotsOf(loadR6, between, storeR6);
    expect(storeAgain((a) => a.stx(8, 'r7', 0, 'r1'))).toBe(1); // another pointer
    expect(storeAgain((a) => a.st(4, 'r9', 20, 0))).toBe(1); // overlapping
    expect(storeAgain((a) => a.st(8, 'r10', -8, 0))).toBe(1); // the stack, which r9 may point at
    expect(storeAgain((a) => a.syscall('sol_invoke_signed_c'))).toBe(1);
    expect(storeAgain((a) => a.call(a.newLabel('routine')))).toBe(1);
    expect(storeAgain((a) => a.bind(a.newLabel('target')))).toBe(1);
    expect(storeAgain((a) => a.add('r6', 1))).toBe(1);
    expect(storeAgain((a) => a.mov('r9', 'r8'))).toBe(1);
  });
});

describe('redundant constants', () => {
  const key = 0x400000008n;

  it('leaves out a constant load into a register that holds that constant', () => {
    expect(slotsOf((a) => a.lddw('r6', key), (a) => a.ldx(8, 'r3', 'r6', 40), (a) => a.lddw('r6', key))).toBe(0);
    expect(slotsOf((a) => a.mov('r0', 0), () => {}, (a) => a.mov('r0', 0))).toBe(0);
    // mov sign-extends its 32-bit immediate
    expect(slotsOf((a) => a.mov('r2', -1), () => {}, (a) => a.lddw('r2', 0xffff_ffff_ffff_ffffn))).toBe(0);
  });

  it('keeps it for another value or once the register was written, or where the ways in disagree', () => {
    expect(slotsOf((a) => a.mov('r2', -1), () => {}, (a) => a.lddw('r2', 0xffff_ffffn))).toBe(2);
    expect(slotsOf((a) => a.lddw('r6', key), (a) => a.ldx(8, 'r6', 'r6', 96), (a) => a.lddw('r6', key))).toBe(2);
    expect(slotsOf((a) => a.lddw('r6', key), (a) => a.syscall('sol_log_'), (a) => a.lddw('r6', key))).toBe(2);
    expect(slotsOf((a) => a.mov('r0', 0), (a) => {
      const join = a.newLabel('join');
      a.jumpIf('jeq', 'r1', 0, join);
      a.mov('r0', 1);
      a.bind(join);
    }, (a) => a.mov('r0', 0))).toBe(1);
  });

  it('never takes a .rodata address for a constant', () => {
    const a = started();
    const text = a.rodata(new Uint8Array([1, 2, 3]));
    a.lddwRodata('r1', text);
    const before = a.pc;
    a.lddw('r1', 0n);
    a.lddwRodata('r1', text);
    expect(a.pc - before).toBe(4);
  });
});
