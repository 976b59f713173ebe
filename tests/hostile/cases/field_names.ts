// Hostile names: fields named like what Anchor's derives and traits declare on a struct (discriminator,
// INIT_SPACE's snake_case init_space, key, owner, lamports, data, try_from…), nested at every level of state
// accounts, structs and events.
import { Account, Event, Pubkey, Result, Signer, emit, u64, u8 } from "@solanaturbine/poseidon";

export default class FieldNames {
  static PROGRAM_ID = new Pubkey("EhxPGtzWeQw3Pe6fLj3jErcy93mPC9qJoamVuDv5s9fL");

  write(user: Signer, record: Record, inner: Inner): Result {
    record.derive(["record", user.key]).initIfNeeded(user);
    record.discriminator = new u64(1);
    record.INIT_SPACE = record.discriminator.add(1);
    record.owner = user.key;
    record.lamports = new u64(2);
    record.data = inner;
    record.tryFrom = new u8(3);
    record.len = new u8(4);
    record.clone = new u8(5);
    record.default = new u8(6);
    record.self_ = new u8(7);
    record.ctx = new u8(8);
    record.bumps = new u8(9);
    record.accounts = new u8(10);
    emit<Written>({ discriminator: record.discriminator, data: inner, info: user.key });
  }
}

export interface Inner {
  discriminator: u64;
  serialize: u8;
  deserialize: u8;
  new: u8;
}

export interface Record extends Account {
  discriminator: u64;
  INIT_SPACE: u64;
  owner: Pubkey;
  lamports: u64;
  data: Inner;
  tryFrom: u8;
  len: u8;
  clone: u8;
  default: u8;
  self_: u8;
  ctx: u8;
  bumps: u8;
  accounts: u8;
}

export interface Written extends Event {
  discriminator: u64;
  data: Inner;
  info: Pubkey;
}
