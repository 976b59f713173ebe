// Test support: the sBPF build of a program the tests expect to compile, through the same pipeline as the
// CLI and the library (src/pipeline/sbf.ts). In: an IR Program (and `profile` for a measuring build).
// Out: the ELF and its listing; a limit the program exceeds throws, with the diagnostics as the CLI prints them.
import type { SbfOutput } from '../../src/backends/sbf/index.js';
import { formatDiagnostic } from '../../src/diagnostics/format.js';
import type { Program } from '../../src/ir/types.js';
import { buildSbf } from '../../src/pipeline/sbf.js';

export function sbfOutput(program: Program, options: { profile?: boolean } = {}): SbfOutput {
  const { output, diagnostics } = buildSbf(program, options);
  if (!output) throw new Error(`the sBPF backend refused ${program.sourceFile}:\n${diagnostics.map((d) => formatDiagnostic(d)).join('\n')}`);
  return output;
}
