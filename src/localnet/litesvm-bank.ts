// The in-process validator's default bank: LiteSVM running the programs' .so. Blockhash checks are the
// ledger's (a window of recent ones, as a validator keeps; LiteSVM only knows its latest).
// In: the programs (.so at their ids). Out: a Bank (bank.ts).
import { PublicKey, type VersionedTransaction } from '@solana/web3.js';
import { address, getTransactionDecoder, lamports as kitLamports } from '@solana/kit';
import { Clock, EpochSchedule, FailedTransactionMetadata, LiteSVM, type TransactionMetadata } from 'litesvm';
import type { AccountRecord, Bank, ExecutionResult, Simulation } from './bank.js';
import { SLOTS_PER_EPOCH } from './ledger.js';
import { litesvmFailure, type TxFailure } from './tx-error.js';

export class LitesvmBank implements Bank {
  private readonly svm = new LiteSVM();
  private readonly decoder = getTransactionDecoder();

  constructor(programs: { programId: PublicKey; so: Uint8Array; name?: string }[]) {
    this.svm.withBlockhashCheck(false);
    this.svm.setEpochSchedule(new EpochSchedule(SLOTS_PER_EPOCH, SLOTS_PER_EPOCH, false, 0n, 0n));
    for (const program of programs) {
      try {
        this.svm.addProgram(address(program.programId.toBase58()), program.so);
      } catch (cause) {
        throw new Error(`the in-process validator rejected program ${program.name ?? program.programId.toBase58()}: ${(cause as Error).message}`, { cause });
      }
    }
  }

  async openSlot(slot: bigint, unixTimestamp: bigint, first: boolean): Promise<string> {
    if (!first) this.svm.expireBlockhash();
    this.svm.setClock(new Clock(slot, 0n, slot / SLOTS_PER_EPOCH, slot / SLOTS_PER_EPOCH + 1n, unixTimestamp));
    return this.svm.latestBlockhash();
  }

  async getAccount(key: string): Promise<AccountRecord | null> {
    const account = this.svm.getAccount(address(key));
    if (!account.exists || account.lamports === 0n) return null;
    return { lamports: account.lamports, data: Uint8Array.from(account.data), owner: account.programAddress, executable: account.executable };
  }

  async setAccount(key: string, account: AccountRecord): Promise<void> {
    this.svm.setAccount({
      address: address(key),
      lamports: kitLamports(account.lamports),
      data: account.data,
      programAddress: address(account.owner),
      executable: account.executable,
      space: BigInt(account.data.length),
    });
  }

  async programAccounts(owner: string): Promise<{ pubkey: string; account: AccountRecord }[]> {
    return this.svm.getProgramAccounts(address(owner))
      .filter((a) => a.lamports > 0n)
      .map((a) => ({ pubkey: a.address, account: { lamports: a.lamports, data: Uint8Array.from(a.data), owner: a.programAddress, executable: a.executable } }));
  }

  async minimumBalance(dataLength: number): Promise<bigint> {
    return this.svm.minimumBalanceForRentExemption(BigInt(dataLength));
  }

  async execute(transaction: VersionedTransaction): Promise<ExecutionResult> {
    const outcome = this.svm.sendTransaction(this.decoder.decode(transaction.serialize()));
    if (outcome instanceof FailedTransactionMetadata) return executionResult(outcome.meta(), litesvmFailure(outcome.err()));
    return executionResult(outcome, null);
  }

  async simulate(transaction: VersionedTransaction, sigVerify: boolean): Promise<Simulation> {
    this.svm.withSigverify(sigVerify);
    try {
      const outcome = this.svm.simulateTransaction(this.decoder.decode(transaction.serialize()));
      if (outcome instanceof FailedTransactionMetadata) return { ...executionResult(outcome.meta(), litesvmFailure(outcome.err())), postAccounts: new Map() };
      const postAccounts = new Map(outcome.postAccounts().map((a) => [a.address as string, { lamports: a.lamports, data: Uint8Array.from(a.data), owner: a.programAddress as string, executable: a.executable }]));
      return { ...executionResult(outcome.meta(), null), postAccounts };
    } finally {
      this.svm.withSigverify(true);
    }
  }

  /** LiteSVM lives in this process: nothing to end. */
  close(): void {}
}

function executionResult(meta: TransactionMetadata, err: TxFailure | null): ExecutionResult {
  const returned = meta.returnData();
  return {
    err,
    logs: meta.logs(),
    unitsConsumed: meta.computeUnitsConsumed(),
    returnData: returned.data().length > 0 ? { programId: new PublicKey(returned.programId()).toBase58(), data: Uint8Array.from(returned.data()) } : null,
    innerInstructions: meta.innerInstructions().map((list) => list.map((inner) => {
      const ix = inner.instruction();
      return { programIdIndex: ix.programIdIndex(), accounts: [...ix.accounts()], data: Uint8Array.from(ix.data()), stackHeight: inner.stackHeight() };
    })),
  };
}
