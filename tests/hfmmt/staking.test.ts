// HFMMT on both runtimes, staking side: initialize, stake, warm-up, the volatility multiplier, the reward
// budget, auto-compound, tiers, unstaking, forward-only config changes and what a pause leaves open.
// Every step is held to the reference model by the World (outcome, events, every account and balance,
// the invariants); each test then states the one fact it is about, worked out by hand in its comment.
import { AccountLayout } from '@solana/spl-token';
import { beforeAll, describe, expect, it } from 'vitest';
import { RUNTIME_KINDS } from '../support/runtimes.js';
import { HfmmtWorld, PARAMS, START_BALANCE, T0, eventOf, hfmmtBuild } from '../support/hfmmt.js';

beforeAll(() => { hfmmtBuild(); });

describe.each(RUNTIME_KINDS)('HFMMT staking on %s', (kind) => {
  describe('initialize', () => {
    it('stores the keys, the parameters, a 1.0 multiplier and the start of epoch 0', async () => {
      const w = await HfmmtWorld.create(kind, { initialize: false });
      await w.at(5n);

      const step = await w.initialize(PARAMS);

      expect(eventOf(step, 'initialized')).toEqual({
        admin: w.name('admin'), performanceAuthority: w.name('keeper'), hfmmtMint: w.hfmmtMint.toBase58(),
        liquidityMint: w.liquidityMint.toBase58(), epochStart: T0 + 5n,
      });
      expect((await w.chain()).config).toMatchObject({
        params: PARAMS, volatilityMultiplierBps: 10_000n, lastUpdate: T0 + 5n, epochStart: T0 + 5n, epochIndex: 0n, paused: false,
      });
    });

    it('creates the three vaults as token accounts of Config, with the HFMMT and liquidity mints', async () => {
      const w = await HfmmtWorld.create(kind);
      const vault = async (key: typeof w.client.config) => {
        const raw = AccountLayout.decode((await w.rt.getAccount(key))!.data);
        return { mint: raw.mint.toBase58(), authority: raw.owner.toBase58() };
      };

      const config = w.client.config.toBase58();
      expect([await vault(w.client.stakeVault), await vault(w.client.rewardVault), await vault(w.client.liquidityVault)]).toEqual([
        { mint: w.hfmmtMint.toBase58(), authority: config },
        { mint: w.hfmmtMint.toBase58(), authority: config },
        { mint: w.liquidityMint.toBase58(), authority: config },
      ]);
    });
  });

  describe('stake_tokens and warm-up', () => {
    it('a first stake creates the MarketMaker and moves the tokens into the stake vault, warming', async () => {
      const w = await HfmmtWorld.create(kind);
      await w.at(10n);

      const step = await w.stake('alice', 10_000n);

      expect(eventOf(step, 'staked')).toEqual({ owner: w.name('alice'), amount: 10_000n, effectiveAt: T0 + 110n, staked: 0n, warming: 10_000n });
      const chain = await w.chain();
      expect(chain.users[w.name('alice')]).toMatchObject({
        maker: { owner: w.name('alice'), staked: 0n, warmingAmount: 10_000n, warmingUntil: T0 + 110n, lastActive: T0 + 10n, effectiveStake: 0n },
        hfmmt: START_BALANCE - 10_000n,
      });
      expect(chain.vaults.stake).toBe(10_000n);
    });

    it('a repeat stake restarts the warm-up for everything still warming', async () => {
      const w = await HfmmtWorld.create(kind);
      await w.stake('alice', 10_000n);
      await w.at(50n);

      await w.stake('alice', 5_000n); // warming 15,000 until 50 + 100
      await w.at(120n);
      await w.distribute('alice');
      expect((await w.chain()).users[w.name('alice')].maker).toMatchObject({ staked: 0n, warmingAmount: 15_000n, warmingUntil: T0 + 150n });
      await w.at(150n);
      await w.distribute('alice');

      expect((await w.chain()).users[w.name('alice')].maker).toMatchObject({ staked: 15_000n, warmingAmount: 0n, effectiveStake: 15_000n });
    });

    it('a stake earns nothing until warm-up ends, then the whole emission while alone', async () => {
      const w = await HfmmtWorld.create(kind);
      await w.stake('alice', 10_000n);
      await w.at(50n);
      expect(eventOf(await w.distribute('alice'), 'rewardsDistributed').stakingRewards).toBe(0n);
      await w.at(100n); // warm-up over: this crank activates the stake, which starts earning now
      expect(eventOf(await w.distribute('alice'), 'rewardsDistributed').stakingRewards).toBe(0n);
      await w.at(200n); // 100 s × 1,000/s × 1.0

      expect(eventOf(await w.distribute('alice'), 'rewardsDistributed').stakingRewards).toBe(100_000n);
      expect((await w.chain()).users[w.name('alice')].hfmmt).toBe(START_BALANCE - 10_000n + 100_000n);
    });

    it('a just-in-time stake before a payout takes no share of it', async () => {
      const w = await HfmmtWorld.create(kind);
      await w.stake('alice', 10_000n);
      await w.at(100n);
      await w.distribute('alice');
      await w.at(199n);
      await w.stake('bob', 90_000n); // warming until 299
      await w.at(200n);

      expect(eventOf(await w.distribute('alice'), 'rewardsDistributed').stakingRewards).toBe(100_000n);
      expect(eventOf(await w.distribute('bob'), 'rewardsDistributed').stakingRewards).toBe(0n);
    });

    it('with no warm-up, stakes count at once and share the emission linearly', async () => {
      const w = await HfmmtWorld.create(kind, { params: { warmupSeconds: 0n } });
      await w.stake('alice', 1_000n);
      await w.stake('bob', 3_000n);
      await w.at(100n); // 100,000 split 1:3

      expect(eventOf(await w.distribute('alice'), 'rewardsDistributed').stakingRewards).toBe(25_000n);
      expect(eventOf(await w.distribute('bob'), 'rewardsDistributed').stakingRewards).toBe(75_000n);
    });

    it('nothing accrues while no stake is effective', async () => {
      const w = await HfmmtWorld.create(kind);
      await w.at(1_000n);

      await w.stake('alice', 10_000n);

      expect((await w.chain()).config).toMatchObject({ accRewardPerShare: 0n, rewardBudget: 10_000_000n, lastUpdate: T0 + 1_000n });
    });
  });

  describe('volatility multiplier', () => {
    it.each([
      ['below the threshold', 1_999n, 10_000n],
      ['at the threshold', 2_000n, 10_000n],
      ['just above the threshold, rounded down', 2_001n, 10_005n],
      ['above the threshold', 3_000n, 15_000n],
      ['at its cap', 6_000n, 30_000n],
      ['far above its cap', 1_000_000n, 30_000n],
    ])('%s: volatility %i bps gives a multiplier of %i bps', async (_, volatility, multiplier) => {
      const w = await HfmmtWorld.create(kind);

      const step = await w.volatility(volatility);

      expect(eventOf(step, 'volatilityUpdated')).toEqual({ volatilityBps: volatility, multiplierBps: multiplier });
      expect((await w.chain()).config).toMatchObject({ volatilityBps: volatility, volatilityMultiplierBps: multiplier });
    });

    it('scales the staking emission from the update on, never before', async () => {
      const w = await HfmmtWorld.create(kind, { params: { warmupSeconds: 0n } });
      await w.stake('alice', 10_000n);
      await w.at(100n);
      await w.volatility(3_000n);
      await w.at(200n); // 100 s at 1.0 + 100 s at 1.5

      expect(eventOf(await w.distribute('alice'), 'rewardsDistributed').stakingRewards).toBe(250_000n);
    });

    it('at its cap triples the emission', async () => {
      const w = await HfmmtWorld.create(kind, { params: { warmupSeconds: 0n } });
      await w.stake('alice', 10_000n);
      await w.volatility(50_000n);
      await w.at(100n); // 100 s × 1,000/s × 3.0

      expect(eventOf(await w.distribute('alice'), 'rewardsDistributed').stakingRewards).toBe(300_000n);
    });
  });

  describe('reward budget', () => {
    it('caps the emission at what is left and then stops accrual', async () => {
      const w = await HfmmtWorld.create(kind, { params: { warmupSeconds: 0n }, funding: 50_000n });
      await w.stake('alice', 10_000n);
      await w.at(100n); // 100,000 due, 50,000 funded
      expect(eventOf(await w.distribute('alice'), 'rewardsDistributed').stakingRewards).toBe(50_000n);
      await w.at(200n);

      expect(eventOf(await w.distribute('alice'), 'rewardsDistributed').stakingRewards).toBe(0n);
      expect((await w.chain()).config).toMatchObject({ rewardBudget: 0n });
      expect((await w.chain()).vaults.reward).toBe(0n);
    });

    it('fund_rewards restarts accrual from the funding, never retroactively', async () => {
      const w = await HfmmtWorld.create(kind, { params: { warmupSeconds: 0n }, funding: 50_000n });
      await w.stake('alice', 10_000n);
      await w.at(100n);
      await w.distribute('alice');
      await w.at(300n);

      expect(eventOf(await w.fund(1_000_000n), 'rewardsFunded')).toEqual({ funder: w.name('admin'), amount: 1_000_000n, budget: 1_000_000n });
      await w.at(400n); // only 300 → 400 accrues
      expect(eventOf(await w.distribute('alice'), 'rewardsDistributed').stakingRewards).toBe(100_000n);
    });
  });

  describe('auto-compound', () => {
    it('restakes the payout at once, without warm-up, and raises the tier', async () => {
      const w = await HfmmtWorld.create(kind, { params: { warmupSeconds: 0n } });
      await w.stake('alice', 10_000n);
      expect(eventOf(await w.autoCompound('alice', true), 'autoCompoundSet')).toEqual({ owner: w.name('alice'), enabled: true });
      await w.at(100n);

      expect(eventOf(await w.distribute('alice'), 'rewardsDistributed')).toEqual({
        owner: w.name('alice'), stakingRewards: 100_000n, marketMakingRewards: 0n, rebates: 0n, compounded: true,
      });
      const chain = await w.chain();
      expect(chain.users[w.name('alice')]).toMatchObject({
        maker: { staked: 110_000n, effectiveStake: 110_000n, priorityTier: 3n }, hfmmt: START_BALANCE - 10_000n,
      });
      expect(chain.vaults.stake).toBe(110_000n);
    });

    it('compounded stake earns from the next second', async () => {
      const w = await HfmmtWorld.create(kind, { params: { warmupSeconds: 0n } });
      await w.stake('alice', 10_000n);
      await w.stake('bob', 10_000n);
      await w.autoCompound('alice', true);
      await w.at(100n); // alice compounds 50,000: 60,000 against bob's 10,000
      await w.distribute('alice');
      await w.distribute('bob');
      await w.at(170n); // 70,000 split 6:1

      expect(eventOf(await w.distribute('alice'), 'rewardsDistributed').stakingRewards).toBe(60_000n);
      expect(eventOf(await w.distribute('bob'), 'rewardsDistributed').stakingRewards).toBe(10_000n);
    });
  });

  describe('priority tiers', () => {
    it('follow the effective stake against the three thresholds', async () => {
      const w = await HfmmtWorld.create(kind, { params: { warmupSeconds: 0n }, users: ['alice', 'bob', 'carol'] });
      await w.stake('alice', 1_000n);
      await w.stake('bob', 10_000n);
      await w.stake('carol', 100_000n);

      const tiers = async () => Object.values((await w.chain()).users).flatMap((u) => (u.maker ? [u.maker.priorityTier] : []));
      expect(await tiers()).toEqual([1n, 2n, 3n]);
      await w.unstake('carol', 1n); // 99,999: tier 2
      await w.unstake('alice', 1n); // 999: below min_stake, so not effective and tier 0
      expect(await tiers()).toEqual([0n, 2n, 2n]);
      expect((await w.chain()).config).toMatchObject({ totalEffective: 10_000n + 99_999n });
    });
  });

  describe('request_unstake and withdraw_unstaked', () => {
    it('a pending unstake earns nothing', async () => {
      const w = await HfmmtWorld.create(kind, { params: { warmupSeconds: 0n } });
      await w.stake('alice', 10_000n);
      await w.stake('bob', 5_000n);
      await w.at(100n);
      // 100,000 split 10:5 so far: alice 66,666, bob 33,333; from now on 5,000 each
      expect(eventOf(await w.unstake('alice', 5_000n), 'unstakeRequested')).toEqual({ owner: w.name('alice'), amount: 5_000n, pending: 5_000n, unlockAt: T0 + 600n });
      await w.at(200n);

      expect(eventOf(await w.distribute('alice'), 'rewardsDistributed').stakingRewards).toBe(66_666n + 50_000n);
      expect(eventOf(await w.distribute('bob'), 'rewardsDistributed').stakingRewards).toBe(33_333n + 50_000n);
    });

    it('takes still-warming stake first', async () => {
      const w = await HfmmtWorld.create(kind);
      await w.stake('alice', 10_000n);
      await w.at(100n);
      await w.distribute('alice');
      await w.at(150n);
      await w.stake('alice', 4_000n);
      await w.at(160n);

      await w.unstake('alice', 5_000n);

      expect((await w.chain()).users[w.name('alice')].maker).toMatchObject({ staked: 9_000n, warmingAmount: 0n, pendingUnstake: 5_000n, unstakeUnlockAt: T0 + 660n });
    });

    it('pays the pending amount back once the cooldown has elapsed', async () => {
      const w = await HfmmtWorld.create(kind, { params: { warmupSeconds: 0n, rewardRate: 0n } });
      await w.stake('alice', 10_000n);
      await w.at(100n);
      await w.unstake('alice', 4_000n);
      await w.at(600n);

      expect(eventOf(await w.withdrawUnstaked('alice'), 'unstaked')).toEqual({ owner: w.name('alice'), amount: 4_000n });
      const chain = await w.chain();
      expect(chain.users[w.name('alice')]).toMatchObject({ maker: { staked: 6_000n, pendingUnstake: 0n }, hfmmt: START_BALANCE - 6_000n });
      expect(chain.vaults.stake).toBe(6_000n);
    });
  });

  describe('update_config and set_paused', () => {
    it('a new reward rate applies from the change on, never before', async () => {
      const w = await HfmmtWorld.create(kind, { params: { warmupSeconds: 0n } });
      await w.stake('alice', 10_000n);
      await w.at(100n);
      const params = { ...w.params, rewardRate: 2_000n };

      expect(eventOf(await w.updateConfig(params), 'configUpdated')).toEqual({ params, paused: false });
      await w.at(200n); // 100 s × 1,000 + 100 s × 2,000
      expect(eventOf(await w.distribute('alice'), 'rewardsDistributed').stakingRewards).toBe(300_000n);
    });

    it('a pause leaves unstaking, withdrawals and payouts open', async () => {
      const w = await HfmmtWorld.create(kind, { params: { warmupSeconds: 0n } });
      await w.stake('alice', 10_000n);
      await w.provide('alice', 1_000n);
      expect(eventOf(await w.pause(true), 'configUpdated')).toEqual({ params: w.params, paused: true });

      await w.unstake('alice', 10_000n);
      await w.at(600n);
      await w.withdrawUnstaked('alice');
      await w.distribute('alice');
      await w.withdrawLiquidity('alice', 1_000n);

      const chain = await w.chain();
      expect(chain.users[w.name('alice')].maker).toMatchObject({ staked: 0n, pendingUnstake: 0n, accruedRewards: 0n });
      expect(chain.users[w.name('alice')].liquidity).toBe(START_BALANCE);
      expect(chain.vaults).toMatchObject({ stake: 0n, liquidity: 0n });
    });
  });
});
