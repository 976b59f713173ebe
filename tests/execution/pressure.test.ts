// Expressions that need more registers than the sBPF code generator has where they stand (pressure.ts),
// executed on both runtimes: the values it spills around a constant-divisor mulDiv, a helper call, a key
// compared with a helper's result, and u128 helper calls come back intact, and the results and failures are
// the ones Rust's checked arithmetic gives (computed here in BigInt).
import anchor from '@coral-xyz/anchor';
import { Keypair, PublicKey } from '@solana/web3.js';
import { beforeEach, describe, expect, it } from 'vitest';
import { errorCode, type Runtime } from '../../src/runtime/index.js';
import { createRuntime, RUNTIME_KINDS } from '../support/runtimes.js';
import { compileTestProgram } from '../support/compiled.js';

const { BN } = anchor;
const pressure = compileTestProgram('pressure.ts');
const bn = (v: bigint) => new BN(v.toString());

describe.each(RUNTIME_KINDS)('expressions that spill (pressure) on %s', (kind) => {
  let rt: Runtime;
  let owner: Keypair;
  const totals = Keypair.generate().publicKey;

  /** The Totals account as the program owns it: discriminator, owner, count, sum. */
  const setTotals = async (state: { owner: PublicKey; count: bigint; sum: bigint }) => {
    const data = await pressure.coder.accounts.encode('Totals', { owner: state.owner, count: bn(state.count), sum: bn(state.sum) });
    await rt.setAccount(totals, { lamports: 10_000_000n, data: new Uint8Array(data), owner: pressure.programId });
  };
  const read = async () => {
    const t = pressure.decode<{ owner: PublicKey; count: { toString(): string }; sum: { toString(): string } }>('Totals', (await rt.getAccount(totals))!.data);
    return { count: BigInt(t.count.toString()), sum: BigInt(t.sum.toString()) };
  };
  const call = (name: string, args: Record<string, bigint>, signer?: Keypair) =>
    rt.send(
      [pressure.ix(name, { totals, ...(signer ? { owner: signer.publicKey } : {}) }, Object.fromEntries(Object.entries(args).map(([k, v]) => [k, bn(v)])))],
      signer ? [signer] : [],
    );

  beforeEach(async () => {
    rt = await createRuntime(kind, { programs: [{ programId: pressure.programId, so: pressure.so, name: 'pressure_program' }] });
    owner = Keypair.generate();
    await rt.airdrop(owner.publicKey, 1_000_000_000n);
    await setTotals({ owner: owner.publicKey, count: 99n, sum: 0n });
  });

  it('adds a mulDiv by a constant: x + a·b/100', async () => {
    expect((await call('percentOf', { x: 5n, a: 1_000n, b: 37n })).error).toBeNull();
    expect((await read()).count).toBe(5n + (1_000n * 37n) / 100n);
  });

  it('fails when that mulDiv does not fit a u64, and changes nothing', async () => {
    const before = (await rt.getAccount(totals))!.data;
    const r = await call('percentOf', { x: 0n, a: 2n ** 64n - 1n, b: 200n });
    expect(r.error).toEqual({ kind: 'instruction', index: 0, error: { name: 'ArithmeticOverflow' } });
    expect((await rt.getAccount(totals))!.data).toEqual(before);
  });

  it('adds a helper call on a mulDiv: x + plusOne(a·b/x)', async () => {
    const [x, a, b] = [7n, 10n ** 12n, 3_000_000n];
    expect((await call('nestedCall', { x, a, b })).error).toBeNull();
    expect((await read()).count).toBe(x + (a * b) / x + 1n);
  });

  it('compares a stored key with a helper result computed from nested mulDivs', async () => {
    // a·b/(x + a·b/x) = 20/9 = 2 ≠ 0: the helper returns the owner's key, the keys match
    expect((await call('matchKey', { x: 3n, a: 4n, b: 5n }, owner)).error).toBeNull();
    expect((await read()).count).toBe(3n);
    // a = 0: the helper returns the system program's id, the keys differ
    expect((await call('matchKey', { x: 3n, a: 0n, b: 5n }, owner)).error).toBeNull();
    expect((await read()).count).toBe(0n);
  });

  it('calls u128 helpers inside u128 arithmetic', async () => {
    const [x, a, b] = [2n ** 40n + 3n, 1_000n, 21n];
    expect((await call('wideCalls', { x, a, b })).error).toBeNull();
    const grown = x * ((a * b) / 7n) + (a * b) / (a + b);
    expect(await read()).toEqual({ sum: x + grown - 5n, count: x + a + (a * b) / ((a * a) / 3n) });
  });

  it('fails with 4102 when a u128 helper result does not convert to u64, and changes nothing', async () => {
    const before = (await rt.getAccount(totals))!.data;
    const r = await call('wideCalls', { x: 2n ** 64n, a: 1n, b: 1n });
    expect(errorCode(r)).toBe(4102);
    expect((await rt.getAccount(totals))!.data).toEqual(before);
  });
});
