// HFMMT on both runtimes: every error of the specification, reached and asserted by its code (read from
// the IDL, never typed in), with every account and balance unchanged afterwards. Errors the model
// predicts go through the World's lock-step (which also compares raw account states before and after);
// wrong token accounts, which the model does not describe, go through `expectRejected`.
import type { PublicKey, Signer, TransactionInstruction } from '@solana/web3.js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ConfigParams } from '../../programs/hfmmt/model.js';
import { ANCHOR_ERRORS } from '../../src/ir/errors.js';
import { errorCode } from '../../src/runtime/index.js';
import { RUNTIME_KINDS } from '../support/runtimes.js';
import { customErrorCode, TOKEN_INSUFFICIENT_FUNDS } from '../support/hfmmt-chain.js';
import { HfmmtWorld, PARAMS, START_BALANCE, hfmmtBuild, type Step } from '../support/hfmmt.js';

beforeAll(() => { hfmmtBuild(); });

const SPEC_ERRORS = [
  'Unauthorized', 'ZeroAmount', 'InvalidParameter', 'Paused', 'BelowMinimumStake', 'InsufficientStake', 'CooldownNotElapsed',
  'NothingToWithdraw', 'NotInactive', 'InsufficientLiquidity', 'MathOverflow', 'InvalidMint', 'InvalidOwner',
  // version 2
  'ReportAboveCap', 'PriorityTooLow',
];

it('the IDL numbers the errors of the specification 6000 + index, in declaration order', () => {
  const { idl } = hfmmtBuild();
  expect(idl.errors?.map((e) => [e.code, e.name])).toEqual(SPEC_ERRORS.map((name, i) => [6000 + i, name]));
});

/** Parameter sets initialize and update_config must refuse, one broken rule each. */
const INVALID_PARAMS: [string, Partial<ConfigParams>][] = [
  ['a zero epoch length', { epochSeconds: 0n }],
  ['an epoch longer than 10^9 s', { epochSeconds: 1_000_000_001n }],
  ['a volatility cap below 1.0', { maxVolatilityMultiplierBps: 9_999n }],
  ['a volatility cap above 10.0', { maxVolatilityMultiplierBps: 100_001n }],
  ['a zero volatility threshold', { volatilityThreshold: 0n }],
  ['a volatility threshold above 10,000 bps', { volatilityThreshold: 10_001n }],
  ['a spread weight above 10,000 bps', { spreadWeightBps: 10_001n }],
  ['a flow weight above 10,000 bps', { flowWeightBps: 10_001n }],
  ['a rebate above 10,000 bps', { makerRebateBps: 10_001n }],
  ['a slash above 10,000 bps', { slashBps: 10_001n }],
  ['an LP duration multiplier below 1.0', { lpMaxDurationMultiplierBps: 9_999n }],
  ['an LP reward rate above 10^12', { lpRewardRate: 1_000_000_000_001n }],
  ['a zero LP ramp', { lpRampSeconds: 0n }],
  ['a zero inactivity period', { inactivitySeconds: 0n }],
  ['a negative warm-up', { warmupSeconds: -1n }],
  ['a negative unstake cooldown', { unstakeCooldownSeconds: -1n }],
  ['a zero first tier', { priorityTiers: { tier1: 0n, tier2: 10n, tier3: 100n } }],
  ['tiers out of order', { priorityTiers: { tier1: 1_000n, tier2: 100_000n, tier3: 10_000n } }],
  ['a zero report cap', { maxReportVolume: 0n }],
  ['a report cap above 10^17', { maxReportVolume: 100_000_000_000_000_001n }],
  ['a rebate rate with no rebate budget', { makerRebateBps: 10n, rebateEpochBudget: 0n }],
];

describe.each(RUNTIME_KINDS)('HFMMT errors on %s', (kind) => {
  /** The step failed with the IDL's code for `name` (the World already checked that nothing changed). */
  const expectError = (w: HfmmtWorld, step: Step, name: string) => expect(errorCode(step.result)).toBe(customErrorCode(w.client, name));

  describe('Unauthorized', () => {
    it('update_performance from anyone but the performance authority', async () => {
      const w = await HfmmtWorld.create(kind);
      await w.stake('alice', 10_000n);
      expectError(w, await w.report('alice', 1_000n, 10_000n, 0n, 'alice'), 'Unauthorized');
    });
    it('update_volatility from anyone but the performance authority', async () => {
      const w = await HfmmtWorld.create(kind);
      expectError(w, await w.volatility(5_000n, 'alice'), 'Unauthorized');
    });
    it('update_config from anyone but the admin', async () => {
      const w = await HfmmtWorld.create(kind);
      expectError(w, await w.updateConfig({ ...PARAMS, rewardRate: 1n }, 'keeper'), 'Unauthorized');
    });
    it('set_paused from anyone but the admin', async () => {
      const w = await HfmmtWorld.create(kind);
      expectError(w, await w.pause(true, 'alice'), 'Unauthorized');
    });
  });

  describe('ZeroAmount', () => {
    it.each([
      ['stake_tokens', (w: HfmmtWorld) => w.stake('alice', 0n)],
      ['provide_liquidity', (w: HfmmtWorld) => w.provide('alice', 0n)],
      ['request_unstake', (w: HfmmtWorld) => w.unstake('alice', 0n)],
      ['fund_rewards', (w: HfmmtWorld) => w.fund(0n)],
    ])('%s of 0', async (_, zero) => {
      const w = await HfmmtWorld.create(kind);
      await w.stake('alice', 10_000n);
      expectError(w, await zero(w), 'ZeroAmount');
    });
  });

  describe('InvalidParameter', () => {
    it.each(INVALID_PARAMS)('initialize with %s creates nothing', async (_, broken) => {
      const w = await HfmmtWorld.create(kind, { initialize: false });
      expectError(w, await w.initialize({ ...PARAMS, ...broken }), 'InvalidParameter');
      expect(await w.rt.getAccount(w.client.config)).toBeNull();
    });
    it.each(INVALID_PARAMS)('update_config with %s', async (_, broken) => {
      const w = await HfmmtWorld.create(kind);
      expectError(w, await w.updateConfig({ ...PARAMS, ...broken }), 'InvalidParameter');
    });
    it('update_performance with a spread efficiency above 10,000 bps', async () => {
      const w = await HfmmtWorld.create(kind);
      await w.stake('alice', 10_000n);
      expectError(w, await w.report('alice', 1_000n, 10_001n, 0n), 'InvalidParameter');
    });
  });

  describe('Paused', () => {
    it.each([
      ['stake_tokens', (w: HfmmtWorld) => w.stake('alice', 10_000n)],
      ['provide_liquidity', (w: HfmmtWorld) => w.provide('alice', 1_000n)],
      ['update_performance', (w: HfmmtWorld) => w.report('alice', 1_000n, 10_000n, 0n)],
    ])('%s while paused', async (_, attempt) => {
      const w = await HfmmtWorld.create(kind);
      await w.stake('alice', 10_000n);
      await w.pause(true);
      expectError(w, await attempt(w), 'Paused');
    });
  });

  it('BelowMinimumStake: a first stake below min_stake', async () => {
    const w = await HfmmtWorld.create(kind);
    expectError(w, await w.stake('alice', 999n), 'BelowMinimumStake');
    expect(await w.rt.getAccount(w.maker('alice'))).toBeNull();
  });

  it('BelowMinimumStake: topping up an emptied position to less than min_stake', async () => {
    const w = await HfmmtWorld.create(kind);
    await w.stake('alice', 1_000n);
    await w.unstake('alice', 1_000n);
    expectError(w, await w.stake('alice', 500n), 'BelowMinimumStake');
  });

  it('InsufficientStake: unstaking more than staked and warming', async () => {
    const w = await HfmmtWorld.create(kind);
    await w.stake('alice', 10_000n);
    expectError(w, await w.unstake('alice', 10_001n), 'InsufficientStake');
  });

  it('InsufficientStake: slashing a maker with nothing left to slash', async () => {
    const w = await HfmmtWorld.create(kind, { params: { warmupSeconds: 0n } });
    await w.stake('alice', 10_000n);
    await w.unstake('alice', 10_000n);
    await w.at(500n);
    await w.withdrawUnstaked('alice'); // pending unstake stays slashable until it is withdrawn
    await w.at(5_001n);
    expectError(w, await w.slash('alice'), 'InsufficientStake');
  });

  it('CooldownNotElapsed: withdraw_unstaked one second early', async () => {
    const w = await HfmmtWorld.create(kind);
    await w.stake('alice', 10_000n);
    await w.at(100n);
    await w.unstake('alice', 1_000n);
    await w.at(599n);
    expectError(w, await w.withdrawUnstaked('alice'), 'CooldownNotElapsed');
  });

  it('NothingToWithdraw: withdraw_unstaked with nothing pending', async () => {
    const w = await HfmmtWorld.create(kind);
    await w.stake('alice', 10_000n);
    expectError(w, await w.withdrawUnstaked('alice'), 'NothingToWithdraw');
  });

  it('NothingToWithdraw: withdraw_liquidity of 0 with no rewards accrued', async () => {
    const w = await HfmmtWorld.create(kind);
    await w.provide('alice', 1_000n);
    expectError(w, await w.withdrawLiquidity('alice', 0n), 'NothingToWithdraw');
  });

  it('NotInactive: slashing exactly at the end of the inactivity period', async () => {
    const w = await HfmmtWorld.create(kind, { params: { warmupSeconds: 0n } });
    await w.stake('alice', 10_000n);
    await w.at(5_000n);
    expectError(w, await w.slash('alice'), 'NotInactive');
  });

  it('InsufficientLiquidity: withdrawing more than the position', async () => {
    const w = await HfmmtWorld.create(kind);
    await w.provide('alice', 1_000n);
    expectError(w, await w.withdrawLiquidity('alice', 1_001n), 'InsufficientLiquidity');
  });

  it('MathOverflow is declared, but checked arithmetic reports an overflow first as ArithmeticOverflow', async () => {
    const w = await HfmmtWorld.create(kind);
    const step = await w.fund(2n ** 64n - 1n); // the budget (10,000,000) + 2^64 − 1, before any transfer
    expect(errorCode(step.result)).toBe('ArithmeticOverflow');
  });

  it('ReportAboveCap: a report of more volume or order flow than max_report_volume', async () => {
    const w = await HfmmtWorld.create(kind, { params: { warmupSeconds: 0n, maxReportVolume: 1_000_000n } });
    await w.stake('alice', 10_000n);
    expectError(w, await w.report('alice', 1_000_001n, 10_000n, 0n), 'ReportAboveCap');
    expectError(w, await w.report('alice', 0n, 0n, 1_000_001n), 'ReportAboveCap');
  });

  it('PriorityTooLow: check_priority above the maker\'s tier', async () => {
    const w = await HfmmtWorld.create(kind, { params: { warmupSeconds: 0n } });
    await w.stake('alice', 10_000n); // tier 2
    expectError(w, await w.checkPriority('alice', 3), 'PriorityTooLow');
  });

  it('AccountNotInitialized (3012): distribute_rewards for someone who never staked', async () => {
    const w = await HfmmtWorld.create(kind);
    expect(errorCode((await w.distribute('alice')).result)).toBe(ANCHOR_ERRORS.AccountNotInitialized.code);
  });

  it('AccountNotInitialized (3012): any instruction before initialize', async () => {
    const w = await HfmmtWorld.create(kind, { initialize: false });
    expect(errorCode((await w.stake('alice', 10_000n)).result)).toBe(ANCHOR_ERRORS.AccountNotInitialized.code);
  });

  it('staking more than the wallet holds fails in the token program and creates no MarketMaker', async () => {
    const w = await HfmmtWorld.create(kind);
    expect(errorCode((await w.stake('alice', START_BALANCE + 1n)).result)).toBe(TOKEN_INSUFFICIENT_FUNDS);
    expect(await w.rt.getAccount(w.maker('alice'))).toBeNull();
  });

  /** Instructions with one token account swapped for another; each after alice staked 10,000 and provided 1,000. */
  type Swap = [string, (w: HfmmtWorld) => { ix: TransactionInstruction; signers: Signer[] }];
  const as = (w: HfmmtWorld, user: string) => [w.keypair(user)];
  const prepared = async () => {
    const w = await HfmmtWorld.create(kind, { params: { warmupSeconds: 0n } });
    await w.stake('alice', 10_000n);
    await w.provide('alice', 1_000n);
    await w.unstake('alice', 1_000n);
    return w;
  };
  const attempt = async (swap: Swap[1], error: string) => {
    const w = await prepared();
    const { ix, signers } = swap(w);
    await w.expectRejected(ix, signers, customErrorCode(w.client, error));
  };

  describe('InvalidMint: a token account of the other mint', () => {
    const withdrawLiquidity = (w: HfmmtWorld, providerToken: PublicKey, providerRewardToken: PublicKey) =>
      w.client.withdrawLiquidity({ provider: w.key('alice'), providerToken, providerRewardToken, amount: 1n });
    it.each<Swap>([
      ['stake_tokens from a liquidity-mint account', (w) => ({ ix: w.client.stakeTokens({ owner: w.key('alice'), ownerToken: w.lq('alice'), amount: 1_000n }), signers: as(w, 'alice') })],
      ['provide_liquidity from an HFMMT account', (w) => ({ ix: w.client.provideLiquidity({ provider: w.key('alice'), providerToken: w.hf('alice'), amount: 1n }), signers: as(w, 'alice') })],
      ['distribute_rewards into a liquidity-mint account', (w) => ({ ix: w.client.distributeRewards({ makerOwner: w.key('alice'), ownerToken: w.lq('alice') }), signers: [] })],
      ['withdraw_liquidity with the two accounts swapped', (w) => ({ ix: withdrawLiquidity(w, w.hf('alice'), w.lq('alice')), signers: as(w, 'alice') })],
      ['withdraw_unstaked into a liquidity-mint account', (w) => ({ ix: w.client.withdrawUnstaked({ owner: w.key('alice'), ownerToken: w.lq('alice') }), signers: as(w, 'alice') })],
      ['fund_rewards from a liquidity-mint account', (w) => ({ ix: w.client.fundRewards({ funder: w.key('alice'), funderToken: w.lq('alice'), amount: 1n }), signers: as(w, 'alice') })],
    ])('%s', (_, swap) => attempt(swap, 'InvalidMint'));
  });

  describe('InvalidOwner: a token account of the right mint owned by someone else', () => {
    it.each<Swap>([
      ['stake_tokens from bob\'s account', (w) => ({ ix: w.client.stakeTokens({ owner: w.key('alice'), ownerToken: w.hf('bob'), amount: 1_000n }), signers: as(w, 'alice') })],
      ['distribute_rewards of alice into bob\'s account', (w) => ({ ix: w.client.distributeRewards({ makerOwner: w.key('alice'), ownerToken: w.hf('bob') }), signers: [] })],
      ['provide_liquidity from bob\'s account', (w) => ({ ix: w.client.provideLiquidity({ provider: w.key('alice'), providerToken: w.lq('bob'), amount: 1n }), signers: as(w, 'alice') })],
      ['withdraw_liquidity rewards into bob\'s account', (w) => ({
        ix: w.client.withdrawLiquidity({ provider: w.key('alice'), providerToken: w.lq('alice'), providerRewardToken: w.hf('bob'), amount: 1n }), signers: as(w, 'alice'),
      })],
      ['withdraw_unstaked into bob\'s account', (w) => ({ ix: w.client.withdrawUnstaked({ owner: w.key('alice'), ownerToken: w.hf('bob') }), signers: as(w, 'alice') })],
      ['fund_rewards from bob\'s account', (w) => ({ ix: w.client.fundRewards({ funder: w.key('alice'), funderToken: w.hf('bob'), amount: 1n }), signers: as(w, 'alice') })],
    ])('%s', (_, swap) => attempt(swap, 'InvalidOwner'));
  });
});
