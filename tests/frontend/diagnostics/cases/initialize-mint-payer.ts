// TokenProgram.initializeMint creates the mint's account when it does not exist; with two Signers, which pays
// must be named (`mint.initIfNeeded(payer)`).
// expect: PS3060 at 10:5
import { Mint, Pubkey, Result, Signer, TokenProgram } from "@solanaturbine/poseidon";

export default class CaseProgram {
  static PROGRAM_ID = new Pubkey("GXQmGjfLL8QWDfEhEFQJQY9V1DYSB4oT5aU2acQrXiWj");

  run(payer: Signer, authority: Signer, mint: Mint): Result {
    TokenProgram.initializeMint(mint, 6, authority);
  }
}
