// Hostile names: instructions named like the crate's own modules (error, events, helpers, instructions, state),
// like what Anchor's #[program] declares at the crate root (instruction, accounts, program, entry, id…), like
// crates (std, core, alloc, anchor_lang, borsh, solana_program) and like prelude functions and macros.
import { Account, Event, Pubkey, Result, Signer, emit, require, u64 } from "@solanaturbine/poseidon";

export default class InstructionNames {
  static PROGRAM_ID = new Pubkey("EhxPGtzWeQw3Pe6fLj3jErcy93mPC9qJoamVuDv5s9fL");

  error(user: Signer, data: Data): Result { require(data.count.lt(10), InstructionNamesError.TooMany); }
  events(user: Signer): Result { emit<Ran>({ user: user.key }); }
  helpers(user: Signer, data: Data): Result { data.count = bump(data.count); }
  instructions(user: Signer): Result {}
  state(user: Signer, data: Data): Result { data.init(user); }
  instruction(user: Signer): Result {}
  accounts(user: Signer): Result {}
  program(user: Signer): Result {}
  entry(user: Signer): Result {}
  entrypoint(user: Signer): Result {}
  id(user: Signer): Result {}
  checkId(user: Signer): Result {}
  handler(user: Signer): Result {}
  std(user: Signer): Result {}
  core(user: Signer): Result {}
  alloc(user: Signer): Result {}
  anchorLang(user: Signer): Result {}
  anchorSpl(user: Signer): Result {}
  borsh(user: Signer): Result {}
  solanaProgram(user: Signer): Result {}
  cpi(user: Signer): Result {}
  msg(user: Signer): Result {}
  require(user: Signer): Result {}
  emit(user: Signer): Result {}
  okay(user: Signer): Result {}
  data(user: Signer): Result {}
  ctx(user: Signer): Result {}
  systemProgram(user: Signer): Result {}
  token(user: Signer): Result {}
}

function bump(count: u64): u64 {
  return count.add(1);
}

export interface Data extends Account {
  count: u64;
}

export interface Ran extends Event {
  user: Pubkey;
}

export enum InstructionNamesError {
  TooMany = "too many",
}
