// The ELF writer, reader and validator: layout facts, a write/read round trip, one rejection per
// broken variant (each built by patching the bytes of a good file), murmur3, and the listings.

import { describe, expect, it } from 'vitest';
import { Assembler } from '../../src/backends/sbf/assembler.js';
import type { AssembledProgram } from '../../src/backends/sbf/assembler.js';
import { disassemble, listing } from '../../src/backends/sbf/disassembler.js';
import { readElf, validateElf, writeElf } from '../../src/backends/sbf/elf.js';
import { murmur3_32, symbolHash } from '../../src/backends/sbf/murmur3.js';
import { SYSCALL_HASHES } from '../../src/backends/sbf/syscalls.js';
import type { SyscallName } from '../../src/backends/sbf/syscalls.js';

const utf8 = (s: string) => new TextEncoder().encode(s);

/** Logs "hi" and "there" from .rodata, calls a helper that loads a constant, and returns 0. */
function sample(): AssembledProgram {
  const a = new Assembler();
  const entry = a.newLabel('entrypoint');
  const helper = a.newLabel('answer');
  const skip = a.newLabel('skip');
  a.bind(entry);
  const hi = a.rodata(utf8('hi'));
  const there = a.rodata(utf8('there'));
  a.comment('log "hi"');
  a.lddwRodata('r1', hi);
  a.mov('r2', hi.length);
  a.syscall('sol_log_');
  a.lddwRodata('r1', there);
  a.mov('r2', there.length);
  a.syscall('sol_log_');
  a.call(helper);
  a.jumpIf('jeq', 'r0', 42, skip);
  a.syscall('abort');
  a.bind(skip);
  a.mov('r0', 0);
  a.exit();
  a.bind(helper);
  a.lddw('r0', 42n);
  a.exit();
  return a.finish(entry);
}

interface SectionHeader { name: string; at: number; type: number; flags: number; addr: number; offset: number; size: number }

/** The section headers of `elf`, with `at` = the byte offset of each header (for patching). */
function sections(elf: Uint8Array): SectionHeader[] {
  const v = new DataView(elf.buffer, elf.byteOffset);
  const shoff = Number(v.getBigUint64(40, true)), shnum = v.getUint16(60, true), shstrndx = v.getUint16(62, true);
  const names = Number(v.getBigUint64(shoff + shstrndx * 64 + 24, true));
  return Array.from({ length: shnum }, (_, i) => {
    const at = shoff + i * 64;
    const nameStart = names + v.getUint32(at, true);
    return {
      name: Buffer.from(elf.subarray(nameStart, elf.indexOf(0, nameStart))).toString(), at,
      type: v.getUint32(at + 4, true), flags: Number(v.getBigUint64(at + 8, true)), addr: Number(v.getBigUint64(at + 16, true)),
      offset: Number(v.getBigUint64(at + 24, true)), size: Number(v.getBigUint64(at + 32, true)),
    };
  });
}

const section = (elf: Uint8Array, name: string) => sections(elf).find((s) => s.name === name)!;

function patched(change: (elf: Uint8Array, view: DataView) => void): Uint8Array {
  const elf = writeElf(sample());
  change(elf, new DataView(elf.buffer));
  return elf;
}

describe('writeElf layout', () => {
  const elf = writeElf(sample());
  const view = new DataView(elf.buffer);

  it('is an ET_DYN EM_BPF ELF64 with e_flags 0', () => {
    expect([...elf.subarray(0, 8)]).toEqual([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]);
    expect([view.getUint16(16, true), view.getUint16(18, true), view.getUint32(48, true)]).toEqual([3, 247, 0]);
  });

  it('has the seven sections in the order the loaders accept (docs/sbpf-facts.md §2), each at its own file offset', () => {
    expect(sections(elf).map((s) => s.name)).toEqual(['', '.text', '.rodata', '.dynsym', '.dynstr', '.rel.dyn', '.dynamic', '.shstrtab']);
    expect(sections(elf).filter((s) => s.flags & 2).every((s) => s.addr === s.offset)).toBe(true);
  });

  it('starts .text at 0x120 and points e_entry at the entry instruction', () => {
    expect(section(elf, '.text').offset).toBe(0x120);
    expect(Number(view.getBigUint64(24, true))).toBe(0x120);
  });

  it('leaves out .rodata and .rel.dyn when there is nothing to put in them', () => {
    const a = new Assembler();
    const entry = a.newLabel('entry');
    a.bind(entry);
    a.mov('r0', 0);
    a.exit();
    expect(sections(writeElf(a.finish(entry))).map((s) => s.name)).toEqual(['', '.text', '.dynsym', '.dynstr', '.dynamic', '.shstrtab']);
  });

  it('fills a .rodata word that points at another .rodata blob with that blob\'s address', () => {
    const a = new Assembler();
    const entry = a.newLabel('entrypoint');
    a.bind(entry);
    const target = a.rodata(utf8('target'), 8);
    const table = a.rodata(new Uint8Array(16), 8, [{ at: 8, to: target }]);
    a.lddwRodata('r1', table);
    a.mov('r0', 0);
    a.exit();
    const written = writeElf(a.finish(entry));
    const rodata = section(written, '.rodata');
    const word = new DataView(written.buffer).getBigUint64(rodata.offset + table.offset + 8, true);
    expect(word).toBe(0x1_0000_0000n + BigInt(rodata.addr + target.offset));
    expect(new DataView(written.buffer).getBigUint64(rodata.offset + table.offset, true)).toBe(0n);
  });

  it('writes the address the VM maps .rodata at into an lddw, with no relocation for it', () => {
    const rodata = section(elf, '.rodata');
    expect(view.getUint32(0x120 + 4, true)).toBe(rodata.addr);
    expect(view.getUint32(0x120 + 8 + 4, true)).toBe(1); // 0x1_0000_0000 + address
    expect(section(elf, '.rel.dyn').size).toBe(16 * 3); // the three syscalls only
  });

  it('calls validateElf on its own output', () => {
    const bad = { ...sample(), relocations: [{ pc: 3, kind: 'syscall' as const, name: 'sol_log_nope_' }] };
    expect(() => writeElf(bad)).toThrow('internal: ELF rejected: syscall sol_log_nope_ at #3 is not in SyscallName');
  });
});

describe('readElf', () => {
  const program = sample();
  const read = readElf(writeElf(program));

  it('gives back the assembled .text byte for byte', () => {
    expect(Buffer.from(read.text).equals(Buffer.from(program.text))).toBe(true);
  });

  it('gives back .rodata, the entry pc and the relocations', () => {
    expect([Buffer.from(read.rodata).toString(), read.entryPc, read.relocations]).toEqual(['hithere', program.entryPc, program.relocations]);
  });

  it('reports the addresses, e_flags and e_machine', () => {
    expect([read.textAddr, read.rodataAddr, read.eFlags, read.eMachine]).toEqual([0x120, 0x120 + program.text.length, 0, 247]);
  });
});

describe('validateElf', () => {
  it('accepts what writeElf writes', () => {
    expect(() => validateElf(writeElf(sample()))).not.toThrow();
  });

  const u64 = (v: DataView, at: number, value: number) => v.setBigUint64(at, BigInt(value), true);
  const dynamicEntry = (elf: Uint8Array, v: DataView, tag: number) => {
    const dyn = section(elf, '.dynamic');
    for (let at = dyn.offset; ; at += 16) if (Number(v.getBigUint64(at, true)) === tag) return at;
  };

  it.each<[string, (elf: Uint8Array, v: DataView) => void, string]>([
    ['e_flags 2 (SBPF v2)', (_e, v) => v.setUint32(48, 2, true), 'e_flags 2 is not 0 (SBPF v0)'],
    ['e_machine x86-64', (_e, v) => v.setUint16(18, 62, true), 'e_machine 62 is neither EM_BPF (247) nor EM_SBPF (263)'],
    ['e_type ET_EXEC', (_e, v) => v.setUint16(16, 2, true), 'e_type 2 is not ET_DYN'],
    ['an entry past .text', (e, v) => {
      const text = section(e, '.text');
      u64(v, 24, text.offset + text.size);
    }, 'entry 0x1a0 is not an instruction inside .text'],
    ['an entry inside an instruction', (_e, v) => u64(v, 24, 0x124), 'entry 0x124 is not an instruction inside .text'],
    ['.text with sh_addr != sh_offset', (e, v) => u64(v, section(e, '.text').at + 16, 0x1000), 'section .text: sh_addr 0x1000 differs from sh_offset 0x120'],
    ['a writable .rodata', (e, v) => u64(v, section(e, '.rodata').at + 8, 3), 'writable section .rodata: no mutable globals in SBPF'],
    ['an empty section at the address of .dynsym', (e, v) => {
      const rodata = section(e, '.rodata'), dynsym = section(e, '.dynsym');
      u64(v, rodata.at + 16, dynsym.addr); u64(v, rodata.at + 24, dynsym.offset); u64(v, rodata.at + 32, 0);
    }, 'empty section .rodata shares address 0x1a8 with .dynsym'],
    ['overlapping sections', (e, v) => u64(v, section(e, '.rodata').at + 32, 64), 'section .dynsym at 0x1a8 overlaps the previous section or is out of order'],
    ['a section name of 16 characters', (e) => {
      const names = section(e, '.shstrtab');
      const text = e.indexOf(0x2e, names.offset + 1); // the '.' of the first name, ".text"
      e[text + 5] = 0x41; e[text + 13] = 0x41; // ".textA.rodataA.dynsym": no NUL within 16 bytes
    }, 'a section name at +1 is longer than 15 bytes or unterminated'],
    ['a .dynsym that is not 8-aligned', (e, v) => {
      const dynsym = section(e, '.dynsym');
      u64(v, dynsym.at + 16, dynsym.addr + 4); u64(v, dynsym.at + 24, dynsym.offset + 4); u64(v, dynsym.at + 32, dynsym.size - 24);
    }, '.dynsym at 0x1ac is not an 8-aligned table of 24-byte entries'],
    ['DT_REL with DT_RELSZ 0', (e, v) => u64(v, dynamicEntry(e, v, 18) + 8, 0), 'DT_REL with DT_RELSZ 0'],
    ['a syscall name not in SyscallName', (e) => {
      const at = Buffer.from(e).indexOf('sol_log_\0');
      e.set(utf8('sol_gol_'), at);
    }, 'syscall sol_gol_ at #3 is not in SyscallName'],
    ['a relocation type R_BPF_64_64', (e, v) => v.setUint32(section(e, '.rel.dyn').offset + 8, 1, true), 'relocation type 1 at #3 is not R_BPF_64_32'],
    ['a syscall relocation moved off its call', (e, v) => u64(v, section(e, '.rel.dyn').offset, 0x120 + 2 * 8), 'R_BPF_64_32 at #2 is not on a call imm=-1'],
    ['an internal call out of .text', (_e, v) => v.setInt32(0x120 + 8 * 8 + 4, 100, true), 'internal call at #8 targets #109, outside .text'],
    ['an ALU32 instruction', (_e, v) => v.setUint8(0x120 + 2 * 8, 0xb4), 'verifier: opcode 0xb4 is not in the v0 subset (insn #2)'],
    ['a program header that is not identity-mapped', (_e, v) => u64(v, 64 + 16, 0x1_0000_0120), 'program header at 0x120 is not identity-mapped'],
  ])('rejects %s', (_name, change, message) => {
    expect(() => validateElf(patched(change))).toThrow(`internal: ELF rejected: ${message}`);
  });
});

describe('murmur3', () => {
  it('hashes sol_log_ to 0x207559bd', () => {
    expect(symbolHash('sol_log_')).toBe(0x207559bd);
  });

  it('hashes sol_log_64_ to 0x5c2a3178', () => {
    expect(SYSCALL_HASHES.get('sol_log_64_' satisfies SyscallName)).toBe(0x5c2a3178);
  });

  it('hashes the empty input to 0 and a 3-byte tail through the tail path', () => {
    expect([murmur3_32(new Uint8Array(0)), murmur3_32(utf8('abc'))]).toEqual([0, 0xb3dd93fa]);
  });
});

describe('listings', () => {
  it('disassembles the ELF with synthesized labels, syscall names and rodata previews', () => {
    expect(disassemble(writeElf(sample()))).toBe(DISASSEMBLY);
  });

  it('lists the assembled program with its own labels and comments', () => {
    expect(listing(sample())).toBe(LISTING);
  });
});

const DISASSEMBLY = `; sbpf v0  .text 16 slots  .rodata 7 bytes  entry #0
entrypoint:
     0  lddw r1, rodata+0x0  ; "hi"
     2  mov64 r2, 2
     3  syscall sol_log_
     4  lddw r1, rodata+0x2  ; "there"
     6  mov64 r2, 5
     7  syscall sol_log_
     8  call fn_13
     9  jeq r0, 42, L11
    10  syscall abort
L11:
    11  mov64 r0, 0
    12  exit
fn_13:
    13  lddw r0, 0x2a
    15  exit
.rodata:
  0000  68 69 74 68 65 72 65                             |hithere|
`;
const LISTING = `; sbpf v0  .text 16 slots  .rodata 7 bytes  entry #0
entrypoint:
        ; log "hi"
     0  lddw r1, rodata+0x0  ; "hi"
     2  mov64 r2, 2
     3  syscall sol_log_
     4  lddw r1, rodata+0x2  ; "there"
     6  mov64 r2, 5
     7  syscall sol_log_
     8  call answer
     9  jeq r0, 42, skip
    10  syscall abort
skip:
    11  mov64 r0, 0
    12  exit
answer:
    13  lddw r0, 0x2a
    15  exit
.rodata:
  0000  68 69 74 68 65 72 65                             |hithere|
`;
