// The in-process validator's bank for `poseidon test --runtime native`: the programs' Anchor Rust compiled
// for this machine and run as builtins in solana-program-test (src/runtime/native-host.ts builds the host,
// src/runtime/native.ts drives it), so a workspace's anchor-style tests reach what `anchor build` compiles.
// In: the programs' crates (NativeProgram). Out: a Bank (bank.ts).
//
// What the host cannot report, and what stands in for it, as the native runtime does: compute units are
// 0 (the Rust runs as machine code); inner instructions are not listed (BanksClient does not return them
// in every Solana line; the logs still show each CPI's invoke line); a simulation does not say which
// accounts it would leave (BanksClient drops them), so simulateTransaction with `accounts` is refused.
// solana-program-test cannot list accounts by owner, so getProgramAccounts looks through every account
// this bank has been given or a transaction named.
import type { VersionedTransaction } from '@solana/web3.js';
import { nativeHost, type NativeProgram } from '../runtime/native-host.js';
import { HostProcess, type Reply } from '../runtime/native.js';
import type { AccountRecord, Bank, ExecutionResult, Simulation } from './bank.js';
import { SLOTS_PER_EPOCH } from './ledger.js';
import { signaturesVerify } from './sigverify.js';
import { transactionFailure, type TxFailure } from './tx-error.js';

interface HostAccount { lamports: string; data: string; owner: string; executable: boolean }

export class NativeBank implements Bank {
  /** Every address given an account or named by a transaction: where program accounts can be. */
  private readonly known = new Set<string>();

  private constructor(
    private readonly host: HostProcess,
    /** The slot of solana-program-test's bank (it starts past 0); the Clock shows the ledger's. */
    private bankSlot: bigint,
  ) {}

  /** Builds (or finds cached) the host holding `programs` and starts a bank with them. */
  static async start(programs: NativeProgram[]): Promise<NativeBank> {
    const { executable, crates } = await nativeHost(programs);
    const host = new HostProcess(executable);
    try {
      await host.request({ op: 'reset', programs: programs.map((program, i) => ({ crate: crates[i], id: program.programId.toBase58() })) });
      return new NativeBank(host, BigInt((await host.request({ op: 'getClock' })).slot as string));
    } catch (err) {
      host.close();
      throw err;
    }
  }

  async openSlot(slot: bigint, unixTimestamp: bigint, first: boolean): Promise<string> {
    if (!first) {
      this.bankSlot += 1n;
      await this.host.request({ op: 'warpToSlot', slot: this.bankSlot.toString() });
    }
    const epoch = slot / SLOTS_PER_EPOCH;
    await this.host.request({
      op: 'setClock', slot: slot.toString(), epochStartTimestamp: '0', epoch: epoch.toString(), leaderScheduleEpoch: (epoch + 1n).toString(), unixTimestamp: unixTimestamp.toString(),
    });
    return String((await this.host.request({ op: 'blockhash' })).blockhash);
  }

  async getAccount(key: string): Promise<AccountRecord | null> {
    const account = (await this.host.request({ op: 'getAccount', address: key })).account as HostAccount | null;
    if (!account) return null;
    return { lamports: BigInt(account.lamports), data: Uint8Array.from(Buffer.from(account.data, 'base64')), owner: account.owner, executable: account.executable };
  }

  async setAccount(key: string, account: AccountRecord): Promise<void> {
    this.known.add(key);
    await this.host.request({
      op: 'setAccount', address: key, lamports: account.lamports.toString(), data: Buffer.from(account.data).toString('base64'), owner: account.owner, executable: account.executable,
    });
  }

  async programAccounts(owner: string): Promise<{ pubkey: string; account: AccountRecord }[]> {
    const found: { pubkey: string; account: AccountRecord }[] = [];
    for (const pubkey of this.known) {
      const account = await this.getAccount(pubkey);
      if (account?.owner === owner) found.push({ pubkey, account });
    }
    return found;
  }

  async minimumBalance(dataLength: number): Promise<bigint> {
    return BigInt((await this.host.request({ op: 'rent', length: String(dataLength) })).lamports as string);
  }

  async execute(transaction: VersionedTransaction): Promise<ExecutionResult> {
    // The bank behind BanksClient takes the signatures as given; a validator's sigverify stage checks them first.
    if (!signaturesVerify(transaction)) return notExecuted(transactionFailure('SignatureFailure'));
    for (const key of transaction.message.staticAccountKeys) this.known.add(key.toBase58());
    return executionOf(await this.host.request({ op: 'send', tx: Buffer.from(transaction.serialize()).toString('base64') }));
  }

  async simulate(transaction: VersionedTransaction, sigVerify: boolean): Promise<Simulation> {
    if (sigVerify && !signaturesVerify(transaction)) return { ...notExecuted(transactionFailure('SignatureFailure')), postAccounts: null };
    return { ...executionOf(await this.host.request({ op: 'simulate', tx: Buffer.from(transaction.serialize()).toString('base64') })), postAccounts: null };
  }

  close(): void {
    this.host.close();
  }
}

/** A send or simulate reply: the error as the RPC spells it (serde JSON and Display, from the host), logs, return data. */
function executionOf(reply: Reply): ExecutionResult {
  const returned = reply.returnData as { programId: string; data: string } | null;
  return {
    err: (reply.failure as TxFailure | null) ?? null,
    logs: reply.logs as string[],
    unitsConsumed: 0n,
    returnData: returned && { programId: returned.programId, data: Uint8Array.from(Buffer.from(returned.data, 'base64')) },
    innerInstructions: [],
  };
}

function notExecuted(err: TxFailure): ExecutionResult {
  return { err, logs: [], unitsConsumed: 0n, returnData: null, innerInstructions: [] };
}
