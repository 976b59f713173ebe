// The library API of poseidon-sbf: compile a DSL program and emit every output from code.
// In: DSL source (a path or text). Out: the IR, diagnostics and their formatter, the Anchor workspace,
// the IDL and its TypeScript type, the sBPF binary, and the CLI entry point.
export type * from './ir/types.js';
export { compileFile, compileSource, type CompileResult } from './frontend/index.js';
export type { Diagnostic } from './diagnostics/diagnostic.js';
export { formatDiagnostic } from './diagnostics/format.js';
export { emitAnchorWorkspace, emitSingleFile } from './backends/anchor/index.js';
export { emitIdl, emitTsTypes, idlJson, type Idl } from './backends/idl/index.js';
export { emitSbf, SbfUnsupportedError, type SbfOutput } from './backends/sbf/index.js';
export { main, type CliIo } from './cli/main.js';
