// The HFMMT reference model: the program's state machine in plain TypeScript with BigInt math.
// In: instructions as method calls (identities are base58 strings; the clock is `now`, set by the
// caller). Out: the predicted Config / MarketMaker / LiquidityPosition fields, vault and wallet
// balances and events, or the error the program fails with (the state is then unchanged), plus the
// spec's invariants. It follows programs/hfmmt/DESIGN.md check for check and rounding for rounding,
// independently of programs/hfmmt.ts, so randomized tests can hold one against the other.
import { BPS, SCALE, Failure, addU64, div, i64, mulDivU64, toU128, toU64, u128, u64, type ModelErrorName } from './model-math.js';

export { Failure, type ModelErrorName } from './model-math.js';

export type PriorityTiers = { tier1: bigint; tier2: bigint; tier3: bigint };
export type ConfigParams = {
  rewardRate: bigint; volatilityThreshold: bigint; maxVolatilityMultiplierBps: bigint; minStake: bigint;
  warmupSeconds: bigint; unstakeCooldownSeconds: bigint; epochSeconds: bigint; mmEpochBudget: bigint;
  spreadWeightBps: bigint; flowWeightBps: bigint; makerRebateBps: bigint; rebateEpochBudget: bigint; maxReportVolume: bigint; lpRewardRate: bigint;
  lpMaxDurationMultiplierBps: bigint; lpRampSeconds: bigint; inactivitySeconds: bigint; slashBps: bigint;
  priorityTiers: PriorityTiers;
};
export type ConfigState = {
  admin: string; performanceAuthority: string; hfmmtMint: string; liquidityMint: string; stakeVault: string;
  rewardVault: string; liquidityVault: string; params: ConfigParams; paused: boolean; inactivityFrom: bigint; totalStaked: bigint;
  totalEffective: bigint; totalLiquidity: bigint; accRewardPerShare: bigint; lpAccPerUnit: bigint; lpReserveRate: bigint; lpUnitRate: bigint;
  lastUpdate: bigint;
  rewardBudget: bigint; volatilityBps: bigint; volatilityMultiplierBps: bigint; epochIndex: bigint; epochStart: bigint;
  epochScore: bigint; epochRebates: bigint; prevEpochScore: bigint; prevEpochPool: bigint; prevEpochPaid: bigint; bump: bigint;
};
export type MakerState = {
  owner: string; priorityTier: bigint; tierUpdatedAt: bigint; staked: bigint; effectiveStake: bigint; warmingAmount: bigint; warmingUntil: bigint;
  pendingUnstake: bigint; unstakeUnlockAt: bigint; rewardDebt: bigint; accruedRewards: bigint; accruedRebates: bigint;
  autoCompound: boolean; epochVolume: bigint; epochSpreadEfficiency: bigint; epochOrderFlow: bigint; epochScore: bigint;
  scoreEpoch: bigint; unclaimedScore: bigint; unclaimedEpoch: bigint; lastActive: bigint; totalSlashed: bigint; bump: bigint;
};
export type PositionState = {
  owner: string; amount: bigint; commitmentStart: bigint; rewardDebt: bigint; accruedRewards: bigint; lastAccrual: bigint; bump: bigint;
};
/** What the program emits: camelCase name and fields, as @coral-xyz/anchor's EventParser yields them. */
export type ModelEvent = { name: string; data: Record<string, bigint | string | boolean | ConfigParams> };
export type Outcome = { ok: true; events: ModelEvent[] } | { ok: false; error: ModelErrorName };
export type Token = 'hfmmt' | 'liquidity';
/** What each user put in, took out and earned: the "nobody receives more than is theirs" ledger. */
export type Ledger = { staked: bigint; received: bigint; earned: bigint; slashed: bigint; liquidityIn: bigint; liquidityOut: bigint };
export type InitializeAccounts = {
  admin: string; performanceAuthority: string; hfmmtMint: string; liquidityMint: string;
  stakeVault: string; rewardVault: string; liquidityVault: string; configBump: bigint;
  /** The upgrade authority in the program's ProgramData account; null for an immutable program. */
  upgradeAuthority: string | null;
};
/** PDA bumps the model cannot compute itself (it has no sha256/ed25519); 0 unless given. */
export type Bumps = { maker(owner: string): bigint; position(owner: string): bigint };

type State = {
  config: ConfigState | null; makers: Map<string, MakerState>; positions: Map<string, PositionState>;
  vaults: { stake: bigint; reward: bigint; liquidity: bigint };
  wallets: Map<string, Record<Token, bigint>>; ledgers: Map<string, Ledger>;
};

export class HfmmtModel {
  /** The Clock's unix_timestamp for the next instruction. */
  now = 0n;
  private s: State = {
    config: null, makers: new Map(), positions: new Map(), vaults: { stake: 0n, reward: 0n, liquidity: 0n },
    wallets: new Map(), ledgers: new Map(),
  };

  constructor(private readonly bumps: Bumps = { maker: () => 0n, position: () => 0n }) {}

  get config(): ConfigState | null { return this.s.config; }
  get vaults(): Readonly<State['vaults']> { return this.s.vaults; }
  maker(owner: string): MakerState | undefined { return this.s.makers.get(owner); }
  position(owner: string): PositionState | undefined { return this.s.positions.get(owner); }
  makers(): MakerState[] { return [...this.s.makers.values()]; }
  positions(): PositionState[] { return [...this.s.positions.values()]; }
  balance(owner: string, token: Token): bigint { return this.s.wallets.get(owner)?.[token] ?? 0n; }
  ledger(owner: string): Ledger { return this.s.ledgers.get(owner) ?? emptyLedger(); }

  /** Test setup: tokens minted into a user's token account of that mint. */
  mint(owner: string, token: Token, amount: bigint): void {
    const w = this.wallet(owner);
    w[token] = addU64(w[token], amount);
  }

  initialize(accounts: InitializeAccounts, params: ConfigParams): Outcome {
    return this.run(() => {
      if (this.s.config) throw new Failure('AccountAlreadyInUse');
      if (accounts.upgradeAuthority !== accounts.admin) throw new Failure('Unauthorized');
      validate(params);
      const { configBump, upgradeAuthority: _, ...keys } = accounts;
      this.s.config = {
        ...keys, params: structuredClone(params), paused: false, inactivityFrom: 0n, totalStaked: 0n, totalEffective: 0n, totalLiquidity: 0n,
        accRewardPerShare: 0n, lpAccPerUnit: 0n, lpReserveRate: 0n, lpUnitRate: 0n, lastUpdate: this.now, rewardBudget: 0n, volatilityBps: 0n,
        volatilityMultiplierBps: BPS, epochIndex: 0n, epochStart: this.now, epochScore: 0n, epochRebates: 0n,
        prevEpochScore: 0n, prevEpochPool: 0n, prevEpochPaid: 0n, bump: configBump,
      };
      return [event('initialized', {
        admin: keys.admin, performanceAuthority: keys.performanceAuthority, hfmmtMint: keys.hfmmtMint,
        liquidityMint: keys.liquidityMint, epochStart: this.now,
      })];
    });
  }

  stakeTokens(owner: string, amount: bigint): Outcome {
    return this.run(() => {
      const c = this.cfg();
      if (c.paused) throw new Failure('Paused');
      if (amount === 0n) throw new Failure('ZeroAmount');
      const existing = this.s.makers.get(owner);
      if (addU64(addU64(existing?.staked ?? 0n, existing?.warmingAmount ?? 0n), amount) < c.params.minStake) {
        throw new Failure('BelowMinimumStake');
      }
      const m = existing ?? this.openMaker(owner);
      this.checkpoint();
      this.settle(m);
      this.activate(m);
      let effectiveAt = this.now;
      if (c.params.warmupSeconds === 0n) m.staked = addU64(m.staked, amount);
      else {
        effectiveAt = i64(this.now + c.params.warmupSeconds);
        m.warmingAmount = addU64(m.warmingAmount, amount);
        m.warmingUntil = effectiveAt;
      }
      c.totalStaked = addU64(c.totalStaked, amount);
      this.recount(m);
      this.takeFromWallet(owner, 'hfmmt', amount);
      this.s.vaults.stake = addU64(this.s.vaults.stake, amount);
      this.ledgerOf(owner).staked += amount;
      return [event('staked', { owner, amount, effectiveAt, staked: m.staked, warming: m.warmingAmount })];
    });
  }

  updatePerformance(authority: string, owner: string, executionVolume: bigint, spreadEfficiency: bigint, orderFlow: bigint): Outcome {
    return this.run(() => {
      const c = this.cfg();
      const m = this.makerOf(owner);
      if (authority !== c.performanceAuthority) throw new Failure('Unauthorized');
      if (c.paused) throw new Failure('Paused');
      if (spreadEfficiency > BPS) throw new Failure('InvalidParameter');
      if (executionVolume > c.params.maxReportVolume || orderFlow > c.params.maxReportVolume) throw new Failure('ReportAboveCap');
      this.checkpoint();
      const events = this.normalize(m);
      // Eligibility: warmed-up stake (pending unstake excluded) at or above min_stake.
      const counted = m.warmingUntil <= this.now ? addU64(m.staked, m.warmingAmount) : m.staked;
      let score = 0n;
      let rebate = 0n;
      if (counted >= c.params.minStake) {
        const spreadScore = mulDivU64(executionVolume, u64(spreadEfficiency * c.params.spreadWeightBps), BPS * BPS);
        const flowScore = mulDivU64(orderFlow, c.params.flowWeightBps, BPS);
        score = mulDivU64(addU64(spreadScore, flowScore), c.volatilityMultiplierBps, BPS);
        const rebateLeft = max(c.params.rebateEpochBudget, c.epochRebates) - c.epochRebates;
        rebate = min(min(mulDivU64(executionVolume, c.params.makerRebateBps, BPS), rebateLeft), c.rewardBudget);
        c.rewardBudget = u64(c.rewardBudget - rebate);
        c.epochRebates = addU64(c.epochRebates, rebate);
        m.accruedRebates = addU64(m.accruedRebates, rebate);
        this.ledgerOf(owner).earned += rebate;
      }
      m.epochVolume = addU64(m.epochVolume, executionVolume);
      m.epochSpreadEfficiency = spreadEfficiency;
      m.epochOrderFlow = addU64(m.epochOrderFlow, orderFlow);
      m.epochScore = addU64(m.epochScore, score);
      c.epochScore = addU64(c.epochScore, score);
      m.lastActive = this.now;
      return [...events, event('performanceUpdated', { owner, epoch: c.epochIndex, score, epochScore: m.epochScore, rebate })];
    });
  }

  distributeRewards(owner: string): Outcome {
    return this.run(() => {
      const c = this.cfg();
      const m = this.makerOf(owner);
      this.checkpoint();
      this.settle(m);
      this.activate(m);
      const events = this.normalize(m);
      let marketMaking = 0n;
      if (m.unclaimedScore > 0n) {
        marketMaking = min(mulDivU64(c.prevEpochPool, m.unclaimedScore, c.prevEpochScore), u64(c.prevEpochPool - c.prevEpochPaid));
        c.prevEpochPaid = addU64(c.prevEpochPaid, marketMaking);
        m.unclaimedScore = 0n;
        this.ledgerOf(owner).earned += marketMaking;
      }
      const staking = m.accruedRewards;
      const rebates = m.accruedRebates;
      const payout = addU64(addU64(staking, marketMaking), rebates);
      m.accruedRewards = 0n;
      m.accruedRebates = 0n;
      if (payout > 0n) {
        this.s.vaults.reward = u64(this.s.vaults.reward - payout);
        if (m.autoCompound) {
          this.s.vaults.stake = addU64(this.s.vaults.stake, payout);
          m.staked = addU64(m.staked, payout);
          c.totalStaked = addU64(c.totalStaked, payout);
        } else {
          this.pay(owner, 'hfmmt', payout);
        }
      }
      this.recount(m);
      return [...events, event('rewardsDistributed', {
        owner, stakingRewards: staking, marketMakingRewards: marketMaking, rebates, compounded: m.autoCompound,
      })];
    });
  }

  provideLiquidity(provider: string, amount: bigint): Outcome {
    return this.run(() => {
      const c = this.cfg();
      if (c.paused) throw new Failure('Paused');
      if (amount === 0n) throw new Failure('ZeroAmount');
      const p = this.s.positions.get(provider) ?? this.openPosition(provider);
      this.checkpoint();
      this.settleLiquidity(p);
      const total = addU64(p.amount, amount);
      const age = mulDivU64(toU64(max(i64(this.now - p.commitmentStart), 0n)), p.amount, total);
      p.commitmentStart = i64(this.now - age);
      p.amount = total;
      c.totalLiquidity = addU64(c.totalLiquidity, amount);
      this.repriceLiquidity();
      this.takeFromWallet(provider, 'liquidity', amount);
      this.s.vaults.liquidity = addU64(this.s.vaults.liquidity, amount);
      this.ledgerOf(provider).liquidityIn += amount;
      return [event('liquidityProvided', { owner: provider, amount, totalAmount: total, commitmentStart: p.commitmentStart })];
    });
  }

  withdrawLiquidity(provider: string, amount: bigint): Outcome {
    return this.run(() => {
      const c = this.cfg();
      const p = this.s.positions.get(provider);
      if (!p) throw new Failure('AccountNotInitialized');
      if (amount > p.amount) throw new Failure('InsufficientLiquidity');
      this.checkpoint();
      this.settleLiquidity(p);
      const rewards = p.accruedRewards;
      if (amount === 0n && rewards === 0n) throw new Failure('NothingToWithdraw');
      p.amount = u64(p.amount - amount);
      p.accruedRewards = 0n;
      c.totalLiquidity = u64(c.totalLiquidity - amount);
      this.repriceLiquidity();
      this.s.vaults.liquidity = u64(this.s.vaults.liquidity - amount);
      this.wallet(provider).liquidity = addU64(this.wallet(provider).liquidity, amount);
      this.ledgerOf(provider).liquidityOut += amount;
      this.s.vaults.reward = u64(this.s.vaults.reward - rewards);
      this.pay(provider, 'hfmmt', rewards);
      return [event('liquidityWithdrawn', { owner: provider, amount, rewards, remaining: p.amount })];
    });
  }

  requestUnstake(owner: string, amount: bigint): Outcome {
    return this.run(() => {
      const c = this.cfg();
      const m = this.makerOf(owner);
      if (amount === 0n) throw new Failure('ZeroAmount');
      this.checkpoint();
      this.settle(m);
      this.activate(m);
      const slash = this.slash(m);
      if (amount > addU64(m.staked, m.warmingAmount)) throw new Failure('InsufficientStake');
      const fromWarming = min(amount, m.warmingAmount);
      m.warmingAmount -= fromWarming;
      m.staked = u64(m.staked - (amount - fromWarming));
      m.pendingUnstake = addU64(m.pendingUnstake, amount);
      m.unstakeUnlockAt = i64(this.now + c.params.unstakeCooldownSeconds);
      c.totalStaked = u64(c.totalStaked - amount);
      this.recount(m);
      return [...slash, event('unstakeRequested', { owner, amount, pending: m.pendingUnstake, unlockAt: m.unstakeUnlockAt })];
    });
  }

  withdrawUnstaked(owner: string): Outcome {
    return this.run(() => {
      this.cfg();
      const m = this.makerOf(owner);
      const amount = m.pendingUnstake;
      if (amount === 0n) throw new Failure('NothingToWithdraw');
      if (this.now < m.unstakeUnlockAt) throw new Failure('CooldownNotElapsed');
      m.pendingUnstake = 0n;
      this.s.vaults.stake = u64(this.s.vaults.stake - amount);
      this.pay(owner, 'hfmmt', amount);
      return [event('unstaked', { owner, amount })];
    });
  }

  setAutoCompound(owner: string, enabled: boolean): Outcome {
    return this.run(() => {
      this.makerOf(owner).autoCompound = enabled;
      return [event('autoCompoundSet', { owner, enabled })];
    });
  }

  updateVolatility(authority: string, volatilityBps: bigint): Outcome {
    return this.run(() => {
      const c = this.cfg();
      if (authority !== c.performanceAuthority) throw new Failure('Unauthorized');
      this.checkpoint();
      c.volatilityBps = volatilityBps;
      c.volatilityMultiplierBps = volatilityMultiplier(volatilityBps, c.params);
      return [event('volatilityUpdated', { volatilityBps, multiplierBps: c.volatilityMultiplierBps })];
    });
  }

  fundRewards(funder: string, amount: bigint): Outcome {
    return this.run(() => {
      const c = this.cfg();
      if (amount === 0n) throw new Failure('ZeroAmount');
      this.checkpoint();
      c.rewardBudget = addU64(c.rewardBudget, amount);
      this.takeFromWallet(funder, 'hfmmt', amount);
      this.s.vaults.reward = addU64(this.s.vaults.reward, amount);
      return [event('rewardsFunded', { funder, amount, budget: c.rewardBudget })];
    });
  }

  slashInactive(owner: string): Outcome {
    return this.run(() => {
      const c = this.cfg();
      const m = this.makerOf(owner);
      if (c.paused) throw new Failure('Paused');
      if (!this.inactive(m)) throw new Failure('NotInactive');
      this.checkpoint();
      this.settle(m);
      this.activate(m);
      const events = this.slash(m);
      if (events.length === 0) throw new Failure('InsufficientStake');
      this.recount(m);
      return events;
    });
  }

  updateConfig(admin: string, params: ConfigParams): Outcome {
    return this.run(() => {
      const c = this.cfg();
      if (admin !== c.admin) throw new Failure('Unauthorized');
      this.checkpoint();
      validate(params);
      // The LP duration curve is read at settlement: it changes only while no position has anything unsettled.
      if (c.totalLiquidity !== 0n && (params.lpMaxDurationMultiplierBps !== c.params.lpMaxDurationMultiplierBps
        || params.lpRampSeconds !== c.params.lpRampSeconds)) throw new Failure('InvalidParameter');
      c.params = structuredClone(params);
      // A shorter epoch that the running one already outlasts ends now: the next checkpoint rolls it as one.
      if (i64(this.now - c.epochStart) >= c.params.epochSeconds) c.epochStart = i64(this.now - c.params.epochSeconds);
      c.inactivityFrom = this.now;
      c.volatilityMultiplierBps = volatilityMultiplier(c.volatilityBps, c.params);
      this.repriceLiquidity();
      return [event('configUpdated', { params: structuredClone(c.params), paused: c.paused })];
    });
  }

  setPaused(admin: string, paused: boolean): Outcome {
    return this.run(() => {
      const c = this.cfg();
      if (admin !== c.admin) throw new Failure('Unauthorized');
      this.checkpoint();
      c.paused = paused;
      c.inactivityFrom = this.now;
      return [event('configUpdated', { params: structuredClone(c.params), paused })];
    });
  }

  checkPriority(owner: string, minTier: bigint): Outcome {
    return this.run(() => {
      if (this.makerOf(owner).priorityTier < minTier) throw new Failure('PriorityTooLow');
      return [];
    });
  }

  /** A maker's staking reward accrued in the pool but not yet settled into accrued_rewards. */
  pendingStakingReward(m: MakerState): bigint {
    const c = this.cfg();
    return (m.effectiveStake * (c.accRewardPerShare - m.rewardDebt)) / SCALE;
  }

  /** A position's liquidity reward reserved in the pool (at the top multiplier) but not yet settled. */
  reservedLiquidityReward(p: PositionState): bigint {
    return (p.amount * (this.cfg().lpAccPerUnit - p.rewardDebt)) / SCALE;
  }

  /** Everything the program owes from the reward vault, settled or not. */
  rewardLiabilities(): bigint {
    const c = this.cfg();
    let owed = c.prevEpochPool - c.prevEpochPaid;
    for (const m of this.s.makers.values()) owed += m.accruedRewards + m.accruedRebates + this.pendingStakingReward(m);
    for (const p of this.s.positions.values()) owed += p.accruedRewards + this.reservedLiquidityReward(p);
    return owed;
  }

  /** The spec's invariants and the totals' bookkeeping; empty when all hold. */
  invariantViolations(): string[] {
    const c = this.s.config;
    if (!c) return [];
    const makers = this.makers();
    const sum = (xs: bigint[]) => xs.reduce((a, b) => a + b, 0n);
    const out: string[] = [];
    const check = (ok: boolean, what: string) => { if (!ok) out.push(what); };
    const inStake = sum(makers.map((m) => m.staked + m.warmingAmount + m.pendingUnstake));
    check(this.s.vaults.stake === inStake, `stake vault ${this.s.vaults.stake} ≠ Σ staked + warming + pending ${inStake}`);
    check(this.s.vaults.reward >= c.rewardBudget + this.rewardLiabilities(), `reward vault ${this.s.vaults.reward} < budget + liabilities`);
    const liquidity = sum(this.positions().map((p) => p.amount));
    check(this.s.vaults.liquidity === liquidity, `liquidity vault ${this.s.vaults.liquidity} ≠ Σ positions ${liquidity}`);
    check(c.totalLiquidity === liquidity, `total_liquidity ${c.totalLiquidity} ≠ Σ positions ${liquidity}`);
    check(c.totalStaked === sum(makers.map((m) => m.staked + m.warmingAmount)), 'total_staked ≠ Σ staked + warming');
    check(c.totalEffective === sum(makers.map((m) => m.effectiveStake)), 'total_effective ≠ Σ effective stake');
    for (const [owner, l] of this.s.ledgers) {
      check(l.received <= l.staked + l.earned - l.slashed, `${owner} received ${l.received} > staked + earned − slashed`);
      check(l.liquidityOut <= l.liquidityIn, `${owner} withdrew more liquidity than provided`);
    }
    return out;
  }

  // ── shared steps (the program has a helper function for each: programs/hfmmt/DESIGN.md) ──

  /** CHECKPOINT: roll epochs, then pay both streams up to now (staking first, then liquidity at the top multiplier). */
  private checkpoint(): void {
    const c = this.cfg();
    this.rollEpochs();
    if (this.now > c.lastUpdate) {
      const elapsed = u128(i64(this.now - c.lastUpdate));
      if (c.totalEffective > 0n) {
        const emission = toU64(min(div(u128(u128(elapsed * c.params.rewardRate) * c.volatilityMultiplierBps), BPS), c.rewardBudget));
        c.accRewardPerShare = u128(c.accRewardPerShare + div(u128(emission * SCALE), c.totalEffective));
        c.rewardBudget = u64(c.rewardBudget - emission);
      }
      if (c.totalLiquidity > 0n) {
        const wanted = div(u128(u128(elapsed * c.lpReserveRate) + 999_999n), 1_000_000n);
        let perUnit = u128(elapsed * c.lpUnitRate);
        let reserved = c.rewardBudget;
        if (wanted <= c.rewardBudget) reserved = wanted;
        else perUnit = min(perUnit, div(u128(c.rewardBudget * SCALE), c.totalLiquidity));
        c.lpAccPerUnit = u128(c.lpAccPerUnit + perUnit);
        c.rewardBudget = u64(c.rewardBudget - reserved);
      }
      c.lastUpdate = this.now;
    }
  }

  /** The liquidity stream's rate at the top multiplier, in 10^-6 base units per second, rounded up. */
  private repriceLiquidity(): void {
    const c = this.cfg();
    c.lpUnitRate = mulDivU64(c.params.lpRewardRate, c.params.lpMaxDurationMultiplierBps, BPS);
    c.lpReserveRate = div(u128(u128(u128(c.totalLiquidity * c.params.lpRewardRate) * c.params.lpMaxDurationMultiplierBps) + 9_999_999_999n), 10_000_000_000n);
  }

  /** The epoch half of CHECKPOINT: the previous pool expires, the finished epoch's pool is reserved. */
  private rollEpochs(): void {
    const c = this.cfg();
    const epochsPassed = div(i64(this.now - c.epochStart), c.params.epochSeconds);
    if (epochsPassed <= 0n) return;
    const finishedScore = epochsPassed === 1n ? c.epochScore : 0n;
    const budget = addU64(c.rewardBudget, u64(c.prevEpochPool - c.prevEpochPaid));
    const pool = finishedScore > 0n ? min(c.params.mmEpochBudget, budget) : 0n;
    c.rewardBudget = u64(budget - pool);
    c.prevEpochScore = finishedScore;
    c.prevEpochPool = pool;
    c.prevEpochPaid = 0n;
    c.epochScore = 0n;
    c.epochRebates = 0n;
    c.epochIndex = addU64(c.epochIndex, toU64(epochsPassed));
    c.epochStart = i64(this.now - i64((this.now - c.epochStart) % c.params.epochSeconds));
  }

  /** SETTLE */
  private settle(m: MakerState): void {
    const c = this.cfg();
    const pending = toU64(div(u128(m.effectiveStake * u128(c.accRewardPerShare - m.rewardDebt)), SCALE));
    m.accruedRewards = addU64(m.accruedRewards, pending);
    m.rewardDebt = c.accRewardPerShare;
    this.ledgerOf(m.owner).earned += pending;
  }

  /** ACTIVATE */
  private activate(m: MakerState): void {
    if (m.warmingAmount > 0n && m.warmingUntil <= this.now) {
      m.staked = addU64(m.staked, m.warmingAmount);
      m.warmingAmount = 0n;
    }
  }

  /** RECOUNT */
  private recount(m: MakerState): void {
    const c = this.cfg();
    const counted = m.staked >= c.params.minStake ? m.staked : 0n;
    c.totalEffective = addU64(u64(c.totalEffective - m.effectiveStake), counted);
    m.effectiveStake = counted;
    const t = c.params.priorityTiers;
    m.priorityTier = counted >= t.tier3 ? 3n : counted >= t.tier2 ? 2n : counted >= t.tier1 ? 1n : 0n;
    m.tierUpdatedAt = this.now;
  }

  /** SLASH: slash_bps of the warmed-up and the pending stake of a maker past the inactivity limit; the Slashed event, if any. */
  /** Past the inactivity limit, counted from the later of the maker's last activity and inactivity_from. */
  private inactive(m: MakerState): boolean {
    const c = this.cfg();
    return i64(this.now - max(m.lastActive, c.inactivityFrom)) > c.params.inactivitySeconds;
  }

  private slash(m: MakerState): ModelEvent[] {
    const c = this.cfg();
    if (c.paused || !this.inactive(m)) return [];
    const fromStake = mulDivU64(m.staked, c.params.slashBps, BPS);
    const fromPending = mulDivU64(m.pendingUnstake, c.params.slashBps, BPS);
    const slashed = addU64(fromStake, fromPending);
    if (slashed === 0n) return [];
    m.staked -= fromStake;
    m.pendingUnstake -= fromPending;
    m.totalSlashed = addU64(m.totalSlashed, slashed);
    m.lastActive = this.now;
    c.totalStaked = u64(c.totalStaked - fromStake);
    c.rewardBudget = addU64(c.rewardBudget, slashed);
    this.s.vaults.stake = u64(this.s.vaults.stake - slashed);
    this.s.vaults.reward = addU64(this.s.vaults.reward, slashed);
    this.ledgerOf(m.owner).slashed += slashed;
    return [event('slashed', { owner: m.owner, amount: slashed, remainingStake: m.staked })];
  }

  /** NORMALIZE: EXPIRE, move a finished epoch's score to unclaimed, EXPIRE again; one ScoreExpired per expired epoch. */
  private normalize(m: MakerState): ModelEvent[] {
    const c = this.cfg();
    const events = this.expire(m);
    if (m.scoreEpoch < c.epochIndex) {
      m.unclaimedScore = m.epochScore;
      m.unclaimedEpoch = m.scoreEpoch;
      Object.assign(m, { epochVolume: 0n, epochSpreadEfficiency: 0n, epochOrderFlow: 0n, epochScore: 0n, scoreEpoch: c.epochIndex });
      events.push(...this.expire(m));
    }
    return events;
  }

  /** EXPIRE: an unclaimed score two or more epochs old is dropped, with the epoch it was earned in. */
  private expire(m: MakerState): ModelEvent[] {
    if (m.unclaimedScore === 0n || addU64(m.unclaimedEpoch, 1n) >= this.cfg().epochIndex) return [];
    const expired = event('scoreExpired', { owner: m.owner, score: m.unclaimedScore, epoch: m.unclaimedEpoch });
    m.unclaimedScore = 0n;
    return [expired];
  }

  /**
   * LP SETTLE: the position keeps the part of its reservation its duration multiplier earned (the exact
   * integral of d over the interval, against the top multiplier) and the rest returns to the budget.
   */
  private settleLiquidity(p: PositionState): void {
    const c = this.cfg();
    const reserved = toU64(div(u128(p.amount * u128(c.lpAccPerUnit - p.rewardDebt)), SCALE));
    if (reserved > 0n) {
      const elapsed = u128(i64(this.now - p.lastAccrual));
      const ramp = u128(c.params.lpRampSeconds);
      const bonus = u128(u64(c.params.lpMaxDurationMultiplierBps - BPS));
      const area = u128(twiceRampArea(this.now - p.commitmentStart, ramp) - twiceRampArea(p.lastAccrual - p.commitmentStart, ramp));
      const weighted = u128(u128(elapsed * BPS) + div(u128(bonus * area), u128(ramp * 2n)));
      const earned = toU64(div(u128(reserved * weighted), u128(c.params.lpMaxDurationMultiplierBps * elapsed)));
      c.rewardBudget = addU64(c.rewardBudget, reserved - earned);
      p.accruedRewards = addU64(p.accruedRewards, earned);
      this.ledgerOf(p.owner).earned += earned;
    }
    p.rewardDebt = c.lpAccPerUnit;
    p.lastAccrual = this.now;
  }

  // ── plumbing ──

  private run(body: () => ModelEvent[]): Outcome {
    const saved = structuredClone(this.s);
    try {
      return { ok: true, events: body() };
    } catch (e) {
      if (!(e instanceof Failure)) throw e;
      this.s = saved;
      return { ok: false, error: e.code };
    }
  }

  private cfg(): ConfigState {
    if (!this.s.config) throw new Failure('AccountNotInitialized');
    return this.s.config;
  }

  private makerOf(owner: string): MakerState {
    const m = this.s.makers.get(owner);
    if (!m) throw new Failure('AccountNotInitialized');
    return m;
  }

  private openMaker(owner: string): MakerState {
    const m: MakerState = {
      owner, priorityTier: 0n, tierUpdatedAt: 0n, staked: 0n, effectiveStake: 0n, warmingAmount: 0n, warmingUntil: 0n, pendingUnstake: 0n, unstakeUnlockAt: 0n,
      rewardDebt: 0n, accruedRewards: 0n, accruedRebates: 0n, autoCompound: false, epochVolume: 0n, epochSpreadEfficiency: 0n,
      epochOrderFlow: 0n, epochScore: 0n, scoreEpoch: 0n, unclaimedScore: 0n, unclaimedEpoch: 0n, lastActive: this.now,
      totalSlashed: 0n, bump: this.bumps.maker(owner),
    };
    this.s.makers.set(owner, m);
    return m;
  }

  private openPosition(owner: string): PositionState {
    const p: PositionState = {
      owner, amount: 0n, commitmentStart: 0n, rewardDebt: 0n, accruedRewards: 0n, lastAccrual: 0n, bump: this.bumps.position(owner),
    };
    this.s.positions.set(owner, p);
    return p;
  }

  private wallet(owner: string): Record<Token, bigint> {
    let w = this.s.wallets.get(owner);
    if (!w) this.s.wallets.set(owner, (w = { hfmmt: 0n, liquidity: 0n }));
    return w;
  }

  private takeFromWallet(owner: string, token: Token, amount: bigint): void {
    const w = this.wallet(owner);
    if (w[token] < amount) throw new Failure('TokenInsufficientFunds');
    w[token] -= amount;
  }

  /** HFMMT leaving a vault for a user's own account. */
  private pay(owner: string, token: Token, amount: bigint): void {
    const w = this.wallet(owner);
    w[token] = addU64(w[token], amount);
    this.ledgerOf(owner).received += amount;
  }

  private ledgerOf(owner: string): Ledger {
    let l = this.s.ledgers.get(owner);
    if (!l) this.s.ledgers.set(owner, (l = emptyLedger()));
    return l;
  }
}

/** The parameter checks of initialize and update_config, in the program's order. */
function validate(p: ConfigParams): void {
  const within = (v: bigint, lo: bigint, hi: bigint) => v >= lo && v <= hi;
  const MAX_SECONDS = 1_000_000_000n;
  const MAX_REPORT_VOLUME = 100_000_000_000_000_000n;
  const ok = p.minStake > 0n && within(p.volatilityThreshold, 1n, BPS) && p.spreadWeightBps <= BPS && p.flowWeightBps <= BPS
    && p.makerRebateBps <= BPS && p.slashBps <= BPS
    && within(p.maxVolatilityMultiplierBps, BPS, 10n * BPS) && within(p.lpMaxDurationMultiplierBps, BPS, 10n * BPS)
    && p.lpRewardRate <= SCALE
    && within(p.epochSeconds, 1n, MAX_SECONDS) && within(p.warmupSeconds, 0n, MAX_SECONDS)
    && within(p.unstakeCooldownSeconds, 0n, MAX_SECONDS) && within(p.lpRampSeconds, 1n, MAX_SECONDS)
    && within(p.inactivitySeconds, 1n, MAX_SECONDS)
    && p.priorityTiers.tier1 > 0n && p.priorityTiers.tier1 <= p.priorityTiers.tier2 && p.priorityTiers.tier2 <= p.priorityTiers.tier3
    && within(p.maxReportVolume, 1n, MAX_REPORT_VOLUME) && (p.makerRebateBps === 0n || p.rebateEpochBudget > 0n);
  if (!ok) throw new Failure('InvalidParameter');
}

/** m = 10000 while v ≤ threshold, else min(cap, 10000·v/threshold) (computed as the program does). */
export function volatilityMultiplier(volatilityBps: bigint, p: ConfigParams): bigint {
  if (volatilityBps <= p.volatilityThreshold) return BPS;
  return min(u64(min(volatilityBps, p.maxVolatilityMultiplierBps) * BPS) / p.volatilityThreshold, p.maxVolatilityMultiplierBps);
}

/** Twice ∫₀^age min(x, ramp) dx: age² inside the ramp, ramp·(2·age − ramp) after it (u128, as the program computes it). */
function twiceRampArea(age: bigint, ramp: bigint): bigint {
  const inRamp = min(toU128(age), ramp);
  return u128(inRamp * u128(u128(age + age) - inRamp));
}

const min = (a: bigint, b: bigint): bigint => (a < b ? a : b);
const max = (a: bigint, b: bigint): bigint => (a > b ? a : b);
const event = (name: string, data: ModelEvent['data']): ModelEvent => ({ name, data });
const emptyLedger = (): Ledger => ({ staked: 0n, received: 0n, earned: 0n, slashed: 0n, liquidityIn: 0n, liquidityOut: 0n });
