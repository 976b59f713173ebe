// HFMMT on both runtimes, market-making side: performance scores, epochs, the per-epoch reward pool,
// expiry of old scores, and fee rebates. Every step is held to the reference model by the World; each
// test then states the one fact it is about, worked out by hand in its comment.
import { beforeAll, describe, expect, it } from 'vitest';
import { RUNTIME_KINDS } from '../support/runtimes.js';
import { HfmmtWorld, START_BALANCE, T0, eventOf, hfmmtBuild } from '../support/hfmmt.js';

beforeAll(() => { hfmmtBuild(); });

describe.each(RUNTIME_KINDS)('HFMMT market making on %s', (kind) => {
  /** alice scores 900,000 and bob 500,000 in epoch 0, both with 10,000 staked (no warm-up). */
  async function twoMakersReport(options: { funding?: bigint } = {}): Promise<HfmmtWorld> {
    const w = await HfmmtWorld.create(kind, { params: { warmupSeconds: 0n }, ...options });
    await w.stake('alice', 10_000n);
    await w.stake('bob', 10_000n);
    await w.at(10n);
    await w.report('alice', 1_000_000n, 8_000n, 200_000n);
    await w.report('bob', 500_000n, 10_000n, 0n);
    return w;
  }

  describe('update_performance', () => {
    it('scores volume × spread efficiency plus weighted order flow and records the epoch', async () => {
      const w = await HfmmtWorld.create(kind, { params: { warmupSeconds: 0n } });
      await w.stake('alice', 10_000n);
      await w.at(10n);

      // 1,000,000 × 8,000 × 10,000 / 10^8 + 200,000 × 5,000 / 10,000 = 800,000 + 100,000; rebate 1,000,000 × 10 bps
      const step = await w.report('alice', 1_000_000n, 8_000n, 200_000n);

      expect(eventOf(step, 'performanceUpdated')).toEqual({ owner: w.name('alice'), epoch: 0n, score: 900_000n, epochScore: 900_000n, rebate: 1_000n });
      expect((await w.chain()).users[w.name('alice')].maker).toMatchObject({
        epochVolume: 1_000_000n, epochSpreadEfficiency: 8_000n, epochOrderFlow: 200_000n, epochScore: 900_000n,
        scoreEpoch: 0n, accruedRebates: 1_000n, lastActive: T0 + 10n,
      });
      expect((await w.chain()).config).toMatchObject({ epochScore: 900_000n });
    });

    it('scales the score by the volatility multiplier', async () => {
      const w = await HfmmtWorld.create(kind, { params: { warmupSeconds: 0n } });
      await w.stake('alice', 10_000n);
      await w.volatility(8_000n); // 10,000 × 8,000 / 2,000 = 40,000, capped at 30,000

      // (100,000 × 10,000 × 10,000 / 10^8 + 0) × 30,000 / 10,000
      expect(eventOf(await w.report('alice', 100_000n, 10_000n, 0n), 'performanceUpdated').score).toBe(300_000n);
    });

    it('adds reports of the same epoch together and keeps the last spread efficiency', async () => {
      const w = await HfmmtWorld.create(kind, { params: { warmupSeconds: 0n } });
      await w.stake('alice', 10_000n);
      await w.report('alice', 100_000n, 10_000n, 0n);

      await w.report('alice', 200_000n, 5_000n, 0n); // + 200,000 × 5,000 × 10,000 / 10^8 = 100,000

      expect((await w.chain()).users[w.name('alice')].maker).toMatchObject({ epochVolume: 300_000n, epochSpreadEfficiency: 5_000n, epochScore: 200_000n });
    });
  });

  describe('epochs and the market-making pool', () => {
    it('pays nothing for the running epoch', async () => {
      const w = await twoMakersReport();
      await w.at(999n);

      expect(eventOf(await w.distribute('alice'), 'rewardsDistributed').marketMakingRewards).toBe(0n);
    });

    it('pays each maker budget × score / total score during the next epoch', async () => {
      const w = await twoMakersReport();
      await w.at(1_000n); // 1,000,000 × 900,000 / 1,400,000 = 642,857.1; × 500,000 / 1,400,000 = 357,142.9

      const alice = await w.distribute('alice');
      const bob = await w.distribute('bob');

      expect([eventOf(alice, 'rewardsDistributed').marketMakingRewards, eventOf(bob, 'rewardsDistributed').marketMakingRewards]).toEqual([642_857n, 357_142n]);
      expect((await w.chain()).config).toMatchObject({
        epochIndex: 1n, epochStart: T0 + 1_000n, prevEpochScore: 1_400_000n, prevEpochPool: 1_000_000n, prevEpochPaid: 999_999n,
      });
    });

    it('pays the market-making share into the maker\'s own HFMMT account with the staking reward and the rebate', async () => {
      const w = await twoMakersReport();
      await w.at(1_000n); // staking: 1,000 s × 1,000/s split evenly; the rebate was 1,000,000 × 10 bps

      const paid = eventOf(await w.distribute('alice'), 'rewardsDistributed');

      expect(paid).toEqual({ owner: w.name('alice'), stakingRewards: 500_000n, marketMakingRewards: 642_857n, rebates: 1_000n, compounded: false });
      expect((await w.chain()).users[w.name('alice')].hfmmt).toBe(START_BALANCE - 10_000n + 500_000n + 642_857n + 1_000n);
    });

    it('expires a score two epochs old with a ScoreExpired event naming the epoch it was earned in', async () => {
      const w = await twoMakersReport();
      await w.at(2_000n);

      const step = await w.distribute('bob');

      expect(eventOf(step, 'scoreExpired')).toEqual({ owner: w.name('bob'), score: 500_000n, epoch: 0n });
      expect(eventOf(step, 'rewardsDistributed').marketMakingRewards).toBe(0n);
    });

    it('returns an unclaimed pool to the budget at the next roll-over', async () => {
      const w = await twoMakersReport();
      const budgetBefore = (await w.chain()).config!.rewardBudget as bigint;
      await w.at(1_000n);
      await w.distribute('alice');
      await w.at(2_000n); // bob never claimed his 357,143; epoch 1 had no score, so nothing is reserved

      await w.pause(false);

      // alice's 642,857 of the pool are gone; staking took 1,990 s × 1,000/s since the reports at 10 s (they checkpoint)
      expect((await w.chain()).config).toMatchObject({
        rewardBudget: budgetBefore - 642_857n - 1_990_000n, epochIndex: 2n, prevEpochPool: 0n, prevEpochPaid: 0n,
      });
    });

    it('skipping several epochs lands on the right index and start', async () => {
      const w = await twoMakersReport();
      await w.at(3_500n);

      await w.pause(false);

      expect((await w.chain()).config).toMatchObject({ epochIndex: 3n, epochStart: T0 + 3_000n, prevEpochScore: 0n });
    });

    it('shares a short budget pro rata', async () => {
      const w = await HfmmtWorld.create(kind, { params: { warmupSeconds: 0n, rewardRate: 0n }, funding: 700_000n });
      await w.stake('alice', 10_000n);
      await w.stake('bob', 10_000n);
      await w.report('alice', 300_000n, 10_000n, 0n);
      await w.report('bob', 100_000n, 10_000n, 0n);
      await w.at(1_000n); // the rebates took 300 + 100 of 700,000; the pool is the 699,600 left, shared 3:1

      expect(eventOf(await w.distribute('alice'), 'rewardsDistributed').marketMakingRewards).toBe(524_700n);
      expect(eventOf(await w.distribute('bob'), 'rewardsDistributed').marketMakingRewards).toBe(174_900n);
    });
  });

  describe('fee rebates', () => {
    it('accrue volume × rebate bps to a maker with warmed-up stake and are paid by distribute_rewards', async () => {
      const w = await HfmmtWorld.create(kind, { params: { warmupSeconds: 0n, rewardRate: 0n } });
      await w.stake('alice', 10_000n);

      expect(eventOf(await w.report('alice', 1_000_000n, 10_000n, 0n), 'performanceUpdated').rebate).toBe(1_000n);
      expect(eventOf(await w.distribute('alice'), 'rewardsDistributed').rebates).toBe(1_000n);
      expect((await w.chain()).users[w.name('alice')].hfmmt).toBe(START_BALANCE - 10_000n + 1_000n);
    });

    it('are not paid on stake still warming up', async () => {
      const w = await HfmmtWorld.create(kind);
      await w.stake('alice', 10_000n);

      expect(eventOf(await w.report('alice', 1_000_000n, 10_000n, 0n), 'performanceUpdated').rebate).toBe(0n);
    });

    it('are paid once warm-up has ended even before the stake is activated', async () => {
      const w = await HfmmtWorld.create(kind);
      await w.stake('alice', 10_000n);
      await w.at(100n);

      expect(eventOf(await w.report('alice', 1_000_000n, 10_000n, 0n), 'performanceUpdated').rebate).toBe(1_000n);
    });

    it('are not paid below min_stake', async () => {
      const w = await HfmmtWorld.create(kind, { params: { warmupSeconds: 0n } });
      await w.stake('alice', 1_000n);
      await w.unstake('alice', 500n);

      expect(eventOf(await w.report('alice', 1_000_000n, 10_000n, 0n), 'performanceUpdated').rebate).toBe(0n);
    });

    it('are capped by the budget', async () => {
      const w = await HfmmtWorld.create(kind, { params: { warmupSeconds: 0n, rewardRate: 0n }, funding: 600n });
      await w.stake('alice', 10_000n);

      expect(eventOf(await w.report('alice', 1_000_000n, 10_000n, 0n), 'performanceUpdated').rebate).toBe(600n);
      expect((await w.chain()).config).toMatchObject({ rewardBudget: 0n });
    });
  });
});
