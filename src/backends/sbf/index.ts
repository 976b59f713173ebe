// The sBPF backend. In: an IR program and the error origins the Anchor backend reports (the build pipeline,
// src/pipeline/sbf.ts, passes them in). Out: a deployable SBPF v0 ELF and its readable listing.
// Pipeline: codegen (codegen/*) → Assembler → ELF writer. A program must pass checkSbfLimits (limits/)
// first, which reports what this backend cannot compile with located diagnostics; code generation cannot
// then fail on it (its remaining errors are `internal:` assertions).
//
// The generated program does what Anchor's generated Rust does, stage by stage (anchor-lang 0.32,
// lang/syn/src/codegen/):
//   program/entry.rs, program/dispatch.rs   → codegen/entry.ts: program id check (4100), find the
//                                              instruction data, match the discriminator (101)
//   program/handlers.rs                      → codegen/handler.ts: `Instruction: <Name>` log, argument
//                                              decoding (102; borsh.ts for strings and vectors), then the
//                                              stages below in order, then the user's body
//                                              (statements.ts, expr.ts, functions.ts…)
//   accounts/try_accounts.rs                 → codegen/accounts.ts: the deserialization pass (account
//                                              count, type and owner checks; token.ts for SPL accounts)
//   accounts/constraints.rs                  → codegen/accounts.ts (order of the constraint pass), init.ts
//                                              and createaccount.ts (init, init_if_needed), seeds.ts (seeds,
//                                              bump), token.ts (token::, associated_token::, mint::)
//   accounts/exit.rs                         → codegen/exit.ts: write back state held in heap images, close
// Anchor's program/instruction.rs (instruction-data structs) and program/cpi.rs (the client module other
// programs call this one with) have no counterpart: the binary only decodes its own instruction data, and
// makes its own CPIs through codegen/invoke.ts (system.ts, tokencpi.ts, createaccount.ts build them).
// Error exits that log as Anchor logs are codegen/errors.ts.
import { Assembler, type Label } from './assembler.js';
import { writeElf } from './elf.js';
import { listing } from './disassembler.js';
import { INSN_BYTES } from './isa.js';
import type { Expr, Program, Stmt } from '../../ir/types.js';
import { Codegen } from './codegen/context.js';
import { allocEntrySlots, emitEntry } from './codegen/entry.js';
import { emitHandler } from './codegen/handler.js';

export { checkSbfLimits } from './limits/index.js';
export { checkProgramSize } from './limits/programsize.js';

export interface SbfOutput {
  elf: Uint8Array;
  /** The assembler's listing, with label names and comments (for humans and golden files). */
  listing: string;
  /** Bytes of code each instruction's handler takes (its own body, not the routines it shares), in order. */
  instructionBytes: number[];
}

/**
 * `origins` maps each `require` and failable conversion to the file:line the Anchor program reports it at,
 * and each FixedArray index to the file:line:col of its panic (the Anchor backend's errorOrigins, which the
 * build pipeline passes in); the binary reports the same places.
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
  const instructionBytes = program.instructions.map((ix, i) => {
    const start = asm.pc;
    emitHandler(cg, slots, ix, handlers[i]);
    const bytes = (asm.pc - start) * INSN_BYTES;
    // The error exits the handler (and, after the first, the entrypoint) asked for, near their jumps: each
    // can be reached from elsewhere (a routine, another handler), so none assumes the entrypoint's frame.
    asm.inEntryFrame = false;
    cg.errors.emitPending();
    asm.inEntryFrame = true;
    return bytes;
  });
  asm.inEntryFrame = false;
  cg.emitDeferred();
  cg.errors.emitAll();
  cg.emitDeferred(); // the error exit's own routines
  const assembled = asm.finish(entry);
  // The listing is rendered when first read: the CLI writes only the ELF, and rendering costs a sixth of the backend.
  let rendered: string | undefined;
  return {
    elf: writeElf(assembled),
    get listing() {
      return (rendered ??= listing(assembled));
    },
    instructionBytes,
  };
}
