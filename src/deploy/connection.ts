// What deploying needs from a cluster, as one small interface, so the same deploy code runs against a
// real cluster (web3-connection.ts) and in-process under bankrun or litesvm (runtime-connection.ts).
// In: nothing. Out: the DeployConnection contract and the errors its implementations throw.

import type { PublicKey, Signer, TransactionInstruction } from '@solana/web3.js';

export interface ChainAccount {
  lamports: bigint;
  data: Uint8Array;
  owner: PublicKey;
  executable: boolean;
}

export interface DeployConnection {
  /** How messages name the cluster: its RPC URL, or the in-process runtime. */
  readonly label: string;
  /** null when the account does not exist. Every method throws ClusterError when the cluster cannot answer. */
  getAccount(address: PublicKey): Promise<ChainAccount | null>;
  getBalance(address: PublicKey): Promise<bigint>;
  /** Rent-exempt minimum balance for an account holding `dataLen` bytes. */
  minimumBalance(dataLen: number): Promise<bigint>;
  /** The base fee of one signature. */
  feePerSignature(): Promise<bigint>;
  /**
   * Sends one transaction signed by `signers`, the first of which pays the fee, and resolves once it is
   * confirmed. Throws TransactionFailedError when it executes and fails, ClusterError when the cluster
   * cannot tell.
   */
  send(ixs: TransactionInstruction[], signers: Signer[]): Promise<void>;
  /**
   * In-process runtimes only (clusters advance by themselves): moves to the next slot, from which a
   * program deployed or upgraded in this slot runs its new code.
   */
  advanceSlot?(): Promise<void>;
}

/** Anything the cluster (or the way to it) reports instead of an answer; the message is one line. */
export class ClusterError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ClusterError';
  }
}

/** A transaction that executed and failed; `logs` are its program logs. */
export class TransactionFailedError extends ClusterError {
  constructor(message: string, readonly logs: readonly string[]) {
    super(message);
    this.name = 'TransactionFailedError';
  }
}

/** The RPC endpoint could not be reached at all (connection refused, DNS, TLS, …). */
export class ClusterUnreachableError extends ClusterError {
  constructor(readonly url: string, readonly reason: string) {
    super(`cannot reach ${url}: ${reason}`);
    this.name = 'ClusterUnreachableError';
  }
}
