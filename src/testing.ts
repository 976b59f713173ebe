// poseidon-sbf/testing: what a project's own tests import, without the compiler behind the main entry (so
// each test file starts in about a second). In: nothing. Out: projectRuntime (the project's programs on
// the runtime `poseidon test --runtime` chose), the Runtime contract and its result types, errorCode.
export { projectRuntime, projectPrograms, PROJECT_RUNTIME_KINDS, type ProjectRuntimeOptions } from './runtime/project.js';
export { errorCode, type AccountState, type ProgramBinary, type Runtime, type RuntimeKind, type TxError, type TxResult } from './runtime/index.js';
