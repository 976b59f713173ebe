// The one sBPF limit known only once the program is built: its .so must fit the account the upgradeable
// loader deploys it into. In: the IR program, the size of its ELF and the bytes of code each instruction's
// handler takes (SbfOutput). Out: a located diagnostic (6009, at the largest instruction) when it does not fit.
// Nothing else about size is a limit: tables grow and far jumps are relaxed (relax.ts).
import { dslError, type Diagnostic } from '../../../diagnostics/diagnostic.js';
import { Messages } from '../../../diagnostics/messages.js';
import type { Program } from '../../../ir/types.js';

/** MAX_PERMITTED_DATA_LENGTH (10 MiB) less the ProgramData account's 45-byte header before the ELF. */
export const MAX_PROGRAM_BYTES = 10 * 1024 * 1024 - 45;

export function checkProgramSize(program: Program, elfBytes: number, instructionBytes: readonly number[]): Diagnostic[] {
  if (elfBytes <= MAX_PROGRAM_BYTES || program.instructions.length === 0) return [];
  const largest = instructionBytes.reduce((best, bytes, i) => (bytes > instructionBytes[best]! ? i : best), 0);
  const ix = program.instructions[largest]!;
  return [dslError(Messages.SbfProgramSize, ix.span, elfBytes, MAX_PROGRAM_BYTES, ix.name, instructionBytes[largest] ?? 0)];
}
