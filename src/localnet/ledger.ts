// The chain behind the in-process validator: a LiteSVM bank holding the programs, plus what a
// validator adds around its bank — slots and block heights, a recent-blockhash window, the wallet and
// faucet funded as solana-test-validator funds them, and the history of landed transactions.
// In: programs, the wallet to fund, signed transactions. Out: landed transactions (or why one was
// dropped before landing), simulations, accounts; and events for the PubSub side.
//
// A transaction lands in the current slot and closes it: the next one sees a new slot and blockhash, so
// repeating an instruction never collides with the first as AlreadyProcessed. Slots also advance with
// time (400 ms, a validator's slot time) unless the caller turns the clock off. Failures before
// execution (bad signature, unknown blockhash, fee payer problems) are dropped, as a validator drops
// them: no fee, no history. Everything landed is final at once (there are no forks).
import { EventEmitter } from 'node:events';
import { Keypair, PublicKey, SystemProgram, Transaction, VersionedTransaction } from '@solana/web3.js';
import { address, getBase58Decoder, getTransactionDecoder, lamports as kitLamports } from '@solana/kit';
import { Clock, EpochSchedule, FailedTransactionMetadata, LiteSVM, type TransactionMetadata } from 'litesvm';
import { transactionFee } from './fees.js';
import { litesvmFailure, transactionFailure, type TxFailure } from './tx-error.js';

/** What solana-test-validator gives its mint (the wallet `anchor test` passes as --mint) and its faucet. */
export const WALLET_LAMPORTS = 500_000_000_000_000_000n;
export const FAUCET_LAMPORTS = 1_000_000_000_000_000n;
/** A blockhash is usable for this many blocks after the one that made it (MAX_PROCESSING_AGE). */
export const BLOCKHASH_VALIDITY = 150n;
export const SLOTS_PER_EPOCH = 432_000n;
const SLOT_MS = 400;
/** An instruction a top-level one invoked (a CPI), with its stack height, as LiteSVM reports it. */
export interface InnerInstructionRecord { programIdIndex: number; accounts: number[]; data: Uint8Array; stackHeight: number }

export interface ExecutionResult {
  err: TxFailure | null;
  logs: string[];
  unitsConsumed: bigint;
  returnData: { programId: string; data: Uint8Array } | null;
  innerInstructions: InnerInstructionRecord[][];
}

export interface LandedTransaction extends ExecutionResult {
  signature: string;
  slot: bigint;
  blockTime: number;
  transaction: VersionedTransaction;
  wire: Uint8Array;
  accountKeys: PublicKey[];
  fee: bigint;
  preBalances: bigint[];
  postBalances: bigint[];
  /** Account data of the keys before and after, for token balances and account notifications. */
  preAccounts: (AccountRecord | null)[];
  postAccounts: (AccountRecord | null)[];
}

export interface AccountRecord {
  lamports: bigint;
  data: Uint8Array;
  owner: string;
  executable: boolean;
}

export type Submission = { landed: LandedTransaction } | { dropped: TxFailure };

export interface LedgerOptions {
  programs: { programId: PublicKey; so: Uint8Array; name?: string }[];
  /** Funded with WALLET_LAMPORTS, as the validator funds its mint. */
  wallet: PublicKey;
  /** Milliseconds per slot when idle; 0 keeps the slot still between transactions (deterministic tests). */
  slotMs?: number;
}

export class Ledger extends EventEmitter<{ landed: [LandedTransaction]; slot: [bigint] }> {
  readonly faucet = Keypair.generate();
  readonly genesisHash = Keypair.generate().publicKey.toBase58();
  /** The validator's identity (its slot leader). */
  readonly identity = Keypair.generate().publicKey.toBase58();
  private readonly svm = new LiteSVM();
  private readonly decoder = getTransactionDecoder();
  private readonly blockhashHeights = new Map<string, bigint>();
  private readonly slotTimes = new Map<bigint, number>();
  private readonly history = new Map<string, LandedTransaction>();
  private readonly order: LandedTransaction[] = [];
  private currentSlot = 0n;
  private readonly timer: NodeJS.Timeout | null;

  constructor(options: LedgerOptions) {
    super();
    // The ledger checks blockhashes itself (a window of recent ones, as a validator does); LiteSVM only
    // knows its latest.
    this.svm.withBlockhashCheck(false);
    this.svm.setEpochSchedule(new EpochSchedule(SLOTS_PER_EPOCH, SLOTS_PER_EPOCH, false, 0n, 0n));
    this.startSlot(0n);
    for (const program of options.programs) {
      try {
        this.svm.addProgram(address(program.programId.toBase58()), program.so);
      } catch (cause) {
        throw new Error(`the in-process validator rejected program ${program.name ?? program.programId.toBase58()}: ${(cause as Error).message}`, { cause });
      }
    }
    this.fund(options.wallet, WALLET_LAMPORTS);
    this.fund(this.faucet.publicKey, FAUCET_LAMPORTS);
    const slotMs = options.slotMs ?? SLOT_MS;
    this.timer = slotMs > 0 ? setInterval(() => this.advanceSlot(), slotMs).unref() : null;
  }

  close(): void {
    if (this.timer) clearInterval(this.timer);
  }

  get slot(): bigint {
    return this.currentSlot;
  }

  /** Block height equals the slot: a single validator skips no slot. */
  get blockHeight(): bigint {
    return this.currentSlot;
  }

  get transactionCount(): bigint {
    return BigInt(this.order.length);
  }

  latestBlockhash(): { blockhash: string; lastValidBlockHeight: bigint } {
    const blockhash = this.svm.latestBlockhash();
    return { blockhash, lastValidBlockHeight: (this.blockhashHeights.get(blockhash) ?? this.blockHeight) + BLOCKHASH_VALIDITY };
  }

  isBlockhashValid(blockhash: string): boolean {
    const height = this.blockhashHeights.get(blockhash);
    return height !== undefined && this.blockHeight <= height + BLOCKHASH_VALIDITY;
  }

  /** Closes the current slot: a new slot, blockhash and Clock (wall-clock time, as validators vote it). */
  advanceSlot(): void {
    this.svm.expireBlockhash();
    this.startSlot(this.currentSlot + 1n);
    this.emit('slot', this.currentSlot);
  }

  getAccount(key: PublicKey | string): AccountRecord | null {
    const account = this.svm.getAccount(address(typeof key === 'string' ? key : key.toBase58()));
    if (!account.exists || account.lamports === 0n) return null;
    return { lamports: account.lamports, data: Uint8Array.from(account.data), owner: account.programAddress, executable: account.executable };
  }

  programAccounts(owner: string): { pubkey: string; account: AccountRecord }[] {
    return this.svm.getProgramAccounts(address(owner))
      .filter((a) => a.lamports > 0n)
      .map((a) => ({ pubkey: a.address, account: { lamports: a.lamports, data: Uint8Array.from(a.data), owner: a.programAddress, executable: a.executable } }));
  }

  minimumBalance(dataLength: number): bigint {
    return this.svm.minimumBalanceForRentExemption(BigInt(dataLength));
  }

  /** The Unix time of a slot this ledger has made, or null. */
  blockTime(slot: bigint): number | null {
    return this.slotTimes.get(slot) ?? null;
  }

  transaction(signature: string): LandedTransaction | undefined {
    return this.history.get(signature);
  }

  /** Landed transactions that mention `key`, newest first. */
  transactionsOf(key: string): LandedTransaction[] {
    return this.order.filter((tx) => tx.accountKeys.some((k) => k.toBase58() === key)).reverse();
  }

  /** Executes a signed transaction; it lands in this slot unless it fails before execution. */
  submit(transaction: VersionedTransaction): Submission {
    const rejected = this.checkAgeAndStatus(transaction);
    if (rejected) return { dropped: rejected };
    const accountKeys = transaction.message.staticAccountKeys;
    const preAccounts = accountKeys.map((k) => this.getAccount(k));
    const wire = transaction.serialize();
    const outcome = this.svm.sendTransaction(this.decoder.decode(wire));
    const failed = outcome instanceof FailedTransactionMetadata;
    const err = failed ? litesvmFailure(outcome.err()) : null;
    if (err && !landsWhenFailing(err)) return { dropped: err };
    const postAccounts = accountKeys.map((k) => this.getAccount(k));
    const landed: LandedTransaction = {
      ...executionResult(failed ? outcome.meta() : outcome, err),
      signature: encodeBase58(transaction.signatures[0]),
      slot: this.currentSlot,
      blockTime: this.slotTimes.get(this.currentSlot) ?? 0,
      transaction,
      wire,
      accountKeys,
      fee: transactionFee(transaction.message),
      preBalances: preAccounts.map((a) => a?.lamports ?? 0n),
      postBalances: postAccounts.map((a) => a?.lamports ?? 0n),
      preAccounts,
      postAccounts,
    };
    this.history.set(landed.signature, landed);
    this.order.push(landed);
    this.emit('landed', landed);
    this.advanceSlot();
    return { landed };
  }

  /**
   * Runs a transaction without committing it. Signatures are checked only when `sigVerify` asks
   * (the RPC's default is not to); the blockhash always is, unless the caller replaced it.
   */
  simulate(transaction: VersionedTransaction, sigVerify: boolean): ExecutionResult & { postAccounts: Map<string, AccountRecord> } {
    const rejected = this.checkAgeAndStatus(transaction);
    if (rejected) return { err: rejected, logs: [], unitsConsumed: 0n, returnData: null, innerInstructions: [], postAccounts: new Map() };
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

  /** The bank's first checks: a recent blockhash, and a signature not seen before (the status cache). */
  private checkAgeAndStatus(transaction: VersionedTransaction): TxFailure | null {
    if (!this.isBlockhashValid(transaction.message.recentBlockhash)) return transactionFailure('BlockhashNotFound');
    if (this.history.has(encodeBase58(transaction.signatures[0]))) return transactionFailure('AlreadyProcessed');
    return null;
  }

  /** What the faucet does for requestAirdrop: a transfer it signs and sends like any client. */
  airdrop(to: PublicKey, lamports: bigint): Submission {
    const tx = new Transaction({ feePayer: this.faucet.publicKey, recentBlockhash: this.svm.latestBlockhash() })
      .add(SystemProgram.transfer({ fromPubkey: this.faucet.publicKey, toPubkey: to, lamports }));
    tx.sign(this.faucet);
    return this.submit(VersionedTransaction.deserialize(tx.serialize()));
  }

  private fund(key: PublicKey, amount: bigint): void {
    this.svm.setAccount({
      address: address(key.toBase58()),
      lamports: kitLamports(amount),
      data: new Uint8Array(),
      programAddress: address(SystemProgram.programId.toBase58()),
      executable: false,
      space: 0n,
    });
  }

  private startSlot(slot: bigint): void {
    const now = Math.floor(Date.now() / 1000);
    this.currentSlot = slot;
    this.slotTimes.set(slot, now);
    this.svm.setClock(new Clock(slot, 0n, slot / SLOTS_PER_EPOCH, slot / SLOTS_PER_EPOCH + 1n, BigInt(now)));
    this.blockhashHeights.set(this.svm.latestBlockhash(), slot);
  }
}

/**
 * Failures a validator still records in a block (the fee is charged): the instruction ran and failed,
 * or left an account below rent exemption. The rest are rejected before execution and dropped.
 */
function landsWhenFailing(err: TxFailure): boolean {
  return typeof err.json === 'object' && err.json !== null && ('InstructionError' in err.json || 'InsufficientFundsForRent' in err.json);
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

const base58 = getBase58Decoder();

/** A signature (or any bytes) in base58, as the RPC spells signatures and instruction data. */
export const encodeBase58 = (bytes: Uint8Array): string => base58.decode(bytes);
