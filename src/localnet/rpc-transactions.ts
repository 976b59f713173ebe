// The RPC methods that run transactions: sendTransaction (signature check and preflight simulation
// unless skipPreflight, then execution), simulateTransaction and requestAirdrop, answering as Agave's
// rpc.rs does — including the preflight failure: -32002 "Transaction simulation failed: <error>" with
// the simulation result ({err, logs, accounts: null, unitsConsumed, returnData, …}) as data, which
// web3.js turns into SendTransactionError and Anchor into AnchorError.
// In: the ledger and the method's params. Out: JSON results, or RpcErrors.
import { encodeAccount, mintLookup } from './account-encoding.js';
import type { JsonValue } from './json.js';
import { encodeBase58, type AccountRecord, type ExecutionResult, type Ledger } from './ledger.js';
import { INTERNAL_ERROR, invalidParams, RpcError, SEND_TRANSACTION_PREFLIGHT_FAILURE, TRANSACTION_SIGNATURE_VERIFICATION_FAILURE } from './rpc-error.js';
import { configParam, pubkeyParam, transactionParam, unsignedParam } from './rpc-params.js';
import { signaturesVerify } from './sigverify.js';
import { encodeInnerInstructions, encodeReturnData } from './transaction-encoding.js';
import { withContext } from './version.js';

interface SendConfig { encoding: string; skipPreflight: boolean }
interface SimulateConfig {
  encoding: string;
  sigVerify: boolean;
  replaceRecentBlockhash: boolean;
  innerInstructions: boolean;
  accounts: { encoding?: string; addresses: string[] };
}

export async function sendTransaction(ledger: Ledger, [wire, rawConfig]: unknown[]): Promise<JsonValue> {
  const config = configParam<SendConfig>(rawConfig);
  const transaction = transactionParam(wire, config.encoding);
  if (!config.skipPreflight) {
    if (!signaturesVerify(transaction)) throw new RpcError(TRANSACTION_SIGNATURE_VERIFICATION_FAILURE, 'Transaction signature verification failure');
    const simulation = await ledger.simulate(transaction, false);
    if (simulation.err) {
      throw new RpcError(SEND_TRANSACTION_PREFLIGHT_FAILURE, `Transaction simulation failed: ${simulation.err.display}`, simulationResult(simulation, null, null, null));
    }
  }
  // Like a validator, a transaction that fails before execution is dropped after the signature is
  // returned: the client learns of it only by never seeing it confirmed.
  await ledger.submit(transaction);
  return encodeBase58(transaction.signatures[0]);
}

export async function simulateTransaction(ledger: Ledger, [wire, rawConfig]: unknown[]): Promise<JsonValue> {
  const config = configParam<SimulateConfig>(rawConfig);
  let transaction = transactionParam(wire, config.encoding);
  let replacement: JsonValue = null;
  if (config.replaceRecentBlockhash) {
    if (config.sigVerify) throw invalidParams('sigVerify may not be used with replaceRecentBlockhash');
    const latest = ledger.latestBlockhash();
    transaction = withBlockhash(transaction, latest.blockhash);
    replacement = { blockhash: latest.blockhash, lastValidBlockHeight: latest.lastValidBlockHeight };
  }
  if (config.sigVerify && !signaturesVerify(transaction)) throw new RpcError(TRANSACTION_SIGNATURE_VERIFICATION_FAILURE, 'Transaction signature verification failure');
  const requested = config.accounts;
  if (requested && (requested.encoding === 'base58' || requested.encoding === 'binary')) throw invalidParams('base58 encoding not supported');
  const keys = transaction.message.staticAccountKeys.length;
  if (requested && requested.addresses.length > keys) throw invalidParams(`Too many accounts provided; max ${keys}`);
  const addresses = requested?.addresses.map(pubkeyParam) ?? null;
  const simulation = await ledger.simulate(transaction, config.sigVerify ?? false);
  if (addresses && !simulation.err && simulation.postAccounts === null) {
    throw invalidParams('the in-process validator\'s native bank cannot report the accounts a simulation leaves (solana-program-test\'s BanksClient does not return them): simulate without "accounts"');
  }
  const postAccounts = simulation.postAccounts ?? new Map<string, AccountRecord>();
  const found = addresses === null || simulation.err ? null
    : await Promise.all(addresses.map(async (key) => postAccounts.get(key.toBase58()) ?? await ledger.getAccount(key)));
  const mints = await mintLookup(ledger, requested?.encoding === 'jsonParsed' ? found ?? [] : []);
  const accounts = addresses && addresses.map((_, i): JsonValue => {
    const account = found?.[i] ?? null;
    return account && account.lamports > 0n ? encodeAccount(account, { encoding: (requested?.encoding ?? 'base64') as 'base64' }, mints) : null;
  });
  const inner = config.innerInstructions ? encodeInnerInstructions(simulation.innerInstructions) : null;
  return withContext(ledger.slot, simulationResult(simulation, accounts, inner, replacement));
}

export async function requestAirdrop(ledger: Ledger, [to, lamports]: unknown[]): Promise<JsonValue> {
  const submission = await ledger.airdrop(pubkeyParam(to), BigInt(unsignedParam(lamports, 'lamports')));
  if ('dropped' in submission) throw new RpcError(INTERNAL_ERROR, 'airdrop request failed. This can happen when the rate limit is reached.');
  return submission.landed.signature;
}

/** RpcSimulateTransactionResult, field for field. */
function simulationResult(simulation: ExecutionResult, accounts: JsonValue, innerInstructions: JsonValue, replacementBlockhash: JsonValue): JsonValue {
  return {
    err: simulation.err?.json ?? null,
    logs: simulation.logs,
    accounts,
    unitsConsumed: simulation.unitsConsumed,
    returnData: simulation.returnData ? encodeReturnData(simulation.returnData) : null,
    innerInstructions,
    replacementBlockhash,
  };
}

function withBlockhash<T extends { message: { recentBlockhash: string } }>(transaction: T, blockhash: string): T {
  transaction.message.recentBlockhash = blockhash;
  return transaction;
}
