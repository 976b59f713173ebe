// Which registers still hold a memory word, for the assembler's redundant-load and redundant-store elision.
// In: the instructions in emission order, each jump or call with its target label, and each label binding.
// Out: whether a load would put into its register what the register already holds, or a store would write
// what the memory already holds, so the assembler can leave it out (1 CU and 8 bytes each).
// Sound by being conservative: a store through any register but r10 may alias anything, and a store through
// r10 may alias any other register's pointer (it may point into the stack); calls and syscalls forget all.
// Across a label the knowledge is what every way in agrees on: the fall-through and each jump already
// emitted to it. A label no jump has reached when it is bound (a loop head, a routine, the entry) starts with
// nothing known, and a label bound while knowing something accepts no later jump that knows less.
import { describeOpcode, FRAME_POINTER, type Insn, type Size } from './isa.js';

interface Word {
  size: Size;
  base: number;
  off: number;
}

/** register → the memory word it holds. */
type Held = ReadonlyMap<number, Word>;

const overlaps = (a: Word, off: number, size: number): boolean => a.off < off + size && off < a.off + a.size;
const sameWord = (a: Word, b: Word | undefined): boolean =>
  b !== undefined && a.size === b.size && a.base === b.base && a.off === b.off;

/** What every one of `states` holds. */
function agreed(states: readonly Held[]): Map<number, Word> {
  const [first, ...rest] = states;
  const result = new Map<number, Word>();
  for (const [reg, word] of first ?? []) if (rest.every((s) => sameWord(word, s.get(reg)))) result.set(reg, word);
  return result;
}

export class KnownLoads {
  /** register → the memory it holds, loaded or stored and not written since. */
  private held = new Map<number, Word>();
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
      this.waiting.set(target, [...(this.waiting.get(target) ?? []), state]);
    } else if ([...assumed].some(([reg, word]) => !sameWord(word, state.get(reg)))) {
      throw new Error(`internal: knownLoads: a jump back to label #${target} knows less than its code assumed`);
    }
  }

  /** The label `id` is bound at the next instruction. */
  bind(id: number): void {
    const jumps = this.waiting.get(id);
    this.waiting.delete(id);
    if (jumps === undefined) this.held.clear();
    else this.held = agreed(this.fallsThrough ? [this.held, ...jumps] : jumps);
    this.fallsThrough = true;
    this.assumed.set(id, new Map(this.held));
  }

  /** Whether `ldx size dst, [base+off]` would leave every register as it is. */
  holds(dst: number, size: Size, base: number, off: number): boolean {
    return sameWord({ size, base, off }, this.held.get(dst));
  }

  /** Whether `stx size [base+off], src` would leave memory as it is. */
  stored(size: Size, base: number, off: number, src: number): boolean {
    return src !== base && this.holds(src, size, base, off);
  }

  /** Updates what the registers hold after `insn` runs (and falls through). */
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
        if (info.kind === 'stx' && info.size === 8 && insn.src !== insn.dst) {
          this.held.set(insn.src, { size: 8, base: insn.dst, off: insn.off });
        }
        return;
      case 'alu':
      case 'lddw':
        this.written(insn.dst);
        return;
      default: // ja, call, exit: what follows is reached another way, or after a callee changed memory
        this.held.clear();
    }
  }

  private written(reg: number): void {
    this.held.delete(reg);
    for (const [r, word] of this.held) if (word.base === reg) this.held.delete(r);
  }

  private overwritten(base: number, off: number, size: number): void {
    for (const [r, word] of this.held) {
      const sameBase = word.base === base;
      if (sameBase ? overlaps(word, off, size) : base !== FRAME_POINTER || word.base !== FRAME_POINTER) this.held.delete(r);
    }
  }
}
