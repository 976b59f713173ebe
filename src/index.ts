// The library API of poseidon-sbf: compile a DSL program and emit every output from code, run it in-process,
// deploy it. In: DSL source (a path or text). Out: the IR, diagnostics and their formatter, the Anchor
// workspace (and where its errors are thrown), the IDL and its TypeScript type, the sBPF binary (buildSbf
// runs the whole sBPF build: checkSbfLimits, then emitSbf given those error origins), the runtime layer
// over LiteSVM, solana-bankrun and the Anchor Rust built natively (projectRuntime: a project's programs on
// the runtime `poseidon test --runtime` chose), the upgradeable-loader deploy (over a cluster or a runtime), the in-process
// validator (a JSON-RPC and PubSub server over LiteSVM that `poseidon test` points Anchor's provider at), the
// source maps from Anchor's error locations back to the DSL (target/sourcemap/<name>.json), and the CLI
// entry point.
export type * from './ir/types.js';
export { compileFile, compileSource, type CompileResult } from './frontend/index.js';
export type { Diagnostic } from './diagnostics/diagnostic.js';
export { formatDiagnostic } from './diagnostics/format.js';
export { emitAnchorWorkspace, emitSingleFile, errorOrigins } from './backends/anchor/index.js';
export { emitIdl, emitTsTypes, idlJson, type Idl } from './backends/idl/index.js';
export { checkSbfLimits, emitSbf, type SbfOutput } from './backends/sbf/index.js';
export { buildSbf, type SbfBuild } from './pipeline/sbf.js';
export { main, type CliIo } from './cli/main.js';
export { bankrunRuntime, createRuntime, errorCode, RUNTIME_KINDS, type ProgramBinary, type Runtime, type RuntimeKind, type TxResult } from './runtime/index.js';
export { projectPrograms, projectRuntime, PROJECT_RUNTIME_KINDS, type ProjectRuntimeOptions } from './runtime/project.js';
export {
  annotateAnchorErrors, createSourceMap, findOrigin, formatOrigin, originInLogs, readSourceMap, sourceMapJson, sourceMapPath,
  type DslOrigin, type SourceMap,
} from './source-map/index.js';
export { executeDeployment, planDeployment, type DeployPlan, type DeployRequest } from './deploy/deploy.js';
export { deployToRuntime } from './deploy/in-process.js';
export { runtimeConnection } from './deploy/runtime-connection.js';
export { startLocalnet, type Localnet, type LocalnetOptions } from './localnet/index.js';
