// Readable, deterministic listings of sBPF v0 code, used for golden files and for debugging.
// In: ELF bytes (`disassemble`: labels synthesized as fn_<pc> for call targets and L<pc> for jump
// targets) or an `AssembledProgram` (`listing`: the assembler's own label names and comments).
// Out: one text format for both: a header, one line per instruction (`pc  mnemonic operands`, with
// syscall names and `rodata+0x..` references plus a quoted preview of printable data), and a
// hex dump of .rodata.

import type { AssembledProgram, Relocation } from './assembler.js';
import { readElf } from './elf.js';
import { INSN_BYTES, OP, decodeInsn, describeOpcode, lddwValue } from './isa.js';
import type { Insn } from './isa.js';

const PREVIEW_LIMIT = 32;

/** What a listing shows of a program (the ELF reader gives back all of it but the .rodata pointer table). */
type Listed = Pick<AssembledProgram, 'text' | 'rodata' | 'entryPc' | 'relocations' | 'labels' | 'comments'>;

export function disassemble(elf: Uint8Array): string {
  const program = readElf(elf);
  const labels = new Map<number, string>([[program.entryPc, 'entrypoint']]);
  return render({ ...program, labels, comments: new Map() });
}

export function listing(p: AssembledProgram): string {
  return render(p);
}

function render(code: Listed): string {
  const count = code.text.length / INSN_BYTES;
  const slot = (pc: number) => decodeInsn(code.text, pc * INSN_BYTES);
  const relocationAt = new Map(code.relocations.map((r) => [r.pc, r]));
  const labels = withSynthesizedLabels(code, count, slot, relocationAt);
  // Every .rodata offset some lddw loads: a preview stops where the next referenced blob begins.
  const referenced = [...new Set(code.relocations.filter((r) => r.kind === 'rodata').map((r) => slot(r.pc).imm))];
  const previewAt = (offset: number) => preview(code.rodata, offset, Math.min(...referenced.filter((o) => o > offset), code.rodata.length));

  const lines = [`; sbpf v0  .text ${count} slots  .rodata ${code.rodata.length} bytes  entry #${code.entryPc}`];
  for (let pc = 0; pc < count; pc++) {
    const label = labels.get(pc);
    if (label !== undefined) lines.push(`${label}:`);
    for (const comment of code.comments.get(pc) ?? []) lines.push(`        ; ${comment}`);
    const insn = slot(pc);
    const line = instruction(insn, pc, pc + 1 < count ? slot(pc + 1) : undefined, relocationAt.get(pc), labels, previewAt);
    lines.push(`${String(pc).padStart(6)}  ${line}`);
    if (insn.opcode === OP.lddw) pc++;
  }
  for (const comment of code.comments.get(count) ?? []) lines.push(`        ; ${comment}`);
  return [...lines, ...hexDump(code.rodata)].join('\n') + '\n';
}

/** The given labels plus fn_<pc> for every unnamed call target and L<pc> for every unnamed jump target. */
function withSynthesizedLabels(
  code: Listed, count: number, slot: (pc: number) => Insn, relocationAt: Map<number, Relocation>,
): Map<number, string> {
  const labels = new Map(code.labels);
  const calls: number[] = [], jumps: number[] = [];
  for (let pc = 0; pc < count; pc++) {
    const insn = slot(pc);
    const info = describeOpcode(insn.opcode);
    if (info?.kind === 'call' && !relocationAt.has(pc)) calls.push(pc + 1 + insn.imm);
    if (info?.kind === 'ja' || info?.kind === 'jmp') jumps.push(pc + 1 + insn.off);
    if (info?.kind === 'lddw') pc++;
  }
  for (const target of calls) if (!labels.has(target)) labels.set(target, `fn_${target}`);
  for (const target of jumps) if (!labels.has(target)) labels.set(target, `L${target}`);
  return labels;
}

function instruction(
  insn: Insn, pc: number, next: Insn | undefined, relocation: Relocation | undefined,
  labels: Map<number, string>, previewAt: (offset: number) => string | null,
): string {
  const info = describeOpcode(insn.opcode);
  const r = (n: number) => `r${n}`;
  const memory = (base: number, off: number) => `[r${base}${off < 0 ? '-' : '+'}${Math.abs(off)}]`;
  const target = (delta: number) => labels.get(pc + 1 + delta) ?? `#${pc + 1 + delta}`;
  if (!info) return `.slot opcode=0x${insn.opcode.toString(16)} dst=${insn.dst} src=${insn.src} off=${insn.off} imm=${insn.imm}`;
  switch (info.kind) {
    case 'alu':
      if (info.source === 'none') return `${info.mnemonic} ${r(insn.dst)}`;
      return `${info.mnemonic} ${r(insn.dst)}, ${info.source === 'reg' ? r(insn.src) : insn.imm}`;
    case 'jmp':
      return `${info.mnemonic} ${r(insn.dst)}, ${info.source === 'reg' ? r(insn.src) : insn.imm}, ${target(insn.off)}`;
    case 'ja':
      return `ja ${target(insn.off)}`;
    case 'ldx':
      return `${info.mnemonic} ${r(insn.dst)}, ${memory(insn.src, insn.off)}`;
    case 'st':
      return `${info.mnemonic} ${memory(insn.dst, insn.off)}, ${insn.imm}`;
    case 'stx':
      return `${info.mnemonic} ${memory(insn.dst, insn.off)}, ${r(insn.src)}`;
    case 'exit':
      return 'exit';
    case 'call':
      if (relocation?.kind === 'syscall') return `syscall ${relocation.name}`;
      return `call ${target(insn.imm)}`;
    case 'lddw': {
      if (relocation?.kind === 'rodata') {
        const text = previewAt(insn.imm);
        return `lddw ${r(insn.dst)}, rodata+0x${insn.imm.toString(16)}${text === null ? '' : `  ; ${text}`}`;
      }
      const value = next ? lddwValue(insn, next) : BigInt(insn.imm >>> 0);
      return `lddw ${r(insn.dst)}, 0x${value.toString(16)}`;
    }
  }
}

/** The printable text at `offset`, up to `end` (the next referenced blob), a NUL, or 32 characters. */
function preview(rodata: Uint8Array, offset: number, end: number): string | null {
  let text = '';
  for (let i = offset; i < end && i < rodata.length; i++) {
    const byte = rodata[i]!;
    if (byte === 0) break;
    if (byte < 0x20 || byte > 0x7e) return null;
    if (text.length === PREVIEW_LIMIT) return `${JSON.stringify(text)}…`;
    text += String.fromCharCode(byte);
  }
  return text.length > 0 ? JSON.stringify(text) : null;
}

function hexDump(rodata: Uint8Array): string[] {
  if (rodata.length === 0) return [];
  const lines = ['.rodata:'];
  for (let at = 0; at < rodata.length; at += 16) {
    const row = [...rodata.subarray(at, at + 16)];
    const hexBytes = row.map((b) => b.toString(16).padStart(2, '0')).join(' ');
    const ascii = row.map((b) => (b >= 0x20 && b <= 0x7e ? String.fromCharCode(b) : '.')).join('');
    lines.push(`  ${at.toString(16).padStart(4, '0')}  ${hexBytes.padEnd(47)}  |${ascii}|`);
  }
  return lines;
}
