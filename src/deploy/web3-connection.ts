// The DeployConnection over a cluster's JSON-RPC, through @solana/web3.js v1 `Connection`.
// In: an RPC URL. Out: a DeployConnection that confirms at 'confirmed', resends a transaction whose
// blockhash expired or whose fate a network error hid (after checking it did not land), and turns a
// failed HTTP request into ClusterUnreachableError naming the URL.

import {
  Connection,
  PublicKey,
  SendTransactionError,
  SystemProgram,
  Transaction,
  TransactionExpiredBlockheightExceededError,
  sendAndConfirmRawTransaction,
  type Signer,
  type TransactionInstruction,
} from '@solana/web3.js';
import { getBase58Decoder } from '@solana/kit';
import { ClusterError, ClusterUnreachableError, TransactionFailedError, type ChainAccount, type DeployConnection } from './connection.js';

const COMMITMENT = 'confirmed';
/** Solana's base fee, used only when the RPC cannot price a message (its blockhash just expired). */
const DEFAULT_LAMPORTS_PER_SIGNATURE = 5000n;

export interface RetryPolicy {
  /** Sends of one transaction before giving up. */
  attempts: number;
  /** Wait before the second send; doubled before each later one. */
  backoffMs: number;
}

const DEFAULT_RETRY: RetryPolicy = { attempts: 5, backoffMs: 500 };

export function web3Connection(url: string, retry: RetryPolicy = DEFAULT_RETRY): DeployConnection {
  // web3.js folds a failed fetch into a plain message ("…: TypeError: fetch failed") and drops its cause,
  // so the fetch it uses counts failures and keeps the last cause for `rpc` to report.
  let transportFailures = 0;
  let lastTransportFailure = '';
  const connection = new Connection(url, {
    commitment: COMMITMENT,
    fetch: async (input, init) => {
      try {
        return await fetch(input, init);
      } catch (err) {
        transportFailures++;
        lastTransportFailure = describeFetchFailure(err);
        throw err;
      }
    },
  });

  /** Runs one web3.js call; a failed HTTP request becomes ClusterUnreachableError. */
  async function reach<T>(call: () => Promise<T>): Promise<T> {
    const failuresBefore = transportFailures;
    try {
      return await call();
    } catch (err) {
      if (transportFailures > failuresBefore) throw new ClusterUnreachableError(url, lastTransportFailure);
      throw err;
    }
  }

  /** A read: every failure becomes a ClusterError (web3.js throws plain Errors for JSON-RPC errors). */
  async function rpc<T>(call: () => Promise<T>): Promise<T> {
    try {
      return await reach(call);
    } catch (err) {
      throw asClusterError(err);
    }
  }

  function asClusterError(err: unknown): ClusterError {
    return err instanceof ClusterError ? err : new ClusterError(`${url}: ${err instanceof Error ? err.message : String(err)}`);
  }

  /** 'landed' when the signature is confirmed without error; 'unknown' when it is not (yet) visible. */
  async function statusOf(signature: string): Promise<'landed' | 'unknown'> {
    try {
      const { value } = await rpc(() => connection.getSignatureStatus(signature));
      if (value?.err) throw new TransactionFailedError(`transaction ${signature} failed: ${JSON.stringify(value.err)}`, []);
      return value && value.confirmationStatus !== 'processed' ? 'landed' : 'unknown';
    } catch (err) {
      if (err instanceof ClusterUnreachableError) return 'unknown';
      throw err;
    }
  }

  /** One send; 'retry' when it certainly did not land and sending it again is safe. */
  async function sendOnce(ixs: TransactionInstruction[], signers: Signer[]): Promise<'done' | 'retry'> {
    const latest = await rpc(() => connection.getLatestBlockhash(COMMITMENT));
    const tx = new Transaction({ feePayer: signers[0]!.publicKey, ...latest }).add(...ixs);
    tx.sign(...signers);
    const signature = getBase58Decoder().decode(tx.signature!);
    try {
      await reach(() => sendAndConfirmRawTransaction(connection, tx.serialize(), { signature, ...latest }, { commitment: COMMITMENT }));
      return 'done';
    } catch (err) {
      if (err instanceof TransactionExpiredBlockheightExceededError) return 'retry';
      if (err instanceof SendTransactionError) {
        const { message, logs } = err.transactionError;
        if (/blockhash not found/i.test(message)) return 'retry';
        throw new TransactionFailedError(message, logs ?? []);
      }
      if (err instanceof Error && err.message.startsWith(`Transaction ${signature} failed`)) {
        throw new TransactionFailedError(err.message, []);
      }
      // A network error or a confirmation timeout: the transaction may still have landed.
      if ((await statusOf(signature)) === 'landed') return 'done';
      throw asClusterError(err);
    }
  }

  return {
    label: url,
    async getAccount(address: PublicKey): Promise<ChainAccount | null> {
      const info = await rpc(() => connection.getAccountInfo(address, COMMITMENT));
      if (!info) return null;
      return { lamports: BigInt(info.lamports), data: Uint8Array.from(info.data), owner: info.owner, executable: info.executable };
    },
    getBalance: async (address) => BigInt(await rpc(() => connection.getBalance(address, COMMITMENT))),
    minimumBalance: async (dataLen) => BigInt(await rpc(() => connection.getMinimumBalanceForRentExemption(dataLen, COMMITMENT))),
    async feePerSignature(): Promise<bigint> {
      // The fee of a one-signature message is the base fee per signature.
      const latest = await rpc(() => connection.getLatestBlockhash(COMMITMENT));
      const payer = PublicKey.default;
      const message = new Transaction({ feePayer: payer, ...latest })
        .add(SystemProgram.transfer({ fromPubkey: payer, toPubkey: payer, lamports: 0 }))
        .compileMessage();
      const { value } = await rpc(() => connection.getFeeForMessage(message, COMMITMENT));
      return value === null ? DEFAULT_LAMPORTS_PER_SIGNATURE : BigInt(value);
    },
    async send(ixs: TransactionInstruction[], signers: Signer[]): Promise<void> {
      if (signers.length === 0) throw new Error('internal: a transaction needs a fee payer');
      for (let attempt = 1; ; attempt++) {
        let failure: unknown = null;
        try {
          if ((await sendOnce(ixs, signers)) === 'done') return;
        } catch (err) {
          if (err instanceof TransactionFailedError) throw err;
          failure = err;
        }
        if (attempt >= retry.attempts) {
          if (failure !== null) throw failure;
          throw new ClusterError(`the transaction was not confirmed after ${retry.attempts} attempts (its blockhash kept expiring)`);
        }
        await new Promise((done) => setTimeout(done, retry.backoffMs * 2 ** (attempt - 1)));
      }
    },
  };
}

/** Node's fetch throws "TypeError: fetch failed" with the system error as its cause. */
function describeFetchFailure(err: unknown): string {
  let inner: unknown = err;
  while (inner instanceof Error && inner.cause !== undefined) inner = inner.cause;
  if (inner instanceof Error) return inner.message;
  return String(inner);
}
