// Deploying a program through the BPF upgradeable loader, as `solana program deploy` does: plan (fresh
// deploy or upgrade, the lamports it needs), then create a buffer, write the ELF into it in chunks, and
// deploy it with DeployWithMaxDataLen (2× the program size) or Upgrade the existing program from it.
// In: a DeployConnection, the ELF, the keys. Out: a plan and a result, or a one-line error; never throws on
// problems with the cluster, the accounts or the funds.

import { Keypair, PublicKey, SystemProgram, type Signer } from '@solana/web3.js';
import { ClusterError, TransactionFailedError, type DeployConnection } from './connection.js';
import {
  BUFFER_HEADER_SIZE,
  LOADER_ID,
  PROGRAM_ACCOUNT_SIZE,
  PROGRAMDATA_HEADER_SIZE,
  closeBuffer,
  decodeLoaderState,
  deployWithMaxDataLen,
  initializeBuffer,
  programDataAddress,
  upgrade,
  write,
  writeChunkSize,
} from './loader.js';
import type { Progress } from './progress.js';
import { sol } from './sol.js';

export interface DeployPlan {
  kind: 'deploy' | 'upgrade';
  programId: PublicKey;
  programData: PublicKey;
  programSize: number;
  /** Program bytes per Write transaction. */
  chunkSize: number;
  writeTransactions: number;
  /** Rent, fees and the wallet's own rent-exempt minimum. */
  requiredLamports: bigint;
}

export type Failure = { ok: false; error: string; logs: readonly string[] };
export type PlanResult = { ok: true; plan: DeployPlan } | Failure;
export type DeployResult = { ok: true; plan: DeployPlan; buffer: PublicKey } | Failure;

export interface DeployRequest {
  so: Uint8Array;
  programId: PublicKey;
  /** Pays, owns the buffer and becomes (or must be) the program's upgrade authority. */
  wallet: Signer;
}

export interface ExecuteOptions {
  /** The program id's keypair: signs the creation of the program account on a first deploy. */
  programKeypair?: Signer;
  /** Shows the buffer writes; given the byte total once the buffer exists. */
  progress?: (totalBytes: number) => Progress;
  /** Write transactions in flight at once. */
  concurrency?: number;
}

/** Reads the program's accounts and the wallet's balance; fails when the deploy cannot succeed. */
export async function planDeployment(connection: DeployConnection, request: DeployRequest): Promise<PlanResult> {
  try {
    return await readPlan(connection, request);
  } catch (err) {
    return failureFrom(err);
  }
}

async function readPlan(connection: DeployConnection, { so, programId, wallet }: DeployRequest): Promise<PlanResult> {
  const programData = programDataAddress(programId);
  const existing = await connection.getAccount(programId);
  const kind = existing ? 'upgrade' : 'deploy';
  if (existing) {
    const problem = await upgradeProblem(connection, programId, existing.owner, existing.data, wallet.publicKey, so.length);
    if (problem) return failure(problem);
  }
  const chunkSize = writeChunkSize(wallet.publicKey);
  const writeTransactions = Math.ceil(so.length / chunkSize);
  const perSignature = await connection.feePerSignature();
  // Signatures: buffer creation (wallet, buffer), the writes, then deploy (wallet, program) or upgrade (wallet).
  const fees = perSignature * BigInt(2 + writeTransactions + (kind === 'deploy' ? 2 : 1));
  // A deploy moves the buffer's lamports back to the wallet before paying for the ProgramData account;
  // an upgrade sends them back afterwards. The wallet itself has to stay rent-exempt throughout.
  const rent = kind === 'deploy'
    ? (await connection.minimumBalance(PROGRAM_ACCOUNT_SIZE)) + (await connection.minimumBalance(PROGRAMDATA_HEADER_SIZE + 2 * so.length))
    : await connection.minimumBalance(BUFFER_HEADER_SIZE + so.length);
  const reserve = await connection.minimumBalance(0);
  const requiredLamports = rent + fees + reserve;
  const balance = await connection.getBalance(wallet.publicKey);
  if (balance < requiredLamports) {
    return failure(`insufficient funds: wallet ${wallet.publicKey.toBase58()} has ${sol(balance)} SOL, but ${kind === 'deploy' ? 'deploying' : 'upgrading'} `
      + `this ${so.length}-byte program needs ${sol(requiredLamports)} SOL (rent ${sol(rent)} + fees ${sol(fees)} + the wallet's rent-exempt minimum ${sol(reserve)})`);
  }
  return { ok: true, plan: { kind, programId, programData, programSize: so.length, chunkSize, writeTransactions, requiredLamports } };
}

/** Why an existing account at the program id cannot be upgraded by `wallet` to `size` bytes; null when it can. */
async function upgradeProblem(
  connection: DeployConnection, programId: PublicKey, owner: PublicKey, data: Uint8Array, wallet: PublicKey, size: number,
): Promise<string | null> {
  const id = programId.toBase58();
  const state = owner.equals(LOADER_ID) ? decodeLoaderState(data) : null;
  if (state?.kind !== 'program') return `account ${id} already exists and is not an upgradeable program (owner ${owner.toBase58()})`;
  const programData = await connection.getAccount(state.programData);
  const dataState = programData && decodeLoaderState(programData.data);
  if (!programData || dataState?.kind !== 'programData') return `program ${id} has been closed; a closed program id cannot be deployed again`;
  if (dataState.authority === null) return `program ${id} is immutable (it has no upgrade authority)`;
  if (!dataState.authority.equals(wallet)) {
    return `program ${id} has upgrade authority ${dataState.authority.toBase58()}, not the wallet ${wallet.toBase58()}`;
  }
  const capacity = programData.data.length - PROGRAMDATA_HEADER_SIZE;
  if (size > capacity) {
    return `the program is ${size} bytes, but program ${id} was deployed with room for ${capacity} bytes; `
      + `make room with \`solana program extend ${id} ${size - capacity}\``;
  }
  return null;
}

/** Creates the buffer, writes the ELF, deploys or upgrades; closes the buffer again when a later step fails. */
export async function executeDeployment(
  connection: DeployConnection, plan: DeployPlan, request: DeployRequest, options: ExecuteOptions = {},
): Promise<DeployResult> {
  const { so, wallet } = request;
  const buffer = Keypair.generate();
  try {
    const bufferSize = BUFFER_HEADER_SIZE + so.length;
    await connection.send([
      SystemProgram.createAccount({
        fromPubkey: wallet.publicKey,
        newAccountPubkey: buffer.publicKey,
        lamports: Number(await connection.minimumBalance(bufferSize)),
        space: bufferSize,
        programId: LOADER_ID,
      }),
      initializeBuffer(buffer.publicKey, wallet.publicKey),
    ], [wallet, buffer]);
  } catch (err) {
    return failureFrom(err, 'creating the buffer account failed');
  }
  try {
    await writeBuffer(connection, plan, so, wallet, buffer.publicKey, options);
    await connection.send(...await finalTransaction(connection, plan, request, buffer.publicKey, options.programKeypair));
  } catch (err) {
    const failed = failureFrom(err, plan.kind === 'deploy' ? 'deploying the program failed' : 'upgrading the program failed');
    return { ...failed, error: `${failed.error}; ${await reclaimBuffer(connection, buffer.publicKey, wallet)}` };
  }
  await connection.advanceSlot?.();
  return { ok: true, plan, buffer: buffer.publicKey };
}

async function writeBuffer(
  connection: DeployConnection, plan: DeployPlan, so: Uint8Array, wallet: Signer, buffer: PublicKey, options: ExecuteOptions,
): Promise<void> {
  const offsets = Array.from({ length: plan.writeTransactions }, (_, i) => i * plan.chunkSize);
  const progress = options.progress?.(so.length);
  let written = 0;
  let next = 0;
  const failures: unknown[] = [];
  // Writes are independent (each names its offset), so a few run at once; each worker takes the next
  // offset, and all stop at the first failure so the buffer can be closed behind them.
  const worker = async () => {
    while (next < offsets.length && failures.length === 0) {
      const offset = offsets[next++]!;
      const chunk = so.subarray(offset, offset + plan.chunkSize);
      try {
        await connection.send([write(buffer, wallet.publicKey, offset, chunk)], [wallet]);
      } catch (error) {
        failures.push(error);
        return;
      }
      written += chunk.length;
      progress?.update(written);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency ?? 1, offsets.length)) }, worker));
  if (failures.length > 0) {
    progress?.finish(`Wrote ${written} of ${so.length} bytes before a write failed`);
    throw failures[0];
  }
  progress?.finish(`Wrote ${so.length} bytes to buffer ${buffer.toBase58()} in ${offsets.length} transactions`);
}

async function finalTransaction(
  connection: DeployConnection, plan: DeployPlan, { so, wallet }: DeployRequest, buffer: PublicKey, programKeypair: Signer | undefined,
): Promise<Parameters<DeployConnection['send']>> {
  if (plan.kind === 'upgrade') {
    return [[upgrade({ program: plan.programId, buffer, spill: wallet.publicKey, authority: wallet.publicKey })], [wallet]];
  }
  if (!programKeypair?.publicKey.equals(plan.programId)) throw new Error('internal: a first deploy needs the program id keypair');
  return [[
    SystemProgram.createAccount({
      fromPubkey: wallet.publicKey,
      newAccountPubkey: plan.programId,
      lamports: Number(await connection.minimumBalance(PROGRAM_ACCOUNT_SIZE)),
      space: PROGRAM_ACCOUNT_SIZE,
      programId: LOADER_ID,
    }),
    deployWithMaxDataLen({ payer: wallet.publicKey, program: plan.programId, buffer, authority: wallet.publicKey }, 2 * so.length),
  ], [wallet, programKeypair]];
}

/** After a failure: closes the buffer so its rent returns to the wallet; says what happened to it. */
async function reclaimBuffer(connection: DeployConnection, buffer: PublicKey, wallet: Signer): Promise<string> {
  try {
    await connection.send([closeBuffer(buffer, wallet.publicKey, wallet.publicKey)], [wallet]);
    return `buffer ${buffer.toBase58()} was closed and its rent returned to the wallet`;
  } catch {
    return `buffer ${buffer.toBase58()} still holds its rent; close it with \`solana program close ${buffer.toBase58()}\``;
  }
}

/** A cluster's failure as a result; anything else is a bug and propagates. */
function failureFrom(err: unknown, step?: string): Failure {
  if (err instanceof TransactionFailedError) return { ok: false, error: step ? `${step}: ${err.message}` : err.message, logs: err.logs };
  if (err instanceof ClusterError) return failure(err.message);
  throw err;
}

function failure(error: string): Failure {
  return { ok: false, error, logs: [] };
}
