// What the in-process validator's ledger needs from the bank under it: accounts, the Clock and the
// blockhash of each slot, rent, and the execution (or simulation) of a signed transaction with its
// logs, return data and inner instructions. Two banks implement it: LiteSVM running the programs' .so
// (litesvm-bank.ts, the default) and the native host running their Anchor Rust compiled for this
// machine (native-bank.ts). The ledger adds what a validator adds around either (ledger.ts).
// In: nothing. Out: the Bank interface and the records it trades in.
import type { VersionedTransaction } from '@solana/web3.js';
import type { TxFailure } from './tx-error.js';

export interface AccountRecord {
  lamports: bigint;
  data: Uint8Array;
  owner: string;
  executable: boolean;
}

/** An instruction a top-level one invoked (a CPI), with its stack height, as the bank reports it. */
export interface InnerInstructionRecord { programIdIndex: number; accounts: number[]; data: Uint8Array; stackHeight: number }

export interface ExecutionResult {
  err: TxFailure | null;
  logs: string[];
  unitsConsumed: bigint;
  returnData: { programId: string; data: Uint8Array } | null;
  innerInstructions: InnerInstructionRecord[][];
}

export interface Simulation extends ExecutionResult {
  /** The accounts as the simulation left them, by address; null when the bank cannot tell. */
  postAccounts: Map<string, AccountRecord> | null;
}

export interface Bank {
  /** The bank's Clock moves to `slot` at `unixTimestamp`, under a new blockhash unless `first`; resolves with the blockhash. */
  openSlot(slot: bigint, unixTimestamp: bigint, first: boolean): Promise<string>;
  /** The account, or null when it does not exist (no lamports). */
  getAccount(key: string): Promise<AccountRecord | null>;
  setAccount(key: string, account: AccountRecord): Promise<void>;
  /** The existing accounts `owner` owns. */
  programAccounts(owner: string): Promise<{ pubkey: string; account: AccountRecord }[]>;
  minimumBalance(dataLength: number): Promise<bigint>;
  /** Runs a signed transaction (signatures, fee payer and accounts checked; the blockhash is the ledger's to check) and commits it. */
  execute(transaction: VersionedTransaction): Promise<ExecutionResult>;
  /** Runs it without committing; signatures checked only when `sigVerify`. */
  simulate(transaction: VersionedTransaction, sigVerify: boolean): Promise<Simulation>;
  close(): void;
}
