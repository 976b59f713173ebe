// HFMMT on both runtimes: liquidity provision with the commitment-duration multiplier, and slashing of
// inactive makers. Every step is held to the reference model by the World; each test then states the
// one fact it is about, worked out by hand in its comment.
import { beforeAll, describe, expect, it } from 'vitest';
import { RUNTIME_KINDS } from '../support/runtimes.js';
import { HfmmtWorld, START_BALANCE, T0, eventOf, hfmmtBuild } from '../support/hfmmt.js';

beforeAll(() => { hfmmtBuild(); });

describe.each(RUNTIME_KINDS)('HFMMT liquidity on %s', (kind) => {
  it('a first deposit creates the position and moves the tokens into the liquidity vault', async () => {
    const w = await HfmmtWorld.create(kind);
    await w.at(7n);

    const step = await w.provide('alice', 1_000_000n);

    expect(eventOf(step, 'liquidityProvided')).toEqual({ owner: w.name('alice'), amount: 1_000_000n, totalAmount: 1_000_000n, commitmentStart: T0 + 7n });
    const chain = await w.chain();
    expect(chain.users[w.name('alice')]).toMatchObject({
      position: { owner: w.name('alice'), amount: 1_000_000n, commitmentStart: T0 + 7n, lastAccrual: T0 + 7n, accruedRewards: 0n },
      liquidity: START_BALANCE - 1_000_000n,
    });
    expect(chain.config).toMatchObject({ totalLiquidity: 1_000_000n });
    expect(chain.vaults.liquidity).toBe(1_000_000n);
  });

  it('rewards accrue with the duration multiplier averaged over the interval and are paid in HFMMT', async () => {
    const w = await HfmmtWorld.create(kind);
    await w.provide('alice', 1_000_000n);
    await w.at(500n); // 1,000/s at 1.0; the multiplier goes 1.0 → 1.5, average 1.25: 1,250/s × 500 s

    const step = await w.withdrawLiquidity('alice', 0n);

    expect(eventOf(step, 'liquidityWithdrawn')).toEqual({ owner: w.name('alice'), amount: 0n, rewards: 625_000n, remaining: 1_000_000n });
    expect((await w.chain()).users[w.name('alice')].hfmmt).toBe(START_BALANCE + 625_000n);
  });

  it('across the end of the ramp, pays the multiplier\'s integral: linear up to the end, flat at the maximum after', async () => {
    const w = await HfmmtWorld.create(kind);
    await w.provide('alice', 1_000_000n);
    await w.at(500n);
    await w.withdrawLiquidity('alice', 0n);
    await w.at(1_500n); // 1.5 → 2.0 over 500 s (1,750/s on average), then 2.0 for 500 s: 875,000 + 1,000,000

    expect(eventOf(await w.withdrawLiquidity('alice', 0n), 'liquidityWithdrawn').rewards).toBe(1_875_000n);
  });

  it('adding liquidity moves the commitment start to the amount-weighted average', async () => {
    const w = await HfmmtWorld.create(kind);
    await w.provide('alice', 1_000_000n);
    await w.at(400n); // age 400 × 1,000,000 / 2,000,000 = 200

    const step = await w.provide('alice', 1_000_000n);

    expect(eventOf(step, 'liquidityProvided')).toEqual({ owner: w.name('alice'), amount: 1_000_000n, totalAmount: 2_000_000n, commitmentStart: T0 + 200n });
  });

  it('withdrawing keeps the commitment start and pays the liquidity with the rewards so far', async () => {
    const w = await HfmmtWorld.create(kind);
    await w.provide('alice', 1_000_000n);
    await w.at(400n); // multiplier 1.0 → 1.4, average 1.2: 1,200/s × 400 s

    const step = await w.withdrawLiquidity('alice', 400_000n);

    expect(eventOf(step, 'liquidityWithdrawn')).toEqual({ owner: w.name('alice'), amount: 400_000n, rewards: 480_000n, remaining: 600_000n });
    const alice = (await w.chain()).users[w.name('alice')];
    expect(alice).toMatchObject({
      position: { amount: 600_000n, commitmentStart: T0, accruedRewards: 0n, lastAccrual: T0 + 400n },
      liquidity: START_BALANCE - 600_000n, hfmmt: START_BALANCE + 480_000n,
    });
  });

  it('rewards are capped by the budget: the reservation takes what is left, the position keeps its multiplier\'s share', async () => {
    const w = await HfmmtWorld.create(kind, { funding: 100_000n });
    await w.provide('alice', 1_000_000n);
    await w.at(500n); // 1,000,000 wanted at the 2.0 cap, 100,000 reserved; d averaged 1.25 of 2.0: 62,500 kept

    expect(eventOf(await w.withdrawLiquidity('alice', 0n), 'liquidityWithdrawn').rewards).toBe(62_500n);
    expect((await w.chain()).config).toMatchObject({ rewardBudget: 37_500n });
  });

  it('two providers of equal amounts and ages earn the same', async () => {
    const w = await HfmmtWorld.create(kind);
    await w.provide('alice', 500_000n);
    await w.provide('bob', 500_000n);
    await w.at(500n); // each 500/s × 1.25 × 500 s

    expect(eventOf(await w.withdrawLiquidity('alice', 0n), 'liquidityWithdrawn').rewards).toBe(312_500n);
    expect(eventOf(await w.withdrawLiquidity('bob', 0n), 'liquidityWithdrawn').rewards).toBe(312_500n);
  });
});

describe.each(RUNTIME_KINDS)('HFMMT slashing on %s', (kind) => {
  it('takes slash_bps of the stake into the reward vault and the budget', async () => {
    const w = await HfmmtWorld.create(kind, { params: { warmupSeconds: 0n, rewardRate: 0n } });
    await w.stake('alice', 10_000n);
    await w.at(5_001n); // inactive for more than 5,000 s; 10% of 10,000

    const step = await w.slash('alice');

    expect(eventOf(step, 'slashed')).toEqual({ owner: w.name('alice'), amount: 1_000n, remainingStake: 9_000n });
    const chain = await w.chain();
    expect(chain.vaults).toMatchObject({ stake: 9_000n, reward: 10_001_000n });
    expect(chain.config).toMatchObject({ rewardBudget: 10_001_000n, totalStaked: 9_000n, totalEffective: 9_000n });
    expect(chain.users[w.name('alice')].maker).toMatchObject({ staked: 9_000n, totalSlashed: 1_000n, lastActive: T0 + 5_001n, priorityTier: 1n });
  });

  it('costs one slash per inactivity period', async () => {
    const w = await HfmmtWorld.create(kind, { params: { warmupSeconds: 0n, rewardRate: 0n } });
    await w.stake('alice', 10_000n);
    await w.at(5_001n);
    await w.slash('alice');
    await w.at(10_002n); // a second full period: 10% of 9,000

    expect(eventOf(await w.slash('alice'), 'slashed')).toEqual({ owner: w.name('alice'), amount: 900n, remainingStake: 8_100n });
  });

  it('spares stake still warming up', async () => {
    const w = await HfmmtWorld.create(kind, { params: { rewardRate: 0n } });
    await w.stake('alice', 10_000n);
    await w.at(100n);
    await w.distribute('alice'); // activates the first 10,000; cranks do not mark the maker active
    await w.at(5_001n);
    await w.stake('alice', 5_000n); // warming until 5,101

    expect(eventOf(await w.slash('alice'), 'slashed')).toEqual({ owner: w.name('alice'), amount: 1_000n, remainingStake: 9_000n });
    expect((await w.chain()).users[w.name('alice')].maker).toMatchObject({ warmingAmount: 5_000n });
  });

  it('a performance report restarts the inactivity period', async () => {
    const w = await HfmmtWorld.create(kind, { params: { warmupSeconds: 0n } });
    await w.stake('alice', 10_000n);
    await w.at(4_000n);
    await w.report('alice', 1n, 0n, 0n);
    await w.at(9_001n);

    expect(eventOf(await w.slash('alice'), 'slashed').amount).toBe(1_000n);
  });
});
