// The `native` test runtime: every call goes to the programs' Anchor Rust built natively AND to their
// `.so` on litesvm, and every result is compared before the test sees it. In: the programs (their Anchor
// workspaces come from compileTestProgram when not given). Out: a Runtime returning litesvm's results;
// any difference between the backends throws, naming the step and what differed.
// Compared after each send: success, the error, the log (see comparableLogs: the Anchor error line,
// events and every line the tested programs print), return data, and the lamports, owner
// and bytes of the payer and of every account the transaction names except programs (a native program
// is a builtin: its account holds a name, not an ELF). Compute units are not compared.
// A program deployed through the upgradeable loader (deployUpgradeable) is deployed on litesvm; the native
// side runs it as a builtin from the start and gets what the deployment left: the ProgramData account
// (its upgrade authority) and the payer's balance.

import { Keypair, PublicKey, SystemProgram, type Signer, type TransactionInstruction } from '@solana/web3.js';
import { expect } from 'vitest';
import { deployToRuntime } from '../../src/deploy/in-process.js';
import { createRuntime as createSrcRuntime } from '../../src/runtime/index.js';
import type { AccountState, ClockState, ProgramBinary, Runtime, RuntimeKind, RuntimeOptions, TxResult } from '../../src/runtime/index.js';
import { anchorWorkspaceOf } from './compiled.js';

/**
 * The log as both backends must print it: every invoke / success / failed line, and the lines the tested
 * programs print themselves (not what the System or token programs print inside their own frames: the
 * runtimes ship different versions of those), with no compute-unit counts and no source line numbers.
 */
export function comparableLogs(logs: readonly string[], tested: ReadonlySet<string>): string[] {
  const frames: string[] = [];
  const kept: string[] = [];
  for (const line of logs) {
    if (/^Program \S+ consumed \d+ of \d+ compute units$/.test(line)) continue;
    const invoke = /^Program (\S+) invoke \[\d+\]$/.exec(line);
    const end = /^Program (\S+) (success$|failed: )/.exec(line);
    if (invoke) frames.push(invoke[1]!);
    if (invoke || end || tested.has(frames.at(-1) ?? '')) {
      kept.push(line.replace(/^(Program log: AnchorError thrown in \S+?):\d+\./, '$1:<line>.'));
    }
    if (end) frames.pop();
  }
  return kept;
}

function comparable(result: TxResult, tested: ReadonlySet<string>) {
  return {
    ok: result.ok,
    error: result.error,
    logs: comparableLogs(result.logs, tested),
    returnData: result.returnData && { programId: result.returnData.programId.toBase58(), data: Buffer.from(result.returnData.data).toString('hex') },
  };
}

const SYSVAR_OWNER = 'Sysvar1111111111111111111111111111111111111';

/**
 * What is compared of an account. A sysvar's lamports are each runtime's genesis (LiteSVM gives the Clock 1
 * lamport, solana-program-test a rent-exempt balance), not anything a program did: its owner and data are
 * compared, its lamports are not.
 */
function accountView(state: AccountState | null) {
  if (state === null) return null;
  const owner = state.owner.toBase58();
  const data = Buffer.from(state.data).toString('hex');
  return owner === SYSVAR_OWNER ? { owner, data } : { lamports: state.lamports, owner, data };
}

const UPGRADEABLE_LOADER = new PublicKey('BPFLoaderUpgradeab1e11111111111111111111111');

export class DifferentialRuntime implements Runtime {
  readonly kind: RuntimeKind = 'native';
  private step = 0;

  constructor(
    readonly payer: Keypair,
    private readonly native: Runtime,
    private readonly reference: Runtime,
    /** The ids of the programs under test, base58. */
    private readonly tested: ReadonlySet<string>,
  ) {}

  async send(ixs: TransactionInstruction[], signers: Signer[] = []): Promise<TxResult> {
    this.step += 1;
    const expected = await this.reference.send(ixs, signers);
    const actual = await this.native.send(ixs, signers);
    const where = `step ${this.step} (${ixs.length} instruction(s))`;
    expect(comparable(actual, this.tested), `native vs .so results differ at ${where}`).toEqual(comparable(expected, this.tested));
    const keys = new Map<string, PublicKey>([[this.payer.publicKey.toBase58(), this.payer.publicKey]]);
    for (const ix of ixs) for (const { pubkey } of ix.keys) keys.set(pubkey.toBase58(), pubkey);
    for (const [name, key] of keys) {
      const [mine, theirs] = await Promise.all([this.native.getAccount(key), this.reference.getAccount(key)]);
      if (mine?.executable || theirs?.executable) continue;
      expect(accountView(mine), `native vs .so account ${name} differs after ${where}`).toEqual(accountView(theirs));
    }
    return expected;
  }

  async getAccount(address: PublicKey): Promise<AccountState | null> {
    const [mine, theirs] = await Promise.all([this.native.getAccount(address), this.reference.getAccount(address)]);
    if (!mine?.executable && !theirs?.executable) expect(accountView(mine), `native vs .so account ${address.toBase58()} differs`).toEqual(accountView(theirs));
    return theirs;
  }

  async setAccount(address: PublicKey, state: AccountState): Promise<void> {
    await Promise.all([this.native.setAccount(address, state), this.reference.setAccount(address, state)]);
  }

  async airdrop(address: PublicKey, lamports: bigint): Promise<void> {
    await Promise.all([this.native.airdrop(address, lamports), this.reference.airdrop(address, lamports)]);
  }

  getClock(): Promise<ClockState> {
    return this.reference.getClock();
  }

  async setClock(clock: ClockState): Promise<void> {
    await Promise.all([this.native.setClock(clock), this.reference.setClock(clock)]);
  }

  async minimumBalance(dataLen: number): Promise<bigint> {
    const [mine, theirs] = await Promise.all([this.native.minimumBalance(dataLen), this.reference.minimumBalance(dataLen)]);
    expect(mine, 'native vs .so rent').toBe(theirs);
    return theirs;
  }

  /** The upgradeable loader's deployment on litesvm; its ProgramData, the payer and the clock copied to native. */
  async deployUpgradeable(so: Uint8Array, programKeypair: Signer): Promise<void> {
    await deployToRuntime(this.reference, so, programKeypair);
    const programData = PublicKey.findProgramAddressSync([programKeypair.publicKey.toBuffer()], UPGRADEABLE_LOADER)[0];
    for (const key of [programData, this.payer.publicKey]) {
      const state = await this.reference.getAccount(key);
      if (!state) throw new Error(`internal: no account ${key.toBase58()} after deploying ${programKeypair.publicKey.toBase58()}`);
      await this.native.setAccount(key, state);
    }
    await this.native.setClock(await this.reference.getClock());
  }

  async advanceSlot(): Promise<void> {
    await Promise.all([this.native.advanceSlot(), this.reference.advanceSlot()]);
    await this.native.setClock(await this.reference.getClock());
  }
}

/**
 * litesvm and native with the same payer and the same clock, compared on every call. `upgradeable`: the
 * programs deployUpgradeable deploys later (native only, until then).
 */
export async function createDifferentialRuntime(options: RuntimeOptions, upgradeable: ProgramBinary[] = []): Promise<Runtime> {
  const payer = options.payer ?? Keypair.generate();
  const withWorkspace = (program: ProgramBinary) => ({ ...program, anchorWorkspace: program.anchorWorkspace ?? anchorWorkspaceOf(program.so) });
  const programs = options.programs.map(withWorkspace);
  const reference = await createSrcRuntime('litesvm', { ...options, programs, payer });
  const native = await createSrcRuntime('native', { ...options, programs: [...programs, ...upgradeable.map(withWorkspace)], payer });
  // Both start from litesvm's clock, so a program that reads it sees the same values on both.
  await native.setClock(await reference.getClock());
  // solana-program-test's genesis holds the wrapped-SOL mint, litesvm's does not: start without it on both.
  const nativeMint = new PublicKey('So11111111111111111111111111111111111111112');
  if (!(await reference.getAccount(nativeMint))) {
    await native.setAccount(nativeMint, { lamports: 0n, data: new Uint8Array(), owner: SystemProgram.programId });
  }
  return new DifferentialRuntime(payer, native, reference, new Set(programs.map((p) => p.programId.toBase58())));
}
