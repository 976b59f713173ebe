// The runtimes execution tests run on. In: POSEIDON_TEST_RUNTIME (unset: the `.so` on litesvm and
// bankrun; `native`: the emitted Anchor Rust built natively, compared step by step with the `.so` on
// litesvm, see differential-runtime.ts). Out: the kinds to iterate, createRuntime for them, and
// deployUpgradeable for a program a test deploys itself through the upgradeable loader.
import type { Signer } from '@solana/web3.js';
import { deployToRuntime } from '../../src/deploy/in-process.js';
import { createRuntime as createSrcRuntime, RUNTIME_KINDS as SO_RUNTIME_KINDS } from '../../src/runtime/index.js';
import type { ProgramBinary, Runtime, RuntimeKind, RuntimeOptions } from '../../src/runtime/index.js';
import { createDifferentialRuntime, DifferentialRuntime } from './differential-runtime.js';

export const RUNTIME_KINDS: RuntimeKind[] = process.env.POSEIDON_TEST_RUNTIME === 'native' ? ['native'] : SO_RUNTIME_KINDS;

/**
 * `upgradeable`: programs the test deploys later with deployUpgradeable (the native runtime registers
 * them from the start: its programs are builtins of the host it builds).
 */
export function createRuntime(kind: RuntimeKind, options: RuntimeOptions, upgradeable: ProgramBinary[] = []): Promise<Runtime> {
  return kind === 'native' ? createDifferentialRuntime(options, upgradeable) : createSrcRuntime(kind, options);
}

/** Deploys `so` at the keypair's address through the upgradeable loader, the runtime's payer its authority. */
export function deployUpgradeable(runtime: Runtime, so: Uint8Array, programKeypair: Signer): Promise<void> {
  return runtime instanceof DifferentialRuntime ? runtime.deployUpgradeable(so, programKeypair) : deployToRuntime(runtime, so, programKeypair);
}
