// Hostile names: account parameters named like the locals and fields of the code Anchor's derive(Accounts) and
// its init, seeds and token constraints generate (rent, pa, payer, owner, program_id, accounts, bumps, data,
// info, seeds, result…), created with every kind of init.
import { Account, AssociatedTokenAccount, Mint, Pubkey, Result, Signer, SystemAccount, TokenAccount, UncheckedAccount, u64 } from "@solanaturbine/poseidon";

export default class AccountNames {
  static PROGRAM_ID = new Pubkey("EhxPGtzWeQw3Pe6fLj3jErcy93mPC9qJoamVuDv5s9fL");

  create(payer: Signer, rent: Data, pa: Data, programId: Data, accounts: Data, bumps: Data, seeds: UncheckedAccount): Result {
    rent.derive(["rent", payer.key]).init(payer);
    pa.init(payer);
    programId.derive(["program_id", payer.key]).initIfNeeded(payer);
    accounts.derive(["accounts", rent.key]).init(payer);
    bumps.derive(["bumps", seeds.key]).init(payer);
    rent.count = new u64(1);
  }

  tokens(owner: Signer, mint: Mint, data: TokenAccount, info: AssociatedTokenAccount, result: SystemAccount): Result {
    mint.derive(["mint"], owner.key, 6).initIfNeeded(owner);
    data.derive(["data", owner.key], mint, owner.key).initIfNeeded(owner);
    info.derive(mint, result.key).initIfNeeded(owner);
  }

  close(owner: Signer, rent: Data, ix: Data): Result {
    rent.derive(["rent", owner.key]).close(owner);
    ix.derive(["accounts", rent.key]).has([owner]);
  }
}

export interface Data extends Account {
  count: u64;
  owner: Pubkey;
}
