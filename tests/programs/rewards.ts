// Shared execution-test program: a staking pool whose shared logic lives in helper functions.
// Exercises: module-level functions declared before and after the class, a private method of the class as a
// helper function (`this.accrue(…)`), void functions that write a state account (`mut` reaches the instructions
// that pass it), a function returning a value from reads, functions calling earlier functions, early `return` in a
// function, require/emit/console.log inside functions, and calls both as statements and as values.
import { Account, Clock, Event, Pubkey, Result, Signer, emit, i64, require, u64, u128, u8 } from "@solanaturbine/poseidon";

/** Rewards per staked unit are kept scaled by 10^12 so small rates still accrue. */
function scaled(amount: u64, perShare: u128): u128 {
  return amount.toU128().mul(perShare).div(1000000000000);
}

export default class RewardsProgram {
  static PROGRAM_ID = new Pubkey("F63SkxhoV4qKge6b2QDuLuVXZQw6dBb2tyK2EtVevKsF");

  initialize(admin: Signer, pool: Pool, rate: u64): Result {
    pool.init(admin);
    pool.admin = admin.key;
    pool.rewardRate = rate;
    pool.lastUpdate = Clock.unixTimestamp();
  }

  stake(owner: Signer, pool: Pool, stake: UserStake, amount: u64): Result {
    stake.derive(["stake", pool.key, owner.key]).initIfNeeded(owner);
    require(amount.gt(0), RewardsError.ZeroAmount);
    this.accrue(pool, Clock.unixTimestamp());
    settle(pool, stake);
    stake.owner = owner.key;
    stake.bump = stake.getBump();
    stake.amount = stake.amount.add(amount);
    pool.totalStaked = pool.totalStaked.add(amount);
    resetDebt(pool, stake);
  }

  unstake(owner: Signer, pool: Pool, stake: UserStake, amount: u64): Result {
    stake.deriveWithBump(["stake", pool.key, owner.key], stake.bump).has([owner]);
    this.accrue(pool, Clock.unixTimestamp());
    settle(pool, stake);
    require(stake.amount.gte(amount), RewardsError.NotEnoughStake);
    stake.amount = stake.amount.sub(amount);
    pool.totalStaked = pool.totalStaked.sub(amount);
    resetDebt(pool, stake);
  }

  claim(owner: Signer, pool: Pool, stake: UserStake): Result {
    stake.deriveWithBump(["stake", pool.key, owner.key], stake.bump).has([owner]);
    this.accrue(pool, Clock.unixTimestamp());
    const reward = stake.unclaimed.add(pending(pool, stake));
    require(reward.gt(0), RewardsError.NothingToClaim);
    stake.unclaimed = new u64(0);
    resetDebt(pool, stake);
    emit<Claimed>({ owner: owner.key, amount: reward });
  }

  /** Read-only: logs what `claim` would pay now, without accruing. */
  preview(pool: Pool, stake: UserStake): Result {
    console.log("pending", stake.unclaimed.add(pending(pool, stake)));
  }

  /** Brings the pool's reward-per-share up to `now`. */
  private accrue(pool: Pool, now: i64): void {
    if (now.lte(pool.lastUpdate)) {
      return;
    }
    if (pool.totalStaked.eq(0)) {
      pool.lastUpdate = now;
      return;
    }
    const elapsed = now.sub(pool.lastUpdate).toU64();
    const reward = elapsed.mul(pool.rewardRate).toU128();
    pool.accPerShare = pool.accPerShare.add(reward.mulDiv(1000000000000, pool.totalStaked.toU128()));
    pool.lastUpdate = now;
  }
}

/** What `stake` has earned since its debt was last reset. */
function pending(pool: Pool, stake: UserStake): u64 {
  const earned = scaled(stake.amount, pool.accPerShare);
  require(earned.gte(stake.rewardDebt), RewardsError.DebtAhead);
  return earned.sub(stake.rewardDebt).toU64();
}

/** Moves what `stake` has earned into its unclaimed balance. */
function settle(pool: Pool, stake: UserStake): void {
  const earned = pending(pool, stake);
  if (earned.gt(0)) {
    stake.unclaimed = stake.unclaimed.add(earned);
    console.log("settled", earned);
  }
}

function resetDebt(pool: Pool, stake: UserStake): void {
  stake.rewardDebt = scaled(stake.amount, pool.accPerShare);
}

export interface Pool extends Account {
  admin: Pubkey;
  rewardRate: u64;
  totalStaked: u64;
  accPerShare: u128;
  lastUpdate: i64;
}

export interface UserStake extends Account {
  owner: Pubkey;
  amount: u64;
  rewardDebt: u128;
  unclaimed: u64;
  bump: u8;
}

export enum RewardsError {
  ZeroAmount = "Stake a positive amount",
  NotEnoughStake = "Not enough staked",
  NothingToClaim = "Nothing to claim",
  DebtAhead = "Reward debt is ahead of earnings",
}

export interface Claimed extends Event {
  owner: Pubkey;
  amount: u64;
}
