// HFMMT, the High-Frequency Market-Making Token program (spec: docs/hfmmt.md), in the DSL.
// In: nothing at runtime; the compiler reads this file. Out: 15 instructions over one Config, one
// MarketMaker and one LiquidityPosition per owner, and three token vaults owned by Config.
// The steps several instructions share are the helper functions under "shared steps", after the class.
// programs/hfmmt/DESIGN.md gives every formula, rounding and check order; model.ts implements it independently.
import {
  Account, Boolean, Clock, Event, Mint, ProgramData, Pubkey, Result, Signer, TokenAccount, TokenProgram, UncheckedAccount,
  emit, i64, require, u64, u8, u128,
} from "@solanaturbine/poseidon";

export default class Hfmmt {
  static PROGRAM_ID = new Pubkey("9ZRHZRqEVociMgNbYtEgFjY88fPt24tMctYxSknzXM9a");

  initialize(
    admin: Signer, programData: ProgramData, config: Config, hfmmtMint: Mint, liquidityMint: Mint, stakeVault: TokenAccount,
    rewardVault: TokenAccount, liquidityVault: TokenAccount, performanceAuthority: UncheckedAccount,
    configParams: ConfigParams,
  ): Result {
    // This program's ProgramData: only its upgrade authority may initialize, and so choose the admin and the mints.
    programData.derive([Hfmmt.PROGRAM_ID]);
    config.derive(["config"]).init(admin);
    stakeVault.derive(["stake_vault"], hfmmtMint, config.key).init(admin);
    rewardVault.derive(["reward_vault"], hfmmtMint, config.key).init(admin);
    liquidityVault.derive(["liquidity_vault"], liquidityMint, config.key).init(admin);
    require(programData.upgradeAuthorityAddress.eq(admin.key), HfmmtError.Unauthorized);
    requireValidParams(configParams);
    config.params = configParams;

    const now = Clock.unixTimestamp();
    config.admin = admin.key;
    config.performanceAuthority = performanceAuthority.key;
    config.hfmmtMint = hfmmtMint.key;
    config.liquidityMint = liquidityMint.key;
    config.stakeVault = stakeVault.key;
    config.rewardVault = rewardVault.key;
    config.liquidityVault = liquidityVault.key;
    config.volatilityMultiplierBps = new u64(10000);
    config.lastUpdate = now;
    config.epochStart = now;
    config.bump = config.getBump();
    emit<Initialized>({
      admin: admin.key, performanceAuthority: performanceAuthority.key, hfmmtMint: hfmmtMint.key,
      liquidityMint: liquidityMint.key, epochStart: now,
    });
  }

  stakeTokens(owner: Signer, config: Config, maker: MarketMaker, ownerToken: TokenAccount, stakeVault: TokenAccount, amount: u64): Result {
    config.deriveWithBump(["config"], config.bump).has([stakeVault]);
    maker.deriveWithBump(["maker", owner.key], maker.bump).initIfNeeded(owner);
    require(!config.paused, HfmmtError.Paused);
    require(amount.gt(0), HfmmtError.ZeroAmount);
    require(ownerToken.mint.eq(config.hfmmtMint), HfmmtError.InvalidMint);
    require(ownerToken.owner.eq(owner.key), HfmmtError.InvalidOwner);
    // No stake position below the Sybil floor can be opened or grown.
    require(maker.staked.add(maker.warmingAmount).add(amount).gte(config.params.minStake), HfmmtError.BelowMinimumStake);
    const now = Clock.unixTimestamp();
    if (maker.owner.neq(owner.key)) {
      // First stake: the account was just created (the seeds bind it to this owner).
      maker.owner = owner.key;
      maker.bump = maker.getBump();
      maker.lastActive = now;
    }
    checkpointMaker(config, maker, now);

    // The new amount warms up on its own timer; it restarts for any amount still warming.
    let effectiveAt = now;
    if (config.params.warmupSeconds.eq(0)) {
      maker.staked = maker.staked.add(amount);
    } else {
      effectiveAt = now.add(config.params.warmupSeconds);
      maker.warmingAmount = maker.warmingAmount.add(amount);
      maker.warmingUntil = effectiveAt;
    }
    config.totalStaked = config.totalStaked.add(amount);
    recountStake(config, maker, now);

    TokenProgram.transfer(ownerToken, stakeVault, owner, amount);
    emit<Staked>({ owner: owner.key, amount, effectiveAt, staked: maker.staked, warming: maker.warmingAmount });
  }

  updatePerformance(
    performanceAuthority: Signer, config: Config, maker: MarketMaker,
    executionVolume: u64, spreadEfficiency: u64, orderFlow: u64,
  ): Result {
    config.deriveWithBump(["config"], config.bump);
    maker.deriveWithBump(["maker", maker.owner], maker.bump);
    require(performanceAuthority.key.eq(config.performanceAuthority), HfmmtError.Unauthorized);
    require(!config.paused, HfmmtError.Paused);
    require(spreadEfficiency.lte(10000), HfmmtError.InvalidParameter);
    require(executionVolume.lte(config.params.maxReportVolume) && orderFlow.lte(config.params.maxReportVolume), HfmmtError.ReportAboveCap);
    const now = Clock.unixTimestamp();
    // Rebates come out of the budget: both streams are paid up to now first.
    checkpoint(config, now);
    normalizeScores(config, maker);

    // Scores and rebates are privileges of stake: warmed-up stake (pending unstake excluded) at or above min_stake.
    let counted = maker.staked;
    if (maker.warmingUntil.lte(now)) {
      counted = counted.add(maker.warmingAmount);
    }
    let score = new u64(0);
    let rebate = new u64(0);
    if (counted.gte(config.params.minStake)) {
      const spreadScore = executionVolume.mulDiv(spreadEfficiency.mul(config.params.spreadWeightBps), 100000000);
      const flowScore = orderFlow.mulDiv(config.params.flowWeightBps, 10000);
      score = spreadScore.add(flowScore).mulDiv(config.volatilityMultiplierBps, 10000);
      // What is left of the epoch's rebate budget (nothing, not an error, after the admin lowered it below what was paid).
      const rebateLeft = config.params.rebateEpochBudget.max(config.epochRebates).sub(config.epochRebates);
      rebate = executionVolume.mulDiv(config.params.makerRebateBps, 10000).min(rebateLeft).min(config.rewardBudget);
      config.rewardBudget = config.rewardBudget.sub(rebate);
      config.epochRebates = config.epochRebates.add(rebate);
      maker.accruedRebates = maker.accruedRebates.add(rebate);
    }
    maker.epochVolume = maker.epochVolume.add(executionVolume);
    maker.epochSpreadEfficiency = spreadEfficiency;
    maker.epochOrderFlow = maker.epochOrderFlow.add(orderFlow);
    maker.epochScore = maker.epochScore.add(score);
    config.epochScore = config.epochScore.add(score);
    maker.lastActive = now;
    emit<PerformanceUpdated>({ owner: maker.owner, epoch: config.epochIndex, score, epochScore: maker.epochScore, rebate });
  }

  distributeRewards(
    config: Config, maker: MarketMaker, ownerToken: TokenAccount, stakeVault: TokenAccount, rewardVault: TokenAccount,
  ): Result {
    config.deriveWithBump(["config"], config.bump).has([stakeVault, rewardVault]);
    maker.deriveWithBump(["maker", maker.owner], maker.bump);
    require(ownerToken.mint.eq(config.hfmmtMint), HfmmtError.InvalidMint);
    require(ownerToken.owner.eq(maker.owner), HfmmtError.InvalidOwner);
    const now = Clock.unixTimestamp();
    checkpointMaker(config, maker, now);
    normalizeScores(config, maker);

    // The unclaimed score now belongs to the previous epoch, whose pool was reserved at roll-over.
    let marketMaking = new u64(0);
    if (maker.unclaimedScore.gt(0)) {
      marketMaking = config.prevEpochPool.mulDiv(maker.unclaimedScore, config.prevEpochScore)
        .min(config.prevEpochPool.sub(config.prevEpochPaid));
      config.prevEpochPaid = config.prevEpochPaid.add(marketMaking);
      maker.unclaimedScore = new u64(0);
    }
    const staking = maker.accruedRewards;
    const rebates = maker.accruedRebates;
    const payout = staking.add(marketMaking).add(rebates);
    maker.accruedRewards = new u64(0);
    maker.accruedRebates = new u64(0);
    if (payout.gt(0)) {
      if (maker.autoCompound) {
        // Compounded rewards were already earned, so they count at once, without warm-up.
        TokenProgram.transfer(rewardVault, stakeVault, config, payout, ["config", config.bump]);
        maker.staked = maker.staked.add(payout);
        config.totalStaked = config.totalStaked.add(payout);
      } else {
        TokenProgram.transfer(rewardVault, ownerToken, config, payout, ["config", config.bump]);
      }
    }
    recountStake(config, maker, now);

    emit<RewardsDistributed>({
      owner: maker.owner, stakingRewards: staking, marketMakingRewards: marketMaking, rebates, compounded: maker.autoCompound,
    });
  }

  provideLiquidity(
    provider: Signer, config: Config, position: LiquidityPosition, providerToken: TokenAccount, liquidityVault: TokenAccount, amount: u64,
  ): Result {
    config.deriveWithBump(["config"], config.bump).has([liquidityVault]);
    position.deriveWithBump(["liquidity", provider.key], position.bump).initIfNeeded(provider);
    require(!config.paused, HfmmtError.Paused);
    require(amount.gt(0), HfmmtError.ZeroAmount);
    require(providerToken.mint.eq(config.liquidityMint), HfmmtError.InvalidMint);
    require(providerToken.owner.eq(provider.key), HfmmtError.InvalidOwner);
    const now = Clock.unixTimestamp();
    if (position.owner.neq(provider.key)) {
      // First deposit: the account was just created (the seeds bind it to this provider).
      position.owner = provider.key;
      position.bump = position.getBump();
    }
    checkpointPosition(config, position, now);

    // The commitment start moves to the amount-weighted average; the age rounds down.
    const total = position.amount.add(amount);
    const age = now.sub(position.commitmentStart).max(0).toU64().mulDiv(position.amount, total);
    position.commitmentStart = now.sub(age.toI64());
    position.amount = total;
    config.totalLiquidity = config.totalLiquidity.add(amount);
    repriceLiquidity(config);

    TokenProgram.transfer(providerToken, liquidityVault, provider, amount);
    emit<LiquidityProvided>({ owner: provider.key, amount, totalAmount: total, commitmentStart: position.commitmentStart });
  }

  withdrawLiquidity(
    provider: Signer, config: Config, position: LiquidityPosition, providerToken: TokenAccount, providerRewardToken: TokenAccount,
    liquidityVault: TokenAccount, rewardVault: TokenAccount, amount: u64,
  ): Result {
    config.deriveWithBump(["config"], config.bump).has([liquidityVault, rewardVault]);
    position.deriveWithBump(["liquidity", provider.key], position.bump);
    require(amount.lte(position.amount), HfmmtError.InsufficientLiquidity);
    require(providerToken.mint.eq(config.liquidityMint) && providerRewardToken.mint.eq(config.hfmmtMint), HfmmtError.InvalidMint);
    require(providerToken.owner.eq(provider.key) && providerRewardToken.owner.eq(provider.key), HfmmtError.InvalidOwner);
    const now = Clock.unixTimestamp();
    checkpointPosition(config, position, now);

    // Withdrawing keeps the commitment start; amount 0 claims the rewards alone.
    const rewards = position.accruedRewards;
    require(amount.gt(0) || rewards.gt(0), HfmmtError.NothingToWithdraw);
    position.amount = position.amount.sub(amount);
    position.accruedRewards = new u64(0);
    config.totalLiquidity = config.totalLiquidity.sub(amount);
    repriceLiquidity(config);
    if (amount.gt(0)) {
      TokenProgram.transfer(liquidityVault, providerToken, config, amount, ["config", config.bump]);
    }
    if (rewards.gt(0)) {
      TokenProgram.transfer(rewardVault, providerRewardToken, config, rewards, ["config", config.bump]);
    }
    emit<LiquidityWithdrawn>({ owner: provider.key, amount, rewards, remaining: position.amount });
  }

  requestUnstake(owner: Signer, config: Config, maker: MarketMaker, stakeVault: TokenAccount, rewardVault: TokenAccount, amount: u64): Result {
    config.deriveWithBump(["config"], config.bump).has([stakeVault, rewardVault]);
    maker.deriveWithBump(["maker", owner.key], maker.bump);
    require(amount.gt(0), HfmmtError.ZeroAmount);
    const now = Clock.unixTimestamp();
    checkpointMaker(config, maker, now);
    // A maker past the inactivity limit cannot unstake out of a slash: it applies first.
    const slashed = slashIfInactive(config, maker, now);

    // Still-warming stake leaves first (it earns nothing yet), then effective stake.
    require(amount.lte(maker.staked.add(maker.warmingAmount)), HfmmtError.InsufficientStake);
    const fromWarming = amount.min(maker.warmingAmount);
    maker.warmingAmount = maker.warmingAmount.sub(fromWarming);
    maker.staked = maker.staked.sub(amount.sub(fromWarming));
    maker.pendingUnstake = maker.pendingUnstake.add(amount);
    maker.unstakeUnlockAt = now.add(config.params.unstakeCooldownSeconds);
    config.totalStaked = config.totalStaked.sub(amount);
    recountStake(config, maker, now);
    if (slashed.gt(0)) {
      TokenProgram.transfer(stakeVault, rewardVault, config, slashed, ["config", config.bump]);
    }
    emit<UnstakeRequested>({ owner: owner.key, amount, pending: maker.pendingUnstake, unlockAt: maker.unstakeUnlockAt });
  }

  withdrawUnstaked(owner: Signer, config: Config, maker: MarketMaker, ownerToken: TokenAccount, stakeVault: TokenAccount): Result {
    config.deriveWithBump(["config"], config.bump).has([stakeVault]);
    maker.deriveWithBump(["maker", owner.key], maker.bump);
    require(ownerToken.mint.eq(config.hfmmtMint), HfmmtError.InvalidMint);
    require(ownerToken.owner.eq(owner.key), HfmmtError.InvalidOwner);
    const amount = maker.pendingUnstake;
    require(amount.gt(0), HfmmtError.NothingToWithdraw);
    require(Clock.unixTimestamp().gte(maker.unstakeUnlockAt), HfmmtError.CooldownNotElapsed);
    maker.pendingUnstake = new u64(0);
    TokenProgram.transfer(stakeVault, ownerToken, config, amount, ["config", config.bump]);
    emit<Unstaked>({ owner: owner.key, amount });
  }

  setAutoCompound(owner: Signer, maker: MarketMaker, enabled: Boolean): Result {
    maker.deriveWithBump(["maker", owner.key], maker.bump);
    maker.autoCompound = enabled;
    emit<AutoCompoundSet>({ owner: owner.key, enabled });
  }

  updateVolatility(performanceAuthority: Signer, config: Config, volatilityBps: u64): Result {
    config.deriveWithBump(["config"], config.bump);
    require(performanceAuthority.key.eq(config.performanceAuthority), HfmmtError.Unauthorized);
    // The old multiplier applies up to now.
    checkpoint(config, Clock.unixTimestamp());
    config.volatilityBps = volatilityBps;
    repriceVolatility(config);
    emit<VolatilityUpdated>({ volatilityBps, multiplierBps: config.volatilityMultiplierBps });
  }

  fundRewards(funder: Signer, config: Config, funderToken: TokenAccount, rewardVault: TokenAccount, amount: u64): Result {
    config.deriveWithBump(["config"], config.bump).has([rewardVault]);
    require(amount.gt(0), HfmmtError.ZeroAmount);
    require(funderToken.mint.eq(config.hfmmtMint), HfmmtError.InvalidMint);
    require(funderToken.owner.eq(funder.key), HfmmtError.InvalidOwner);
    // An exhausted budget restarts accrual from now, never retroactively.
    checkpoint(config, Clock.unixTimestamp());

    config.rewardBudget = config.rewardBudget.add(amount);
    TokenProgram.transfer(funderToken, rewardVault, funder, amount);
    emit<RewardsFunded>({ funder: funder.key, amount, budget: config.rewardBudget });
  }

  slashInactive(config: Config, maker: MarketMaker, stakeVault: TokenAccount, rewardVault: TokenAccount): Result {
    config.deriveWithBump(["config"], config.bump).has([stakeVault, rewardVault]);
    maker.deriveWithBump(["maker", maker.owner], maker.bump);
    const now = Clock.unixTimestamp();
    // Reports, the only way to stay active, stop while paused: so does slashing.
    require(!config.paused, HfmmtError.Paused);
    require(now.sub(maker.lastActive.max(config.inactivityFrom)).gt(config.params.inactivitySeconds), HfmmtError.NotInactive);
    checkpointMaker(config, maker, now);
    const slashed = slashIfInactive(config, maker, now);
    require(slashed.gt(0), HfmmtError.InsufficientStake);
    recountStake(config, maker, now);
    TokenProgram.transfer(stakeVault, rewardVault, config, slashed, ["config", config.bump]);
  }

  updateConfig(admin: Signer, config: Config, configParams: ConfigParams): Result {
    config.deriveWithBump(["config"], config.bump);
    require(admin.key.eq(config.admin), HfmmtError.Unauthorized);
    // The old parameters apply up to now; a new threshold or cap re-prices the current volatility.
    const now = Clock.unixTimestamp();
    checkpoint(config, now);
    requireValidParams(configParams);
    // The duration curve is read when a position settles, so it may change only while no position has anything unsettled.
    require(config.totalLiquidity.eq(0) || (configParams.lpMaxDurationMultiplierBps.eq(config.params.lpMaxDurationMultiplierBps)
      && configParams.lpRampSeconds.eq(config.params.lpRampSeconds)), HfmmtError.InvalidParameter);
    config.params = configParams;
    // A shorter epoch that the running one already outlasts ends it now: the next CHECKPOINT rolls it as one epoch
    // (its score kept), not as several (its score expired).
    if (now.sub(config.epochStart).gte(configParams.epochSeconds)) {
      config.epochStart = now.sub(configParams.epochSeconds);
    }
    // New inactivity rules apply from now on: every maker gets a whole period under them.
    config.inactivityFrom = now;
    repriceVolatility(config);
    repriceLiquidity(config);
    emit<ConfigUpdated>({ params: config.params, paused: config.paused });
  }

  setPaused(admin: Signer, config: Config, paused: Boolean): Result {
    config.deriveWithBump(["config"], config.bump);
    require(admin.key.eq(config.admin), HfmmtError.Unauthorized);
    const now = Clock.unixTimestamp();
    checkpoint(config, now);
    config.paused = paused;
    // Paused time is no maker's inactivity: after an unpause every maker gets a whole period.
    config.inactivityFrom = now;
    emit<ConfigUpdated>({ params: config.params, paused });
  }

  /**
   * Read-only: succeeds when `owner`'s maker has at least priority tier `minTier`, fails with PriorityTooLow
   * otherwise. For exchanges gating order entry by CPI (the tier is also at a fixed offset of MarketMaker).
   */
  checkPriority(owner: UncheckedAccount, maker: MarketMaker, minTier: u8): Result {
    maker.deriveWithBump(["maker", owner.key], maker.bump);
    require(maker.priorityTier.gte(minTier), HfmmtError.PriorityTooLow);
  }
}

// ───────────────────────────── shared steps ─────────────────────────────

/**
 * Rolls Config into the epoch holding `now` (the finished epoch's pool is reserved, older rests expire), then pays
 * both streams up to `now`, staking first: each second's reward is reserved from the budget when it is earned. A
 * stream with nothing in it lets the time pass unpaid.
 */
function checkpoint(config: Config, now: i64): void {
  // epoch_seconds ≥ 1, so at least one epoch has passed exactly when a whole epoch length has elapsed.
  const sinceEpochStart = now.sub(config.epochStart);
  if (sinceEpochStart.gte(config.params.epochSeconds)) {
    // Both are positive here: unsigned arithmetic (native division) gives the same numbers.
    const epochSeconds = config.params.epochSeconds.toU64();
    const epochsPassed = sinceEpochStart.toU64().div(epochSeconds);
    // An epoch nobody touched had no reports, so only a roll of exactly one keeps the score.
    let finishedScore = new u64(0);
    if (epochsPassed.eq(1)) {
      finishedScore = config.epochScore;
    }
    const budget = config.rewardBudget.add(config.prevEpochPool.sub(config.prevEpochPaid));
    let pool = new u64(0);
    if (finishedScore.gt(0)) {
      pool = config.params.mmEpochBudget.min(budget);
    }
    config.rewardBudget = budget.sub(pool);
    config.prevEpochScore = finishedScore;
    config.prevEpochPool = pool;
    config.prevEpochPaid = new u64(0);
    config.epochScore = new u64(0);
    config.epochRebates = new u64(0);
    config.epochIndex = config.epochIndex.add(epochsPassed);
    // epoch_start + epochs_passed·epoch_seconds, the start of the epoch holding now.
    config.epochStart = now.sub(sinceEpochStart.toU64().mod(epochSeconds).toI64());
  }
  if (now.gt(config.lastUpdate)) {
    const elapsed = now.sub(config.lastUpdate).toU64();
    if (config.totalEffective.gt(0)) {
      const emission = elapsed.toU128().mul(config.params.rewardRate.toU128())
        .mul(config.volatilityMultiplierBps.toU128()).div(10000).min(config.rewardBudget.toU128()).toU64();
      config.accRewardPerShare = config.accRewardPerShare.add(emission.toU128().mul(1000000000000).div(config.totalEffective.toU128()));
      config.rewardBudget = config.rewardBudget.sub(emission);
    }
    if (config.totalLiquidity.gt(0)) {
      // At the top duration multiplier (each position returns what it did not earn): the pool's rate, rounded up,
      // so the positions' claims never exceed the reservation; or all the budget, which then caps the per-unit gain.
      const wanted = elapsed.toU128().mul(config.lpReserveRate).add(999999).div(1000000);
      let perUnit = elapsed.toU128().mul(config.lpUnitRate.toU128());
      let reserved = config.rewardBudget;
      if (wanted.lte(config.rewardBudget.toU128())) {
        reserved = wanted.toU64();
      } else {
        perUnit = perUnit.min(config.rewardBudget.toU128().mul(1000000000000).div(config.totalLiquidity.toU128()));
      }
      config.lpAccPerUnit = config.lpAccPerUnit.add(perUnit);
      config.rewardBudget = config.rewardBudget.sub(reserved);
    }
    config.lastUpdate = now;
  }
}

/**
 * The liquidity stream's rates at the top duration multiplier, set whenever the total or a parameter changes: per
 * liquidity unit per second, scaled 10^12 (lp_reward_rate·lp_max_duration_multiplier_bps / BPS), and for the
 * whole pool in 10^-6 base units per second, rounded up (total_liquidity times it, over 10^6).
 */
function repriceLiquidity(config: Config): void {
  config.lpUnitRate = config.params.lpRewardRate.mulDiv(config.params.lpMaxDurationMultiplierBps, 10000);
  config.lpReserveRate = config.totalLiquidity.toU128().mul(config.params.lpRewardRate.toU128())
    .mul(config.params.lpMaxDurationMultiplierBps.toU128()).add(9999999999).div(10000000000);
}

/** Checkpoints, settles the maker's pending staking reward, then activates its stake once warmed up. */
function checkpointMaker(config: Config, maker: MarketMaker, now: i64): void {
  checkpoint(config, now);
  // Settle; when nothing accrued since the last settlement (same second, no emission) there is nothing to compute.
  if (config.accRewardPerShare.neq(maker.rewardDebt)) {
    maker.accruedRewards = maker.accruedRewards
      .add(maker.effectiveStake.toU128().mul(config.accRewardPerShare.sub(maker.rewardDebt)).div(1000000000000).toU64());
    maker.rewardDebt = config.accRewardPerShare;
  }
  if (maker.warmingAmount.gt(0) && maker.warmingUntil.lte(now)) {
    maker.staked = maker.staked.add(maker.warmingAmount);
    maker.warmingAmount = new u64(0);
  }
}

/** Re-counts the maker's effective stake (0 below min_stake) in the pool's total, and its priority tier as of `now`. */
function recountStake(config: Config, maker: MarketMaker, now: i64): void {
  let counted = new u64(0);
  if (maker.staked.gte(config.params.minStake)) {
    counted = maker.staked;
  }
  config.totalEffective = config.totalEffective.sub(maker.effectiveStake).add(counted);
  maker.effectiveStake = counted;
  // Each branch stores its tier (no local to hold it first: a few units less on every recount).
  if (counted.gte(config.params.priorityTiers.tier3)) {
    maker.priorityTier = new u8(3);
  } else if (counted.gte(config.params.priorityTiers.tier2)) {
    maker.priorityTier = new u8(2);
  } else if (counted.gte(config.params.priorityTiers.tier1)) {
    maker.priorityTier = new u8(1);
  } else {
    maker.priorityTier = new u8(0);
  }
  maker.tierUpdatedAt = now;
}

/**
 * Slashes slash_bps of the warmed-up and the pending stake of a maker past the inactivity limit (counted from the
 * later of its last activity and inactivity_from; nobody is inactive while paused), into the budget (one inactivity
 * period costs one slash); returns the amount for the caller to move to the reward vault, 0 when the maker is active
 * or there is nothing to take.
 */
function slashIfInactive(config: Config, maker: MarketMaker, now: i64): u64 {
  let slashed = new u64(0);
  if (!config.paused && now.sub(maker.lastActive.max(config.inactivityFrom)).gt(config.params.inactivitySeconds)) {
    const fromStake = maker.staked.mulDiv(config.params.slashBps, 10000);
    const fromPending = maker.pendingUnstake.mulDiv(config.params.slashBps, 10000);
    slashed = fromStake.add(fromPending);
    if (slashed.gt(0)) {
      maker.staked = maker.staked.sub(fromStake);
      maker.pendingUnstake = maker.pendingUnstake.sub(fromPending);
      maker.totalSlashed = maker.totalSlashed.add(slashed);
      maker.lastActive = now;
      config.totalStaked = config.totalStaked.sub(fromStake);
      config.rewardBudget = config.rewardBudget.add(slashed);
      emit<Slashed>({ owner: maker.owner, amount: slashed, remainingStake: maker.staked });
    }
  }
  return slashed;
}

/** Drops an unclaimed score two or more epochs old, with a ScoreExpired event naming the epoch it was earned in. */
function expireUnclaimed(config: Config, maker: MarketMaker): void {
  if (maker.unclaimedScore.gt(0) && maker.unclaimedEpoch.add(1).lt(config.epochIndex)) {
    emit<ScoreExpired>({ owner: maker.owner, score: maker.unclaimedScore, epoch: maker.unclaimedEpoch });
    maker.unclaimedScore = new u64(0);
  }
}

/**
 * Moves a finished epoch's score to `unclaimed_score` and expires scores two epochs old (one event per epoch),
 * so that afterwards any unclaimed score belongs to epoch `epoch_index − 1`.
 */
function normalizeScores(config: Config, maker: MarketMaker): void {
  // While score_epoch is the running epoch, any unclaimed score is from the epoch before: nothing to expire.
  // The calls are guarded by what expireUnclaimed would test first, to spare the call where nothing can expire.
  if (maker.scoreEpoch.lt(config.epochIndex)) {
    if (maker.unclaimedScore.gt(0)) {
      expireUnclaimed(config, maker);
    }
    maker.unclaimedScore = maker.epochScore;
    maker.unclaimedEpoch = maker.scoreEpoch;
    maker.epochVolume = new u64(0);
    maker.epochSpreadEfficiency = new u64(0);
    maker.epochOrderFlow = new u64(0);
    maker.epochScore = new u64(0);
    maker.scoreEpoch = config.epochIndex;
    if (maker.unclaimedEpoch.add(1).lt(config.epochIndex)) {
      expireUnclaimed(config, maker);
    }
  }
}

/** Twice ∫₀^age min(x, ramp) dx for the position's age at `at`: age² inside the ramp, ramp·(2·age − ramp) after it. */
function twiceRampArea(config: Config, position: LiquidityPosition, at: i64): u128 {
  const age = at.sub(position.commitmentStart).toU128();
  const inRamp = age.min(config.params.lpRampSeconds.toU128());
  return inRamp.mul(age.add(age).sub(inRamp));
}

/**
 * Checkpoints, then settles the position: of what the pool reserved for it since its last settlement (at the
 * top multiplier), it keeps the share its duration multiplier earned, the exact integral of the multiplier over
 * the interval (linear over the ramp, flat after it) against the top one; the rest returns to the budget.
 */
function checkpointPosition(config: Config, position: LiquidityPosition, now: i64): void {
  checkpoint(config, now);
  const reserved = position.amount.toU128().mul(config.lpAccPerUnit.sub(position.rewardDebt)).div(1000000000000).toU64();
  if (reserved.gt(0)) {
    const elapsed = now.sub(position.lastAccrual).toU128();
    const topMultiplier = config.params.lpMaxDurationMultiplierBps.toU128();
    const area = twiceRampArea(config, position, now).sub(twiceRampArea(config, position, position.lastAccrual));
    const weighted = elapsed.mul(10000).add(topMultiplier.sub(10000).mul(area).div(config.params.lpRampSeconds.toU128().mul(2)));
    const earned = reserved.toU128().mul(weighted).div(topMultiplier.mul(elapsed)).toU64();
    config.rewardBudget = config.rewardBudget.add(reserved.sub(earned));
    position.accruedRewards = position.accruedRewards.add(earned);
  }
  position.rewardDebt = config.lpAccPerUnit;
  position.lastAccrual = now;
}

/** Fails with InvalidParameter unless every parameter is in its range (DESIGN.md). */
function requireValidParams(params: ConfigParams): void {
  require(params.volatilityThreshold.gt(0) && params.volatilityThreshold.lte(10000)
    && params.spreadWeightBps.lte(10000) && params.flowWeightBps.lte(10000)
    && params.makerRebateBps.lte(10000) && params.slashBps.lte(10000), HfmmtError.InvalidParameter);
  require(params.maxVolatilityMultiplierBps.gte(10000) && params.maxVolatilityMultiplierBps.lte(100000)
    && params.lpMaxDurationMultiplierBps.gte(10000) && params.lpMaxDurationMultiplierBps.lte(100000)
    && params.lpRewardRate.lte(1000000000000), HfmmtError.InvalidParameter);
  require(params.epochSeconds.gt(0) && params.epochSeconds.lte(1000000000)
    && params.warmupSeconds.gte(0) && params.warmupSeconds.lte(1000000000)
    && params.unstakeCooldownSeconds.gte(0) && params.unstakeCooldownSeconds.lte(1000000000)
    && params.lpRampSeconds.gt(0) && params.lpRampSeconds.lte(1000000000)
    && params.inactivitySeconds.gt(0) && params.inactivitySeconds.lte(1000000000), HfmmtError.InvalidParameter);
  // min_stake 0 would count a maker with no stake as eligible for scores and rebates.
  require(params.minStake.gt(0) && params.priorityTiers.tier1.gt(0) && params.priorityTiers.tier1.lte(params.priorityTiers.tier2)
    && params.priorityTiers.tier2.lte(params.priorityTiers.tier3), HfmmtError.InvalidParameter);
  // A zero cap would refuse every report; under 10^17 one report's score and rebate fit a u64. A rebate rate needs a budget.
  require(params.maxReportVolume.gt(0) && params.maxReportVolume.lte(100000000000000000)
    && (params.makerRebateBps.eq(0) || params.rebateEpochBudget.gt(0)), HfmmtError.InvalidParameter);
}

/**
 * Sets the volatility multiplier from `config.volatility_bps`: BPS up to the threshold, then
 * min(cap, min(v, cap)·BPS/threshold), which equals min(cap, BPS·v/threshold) (threshold ≤ BPS) and cannot overflow.
 */
function repriceVolatility(config: Config): void {
  let multiplier = new u64(10000);
  if (config.volatilityBps.gt(config.params.volatilityThreshold)) {
    multiplier = config.volatilityBps.min(config.params.maxVolatilityMultiplierBps).mul(10000)
      .div(config.params.volatilityThreshold).min(config.params.maxVolatilityMultiplierBps);
  }
  config.volatilityMultiplierBps = multiplier;
}

// ───────────────────────────── parameters ─────────────────────────────

/** Stake thresholds of priority tiers 1, 2 and 3 (0 < tier1 ≤ tier2 ≤ tier3). */
export interface PriorityTiers {
  tier1: u64;
  tier2: u64;
  tier3: u64;
}

/** Every tunable of the program; bps use 10,000 as 1.0, durations are seconds. */
export interface ConfigParams {
  rewardRate: u64;
  volatilityThreshold: u64;
  maxVolatilityMultiplierBps: u64;
  minStake: u64;
  warmupSeconds: i64;
  unstakeCooldownSeconds: i64;
  epochSeconds: i64;
  mmEpochBudget: u64;
  spreadWeightBps: u64;
  flowWeightBps: u64;
  makerRebateBps: u64;
  /** Rebates paid in one epoch, at most. */
  rebateEpochBudget: u64;
  /** The most execution volume, and order flow, one report may carry. */
  maxReportVolume: u64;
  lpRewardRate: u64;
  lpMaxDurationMultiplierBps: u64;
  lpRampSeconds: i64;
  inactivitySeconds: i64;
  slashBps: u64;
  priorityTiers: PriorityTiers;
}

// ───────────────────────────── state ─────────────────────────────

export interface Config extends Account {
  admin: Pubkey;
  performanceAuthority: Pubkey;
  hfmmtMint: Pubkey;
  liquidityMint: Pubkey;
  stakeVault: Pubkey;
  rewardVault: Pubkey;
  liquidityVault: Pubkey;
  params: ConfigParams;
  paused: Boolean;
  /** Inactivity counts from here at the earliest: the last pause, unpause or update_config. */
  inactivityFrom: i64;
  /** Σ staked + Σ warming (pending unstake excluded). */
  totalStaked: u64;
  /** Σ effective stake: what the staking accumulator divides by. */
  totalEffective: u64;
  totalLiquidity: u64;
  /** Staking reward per effective-stake unit, scaled 10^12. */
  accRewardPerShare: u128;
  /** Liquidity reward reserved per liquidity unit (at the top duration multiplier), scaled 10^12. */
  lpAccPerUnit: u128;
  /** The liquidity stream's reservation per second at the top multiplier, in 10^-6 base units, rounded up. */
  lpReserveRate: u128;
  /** Liquidity reward per unit per second at the top multiplier, scaled 10^12. */
  lpUnitRate: u64;
  lastUpdate: i64;
  /** Unpromised HFMMT in the reward vault: the most any accrual may take. */
  rewardBudget: u64;
  volatilityBps: u64;
  volatilityMultiplierBps: u64;
  epochIndex: u64;
  epochStart: i64;
  epochScore: u64;
  /** Rebates paid in the running epoch. */
  epochRebates: u64;
  prevEpochScore: u64;
  /** Market-making rewards reserved for the previous epoch, and how much of them was paid. */
  prevEpochPool: u64;
  prevEpochPaid: u64;
  bump: u8;
}

export interface MarketMaker extends Account {
  owner: Pubkey;
  /** Priority tier 0-3, at account data offset 40 (after the discriminator and owner), for exchanges to read. */
  priorityTier: u8;
  /** When the tier was last recomputed (unix seconds), at account data offset 41. */
  tierUpdatedAt: i64;
  /** Warmed-up stake. */
  staked: u64;
  /** The part of `staked` counted in Config.totalEffective (0 below min_stake). */
  effectiveStake: u64;
  warmingAmount: u64;
  warmingUntil: i64;
  pendingUnstake: u64;
  unstakeUnlockAt: i64;
  rewardDebt: u128;
  accruedRewards: u64;
  accruedRebates: u64;
  autoCompound: Boolean;
  epochVolume: u64;
  /** The last reported spread efficiency (bps). */
  epochSpreadEfficiency: u64;
  epochOrderFlow: u64;
  epochScore: u64;
  scoreEpoch: u64;
  unclaimedScore: u64;
  unclaimedEpoch: u64;
  lastActive: i64;
  totalSlashed: u64;
  bump: u8;
}

export interface LiquidityPosition extends Account {
  owner: Pubkey;
  amount: u64;
  /** Amount-weighted start of the commitment. */
  commitmentStart: i64;
  /** Config.lpAccPerUnit at the last settlement. */
  rewardDebt: u128;
  accruedRewards: u64;
  lastAccrual: i64;
  bump: u8;
}

// ───────────────────────────── errors ─────────────────────────────

export enum HfmmtError {
  Unauthorized = "The signer is not allowed to do this",
  ZeroAmount = "The amount must be greater than zero",
  InvalidParameter = "A parameter is out of range",
  Paused = "The program is paused",
  BelowMinimumStake = "The stake is below the minimum",
  InsufficientStake = "Not enough stake",
  CooldownNotElapsed = "The unstake cooldown has not elapsed",
  NothingToWithdraw = "Nothing to withdraw",
  NotInactive = "The market maker is not inactive",
  InsufficientLiquidity = "Not enough liquidity in the position",
  MathOverflow = "Arithmetic overflow",
  InvalidMint = "The token account has the wrong mint",
  InvalidOwner = "The token account has the wrong owner",
  ReportAboveCap = "The report's volume or order flow is above the per-report cap",
  PriorityTooLow = "The market maker's priority tier is below the one required",
}

// ───────────────────────────── events ─────────────────────────────

export interface Initialized extends Event {
  admin: Pubkey;
  performanceAuthority: Pubkey;
  hfmmtMint: Pubkey;
  liquidityMint: Pubkey;
  epochStart: i64;
}

export interface Staked extends Event {
  owner: Pubkey;
  amount: u64;
  effectiveAt: i64;
  staked: u64;
  warming: u64;
}

export interface UnstakeRequested extends Event {
  owner: Pubkey;
  amount: u64;
  pending: u64;
  unlockAt: i64;
}

export interface Unstaked extends Event {
  owner: Pubkey;
  amount: u64;
}

export interface PerformanceUpdated extends Event {
  owner: Pubkey;
  epoch: u64;
  score: u64;
  epochScore: u64;
  rebate: u64;
}

export interface ScoreExpired extends Event {
  owner: Pubkey;
  score: u64;
  epoch: u64;
}

export interface VolatilityUpdated extends Event {
  volatilityBps: u64;
  multiplierBps: u64;
}

export interface RewardsDistributed extends Event {
  owner: Pubkey;
  stakingRewards: u64;
  marketMakingRewards: u64;
  rebates: u64;
  compounded: Boolean;
}

export interface AutoCompoundSet extends Event {
  owner: Pubkey;
  enabled: Boolean;
}

export interface LiquidityProvided extends Event {
  owner: Pubkey;
  amount: u64;
  totalAmount: u64;
  commitmentStart: i64;
}

export interface LiquidityWithdrawn extends Event {
  owner: Pubkey;
  amount: u64;
  rewards: u64;
  remaining: u64;
}

export interface Slashed extends Event {
  owner: Pubkey;
  amount: u64;
  remainingStake: u64;
}

export interface ConfigUpdated extends Event {
  params: ConfigParams;
  paused: Boolean;
}

export interface RewardsFunded extends Event {
  funder: Pubkey;
  amount: u64;
  budget: u64;
}
