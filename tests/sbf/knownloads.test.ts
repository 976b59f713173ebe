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
