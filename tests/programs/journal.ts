// Shared execution-test program: journal entries keyed by (owner, id), editable and closable by their owner.
// Exercises: an integer arg as a PDA seed (`id.toBytes()`), a state field as a seed, has_one, close.
import { Account, Pubkey, Result, Signer, Str, u64, u8 } from "@solanaturbine/poseidon";

export default class JournalProgram {
  static PROGRAM_ID = new Pubkey("CFQQ2kS3oVHBZtLpvnxxoqmfjqjBH9Lhnc2XUdzpAugW");

  createEntry(owner: Signer, entry: JournalEntry, id: u64, title: Str<32>, message: Str<200>): Result {
    entry.derive(["entry", owner.key, id.toBytes()]).init(owner);
    entry.owner = owner.key;
    entry.id = id;
    entry.title = title;
    entry.message = message;
    entry.bump = entry.getBump();
  }

  updateEntry(owner: Signer, entry: JournalEntry, message: Str<200>): Result {
    entry.deriveWithBump(["entry", owner.key, entry.id.toBytes()], entry.bump).has([owner]);
    entry.message = message;
  }

  deleteEntry(owner: Signer, entry: JournalEntry): Result {
    entry.deriveWithBump(["entry", owner.key, entry.id.toBytes()], entry.bump).has([owner]).close(owner);
  }
}

export interface JournalEntry extends Account {
  owner: Pubkey;
  id: u64;
  title: Str<32>;
  message: Str<200>;
  bump: u8;
}
