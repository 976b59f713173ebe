// The DeployConnection over a cluster's JSON-RPC (HTTP only), through @solana/web3.js v1 `Connection`.
// In: an RPC URL. Out: a DeployConnection that confirms a transaction by polling its status to
// 'confirmed', sends it again with a new blockhash when the old one expired before it landed, rides out
// short network outages, and turns a failed HTTP request into ClusterUnreachableError naming the URL.
// Polling instead of web3.js's websocket subscription: public RPC websockets drop often, and HTTP is all
// a local test server needs.

import {
  Connection,
  PublicKey,
  SendTransactionError,
  SystemProgram,
  Transaction,
  type Signer,
  type TransactionInstruction,
} from '@solana/web3.js';
import { getBase58Decoder } from '@solana/kit';
import { ClusterError, ClusterUnreachableError, TransactionFailedError, type ChainAccount, type DeployConnection } from './connection.js';

const COMMITMENT = 'confirmed';
/** Solana's base fee, used only when the RPC cannot price a message (its blockhash just expired). */
const DEFAULT_LAMPORTS_PER_SIGNATURE = 5000n;

export interface RetryPolicy {
  /** Blockhashes one transaction is sent with before giving up; also consecutive failed requests tolerated while waiting. */
  attempts: number;
  /** Wait between status polls (a slot is ~400 ms). */
  pollMs: number;
}

const DEFAULT_RETRY: RetryPolicy = { attempts: 5, pollMs: 500 };

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

  /** Runs one web3.js call; a failed HTTP request becomes ClusterUnreachableError, any other failure a ClusterError. */
  async function rpc<T>(call: () => Promise<T>): Promise<T> {
    const failuresBefore = transportFailures;
    try {
      return await call();
    } catch (err) {
      if (transportFailures > failuresBefore) throw new ClusterUnreachableError(url, lastTransportFailure);
      if (err instanceof ClusterError || err instanceof SendTransactionError) throw err;
      // web3.js throws plain Errors for JSON-RPC errors and unexpected answers alike.
      throw new ClusterError(`${url}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  /** Sends once with a fresh blockhash; 'expired' when that blockhash expired before the transaction landed. */
  async function sendOnce(ixs: TransactionInstruction[], signers: Signer[]): Promise<'confirmed' | 'expired'> {
    const latest = await rpc(() => connection.getLatestBlockhash(COMMITMENT));
    const tx = new Transaction({ feePayer: signers[0]!.publicKey, ...latest }).add(...ixs);
    tx.sign(...signers);
    const signature = getBase58Decoder().decode(tx.signature!);
    try {
      await rpc(() => connection.sendRawTransaction(tx.serialize(), { preflightCommitment: COMMITMENT }));
    } catch (err) {
      if (err instanceof SendTransactionError) {
        const { message, logs } = err.transactionError;
        if (/blockhash not found/i.test(message)) return 'expired';
        throw new TransactionFailedError(message, logs ?? []);
      }
      // Lost on the way back or on the way there: the status polls below tell which.
      if (!(err instanceof ClusterUnreachableError)) throw err;
    }
    return confirmation(signature, latest.lastValidBlockHeight);
  }

  async function confirmation(signature: string, lastValidBlockHeight: number): Promise<'confirmed' | 'expired'> {
    let failedPolls = 0;
    for (;;) {
      try {
        // Height first: a transaction not visible after its blockhash expired can never land.
        const expired = (await rpc(() => connection.getBlockHeight(COMMITMENT))) > lastValidBlockHeight;
        const status = (await rpc(() => connection.getSignatureStatuses([signature]))).value[0];
        if (status?.err) throw new TransactionFailedError(`transaction failed: ${JSON.stringify(status.err)}`, await logsOf(signature));
        if (status && status.confirmationStatus !== 'processed') return 'confirmed';
        if (expired && !status) return 'expired';
        failedPolls = 0;
      } catch (err) {
        if (!(err instanceof ClusterUnreachableError) || ++failedPolls >= retry.attempts) throw err;
      }
      await new Promise((done) => setTimeout(done, retry.pollMs));
    }
  }

  /** The program logs of a landed transaction, or none when the RPC does not return them. */
  async function logsOf(signature: string): Promise<string[]> {
    try {
      const tx = await rpc(() => connection.getTransaction(signature, { commitment: COMMITMENT, maxSupportedTransactionVersion: 0 }));
      return tx?.meta?.logMessages ?? [];
    } catch {
      return [];
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
      for (let attempt = 1; attempt <= retry.attempts; attempt++) {
        if ((await sendOnce(ixs, signers)) === 'confirmed') return;
      }
      throw new ClusterError(`${url}: the transaction did not land before its blockhash expired, ${retry.attempts} times`);
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
