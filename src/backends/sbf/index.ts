// The sBPF backend. In: an IR program. Out: a deployable SBPF v0 ELF and its readable listing.
// Pipeline: codegen (codegen/*: entry, handlers, validation, body) → Assembler → ELF writer.
// A construct this backend cannot compile yet raises SbfUnsupportedError with its source span.
import { Assembler, type Label } from './assembler.js';
import { writeElf } from './elf.js';
import { listing } from './disassembler.js';
import type { Expr, Program, Stmt } from '../../ir/types.js';
import { Codegen } from './codegen/context.js';
import { allocEntrySlots, emitEntry } from './codegen/entry.js';
import { emitInstruction } from './codegen/instruction.js';

export { SbfUnsupportedError } from './codegen/unsupported.js';

export interface SbfOutput {
  elf: Uint8Array;
  /** The assembler's listing, with label names and comments (for humans and golden files). */
  listing: string;
}

/**
 * `origins` maps each `require` and failable conversion to the file:line the Anchor program reports it at
 * (the Anchor backend's errorOrigins, which the build pipeline passes in); the binary logs the same line.
 */
export function emitSbf(
  program: Program,
  origins: ReadonlyMap<Stmt | Expr, string>,
  options: { profile?: boolean } = {},
): SbfOutput {
  const asm = new Assembler();
  const cg = new Codegen(asm, program, origins, options.profile ?? false);
  const slots = allocEntrySlots(cg);
  const handlers: Label[] = program.instructions.map((ix) => asm.newLabel(`handler_${ix.name}`));
  asm.inEntryFrame = true;
  const entry = emitEntry(cg, slots, handlers);
  program.instructions.forEach((ix, i) => emitInstruction(cg, slots, ix, handlers[i]));
  asm.inEntryFrame = false;
  cg.emitDeferred();
  cg.errors.emitAll();
  cg.emitDeferred(); // the error exit's own routines
  const assembled = asm.finish(entry);
  return { elf: writeElf(assembled), listing: listing(assembled) };
}
