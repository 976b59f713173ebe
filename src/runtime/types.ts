// The runtime layer's contract: what a test hands in (programs, accounts, instructions) and what it gets
// back (accounts, clock, a normalized TxResult). Every runtime adapter (litesvm.ts, bankrun.ts, native.ts)
// implements `Runtime`, so a test written against it runs unchanged on any.

import { SystemProgram } from '@solana/web3.js';
import type { Keypair, PublicKey, Signer, TransactionInstruction } from '@solana/web3.js';
import type { DslOrigin, SourceMap } from '../source-map/index.js';

/** `native` runs the emitted Anchor Rust built for this machine (needs cargo and each program's workspace). */
export type RuntimeKind = 'litesvm' | 'bankrun' | 'native';
/** The runtimes that run the `.so`: what every execution test runs on. */
export const RUNTIME_KINDS: RuntimeKind[] = ['litesvm', 'bankrun'];

/** A program to load at creation; `name` only labels it in loader error messages. */
export interface ProgramBinary {
  programId: PublicKey;
  so: Uint8Array;
  name?: string;
  /** Its source map (target/sourcemap/<name>.json): failures it reports get their DSL `origin`. */
  sourceMap?: SourceMap;
  /** The program's emitted Anchor workspace (emitAnchorWorkspace): what the `native` runtime compiles. */
  anchorWorkspace?: Map<string, string>;
}

export interface AccountState {
  lamports: bigint;
  data: Uint8Array;
  owner: PublicKey;
  executable?: boolean;
}

/** The account after an airdrop of `amount`: a missing account becomes an empty System-owned one. */
export function airdropped(current: AccountState | null, amount: bigint): AccountState {
  return current
    ? { ...current, lamports: current.lamports + amount }
    : { lamports: amount, data: new Uint8Array(), owner: SystemProgram.programId };
}

/** The Clock sysvar, field for field. */
export interface ClockState {
  slot: bigint;
  epochStartTimestamp: bigint;
  epoch: bigint;
  leaderScheduleEpoch: bigint;
  unixTimestamp: bigint;
}

/** The fields of a runtime's Clock object (LiteSVM's and solana-bankrun's classes have them) as a plain ClockState. */
export function clockState(clock: ClockState): ClockState {
  const { slot, epochStartTimestamp, epoch, leaderScheduleEpoch, unixTimestamp } = clock;
  return { slot, epochStartTimestamp, epoch, leaderScheduleEpoch, unixTimestamp };
}

/** Rust `InstructionError`: `Custom(n)` as `{ custom: n }`, every other variant by its Rust name. */
export type InstructionErrorKind = { custom: number } | { name: string };

/** Normalized failure; identical shape and names on both runtimes (Rust `TransactionError` variant names). */
export type TxError =
  | { kind: 'instruction'; index: number; error: InstructionErrorKind }
  | { kind: 'transaction'; name: string };

export interface TxResult {
  ok: boolean;
  error: TxError | null;
  logs: string[];
  /**
   * The `consumed N of M` log line of the last instruction's top-level invocation; the transaction's
   * meta value when that instruction printed none (builtins, or a failure before execution).
   */
  computeUnits: number;
  returnData: { programId: PublicKey; data: Uint8Array } | null;
  /**
   * Only on a failure whose `AnchorError thrown in <file>:<line>` log line a loaded program's source map
   * knows: the DSL statement that threw (a `require`, or a conversion).
   */
  origin?: DslOrigin;
}

export interface Runtime {
  readonly kind: RuntimeKind;
  /** Pays fees and signs every transaction; starts with 100 SOL. */
  readonly payer: Keypair;
  /**
   * Sends one transaction (payer first, then `signers`). Identical consecutive calls both execute.
   * A signer the instructions require but `signers` lacks gives `{ kind: 'transaction', name: 'SignatureFailure' }`.
   */
  send(ixs: TransactionInstruction[], signers?: Signer[]): Promise<TxResult>;
  /** null when the account does not exist (0 lamports). */
  getAccount(address: PublicKey): Promise<AccountState | null>;
  setAccount(address: PublicKey, state: AccountState): Promise<void>;
  /** Adds lamports, keeping data, owner and executable; creates a system account when there is none. */
  airdrop(address: PublicKey, lamports: bigint): Promise<void>;
  getClock(): Promise<ClockState>;
  setClock(clock: ClockState): Promise<void>;
  /** Rent-exempt minimum balance for an account holding `dataLen` bytes. */
  minimumBalance(dataLen: number): Promise<bigint>;
  /**
   * Moves the bank to the next slot (the Clock's slot + 1). A program deployed or upgraded through the
   * loader runs its new code on bankrun only from the next slot, so call this once after each deploy.
   * Never advance twice after one deploy: bankrun 0.4.0 hangs when a program deployed at slot S is
   * invoked at slot S + 2 or later (measured); litesvm runs new code at once and has no such limit.
   */
  advanceSlot(): Promise<void>;
}

export interface RuntimeOptions {
  programs: ProgramBinary[];
  /** The fee payer (`Runtime.payer`); a new keypair when absent. bankrun always uses its own. */
  payer?: Keypair;
  accounts?: { address: PublicKey; state: AccountState }[];
}

/** Starting balance of `Runtime.payer`: 100 SOL. */
export const PAYER_LAMPORTS = 100_000_000_000n;
