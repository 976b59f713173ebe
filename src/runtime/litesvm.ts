// The Runtime contract over litesvm 1.5 (Agave 4.3 program runtime, in-process).
// In: programs and accounts at creation, web3.js v1 instructions per send. Out: normalized TxResults.
// litesvm takes @solana/kit transactions: a signed web3.js Transaction is serialized and decoded with kit.

import { Keypair, PublicKey, SystemProgram, Transaction } from '@solana/web3.js';
import type { Signer, TransactionInstruction } from '@solana/web3.js';
import { address, getTransactionDecoder, lamports } from '@solana/kit';
import { Clock, FailedTransactionMetadata, LiteSVM } from 'litesvm';
import { computeUnitsFromLogs, litesvmTxError, signatureFailure } from './errors.js';
import { airdropped, clockState, PAYER_LAMPORTS } from './types.js';
import type { AccountState, ClockState, Runtime, RuntimeOptions, TxResult } from './types.js';

class LitesvmRuntime implements Runtime {
  readonly kind = 'litesvm';
  readonly payer: Keypair;
  private readonly svm = new LiteSVM();
  private readonly decoder = getTransactionDecoder();

  constructor(options: RuntimeOptions) {
    this.payer = options.payer ?? Keypair.generate();
    for (const program of options.programs) {
      try {
        this.svm.addProgram(address(program.programId.toBase58()), program.so);
      } catch (cause) {
        // litesvm throws the loader's own reason (bankrun hides it), so keep it in the message.
        const label = program.name ?? program.programId.toBase58();
        throw new Error(`litesvm rejected program ${label}: ${(cause as Error).message}`, { cause });
      }
    }
    this.store(this.payer.publicKey, { lamports: PAYER_LAMPORTS, data: new Uint8Array(), owner: SystemProgram.programId });
    for (const account of options.accounts ?? []) this.store(account.address, account.state);
  }

  async send(ixs: TransactionInstruction[], signers: Signer[] = []): Promise<TxResult> {
    const tx = new Transaction();
    tx.feePayer = this.payer.publicKey;
    tx.recentBlockhash = this.svm.latestBlockhash();
    tx.add(...ixs);
    tx.partialSign(this.payer, ...signers);
    if (tx.signatures.some(({ signature }) => signature === null)) return signatureFailure();
    // LiteSVM verifies the signatures itself; web3.js's own check in JavaScript would double the cost of a send.
    const outcome = this.svm.sendTransaction(this.decoder.decode(tx.serialize({ verifySignatures: false })));
    // A new blockhash gives the next identical transaction a new signature, so it is not a duplicate.
    this.svm.expireBlockhash();
    const failed = outcome instanceof FailedTransactionMetadata;
    const meta = failed ? outcome.meta() : outcome;
    const logs = meta.logs();
    const returned = meta.returnData();
    return {
      ok: !failed,
      error: failed ? litesvmTxError(outcome.err()) : null,
      logs,
      // After a VM fault litesvm's meta reports the whole budget; the log line has the real count.
      computeUnits: computeUnitsFromLogs(logs) ?? Number(meta.computeUnitsConsumed()),
      returnData:
        returned.data().length > 0
          ? { programId: new PublicKey(returned.programId()), data: Uint8Array.from(returned.data()) }
          : null,
    };
  }

  async getAccount(key: PublicKey): Promise<AccountState | null> {
    const account = this.svm.getAccount(address(key.toBase58()));
    if (!account.exists || account.lamports === 0n) return null;
    return {
      lamports: account.lamports,
      data: Uint8Array.from(account.data),
      owner: new PublicKey(account.programAddress),
      executable: account.executable,
    };
  }

  async setAccount(key: PublicKey, state: AccountState): Promise<void> {
    this.store(key, state);
  }

  async airdrop(key: PublicKey, amount: bigint): Promise<void> {
    this.store(key, airdropped(await this.getAccount(key), amount));
  }

  async getClock(): Promise<ClockState> {
    return clockState(this.svm.getClock());
  }

  async setClock(clock: ClockState): Promise<void> {
    this.svm.setClock(
      new Clock(clock.slot, clock.epochStartTimestamp, clock.epoch, clock.leaderScheduleEpoch, clock.unixTimestamp),
    );
  }

  async minimumBalance(dataLen: number): Promise<bigint> {
    return this.svm.minimumBalanceForRentExemption(BigInt(dataLen));
  }

  async advanceSlot(): Promise<void> {
    this.svm.warpToSlot(this.svm.getClock().slot + 1n);
  }

  private store(key: PublicKey, state: AccountState): void {
    this.svm.setAccount({
      address: address(key.toBase58()),
      lamports: lamports(state.lamports),
      data: state.data,
      programAddress: address(state.owner.toBase58()),
      executable: state.executable ?? false,
      space: BigInt(state.data.length),
    });
  }
}

export async function createLitesvmRuntime(options: RuntimeOptions): Promise<Runtime> {
  return new LitesvmRuntime(options);
}
