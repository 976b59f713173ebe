// Benchmark workload `token_transfer`: an SPL Token transfer out of a token account whose authority is a
// PDA of this program, signed with the PDA's seeds and its stored bump.
import { Account, Pubkey, Result, Seeds, TokenAccount, TokenProgram, UncheckedAccount, u64, u8 } from "@solanaturbine/poseidon";

export default class TokenTransferProgram {
  static PROGRAM_ID = new Pubkey("DRSpKWa95NTaBHWXVHrPyRXjvoFMGt8A1vFpYdhgWJTZ");

  transfer(config: Config, authority: UncheckedAccount, from: TokenAccount, to: TokenAccount, amount: u64): Result {
    authority.deriveWithBump(["authority"], config.bump);
    const seeds: Seeds = ["authority", config.bump];
    TokenProgram.transfer(from, to, authority, amount, seeds);
  }
}

export interface Config extends Account {
  bump: u8;
}
