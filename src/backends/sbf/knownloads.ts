// What the registers are known to hold, for the assembler's redundant-instruction elision. In: the instructions
// in emission order, each jump or call with its target label, and each label binding. Out: whether a load
// would put into its register what the register already holds, a store would write what the memory already
// holds, or a constant load would give a register the constant it holds, so the assembler can leave it out
// (1 CU and 8 bytes each).
// Sound by being conservative: a store through any register but r10 may alias anything, and a store through
// r10 may alias any other register's pointer (it may point into the stack); calls and syscalls forget all.
// Across a label the knowledge is what every way in agrees on: the fall-through and each jump already
// emitted to it. A label no jump has reached when it is bound (a loop head, a routine, the entry) starts with
// nothing known, and a label bound while knowing something accepts no later jump that knows less.
import { describeOpcode, FRAME_POINTER, OP, type Insn, type Size } from './isa.js';

/** A register holds the memory word [base+off] of `size` bytes (zero-extended), or the constant `value`. */
type Fact = { size: Size; base: number; off: number } | { value: bigint };

/** register → what it holds. */
type Held = ReadonlyMap<number, Fact>;

const MOV_IMM = OP.aluImm('mov');

const sameFact = (a: Fact, b: Fact | undefined): boolean => {
  if (b === undefined) return false;
  if ('value' in a || 'value' in b) return 'value' in a && 'value' in b && a.value === b.value;
  return a.size === b.size && a.base === b.base && a.off === b.off;
};

/** What every one of `states` holds. */
function agreed(states: readonly Held[]): Map<number, Fact> {
  const [first, ...rest] = states;
  const result = new Map<number, Fact>();
  for (const [reg, fact] of first ?? []) if (rest.every((s) => sameFact(fact, s.get(reg)))) result.set(reg, fact);
  return result;
}

export class KnownLoads {
  /** register → what it holds, loaded, stored or set and not written since. */
  private held = new Map<number, Fact>();
  /** Whether the latest instruction can go on to the next one (not `ja` or `exit`). */
  private fallsThrough = true;
  /** label id → what the registers held at each jump or call to it emitted before it was bound. */
  private readonly waiting = new Map<number, Held[]>();
  /** label id of a bound label → what its code was emitted knowing: later jumps there must know it too. */
  private readonly assumed = new Map<number, Held>();

  /** Before a jump (`call`: an internal call) to the label `target` is emitted. */
  jumpTo(target: number, call: boolean): void {
    const state: Held = call ? new Map() : new Map(this.held);
    const assumed = this.assumed.get(target);
    if (assumed === undefined) {
      const waiting = this.waiting.get(target);
      if (waiting) waiting.push(state);
      else this.waiting.set(target, [state]);
    } else if ([...assumed].some(([reg, fact]) => !sameFact(fact, state.get(reg)))) {
      throw new Error(`internal: knownLoads: a jump back to label #${target} knows less than its code assumed`);
    }
  }

  /**
   * The label `id` is bound at the next instruction; `fromAnywhere`: code emitted later may jump there
   * whatever it knows (an error exit placed between handlers), so its code starts knowing nothing.
   */
  bind(id: number, fromAnywhere = false): void {
    const jumps = this.waiting.get(id);
    this.waiting.delete(id);
    if (jumps === undefined || fromAnywhere) this.held.clear();
    else this.held = agreed(this.fallsThrough ? [this.held, ...jumps] : jumps);
    this.fallsThrough = true;
    this.assumed.set(id, new Map(this.held));
  }

  /** Whether `ldx size dst, [base+off]` would leave every register as it is. */
  holds(dst: number, size: Size, base: number, off: number): boolean {
    return sameFact({ size, base, off }, this.held.get(dst));
  }

  /** Whether `stx size [base+off], src` would leave memory as it is. */
  stored(size: Size, base: number, off: number, src: number): boolean {
    return src !== base && this.holds(src, size, base, off);
  }

  /** Whether `dst` holds the 64-bit constant `value` (two's complement). */
  holdsConstant(dst: number, value: bigint): boolean {
    return sameFact({ value: BigInt.asUintN(64, value) }, this.held.get(dst));
  }

  /** After `lddw dst, value` (its two slots) ran. */
  loadedConstant(dst: number, value: bigint): void {
    this.held.set(dst, { value: BigInt.asUintN(64, value) });
  }

  /** Updates what the registers hold after `insn` runs (and falls through); `lddw` forgets its register. */
  after(insn: Insn): void {
    const info = describeOpcode(insn.opcode);
    if (!info) throw new Error(`internal: knownLoads: unknown opcode ${insn.opcode}`);
    this.fallsThrough = info.kind !== 'ja' && info.kind !== 'exit';
    switch (info.kind) {
      case 'jmp':
        return;
      case 'ldx':
        this.written(insn.dst);
        if (insn.dst !== insn.src) this.held.set(insn.dst, { size: info.size, base: insn.src, off: insn.off });
        return;
      case 'st':
      case 'stx':
        this.overwritten(insn.dst, insn.off, info.size);
        // A narrower store keeps only the low bytes: loading them back would not give the register.
        // A register that holds a constant keeps that knowledge (it spares a constant load, the word a reload).
        if (info.kind === 'stx' && info.size === 8 && insn.src !== insn.dst && !this.holdsAnyConstant(insn.src)) {
          this.held.set(insn.src, { size: 8, base: insn.dst, off: insn.off });
        }
        return;
      case 'alu':
      case 'lddw':
        this.written(insn.dst);
        if (insn.opcode === MOV_IMM) this.loadedConstant(insn.dst, BigInt(insn.imm));
        return;
      default: // ja, call, exit: what follows is reached another way, or after a callee changed memory
        this.held.clear();
    }
  }

  private holdsAnyConstant(reg: number): boolean {
    const fact = this.held.get(reg);
    return fact !== undefined && 'value' in fact;
  }

  private written(reg: number): void {
    this.held.delete(reg);
    for (const [r, fact] of this.held) if ('base' in fact && fact.base === reg) this.held.delete(r);
  }

  private overwritten(base: number, off: number, size: number): void {
    for (const [r, fact] of this.held) {
      if (!('base' in fact)) continue;
      const sameBase = fact.base === base;
      const overlaps = fact.off < off + size && off < fact.off + fact.size;
      if (sameBase ? overlaps : base !== FRAME_POINTER || fact.base !== FRAME_POINTER) this.held.delete(r);
    }
  }
}
