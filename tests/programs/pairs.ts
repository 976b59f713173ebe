// Shared execution-test program: instructions that take two accounts of one kind, for Anchor 1.x's
// duplicate-mutable-account check (ConstraintDuplicateMutableAccount, 2040) and what it leaves alone.
// Exercises: two mutable state accounts with has_one, a PDA `initIfNeeded` beside a mutable account, a
// PDA `init` (checked before the duplicates), a read-only state account beside mutable ones, and two
// mutable Signers, an UncheckedAccount and a SystemAccount paid through SystemProgram.transfer.
import { Account, Pubkey, Result, Signer, SystemAccount, SystemProgram, UncheckedAccount, u64, u8 } from "@solanaturbine/poseidon";

export default class PairsProgram {
  static PROGRAM_ID = new Pubkey("6fXNJuiR6cV4JPubpMrauMyMzFrBAC91PDVRwv6M6QMS");

  // A tally at a new keypair address, which signs its own creation.
  open(owner: Signer, tally: Tally): Result {
    tally.init(owner);
    tally.owner = owner.key;
  }

  // Moves `amount` from one tally to another; only the owner of `from` may.
  shift(owner: Signer, from: Tally, to: Tally, amount: u64): Result {
    from.has([owner]);
    from.count = from.count.sub(amount);
    to.count = to.count.add(amount);
  }

  // Adds `amount` to `other` and to the caller's own tally, a PDA created on first use.
  collect(owner: Signer, other: Tally, own: Tally, amount: u64): Result {
    own.derive(["own", owner.key]).initIfNeeded(owner);
    own.owner = owner.key;
    own.bump = own.getBump();
    own.count = own.count.add(amount);
    other.count = other.count.add(amount);
  }

  // Records a receipt PDA for the caller, then moves `amount` between two tallies.
  settle(owner: Signer, receipt: Receipt, from: Tally, to: Tally, amount: u64): Result {
    receipt.derive(["receipt", owner.key]).init(owner);
    receipt.amount = amount;
    from.has([owner]);
    from.count = from.count.sub(amount);
    to.count = to.count.add(amount);
  }

  // Sets both tallies' counts to `source`'s: `source` is only read.
  mirror(source: Tally, first: Tally, second: Tally): Result {
    first.count = source.count;
    second.count = source.count;
  }

  // Each payer pays one recipient.
  pay(first: Signer, second: Signer, target: UncheckedAccount, other: SystemAccount, amount: u64): Result {
    SystemProgram.transfer(first, target, amount);
    SystemProgram.transfer(second, other, amount);
  }
}

export interface Tally extends Account {
  owner: Pubkey;
  count: u64;
  bump: u8;
}

export interface Receipt extends Account {
  amount: u64;
}
