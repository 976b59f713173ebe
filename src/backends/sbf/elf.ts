// The SBPF v0 ELF shared object: writer, reader and validator.
// In: an `AssembledProgram` (writeElf) or ELF bytes (readElf, validateElf).
// Out: the `.so` both loaders accept (docs/sbpf-facts.md §2), the
// program read back from such bytes, or an `internal: ELF rejected: …` error naming the first rule
// (a loader rejection, or a property our format guarantees) that the bytes break.
//
// File layout, every allocated section at a virtual address equal to its file offset:
//   Ehdr | 4 Phdrs | .text | .rodata | .dynsym | .dynstr | .rel.dyn | .dynamic | .shstrtab | Shdrs
//   PT_LOAD R+X .text · PT_LOAD R .rodata….rel.dyn · PT_LOAD RW .dynamic · PT_DYNAMIC .dynamic
// Empty .rodata / .rel.dyn are left out: the loader resolves DT_SYMTAB to the first section at that
// address, so an empty section sharing .dynsym's address breaks every load.

import type { AssembledProgram, Relocation } from './assembler.js';
import { INSN_BYTES, OP, decodeInsn, lddwValue, verifyText } from './isa.js';
import { isSyscallName } from './syscalls.js';

const EHDR = 64, PHDR = 56, SHDR = 64, SYM = 24, REL = 16, DYN = 16;
const ET_DYN = 3, EM_BPF = 247, EM_SBPF = 263;
const PT_LOAD = 1, PT_DYNAMIC = 2, PF_X = 1, PF_W = 2, PF_R = 4;
const SHT_NULL = 0, SHT_PROGBITS = 1, SHT_STRTAB = 3, SHT_DYNAMIC = 6, SHT_REL = 9, SHT_DYNSYM = 11;
const SHF_WRITE = 1, SHF_ALLOC = 2, SHF_EXECINSTR = 4;
const DT_NULL = 0, DT_STRTAB = 5, DT_SYMTAB = 6, DT_STRSZ = 10, DT_SYMENT = 11;
const DT_REL = 17, DT_RELSZ = 18, DT_RELENT = 19;
const R_BPF_64_32 = 10;
/**
 * Where the VM maps the ELF (section address = file offset): an `lddw` of a .rodata address holds
 * MM_PROGRAM_START + address itself, which is what an R_BPF_64_RELATIVE would make the loader write,
 * without the 16-byte relocation entry per load.
 */
const MM_PROGRAM_START = 0x1_0000_0000;
const STB_GLOBAL = 1, STT_FUNC = 2;
/** The loader reads section names through a 16-byte window that must hold the NUL. */
const MAX_SECTION_NAME = 15;
const MAX_SYMBOL_NAME = 63;

const align8 = (n: number) => Math.ceil(n / 8) * 8;
const reject = (why: string): never => {
  throw new Error(`internal: ELF rejected: ${why}`);
};

class Bytes {
  readonly view: DataView;
  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  private at(offset: number, size: number): number {
    if (!Number.isSafeInteger(offset) || offset < 0 || offset + size > this.bytes.length) {
      reject(`read of ${size} bytes at 0x${offset.toString(16)} is outside the ${this.bytes.length}-byte file`);
    }
    return offset;
  }
  u8 = (o: number) => this.view.getUint8(this.at(o, 1));
  u16 = (o: number) => this.view.getUint16(this.at(o, 2), true);
  u32 = (o: number) => this.view.getUint32(this.at(o, 4), true);
  u64 = (o: number) => Number(this.view.getBigUint64(this.at(o, 8), true));
  cstring(o: number, max: number): string | null {
    for (let i = 0; i <= max && o + i < this.bytes.length; i++) {
      if (this.u8(o + i) === 0) return new TextDecoder().decode(this.bytes.subarray(o, o + i));
    }
    return null;
  }
}

interface Section {
  name: string; type: number; flags: number; addr: number; offset: number; size: number;
  link: number; info: number; align: number; entsize: number;
}
interface Segment { type: number; flags: number; offset: number; vaddr: number; paddr: number; filesz: number; memsz: number }
interface Header {
  ident: number[]; type: number; machine: number; version: number; entry: number; phoff: number; shoff: number;
  flags: number; ehsize: number; phentsize: number; phnum: number; shentsize: number; shnum: number; shstrndx: number;
}
interface Parsed { file: Bytes; header: Header; segments: Segment[]; sections: Section[] }

function parse(bytes: Uint8Array): Parsed {
  const file = new Bytes(bytes);
  if (bytes.length < EHDR) reject(`file is ${bytes.length} bytes, shorter than an ELF header`);
  const header: Header = {
    ident: [...bytes.subarray(0, 16)], type: file.u16(16), machine: file.u16(18), version: file.u32(20),
    entry: file.u64(24), phoff: file.u64(32), shoff: file.u64(40), flags: file.u32(48), ehsize: file.u16(52),
    phentsize: file.u16(54), phnum: file.u16(56), shentsize: file.u16(58), shnum: file.u16(60), shstrndx: file.u16(62),
  };
  const segments = Array.from({ length: header.phnum }, (_, i): Segment => {
    const b = header.phoff + i * PHDR;
    return { type: file.u32(b), flags: file.u32(b + 4), offset: file.u64(b + 8), vaddr: file.u64(b + 16),
      paddr: file.u64(b + 24), filesz: file.u64(b + 32), memsz: file.u64(b + 40) };
  });
  const raw = Array.from({ length: header.shnum }, (_, i) => {
    const b = header.shoff + i * SHDR;
    return { nameOffset: file.u32(b), type: file.u32(b + 4), flags: file.u64(b + 8), addr: file.u64(b + 16),
      offset: file.u64(b + 24), size: file.u64(b + 32), link: file.u32(b + 40), info: file.u32(b + 44),
      align: file.u64(b + 48), entsize: file.u64(b + 56) };
  });
  const names = raw[header.shstrndx] ?? reject(`e_shstrndx ${header.shstrndx} is not a section`);
  if (names.type !== SHT_STRTAB) reject('the section-name table is not SHT_STRTAB');
  const sections = raw.map(({ nameOffset, ...rest }): Section => {
    const name = nameOffset < names.size ? file.cstring(names.offset + nameOffset, MAX_SECTION_NAME) : null;
    return { name: name ?? reject(`a section name at +${nameOffset} is longer than ${MAX_SECTION_NAME} bytes or unterminated`), ...rest };
  });
  return { file, header, segments, sections };
}

const sectionNamed = (p: Parsed, name: string) => p.sections.find((s) => s.name === name);

/** A .dynsym entry: its name and section index (0 = undefined, i.e. a syscall). */
interface DynamicSymbol { name: string; shndx: number }

function dynamicSymbols(p: Parsed, dynsym: Section, dynstr: Section): DynamicSymbol[] {
  return Array.from({ length: Math.floor(dynsym.size / SYM) }, (_, i) => {
    const b = dynsym.offset + i * SYM;
    const nameOffset = p.file.u32(b);
    const name = nameOffset < dynstr.size ? p.file.cstring(dynstr.offset + nameOffset, MAX_SYMBOL_NAME) : null;
    return {
      name: name ?? reject(`dynamic symbol #${i} has a name longer than ${MAX_SYMBOL_NAME} bytes or outside .dynstr`),
      shndx: p.file.u16(b + 6),
    };
  });
}

interface RawRelocation { offset: number; type: number; sym: number }

function rawRelocations(p: Parsed, rel: Section | undefined): RawRelocation[] {
  if (!rel) return [];
  return Array.from({ length: Math.floor(rel.size / REL) }, (_, i) => {
    const info = p.file.u64(rel.offset + i * REL + 8);
    return { offset: p.file.u64(rel.offset + i * REL), type: info % 2 ** 32, sym: Math.floor(info / 2 ** 32) };
  });
}

export interface ElfProgram {
  /** .text with each rodata-relocated `lddw` holding its .rodata offset again, as the assembler wrote it. */
  text: Uint8Array;
  rodata: Uint8Array;
  textAddr: number;
  /** null when the file has no .rodata. */
  rodataAddr: number | null;
  entryPc: number;
  relocations: Relocation[];
  eFlags: number;
  eMachine: number;
}

export function readElf(bytes: Uint8Array): ElfProgram {
  const p = parse(bytes);
  const text = sectionNamed(p, '.text') ?? reject('no .text section');
  const rodata = sectionNamed(p, '.rodata');
  const dynsym = sectionNamed(p, '.dynsym'), dynstr = sectionNamed(p, '.dynstr');
  const symbols = dynsym && dynstr ? dynamicSymbols(p, dynsym, dynstr) : [];
  const textBytes = bytes.slice(text.offset, text.offset + text.size);
  const relocations = rawRelocations(p, sectionNamed(p, '.rel.dyn')).map((r): Relocation => {
    const pc = (r.offset - text.addr) / INSN_BYTES;
    if (r.type !== R_BPF_64_32) return reject(`unsupported relocation type ${r.type} at #${pc}`);
    return { pc, kind: 'syscall', name: symbols[r.sym]?.name ?? reject(`relocation against missing symbol #${r.sym}`) };
  });
  if (rodata) relocations.push(...rodataLoads(textBytes, rodata));
  return {
    text: textBytes,
    rodata: rodata ? bytes.slice(rodata.offset, rodata.offset + rodata.size) : new Uint8Array(0),
    textAddr: text.addr,
    rodataAddr: rodata ? rodata.addr : null,
    entryPc: (p.header.entry - text.addr) / INSN_BYTES,
    relocations: relocations.sort((a, b) => a.pc - b.pc),
    eFlags: p.header.flags,
    eMachine: p.header.machine,
  };
}

/**
 * The `lddw`s whose value is an address inside .rodata, rewritten to hold the .rodata offset as the
 * assembler wrote it. (A 64-bit constant that happens to equal such an address reads as one too.)
 */
function rodataLoads(text: Uint8Array, rodata: Section): Relocation[] {
  const view = new DataView(text.buffer, text.byteOffset, text.byteLength);
  const start = BigInt(MM_PROGRAM_START + rodata.addr);
  const loads: Relocation[] = [];
  for (let pc = 0; pc + 1 < text.length / INSN_BYTES; pc++) {
    const insn = decodeInsn(text, pc * INSN_BYTES);
    if (insn.opcode !== OP.lddw) continue;
    const offset = lddwValue(insn, decodeInsn(text, (pc + 1) * INSN_BYTES)) - start;
    if (offset >= 0n && offset <= BigInt(rodata.size)) {
      view.setUint32(pc * INSN_BYTES + 4, Number(offset), true);
      view.setUint32(pc * INSN_BYTES + 12, 0, true);
      loads.push({ pc, kind: 'rodata' });
    }
    pc++;
  }
  return loads;
}

class StringTable {
  private readonly parts: number[] = [0];
  private readonly offsets = new Map<string, number>();
  add(s: string): number {
    const known = this.offsets.get(s);
    if (known !== undefined) return known;
    const offset = this.parts.length;
    this.parts.push(...new TextEncoder().encode(s), 0);
    this.offsets.set(s, offset);
    return offset;
  }
  bytes = () => Uint8Array.from(this.parts);
}

export function writeElf(p: AssembledProgram): Uint8Array {
  const textOff = EHDR + 4 * PHDR;
  const rodataOff = textOff + p.text.length;
  const entry = textOff + p.entryPc * INSN_BYTES;
  const dynstr = new StringTable();
  const symbols = [
    { name: 0, info: 0, shndx: 0, value: 0 },
    { name: dynstr.add('entrypoint'), info: (STB_GLOBAL << 4) | STT_FUNC, shndx: 1, value: entry },
  ];
  const symbolOf = new Map<string, number>();
  for (const r of p.relocations) {
    if (r.kind !== 'syscall' || symbolOf.has(r.name)) continue;
    symbolOf.set(r.name, symbols.length);
    symbols.push({ name: dynstr.add(r.name), info: STB_GLOBAL << 4, shndx: 0, value: 0 });
  }
  const dynstrBytes = dynstr.bytes();
  const dynsymOff = align8(rodataOff + p.rodata.length);
  const dynstrOff = dynsymOff + symbols.length * SYM;
  const relOff = align8(dynstrOff + dynstrBytes.length);
  const ordered = p.relocations.filter((r) => r.kind === 'syscall');
  const dynOff = align8(relOff + ordered.length * REL);
  // The loader rejects DT_REL with DT_RELSZ 0, so a program without relocations has no DT_REL*.
  const relEntries: [number, number][] = [[DT_REL, relOff], [DT_RELSZ, ordered.length * REL], [DT_RELENT, REL]];
  const dynamic: [number, number][] = [
    ...(ordered.length > 0 ? relEntries : []),
    [DT_SYMTAB, dynsymOff], [DT_SYMENT, SYM], [DT_STRTAB, dynstrOff], [DT_STRSZ, dynstrBytes.length], [DT_NULL, 0],
  ];
  const shstrOff = dynOff + dynamic.length * DYN;
  const sectionNames = new StringTable();
  type Spec = [
    name: string, type: number, flags: number, offset: number, size: number,
    link: string | null, info: number, align: number, entsize: number,
  ];
  const specs = ([
    ['.text', SHT_PROGBITS, SHF_ALLOC | SHF_EXECINSTR, textOff, p.text.length, null, 0, 8, 0],
    ['.rodata', SHT_PROGBITS, SHF_ALLOC, rodataOff, p.rodata.length, null, 0, 8, 0],
    ['.dynsym', SHT_DYNSYM, SHF_ALLOC, dynsymOff, symbols.length * SYM, '.dynstr', 1, 8, SYM],
    ['.dynstr', SHT_STRTAB, SHF_ALLOC, dynstrOff, dynstrBytes.length, null, 0, 1, 0],
    ['.rel.dyn', SHT_REL, SHF_ALLOC, relOff, ordered.length * REL, '.dynsym', 0, 8, REL],
    ['.dynamic', SHT_DYNAMIC, SHF_ALLOC | SHF_WRITE, dynOff, dynamic.length * DYN, '.dynstr', 0, 8, DYN],
    ['.shstrtab', SHT_STRTAB, 0, shstrOff, 0, null, 0, 1, 0],
  ] as Spec[]).filter((s) => s[4] > 0 || s[0] === '.shstrtab');
  const nameOffsets = specs.map((s) => sectionNames.add(s[0]));
  const shstrBytes = sectionNames.bytes();
  specs[specs.length - 1]![4] = shstrBytes.length;
  const shOff = align8(shstrOff + shstrBytes.length);
  const shnum = specs.length + 1;
  const out = new Uint8Array(shOff + shnum * SHDR);
  const view = new DataView(out.buffer);
  const u16 = (o: number, v: number) => view.setUint16(o, v, true);
  const u32 = (o: number, v: number) => view.setUint32(o, v, true);
  const u64 = (o: number, v: number) => view.setBigUint64(o, BigInt(v), true);

  out.set([0x7f, 0x45, 0x4c, 0x46, 2 /* ELFCLASS64 */, 1 /* little endian */, 1 /* EV_CURRENT */, 0 /* SysV ABI */]);
  u16(16, ET_DYN); u16(18, EM_BPF); u32(20, 1); u64(24, entry); u64(32, EHDR); u64(40, shOff);
  u32(48, 0 /* SBPF v0 */); u16(52, EHDR); u16(54, PHDR); u16(56, 4); u16(58, SHDR); u16(60, shnum); u16(62, shnum - 1);

  const roStart = p.rodata.length > 0 ? rodataOff : dynsymOff;
  const roEnd = ordered.length > 0 ? relOff + ordered.length * REL : dynstrOff + dynstrBytes.length;
  const segments: [number, number, number, number][] = [
    [PT_LOAD, PF_R | PF_X, textOff, p.text.length],
    [PT_LOAD, PF_R, roStart, roEnd - roStart],
    [PT_LOAD, PF_R | PF_W, dynOff, dynamic.length * DYN],
    [PT_DYNAMIC, PF_R | PF_W, dynOff, dynamic.length * DYN],
  ];
  segments.forEach(([type, flags, offset, size], i) => {
    const b = EHDR + i * PHDR;
    u32(b, type); u32(b + 4, flags); u64(b + 8, offset); u64(b + 16, offset); u64(b + 24, offset);
    u64(b + 32, size); u64(b + 40, size); u64(b + 48, 8);
  });

  out.set(p.text, textOff);
  out.set(p.rodata, rodataOff);
  for (const { at, to } of p.rodataPointers) u64(rodataOff + at, MM_PROGRAM_START + rodataOff + to);
  for (const r of p.relocations) {
    if (r.kind !== 'rodata') continue;
    const at = textOff + r.pc * INSN_BYTES;
    const address = MM_PROGRAM_START + rodataOff + view.getUint32(at + 4, true);
    u32(at + 4, address % 2 ** 32); u32(at + 12, Math.floor(address / 2 ** 32));
  }
  symbols.forEach((s, i) => {
    const b = dynsymOff + i * SYM;
    u32(b, s.name); out[b + 4] = s.info; u16(b + 6, s.shndx); u64(b + 8, s.value);
  });
  out.set(dynstrBytes, dynstrOff);
  ordered.forEach((r, i) => {
    const b = relOff + i * REL;
    u64(b, textOff + r.pc * INSN_BYTES);
    if (r.kind === 'syscall') { u32(b + 8, R_BPF_64_32); u32(b + 12, symbolOf.get(r.name)!); }
  });
  dynamic.forEach(([tag, value], i) => { u64(dynOff + i * DYN, tag); u64(dynOff + i * DYN + 8, value); });
  out.set(shstrBytes, shstrOff);
  const indexOf = (name: string | null) => (name === null ? 0 : 1 + specs.findIndex((s) => s[0] === name));
  specs.forEach(([, type, flags, offset, size, link, info, align, entsize], i) => {
    const b = shOff + (i + 1) * SHDR;
    u32(b, nameOffsets[i]!); u32(b + 4, type); u64(b + 8, flags); u64(b + 16, flags & SHF_ALLOC ? offset : 0);
    u64(b + 24, offset); u64(b + 32, size); u32(b + 40, indexOf(link)); u32(b + 44, info);
    u64(b + 48, align); u64(b + 56, entsize);
  });
  validateElf(out);
  return out;
}

const hex = (n: number) => `0x${n.toString(16)}`;

/** Throws `internal: ELF rejected: …` for the first broken rule; returns quietly for a loadable file. */
export function validateElf(bytes: Uint8Array): void {
  const p = parse(bytes);
  checkHeader(p.header);
  checkLayout(p, bytes.length);
  const text = checkEntry(p);
  const tables = checkDynamic(p);
  checkCode(p, text, tables);
}

function checkHeader(h: Header): void {
  const ident = [0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0];
  if (ident.some((b, i) => h.ident[i] !== b)) reject('e_ident is not ELF64, little endian, version 1, System V ABI');
  if (h.type !== ET_DYN) reject(`e_type ${h.type} is not ET_DYN`);
  if (h.machine !== EM_BPF && h.machine !== EM_SBPF) reject(`e_machine ${h.machine} is neither EM_BPF (247) nor EM_SBPF (263)`);
  if (h.flags !== 0) reject(`e_flags ${h.flags} is not 0 (SBPF v0)`);
  if (h.version !== 1 || h.ehsize !== EHDR || h.phentsize !== PHDR || h.shentsize !== SHDR || h.phoff !== EHDR) {
    reject('ELF header sizes, offsets or version are not the ELF64 ones');
  }
  if (h.shoff % 8 !== 0) reject(`section header table at ${hex(h.shoff)} is not 8-aligned`);
}

/** Sections in file order without overlaps, identity-mapped, read-only; program headers likewise. */
function checkLayout(p: Parsed, fileLength: number): void {
  const h = p.header;
  const headers: [string, number, number][] = [
    ['ELF header', 0, EHDR],
    ['program headers', h.phoff, h.phoff + h.phnum * PHDR],
    ['section headers', h.shoff, h.shoff + h.shnum * SHDR],
  ];
  if (p.sections[0]?.type !== SHT_NULL) reject('section 0 is not SHT_NULL');
  let end = 0;
  for (const s of p.sections.slice(1)) {
    if (s.offset + s.size > fileLength) reject(`section ${s.name} ends past the end of the file`);
    if (s.offset < end) reject(`section ${s.name} at ${hex(s.offset)} overlaps the previous section or is out of order`);
    for (const [what, from, to] of headers) {
      if (s.size > 0 && s.offset < to && from < s.offset + s.size) reject(`section ${s.name} overlaps the ${what}`);
    }
    end = s.offset + s.size;
    if (s.flags & SHF_ALLOC && s.addr !== s.offset) {
      reject(`section ${s.name}: sh_addr ${hex(s.addr)} differs from sh_offset ${hex(s.offset)}`);
    }
    const writable = (s.flags & (SHF_ALLOC | SHF_WRITE)) === (SHF_ALLOC | SHF_WRITE);
    if ((writable && s.name !== '.dynamic') || s.name.startsWith('.bss')) reject(`writable section ${s.name}: no mutable globals in SBPF`);
    if (s.size === 0 && s.flags & SHF_ALLOC) {
      const twin = p.sections.find((o) => o !== s && o.addr === s.addr && o.type !== SHT_NULL);
      if (twin) reject(`empty section ${s.name} shares address ${hex(s.addr)} with ${twin.name}`);
    }
  }
  let lastLoad = 0;
  for (const seg of p.segments) {
    if (seg.offset + seg.filesz > fileLength) reject('a program header maps bytes past the end of the file');
    if (seg.vaddr !== seg.offset || seg.paddr !== seg.offset || seg.filesz !== seg.memsz) {
      reject(`program header at ${hex(seg.offset)} is not identity-mapped`);
    }
    if (seg.type !== PT_LOAD) continue;
    if (seg.vaddr < lastLoad) reject('PT_LOAD program headers are not in ascending address order');
    lastLoad = seg.vaddr;
  }
}

function checkEntry(p: Parsed): Section {
  const texts = p.sections.filter((s) => s.name === '.text');
  if (texts.length !== 1) reject(`${texts.length} .text sections, the loader wants exactly one`);
  const text = texts[0]!;
  const entry = p.header.entry;
  if (entry < text.addr || entry >= text.addr + text.size || (entry - text.addr) % INSN_BYTES !== 0) {
    reject(`entry ${hex(entry)} is not an instruction inside .text`);
  }
  return text;
}

interface DynamicTables { dynsym: Section; dynstr: Section; rel: Section | undefined }

/** .dynamic must lead the loader to .dynsym, .dynstr and (when present) all of .rel.dyn. */
function checkDynamic(p: Parsed): DynamicTables {
  const table = (name: string, type: number, entsize: number): Section => {
    const s = sectionNamed(p, name) ?? reject(`no ${name} section`);
    if (s.type !== type) reject(`${name} has section type ${s.type}, not ${type}`);
    if (entsize > 0 && (s.offset % 8 !== 0 || s.size % entsize !== 0 || s.entsize !== entsize)) {
      reject(`${name} at ${hex(s.offset)} is not an 8-aligned table of ${entsize}-byte entries`);
    }
    return s;
  };
  const dynsym = table('.dynsym', SHT_DYNSYM, SYM);
  const dynstr = table('.dynstr', SHT_STRTAB, 0);
  const dynamic = table('.dynamic', SHT_DYNAMIC, DYN);
  const rel = sectionNamed(p, '.rel.dyn') && table('.rel.dyn', SHT_REL, REL);

  const dyn = new Map<number, number>();
  for (let o = dynamic.offset; ; o += DYN) {
    if (o >= dynamic.offset + dynamic.size) reject('.dynamic has no DT_NULL terminator');
    if (p.file.u64(o) === DT_NULL) break;
    dyn.set(p.file.u64(o), p.file.u64(o + 8));
  }
  // The loader resolves a table address to the first section at that address.
  const firstAt = (addr: number | undefined) => p.sections.find((s) => s.addr === addr && s.type !== SHT_NULL);
  if (firstAt(dyn.get(DT_SYMTAB)) !== dynsym || dyn.get(DT_SYMENT) !== SYM) reject('DT_SYMTAB does not name .dynsym');
  if (firstAt(dyn.get(DT_STRTAB)) !== dynstr) reject('DT_STRTAB does not name .dynstr');
  if (dyn.has(DT_REL)) {
    if (!dyn.get(DT_RELSZ)) reject('DT_REL with DT_RELSZ 0');
    if (dyn.get(DT_RELENT) !== REL) reject('DT_RELENT is not 16');
    if (!rel || firstAt(dyn.get(DT_REL)) !== rel || dyn.get(DT_RELSZ) !== rel.size) reject('DT_REL/DT_RELSZ do not describe .rel.dyn');
  } else if (rel) {
    reject('.rel.dyn exists but .dynamic has no DT_REL, so the loader would skip it');
  }
  return { dynsym, dynstr, rel };
}

/** The verifier's rules, then every relocation and internal call against the instructions. */
function checkCode(p: Parsed, text: Section, { dynsym, dynstr, rel }: DynamicTables): void {
  const symbols = dynamicSymbols(p, dynsym, dynstr);
  const textBytes = p.file.bytes.subarray(text.offset, text.offset + text.size);
  try {
    verifyText(textBytes);
  } catch (error) {
    reject((error as Error).message.replace(/^internal: /, ''));
  }
  const count = text.size / INSN_BYTES;
  const slot = (pc: number) => decodeInsn(textBytes, pc * INSN_BYTES);
  const relocated = new Set<number>();
  for (const r of rawRelocations(p, rel)) {
    const pc = (r.offset - text.addr) / INSN_BYTES;
    if (!Number.isInteger(pc) || pc < 0 || pc >= count) reject(`relocation at ${hex(r.offset)} is not an instruction in .text`);
    const insn = slot(pc);
    relocated.add(pc);
    if (r.type === R_BPF_64_32) {
      if (insn.opcode !== OP.call || insn.imm !== -1) reject(`R_BPF_64_32 at #${pc} is not on a call imm=-1`);
      const symbol = symbols[r.sym] ?? reject(`relocation at #${pc} names missing symbol #${r.sym}`);
      if (symbol.shndx !== 0) reject(`relocation at #${pc} names defined symbol ${symbol.name}, not a syscall`);
      if (!isSyscallName(symbol.name)) reject(`syscall ${symbol.name} at #${pc} is not in SyscallName`);
    } else {
      reject(`relocation type ${r.type} at #${pc} is not R_BPF_64_32`);
    }
  }
  for (let pc = 0; pc < count; pc++) {
    const insn = slot(pc);
    if (insn.opcode === OP.lddw) pc++;
    if (insn.opcode !== OP.call || relocated.has(pc)) continue;
    if (insn.imm === -1) reject(`call imm=-1 at #${pc} has no syscall relocation`);
    const target = pc + 1 + insn.imm;
    if (target < 0 || target >= count) reject(`internal call at #${pc} targets #${target}, outside .text`);
    if (slot(target).opcode === 0) reject(`internal call at #${pc} targets the middle of an lddw`);
  }
}
