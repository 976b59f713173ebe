// The assembler: the only API through which the sBPF code generator produces machine code.
// In: a stream of calls (labels, instructions, syscalls, read-only data). Out: `AssembledProgram`,
// i.e. .text with every label resolved, .rodata, the entry pc and the relocations the ELF writer
// turns into .rel.dyn entries. A jump too far for its 16-bit offset is relaxed (relax.ts). Every misuse
// (bad immediate, unbound label) is a compiler bug, so it throws `internal: …`.

import { FRAME_POINTER, OP, isI16, isI32, regNumber, writeInsn, INSN_BYTES } from './isa.js';
import type { AluOp, Insn, JmpCond, Operand, Reg, Size } from './isa.js';
import type { SyscallName } from './syscalls.js';
import { KnownLoads } from './knownloads.js';
import { relaxJumps } from './relax.js';

export interface Label {
  readonly id: number;
  readonly name: string;
}

/** A blob inside .rodata: byte offset from the start of the section and its length. */
export interface RodataRef {
  readonly offset: number;
  readonly length: number;
}

/**
 * `rodata`: the `lddw` at `pc` loads an address inside .rodata. In `text` its two immediates hold
 * the offset from the start of .rodata; the ELF writer replaces it with the absolute address the VM
 * maps it at (0x1_0000_0000 + the section's address), so it needs no loader relocation.
 * `syscall`: the `call imm=-1` at `pc` gets an R_BPF_64_32 against the undefined symbol `name`.
 */
export type Relocation = { pc: number; kind: 'rodata' } | { pc: number; kind: 'syscall'; name: string };

export interface AssembledProgram {
  text: Uint8Array;
  rodata: Uint8Array;
  /** 8-byte words of .rodata (at) that hold the address of another .rodata offset (to): the ELF writer fills them. */
  rodataPointers: { at: number; to: number }[];
  entryPc: number;
  /** Sorted by pc. */
  relocations: Relocation[];
  /** pc → label name (the first label bound there), for listings. */
  labels: Map<number, string>;
  /** pc → comments attached to the instruction there (pc = slot count: trailing comments). */
  comments: Map<number, string[]>;
}

type AluSourceOp = Exclude<AluOp, 'neg'>;

interface Fixup {
  pc: number;
  label: Label;
  kind: 'jump' | 'call';
}

const ST_IMM_RANGE: Record<Size, [number, number]> = {
  1: [-0x80, 0xff],
  2: [-0x8000, 0xffff],
  4: [-0x8000_0000, 0x7fff_ffff],
  8: [-0x8000_0000, 0x7fff_ffff],
};

const fail = (message: string): never => {
  throw new Error(`internal: ${message}`);
};

function immediate(value: number, what: string): number {
  if (!isI32(value)) fail(`${what}: immediate ${value} is not a signed 32-bit integer`);
  return value;
}

function offset16(off: number, what: string): number {
  if (!isI16(off)) fail(`${what}: offset ${off} does not fit a signed 16-bit field`);
  return off;
}

function writable(reg: Reg, what: string): number {
  const n = regNumber(reg);
  if (n === FRAME_POINTER) fail(`${what}: r10 is read-only in SBPF v0`);
  return n;
}

/**
 * r10 in the entrypoint's frame: SBPF v0 has fixed 4 KiB frames, and the VM starts a program with r10 at the
 * top of the first (stack region 0x2_0000_0000 + 4096), on every runtime.
 */
const ENTRY_FRAME_POINTER = 0x2_0000_1000n;

export class Assembler {
  /**
   * `elideRedundant: false` emits every instruction as written: for hand-written programs that test the VM
   * itself (instruction by instruction, CU by CU), where a redundant-looking load is the point.
   */
  constructor(private readonly options: { elideRedundant?: boolean } = {}) {}

  private get elides(): boolean {
    return this.options.elideRedundant ?? true;
  }

  private readonly slots: Insn[] = [];
  private readonly fixups: Fixup[] = [];
  private readonly relocations: Relocation[] = [];
  private readonly rodataPointers: { at: number; to: number }[] = [];
  private readonly labelList: Label[] = [];
  private readonly usedNames = new Set<string>();
  /** name → the first suffix `newLabel` has not tried for it. */
  private readonly nextSuffix = new Map<string, number>();
  /** label id → pc, in bind order. */
  private readonly boundAt = new Map<number, number>();
  private pendingComments: string[] = [];
  private readonly commentsAt = new Map<number, string[]>();
  private rodataBytes = new Uint8Array(64);
  private rodataLength = 0;
  /** hex of a blob → offsets where it already sits. */
  private readonly blobs = new Map<string, number[]>();
  /** The pc of the latest label binding: an instruction there may be reached by a jump. */
  private lastBindPc = -1;
  /**
   * What the registers hold (across labels, what every way in agrees on): a load of what a register already
   * holds, a store of what the memory already holds, or a constant a register already holds, is left out.
   */
  private readonly known = new KnownLoads();
  /**
   * Set while the code generator emits code that runs in the entrypoint's own frame (the entrypoint and
   * the handlers it jumps to), not in a called routine's.
   */
  inEntryFrame = false;

  /** The address of r10 + offset when the code being emitted runs in the entrypoint's frame, else null. */
  frameAddress(offset: number): bigint | null {
    return this.inEntryFrame ? ENTRY_FRAME_POINTER + BigInt(offset) : null;
  }

  /** Slot index of the next instruction. */
  get pc(): number {
    return this.slots.length;
  }

  /**
   * Whether any instruction emitted since `startPc` may have left a value other than 0 in `reg`: loads and
   * ALU results into it, and internal calls (which return in r0). Syscalls return 0 whenever the program
   * goes on, so they do not count.
   */
  mayHaveWritten(reg: Reg, startPc: number): boolean {
    const n = regNumber(reg);
    // Latest first, in place: a handler asks about its whole body, which most often wrote the register lately.
    for (let pc = this.slots.length - 1; pc >= startPc; pc--) {
      const insn = this.slots[pc]!;
      const cls = insn.opcode & 0x07;
      if (insn.opcode === OP.call ? insn.src === 1 && n === 0
        : (cls === 0x00 || cls === 0x01 || cls === 0x04 || cls === 0x07) && insn.dst === n && insn.opcode !== 0) return true;
    }
    return false;
  }

  newLabel(name: string): Label {
    // The first of name, name_1, name_2… not yet taken; names are never released, so the search for the
    // next one resumes where this one stopped (thousands of `require`s ask for the same name).
    let unique = name;
    // Suffixes below the one remembered are taken already: thousands of `error_6000_<n>` stay linear.
    let n = this.nextSuffix.get(name) ?? 1;
    for (; this.usedNames.has(unique); n++) unique = `${name}_${n}`;
    this.nextSuffix.set(name, n);
    this.usedNames.add(unique);
    const label: Label = { id: this.labelList.length, name: unique };
    this.labelList.push(label);
    return label;
  }

  /** Binds `label` at the next instruction; `fromAnywhere`: see KnownLoads.bind. */
  bind(label: Label, fromAnywhere = false): void {
    this.own(label);
    if (this.boundAt.has(label.id)) fail(`label ${label.name} bound twice`);
    // A jump to the very next instruction does nothing: drop it (a label bound at it now means here). Not when
    // another label is already bound here, after the jump: it would then name the instruction after this one.
    const lastFixup = this.fixups.at(-1);
    if (lastFixup && lastFixup.label === label && lastFixup.kind === 'jump' && lastFixup.pc === this.pc - 1
      && this.slots[lastFixup.pc]!.opcode === OP.ja && this.lastBindPc !== this.pc) {
      this.fixups.pop();
      this.slots.pop();
      const comments = this.commentsAt.get(this.pc);
      if (comments) {
        this.commentsAt.delete(this.pc);
        this.pendingComments = [...comments, ...this.pendingComments];
      }
    }
    this.boundAt.set(label.id, this.pc);
    this.lastBindPc = this.pc;
    this.known.bind(label.id, fromAnywhere);
  }

  comment(text: string): void {
    this.pendingComments.push(text);
  }

  alu(op: AluOp, dst: Reg, src: Operand): void {
    if (op === 'neg') return fail('neg takes no source operand: call neg(dst)');
    const d = writable(dst, `${op}64`);
    // In the entrypoint's frame r10 is a constant: `mov d, r10; add d, k` is one lddw (the same two slots).
    const last = this.slots.at(-1);
    if (op === 'add' && typeof src === 'number' && this.inEntryFrame && this.lastBindPc !== this.pc
      && last && last.opcode === OP.aluReg('mov') && last.dst === d && last.src === 10) {
      this.slots.pop();
      this.lddw(dst, ENTRY_FRAME_POINTER + BigInt(src));
      return;
    }
    if (typeof src === 'string') {
      this.emit({ opcode: OP.aluReg(op), dst: d, src: regNumber(src), off: 0, imm: 0 });
      return;
    }
    const imm = immediate(src, `${op}64`);
    if ((op === 'div' || op === 'mod') && imm === 0) fail(`${op}64 by immediate 0 is rejected by the verifier`);
    if ((op === 'lsh' || op === 'rsh' || op === 'arsh') && (imm < 0 || imm > 63)) {
      fail(`${op}64 by ${imm}: shift amounts are 0..63`);
    }
    if (op === 'mov' && this.elides && this.known.holdsConstant(d, BigInt(imm))) return;
    this.emit({ opcode: OP.aluImm(op as AluSourceOp), dst: d, src: 0, off: 0, imm });
  }

  mov(dst: Reg, src: Operand): void { this.alu('mov', dst, src); }
  add(dst: Reg, src: Operand): void { this.alu('add', dst, src); }
  sub(dst: Reg, src: Operand): void { this.alu('sub', dst, src); }
  mul(dst: Reg, src: Operand): void { this.alu('mul', dst, src); }
  div(dst: Reg, src: Operand): void { this.alu('div', dst, src); }
  mod(dst: Reg, src: Operand): void { this.alu('mod', dst, src); }
  and(dst: Reg, src: Operand): void { this.alu('and', dst, src); }
  or(dst: Reg, src: Operand): void { this.alu('or', dst, src); }
  xor(dst: Reg, src: Operand): void { this.alu('xor', dst, src); }
  lsh(dst: Reg, src: Operand): void { this.alu('lsh', dst, src); }
  rsh(dst: Reg, src: Operand): void { this.alu('rsh', dst, src); }
  arsh(dst: Reg, src: Operand): void { this.alu('arsh', dst, src); }

  neg(dst: Reg): void {
    this.emit({ opcode: OP.neg64, dst: writable(dst, 'neg64'), src: 0, off: 0, imm: 0 });
  }

  /** Loads a full 64-bit constant (two slots, one instruction, 1 CU). Signed or unsigned spelling. */
  lddw(dst: Reg, value: bigint): void {
    if (value < -(1n << 63n) || value >= 1n << 64n) fail(`lddw: ${value} does not fit 64 bits`);
    const bits = BigInt.asUintN(64, value);
    const d = writable(dst, 'lddw');
    if (this.elides && this.known.holdsConstant(d, bits)) return;
    this.emitLddw(d, Number(BigInt.asIntN(32, bits)), Number(BigInt.asIntN(32, bits >> 32n)));
    this.known.loadedConstant(d, bits);
  }

  /** Loads the address of `ref.offset + addend` inside .rodata. */
  lddwRodata(dst: Reg, ref: RodataRef, addend = 0): void {
    const target = ref.offset + addend;
    if (!Number.isInteger(target) || target < 0 || target > this.rodataLength) {
      fail(`lddwRodata: offset ${target} is outside .rodata (${this.rodataLength} bytes)`);
    }
    this.relocations.push({ pc: this.pc, kind: 'rodata' });
    this.emitLddw(writable(dst, 'lddw'), target, 0);
  }

  ldx(size: Size, dst: Reg, base: Reg, off: number): void {
    const d = writable(dst, 'ldx');
    // Reloading the value the previous instruction stored from this very register is a no-op (unless a
    // jump may land between the two).
    const last = this.slots.at(-1);
    if (this.elides && last && last.opcode === OP.stx(size) && last.dst === regNumber(base) && last.src === d && last.off === off
      && d !== regNumber(base) && this.lastBindPc !== this.pc) return;
    if (this.elides && this.known.holds(d, size, regNumber(base), off)) return;
    this.emit({ opcode: OP.ldx(size), dst: d, src: regNumber(base), off: offset16(off, 'ldx'), imm: 0 });
  }

  stx(size: Size, base: Reg, off: number, src: Reg): void {
    if (this.elides && this.known.stored(size, regNumber(base), off, regNumber(src))) return;
    this.emit({ opcode: OP.stx(size), dst: regNumber(base), src: regNumber(src), off: offset16(off, 'stx'), imm: 0 });
  }

  st(size: Size, base: Reg, off: number, imm: number): void {
    const [min, max] = ST_IMM_RANGE[size];
    if (!Number.isInteger(imm) || imm < min || imm > max) fail(`st: ${imm} does not fit a ${size}-byte store`);
    this.emit({ opcode: OP.st(size), dst: regNumber(base), src: 0, off: offset16(off, 'st'), imm });
  }

  jump(target: Label): void {
    this.own(target);
    this.known.jumpTo(target.id, false);
    this.fixups.push({ pc: this.pc, label: target, kind: 'jump' });
    this.emit({ opcode: OP.ja, dst: 0, src: 0, off: 0, imm: 0 });
  }

  jumpIf(cond: JmpCond, dst: Reg, src: Operand, target: Label): void {
    this.own(target);
    const d = regNumber(dst);
    this.known.jumpTo(target.id, false);
    this.fixups.push({ pc: this.pc, label: target, kind: 'jump' });
    if (typeof src === 'string') {
      this.emit({ opcode: OP.jmpReg(cond), dst: d, src: regNumber(src), off: 0, imm: 0 });
    } else {
      this.emit({ opcode: OP.jmpImm(cond), dst: d, src: 0, off: 0, imm: immediate(src, cond) });
    }
  }

  /** Internal function call: src=1 marks it pc-relative, as LLVM emits for v0. */
  call(target: Label): void {
    this.own(target);
    this.known.jumpTo(target.id, true);
    this.fixups.push({ pc: this.pc, label: target, kind: 'call' });
    this.emit({ opcode: OP.call, dst: 0, src: 1, off: 0, imm: 0 });
  }

  syscall(name: SyscallName): void {
    this.relocations.push({ pc: this.pc, kind: 'syscall', name });
    this.emit({ opcode: OP.call, dst: 0, src: 0, off: 0, imm: -1 });
  }

  exit(): void {
    this.emit({ opcode: OP.exit, dst: 0, src: 0, off: 0, imm: 0 });
  }

  /**
   * Places `bytes` in .rodata (zero padding up to `align`), reusing an identical aligned blob; each of
   * `pointers` makes the 8 bytes at its offset in the blob the address of another .rodata blob.
   */
  rodata(bytes: Uint8Array, align = 1, pointers: readonly { at: number; to: RodataRef }[] = []): RodataRef {
    if (![1, 2, 4, 8].includes(align)) fail(`rodata: alignment ${align} is not 1, 2, 4 or 8`);
    const key = Buffer.from(bytes).toString('hex') + pointers.map((p) => ` ${p.at}->${p.to.offset}`).join('');
    const reusable = this.blobs.get(key)?.find((offset) => offset % align === 0);
    if (reusable !== undefined) return { offset: reusable, length: bytes.length };
    const offset = Math.ceil(this.rodataLength / align) * align;
    // An empty blob still needs mapped memory at its address, so it gets one zero byte.
    this.reserveRodata(offset + Math.max(bytes.length, 1));
    this.rodataBytes.set(bytes, offset);
    this.blobs.set(key, [...(this.blobs.get(key) ?? []), offset]);
    for (const p of pointers) {
      if (p.at < 0 || p.at + 8 > bytes.length) fail(`rodata: pointer at ${p.at} is outside the blob`);
      this.rodataPointers.push({ at: offset + p.at, to: p.to.offset });
    }
    return { offset, length: bytes.length };
  }

  finish(entry: Label): AssembledProgram {
    this.known.jumpTo(entry.id, true); // the VM enters there knowing nothing
    const count = this.slots.length;
    const jumps = this.fixups.filter((f) => f.kind === 'jump').map((f) => ({ pc: f.pc, target: this.resolve(f.label, count) }));
    // Jumps that do not fit 16 bits are rewritten (relax.ts); a program whose jumps all fit keeps its slots.
    const { slots, newPc, islands } = relaxJumps(this.slots, jumps);
    const text = new Uint8Array(slots.length * INSN_BYTES);
    slots.forEach((slot, pc) => writeInsn(text, pc * INSN_BYTES, slot));
    for (const { pc, label, kind } of this.fixups) {
      if (kind !== 'call') continue;
      const at = newPc[pc]!;
      writeInsn(text, at * INSN_BYTES, { ...slots[at]!, imm: newPc[this.resolve(label, count)]! - (at + 1) });
    }
    const labels = new Map<number, string>();
    for (const [id, pc] of this.boundAt) {
      if (pc < count && !labels.has(newPc[pc]!)) labels.set(newPc[pc]!, this.labelList[id]!.name);
    }
    const comments = new Map([...this.commentsAt].map(([pc, lines]) => [newPc[pc]!, [...lines]]));
    if (this.pendingComments.length > 0) {
      comments.set(slots.length, [...(comments.get(slots.length) ?? []), ...this.pendingComments]);
    }
    let island = 0;
    for (const [pc, text] of islands) {
      labels.set(pc, `far_jump_island_${island++}`);
      comments.set(pc, [text, ...(comments.get(pc) ?? [])]);
    }
    return {
      text,
      rodata: this.rodataBytes.slice(0, this.rodataLength),
      rodataPointers: [...this.rodataPointers],
      entryPc: newPc[this.resolve(entry, count)]!,
      relocations: this.relocations.map((r) => ({ ...r, pc: newPc[r.pc]! })).sort((a, b) => a.pc - b.pc),
      labels,
      comments,
    };
  }

  private resolve(label: Label, count: number): number {
    this.own(label);
    const pc = this.boundAt.get(label.id) ?? fail(`label ${label.name} is never bound`);
    if (pc >= count) fail(`label ${label.name} is bound after the last instruction`);
    return pc;
  }

  private own(label: Label): void {
    if (this.labelList[label.id] !== label) fail(`label ${label.name} belongs to another assembler`);
  }

  private emitLddw(dst: number, low: number, high: number): void {
    this.emit({ opcode: OP.lddw, dst, src: 0, off: 0, imm: low });
    this.slots.push({ opcode: 0, dst: 0, src: 0, off: 0, imm: high });
  }

  private emit(insn: Insn): void {
    if (this.pendingComments.length > 0) {
      this.commentsAt.set(this.pc, this.pendingComments);
      this.pendingComments = [];
    }
    this.slots.push(insn);
    this.known.after(insn);
  }

  private reserveRodata(length: number): void {
    if (length > this.rodataBytes.length) {
      const grown = new Uint8Array(Math.max(length, this.rodataBytes.length * 2));
      grown.set(this.rodataBytes.subarray(0, this.rodataLength));
      this.rodataBytes = grown;
    }
    this.rodataLength = Math.max(this.rodataLength, length);
  }
}
