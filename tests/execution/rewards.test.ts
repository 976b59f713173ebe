// A staking pool written with DSL helper functions (accrue, settle, pending, resetDebt, scaled), executed on
// both runtimes: values flow in and out of functions, functions call functions, a `require` inside a
// function fails the instruction, and results match a BigInt computation of the same formulas.
import anchor from '@coral-xyz/anchor';
import { Keypair, PublicKey } from '@solana/web3.js';
import { beforeEach, describe, expect, it } from 'vitest';
import { errorCode, type Runtime } from '../../src/runtime/index.js';
import { createRuntime, RUNTIME_KINDS } from '../support/runtimes.js';
import { compileTestProgram, SYSTEM_PROGRAM_ID } from '../support/compiled.js';

const { BN, EventParser } = anchor;
const rewards = compileTestProgram('rewards.ts');
const SCALE = 10n ** 12n;
const T0 = 1_800_000_000n;

describe.each(RUNTIME_KINDS)('helper functions (rewards pool) on %s', (kind) => {
  let rt: Runtime;
  let admin: Keypair;
  let pool: Keypair;
  let alice: Keypair;
  let bob: Keypair;
  const stakeOf = (owner: PublicKey) => PublicKey.findProgramAddressSync([Buffer.from('stake'), pool.publicKey.toBuffer(), owner.toBuffer()], rewards.programId)[0];
  const at = async (t: bigint) => rt.setClock({ ...(await rt.getClock()), unixTimestamp: t });

  beforeEach(async () => {
    rt = await createRuntime(kind, { programs: [{ programId: rewards.programId, so: rewards.so, name: 'rewards_program' }] });
    [admin, pool, alice, bob] = [Keypair.generate(), Keypair.generate(), Keypair.generate(), Keypair.generate()];
    for (const k of [admin, alice, bob]) await rt.airdrop(k.publicKey, 1_000_000_000n);
    await at(T0);
    const r = await rt.send([rewards.ix('initialize', { admin: admin.publicKey, pool: pool.publicKey, systemProgram: SYSTEM_PROGRAM_ID }, { rate: new BN(1_000) })], [admin, pool]);
    expect(r.error).toBeNull();
  });

  const stake = (who: Keypair, amount: bigint) =>
    rt.send([rewards.ix('stake', { owner: who.publicKey, pool: pool.publicKey, stake: stakeOf(who.publicKey), systemProgram: SYSTEM_PROGRAM_ID }, { amount: new BN(amount.toString()) })], [who]);
  const claim = (who: Keypair) => rt.send([rewards.ix('claim', { owner: who.publicKey, pool: pool.publicKey, stake: stakeOf(who.publicKey) })], [who]);
  const poolState = async () => rewards.decode<Record<string, { toString(): string }>>('Pool', (await rt.getAccount(pool.publicKey))!.data);

  it('fails inside a function with the function\'s require (NothingToClaim) and changes nothing', async () => {
    await stake(alice, 100n);
    const before = (await rt.getAccount(stakeOf(alice.publicKey)))!.data;
    expect(errorCode(await claim(alice))).toBe(6002);
    expect((await rt.getAccount(stakeOf(alice.publicKey)))!.data).toEqual(before);
  });

  it('accrues through accrue() and pays each staker pro rata through pending()/settle()', async () => {
    await stake(alice, 300n);
    await at(T0 + 10n);
    await stake(bob, 100n); // accrue: 10 s × 1000 over 300 staked
    await at(T0 + 30n);
    const acc1 = (10n * 1_000n * SCALE) / 300n;
    const acc2 = acc1 + (20n * 1_000n * SCALE) / 400n;
    const r = await claim(alice);
    expect(r.error).toBeNull();
    const expected = (300n * acc2) / SCALE;
    const [event] = new EventParser(rewards.programId, rewards.coder).parseLogs(r.logs);
    expect((event.data.amount as { toString(): string }).toString()).toBe(expected.toString());
    const p = await poolState();
    expect([p.acc_per_share, p.total_staked, p.last_update].map(String)).toEqual([acc2.toString(), '400', (T0 + 30n).toString()]);
    const bobPending = (100n * acc2) / SCALE - (100n * acc1) / SCALE;
    const preview = await rt.send([rewards.ix('preview', { pool: pool.publicKey, stake: stakeOf(bob.publicKey) })]);
    expect(preview.logs).toContain(`Program log: pending ${bobPending}`);
  });

  it('settles into the unclaimed balance when a stake changes, logging from inside the function', async () => {
    await stake(alice, 50n);
    await at(T0 + 5n);
    const r = await stake(alice, 50n);
    expect(r.logs).toContain(`Program log: settled ${(50n * ((5n * 1_000n * SCALE) / 50n)) / SCALE}`);
    const s = rewards.decode<Record<string, { toString(): string }>>('UserStake', (await rt.getAccount(stakeOf(alice.publicKey)))!.data);
    expect([s.amount, s.unclaimed].map(String)).toEqual(['100', '5000']);
  });
});
