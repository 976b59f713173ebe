// HFMMT demo (`npm start`): a week of market making on a venue paying HFMMT incentives, in-process on LiteSVM,
// with the build output of `poseidon build` (generated/hfmmt/target/deploy/hfmmt.so, its keypair, the IDL).
// In: nothing but that build. HFMMT is deployed through the BPF upgradeable loader, as on a cluster, so the
// admin initializing it is its upgrade authority. Out: a market report: the parameters, the columns explained
// once, per day each maker's stake, tier, volume, score, pool share, rewards and annualized yield and each
// liquidity provider's rewards; then the week's totals and the conservation check. Deterministic: no keys,
// times or compute units printed.
import type { Idl } from '@coral-xyz/anchor';
import { Keypair, type PublicKey, type Signer, type TransactionInstruction } from '@solana/web3.js';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { deployToRuntime } from '../../src/deploy/in-process.js';
import { createRuntime, type Runtime } from '../../src/runtime/index.js';
import { ata, createMint, fundAta, tokenBalance } from '../../tests/support/tokens.js';
import { HfmmtClient, type DecodedEvent, type Plain } from './client.js';

const BUILD = fileURLToPath(new URL('../../generated/hfmmt/target/', import.meta.url));
const UNIT = 1_000_000n; // HFMMT and USDC both have 6 decimals
const HOUR = 3_600n;
const DAY = 86_400n;
const YEAR_DAYS = 365;
const START = 1_767_225_600n; // Thursday 2026-01-01 00:00 UTC
const DAYS = 7;
/** The keeper's reading of 30-day realized volatility (annualized) each morning, in bps: calm, a storm, calm. */
const VOLATILITY = [4_500n, 5_200n, 6_800n, 9_600n, 11_500n, 7_400n, 5_000n];
/** Trading activity per day, in bps of each maker's usual volume: it rises with volatility. */
const ACTIVITY = [9_000n, 10_000n, 12_000n, 15_000n, 18_000n, 13_000n, 10_000n];
/** How a day's volume splits over the four reports (00:30, 06:30, 12:30, 18:30 UTC), in bps of a quarter. */
const SESSION_MIX = [8_000n, 11_000n, 9_500n, 11_500n];

/** Parameters in the range of live venues: single-digit staking yield, a 1 bp rebate, daily epochs, a 7-day cooldown. */
const PARAMS = {
  rewardRate: 5_000n, // base units per second: 432 HFMMT a day for all stakers, about 7.6% a year on 2.07 M staked
  volatilityThreshold: 6_000n, maxVolatilityMultiplierBps: 20_000n, minStake: 10_000n * UNIT,
  warmupSeconds: 12n * HOUR, unstakeCooldownSeconds: 7n * DAY, epochSeconds: DAY, mmEpochBudget: 300n * UNIT,
  spreadWeightBps: 10_000n, flowWeightBps: 5_000n, makerRebateBps: 1n, rebateEpochBudget: 3_000n * UNIT,
  maxReportVolume: 50_000_000n * UNIT,
  lpRewardRate: 1_586n, // per USDC per second, scaled 10^12: 5% a year at 1×, 10% once the 30-day ramp is done
  lpMaxDurationMultiplierBps: 20_000n, lpRampSeconds: 30n * DAY, inactivitySeconds: 2n * DAY, slashBps: 100n,
  priorityTiers: { tier1: 10_000n * UNIT, tier2: 100_000n * UNIT, tier3: 1_000_000n * UNIT },
};
const FUNDING = 250_000n;

type Maker = { name: string; stake: bigint; volume: bigint; spread: bigint; flow: bigint; compound: boolean; lastReportDay: number };
/** Stake in HFMMT; usual daily volume and order flow in USDC; spread efficiency in bps. */
const MAKERS: Maker[] = [
  { name: 'Aurora Capital', stake: 1_500_000n, volume: 24_000_000n, spread: 9_200n, flow: 6_000_000n, compound: false, lastReportDay: DAYS },
  { name: 'Borealis MM', stake: 400_000n, volume: 9_000_000n, spread: 9_500n, flow: 3_000_000n, compound: true, lastReportDay: DAYS },
  { name: 'Cirrus Quant', stake: 120_000n, volume: 4_000_000n, spread: 7_800n, flow: 2_000_000n, compound: true, lastReportDay: DAYS },
  { name: 'Dusk Trading', stake: 50_000n, volume: 1_500_000n, spread: 6_500n, flow: 400_000n, compound: false, lastReportDay: 1 },
];
/** Dusk stops quoting after day 2 and, silent past the inactivity limit, asks for most of its stake back. */
const UNSTAKE = { maker: 'Dusk Trading', amount: 40_000n, requestDay: 4 };
const PROVIDERS = [{ name: 'Lena (LP)', joinDay: 0, amount: 2_000_000n }, { name: 'Milo (LP)', joinDay: 3, amount: 750_000n }];

const keypair = (label: string) => Keypair.fromSeed(createHash('sha256').update(`hfmmt demo:${label}`).digest());
const grouped = (n: bigint) => n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
/** Base units as whole tokens, rounded down. */
const whole = (base: bigint) => grouped(base / UNIT);
/** Base units as tokens with two decimals, rounded down. */
const tokens = (base: bigint) => `${grouped(base / UNIT)}.${String((base % UNIT) / 10_000n).padStart(2, '0')}`;
const percent = (part: bigint, whole_: bigint) => (whole_ === 0n ? '—' : `${(Number((part * 10_000n) / whole_) / 100).toFixed(1)}%`);
/** `earned` over `days` on `capital`, as a simple yearly rate. */
const annualized = (earned: bigint, capital: bigint, days: number) =>
  (capital === 0n ? '—' : `${((Number(earned) / Number(capital)) * (YEAR_DAYS / days) * 100).toFixed(1)}%`);
const row = (cells: string[], widths: number[]) => '  ' + cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
const big = (v: Plain | undefined) => v as bigint;
const dateOf = (day: number) => new Date(Number(START + BigInt(day) * DAY) * 1000).toUTCString().slice(0, 16);

type Paid = { staking: bigint; marketMaking: bigint; rebates: bigint; lp: bigint; volume: bigint };

class Demo {
  /** Each maker's score and volume in the running epoch, from the PerformanceUpdated events and the reports. */
  private readonly scores = new Map<string, bigint>();
  private readonly volumes = new Map<string, bigint>();
  private readonly paid = new Map<string, Paid>();

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

  totals(name: string): Paid {
    if (!this.paid.has(name)) this.paid.set(name, { staking: 0n, marketMaking: 0n, rebates: 0n, lp: 0n, volume: 0n });
    return this.paid.get(name)!;
  }

  /** The close of `day`: the crank pays every maker, every provider claims, and the tables show what they got. */
  async settleDay(day: number): Promise<void> {
    const rebates = await this.payMakers();
    await this.payProviders(day);
    const config = await this.account('config', this.client.config);
    console.log(`  market-making pool ${tokens(big(config.prevEpochPool))} HFMMT, ${tokens(big(config.prevEpochPaid))} paid; `
      + `rebates ${tokens(rebates)} HFMMT (daily cap ${whole(PARAMS.rebateEpochBudget)}); unpromised budget ${whole(big(config.rewardBudget))} HFMMT`);
  }

  /** Pays every maker; returns the rebates paid. */
  private async payMakers(): Promise<bigint> {
    let rebatesPaid = 0n;
    const widths = [15, 10, 4, 11, 11, 5, 8, 8, 15, 6];
    console.log(row(['maker', 'stake', 'tier', 'volume', 'score', 'pool', 'staking', 'mkt mkg', 'rebates (bp)', 'APR'], widths));
    for (const m of MAKERS) {
      const owner = keypair(m.name);
      const [event] = (await this.send(this.client.distributeRewards({ makerOwner: owner.publicKey, ownerToken: ata(this.hfmmtMint, owner.publicKey) })))
        .filter((e) => e.name === 'rewardsDistributed');
      const state = await this.account('marketMaker', this.client.maker(owner.publicKey));
      const pool = big((await this.account('config', this.client.config)).prevEpochPool);
      const [staking, marketMaking, rebates] = [big(event.data.stakingRewards), big(event.data.marketMakingRewards), big(event.data.rebates)];
      const volume = this.volumes.get(m.name) ?? 0n;
      const t = this.totals(m.name);
      t.staking += staking; t.marketMaking += marketMaking; t.rebates += rebates; t.volume += volume;
      rebatesPaid += rebates;
      const stake = big(state.staked) + big(state.warmingAmount);
      const rebateBp = volume === 0n ? '—' : (Number(rebates * 10_000n * 100n / volume) / 100).toFixed(2);
      console.log(row([m.name, whole(stake), String(state.priorityTier), whole(volume), whole(this.scores.get(m.name) ?? 0n),
        percent(marketMaking, pool), tokens(staking), tokens(marketMaking), `${tokens(rebates)} (${rebateBp})`,
        annualized(staking + marketMaking, stake, 1)], widths));
    }
    this.scores.clear();
    this.volumes.clear();
    return rebatesPaid;
  }

  private async payProviders(day: number): Promise<void> {
    const widths = [15, 10, 9, 10, 8, 6];
    console.log(row(['provider', 'liquidity', 'committed', 'multiplier', 'rewards', 'APR'], widths));
    for (const p of PROVIDERS.filter((x) => x.joinDay <= day)) {
      const owner = keypair(p.name);
      const [event] = await this.send(this.client.withdrawLiquidity({
        provider: owner.publicKey, providerToken: ata(this.liquidityMint, owner.publicKey), providerRewardToken: ata(this.hfmmtMint, owner.publicKey), amount: 0n,
      }), [owner]);
      const position = await this.account('liquidityPosition', this.client.position(owner.publicKey));
      const age = big(position.lastAccrual) - big(position.commitmentStart);
      const ramp = PARAMS.lpRampSeconds;
      const multiplier = 10_000n + ((PARAMS.lpMaxDurationMultiplierBps - 10_000n) * (age < ramp ? age : ramp)) / ramp;
      const rewards = big(event.data.rewards);
      this.totals(p.name).lp += rewards;
      console.log(row([p.name, whole(big(position.amount)), `${(Number(age) / 86_400).toFixed(1)} d`, `${(Number(multiplier) / 10_000).toFixed(3)}×`,
        tokens(rewards), annualized(rewards, big(position.amount), 1)], widths));
    }
  }

  /** The start of `day`: the keeper's volatility reading, then the crank slashes makers silent for too long. */
  async openDay(day: number): Promise<void> {
    const [reading] = await this.send(this.client.updateVolatility({ performanceAuthority: this.keeper.publicKey, volatilityBps: VOLATILITY[day] }), [this.keeper]);
    const multiplier = (Number(big(reading.data.multiplierBps)) / 10_000).toFixed(2);
    console.log(`\nDay ${day + 1}, ${dateOf(day)}: volatility ${(Number(VOLATILITY[day]) / 100).toFixed(0)}% a year, reward multiplier ${multiplier}×`);
    for (const m of MAKERS) {
      const state = await this.account('marketMaker', this.client.maker(keypair(m.name).publicKey));
      if (START + BigInt(day) * DAY - big(state.lastActive) <= PARAMS.inactivitySeconds) continue;
      if (m.name === UNSTAKE.maker && day === UNSTAKE.requestDay) continue; // its own unstake request applies the slash
      const [slashed] = await this.send(this.client.slashInactive({ makerOwner: keypair(m.name).publicKey }));
      console.log(`  ${m.name}, silent since ${new Date(Number(big(state.lastActive)) * 1000).toISOString().slice(0, 16)}Z, is slashed ${tokens(big(slashed.data.amount))} HFMMT`);
    }
  }

  /** The keeper's four performance reports of `day` for every maker still quoting. */
  async trade(day: number): Promise<void> {
    for (const [session, mix] of SESSION_MIX.entries()) {
      await this.at(BigInt(day) * DAY + HOUR / 2n + BigInt(session) * 6n * HOUR);
      for (const m of MAKERS.filter((x) => day <= x.lastReportDay)) {
        const volume = (m.volume * UNIT * ACTIVITY[day] * mix) / 10_000n / 10_000n / 4n;
        const [report] = await this.send(this.client.updatePerformance({
          performanceAuthority: this.keeper.publicKey, makerOwner: keypair(m.name).publicKey, executionVolume: volume, spreadEfficiency: m.spread,
          orderFlow: (m.flow * UNIT * ACTIVITY[day]) / 10_000n / 4n,
        }), [this.keeper]);
        this.scores.set(m.name, (this.scores.get(m.name) ?? 0n) + big(report.data.score));
        this.volumes.set(m.name, (this.volumes.get(m.name) ?? 0n) + volume);
      }
    }
  }

  /** Warm-up ends lazily: the crank touches every maker so that warmed-up stake counts (and earns) from now. */
  async activateStakes(): Promise<void> {
    for (const m of MAKERS) {
      const owner = keypair(m.name).publicKey;
      await this.send(this.client.distributeRewards({ makerOwner: owner, ownerToken: ata(this.hfmmtMint, owner) }));
    }
    console.log('  00:00 the crank activates every warmed-up stake');
  }

  /** What an exchange's order entry would see calling check_priority(min_tier) for each maker by CPI. */
  async priorityGate(minTier: number): Promise<void> {
    const verdicts: string[] = [];
    for (const m of MAKERS) {
      const result = await this.rt.send([this.client.checkPriority({ owner: keypair(m.name).publicKey, minTier })], []);
      verdicts.push(`${m.name} ${result.ok ? 'admitted' : 'refused (PriorityTooLow)'}`);
    }
    console.log(`  priority order entry (check_priority, tier ≥ ${minTier}): ${verdicts.join(', ')}`);
  }
}

function explain(): void {
  const p = PARAMS;
  console.log('HFMMT: a week of market making, in-process on LiteSVM (HFMMT deployed through the upgradeable loader)');
  console.log(`Parameters: staking emission ${whole(p.rewardRate * DAY)} HFMMT a day × the volatility multiplier (volatility ÷ ${Number(p.volatilityThreshold) / 100}% above that level, at most ${Number(p.maxVolatilityMultiplierBps) / 10_000}×);`);
  console.log(`  market-making pool ${whole(p.mmEpochBudget)} HFMMT a day, shared by score; maker rebate ${p.makerRebateBps} bp of volume, at most ${whole(p.rebateEpochBudget)} HFMMT a day;`);
  console.log(`  epochs of 1 day; stake counts after ${p.warmupSeconds / HOUR} h and from ${whole(p.minStake)} HFMMT; unstaking takes ${p.unstakeCooldownSeconds / DAY} days;`);
  console.log(`  a maker silent for ${p.inactivitySeconds / DAY} days loses ${Number(p.slashBps) / 100}% of its stake; tiers at ${whole(p.priorityTiers.tier1)} / ${whole(p.priorityTiers.tier2)} / ${whole(p.priorityTiers.tier3)} HFMMT;`);
  console.log(`  liquidity earns ${(Number(p.lpRewardRate * 31_536_000n) / 1e10).toFixed(1)}% a year in HFMMT, rising to ${Number(p.lpMaxDurationMultiplierBps) / 10_000}× over ${p.lpRampSeconds / DAY} days of commitment.`);
  console.log('Columns (amounts in whole tokens: HFMMT, and USDC for volume and liquidity; rewards are paid at the close of each day):');
  console.log('  stake         HFMMT staked (warmed up or warming), not counting stake pending unstake');
  console.log('  tier          priority tier 0–3 by counted stake; an exchange reads it by CPI (check_priority)');
  console.log('  volume        USDC the maker traded that day, as the keeper reported it');
  console.log('  score         quality-weighted volume, in USDC: volume × spread efficiency + ½ × order flow, × the volatility multiplier');
  console.log('  pool          the maker\'s share of the day\'s market-making pool (its score over the day\'s total score)');
  console.log('  staking, mkt mkg, rebates: HFMMT paid for the day; rebates also in bp of the day\'s volume (1 bp until the daily cap binds)');
  console.log('  APR           staking + market-making rewards for the day, annualized, over the stake (rebates are paid on volume, not stake)');
  console.log('  committed     how long the liquidity has been committed; multiplier: its reward multiplier now');
}

async function main(): Promise<number> {
  const [so, idl, programKey] = ['deploy/hfmmt.so', 'idl/hfmmt.json', 'deploy/hfmmt-keypair.json'].map((f) => `${BUILD}${f}`);
  if (![so, idl, programKey].every(existsSync)) {
    console.error('generated/hfmmt is missing: run `node bin/poseidon.js build` first (npm start does).');
    return 1;
  }
  const client = new HfmmtClient(JSON.parse(readFileSync(idl, 'utf8')) as Idl);
  const rt = await createRuntime('litesvm', { programs: [] });
  // The upgradeable loader gives HFMMT its ProgramData account; the runtime's payer, the admin, is its upgrade authority.
  await deployToRuntime(rt, readFileSync(so), Keypair.fromSecretKey(Uint8Array.from(JSON.parse(readFileSync(programKey, 'utf8')) as number[])));
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
  await fundAta(rt, hfmmtMint, admin.publicKey, FUNDING * UNIT);

  explain();
  // The day before: initialize, fund the reward vault, stake (it warms up overnight).
  await demo.at(-DAY);
  await demo.send(client.initialize({ admin: admin.publicKey, hfmmtMint, liquidityMint, performanceAuthority: keeper.publicKey, params: PARAMS }));
  await demo.send(client.fundRewards({ funder: admin.publicKey, funderToken: ata(hfmmtMint, admin.publicKey), amount: FUNDING * UNIT }));
  for (const m of MAKERS) {
    const owner = keypair(m.name);
    await demo.send(client.stakeTokens({ owner: owner.publicKey, ownerToken: ata(hfmmtMint, owner.publicKey), amount: m.stake * UNIT }), [owner]);
    if (m.compound) await demo.send(client.setAutoCompound({ owner: owner.publicKey, enabled: true }), [owner]);
  }
  console.log(`\nThe day before: the upgrade authority initializes HFMMT and funds the reward vault with ${whole(FUNDING * UNIT)} HFMMT;`);
  console.log(`  ${MAKERS.map((m) => `${m.name} stakes ${whole(m.stake * UNIT)}${m.compound ? ' (auto-compound)' : ''}`).join(', ')} HFMMT`);
  for (let day = 0; day < DAYS; day++) {
    await demo.at(BigInt(day) * DAY);
    if (day > 0) await demo.settleDay(day - 1);
    await demo.openDay(day);
    if (day === 0) {
      await demo.activateStakes();
      await demo.priorityGate(2);
    }
    for (const p of PROVIDERS.filter((x) => x.joinDay === day)) {
      const owner = keypair(p.name);
      await demo.send(client.provideLiquidity({ provider: owner.publicKey, providerToken: ata(liquidityMint, owner.publicKey), amount: p.amount * UNIT }), [owner]);
      console.log(`  ${p.name} commits ${whole(p.amount * UNIT)} USDC of liquidity`);
    }
    if (day === UNSTAKE.requestDay) {
      const unstaker = keypair(UNSTAKE.maker);
      const events = await demo.send(client.requestUnstake({ owner: unstaker.publicKey, amount: UNSTAKE.amount * UNIT }), [unstaker]);
      const slashed = events.find((e) => e.name === 'slashed');
      const request = events.find((e) => e.name === 'unstakeRequested')!;
      console.log(`  ${UNSTAKE.maker}, silent past the limit, asks to unstake ${whole(UNSTAKE.amount * UNIT)} HFMMT: slashed ${tokens(slashed ? big(slashed.data.amount) : 0n)} HFMMT first;`
        + ` ${whole(big(request.data.pending))} HFMMT unlock on ${new Date(Number(big(request.data.unlockAt)) * 1000).toUTCString().slice(0, 16)} and stay slashable until withdrawn`);
    }
    await demo.trade(day);
  }
  await demo.at(BigInt(DAYS) * DAY);
  await demo.settleDay(DAYS - 1);
  await demo.priorityGate(2);
  return (await summary(demo, admin.publicKey)) ? 0 : 1;
}

/** The week's totals per participant, then the conservation check; false when any check fails. */
async function summary(demo: Demo, admin: PublicKey): Promise<boolean> {
  const { client, rt } = demo;
  console.log(`\nThe week, ${dateOf(0)} to ${dateOf(DAYS - 1)}: rewards paid in HFMMT, yields annualized over ${DAYS} days`);
  const widths = [15, 15, 9, 9, 14, 9, 8, 6];
  console.log(row(['participant', 'capital', 'staking', 'mkt mkg', 'rebates (bp)', 'LP', 'slashed', 'APR'], widths));
  let staked = 0n;
  let wallets = await tokenBalance(rt, ata(demo.hfmmtMint, admin)) ?? 0n;
  for (const m of MAKERS) {
    const t = demo.totals(m.name);
    const state = client.decodeAccount('marketMaker', (await rt.getAccount(client.maker(keypair(m.name).publicKey)))!.data);
    staked += big(state.staked) + big(state.warmingAmount) + big(state.pendingUnstake);
    wallets += (await tokenBalance(rt, ata(demo.hfmmtMint, keypair(m.name).publicKey))) ?? 0n;
    const rebateBp = t.volume === 0n ? '—' : (Number(t.rebates * 10_000n * 100n / t.volume) / 100).toFixed(2);
    console.log(row([m.name, `${whole(m.stake * UNIT)} HFMMT`, tokens(t.staking), tokens(t.marketMaking), `${tokens(t.rebates)} (${rebateBp})`,
      '—', tokens(big(state.totalSlashed)), annualized(t.staking + t.marketMaking, m.stake * UNIT, DAYS)], widths));
  }
  for (const p of PROVIDERS) {
    const t = demo.totals(p.name);
    wallets += (await tokenBalance(rt, ata(demo.hfmmtMint, keypair(p.name).publicKey))) ?? 0n;
    console.log(row([p.name, `${whole(p.amount * UNIT)} USDC`, '—', '—', '—', tokens(t.lp), '—',
      annualized(t.lp, p.amount * UNIT, DAYS - p.joinDay)], widths));
  }
  const config = await demo.account('config', client.config);
  const [stakeVault, rewardVault, liquidityVault] = await Promise.all([client.stakeVault, client.rewardVault, client.liquidityVault].map(async (k) => (await tokenBalance(rt, k)) ?? 0n));
  const minted = (FUNDING + MAKERS.reduce((sum, m) => sum + m.stake, 0n)) * UNIT;
  const promised = big(config.rewardBudget) + big(config.prevEpochPool) - big(config.prevEpochPaid);
  const checks: [string, boolean][] = [
    [`HFMMT minted ${whole(minted)} = wallets ${tokens(wallets)} + stake vault ${tokens(stakeVault)} + reward vault ${tokens(rewardVault)}`, minted === wallets + stakeVault + rewardVault],
    [`stake vault ${tokens(stakeVault)} HFMMT = Σ stakes, warming and pending unstake ${tokens(staked)}`, stakeVault === staked],
    [`liquidity vault ${whole(liquidityVault)} USDC = total liquidity ${whole(big(config.totalLiquidity))}`, liquidityVault === big(config.totalLiquidity)],
    [`reward vault ${tokens(rewardVault)} HFMMT ≥ unpromised budget + unclaimed pool ${tokens(promised)}`, rewardVault >= promised],
  ];
  console.log('Conservation:');
  for (const [text, holds] of checks) console.log(`  ${text}: ${holds ? 'holds' : 'BROKEN'}`);
  return checks.every(([, holds]) => holds);
}

process.exitCode = await main();
