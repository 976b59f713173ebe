// The runtimes execution tests run on. In: POSEIDON_TEST_RUNTIME (unset: the `.so` on litesvm and
// bankrun; `native`: the emitted Anchor Rust built natively, compared step by step with the `.so` on
// litesvm, see differential-runtime.ts). Out: the kinds to iterate and createRuntime for them.
import { createRuntime as createSrcRuntime, RUNTIME_KINDS as SO_RUNTIME_KINDS } from '../../src/runtime/index.js';
import type { Runtime, RuntimeKind, RuntimeOptions } from '../../src/runtime/index.js';
import { createDifferentialRuntime } from './differential-runtime.js';

export const RUNTIME_KINDS: RuntimeKind[] = process.env.POSEIDON_TEST_RUNTIME === 'native' ? ['native'] : SO_RUNTIME_KINDS;

export function createRuntime(kind: RuntimeKind, options: RuntimeOptions): Promise<Runtime> {
  return kind === 'native' ? createDifferentialRuntime(options) : createSrcRuntime(kind, options);
}
