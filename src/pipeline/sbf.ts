// The sBPF build of a compiled program, as the CLI, the library API and the tests run it. The binary logs
// a failing `require` or conversion at the file:line the Anchor program reports, so the Anchor backend
// lays out its workspace first and says where each one is; the sBPF backend takes those origins as input.
// Its limits are checked before any code is generated, and the size of the built program after.
// In: an IR Program. Out: the ELF and its listing, or the diagnostics of every limit the program exceeds.
import { errorOrigins } from '../backends/anchor/index.js';
import { checkProgramSize, checkSbfLimits, emitSbf, type SbfOutput } from '../backends/sbf/index.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Expr, Program, Stmt } from '../ir/types.js';

export type SbfBuild = { output: SbfOutput; diagnostics: [] } | { output: null; diagnostics: Diagnostic[] };

/**
 * `options.origins`: where the Rust actually built reports each error, when it is not the multi-file
 * workspace errorOrigins lays out (a Poseidon workspace builds one lib.rs: singleFileWithOrigins).
 */
export function buildSbf(program: Program, options: { profile?: boolean; origins?: ReadonlyMap<Stmt | Expr, string> } = {}): SbfBuild {
  const origins = options.origins ?? errorOrigins(program);
  const diagnostics = checkSbfLimits(program, origins);
  if (diagnostics.length > 0) return { output: null, diagnostics };
  const output = emitSbf(program, origins, options);
  const tooLarge = checkProgramSize(program, output.elf.length, output.instructionBytes);
  if (tooLarge.length > 0) return { output: null, diagnostics: tooLarge };
  return { output, diagnostics: [] };
}
