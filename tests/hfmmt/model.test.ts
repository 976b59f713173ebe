// The HFMMT reference model alone (programs/hfmmt/model.ts): exact numbers for every rule of the
// spec, each worked out by hand in the test's comment, and the invariants after every scenario.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HfmmtModel, volatilityMultiplier, type ConfigParams, type Outcome } from '../../programs/hfmmt/model.js';

const T0 = 1_700_000_000n;
const PARAMS: ConfigParams = {
  rewardRate: 1_000n, volatilityThreshold: 2_000n, maxVolatilityMultiplierBps: 30_000n, minStake: 1_000n,
  warmupSeconds: 100n, unstakeCooldownSeconds: 500n, epochSeconds: 1_000n, mmEpochBudget: 1_000_000n,
  spreadWeightBps: 10_000n, flowWeightBps: 5_000n, makerRebateBps: 10n, rebateEpochBudget: 1_000_000n,
  maxReportVolume: 100_000_000_000_000_000n, lpRewardRate: 1_000_000_000n,
  lpMaxDurationMultiplierBps: 20_000n, lpRampSeconds: 1_000n, inactivitySeconds: 5_000n, slashBps: 1_000n,
  priorityTiers: { tier1: 1_000n, tier2: 10_000n, tier3: 100_000n },
};
const ACCOUNTS = {
  admin: 'admin', performanceAuthority: 'keeper', hfmmtMint: 'hfmmt', liquidityMint: 'usdc',
  stakeVault: 'stake-vault', rewardVault: 'reward-vault', liquidityVault: 'liquidity-vault', configBump: 255n,
  upgradeAuthority: 'admin',
};

let model: HfmmtModel;

/** A model initialized at T0 with `params`, its reward vault funded with `funding`. */
function setup(params: Partial<ConfigParams> = {}, funding = 10_000_000n): HfmmtModel {
  model = new HfmmtModel();
  model.now = T0;
  expectOk(model.initialize(ACCOUNTS, { ...PARAMS, ...params }));
  model.mint('funder', 'hfmmt', funding);
  if (funding > 0n) expectOk(model.fundRewards('funder', funding));
  for (const user of ['alice', 'bob']) {
    model.mint(user, 'hfmmt', 1_000_000n);
    model.mint(user, 'liquidity', 10_000_000n);
  }
  return model;
}

function expectOk(outcome: Outcome): Extract<Outcome, { ok: true }>['events'] {
  if (!outcome.ok) throw new Error(`expected success, got ${outcome.error}`);
  return outcome.events;
}

/** The data of the one event named `name` in a successful outcome. */
function eventOf(outcome: Outcome, name: string): Record<string, unknown> {
  const found = expectOk(outcome).filter((e) => e.name === name);
  expect(found).toHaveLength(1);
  return found[0].data;
}

const at = (seconds: bigint) => { model.now = T0 + seconds; };

beforeEach(() => {
  model = new HfmmtModel();
});

afterEach(() => {
  expect(model.invariantViolations()).toEqual([]);
});

describe('parameters', () => {
  it('initialize rejects an epoch length of zero', () => {
    expect(model.initialize(ACCOUNTS, { ...PARAMS, epochSeconds: 0n })).toEqual({ ok: false, error: 'InvalidParameter' });
  });

  it('initialize rejects a volatility cap below 1.0', () => {
    expect(model.initialize(ACCOUNTS, { ...PARAMS, maxVolatilityMultiplierBps: 9_999n })).toEqual({ ok: false, error: 'InvalidParameter' });
  });

  it('initialize by anyone but the upgrade authority fails with Unauthorized', () => {
    expect(model.initialize({ ...ACCOUNTS, admin: 'alice' }, PARAMS)).toEqual({ ok: false, error: 'Unauthorized' });
    expect(model.initialize({ ...ACCOUNTS, upgradeAuthority: null }, PARAMS)).toEqual({ ok: false, error: 'Unauthorized' });
    expect(model.config).toBeNull();
  });

  it('initialize rejects a zero report cap, and a rebate rate without a rebate budget', () => {
    expect(model.initialize(ACCOUNTS, { ...PARAMS, maxReportVolume: 0n })).toEqual({ ok: false, error: 'InvalidParameter' });
    expect(model.initialize(ACCOUNTS, { ...PARAMS, maxReportVolume: 10n ** 17n + 1n })).toEqual({ ok: false, error: 'InvalidParameter' });
    expect(model.initialize(ACCOUNTS, { ...PARAMS, rebateEpochBudget: 0n })).toEqual({ ok: false, error: 'InvalidParameter' });
    expectOk(model.initialize(ACCOUNTS, { ...PARAMS, rebateEpochBudget: 0n, makerRebateBps: 0n }));
  });

  it('initialize runs once only', () => {
    setup();
    expect(model.initialize(ACCOUNTS, PARAMS)).toEqual({ ok: false, error: 'AccountAlreadyInUse' });
  });

  it('update_config by anyone but the admin fails with Unauthorized', () => {
    setup();
    expect(model.updateConfig('alice', PARAMS)).toEqual({ ok: false, error: 'Unauthorized' });
  });
});

describe('warm-up', () => {
  it('a new stake earns nothing until warm-up ends and the maker is next touched', () => {
    setup();
    expectOk(model.stakeTokens('alice', 10_000n));
    at(50n);
    expect(eventOf(model.distributeRewards('alice'), 'rewardsDistributed').stakingRewards).toBe(0n);
    expect(model.maker('alice')).toMatchObject({ staked: 0n, warmingAmount: 10_000n, effectiveStake: 0n });
    at(100n); // warm-up ends; this crank activates the stake
    expect(eventOf(model.distributeRewards('alice'), 'rewardsDistributed').stakingRewards).toBe(0n);
    expect(model.maker('alice')).toMatchObject({ staked: 10_000n, warmingAmount: 0n, effectiveStake: 10_000n, priorityTier: 2n });
  });

  it('after activation the whole emission goes to the only effective stake', () => {
    setup();
    expectOk(model.stakeTokens('alice', 10_000n));
    at(100n);
    expectOk(model.distributeRewards('alice'));
    at(200n); // 100 s × 1,000/s × 1.0 = 100,000
    expect(eventOf(model.distributeRewards('alice'), 'rewardsDistributed').stakingRewards).toBe(100_000n);
    expect(model.balance('alice', 'hfmmt')).toBe(1_000_000n - 10_000n + 100_000n);
  });

  it('just-in-time stake before a payout takes no share of it', () => {
    setup();
    expectOk(model.stakeTokens('alice', 10_000n));
    at(100n);
    expectOk(model.distributeRewards('alice'));
    at(199n);
    expectOk(model.stakeTokens('bob', 90_000n)); // warming until 299
    at(200n);
    expect(eventOf(model.distributeRewards('alice'), 'rewardsDistributed').stakingRewards).toBe(100_000n);
    expect(eventOf(model.distributeRewards('bob'), 'rewardsDistributed').stakingRewards).toBe(0n);
  });

  it('two stakes share the emission linearly', () => {
    setup({ warmupSeconds: 0n });
    expectOk(model.stakeTokens('alice', 1_000n));
    expectOk(model.stakeTokens('bob', 3_000n));
    at(100n); // 100,000 split 1:3; acc += 100,000·10^12/4,000 = 25·10^12
    expect(eventOf(model.distributeRewards('alice'), 'rewardsDistributed').stakingRewards).toBe(25_000n);
    expect(eventOf(model.distributeRewards('bob'), 'rewardsDistributed').stakingRewards).toBe(75_000n);
  });

  it('a stake below min_stake counts for nothing', () => {
    setup({ warmupSeconds: 0n });
    expectOk(model.stakeTokens('alice', 1_000n));
    expectOk(model.requestUnstake('alice', 1n));
    expect(model.maker('alice')).toMatchObject({ staked: 999n, effectiveStake: 0n, priorityTier: 0n });
    expect(model.config?.totalEffective).toBe(0n);
  });

  it('a first stake below min_stake fails with BelowMinimumStake', () => {
    setup();
    expect(model.stakeTokens('alice', 999n)).toEqual({ ok: false, error: 'BelowMinimumStake' });
    expect(model.maker('alice')).toBeUndefined();
  });
});

describe('volatility multiplier', () => {
  it('is 1.0 below the threshold', () => {
    expect(volatilityMultiplier(1_999n, PARAMS)).toBe(10_000n);
  });

  it('is 1.0 at the threshold', () => {
    expect(volatilityMultiplier(2_000n, PARAMS)).toBe(10_000n);
  });

  it('is 10000·v/threshold above it, rounded down', () => {
    expect([volatilityMultiplier(3_000n, PARAMS), volatilityMultiplier(2_001n, PARAMS)]).toEqual([15_000n, 10_005n]);
  });

  it('stops at the cap', () => {
    expect([volatilityMultiplier(6_000n, PARAMS), volatilityMultiplier(1_000_000n, PARAMS)]).toEqual([30_000n, 30_000n]);
  });

  it('scales the staking emission from the update on, never before', () => {
    setup({ warmupSeconds: 0n });
    expectOk(model.stakeTokens('alice', 10_000n));
    at(100n);
    expect(eventOf(model.updateVolatility('keeper', 3_000n), 'volatilityUpdated')).toEqual({ volatilityBps: 3_000n, multiplierBps: 15_000n });
    at(200n); // 100 s at 1.0 + 100 s at 1.5 = 100,000 + 150,000
    expect(eventOf(model.distributeRewards('alice'), 'rewardsDistributed').stakingRewards).toBe(250_000n);
  });

  it('scales the market-making score', () => {
    setup({ warmupSeconds: 0n });
    expectOk(model.stakeTokens('alice', 10_000n));
    expectOk(model.updateVolatility('keeper', 8_000n)); // 10000·8000/2000 = 40,000 → cap 30,000
    // (100,000·10,000·10,000/10^8 + 0)·30,000/10,000 = 300,000
    expect(eventOf(model.updatePerformance('keeper', 'alice', 100_000n, 10_000n, 0n), 'performanceUpdated').score).toBe(300_000n);
  });

  it('is updated by the performance authority only', () => {
    setup();
    expect(model.updateVolatility('alice', 3_000n)).toEqual({ ok: false, error: 'Unauthorized' });
  });
});

describe('epochs and market-making rewards', () => {
  /** alice scores 900,000 and bob 500,000 in epoch 0. */
  function twoMakersReport(): void {
    setup({ warmupSeconds: 0n });
    expectOk(model.stakeTokens('alice', 10_000n));
    expectOk(model.stakeTokens('bob', 10_000n));
    at(10n);
    // 1,000,000·8,000·10,000/10^8 + 200,000·5,000/10,000 = 800,000 + 100,000
    expect(eventOf(model.updatePerformance('keeper', 'alice', 1_000_000n, 8_000n, 200_000n), 'performanceUpdated').score).toBe(900_000n);
    expectOk(model.updatePerformance('keeper', 'bob', 500_000n, 10_000n, 0n));
  }

  it('pays nothing for the running epoch', () => {
    twoMakersReport();
    at(999n);
    expect(eventOf(model.distributeRewards('alice'), 'rewardsDistributed').marketMakingRewards).toBe(0n);
  });

  it('pays each maker budget·score/total during the next epoch', () => {
    twoMakersReport();
    at(1_000n); // 1,000,000·900,000/1,400,000 = 642,857.14 and 1,000,000·500,000/1,400,000 = 357,142.86
    expect(eventOf(model.distributeRewards('alice'), 'rewardsDistributed').marketMakingRewards).toBe(642_857n);
    expect(eventOf(model.distributeRewards('bob'), 'rewardsDistributed').marketMakingRewards).toBe(357_142n);
    expect(model.config).toMatchObject({ epochIndex: 1n, epochStart: T0 + 1_000n, prevEpochScore: 1_400_000n, prevEpochPool: 1_000_000n, prevEpochPaid: 999_999n });
  });

  it('expires a score two epochs old with a ScoreExpired event', () => {
    twoMakersReport();
    at(2_000n);
    const outcome = model.distributeRewards('bob');
    expect(eventOf(outcome, 'scoreExpired')).toEqual({ owner: 'bob', score: 500_000n, epoch: 0n }); // earned in epoch 0
    expect(eventOf(outcome, 'rewardsDistributed').marketMakingRewards).toBe(0n);
  });

  it('expires scores of two epochs in one touch with one event each, naming its epoch', () => {
    twoMakersReport();
    at(1_000n);
    expectOk(model.distributeRewards('alice')); // epoch 1: alice claims epoch 0 and reports again
    expectOk(model.updatePerformance('keeper', 'bob', 100_000n, 10_000n, 0n)); // bob's epoch-0 score moves to unclaimed
    at(3_000n); // epoch 3: bob's epoch-0 unclaimed score and his epoch-1 score are both two or more epochs old
    const events = expectOk(model.distributeRewards('bob')).filter((e) => e.name === 'scoreExpired');
    expect(events.map((e) => e.data)).toEqual([
      { owner: 'bob', score: 500_000n, epoch: 0n },
      { owner: 'bob', score: 100_000n, epoch: 1n },
    ]);
  });

  it('returns an expired pool to the budget at the next roll-over', () => {
    twoMakersReport();
    const budgetBefore = model.config!.rewardBudget;
    at(1_000n);
    expectOk(model.distributeRewards('alice'));
    at(2_000n); // the 357,143 bob never claimed come back; epoch 1 had no score, so nothing is reserved
    expectOk(model.setPaused('admin', false));
    // the pool cost alice's 642,857; staking took 1,990 s × 1,000/s since the reports at 10 s (they checkpoint)
    expect(model.config!.rewardBudget).toBe(budgetBefore - 642_857n - 1_990_000n);
    expect(model.config).toMatchObject({ epochIndex: 2n, prevEpochPool: 0n, prevEpochPaid: 0n });
  });

  it('skipping several epochs lands on the right index and start', () => {
    twoMakersReport();
    at(3_500n);
    expectOk(model.setPaused('admin', false));
    expect(model.config).toMatchObject({ epochIndex: 3n, epochStart: T0 + 3_000n, prevEpochScore: 0n });
  });

  it('shares a short budget pro rata', () => {
    setup({ warmupSeconds: 0n, rewardRate: 0n }, 700_000n);
    expectOk(model.stakeTokens('alice', 10_000n));
    expectOk(model.stakeTokens('bob', 10_000n));
    expectOk(model.updatePerformance('keeper', 'alice', 300_000n, 10_000n, 0n));
    expectOk(model.updatePerformance('keeper', 'bob', 100_000n, 10_000n, 0n));
    at(1_000n); // rebates took 300 + 100 of the 700,000; the pool is the 699,600 left; 3:1
    expect(eventOf(model.distributeRewards('alice'), 'rewardsDistributed').marketMakingRewards).toBe(524_700n);
    expect(eventOf(model.distributeRewards('bob'), 'rewardsDistributed').marketMakingRewards).toBe(174_900n);
  });
});

describe('budget', () => {
  it('stops accrual when the budget runs out', () => {
    setup({ warmupSeconds: 0n }, 50_000n);
    expectOk(model.stakeTokens('alice', 10_000n));
    at(100n); // 100,000 due, 50,000 available
    expect(eventOf(model.distributeRewards('alice'), 'rewardsDistributed').stakingRewards).toBe(50_000n);
    at(200n);
    expect(eventOf(model.distributeRewards('alice'), 'rewardsDistributed').stakingRewards).toBe(0n);
    expect(model.config!.rewardBudget).toBe(0n);
  });

  it('fund_rewards restarts accrual from the funding, never retroactively', () => {
    setup({ warmupSeconds: 0n }, 50_000n);
    expectOk(model.stakeTokens('alice', 10_000n));
    at(100n);
    expectOk(model.distributeRewards('alice'));
    at(300n);
    model.mint('funder', 'hfmmt', 1_000_000n);
    expect(eventOf(model.fundRewards('funder', 1_000_000n), 'rewardsFunded')).toEqual({ funder: 'funder', amount: 1_000_000n, budget: 1_000_000n });
    at(400n); // only 300 → 400 accrues
    expect(eventOf(model.distributeRewards('alice'), 'rewardsDistributed').stakingRewards).toBe(100_000n);
  });

  it('nothing accrues while no stake is effective', () => {
    setup();
    at(1_000n);
    expectOk(model.stakeTokens('alice', 10_000n));
    expect(model.config).toMatchObject({ accRewardPerShare: 0n, rewardBudget: 10_000_000n, lastUpdate: T0 + 1_000n });
  });

  it('a failed instruction leaves the state as it was', () => {
    setup();
    expect(model.stakeTokens('carol', 5_000n)).toEqual({ ok: false, error: 'TokenInsufficientFunds' });
    expect([model.maker('carol'), model.config!.totalStaked]).toEqual([undefined, 0n]);
  });
});

describe('auto-compound', () => {
  it('restakes the payout at once and raises the tier', () => {
    setup({ warmupSeconds: 0n });
    expectOk(model.stakeTokens('alice', 10_000n));
    expectOk(model.setAutoCompound('alice', true));
    at(100n);
    expect(eventOf(model.distributeRewards('alice'), 'rewardsDistributed')).toEqual({
      owner: 'alice', stakingRewards: 100_000n, marketMakingRewards: 0n, rebates: 0n, compounded: true,
    });
    expect(model.maker('alice')).toMatchObject({ staked: 110_000n, effectiveStake: 110_000n, priorityTier: 3n });
    expect([model.vaults.stake, model.balance('alice', 'hfmmt')]).toEqual([110_000n, 990_000n]);
  });

  it('compounded stake earns from the next second', () => {
    setup({ warmupSeconds: 0n });
    expectOk(model.stakeTokens('alice', 10_000n));
    expectOk(model.stakeTokens('bob', 10_000n));
    expectOk(model.setAutoCompound('alice', true));
    at(100n); // alice compounds 50,000 → 60,000 vs bob 10,000
    expectOk(model.distributeRewards('alice'));
    expectOk(model.distributeRewards('bob'));
    at(170n); // 70,000 split 6:1
    expect(eventOf(model.distributeRewards('alice'), 'rewardsDistributed').stakingRewards).toBe(60_000n);
    expect(eventOf(model.distributeRewards('bob'), 'rewardsDistributed').stakingRewards).toBe(10_000n);
  });
});

describe('liquidity rewards', () => {
  it('accrue with the duration multiplier averaged over the interval', () => {
    setup();
    expectOk(model.provideLiquidity('alice', 1_000_000n));
    at(500n); // 1,000/s at 1.0; d goes 1.0 → 1.5, average 1.25 → 1,250/s × 500 s
    expect(eventOf(model.withdrawLiquidity('alice', 0n), 'liquidityWithdrawn')).toEqual({ owner: 'alice', amount: 0n, rewards: 625_000n, remaining: 1_000_000n });
  });

  it('are the exact integral across the end of the ramp: linear up to its end, flat after', () => {
    setup();
    expectOk(model.provideLiquidity('alice', 1_000_000n));
    at(500n);
    expectOk(model.withdrawLiquidity('alice', 0n));
    at(1_500n); // d: 1.5 → 2.0 over 500 s (1,750 per s on average), then 2.0 for 500 s: 875,000 + 1,000,000
    expect(eventOf(model.withdrawLiquidity('alice', 0n), 'liquidityWithdrawn').rewards).toBe(1_875_000n);
  });

  it('pay the audit\'s example: 500,000·10^6 units for 40 days on a 30-day ramp earn 65 multiplier-days', () => {
    const day = 86_400n;
    setup({ lpRewardRate: 100_000n, lpMaxDurationMultiplierBps: 20_000n, lpRampSeconds: 30n * day }, 1_000_000_000_000n);
    model.mint('alice', 'liquidity', 500_000_000_000n);
    expectOk(model.provideLiquidity('alice', 500_000_000_000n));
    at(40n * day); // 50,000 per s at 1.0: 30 days averaging 1.5, 10 days at 2.0 → 65 days × 86,400 s × 50,000
    expect(eventOf(model.withdrawLiquidity('alice', 500_000_000_000n), 'liquidityWithdrawn').rewards).toBe(280_800_000_000n);
    // reserved at the cap (40 days × 100,000/s), the unearned 0.375 of it returned to the budget
    expect(model.config!.rewardBudget).toBe(1_000_000_000_000n - 280_800_000_000n);
  });

  it('keep what the budget funded when another provider empties it first', () => {
    setup({}, 1_000_000n);
    model.mint('bob', 'liquidity', 1_000_000n);
    expectOk(model.provideLiquidity('alice', 1_000_000n));
    expectOk(model.provideLiquidity('bob', 1_000_000n));
    at(1_000n); // the checkpoint reserves all 1,000,000 for the two equal positions at the 2.0 cap: 500,000 each
    // bob first: d averaged 1.5 over the interval, so he keeps 0.75 of his 500,000 and 125,000 returns to the budget
    expect(eventOf(model.withdrawLiquidity('bob', 0n), 'liquidityWithdrawn').rewards).toBe(375_000n);
    expect(eventOf(model.withdrawLiquidity('alice', 0n), 'liquidityWithdrawn').rewards).toBe(375_000n);
    expect(model.config!.rewardBudget).toBe(250_000n);
  });

  it('move the commitment start to the amount-weighted average when adding', () => {
    setup();
    expectOk(model.provideLiquidity('alice', 1_000_000n));
    at(400n); // age 400 × 1,000,000 / 2,000,000 = 200
    expect(eventOf(model.provideLiquidity('alice', 1_000_000n), 'liquidityProvided')).toEqual({
      owner: 'alice', amount: 1_000_000n, totalAmount: 2_000_000n, commitmentStart: T0 + 200n,
    });
  });

  it('keep the commitment start when withdrawing', () => {
    setup();
    expectOk(model.provideLiquidity('alice', 1_000_000n));
    at(400n);
    expectOk(model.withdrawLiquidity('alice', 400_000n));
    expect(model.position('alice')).toMatchObject({ amount: 600_000n, commitmentStart: T0, accruedRewards: 0n, lastAccrual: T0 + 400n });
    expect(model.balance('alice', 'liquidity')).toBe(9_400_000n);
  });

  it('cannot withdraw more than the position', () => {
    setup();
    expectOk(model.provideLiquidity('alice', 1_000n));
    expect(model.withdrawLiquidity('alice', 1_001n)).toEqual({ ok: false, error: 'InsufficientLiquidity' });
  });

  it('are paused with provision but withdrawals are not', () => {
    setup();
    expectOk(model.provideLiquidity('alice', 1_000n));
    expectOk(model.setPaused('admin', true));
    expect(model.provideLiquidity('alice', 1_000n)).toEqual({ ok: false, error: 'Paused' });
    expectOk(model.withdrawLiquidity('alice', 1_000n));
  });
});

describe('fee rebates', () => {
  it('accrue volume·rebate_bps/10000 to a maker with warmed-up stake', () => {
    setup({ warmupSeconds: 0n });
    expectOk(model.stakeTokens('alice', 10_000n));
    expect(eventOf(model.updatePerformance('keeper', 'alice', 1_000_000n, 10_000n, 0n), 'performanceUpdated').rebate).toBe(1_000n);
    expect(eventOf(model.distributeRewards('alice'), 'rewardsDistributed').rebates).toBe(1_000n);
  });

  it('are not paid on stake still warming up', () => {
    setup();
    expectOk(model.stakeTokens('alice', 10_000n));
    expect(eventOf(model.updatePerformance('keeper', 'alice', 1_000_000n, 10_000n, 0n), 'performanceUpdated').rebate).toBe(0n);
  });

  it('are not paid below min_stake', () => {
    setup({ warmupSeconds: 0n });
    expectOk(model.stakeTokens('alice', 1_000n));
    expectOk(model.requestUnstake('alice', 500n));
    expect(eventOf(model.updatePerformance('keeper', 'alice', 1_000_000n, 10_000n, 0n), 'performanceUpdated').rebate).toBe(0n);
  });

  it('stop at the epoch\'s rebate budget and resume in the next epoch', () => {
    setup({ warmupSeconds: 0n, rebateEpochBudget: 1_500n });
    expectOk(model.stakeTokens('alice', 10_000n));
    expect(eventOf(model.updatePerformance('keeper', 'alice', 1_000_000n, 10_000n, 0n), 'performanceUpdated').rebate).toBe(1_000n);
    const capped = eventOf(model.updatePerformance('keeper', 'alice', 1_000_000n, 10_000n, 0n), 'performanceUpdated');
    expect([capped.rebate, capped.score]).toEqual([500n, 1_000_000n]); // 500 left of 1,500; the score still counts
    expect(eventOf(model.updatePerformance('keeper', 'alice', 1_000_000n, 10_000n, 0n), 'performanceUpdated').rebate).toBe(0n);
    at(1_000n);
    expect(eventOf(model.updatePerformance('keeper', 'alice', 1_000_000n, 10_000n, 0n), 'performanceUpdated').rebate).toBe(1_000n);
  });

  it('leave nothing, never an error, when the rebate budget is lowered below what the epoch paid', () => {
    setup({ warmupSeconds: 0n });
    expectOk(model.stakeTokens('alice', 10_000n));
    expectOk(model.updatePerformance('keeper', 'alice', 1_000_000n, 10_000n, 0n));
    expectOk(model.updateConfig('admin', { ...PARAMS, warmupSeconds: 0n, rebateEpochBudget: 400n }));
    expect(eventOf(model.updatePerformance('keeper', 'alice', 1_000_000n, 10_000n, 0n), 'performanceUpdated').rebate).toBe(0n);
  });
});

describe('report bounds', () => {
  it('a report above the volume cap fails with ReportAboveCap and changes nothing', () => {
    setup({ warmupSeconds: 0n, maxReportVolume: 1_000_000n });
    expectOk(model.stakeTokens('alice', 10_000n));
    expect(model.updatePerformance('keeper', 'alice', 1_000_001n, 10_000n, 0n)).toEqual({ ok: false, error: 'ReportAboveCap' });
    expect(model.updatePerformance('keeper', 'alice', 2n ** 64n - 1n, 10_000n, 0n)).toEqual({ ok: false, error: 'ReportAboveCap' });
    expect(model.updatePerformance('keeper', 'alice', 0n, 0n, 1_000_001n)).toEqual({ ok: false, error: 'ReportAboveCap' });
    expect(model.maker('alice')).toMatchObject({ epochVolume: 0n, accruedRebates: 0n });
    expectOk(model.updatePerformance('keeper', 'alice', 1_000_000n, 10_000n, 1_000_000n));
  });
});

describe('eligibility', () => {
  it('a maker who unstaked everything scores 0, earns no rebate and no market-making share', () => {
    setup({ warmupSeconds: 0n });
    expectOk(model.stakeTokens('alice', 10_000n));
    expectOk(model.stakeTokens('bob', 10_000n));
    expectOk(model.requestUnstake('alice', 10_000n));
    expect(eventOf(model.updatePerformance('keeper', 'alice', 1_000_000n, 10_000n, 0n), 'performanceUpdated')).toEqual({
      owner: 'alice', epoch: 0n, score: 0n, epochScore: 0n, rebate: 0n,
    });
    expect(model.maker('alice')).toMatchObject({ epochVolume: 1_000_000n, lastActive: T0 });
    expectOk(model.updatePerformance('keeper', 'bob', 100_000n, 10_000n, 0n));
    at(1_000n); // bob's score is the epoch's whole score: he takes the pool
    expect(eventOf(model.distributeRewards('alice'), 'rewardsDistributed').marketMakingRewards).toBe(0n);
    expect(eventOf(model.distributeRewards('bob'), 'rewardsDistributed').marketMakingRewards).toBe(1_000_000n);
  });

  it('stake still warming up does not make a maker eligible', () => {
    setup();
    expectOk(model.stakeTokens('alice', 10_000n));
    expect(eventOf(model.updatePerformance('keeper', 'alice', 1_000_000n, 10_000n, 0n), 'performanceUpdated').score).toBe(0n);
    at(100n); // warmed up, not yet activated: counted all the same
    expect(eventOf(model.updatePerformance('keeper', 'alice', 1_000_000n, 10_000n, 0n), 'performanceUpdated').score).toBe(1_000_000n);
  });
});

describe('slashing', () => {
  it('is refused while the maker is active', () => {
    setup({ warmupSeconds: 0n });
    expectOk(model.stakeTokens('alice', 10_000n));
    at(5_000n);
    expect(model.slashInactive('alice')).toEqual({ ok: false, error: 'NotInactive' });
  });

  it('takes slash_bps of the stake into the budget once per inactivity period', () => {
    setup({ warmupSeconds: 0n, rewardRate: 0n });
    expectOk(model.stakeTokens('alice', 10_000n));
    at(5_001n);
    expect(eventOf(model.slashInactive('alice'), 'slashed')).toEqual({ owner: 'alice', amount: 1_000n, remainingStake: 9_000n });
    expect(model.config!.rewardBudget).toBe(10_001_000n);
    expect([model.vaults.stake, model.vaults.reward]).toEqual([9_000n, 10_001_000n]);
    at(5_002n);
    expect(model.slashInactive('alice')).toEqual({ ok: false, error: 'NotInactive' });
  });

  it('takes slash_bps of pending unstake too, until it is withdrawn', () => {
    setup({ warmupSeconds: 0n, rewardRate: 0n });
    expectOk(model.stakeTokens('alice', 10_000n));
    expectOk(model.requestUnstake('alice', 6_000n)); // active: no slash; 4,000 staked, 6,000 pending
    at(5_001n);
    expect(eventOf(model.slashInactive('alice'), 'slashed')).toEqual({ owner: 'alice', amount: 1_000n, remainingStake: 3_600n });
    expect(model.maker('alice')).toMatchObject({ staked: 3_600n, pendingUnstake: 5_400n, totalSlashed: 1_000n });
  });

  it('is applied first when a maker past the inactivity limit requests to unstake', () => {
    setup({ warmupSeconds: 0n, rewardRate: 0n });
    expectOk(model.stakeTokens('alice', 10_000n));
    at(5_001n);
    expect(model.requestUnstake('alice', 10_000n)).toEqual({ ok: false, error: 'InsufficientStake' }); // 9,000 after the slash
    const events = expectOk(model.requestUnstake('alice', 9_000n));
    expect(events.map((e) => e.name)).toEqual(['slashed', 'unstakeRequested']);
    expect(events[0].data).toEqual({ owner: 'alice', amount: 1_000n, remainingStake: 9_000n });
    expect(model.maker('alice')).toMatchObject({ staked: 0n, pendingUnstake: 9_000n, lastActive: T0 + 5_001n });
    expect(model.slashInactive('alice')).toEqual({ ok: false, error: 'NotInactive' });
  });

  it('is delayed by a performance report', () => {
    setup({ warmupSeconds: 0n });
    expectOk(model.stakeTokens('alice', 10_000n));
    at(4_000n);
    expectOk(model.updatePerformance('keeper', 'alice', 1n, 0n, 0n));
    at(5_001n);
    expect(model.slashInactive('alice')).toEqual({ ok: false, error: 'NotInactive' });
  });
});

describe('unstaking', () => {
  it('takes warming stake first, then effective stake, and waits out the cooldown', () => {
    setup();
    expectOk(model.stakeTokens('alice', 10_000n));
    at(100n);
    expectOk(model.stakeTokens('alice', 5_000n));
    expect(eventOf(model.requestUnstake('alice', 7_000n), 'unstakeRequested')).toEqual({ owner: 'alice', amount: 7_000n, pending: 7_000n, unlockAt: T0 + 600n });
    expect(model.maker('alice')).toMatchObject({ staked: 8_000n, warmingAmount: 0n, effectiveStake: 8_000n });
    at(599n);
    expect(model.withdrawUnstaked('alice')).toEqual({ ok: false, error: 'CooldownNotElapsed' });
    at(600n);
    expect(eventOf(model.withdrawUnstaked('alice'), 'unstaked')).toEqual({ owner: 'alice', amount: 7_000n });
    expect(model.balance('alice', 'hfmmt')).toBe(992_000n);
  });

  it('cannot ask for more than is staked', () => {
    setup();
    expectOk(model.stakeTokens('alice', 10_000n));
    expect(model.requestUnstake('alice', 10_001n)).toEqual({ ok: false, error: 'InsufficientStake' });
  });
});

describe('priority tiers', () => {
  it('follow the effective stake through the thresholds', () => {
    setup({ warmupSeconds: 0n });
    const tiers: bigint[] = [];
    for (const amount of [1_000n, 9_000n, 90_000n]) {
      expectOk(model.stakeTokens('alice', amount));
      tiers.push(model.maker('alice')!.priorityTier);
    }
    expectOk(model.requestUnstake('alice', 99_001n)); // 999 left: below min_stake counts as 0
    tiers.push(model.maker('alice')!.priorityTier);
    expect(tiers).toEqual([1n, 2n, 3n, 0n]);
  });

  it('record when they were last recomputed', () => {
    setup({ warmupSeconds: 0n });
    expectOk(model.stakeTokens('alice', 10_000n));
    at(300n);
    expectOk(model.distributeRewards('alice'));
    expect(model.maker('alice')).toMatchObject({ priorityTier: 2n, tierUpdatedAt: T0 + 300n });
  });

  it('check_priority succeeds at or below the maker\'s tier and fails above it with PriorityTooLow', () => {
    setup({ warmupSeconds: 0n });
    expectOk(model.stakeTokens('alice', 10_000n));
    expect([model.checkPriority('alice', 0n), model.checkPriority('alice', 2n)]).toEqual([{ ok: true, events: [] }, { ok: true, events: [] }]);
    expect(model.checkPriority('alice', 3n)).toEqual({ ok: false, error: 'PriorityTooLow' });
    expect(model.checkPriority('bob', 0n)).toEqual({ ok: false, error: 'AccountNotInitialized' });
  });
});
