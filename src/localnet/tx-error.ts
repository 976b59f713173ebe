// A failed transaction's error as the validator reports it: the serde JSON of Rust's TransactionError
// (`"BlockhashNotFound"`, `{"InstructionError":[0,{"Custom":6000}]}`, …) for `err` fields, and its
// Display text, which the preflight failure's message quotes ("Transaction simulation failed: …").
// In: litesvm's FailedTransactionMetadata.err() value, or a variant name. Out: a TxFailure.
import { INSTRUCTION_ERRORS, TRANSACTION_ERRORS } from '../runtime/errors.js';
import type { JsonValue } from './json.js';

export interface TxFailure {
  json: JsonValue;
  display: string;
}

/** litesvm's error value, typed by shape (its classes are not exported). */
type LitesvmError =
  | number
  | { index: number; err(): number | { code: number } | { msg: string } }
  | { index: number }
  | { accountIndex: number };

/** A field-less TransactionError by name (the ledger's own checks: BlockhashNotFound, …). */
export function transactionFailure(name: string): TxFailure {
  const entry = TRANSACTION_ERRORS.find(([variant]) => variant === name);
  if (!entry) throw new Error(`internal: unknown transaction error ${name}`);
  return { json: name, display: entry[1] ?? name };
}

export function litesvmFailure(error: LitesvmError): TxFailure {
  if (typeof error === 'number') return transactionFailure(tableEntry(TRANSACTION_ERRORS, error)[0]);
  if ('err' in error) {
    const { json, display } = instructionFailure(error.err());
    return { json: { InstructionError: [error.index, json] }, display: `Error processing Instruction ${error.index}: ${display}` };
  }
  if ('accountIndex' in error) {
    const index = error.accountIndex;
    return error.constructor.name.endsWith('InsufficientFundsForRent')
      ? { json: { InsufficientFundsForRent: { account_index: index } }, display: `Transaction results in an account (${index}) with insufficient funds for rent` }
      : { json: { ProgramExecutionTemporarilyRestricted: { account_index: index } }, display: `Execution of the program referenced by account at index ${index} is temporarily restricted.` };
  }
  return { json: { DuplicateInstruction: error.index }, display: `Transaction contains a duplicate instruction (${error.index}) that is not allowed` };
}

function instructionFailure(error: number | { code: number } | { msg: string }): TxFailure {
  if (typeof error === 'number') {
    const [name, display] = tableEntry(INSTRUCTION_ERRORS, error);
    return { json: name, display: display ?? name };
  }
  if ('code' in error) return { json: { Custom: error.code }, display: `custom program error: 0x${error.code.toString(16)}` };
  return { json: { BorshIoError: error.msg }, display: `Failed to serialize or deserialize account data: ${error.msg}` };
}

function tableEntry(table: readonly (readonly [string, string | null])[], index: number): readonly [string, string | null] {
  const entry = table[index];
  if (!entry) throw new Error(`internal: litesvm error number ${index} is not in the table`);
  return entry;
}
