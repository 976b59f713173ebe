// Which registers still hold a memory word, for the assembler's redundant-load elision. In: the instructions
// of one straight run of code, in order (reset wherever a jump may land). Out: whether a load would put into
// its register what the register already holds, so the assembler can leave it out (1 CU and 8 bytes each).
// Sound by being conservative: a store through any register but r10 may alias anything, and a store through
// r10 may alias any other register's pointer (it may point into the stack); calls and syscalls forget all.
import { describeOpcode, FRAME_POINTER, type Insn, type Size } from './isa.js';

interface Word {
  size: Size;
  base: number;
  off: number;
}

const overlaps = (a: Word, off: number, size: number): boolean => a.off < off + size && off < a.off + a.size;

export class KnownLoads {
  /** register → the memory it holds, loaded or stored since the last reset and not written since. */
  private readonly held = new Map<number, Word>();

  reset(): void {
    this.held.clear();
  }

  /** Whether `ldx size dst, [base+off]` would leave every register as it is. */
  holds(dst: number, size: Size, base: number, off: number): boolean {
    const word = this.held.get(dst);
    return word !== undefined && word.size === size && word.base === base && word.off === off;
  }

  /** Updates what the registers hold after `insn` runs (and falls through). */
  after(insn: Insn): void {
    const info = describeOpcode(insn.opcode);
    if (!info) throw new Error(`internal: knownLoads: unknown opcode ${insn.opcode}`);
    switch (info.kind) {
      case 'jmp':
        return;
      case 'ldx':
        this.written(insn.dst);
        if (insn.dst !== insn.src) this.held.set(insn.dst, { size: info.size, base: insn.src, off: insn.off });
        return;
      case 'st':
      case 'stx':
        this.stored(insn.dst, insn.off, info.size);
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

  private stored(base: number, off: number, size: number): void {
    for (const [r, word] of this.held) {
      const sameBase = word.base === base;
      if (sameBase ? overlaps(word, off, size) : base !== FRAME_POINTER || word.base !== FRAME_POINTER) this.held.delete(r);
    }
  }
}
