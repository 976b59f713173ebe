// Hostile names: program types named like the Accounts struct of an instruction (Run, RunAccounts beside `run`,
// SetDataBumps beside `set_data`), like the error enum (TypeNamesError), and like crates and the crate's
// modules once snake_cased into their state module names (Std, AnchorLang, Borsh, State, Helpers…).
import { Account, Event, Pubkey, Result, Signer, emit, require, u64, u8 } from "@solanaturbine/poseidon";

export default class TypeNames {
  static PROGRAM_ID = new Pubkey("EhxPGtzWeQw3Pe6fLj3jErcy93mPC9qJoamVuDv5s9fL");

  run(user: Signer, run: Run, accounts: RunAccounts, value: Std, borsh: Borsh, core: Core): Result {
    run.derive(["run", user.key]).initIfNeeded(user);
    accounts.derive(["accounts", user.key]).initIfNeeded(user);
    run.count = run.count.add(value.count);
    accounts.count = run.count;
    require(run.count.lt(100), Errors.TooMany);
    run.borsh = borsh;
    run.core = core;
    emit<Handler>({ count: run.count, flag: borsh.flag });
  }

  setData(user: Signer, data: SetDataBumps, state: State, helpers: Helpers, anchorLang: AnchorLang): Result {
    data.derive(["data", user.key]).initIfNeeded(user);
    state.derive(["state"]).initIfNeeded(user);
    helpers.derive(["helpers"]).initIfNeeded(user);
    anchorLang.derive(["anchor_lang"]).initIfNeeded(user);
    data.count = state.count.add(helpers.count).add(anchorLang.count);
  }
}

export interface Run extends Account { count: u64; borsh: Borsh; core: Core; }
export interface RunAccounts extends Account { count: u64; }
export interface SetDataBumps extends Account { count: u64; }
export interface State extends Account { count: u64; }
export interface AnchorLang extends Account { count: u64; }
export interface Std { count: u64; }
export interface Borsh { flag: u8; }
export interface Core { count: u64; }
export interface TypeNamesError { count: u64; }
export interface Handler extends Event { count: u64; flag: u8; }
export interface Helpers extends Account { count: u64; }
export interface Events { count: u64; }
export interface Alloc { count: u64; }
export interface SolanaProgram { count: u64; }
export interface AnchorSpl { count: u64; }
export interface Instruction { count: u64; }

export enum Errors {
  TooMany = "too many",
}
