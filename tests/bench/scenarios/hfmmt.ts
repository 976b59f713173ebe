// Benchmark scenario for programs/hfmmt.ts: one maker and one liquidity provider through every instruction.
// In: a fresh runtime with HFMMT. Out: each instruction measured once, plus the variants with different
// paths: a first and a repeat stake_tokens and provide_liquidity, and distribute_rewards paying into the
// maker's account, with nothing due (no CPI) and compounding. Time moves with the Clock, never with slots.
import type { Signer, TransactionInstruction } from '@solana/web3.js';
import { HfmmtClient } from '../../../programs/hfmmt/client.js';
import { ata, createMint, fundAta } from '../../support/tokens.js';
import { fixedKeypair, SOL, type Scenario } from '../scenario.js';
import { hfmmtProgramKeypair } from '../../support/hfmmt.js';

const T0 = 1_700_000_000n;

/** Round parameters; no warm-up, so the first stake earns at once and the paying distribution pays all three kinds. */
const PARAMS = {
  rewardRate: 1_000n, volatilityThreshold: 2_000n, maxVolatilityMultiplierBps: 30_000n, minStake: 1_000n,
  warmupSeconds: 0n, unstakeCooldownSeconds: 500n, epochSeconds: 1_000n, mmEpochBudget: 1_000_000n,
  spreadWeightBps: 10_000n, flowWeightBps: 5_000n, makerRebateBps: 10n, rebateEpochBudget: 1_000_000n,
  maxReportVolume: 1_000_000_000_000n, lpRewardRate: 1_000_000_000n,
  lpMaxDurationMultiplierBps: 20_000n, lpRampSeconds: 1_000n, inactivitySeconds: 5_000n, slashBps: 1_000n,
  priorityTiers: { tier1: 1_000n, tier2: 10_000n, tier3: 100_000n },
};

const scenario: Scenario = {
  // initialize reads HFMMT's ProgramData: the program is deployed through the upgradeable loader.
  programKeypair: hfmmtProgramKeypair,
  async run({ rt, program, measure }) {
    const client = new HfmmtClient(program.idl);
    const admin = rt.payer;
    const [keeper, maker, provider] = ['hfmmt keeper', 'hfmmt maker', 'hfmmt provider'].map(fixedKeypair);
    for (const k of [keeper, maker, provider]) await rt.airdrop(k.publicKey, SOL);
    const hfmmtMint = await createMint(rt, 9);
    const liquidityMint = await createMint(rt, 6);
    for (const owner of [admin.publicKey, maker.publicKey, provider.publicKey]) await fundAta(rt, hfmmtMint, owner, 100_000_000n);
    await fundAta(rt, liquidityMint, provider.publicKey, 100_000_000n);
    const hf = (k: Signer) => ata(hfmmtMint, k.publicKey);
    const at = async (seconds: bigint) => rt.setClock({ ...(await rt.getClock()), unixTimestamp: T0 + seconds });
    const call = (label: string, ix: TransactionInstruction, signers: Signer[] = []) => measure(label, ix, signers);
    const distribute = () => client.distributeRewards({ makerOwner: maker.publicKey, ownerToken: hf(maker) });

    await at(0n);
    await call('initialize', client.initialize({ admin: admin.publicKey, hfmmtMint, liquidityMint, performanceAuthority: keeper.publicKey, params: PARAMS }));
    await call('fund_rewards', client.fundRewards({ funder: admin.publicKey, funderToken: hf(admin), amount: 10_000_000n }));
    await call('stake_tokens (first)', client.stakeTokens({ owner: maker.publicKey, ownerToken: hf(maker), amount: 10_000n }), [maker]);
    await call('stake_tokens (repeat)', client.stakeTokens({ owner: maker.publicKey, ownerToken: hf(maker), amount: 5_000n }), [maker]);
    const provide = (amount: bigint) => client.provideLiquidity({ provider: provider.publicKey, providerToken: ata(liquidityMint, provider.publicKey), amount });
    await call('provide_liquidity (first)', provide(1_000_000n), [provider]);

    await at(10n);
    await call('update_volatility', client.updateVolatility({ performanceAuthority: keeper.publicKey, volatilityBps: 3_000n }), [keeper]);
    const report = { performanceAuthority: keeper.publicKey, makerOwner: maker.publicKey, executionVolume: 1_000_000n, spreadEfficiency: 8_000n, orderFlow: 200_000n };
    await call('update_performance', client.updatePerformance(report), [keeper]);
    await at(20n);
    await call('provide_liquidity (repeat)', provide(500_000n), [provider]);

    await at(1_000n); // the next epoch: staking, the market-making share of epoch 0 and the rebate are all due
    await call('distribute_rewards (paying)', distribute());
    await call('distribute_rewards (nothing due)', distribute());
    await call('set_auto_compound', client.setAutoCompound({ owner: maker.publicKey, enabled: true }), [maker]);
    await at(1_100n);
    await call('distribute_rewards (compounding)', distribute());
    const withdraw = { provider: provider.publicKey, providerToken: ata(liquidityMint, provider.publicKey), providerRewardToken: hf(provider), amount: 300_000n };
    await call('withdraw_liquidity', client.withdrawLiquidity(withdraw), [provider]);
    await call('request_unstake', client.requestUnstake({ owner: maker.publicKey, amount: 1_000n }), [maker]);
    await at(1_600n);
    await call('withdraw_unstaked', client.withdrawUnstaked({ owner: maker.publicKey, ownerToken: hf(maker) }), [maker]);

    await at(6_000n); // last active at 10: inactive for more than 5,000 s
    await call('slash_inactive', client.slashInactive({ makerOwner: maker.publicKey }));
    await call('update_config', client.updateConfig({ admin: admin.publicKey, params: { ...PARAMS, rewardRate: 2_000n } }));
    await call('check_priority', client.checkPriority({ owner: maker.publicKey, minTier: 1 }));
    await call('set_paused', client.setPaused({ admin: admin.publicKey, paused: true }));
  },
};

export default scenario;
