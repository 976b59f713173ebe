// The one test-helper layer: createRuntime(kind, programs) gives the same Runtime over litesvm or
// solana-bankrun, so tests, the demo and the benchmark are written once and run on both.
// Out: the Runtime contract, its result types and the assertion helpers.

import { createBankrunRuntime } from './bankrun.js';

export { bankrunRuntime } from './bankrun.js';
import { createLitesvmRuntime } from './litesvm.js';
import type { Runtime, RuntimeKind, RuntimeOptions } from './types.js';

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
  switch (kind) {
    case 'litesvm':
      return createLitesvmRuntime(options);
    case 'bankrun':
      return createBankrunRuntime(options);
  }
}
