// Normalizes what each runtime reports into the pieces of a TxResult: litesvm's error objects and
// bankrun's Display strings become one TxError (Rust variant names), program logs give the compute units.
// Also the assertion helpers tests use: errorCode(result) and anchorErrorLine(logs).

import type { InstructionErrorKind, TxError, TxResult } from './types.js';

/**
 * Rust `InstructionError` variants without fields, in litesvm's `InstructionErrorFieldless` numbering
 * (index = its number), each with its Display string as Solana 1.18 (bankrun) prints it.
 */
export const INSTRUCTION_ERRORS: readonly (readonly [name: string, display: string])[] = [
  ['GenericError', 'generic instruction error'],
  ['InvalidArgument', 'invalid program argument'],
  ['InvalidInstructionData', 'invalid instruction data'],
  ['InvalidAccountData', 'invalid account data for instruction'],
  ['AccountDataTooSmall', 'account data too small for instruction'],
  ['InsufficientFunds', 'insufficient funds for instruction'],
  ['IncorrectProgramId', 'incorrect program id for instruction'],
  ['MissingRequiredSignature', 'missing required signature for instruction'],
  ['AccountAlreadyInitialized', 'instruction requires an uninitialized account'],
  ['UninitializedAccount', 'instruction requires an initialized account'],
  ['UnbalancedInstruction', 'sum of account balances before and after instruction do not match'],
  ['ModifiedProgramId', 'instruction illegally modified the program id of an account'],
  ['ExternalAccountLamportSpend', 'instruction spent from the balance of an account it does not own'],
  ['ExternalAccountDataModified', 'instruction modified data of an account it does not own'],
  ['ReadonlyLamportChange', 'instruction changed the balance of a read-only account'],
  ['ReadonlyDataModified', 'instruction modified data of a read-only account'],
  ['DuplicateAccountIndex', 'instruction contains duplicate accounts'],
  ['ExecutableModified', 'instruction changed executable bit of an account'],
  ['RentEpochModified', 'instruction modified rent epoch of an account'],
  ['NotEnoughAccountKeys', 'insufficient account keys for instruction'],
  ['AccountDataSizeChanged', "program other than the account's owner changed the size of the account data"],
  ['AccountNotExecutable', 'instruction expected an executable account'],
  ['AccountBorrowFailed', 'instruction tries to borrow reference for an account which is already borrowed'],
  ['AccountBorrowOutstanding', 'instruction left account with an outstanding borrowed reference'],
  ['DuplicateAccountOutOfSync', 'instruction modifications of multiply-passed account differ'],
  ['InvalidError', 'program returned invalid error code'],
  ['ExecutableDataModified', 'instruction changed executable accounts data'],
  ['ExecutableLamportChange', 'instruction changed the balance of an executable account'],
  ['ExecutableAccountNotRentExempt', 'executable accounts must be rent exempt'],
  ['UnsupportedProgramId', 'Unsupported program id'],
  ['CallDepth', 'Cross-program invocation call depth too deep'],
  ['MissingAccount', 'An account required by the instruction is missing'],
  ['ReentrancyNotAllowed', 'Cross-program invocation reentrancy not allowed for this instruction'],
  ['MaxSeedLengthExceeded', 'Length of the seed is too long for address generation'],
  ['InvalidSeeds', 'Provided seeds do not result in a valid address'],
  ['InvalidRealloc', 'Failed to reallocate account data'],
  ['ComputationalBudgetExceeded', 'Computational budget exceeded'],
  ['PrivilegeEscalation', 'Cross-program invocation with unauthorized signer or writable account'],
  ['ProgramEnvironmentSetupFailure', 'Failed to create program execution environment'],
  ['ProgramFailedToComplete', 'Program failed to complete'],
  ['ProgramFailedToCompile', 'Program failed to compile'],
  ['Immutable', 'Account is immutable'],
  ['IncorrectAuthority', 'Incorrect authority provided'],
  ['AccountNotRentExempt', 'An account does not have enough lamports to be rent-exempt'],
  ['InvalidAccountOwner', 'Invalid account owner'],
  ['ArithmeticOverflow', 'Program arithmetic overflowed'],
  ['UnsupportedSysvar', 'Unsupported sysvar'],
  ['IllegalOwner', 'Provided owner is not allowed'],
  ['MaxAccountsDataAllocationsExceeded', 'Accounts data allocations exceeded the maximum allowed per transaction'],
  ['MaxAccountsExceeded', 'Max accounts exceeded'],
  ['MaxInstructionTraceLengthExceeded', 'Max instruction trace length exceeded'],
  ['BuiltinProgramsMustConsumeComputeUnits', 'Builtin programs must consume compute units'],
  ['BorshIoError', 'Failed to serialize or deserialize account data'],
];

/**
 * Rust `TransactionError` variants without fields, in litesvm's `TransactionErrorFieldless` numbering, with
 * their Solana 1.18 Display strings; null for the variants added after 1.18, which bankrun cannot report.
 */
export const TRANSACTION_ERRORS: readonly (readonly [name: string, display: string | null])[] = [
  ['AccountInUse', 'Account in use'],
  ['AccountLoadedTwice', 'Account loaded twice'],
  ['AccountNotFound', 'Attempt to debit an account but found no record of a prior credit.'],
  ['ProgramAccountNotFound', 'Attempt to load a program that does not exist'],
  ['InsufficientFundsForFee', 'Insufficient funds for fee'],
  ['InvalidAccountForFee', 'This account may not be used to pay transaction fees'],
  ['AlreadyProcessed', 'This transaction has already been processed'],
  ['BlockhashNotFound', 'Blockhash not found'],
  ['CallChainTooDeep', 'Loader call chain is too deep'],
  ['MissingSignatureForFee', 'Transaction requires a fee but has no signature present'],
  ['InvalidAccountIndex', 'Transaction contains an invalid account reference'],
  ['SignatureFailure', 'Transaction did not pass signature verification'],
  ['InvalidProgramForExecution', 'This program may not be used for executing instructions'],
  ['SanitizeFailure', 'Transaction failed to sanitize accounts offsets correctly'],
  ['ClusterMaintenance', 'Transactions are currently disabled due to cluster maintenance'],
  ['AccountBorrowOutstanding', 'Transaction processing left an account with an outstanding borrowed reference'],
  ['WouldExceedMaxBlockCostLimit', 'Transaction would exceed max Block Cost Limit'],
  ['UnsupportedVersion', 'Transaction version is unsupported'],
  ['InvalidWritableAccount', 'Transaction loads a writable account that cannot be written'],
  ['WouldExceedMaxAccountCostLimit', 'Transaction would exceed max account limit within the block'],
  ['WouldExceedAccountDataBlockLimit', 'Transaction would exceed account data limit within the block'],
  ['TooManyAccountLocks', 'Transaction locked too many accounts'],
  ['AddressLookupTableNotFound', "Transaction loads an address table account that doesn't exist"],
  ['InvalidAddressLookupTableOwner', 'Transaction loads an address table account with an invalid owner'],
  ['InvalidAddressLookupTableData', 'Transaction loads an address table account with invalid data'],
  ['InvalidAddressLookupTableIndex', 'Transaction address table lookup uses an invalid index'],
  ['InvalidRentPayingAccount', 'Transaction leaves an account with a lower balance than rent-exempt minimum'],
  ['WouldExceedMaxVoteCostLimit', 'Transaction would exceed max Vote Cost Limit'],
  ['WouldExceedAccountDataTotalLimit', 'Transaction would exceed total account data limit'],
  ['MaxLoadedAccountsDataSizeExceeded', 'Transaction exceeded max loaded accounts data size cap'],
  ['ResanitizationNeeded', 'ResanitizationNeeded'],
  ['InvalidLoadedAccountsDataSizeLimit', 'LoadedAccountsDataSizeLimit set for transaction must be greater than 0.'],
  ['UnbalancedTransaction', 'Sum of account balances before and after transaction do not match'],
  ['ProgramCacheHitMaxLimit', null],
  ['CommitCancelled', null],
];

/** Transaction errors whose Display carries a number (bankrun); litesvm names them by class. */
const PARAMETERIZED_TRANSACTION_ERRORS: readonly (readonly [name: string, display: RegExp])[] = [
  ['DuplicateInstruction', /^Transaction contains a duplicate instruction \(\d+\) that is not allowed$/],
  ['InsufficientFundsForRent', /^Transaction results in an account \(\d+\) with insufficient funds for rent$/],
  ['ProgramExecutionTemporarilyRestricted', /^Execution of the program referenced by account at index \d+ is temporarily restricted\.$/],
];

const INSTRUCTION_ERROR_PREFIX = /^Error processing Instruction (\d+): (.*)$/s;
const CUSTOM_ERROR = /^custom program error: 0x([0-9a-f]+)$/;

/** bankrun's `result` string (Rust `TransactionError` Display) as a TxError. */
export function bankrunTxError(result: string): TxError {
  const instruction = INSTRUCTION_ERROR_PREFIX.exec(result);
  if (instruction) {
    return { kind: 'instruction', index: Number(instruction[1]), error: instructionErrorFromDisplay(instruction[2]!) };
  }
  const fieldless = TRANSACTION_ERRORS.find(([, display]) => display === result);
  if (fieldless) return { kind: 'transaction', name: fieldless[0] };
  const parameterized = PARAMETERIZED_TRANSACTION_ERRORS.find(([, display]) => display.test(result));
  if (parameterized) return { kind: 'transaction', name: parameterized[0] };
  throw new Error(`internal: unmapped bankrun transaction error "${result}"`);
}

function instructionErrorFromDisplay(display: string): InstructionErrorKind {
  const custom = CUSTOM_ERROR.exec(display);
  if (custom) return { custom: parseInt(custom[1]!, 16) };
  // 1.18's BorshIoError(String) appends ": <detail>" to its Display.
  const named = INSTRUCTION_ERRORS.find(([, text]) => display === text || display.startsWith(`${text}: `));
  if (named) return { name: named[0] };
  throw new Error(`internal: unmapped bankrun instruction error "${display}"`);
}

/** litesvm's FailedTransactionMetadata.err() value, typed by shape (its classes are not exported). */
type LitesvmError =
  | number
  | { index: number; err(): number | { code: number } | { msg: string } }
  | { index: number }
  | { accountIndex: number };

/** litesvm's `err()` as a TxError. */
export function litesvmTxError(error: LitesvmError): TxError {
  if (typeof error === 'number') return { kind: 'transaction', name: tableName(TRANSACTION_ERRORS, error) };
  if ('err' in error) return { kind: 'instruction', index: error.index, error: litesvmInstructionError(error.err()) };
  // DuplicateInstruction, InsufficientFundsForRent, ProgramExecutionTemporarilyRestricted: one class each.
  return { kind: 'transaction', name: error.constructor.name.replace(/^TransactionError/, '') };
}

function litesvmInstructionError(error: number | { code: number } | { msg: string }): InstructionErrorKind {
  if (typeof error === 'number') return { name: tableName(INSTRUCTION_ERRORS, error) };
  if ('code' in error) return { custom: error.code };
  return { name: 'BorshIoError' };
}

function tableName(table: readonly (readonly [string, string | null])[], index: number): string {
  const entry = table[index];
  if (!entry) throw new Error(`internal: litesvm error number ${index} is not in the table`);
  return entry[0];
}

const BASE58_KEY = '[1-9A-HJ-NP-Za-km-z]{32,44}';
const INVOKE_LINE = new RegExp(`^Program ${BASE58_KEY} invoke \\[(\\d+)\\]$`);
const CONSUMED_LINE = new RegExp(`^Program ${BASE58_KEY} consumed (\\d+) of \\d+ compute units$`);
const RETURN_LINE = new RegExp(`^Program ${BASE58_KEY} (success|failed: .*)$`);

/**
 * The `consumed N` of the last top-level instruction, or null when that instruction printed none.
 * Depth is tracked so a CPI's own `consumed` line (printed while depth > 1) is never taken.
 */
export function computeUnitsFromLogs(logs: readonly string[]): number | null {
  let depth = 0;
  let lastTopLevel: number | null = null;
  for (const line of logs) {
    const invoke = INVOKE_LINE.exec(line);
    if (invoke) {
      depth = Number(invoke[1]);
      if (depth === 1) lastTopLevel = null;
      continue;
    }
    const consumed = CONSUMED_LINE.exec(line);
    if (consumed && depth === 1) lastTopLevel = Number(consumed[1]);
    else if (RETURN_LINE.test(line)) depth -= 1;
  }
  return lastTopLevel;
}

/**
 * What Agave's sigverify reports for a transaction missing a signature (measured on litesvm's native
 * entry point); bankrun 0.4.0 skips sigverify and kit refuses to encode such a transaction, so the
 * adapters report this themselves.
 */
export function signatureFailure(): TxResult {
  return { ok: false, error: { kind: 'transaction', name: 'SignatureFailure' }, logs: [], computeUnits: 0, returnData: null };
}

/** The custom code (Anchor's numbers, program errors) or the builtin error's name; null on success. */
export function errorCode(result: TxResult): number | string | null {
  const error = result.error;
  if (!error) return null;
  if (error.kind === 'transaction') return error.name;
  return 'custom' in error.error ? error.error.custom : error.error.name;
}

/** The first `Program log: AnchorError…` line. */
export function anchorErrorLine(logs: readonly string[]): string | undefined {
  return logs.find((line) => line.startsWith('Program log: AnchorError'));
}
