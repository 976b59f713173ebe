// Shared execution-test program: a ledger exercising the DSL past Poseidon.
// Exercises: keypair init, struct-typed args, if/else with && || !, early return, let/const, require
// with a custom error enum, events, console.log of every loggable type, Clock, u128 math, mulDiv, and
// checked width conversions.
import { Account, Clock, Event, Pubkey, Result, Signer, Str, emit, i64, i128, require, u128, u64, u8 } from "@solanaturbine/poseidon";

export default class LedgerProgram {
  static PROGRAM_ID = new Pubkey("7HdJRnq5A7Ejbd1UZwvkYLAkVpbg1ujvpsV8j6j5sdcQ");

  open(owner: Signer, ledger: Ledger, limits: Limits): Result {
    ledger.init(owner);
    ledger.limits = limits;
    require(ledger.limits.maxEntry.gt(0) && ledger.limits.feeBps.lte(10000), LedgerError.InvalidLimits);
    ledger.owner = owner.key;
    ledger.openedAt = Clock.unixTimestamp();
    emit<Opened>({ ledger: ledger.key, owner: owner.key, maxEntry: ledger.limits.maxEntry });
  }

  record(owner: Signer, ledger: Ledger, amount: u64, credit: boolean, memo: Str<16>): Result {
    ledger.has([owner]);
    require(amount.gt(0), LedgerError.ZeroAmount);
    require(amount.lte(ledger.limits.maxEntry), LedgerError.TooLarge);
    const fee = amount.mulDiv(ledger.limits.feeBps, 10000);
    let net = amount.sub(fee);
    if (!credit) {
      require(ledger.balance.gte(net.toI64()), LedgerError.Overdrawn);
      ledger.balance = ledger.balance.sub(net.toI64());
    } else if (net.gt(1000000) || amount.eq(7)) {
      ledger.flagged = ledger.flagged.add(1);
      ledger.balance = ledger.balance.add(net.toI64());
    } else {
      ledger.balance = ledger.balance.add(net.toI64());
    }
    ledger.volume = ledger.volume.add(amount.toU128().mul(amount.toU128()));
    ledger.fees = ledger.fees.add(fee);
    ledger.lastSlot = Clock.slot();
    console.log("recorded", amount, "credit", credit, "memo", memo, "by", owner.key, "balance", ledger.balance, "volume", ledger.volume);
    emit<Recorded>({ ledger: ledger.key, amount: amount, fee: fee, balance: ledger.balance, memo: memo });
  }

  shrink(owner: Signer, ledger: Ledger, factor: u8): Result {
    ledger.has([owner]);
    if (factor.eq(0)) {
      return;
    }
    ledger.balance = ledger.balance.div(factor.toI64());
    ledger.wide = ledger.wide.sub(new i128(1)).mul(factor.toI128());
    ledger.fees = ledger.volume.div(factor.toU128()).toU64();
  }
}

export interface Limits {
  maxEntry: u64;
  feeBps: u64;
}

export interface Ledger extends Account {
  owner: Pubkey;
  limits: Limits;
  balance: i64;
  flagged: u8;
  volume: u128;
  wide: i128;
  fees: u64;
  openedAt: i64;
  lastSlot: u64;
}

export enum LedgerError {
  InvalidLimits = "Limits must allow entries and fees of at most 100%",
  ZeroAmount = "Amount must be positive",
  TooLarge = "Amount is above the ledger's limit",
  Overdrawn = "Not enough balance",
}

export interface Opened extends Event {
  ledger: Pubkey;
  owner: Pubkey;
  maxEntry: u64;
}

export interface Recorded extends Event {
  ledger: Pubkey;
  amount: u64;
  fee: u64;
  balance: i64;
  memo: Str<16>;
}
