// Shared execution-test program: optional instruction arguments and mints made with argument decimals.
// Exercises: `x?: T` and `x: T | undefined` arguments (Option<T>), narrowed by `if (x)`, `if (!x)`,
// `x !== undefined` and `x === undefined`; TokenProgram.initializeMint with the decimals and optional
// freeze authority from arguments, signed by a wallet or with a PDA's seeds; setAuthority with an optional
// new authority; Mint.derive with argument decimals and a Pubkey-argument freeze authority, created with
// init at a PDA and with initIfNeeded on a keypair mint, and checked on an existing mint.
import { Account, AuthorityType, Mint, Pubkey, Result, Signer, Str, TokenProgram, UncheckedAccount, u8, u64 } from "@solanaturbine/poseidon";

export default class MintOptionsProgram {
  static PROGRAM_ID = new Pubkey("68BPY76RzCLnKKR5uve7d1Zt2q6F1ZZhyQ2hRQDMMNfz");

  // Poseidon's spl-token-minter spelling: the client created the mint's account; the wallet is the authority.
  createTokenMint(mintAuthority: Signer, mintAccount: Mint, decimals: u8, freezeAuthority?: Pubkey): Result {
    TokenProgram.initializeMint(mintAccount, decimals, mintAuthority, freezeAuthority);
  }

  // The mint authority is a PDA of this program; the CPI carries its seeds.
  createPdaMint(payer: Signer, mint: Mint, auth: UncheckedAccount, decimals: u8, freezeAuthority: Pubkey | undefined, authBump: u8): Result {
    auth.deriveWithBump(["auth"], authBump);
    TokenProgram.initializeMint(mint, decimals, auth, freezeAuthority, ["auth", authBump]);
  }

  // A mint at a PDA, created by Anchor's mint constraints from the arguments.
  newMint(payer: Signer, mint: Mint, decimals: u8, freezer: Pubkey): Result {
    mint.derive(["mint", payer.key], payer.key, decimals, freezer).init(payer);
  }

  // A keypair mint created unless it exists; an existing one must have these decimals and authorities.
  ensureMint(payer: Signer, mint: Mint, decimals: u8, freezer: Pubkey): Result {
    mint.derive(null, payer.key, decimals, freezer).initIfNeeded(payer);
  }

  // An existing mint with these decimals and this mint authority (no freeze authority is checked).
  checkMint(authority: Signer, mint: Mint, decimals: u8): Result {
    mint.derive(null, authority.key, decimals);
  }

  // Without a new authority the mint authority is removed.
  changeMintAuthority(authority: Signer, mint: Mint, newAuthority?: Pubkey): Result {
    TokenProgram.setAuthority(authority, mint, AuthorityType.MintTokens, newAuthority);
  }

  configure(admin: Signer, settings: Settings, limit?: u64, owner?: Pubkey, label?: Str<8>, step?: u8): Result {
    settings.derive(["settings", admin.key]).initIfNeeded(admin);
    if (limit) {
      settings.limit = limit;
    } else {
      settings.limit = new u64(0);
    }
    if (!owner) {
      settings.hasOwner = false;
    } else {
      settings.owner = owner;
      settings.hasOwner = true;
    }
    if (label !== undefined) {
      settings.label = label;
    }
    if (step === undefined) {
      settings.steps = settings.steps.add(1);
    } else {
      settings.steps = settings.steps.add(step.toU64());
    }
  }
}

export interface Settings extends Account {
  limit: u64;
  owner: Pubkey;
  hasOwner: boolean;
  label: Str<8>;
  steps: u64;
}
