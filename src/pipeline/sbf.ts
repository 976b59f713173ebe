// The sBPF build of a compiled program, as the CLI, the library API and the tests run it. The binary logs
// a failing `require` or conversion at the file:line the Anchor program reports, so the Anchor backend
// lays out its workspace first and says where each one is; the sBPF backend takes those origins as input.
// In: an IR Program. Out: the ELF and its listing.
import { errorOrigins } from '../backends/anchor/index.js';
import { emitSbf, type SbfOutput } from '../backends/sbf/index.js';
export { SbfUnsupportedError } from '../backends/sbf/index.js';
import type { Program } from '../ir/types.js';

export function buildSbf(program: Program, options: { profile?: boolean } = {}): SbfOutput {
  return emitSbf(program, errorOrigins(program), options);
}
