// HFMMT demo (`npm start`): a week of market making, in-process on LiteSVM, with the build output of
// `poseidon build` (generated/hfmmt/target/deploy/hfmmt.so and target/idl/hfmmt.json).
// In: nothing but that build. Out: per simulated day, a table of each maker's stake, tier, score, share of
// the market-making pool and rewards, and of each liquidity provider's commitment and rewards; then a summary
// with the vault balances and the spec's invariants. Deterministic: no keys, times or compute units printed.
import type { Idl } from '@coral-xyz/anchor';
import { Keypair, type PublicKey, type Signer, type TransactionInstruction } from '@solana/web3.js';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createRuntime, type Runtime } from '../../src/runtime/index.js';
import { ata, createMint, fundAta, tokenBalance } from '../../tests/support/tokens.js';
import { HfmmtClient, type DecodedEvent, type Plain } from './client.js';

const BUILD = fileURLToPath(new URL('../../generated/hfmmt/target/', import.meta.url));
const UNIT = 1_000_000n; // both mints have 6 decimals
const DAY = 86_400n;
const HOUR = 3_600n;
const START = 1_767_225_600n; // 2026-01-01 00:00 UTC
const DAYS = 7;
/** The keeper's volatility reading for each day, in bps: calm, a storm, calm again. */
const VOLATILITY = [1_200n, 1_800n, 2_500n, 4_200n, 7_000n, 3_000n, 1_500n];
/** Trading activity per day, in bps of each maker's usual volume: it rises with volatility. */
const ACTIVITY = [9_000n, 10_000n, 12_000n, 15_000n, 18_000n, 13_000n, 10_000n];
/** How a day's volume splits over the four reports (01:00, 07:00, 13:00, 19:00), in bps of a quarter. */
const SESSION_MIX = [8_000n, 11_000n, 9_500n, 11_500n];

const PARAMS = {
  rewardRate: 1n * UNIT, volatilityThreshold: 2_000n, maxVolatilityMultiplierBps: 30_000n, minStake: 1_000n * UNIT,
  warmupSeconds: 6n * HOUR, unstakeCooldownSeconds: 2n * DAY, epochSeconds: DAY, mmEpochBudget: 50_000n * UNIT,
  spreadWeightBps: 10_000n, flowWeightBps: 5_000n, makerRebateBps: 2n, lpRewardRate: 115_740n,
  lpMaxDurationMultiplierBps: 20_000n, lpRampSeconds: 7n * DAY, inactivitySeconds: 2n * DAY, slashBps: 500n,
  priorityTiers: { tier1: 1_000n * UNIT, tier2: 10_000n * UNIT, tier3: 100_000n * UNIT },
};

type Maker = { name: string; stake: bigint; volume: bigint; spread: bigint; flow: bigint; compound: boolean; lastReportDay: number };
const MAKERS: Maker[] = [
  { name: 'Aurora Capital', stake: 150_000n, volume: 40_000_000n, spread: 9_000n, flow: 8_000_000n, compound: false, lastReportDay: DAYS },
  { name: 'Borealis MM', stake: 25_000n, volume: 25_000_000n, spread: 9_500n, flow: 4_000_000n, compound: true, lastReportDay: DAYS },
  { name: 'Cirrus Quant', stake: 5_000n, volume: 12_000_000n, spread: 7_000n, flow: 6_000_000n, compound: true, lastReportDay: DAYS },
  { name: 'Dusk Trading', stake: 2_000n, volume: 8_000_000n, spread: 6_000n, flow: 1_000_000n, compound: false, lastReportDay: 1 },
];
/** The admin's top-up of the reward vault when the storm has eaten into the budget. */
const TOP_UP = { day: 5, amount: 1_000_000n };
const UNSTAKE = { maker: 'Borealis MM', amount: 5_000n, requestDay: 4, withdrawDay: 6 };
const PROVIDERS = [{ name: 'Lena (LP)', joinDay: 0, amount: 1_000_000n }, { name: 'Milo (LP)', joinDay: 3, amount: 500_000n }];

const keypair = (label: string) => Keypair.fromSeed(createHash('sha256').update(`hfmmt demo:${label}`).digest());
const grouped = (n: bigint) => n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
/** Base units as a token amount with two decimals, rounded down. */
const tokens = (base: bigint) => `${grouped(base / UNIT)}.${String((base % UNIT) / 10_000n).padStart(2, '0')}`;
const percent = (part: bigint, whole: bigint) => (whole === 0n ? '—' : `${(Number((part * 10_000n) / whole) / 100).toFixed(2)}%`);
const row = (cells: string[], widths: number[]) => '  ' + cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
const big = (v: Plain | undefined) => v as bigint;

class Demo {
  /** Each maker's score in the running epoch, summed from the PerformanceUpdated events. */
  private readonly scores = new Map<string, bigint>();
  private readonly paid = new Map<string, { staking: bigint; marketMaking: bigint; rebates: bigint; lp: bigint }>();

  constructor(readonly rt: Runtime, readonly client: HfmmtClient, readonly hfmmtMint: PublicKey, readonly liquidityMint: PublicKey, readonly keeper: Keypair) {}

  async at(seconds: bigint): Promise<void> {
    await this.rt.setClock({ ...(await this.rt.getClock()), unixTimestamp: START + seconds });
  }

  async send(ix: TransactionInstruction, signers: Signer[] = []): Promise<DecodedEvent[]> {
    const result = await this.rt.send([ix], signers);
    if (!result.ok) throw new Error(`an HFMMT instruction failed: ${JSON.stringify(result.error)}\n${result.logs.join('\n')}`);
    return this.client.parseEvents(result.logs);
  }

  async account(name: 'config' | 'marketMaker' | 'liquidityPosition', key: PublicKey): Promise<Record<string, Plain>> {
    return this.client.decodeAccount(name, (await this.rt.getAccount(key))!.data);
  }

  totals(name: string): { staking: bigint; marketMaking: bigint; rebates: bigint; lp: bigint } {
    if (!this.paid.has(name)) this.paid.set(name, { staking: 0n, marketMaking: 0n, rebates: 0n, lp: 0n });
    return this.paid.get(name)!;
  }

  /** The close of `day`: the crank pays every maker, every provider claims, and the tables show what they got. */
  async settleDay(day: number): Promise<void> {
    await this.payMakers();
    await this.payProviders(day);
    const after = await this.account('config', this.client.config);
    console.log(`  market-making pool ${tokens(big(after.prevEpochPool))} HFMMT, ${tokens(big(after.prevEpochPaid))} claimed; unpromised budget ${tokens(big(after.rewardBudget))} HFMMT`);
  }

  private async payMakers(): Promise<void> {
    const widths = [15, 12, 4, 11, 7, 11, 11, 10, 23];
    console.log(row(['maker', 'stake', 'tier', 'score', 'pool %', 'staking', 'market mkg', 'rebates', 'paid'], widths));
    for (const m of MAKERS) {
      const owner = keypair(m.name);
      const [event] = (await this.send(this.client.distributeRewards({ makerOwner: owner.publicKey, ownerToken: ata(this.hfmmtMint, owner.publicKey) })))
        .filter((e) => e.name === 'rewardsDistributed');
      const state = await this.account('marketMaker', this.client.maker(owner.publicKey));
      const pool = big((await this.account('config', this.client.config)).prevEpochPool);
      const [staking, marketMaking, rebates] = [big(event.data.stakingRewards), big(event.data.marketMakingRewards), big(event.data.rebates)];
      const t = this.totals(m.name);
      t.staking += staking; t.marketMaking += marketMaking; t.rebates += rebates;
      const payout = `${tokens(staking + marketMaking + rebates)} ${event.data.compounded ? 'restaked' : 'to wallet'}`;
      console.log(row([m.name, tokens(big(state.staked) + big(state.warmingAmount)), String(state.priorityTier),
        grouped((this.scores.get(m.name) ?? 0n) / UNIT), percent(marketMaking, pool),
        tokens(staking), tokens(marketMaking), tokens(rebates), payout], widths));
    }
    this.scores.clear();
  }

  private async payProviders(day: number): Promise<void> {
    const lpWidths = [15, 14, 10, 12, 14];
    console.log(row(['provider', 'liquidity', 'committed', 'multiplier', 'claimed'], lpWidths));
    for (const p of PROVIDERS.filter((x) => x.joinDay <= day)) {
      const owner = keypair(p.name);
      const [event] = await this.send(this.client.withdrawLiquidity({
        provider: owner.publicKey, providerToken: ata(this.liquidityMint, owner.publicKey), providerRewardToken: ata(this.hfmmtMint, owner.publicKey), amount: 0n,
      }), [owner]);
      const position = await this.account('liquidityPosition', this.client.position(owner.publicKey));
      const age = big(position.lastAccrual) - big(position.commitmentStart);
      const multiplier = 10_000n + ((PARAMS.lpMaxDurationMultiplierBps - 10_000n) * (age < PARAMS.lpRampSeconds ? age : PARAMS.lpRampSeconds)) / PARAMS.lpRampSeconds;
      this.totals(p.name).lp += big(event.data.rewards);
      console.log(row([p.name, tokens(big(position.amount)), `${(Number(age) / 86_400).toFixed(2)} d`, `${(Number(multiplier) / 10_000).toFixed(3)}×`,
        tokens(big(event.data.rewards))], lpWidths));
    }
  }

  /** The start of `day`: the keeper's volatility reading, then the crank slashes makers inactive for too long. */
  async openDay(day: number): Promise<void> {
    const [reading] = await this.send(this.client.updateVolatility({ performanceAuthority: this.keeper.publicKey, volatilityBps: VOLATILITY[day] }), [this.keeper]);
    const multiplier = (Number(big(reading.data.multiplierBps)) / 10_000).toFixed(2);
    console.log(`\nDay ${day + 1}: volatility ${(Number(VOLATILITY[day]) / 100).toFixed(1)}%, reward multiplier ${multiplier}×`);
    for (const m of MAKERS) {
      const state = await this.account('marketMaker', this.client.maker(keypair(m.name).publicKey));
      if (START + BigInt(day) * DAY - big(state.lastActive) <= PARAMS.inactivitySeconds) continue;
      const [slashed] = await this.send(this.client.slashInactive({ makerOwner: keypair(m.name).publicKey }));
      console.log(`  ${m.name}, silent since ${new Date(Number(big(state.lastActive)) * 1000).toISOString().slice(0, 16)}Z, is slashed ${tokens(big(slashed.data.amount))} HFMMT`);
    }
  }

  /** The keeper's four performance reports of `day` for every maker still trading. */
  async trade(day: number): Promise<void> {
    for (const [session, mix] of SESSION_MIX.entries()) {
      await this.at(BigInt(day) * DAY + HOUR + BigInt(session) * 6n * HOUR);
      for (const m of MAKERS.filter((x) => day <= x.lastReportDay)) {
        const volume = (m.volume * UNIT * ACTIVITY[day] * mix) / 10_000n / 10_000n / 4n;
        const [report] = await this.send(this.client.updatePerformance({
          performanceAuthority: this.keeper.publicKey, makerOwner: keypair(m.name).publicKey, executionVolume: volume, spreadEfficiency: m.spread, orderFlow: (m.flow * UNIT) / 4n,
        }), [this.keeper]);
        this.scores.set(m.name, (this.scores.get(m.name) ?? 0n) + big(report.data.score));
      }
      if (day === 0 && session === 1) await this.activateStakes();
    }
  }

  /** Warm-up ends lazily: after 6 h the crank touches every maker so their stakes start earning. */
  private async activateStakes(): Promise<void> {
    for (const m of MAKERS) {
      const owner = keypair(m.name).publicKey;
      await this.send(this.client.distributeRewards({ makerOwner: owner, ownerToken: ata(this.hfmmtMint, owner) }));
    }
    console.log('  07:00 warm-up over: the crank activates every stake');
  }
}

async function main(): Promise<number> {
  if (!existsSync(`${BUILD}deploy/hfmmt.so`) || !existsSync(`${BUILD}idl/hfmmt.json`)) {
    console.error('generated/hfmmt is missing: run `node bin/poseidon.js build` first (npm start does).');
    return 1;
  }
  const client = new HfmmtClient(JSON.parse(readFileSync(`${BUILD}idl/hfmmt.json`, 'utf8')) as Idl);
  const rt = await createRuntime('litesvm', { programs: [{ programId: client.programId, so: readFileSync(`${BUILD}deploy/hfmmt.so`), name: 'hfmmt' }] });
  const [hfmmtMint, liquidityMint] = [await createMint(rt, 6), await createMint(rt, 6)];
  const keeper = keypair('keeper');
  const demo = new Demo(rt, client, hfmmtMint, liquidityMint, keeper);
  for (const k of [keeper, ...MAKERS.map((m) => keypair(m.name)), ...PROVIDERS.map((p) => keypair(p.name))]) await rt.airdrop(k.publicKey, 10n ** 10n);
  for (const m of MAKERS) await fundAta(rt, hfmmtMint, keypair(m.name).publicKey, m.stake * UNIT);
  for (const p of PROVIDERS) {
    await fundAta(rt, liquidityMint, keypair(p.name).publicKey, p.amount * UNIT);
    await fundAta(rt, hfmmtMint, keypair(p.name).publicKey, 0n);
  }
  const admin = rt.payer;
  await fundAta(rt, hfmmtMint, admin.publicKey, 3_000_000n * UNIT);

  console.log('HFMMT: a week of market making on LiteSVM (amounts in HFMMT and USDC, 6 decimals)');
  await demo.at(0n);
  await demo.send(client.initialize({ admin: admin.publicKey, hfmmtMint, liquidityMint, performanceAuthority: keeper.publicKey, params: PARAMS }));
  await demo.send(client.fundRewards({ funder: admin.publicKey, funderToken: ata(hfmmtMint, admin.publicKey), amount: 1_500_000n * UNIT }));
  for (const m of MAKERS) {
    const owner = keypair(m.name);
    await demo.send(client.stakeTokens({ owner: owner.publicKey, ownerToken: ata(hfmmtMint, owner.publicKey), amount: m.stake * UNIT }), [owner]);
    if (m.compound) await demo.send(client.setAutoCompound({ owner: owner.publicKey, enabled: true }), [owner]);
  }
  for (let day = 0; day < DAYS; day++) {
    await demo.at(BigInt(day) * DAY);
    if (day > 0) await demo.settleDay(day - 1);
    await demo.openDay(day);
    for (const p of PROVIDERS.filter((x) => x.joinDay === day)) {
      const owner = keypair(p.name);
      await demo.send(client.provideLiquidity({ provider: owner.publicKey, providerToken: ata(liquidityMint, owner.publicKey), amount: p.amount * UNIT }), [owner]);
      console.log(`  ${p.name} provides ${tokens(p.amount * UNIT)} USDC`);
    }
    if (day === TOP_UP.day) {
      const [funded] = await demo.send(client.fundRewards({ funder: admin.publicKey, funderToken: ata(hfmmtMint, admin.publicKey), amount: TOP_UP.amount * UNIT }));
      console.log(`  the admin tops up the reward vault with ${tokens(TOP_UP.amount * UNIT)} HFMMT: unpromised budget ${tokens(big(funded.data.budget))} HFMMT`);
    }
    const unstaker = keypair(UNSTAKE.maker);
    if (day === UNSTAKE.requestDay) {
      await demo.send(client.requestUnstake({ owner: unstaker.publicKey, amount: UNSTAKE.amount * UNIT }), [unstaker]);
      console.log(`  ${UNSTAKE.maker} requests to unstake ${tokens(UNSTAKE.amount * UNIT)} HFMMT (2-day cooldown)`);
    }
    if (day === UNSTAKE.withdrawDay) {
      const [event] = await demo.send(client.withdrawUnstaked({ owner: unstaker.publicKey, ownerToken: ata(hfmmtMint, unstaker.publicKey) }), [unstaker]);
      console.log(`  ${UNSTAKE.maker} withdraws ${tokens(big(event.data.amount))} unstaked HFMMT`);
    }
    await demo.trade(day);
  }
  await demo.at(BigInt(DAYS) * DAY);
  await demo.settleDay(DAYS - 1);
  await summary(demo);
  return 0;
}

async function summary(demo: Demo): Promise<void> {
  const { client, rt } = demo;
  console.log('\nSummary after 7 days');
  const widths = [15, 12, 12, 11, 12, 12];
  console.log(row(['participant', 'staking', 'market mkg', 'rebates', 'LP rewards', 'slashed'], widths));
  let staked = 0n;
  for (const name of [...MAKERS.map((m) => m.name), ...PROVIDERS.map((p) => p.name)]) {
    const t = demo.totals(name);
    const maker = await rt.getAccount(client.maker(keypair(name).publicKey));
    const state = maker ? client.decodeAccount('marketMaker', maker.data) : null;
    if (state) staked += big(state.staked) + big(state.warmingAmount) + big(state.pendingUnstake);
    console.log(row([name, tokens(t.staking), tokens(t.marketMaking), tokens(t.rebates), tokens(t.lp), tokens(state ? big(state.totalSlashed) : 0n)], widths));
  }
  const config = await demo.account('config', client.config);
  const [stakeVault, rewardVault, liquidityVault] = await Promise.all([client.stakeVault, client.rewardVault, client.liquidityVault].map(async (k) => (await tokenBalance(rt, k)) ?? 0n));
  console.log(`  stake vault ${tokens(stakeVault)} HFMMT = Σ stakes ${tokens(staked)}: ${stakeVault === staked ? 'holds' : 'BROKEN'}`);
  console.log(`  liquidity vault ${tokens(liquidityVault)} USDC = total liquidity ${tokens(big(config.totalLiquidity))}: ${liquidityVault === big(config.totalLiquidity) ? 'holds' : 'BROKEN'}`);
  const promised = big(config.rewardBudget) + big(config.prevEpochPool) - big(config.prevEpochPaid);
  console.log(`  reward vault ${tokens(rewardVault)} HFMMT ≥ unpromised budget + unclaimed pool ${tokens(promised)}: ${rewardVault >= promised ? 'holds' : 'BROKEN'}`);
}

process.exitCode = await main();
