// The sBPF v0 instruction set as far as this compiler uses it: registers, opcode tables, the 8-byte
// slot encoding, and the bytecode verifier's rules (solana-sbpf `verifier.rs`, SBPF v0).
// In: instruction fields or raw .text bytes. Out: encoded slots, decoded fields, opcode descriptions,
// and `verifyText`, which throws an internal error for any program the loader's verifier rejects.
//
// Slot layout (little endian): opcode u8 | dst u4 (low) src u4 (high) | off i16 | imm i32.
// v0 leaves out JMP32, atomics, signed div/mod and PQR; ALU32 exists but sign-extends its result,
// so only the 64-bit ALU class is offered.

export type Reg = 'r0' | 'r1' | 'r2' | 'r3' | 'r4' | 'r5' | 'r6' | 'r7' | 'r8' | 'r9' | 'r10';
/** A register or a signed 32-bit immediate (the VM sign-extends it to 64 bits). */
export type Operand = Reg | number;
export type AluOp =
  | 'add' | 'sub' | 'mul' | 'div' | 'or' | 'and' | 'lsh' | 'rsh' | 'neg' | 'mod' | 'xor' | 'mov' | 'arsh';
export type JmpCond =
  | 'jeq' | 'jgt' | 'jge' | 'jlt' | 'jle' | 'jset' | 'jne' | 'jsgt' | 'jsge' | 'jslt' | 'jsle';
/** Access width in bytes: b, h, w, dw. */
export type Size = 1 | 2 | 4 | 8;

/** One 8-byte instruction slot. `lddw` occupies two; the second has opcode 0. */
export interface Insn {
  opcode: number;
  dst: number;
  src: number;
  off: number;
  imm: number;
}

export const INSN_BYTES = 8;
export const FRAME_POINTER = 10;

export const REGISTERS: readonly Reg[] = ['r0', 'r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7', 'r8', 'r9', 'r10'];

export function regNumber(reg: Reg): number {
  const n = REGISTERS.indexOf(reg);
  if (n < 0) throw new Error(`internal: not a register: ${String(reg)}`);
  return n;
}

// Opcode = operation | source bit | class. Classes: LDX 0x01, ST 0x02, STX 0x03, JMP 0x05, ALU64 0x07.
const ALU64 = 0x07;
const JMP = 0x05;
const SOURCE_REG = 0x08;
const MEM = 0x60;
const SIZE_BITS: Record<Size, number> = { 4: 0x00, 2: 0x08, 1: 0x10, 8: 0x18 };
const SIZE_SUFFIX: Record<Size, string> = { 1: 'b', 2: 'h', 4: 'w', 8: 'dw' };
const ALU_BITS: Record<AluOp, number> = {
  add: 0x00, sub: 0x10, mul: 0x20, div: 0x30, or: 0x40, and: 0x50, lsh: 0x60, rsh: 0x70,
  neg: 0x80, mod: 0x90, xor: 0xa0, mov: 0xb0, arsh: 0xc0,
};
const JMP_BITS: Record<JmpCond, number> = {
  jeq: 0x10, jgt: 0x20, jge: 0x30, jset: 0x40, jne: 0x50, jsgt: 0x60, jsge: 0x70,
  jlt: 0xa0, jle: 0xb0, jslt: 0xc0, jsle: 0xd0,
};

export const OP = {
  lddw: 0x18,
  ja: 0x05,
  call: 0x85,
  exit: 0x95,
  neg64: ALU_BITS.neg | ALU64,
  aluImm: (op: Exclude<AluOp, 'neg'>) => ALU_BITS[op] | ALU64,
  aluReg: (op: Exclude<AluOp, 'neg'>) => ALU_BITS[op] | SOURCE_REG | ALU64,
  jmpImm: (cond: JmpCond) => JMP_BITS[cond] | JMP,
  jmpReg: (cond: JmpCond) => JMP_BITS[cond] | SOURCE_REG | JMP,
  ldx: (size: Size) => MEM | SIZE_BITS[size] | 0x01,
  st: (size: Size) => MEM | SIZE_BITS[size] | 0x02,
  stx: (size: Size) => MEM | SIZE_BITS[size] | 0x03,
} as const;

/** What an opcode is, for the verifier and the disassembler. */
export type OpcodeInfo =
  | { kind: 'alu'; op: AluOp; mnemonic: string; source: 'imm' | 'reg' | 'none' }
  | { kind: 'jmp'; cond: JmpCond; mnemonic: string; source: 'imm' | 'reg' }
  | { kind: 'ldx' | 'st' | 'stx'; size: Size; mnemonic: string }
  | { kind: 'lddw' | 'ja' | 'call' | 'exit'; mnemonic: string };

function buildOpcodeTable(): Map<number, OpcodeInfo> {
  const table = new Map<number, OpcodeInfo>();
  for (const op of Object.keys(ALU_BITS) as AluOp[]) {
    if (op === 'neg') {
      table.set(OP.neg64, { kind: 'alu', op, mnemonic: 'neg64', source: 'none' });
      continue;
    }
    table.set(OP.aluImm(op), { kind: 'alu', op, mnemonic: `${op}64`, source: 'imm' });
    table.set(OP.aluReg(op), { kind: 'alu', op, mnemonic: `${op}64`, source: 'reg' });
  }
  for (const cond of Object.keys(JMP_BITS) as JmpCond[]) {
    table.set(OP.jmpImm(cond), { kind: 'jmp', cond, mnemonic: cond, source: 'imm' });
    table.set(OP.jmpReg(cond), { kind: 'jmp', cond, mnemonic: cond, source: 'reg' });
  }
  for (const size of [1, 2, 4, 8] as Size[]) {
    table.set(OP.ldx(size), { kind: 'ldx', size, mnemonic: `ldx${SIZE_SUFFIX[size]}` });
    table.set(OP.st(size), { kind: 'st', size, mnemonic: `st${SIZE_SUFFIX[size]}` });
    table.set(OP.stx(size), { kind: 'stx', size, mnemonic: `stx${SIZE_SUFFIX[size]}` });
  }
  table.set(OP.lddw, { kind: 'lddw', mnemonic: 'lddw' });
  table.set(OP.ja, { kind: 'ja', mnemonic: 'ja' });
  table.set(OP.call, { kind: 'call', mnemonic: 'call' });
  table.set(OP.exit, { kind: 'exit', mnemonic: 'exit' });
  return table;
}

const OPCODES = buildOpcodeTable();
/** The same table indexed by opcode byte: every slot the assembler emits is described at least once. */
const OPCODE_INFO: (OpcodeInfo | undefined)[] = Array.from({ length: 256 }, (_, opcode) => OPCODES.get(opcode));

/** Every opcode this compiler emits, with its description. */
export const EMITTED_OPCODES: ReadonlyMap<number, OpcodeInfo> = OPCODES;

export function describeOpcode(opcode: number): OpcodeInfo | undefined {
  return OPCODE_INFO[opcode];
}

export const isI16 = (n: number): boolean => Number.isInteger(n) && n >= -0x8000 && n <= 0x7fff;
export const isI32 = (n: number): boolean => Number.isInteger(n) && n >= -0x8000_0000 && n <= 0x7fff_ffff;

export function writeInsn(target: Uint8Array, byteOffset: number, insn: Insn): void {
  const { opcode, dst, src, off, imm } = insn;
  const fieldsFit =
    Number.isInteger(opcode) && opcode >= 0 && opcode <= 0xff &&
    Number.isInteger(dst) && dst >= 0 && dst <= 0xf &&
    Number.isInteger(src) && src >= 0 && src <= 0xf &&
    isI16(off) && isI32(imm);
  if (!fieldsFit) throw new Error(`internal: instruction fields out of range: ${JSON.stringify(insn)}`);
  target[byteOffset] = opcode;
  target[byteOffset + 1] = dst | (src << 4);
  target[byteOffset + 2] = off & 0xff;
  target[byteOffset + 3] = (off >> 8) & 0xff;
  target[byteOffset + 4] = imm & 0xff;
  target[byteOffset + 5] = (imm >> 8) & 0xff;
  target[byteOffset + 6] = (imm >> 16) & 0xff;
  target[byteOffset + 7] = (imm >> 24) & 0xff;
}

export function encodeInsn(insn: Insn): Uint8Array {
  const bytes = new Uint8Array(INSN_BYTES);
  writeInsn(bytes, 0, insn);
  return bytes;
}

export function decodeInsn(bytes: Uint8Array, offset: number): Insn {
  if (offset < 0 || offset + INSN_BYTES > bytes.length) {
    throw new Error(`internal: no instruction slot at byte ${offset} of ${bytes.length}`);
  }
  // Byte by byte, not through a DataView: .text is decoded slot by slot, hundreds of thousands in a large program.
  const regs = bytes[offset + 1]!;
  return {
    opcode: bytes[offset]!,
    dst: regs & 0xf,
    src: regs >> 4,
    off: ((bytes[offset + 2]! | (bytes[offset + 3]! << 8)) << 16) >> 16,
    imm: bytes[offset + 4]! | (bytes[offset + 5]! << 8) | (bytes[offset + 6]! << 16) | (bytes[offset + 7]! << 24),
  };
}

/** The 64-bit constant held by the two slots of an `lddw`. */
export function lddwValue(first: Insn, second: Insn): bigint {
  return (BigInt(second.imm >>> 0) << 32n) | BigInt(first.imm >>> 0);
}

/**
 * The SBPF v0 verifier's rules, applied to our opcode subset. Throws `internal: verifier: …` naming
 * the first offending instruction. Internal calls and syscalls are checked by the ELF validator,
 * which knows the relocations.
 */
export function verifyText(text: Uint8Array): void {
  if (text.length === 0 || text.length % INSN_BYTES !== 0) {
    throw new Error(`internal: verifier: .text is ${text.length} bytes, not a non-empty multiple of 8`);
  }
  const count = text.length / INSN_BYTES;
  const slot = (pc: number) => decodeInsn(text, pc * INSN_BYTES);
  const fail = (pc: number, why: string): never => {
    throw new Error(`internal: verifier: ${why} (insn #${pc})`);
  };
  for (let pc = 0; pc < count; pc++) {
    const insn = slot(pc);
    const info = describeOpcode(insn.opcode) ?? fail(pc, `opcode 0x${insn.opcode.toString(16)} is not in the v0 subset`);
    if (insn.src > FRAME_POINTER) fail(pc, `invalid source register r${insn.src}`);
    const stores = info.kind === 'st' || info.kind === 'stx';
    if (insn.dst > FRAME_POINTER || (insn.dst === FRAME_POINTER && !stores)) {
      fail(pc, `cannot write register r${insn.dst}`);
    }
    if (info.kind === 'lddw') {
      if (pc + 1 >= count) fail(pc, 'lddw cannot be the last slot');
      if (slot(pc + 1).opcode !== 0) fail(pc, 'incomplete lddw: second slot opcode is not 0');
      pc++;
    } else if (info.kind === 'alu' && info.source === 'imm') {
      if ((info.op === 'div' || info.op === 'mod') && insn.imm === 0) fail(pc, 'division by immediate 0');
      if ((info.op === 'lsh' || info.op === 'rsh' || info.op === 'arsh') && (insn.imm < 0 || insn.imm > 63)) {
        fail(pc, `shift by ${insn.imm} is outside 0..63`);
      }
    } else if (info.kind === 'ja' || info.kind === 'jmp') {
      const target = pc + 1 + insn.off;
      if (target < 0 || target >= count) fail(pc, `jump out of code to #${target}`);
      if (slot(target).opcode === 0) fail(pc, `jump into the middle of an lddw at #${target}`);
    }
  }
}
