// HFMMT on both runtimes: one test per finding of the second audit (programs/hfmmt/DESIGN.md, "Changes in
// version 3"), each failing on version 2. In: the .so and the reference model, through the World, which holds
// every step to the model (same result, events, accounts, balances and invariants). Out: pass or fail. Each test
// works its figures out by hand in its comments and says what version 2 did instead.
import { beforeAll, describe, expect, it } from 'vitest';
import { errorCode } from '../../src/runtime/index.js';
import { RUNTIME_KINDS } from '../support/runtimes.js';
import { customErrorCode } from '../support/hfmmt-chain.js';
import { HfmmtWorld, PARAMS, T0, eventOf, hfmmtBuild, type Step } from '../support/hfmmt.js';

beforeAll(() => { hfmmtBuild(); });

describe.each(RUNTIME_KINDS)('HFMMT version 3 on %s: the second audit\'s findings', (kind) => {
  /** The step failed with the IDL's code for `name` (the World already checked that nothing changed). */
  const expectError = (w: HfmmtWorld, step: Step, name: string) => expect(errorCode(step.result)).toBe(customErrorCode(w.client, name));

  it('1. a pause slashes nobody: slash_inactive fails with Paused, an unstake is not slashed, and inactivity restarts at the unpause', async () => {
    const w = await HfmmtWorld.create(kind, { params: { warmupSeconds: 0n, rewardRate: 0n } });
    await w.stake('alice', 10_000n); // last active at T0
    await w.pause(true); // reports, the only way to stay active, stop here
    await w.at(5_001n); // past the 5,000 s limit, all of it paused

    expectError(w, await w.slash('alice'), 'Paused'); // version 2: slashed 1,000 of alice's 10,000
    const unstake = await w.unstake('alice', 1_000n); // version 2: slashed 1,000 first
    expect(unstake.events.map((e) => e.name)).toEqual(['unstakeRequested']);
    await w.at(6_000n);
    await w.pause(false);
    await w.at(11_000n); // 5,000 s since the unpause: not past the limit
    expectError(w, await w.slash('alice'), 'NotInactive');
    await w.at(11_001n);

    // 10% of the 9,000 staked and of the 1,000 pending
    expect(eventOf(await w.slash('alice'), 'slashed')).toEqual({ owner: w.name('alice'), amount: 1_000n, remainingStake: 8_100n });
  });

  it('2. a shorter inactivity period applies from the update on: nobody is slashed for the time before it', async () => {
    const w = await HfmmtWorld.create(kind, { params: { warmupSeconds: 0n, rewardRate: 0n } });
    await w.stake('alice', 10_000n); // last active at T0, well inside the 5,000 s limit
    await w.at(1_000n);
    await w.updateConfig({ ...PARAMS, warmupSeconds: 0n, rewardRate: 0n, inactivitySeconds: 100n });

    expectError(w, await w.slash('alice'), 'NotInactive'); // version 2: 1,000 s > 100 s, slashed 1,000 at once
    await w.at(1_100n);
    expectError(w, await w.slash('alice'), 'NotInactive');
    await w.at(1_101n);
    expect(eventOf(await w.slash('alice'), 'slashed')).toEqual({ owner: w.name('alice'), amount: 1_000n, remainingStake: 9_000n });
  });

  it('3. the LP duration curve cannot change under unsettled positions: InvalidParameter while liquidity is provided', async () => {
    const w = await HfmmtWorld.create(kind);
    await w.provide('alice', 1_000_000n); // 1,000 HFMMT/s at 1.0, reserved at the 2.0 cap: 2,000/s
    await w.at(500n); // half the 1,000 s ramp: d averaged 1.25, so 625,000 of the 1,000,000 reserved are earned

    // version 2 read the curve at settlement: a 1.0 cap paid alice all 1,000,000 for these 500 s, and a
    // 2,000 s ramp would have cut her to 1,000,000·(10,000 + 10,000·250,000/4,000)/(20,000·500) = 562,500
    expectError(w, await w.updateConfig({ ...PARAMS, lpMaxDurationMultiplierBps: 10_000n }), 'InvalidParameter');
    expectError(w, await w.updateConfig({ ...PARAMS, lpRampSeconds: 2_000n }), 'InvalidParameter');
    await w.updateConfig({ ...PARAMS, lpRewardRate: 2_000_000_000n }); // the rate is checkpointed: it may change
    expect(eventOf(await w.withdrawLiquidity('alice', 1_000_000n), 'liquidityWithdrawn').rewards).toBe(625_000n);

    // With no liquidity left no position has anything unsettled: the curve may change.
    expect((await w.updateConfig({ ...PARAMS, lpMaxDurationMultiplierBps: 10_000n, lpRampSeconds: 2_000n })).result.ok).toBe(true);
  });

  it('4. min_stake 0 is refused with InvalidParameter, by initialize and by update_config', async () => {
    // With min_stake 0 a maker whose whole stake is pending unstake counts 0 ≥ 0: it scores, takes rebates
    // and a share of the market-making pool (version 1's finding 3, back through a parameter).
    const fresh = await HfmmtWorld.create(kind, { initialize: false });
    expectError(fresh, await fresh.initialize({ ...PARAMS, minStake: 0n }), 'InvalidParameter');
    expect(await fresh.rt.getAccount(fresh.client.config)).toBeNull();

    const w = await HfmmtWorld.create(kind);
    expectError(w, await w.updateConfig({ ...PARAMS, minStake: 0n }), 'InvalidParameter');
    expect((await w.updateConfig({ ...PARAMS, minStake: 1n })).result.ok).toBe(true);
  });
  it('5. a shorter epoch ends the running one at the update, once: its scores are paid, not expired', async () => {
    const w = await HfmmtWorld.create(kind, { params: { warmupSeconds: 0n, rewardRate: 0n } });
    await w.stake('alice', 10_000n);
    await w.report('alice', 500_000n, 10_000n, 0n); // epoch 0 (1,000 s long): alice's score 500,000, the only one
    await w.at(900n);
    await w.updateConfig({ ...PARAMS, warmupSeconds: 0n, rewardRate: 0n, epochSeconds: 400n });

    // version 2 rolled 900 s of epoch 0 as two 400 s epochs: no finished score, alice's expired with a ScoreExpired
    const step = await w.distribute('alice');
    expect(step.events.map((e) => e.name)).toEqual(['rewardsDistributed']);
    expect(eventOf(step, 'rewardsDistributed').marketMakingRewards).toBe(1_000_000n);
    expect((await w.chain()).config).toMatchObject({ epochIndex: 1n, epochStart: T0 + 900n, prevEpochScore: 500_000n });
  });
});
