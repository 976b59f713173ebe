// Shared execution-test program written in the spellings of Poseidon's earlier releases, which compile unmodified.
// Exercises: init()/initIfNeeded() without a payer (the only Signer pays) on a state account, a mint, a token
// account and an associated token account; String<N> in accounts, structs and arguments; operators on integers
// (+ - * / % += -= ++ -- checked like .add() …, comparisons with a literal on either side, Number(x), == and ===,
// !== on keys); number literals for integers; constraints([]); a seeds-only mint.derive; an ignored return value;
// methods without a return type; template literals in console.log with the program id, keys, fields, arguments;
// string arguments without a length (`String`, `string`).
import {
  Account, AssociatedTokenAccount, Mint, Pubkey, type Result, Signer, String, TokenAccount, UncheckedAccount, Vec,
  require, i64, u16, u64, u8,
} from "@solanaturbine/poseidon";

export default class LegacyProgram {
  static PROGRAM_ID = new Pubkey("G44avNEkqZtmzFFLjtQQ2mpLTvLEitYEti13AtLN9zZS");

  open(owner: Signer, tally: Tally, label: String<12>, tags: Vec<String<4>, 3>, profile: Profile, limit: u16) {
    tally.derive(["tally", owner.key]).init();
    tally.owner = owner.key;
    tally.total = 0;
    tally.limit = limit;
    tally.balance = -5;
    tally.bump = tally.getBump();
    tally.label = label;
    tally.tags = tags;
    tally.profile = profile;
    console.log(`Tally ${label} of ${owner.key} in ${LegacyProgram.PROGRAM_ID.toString()}, limit ${limit}`);
    return { success: true };
  }

  deposit(owner: Signer, tally: Tally, amount: u64): Result {
    tally.derive(["tally", owner.key]).has([owner]).constraints([]);
    tally.total = tally.total + amount;
    tally.deposits++;
    console.log(`Deposit ${amount}: total ${tally.total}, deposit ${tally.deposits}`);
  }

  withdraw(owner: Signer, tally: Tally, amount: u64): Result {
    tally.derive(["tally", owner.key]).has([owner]);
    tally.total -= amount;
    tally.deposits--;
  }

  compute(owner: Signer, tally: Tally, a: u64, b: u64, delta: i64): Result {
    tally.derive(["tally", owner.key]).has([owner]);
    tally.result = (a * 3 + b) / b - a % 7;
    tally.balance = tally.balance - delta * 2;
    tally.deposits += 10;
  }

  check(viewer: Signer, tally: Tally, height: u16) {
    require(Number(height) > 5, LegacyError.TooShort);
    require(height <= tally.limit, LegacyError.OverLimit);
    require(tally.owner === viewer.key, LegacyError.NotOwner);
    if (height > new u16(100) && 1000 >= height) {
      console.log("tall");
    } else if (height == tally.limit || height === 42) {
      console.log("at the limit, or 42");
    } else if (tally.owner !== viewer.key || 7 > height) {
      console.log("below 7, or not the owner");
    } else {
      console.log(`regular: ${height}`);
    }
  }

  greet(visitor: Signer, name: String, city: string): Result {
    console.log(`Welcome to the park, ${name} from ${city}`);
  }

  setupTokens(payer: Signer, authority: UncheckedAccount, mint: Mint, vault: TokenAccount, payerAta: AssociatedTokenAccount, oldMint: Mint): Result {
    authority.derive(["authority"]);
    mint.derive(["mint"], authority.key, 6).init();
    vault.derive(["vault", mint.key], mint, authority.key).init();
    payerAta.derive(mint, payer.key).initIfNeeded();
    oldMint.derive(["old-mint"]);
    console.log(`Old mint ${oldMint.key} has ${oldMint.decimals} decimals`);
  }
}

export enum LegacyError {
  TooShort = "Not tall enough",
  OverLimit = "Over the limit",
  NotOwner = "Not the owner",
}

export interface Profile {
  nick: String<8>;
  age: u8;
}

export interface Tally extends Account {
  owner: Pubkey;
  total: u64;
  deposits: u16;
  limit: u16;
  result: u64;
  balance: i64;
  bump: u8;
  label: String<12>;
  tags: Vec<String<4>, 3>;
  profile: Profile;
}
