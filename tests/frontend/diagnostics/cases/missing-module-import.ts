// A name from another package is reported where it is used (the module itself is never loaded, so it does
// not matter whether it exists): nothing of another package exists on-chain.
// expect: PS1042 at 10:83
import { Account, Pubkey, Result, Signer, SystemAccount, UncheckedAccount, SystemProgram, Str, Vec, require, emit, Event, Clock, u8, u64 } from "@solanaturbine/poseidon";
import { LAMPORTS_PER_SOL } from "@solana/web3.js";

export default class CaseProgram {
  static PROGRAM_ID = new Pubkey("GXQmGjfLL8QWDfEhEFQJQY9V1DYSB4oT5aU2acQrXiWj");

  run(user: Signer, to: SystemAccount): Result { SystemProgram.transfer(user, to, LAMPORTS_PER_SOL); }
}

export interface Data extends Account {
  owner: Pubkey;
  count: u64;
  small: u8;
  bump: u8;
}
