// The Runtime contract over solana-bankrun 0.4.0 (Solana 1.18 program-test, in-process).
// In: programs and accounts at creation, web3.js v1 instructions per send. Out: normalized TxResults.
// The binaries go through a private temp dir laid out as an Anchor workspace (Anchor.toml, target/deploy/<id>.so),
// started with startAnchor and no JS-held arguments: see startWithPrograms.

import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Message, PublicKey, SystemProgram, Transaction, VersionedTransaction } from '@solana/web3.js';
import type { Keypair, Signer, TransactionInstruction } from '@solana/web3.js';
import { Clock, startAnchor } from 'solana-bankrun';
import type { BanksClient, ProgramTestContext } from 'solana-bankrun';
import { bankrunTxError, computeUnitsFromLogs, signatureFailure } from './errors.js';
import { airdropped, clockState, PAYER_LAMPORTS } from './types.js';
import type { AccountState, ClockState, Runtime, RuntimeOptions, TxResult } from './types.js';

class BankrunRuntime implements Runtime {
  readonly kind = 'bankrun';
  readonly payer: Keypair;
  private readonly client: BanksClient;
  private readonly sentSignatures = new Set<string>();
  private uniqueKeysUsed = 0;
  /** Sends run one at a time: bankrun batches concurrent transactions, and two writing the payer then fail with AccountInUse. */
  private sendQueue: Promise<unknown> = Promise.resolve();

  constructor(private readonly context: ProgramTestContext) {
    this.payer = context.payer;
    this.client = context.banksClient;
  }

  send(ixs: TransactionInstruction[], signers: Signer[] = []): Promise<TxResult> {
    const result = this.sendQueue.then(() => this.sendNow(ixs, signers));
    this.sendQueue = result.catch(() => undefined);
    return result;
  }

  private async sendNow(ixs: TransactionInstruction[], signers: Signer[]): Promise<TxResult> {
    const latest = await this.client.getLatestBlockhash();
    if (!latest) throw new Error('internal: bankrun returned no blockhash');
    const tx = new Transaction();
    tx.feePayer = this.payer.publicKey;
    tx.recentBlockhash = latest[0];
    tx.add(...ixs);
    tx.partialSign(this.payer, ...signers);
    // bankrun skips signature verification; report what a validator (and litesvm) would.
    if (tx.signatures.some(({ signature }) => signature === null)) return signatureFailure();
    const outcome = await this.client.tryProcessTransaction(this.uniquelySigned(tx.compileMessage(), [this.payer, ...signers]));
    const meta = outcome.meta;
    const logs = meta?.logMessages ?? [];
    const returned = meta?.returnData;
    return {
      ok: outcome.result === null,
      error: outcome.result === null ? null : bankrunTxError(outcome.result),
      logs,
      computeUnits: computeUnitsFromLogs(logs) ?? Number(meta?.computeUnitsConsumed ?? 0n),
      returnData:
        returned && returned.data.length > 0
          ? { programId: returned.programId, data: Uint8Array.from(returned.data) }
          : null,
    };
  }

  /**
   * bankrun's latest blockhash only moves with wall-clock ticks (and warping slots can hang it), so an
   * identical transaction sent soon after, or concurrently, would be rejected as AlreadyProcessed. Such a
   * repeat gets one more read-only account key that no instruction uses: a new signature, with unchanged
   * program input, logs and compute units.
   */
  private uniquelySigned(message: Message, signers: Signer[]): VersionedTransaction {
    for (;;) {
      const tx = new VersionedTransaction(message);
      tx.sign(signers);
      const signature = Buffer.from(tx.signatures[0]!).toString('hex');
      if (!this.sentSignatures.has(signature)) {
        this.sentSignatures.add(signature);
        return tx;
      }
      message = withUnusedKey(message, uniqueKey(this.uniqueKeysUsed++));
    }
  }

  async getAccount(key: PublicKey): Promise<AccountState | null> {
    const account = await this.client.getAccount(key);
    if (!account || account.lamports === 0) return null;
    return {
      lamports: BigInt(account.lamports),
      data: Uint8Array.from(account.data),
      owner: account.owner,
      executable: account.executable,
    };
  }

  async setAccount(key: PublicKey, state: AccountState): Promise<void> {
    this.context.setAccount(key, toAccountInfo(state));
  }

  async airdrop(key: PublicKey, amount: bigint): Promise<void> {
    await this.setAccount(key, airdropped(await this.getAccount(key), amount));
  }

  async getClock(): Promise<ClockState> {
    return clockState(await this.client.getClock());
  }

  /** Sets the Clock sysvar only: warping slots hangs bankrun 0.4.0 after an in-test deploy. */
  async setClock(clock: ClockState): Promise<void> {
    this.context.setClock(
      new Clock(clock.slot, clock.epochStartTimestamp, clock.epoch, clock.leaderScheduleEpoch, clock.unixTimestamp),
    );
  }

  async minimumBalance(dataLen: number): Promise<bigint> {
    return (await this.client.getRent()).minimumBalance(BigInt(dataLen));
  }

  async advanceSlot(): Promise<void> {
    this.context.warpToSlot((await this.client.getSlot()) + 1n);
  }
}

/** bankrun's account type carries lamports as a JS number. */
function toAccountInfo(state: AccountState) {
  if (state.lamports > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new Error(`bankrun cannot hold ${state.lamports} lamports in one account (its API limit is 2^53 - 1)`);
  }
  return { lamports: Number(state.lamports), data: Buffer.from(state.data), owner: state.owner, executable: state.executable ?? false };
}

function uniqueKey(index: number): PublicKey {
  return new PublicKey(createHash('sha256').update(`runtime:unique-key:${index}`).digest());
}

/** Read-only unsigned keys come last in a legacy message, so appending one keeps every index valid. */
function withUnusedKey(message: Message, key: PublicKey): Message {
  return new Message({
    header: { ...message.header, numReadonlyUnsignedAccounts: message.header.numReadonlyUnsignedAccounts + 1 },
    accountKeys: [...message.accountKeys, key],
    recentBlockhash: message.recentBlockhash,
    instructions: message.instructions,
  });
}

/** Env vars are process-wide: starts are serialized so each one reads its own program directory. */
let startQueue: Promise<unknown> = Promise.resolve();

export async function createBankrunRuntime(options: RuntimeOptions): Promise<Runtime> {
  const started = startQueue.then(() => startWithPrograms(options));
  startQueue = started.catch(() => undefined);
  return new BankrunRuntime(await started);
}

/**
 * The Runtime contract over a bankrun context started elsewhere (`start`, `startAnchor`), e.g. to deploy a program
 * through the upgradeable loader (src/deploy/in-process.ts) into the context an Anchor BankrunProvider uses.
 */
export function bankrunRuntime(context: ProgramTestContext): Runtime {
  return new BankrunRuntime(context);
}

/**
 * solana-bankrun 0.4.0's start/startAnchor read their program names (`&str`) and genesis accounts (`&Account`)
 * on a tokio thread after the call has returned, from JS-owned objects that nothing keeps alive: a garbage
 * collection in between frees them, and genesis gets a garbage name ("Program file data not available for
 * <bytes>", a panic that leaves the start hanging) or a garbage account (a SIGSEGV, an abort allocating
 * terabytes, or a wrong balance). So the only argument is the path, an owned string: startAnchor reads the
 * program ids from the Anchor.toml written here, and the accounts are set once it has started, by setAccount,
 * which copies its account during the call.
 */
async function startWithPrograms(options: RuntimeOptions): Promise<ProgramTestContext> {
  const dir = await mkdtemp(join(tmpdir(), 'bankrun-programs-'));
  const deployDir = join(dir, 'target/deploy');
  const saved = { BPF_OUT_DIR: process.env.BPF_OUT_DIR, SBF_OUT_DIR: process.env.SBF_OUT_DIR, RUST_LOG: process.env.RUST_LOG };
  try {
    await mkdir(deployDir, { recursive: true });
    // Keyed by program id, a safe, unique file name and TOML key (`program.name` may be neither); a program
    // given twice is loaded once, its last binary.
    const programs = new Map(options.programs.map((program) => [program.programId.toBase58(), program.so]));
    for (const [id, so] of programs) await writeFile(join(deployDir, `${id}.so`), so);
    await writeFile(join(dir, 'Anchor.toml'), `[programs.localnet]\n${[...programs.keys()].map((id) => `${id} = "${id}"`).join('\n')}\n`);
    // program-test reads BPF_OUT_DIR before SBF_OUT_DIR (the one startAnchor sets); set both so neither points elsewhere.
    process.env.BPF_OUT_DIR = deployDir;
    process.env.SBF_OUT_DIR = deployDir;
    // program-test otherwise echoes every program log line to stderr; an explicit RUST_LOG still wins.
    process.env.RUST_LOG = saved.RUST_LOG ?? 'error';
    const accounts = (options.accounts ?? []).map(({ address, state }) => ({ address, info: toAccountInfo(state) }));
    const context = await startAnchor(dir, [], []);
    for (const { address, info } of accounts) context.setAccount(address, info);
    context.setAccount(context.payer.publicKey, toAccountInfo({
      lamports: PAYER_LAMPORTS,
      data: new Uint8Array(),
      owner: SystemProgram.programId,
    }));
    return context;
  } finally {
    restoreEnv('BPF_OUT_DIR', saved.BPF_OUT_DIR);
    restoreEnv('SBF_OUT_DIR', saved.SBF_OUT_DIR);
    restoreEnv('RUST_LOG', saved.RUST_LOG);
    // startAnchor has read every binary into its genesis accounts by the time it resolves.
    await rm(dir, { recursive: true, force: true });
  }
}

function restoreEnv(name: string, value: string | undefined): void {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}
