// A mint initialized in the instruction is no mint when Anchor checks a token account's mint constraint.
// expect: PS3052 at 9:29
import { Account, Mint, Pubkey, Result, Signer, TokenAccount, TokenProgram, u8, u64 } from "@solanaturbine/poseidon";

export default class CaseProgram {
  static PROGRAM_ID = new Pubkey("GXQmGjfLL8QWDfEhEFQJQY9V1DYSB4oT5aU2acQrXiWj");

  run(user: Signer, mint: Mint, vault: TokenAccount): Result {
    vault.derive(["vault"], mint, user.key).init(user);
    TokenProgram.initializeMint(mint, 6, user);
  }
}

export interface Data extends Account {
  owner: Pubkey;
  count: u64;
}
