// Landed transactions as the validator's RPC writes them: getTransaction's
// EncodedConfirmedTransactionWithStatusMeta ({slot, transaction, meta, version?, blockTime}), the
// signature statuses of getSignatureStatuses, the entries of getSignaturesForAddress, and the token
// balances and inner instructions inside a meta.
// In: a LandedTransaction and the request's config. Out: JSON values, or an RpcError (an unsupported
// transaction version or encoding).
import type { VersionedTransaction } from '@solana/web3.js';
import type { JsonValue } from './json.js';
import { encodeBase58, type AccountRecord, type InnerInstructionRecord, type LandedTransaction } from './ledger.js';
import { invalidParams, RpcError, UNSUPPORTED_TRANSACTION_VERSION } from './rpc-error.js';
import { readTokenAccount, uiTokenAmount, type MintState } from './token.js';

export interface TransactionConfig {
  encoding?: 'json' | 'base58' | 'base64' | 'jsonParsed';
  maxSupportedTransactionVersion?: number;
}

export function encodeConfirmedTransaction(landed: LandedTransaction, config: TransactionConfig): JsonValue {
  const version = landed.transaction.version;
  if (version !== 'legacy' && (config.maxSupportedTransactionVersion === undefined || version > config.maxSupportedTransactionVersion)) {
    throw new RpcError(UNSUPPORTED_TRANSACTION_VERSION, `Transaction version (${version}) is not supported by the requesting client. Please try the request again with the following configuration parameter: "maxSupportedTransactionVersion": ${version}`);
  }
  return {
    slot: landed.slot,
    transaction: encodeTransaction(landed.transaction, landed.wire, config.encoding ?? 'json'),
    meta: encodeMeta(landed, (mint) => landed.mints.get(mint) ?? null),
    // Only clients that say which versions they read are told the version.
    version: config.maxSupportedTransactionVersion === undefined ? undefined : version,
    blockTime: landed.blockTime,
  };
}

/** One entry of getSignatureStatuses: landed transactions are final at once. */
export function signatureStatus(landed: LandedTransaction): JsonValue {
  return {
    slot: landed.slot,
    confirmations: null,
    err: landed.err?.json ?? null,
    status: landed.err ? { Err: landed.err.json } : { Ok: null },
    confirmationStatus: 'finalized',
  };
}

/** One entry of getSignaturesForAddress. */
export function signatureInfo(landed: LandedTransaction): JsonValue {
  return {
    signature: landed.signature,
    slot: landed.slot,
    err: landed.err?.json ?? null,
    memo: null,
    blockTime: landed.blockTime,
    confirmationStatus: 'finalized',
  };
}

function encodeTransaction(transaction: VersionedTransaction, wire: Uint8Array, encoding: string): JsonValue {
  switch (encoding) {
    case 'base64': return [Buffer.from(wire).toString('base64'), 'base64'];
    case 'base58': return [encodeBase58(wire), 'base58'];
    case 'json': return { signatures: transaction.signatures.map(encodeBase58), message: encodeMessage(transaction) };
    default: throw invalidParams(`Invalid params: the in-process validator does not write transactions as ${encoding}.`);
  }
}

function encodeMessage(transaction: VersionedTransaction): JsonValue {
  const message = transaction.message;
  return {
    header: { ...message.header },
    accountKeys: message.staticAccountKeys.map((k) => k.toBase58()),
    recentBlockhash: message.recentBlockhash,
    instructions: message.compiledInstructions.map((ix) => ({
      programIdIndex: ix.programIdIndex,
      accounts: [...ix.accountKeyIndexes],
      data: encodeBase58(ix.data),
      stackHeight: null,
    })),
    addressTableLookups: transaction.version === 'legacy' ? undefined : message.addressTableLookups.map((lookup) => ({
      accountKey: lookup.accountKey.toBase58(),
      writableIndexes: [...lookup.writableIndexes],
      readonlyIndexes: [...lookup.readonlyIndexes],
    })),
  };
}

function encodeMeta(landed: LandedTransaction, mintOf: (mint: string) => MintState | null): JsonValue {
  return {
    err: landed.err?.json ?? null,
    status: landed.err ? { Err: landed.err.json } : { Ok: null },
    fee: landed.fee,
    preBalances: landed.preBalances,
    postBalances: landed.postBalances,
    innerInstructions: encodeInnerInstructions(landed.innerInstructions),
    logMessages: landed.logs,
    preTokenBalances: tokenBalances(landed.preAccounts, mintOf),
    postTokenBalances: tokenBalances(landed.postAccounts, mintOf),
    rewards: [],
    loadedAddresses: { writable: [], readonly: [] },
    returnData: landed.returnData ? encodeReturnData(landed.returnData) : undefined,
    computeUnitsConsumed: landed.unitsConsumed,
  };
}

export function encodeInnerInstructions(lists: InnerInstructionRecord[][]): JsonValue {
  return lists.flatMap((list, index) => (list.length === 0 ? [] : [{
    index,
    instructions: list.map((ix) => ({ programIdIndex: ix.programIdIndex, accounts: ix.accounts, data: encodeBase58(ix.data), stackHeight: ix.stackHeight })),
  }]));
}

export function encodeReturnData(returnData: { programId: string; data: Uint8Array }): JsonValue {
  return { programId: returnData.programId, data: [Buffer.from(returnData.data).toString('base64'), 'base64'] };
}

/** The token accounts among a transaction's keys, by key index (UiTransactionTokenBalance). */
function tokenBalances(accounts: (AccountRecord | null)[], mintOf: (mint: string) => MintState | null): JsonValue {
  return accounts.flatMap((account, accountIndex) => {
    const token = account && readTokenAccount(account.data, account.owner);
    const mint = token && mintOf(token.mint);
    if (!account || !token || !mint) return [];
    return [{ accountIndex, mint: token.mint, uiTokenAmount: { ...uiTokenAmount(token.amount, mint.decimals) }, owner: token.owner, programId: account.owner }];
  });
}
