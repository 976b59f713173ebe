// The Runtime contract over the programs' Anchor Rust, compiled for this machine and run as builtins in
// the solana-program-test of their Anchor release's Solana line (native-host.ts builds the host;
// native-host/main.rs is its protocol).
// In: programs with their emitted Anchor workspace, web3.js v1 instructions per send. Out: normalized
// TxResults, the same shape as litesvm's and bankrun's. One host process per host executable and test
// process, reset to a new bank for each runtime. Compute units mean nothing natively: they are 0.

import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createInterface } from 'node:readline';
import { Keypair, PublicKey, SystemProgram, Transaction } from '@solana/web3.js';
import type { Signer, TransactionInstruction } from '@solana/web3.js';
import { signatureFailure } from './errors.js';
import { nativeHost, type NativeProgram } from './native-host.js';
import { airdropped, PAYER_LAMPORTS } from './types.js';
import type { AccountState, ClockState, Runtime, RuntimeOptions, TxError, TxResult } from './types.js';

export type Reply = Record<string, unknown>;

/** One running host: JSON lines in, JSON lines out, one command at a time. */
export class HostProcess {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly replies: ((reply: Reply) => void)[] = [];
  private queue: Promise<unknown> = Promise.resolve();
  private stderr = '';
  /** Bumped by each reset: a runtime of an earlier generation no longer has a bank. */
  generation = 0;

  constructor(executable: string) {
    this.child = spawn(executable, [], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stderr.on('data', (chunk: Buffer) => (this.stderr = (this.stderr + chunk.toString()).slice(-4000)));
    createInterface({ input: this.child.stdout }).on('line', (line) => {
      this.replies.shift()?.(JSON.parse(line) as Reply);
      if (this.replies.length === 0) this.idle(true);
    });
    this.child.on('exit', (code) => {
      const failure = { fatal: `the native host exited (${code}): ${this.stderr}` };
      for (const reply of this.replies.splice(0)) reply(failure);
    });
    this.idle(true);
  }

  /**
   * An idle host does not keep Node running (it ends when its stdin closes, so it never outlives the
   * test process); a host with a request in flight does, so an awaited reply always arrives.
   */
  private idle(idle: boolean): void {
    if (idle) this.child.unref();
    else this.child.ref();
    for (const stream of [this.child.stdin, this.child.stdout, this.child.stderr]) {
      const handle = stream as unknown as { ref(): void; unref(): void };
      if (idle) handle.unref();
      else handle.ref();
    }
  }

  /** Ends the host (it exits when its stdin closes). */
  close(): void {
    this.child.stdin.end();
  }

  request(command: Reply): Promise<Reply> {
    const result = this.queue.then(
      () =>
        new Promise<Reply>((resolve, reject) => {
          this.replies.push((reply) => (typeof reply.fatal === 'string' ? reject(new Error(`native host: ${reply.fatal}`)) : resolve(reply)));
          this.idle(false);
          this.child.stdin.write(`${JSON.stringify(command)}\n`);
        }),
    );
    this.queue = result.catch(() => undefined);
    return result;
  }
}

const hosts = new Map<string, HostProcess>();

class NativeRuntime implements Runtime {
  readonly kind = 'native';
  readonly payer: Keypair;
  /** Messages sent under the current blockhash: an identical one would be rejected as AlreadyProcessed. */
  private sentUnder = { blockhash: '', messages: new Set<string>() };

  private readonly generation: number;

  constructor(
    private readonly host: HostProcess,
    payer: Keypair | undefined,
  ) {
    this.generation = host.generation;
    this.payer = payer ?? Keypair.generate();
  }

  private request(command: Reply): Promise<Reply> {
    if (this.generation !== this.host.generation) {
      throw new Error('this native runtime was replaced: one native runtime per program set is live at a time');
    }
    return this.host.request(command);
  }

  async send(ixs: TransactionInstruction[], signers: Signer[] = []): Promise<TxResult> {
    let blockhash = String((await this.request({ op: 'blockhash' })).blockhash);
    const build = () => {
      const tx = new Transaction();
      tx.feePayer = this.payer.publicKey;
      tx.recentBlockhash = blockhash;
      tx.add(...ixs);
      tx.partialSign(this.payer, ...signers);
      return tx;
    };
    let tx = build();
    if (tx.signatures.some(({ signature }) => signature === null)) return signatureFailure();
    if (this.sentUnder.blockhash !== blockhash) this.sentUnder = { blockhash, messages: new Set() };
    const message = () => tx.serializeMessage().toString('base64');
    if (this.sentUnder.messages.has(message())) {
      blockhash = String((await this.request({ op: 'newBlockhash' })).blockhash);
      this.sentUnder = { blockhash, messages: new Set() };
      tx = build();
    }
    this.sentUnder.messages.add(message());
    const reply = await this.request({ op: 'send', tx: tx.serialize().toString('base64') });
    const returned = reply.returnData as { programId: string; data: string } | null;
    const error = (reply.error as TxError | null) ?? null;
    return {
      ok: error === null,
      error,
      logs: reply.logs as string[],
      computeUnits: 0,
      returnData: returned ? { programId: new PublicKey(returned.programId), data: Uint8Array.from(Buffer.from(returned.data, 'base64')) } : null,
    };
  }

  async getAccount(key: PublicKey): Promise<AccountState | null> {
    const account = (await this.request({ op: 'getAccount', address: key.toBase58() })).account as
      | { lamports: string; data: string; owner: string; executable: boolean }
      | null;
    if (!account) return null;
    return {
      lamports: BigInt(account.lamports),
      data: Uint8Array.from(Buffer.from(account.data, 'base64')),
      owner: new PublicKey(account.owner),
      executable: account.executable,
    };
  }

  async setAccount(key: PublicKey, state: AccountState): Promise<void> {
    await this.request({
      op: 'setAccount',
      address: key.toBase58(),
      lamports: state.lamports.toString(),
      data: Buffer.from(state.data).toString('base64'),
      owner: state.owner.toBase58(),
      executable: state.executable ?? false,
    });
  }

  async airdrop(key: PublicKey, amount: bigint): Promise<void> {
    await this.setAccount(key, airdropped(await this.getAccount(key), amount));
  }

  async getClock(): Promise<ClockState> {
    const clock = await this.request({ op: 'getClock' });
    return {
      slot: BigInt(clock.slot as string),
      epochStartTimestamp: BigInt(clock.epochStartTimestamp as string),
      epoch: BigInt(clock.epoch as string),
      leaderScheduleEpoch: BigInt(clock.leaderScheduleEpoch as string),
      unixTimestamp: BigInt(clock.unixTimestamp as string),
    };
  }

  async setClock(clock: ClockState): Promise<void> {
    await this.request({
      op: 'setClock',
      slot: clock.slot.toString(),
      epochStartTimestamp: clock.epochStartTimestamp.toString(),
      epoch: clock.epoch.toString(),
      leaderScheduleEpoch: clock.leaderScheduleEpoch.toString(),
      unixTimestamp: clock.unixTimestamp.toString(),
    });
  }

  async minimumBalance(dataLen: number): Promise<bigint> {
    return BigInt((await this.request({ op: 'rent', length: String(dataLen) })).lamports as string);
  }

  async advanceSlot(): Promise<void> {
    await this.request({ op: 'advanceSlot' });
  }
}

export async function createNativeRuntime(options: RuntimeOptions): Promise<Runtime> {
  const programs: NativeProgram[] = options.programs.map((program) => {
    if (!program.anchorWorkspace) {
      throw new Error(`the native runtime needs the Anchor workspace of ${program.name ?? program.programId.toBase58()} (ProgramBinary.anchorWorkspace)`);
    }
    return { programId: program.programId, workspace: program.anchorWorkspace };
  });
  const { executable, crates } = await nativeHost(programs);
  let host = hosts.get(executable);
  if (!host) hosts.set(executable, (host = new HostProcess(executable)));
  const registered = programs.map((program, i) => ({ crate: crates[i], id: program.programId.toBase58() }));
  await host.request({ op: 'reset', programs: registered });
  host.generation += 1;
  const runtime = new NativeRuntime(host, options.payer);
  await runtime.setAccount(runtime.payer.publicKey, { lamports: PAYER_LAMPORTS, data: new Uint8Array(), owner: SystemProgram.programId });
  for (const account of options.accounts ?? []) await runtime.setAccount(account.address, account.state);
  return runtime;
}
