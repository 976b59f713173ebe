// The chain behind the in-process validator: a bank holding the programs (bank.ts: LiteSVM running their
// .so, or the native host running their Anchor Rust), plus what a validator adds around its bank — slots and block heights, a recent-blockhash window, the wallet and
// faucet funded as solana-test-validator funds them, and the history of landed transactions.
// In: the bank, the wallet to fund, signed transactions. Out: landed transactions (or why one was
// dropped before landing), simulations, accounts; and events for the PubSub side.
//
// A transaction lands in the current slot and closes it: the next one sees a new slot and blockhash, so
// repeating an instruction never collides with the first as AlreadyProcessed. Slots also advance with
// time (400 ms, a validator's slot time) unless the caller turns the clock off. Failures before
// execution (bad signature, unknown blockhash, fee payer problems) are dropped, as a validator drops
// them: no fee, no history. Everything landed is final at once (there are no forks). What changes the
// bank (transactions, simulations, slots) runs one at a time, in the order asked.
import { EventEmitter } from 'node:events';
import { Keypair, PublicKey, SystemProgram, Transaction, VersionedTransaction } from '@solana/web3.js';
import { getBase58Decoder } from '@solana/kit';
import { knownMints } from './account-encoding.js';
import type { AccountRecord, Bank, ExecutionResult, Simulation } from './bank.js';
import { transactionFee } from './fees.js';
import type { MintState } from './token.js';
import { transactionFailure, type TxFailure } from './tx-error.js';

export type { AccountRecord, ExecutionResult, InnerInstructionRecord, Simulation } from './bank.js';

/** What solana-test-validator gives its mint (the wallet `anchor test` passes as --mint) and its faucet. */
export const WALLET_LAMPORTS = 500_000_000_000_000_000n;
export const FAUCET_LAMPORTS = 1_000_000_000_000_000n;
/** A blockhash is usable for this many blocks after the one that made it (MAX_PROCESSING_AGE). */
export const BLOCKHASH_VALIDITY = 150n;
export const SLOTS_PER_EPOCH = 432_000n;
const SLOT_MS = 400;
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
  /** The mints of the token accounts among them, for token balances and jsonParsed notifications. */
  mints: ReadonlyMap<string, MintState>;
}

export type Submission = { landed: LandedTransaction } | { dropped: TxFailure };

export interface LedgerOptions {
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
  private readonly blockhashHeights = new Map<string, bigint>();
  private readonly slotTimes = new Map<bigint, number>();
  private readonly history = new Map<string, LandedTransaction>();
  private readonly order: LandedTransaction[] = [];
  private currentSlot = 0n;
  private currentBlockhash = '';
  private timer: NodeJS.Timeout | null = null;
  /** What changes the bank runs one at a time, so each sees the state the previous one left. */
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(private readonly bank: Bank) {
    super();
  }

  /** A ledger over `bank`: slot 0 opened, the wallet and faucet funded, idle slots ticking. */
  static async start(bank: Bank, options: LedgerOptions): Promise<Ledger> {
    const ledger = new Ledger(bank);
    await ledger.openSlot(0n, true);
    await ledger.fund(options.wallet, WALLET_LAMPORTS);
    await ledger.fund(ledger.faucet.publicKey, FAUCET_LAMPORTS);
    const slotMs = options.slotMs ?? SLOT_MS;
    if (slotMs > 0) {
      let ticking = false;
      ledger.timer = setInterval(() => {
        if (ticking) return;
        ticking = true;
        // A bank that failed answers the next request with its error; the tick itself has no one to tell.
        ledger.advanceSlot().catch(() => undefined).finally(() => (ticking = false));
      }, slotMs).unref();
    }
    return ledger;
  }

  close(): void {
    if (this.timer) clearInterval(this.timer);
    this.bank.close();
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
    const blockhash = this.currentBlockhash;
    return { blockhash, lastValidBlockHeight: (this.blockhashHeights.get(blockhash) ?? this.blockHeight) + BLOCKHASH_VALIDITY };
  }

  isBlockhashValid(blockhash: string): boolean {
    const height = this.blockhashHeights.get(blockhash);
    return height !== undefined && this.blockHeight <= height + BLOCKHASH_VALIDITY;
  }

  /** Closes the current slot: a new slot, blockhash and Clock (wall-clock time, as validators vote it). */
  advanceSlot(): Promise<void> {
    return this.exclusive(() => this.nextSlot());
  }

  getAccount(key: PublicKey | string): Promise<AccountRecord | null> {
    return this.bank.getAccount(typeof key === 'string' ? key : key.toBase58());
  }

  programAccounts(owner: string): Promise<{ pubkey: string; account: AccountRecord }[]> {
    return this.bank.programAccounts(owner);
  }

  minimumBalance(dataLength: number): Promise<bigint> {
    return this.bank.minimumBalance(dataLength);
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
  submit(transaction: VersionedTransaction): Promise<Submission> {
    return this.exclusive(async () => {
      const rejected = this.checkAgeAndStatus(transaction);
      if (rejected) return { dropped: rejected };
      const accountKeys = transaction.message.staticAccountKeys;
      const preAccounts = await Promise.all(accountKeys.map((k) => this.getAccount(k)));
      const wire = transaction.serialize();
      const outcome = await this.bank.execute(transaction);
      if (outcome.err && !landsWhenFailing(outcome.err)) return { dropped: outcome.err };
      const postAccounts = await Promise.all(accountKeys.map((k) => this.getAccount(k)));
      const landed: LandedTransaction = {
        ...outcome,
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
        mints: await knownMints((key) => this.getAccount(key), [...preAccounts, ...postAccounts]),
      };
      this.history.set(landed.signature, landed);
      this.order.push(landed);
      this.emit('landed', landed);
      await this.nextSlot();
      return { landed };
    });
  }

  /**
   * Runs a transaction without committing it. Signatures are checked only when `sigVerify` asks
   * (the RPC's default is not to); the blockhash always is, unless the caller replaced it.
   */
  simulate(transaction: VersionedTransaction, sigVerify: boolean): Promise<Simulation> {
    return this.exclusive(async () => {
      const rejected = this.checkAgeAndStatus(transaction);
      if (rejected) return { err: rejected, logs: [], unitsConsumed: 0n, returnData: null, innerInstructions: [], postAccounts: new Map() };
      return this.bank.simulate(transaction, sigVerify);
    });
  }

  /** The bank's first checks: a recent blockhash, and a signature not seen before (the status cache). */
  private checkAgeAndStatus(transaction: VersionedTransaction): TxFailure | null {
    if (!this.isBlockhashValid(transaction.message.recentBlockhash)) return transactionFailure('BlockhashNotFound');
    if (this.history.has(encodeBase58(transaction.signatures[0]))) return transactionFailure('AlreadyProcessed');
    return null;
  }

  /** What the faucet does for requestAirdrop: a transfer it signs and sends like any client. */
  airdrop(to: PublicKey, lamports: bigint): Promise<Submission> {
    const tx = new Transaction({ feePayer: this.faucet.publicKey, recentBlockhash: this.currentBlockhash })
      .add(SystemProgram.transfer({ fromPubkey: this.faucet.publicKey, toPubkey: to, lamports }));
    tx.sign(this.faucet);
    return this.submit(VersionedTransaction.deserialize(tx.serialize()));
  }

  private fund(key: PublicKey, amount: bigint): Promise<void> {
    return this.bank.setAccount(key.toBase58(), { lamports: amount, data: new Uint8Array(), owner: SystemProgram.programId.toBase58(), executable: false });
  }

  private exclusive<T>(run: () => Promise<T>): Promise<T> {
    const result = this.queue.then(run);
    this.queue = result.catch(() => undefined);
    return result;
  }

  private async nextSlot(): Promise<void> {
    await this.openSlot(this.currentSlot + 1n, false);
    this.emit('slot', this.currentSlot);
  }

  private async openSlot(slot: bigint, first: boolean): Promise<void> {
    const now = Math.floor(Date.now() / 1000);
    const blockhash = await this.bank.openSlot(slot, BigInt(now), first);
    this.currentSlot = slot;
    this.currentBlockhash = blockhash;
    this.slotTimes.set(slot, now);
    this.blockhashHeights.set(blockhash, slot);
  }
}

/**
 * Failures a validator still records in a block (the fee is charged): the instruction ran and failed,
 * or left an account below rent exemption. The rest are rejected before execution and dropped.
 */
function landsWhenFailing(err: TxFailure): boolean {
  return typeof err.json === 'object' && err.json !== null && ('InstructionError' in err.json || 'InsufficientFundsForRent' in err.json);
}

const base58 = getBase58Decoder();

/** A signature (or any bytes) in base58, as the RPC spells signatures and instruction data. */
export const encodeBase58 = (bytes: Uint8Array): string => base58.decode(bytes);
