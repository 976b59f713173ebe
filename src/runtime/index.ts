// The one test-helper layer: createRuntime(kind, programs) gives the same Runtime over litesvm,
// solana-bankrun or the programs' Anchor Rust built natively (native), so tests, the demo and the
// benchmark are written once and run on each. A program given with its source map makes failures it reports name the DSL statement that threw (TxResult.origin).
// Out: the Runtime contract, its result types and the assertion helpers.

import { createBankrunRuntime } from './bankrun.js';
import { originInLogs, type SourceMap } from '../source-map/index.js';
import { createLitesvmRuntime } from './litesvm.js';
import { createNativeRuntime } from './native.js';
import type { Runtime, RuntimeKind, RuntimeOptions } from './types.js';

export { bankrunRuntime } from './bankrun.js';

export { RUNTIME_KINDS, PAYER_LAMPORTS } from './types.js';
export type {
  AccountState,
  ClockState,
  InstructionErrorKind,
  ProgramBinary,
  Runtime,
  RuntimeKind,
  RuntimeOptions,
  TxError,
  TxResult,
} from './types.js';
export { anchorErrorLine, errorCode } from './errors.js';

export async function createRuntime(kind: RuntimeKind, options: RuntimeOptions): Promise<Runtime> {
  const create = { litesvm: createLitesvmRuntime, bankrun: createBankrunRuntime, native: createNativeRuntime }[kind];
  const runtime = await create(options);
  const maps = options.programs.flatMap((p) => (p.sourceMap ? [p.sourceMap] : []));
  return maps.length === 0 ? runtime : withErrorOrigins(runtime, maps);
}

/** The runtime with each failure's DSL origin (TxResult.origin) found through the programs' source maps. */
function withErrorOrigins(runtime: Runtime, maps: SourceMap[]): Runtime {
  const send = runtime.send.bind(runtime);
  runtime.send = async (ixs, signers) => {
    const result = await send(ixs, signers);
    const origin = result.ok ? undefined : originInLogs(maps, result.logs);
    return origin ? { ...result, origin } : result;
  };
  return runtime;
}
