// Runtime.advanceSlot on both runtimes: the Clock moves to the next slot and transactions keep working.
// (That a program deployed through the loader runs after one advance is shown in tests/deploy/.)
import { Keypair, SystemProgram } from '@solana/web3.js';
import { beforeEach, describe, expect, test } from 'vitest';
import { createRuntime, RUNTIME_KINDS, type Runtime } from '../../src/runtime/index.js';

describe.each(RUNTIME_KINDS)('advanceSlot on %s', (kind) => {
  let runtime: Runtime;
  beforeEach(async () => {
    runtime = await createRuntime(kind, { programs: [] });
  });

  test('moves the Clock to the next slot', async () => {
    const before = (await runtime.getClock()).slot;
    await runtime.advanceSlot();
    expect((await runtime.getClock()).slot).toBe(before + 1n);
  });

  test('transactions still execute in the new slot', async () => {
    await runtime.advanceSlot();
    const to = Keypair.generate().publicKey;
    const result = await runtime.send([SystemProgram.transfer({ fromPubkey: runtime.payer.publicKey, toPubkey: to, lamports: 1_000_000 })]);
    expect([result.ok, (await runtime.getAccount(to))?.lamports]).toEqual([true, 1_000_000n]);
  });
});
