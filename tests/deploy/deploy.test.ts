// Deploy and upgrade through the BPF upgradeable loader, in-process on both runtimes: the accounts it
// creates, the lamports it spends, the programs it refuses, and that the deployed code runs.
import { BN } from '@coral-xyz/anchor';
import { Keypair, PublicKey, SystemProgram } from '@solana/web3.js';
import { beforeEach, describe, expect, it } from 'vitest';
import { planDeployment, executeDeployment, type DeployPlan } from '../../src/deploy/deploy.js';
import { LOADER_ID, programDataAddress } from '../../src/deploy/loader.js';
import { runtimeConnection } from '../../src/deploy/runtime-connection.js';
import { TransactionFailedError, type DeployConnection } from '../../src/deploy/connection.js';
import { createProgress } from '../../src/deploy/progress.js';
import { createRuntime, errorCode, RUNTIME_KINDS, type Runtime } from '../../src/runtime/index.js';
import { sighash } from '../../src/ir/discriminator.js';
import { SYSTEM_PROGRAM_ID } from '../support/compiled.js';
import { firstDeployCost, programAtId, seededKeypair, solText, WRITE_CHUNK } from './helpers.js';

const programKeypair = seededKeypair('program');
const programId = programKeypair.publicKey;
const programData = programDataAddress(programId);
const puppet = programAtId('puppet.ts', programId);
const counter = programAtId('counter.ts', programId);
const FEE = 5000n;

describe.each(RUNTIME_KINDS)('deploy on %s', (kind) => {
  let runtime: Runtime;
  let connection: DeployConnection;
  let wallet: Keypair;

  beforeEach(async () => {
    runtime = await createRuntime(kind, { programs: [] });
    connection = runtimeConnection(runtime);
    wallet = runtime.payer;
  });

  async function plan(so: Uint8Array, signer: Keypair = wallet): Promise<DeployPlan> {
    const planned = await planDeployment(connection, { so, programId, wallet: signer });
    if (!planned.ok) throw new Error(planned.error);
    return planned.plan;
  }

  async function deploy(so: Uint8Array): Promise<void> {
    const result = await executeDeployment(connection, await plan(so), { so, programId, wallet }, { programKeypair });
    if (!result.ok) throw new Error(`${result.error}\n${result.logs.join('\n')}`);
  }

  const balance = async () => (await runtime.getAccount(wallet.publicKey))?.lamports ?? 0n;
  const setBalance = async (lamports: bigint) =>
    runtime.setAccount(wallet.publicKey, { lamports, data: new Uint8Array(), owner: SystemProgram.programId });

  describe('refusals', () => {
    it('refuses a wallet without enough lamports and says how much it needs', async () => {
      await setBalance(0n);
      const size = puppet.so.length;
      const { rent, fees, reserve } = await firstDeployCost(runtime, size);
      const result = await planDeployment(connection, { so: puppet.so, programId, wallet });
      expect(result).toEqual({
        ok: false,
        logs: [],
        error: `insufficient funds: wallet ${wallet.publicKey.toBase58()} has 0 SOL, but deploying this ${size}-byte program `
          + `needs ${solText(rent + fees + reserve)} SOL (rent ${solText(rent)} + fees ${solText(fees)} + the wallet's rent-exempt minimum ${solText(reserve)})`,
      });
    });

    it('refuses to upgrade a program whose upgrade authority is another key', async () => {
      await deploy(puppet.so);
      const other = seededKeypair('other wallet');
      expect(await planDeployment(connection, { so: puppet.so, programId, wallet: other })).toEqual({
        ok: false,
        logs: [],
        error: `program ${programId.toBase58()} has upgrade authority ${wallet.publicKey.toBase58()}, not the wallet ${other.publicKey.toBase58()}`,
      });
    });

    it('refuses a program id that holds an account other than a program', async () => {
      await runtime.airdrop(programId, 1_000_000n);
      expect(await planDeployment(connection, { so: puppet.so, programId, wallet })).toEqual({
        ok: false,
        logs: [],
        error: `account ${programId.toBase58()} already exists and is not an upgradeable program (owner ${SYSTEM_PROGRAM_ID.toBase58()})`,
      });
    });

    it('refuses an upgrade larger than the room the first deploy made (2× its size)', async () => {
      await deploy(puppet.so);
      const tooBig = new Uint8Array(2 * puppet.so.length + 1);
      expect(await planDeployment(connection, { so: tooBig, programId, wallet })).toEqual({
        ok: false,
        logs: [],
        error: `the program is ${tooBig.length} bytes, but program ${programId.toBase58()} was deployed with room for ${2 * puppet.so.length} bytes; `
          + `make room with \`solana program extend ${programId.toBase58()} 1\``,
      });
    });

    it('reports the loader rejecting a broken ELF, with its log, and closes the buffer again', async () => {
      const broken = puppet.so.slice();
      broken[0] = 0; // not an ELF any more
      const before = await balance();
      const planned = await plan(broken);
      const result = await executeDeployment(connection, planned, { so: broken, programId, wallet }, { programKeypair });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error).toMatch(/^deploying the program failed: instruction 1: InvalidAccountData; buffer [1-9A-HJ-NP-Za-km-z]{32,44} was closed and its rent returned to the wallet$/);
      expect(result.logs).toContain('Failed to parse ELF file: invalid file header');
      // Only fees are gone: buffer creation (2 signatures), the writes, the failed deploy (2), the close (1).
      expect(before - (await balance())).toBe(FEE * BigInt(2 + planned.writeTransactions + 2 + 1));
    });

    it('stops writing at the first failed write, closes the buffer and says how far it got', async () => {
      let writes = 0;
      const failing: DeployConnection = {
        ...connection,
        send: async (ixs, signers) => {
          const isWrite = ixs[0]!.programId.equals(LOADER_ID) && ixs[0]!.data.readUInt32LE(0) === 1;
          if (isWrite && ++writes === 3) throw new TransactionFailedError('instruction 0: AccountBorrowFailed', ['a log line']);
          return connection.send(ixs, signers);
        },
      };
      let progress = '';
      const result = await executeDeployment(failing, await plan(counter.so), { so: counter.so, programId, wallet }, {
        programKeypair,
        progress: (total) => createProgress((text) => { progress += text; }, false, total, 'Writing'),
      });
      expect(result.ok ? null : [result.error.replace(/buffer \w+ /, 'buffer B '), result.logs, progress.split('\n').at(-2)]).toEqual([
        'deploying the program failed: instruction 0: AccountBorrowFailed; buffer B was closed and its rent returned to the wallet',
        ['a log line'],
        `Wrote ${2 * WRITE_CHUNK} of ${counter.so.length} bytes before a write failed`,
      ]);
    });
  });

  describe('first deploy', () => {
    it('writes in parallel when asked, with the same ProgramData', async () => {
      const result = await executeDeployment(connection, await plan(counter.so), { so: counter.so, programId, wallet }, { programKeypair, concurrency: 4 });
      const data = Buffer.from((await runtime.getAccount(programData))!.data);
      expect([result.ok, data.subarray(45, 45 + counter.so.length).equals(counter.so)]).toEqual([true, true]);
    });

    it('creates the Program account, pointing at its ProgramData account', async () => {
      await deploy(puppet.so);
      const program = (await runtime.getAccount(programId))!;
      const expected = Buffer.alloc(36);
      expected.writeUInt32LE(2, 0);
      programData.toBuffer().copy(expected, 4);
      // (Whether `executable` is set differs: litesvm sets it, bankrun's 1.18 feature set no longer does.)
      expect([program.owner.toBase58(), Buffer.from(program.data).toString('hex')]).toEqual([LOADER_ID.toBase58(), expected.toString('hex')]);
    });

    it('creates the ProgramData account: deploy slot, the wallet as upgrade authority, the ELF, room for 2×', async () => {
      const slot = (await runtime.getClock()).slot;
      await deploy(puppet.so);
      const data = Buffer.from((await runtime.getAccount(programData))!.data);
      expect({
        tag: data.readUInt32LE(0),
        slot: data.readBigUInt64LE(4),
        authority: data[12] === 1 ? new PublicKey(data.subarray(13, 45)).toBase58() : null,
        length: data.length,
        elf: data.subarray(45, 45 + puppet.so.length).equals(puppet.so),
        padding: data.subarray(45 + puppet.so.length).every((b) => b === 0),
      }).toEqual({ tag: 3, slot, authority: wallet.publicKey.toBase58(), length: 45 + 2 * puppet.so.length, elf: true, padding: true });
    });

    it('runs the deployed program (counter: initialize, then increment)', async () => {
      await deploy(counter.so);
      const [pda] = PublicKey.findProgramAddressSync([Buffer.from('counter'), wallet.publicKey.toBuffer()], programId);
      const initialize = await runtime.send([counter.ix('initialize', { authority: wallet.publicKey, counter: pda, systemProgram: SYSTEM_PROGRAM_ID })]);
      const increment = await runtime.send([counter.ix('increment', { authority: wallet.publicKey, counter: pda })]);
      const count = Buffer.from((await runtime.getAccount(pda))!.data).readBigUInt64LE(8 + 32);
      expect([initialize.ok, increment.ok, count]).toEqual([true, true, 1n]);
    });

    it('spends exactly the planned lamports, leaving the wallet its rent-exempt minimum', async () => {
      const planned = await plan(puppet.so);
      await setBalance(planned.requiredLamports);
      await deploy(puppet.so);
      expect(await balance()).toBe(await runtime.minimumBalance(0));
    });
  });

  describe('upgrade', () => {
    it('runs the new code, and the old code is gone (counter → puppet)', async () => {
      await deploy(counter.so);
      const [pda] = PublicKey.findProgramAddressSync([Buffer.from('counter'), wallet.publicKey.toBuffer()], programId);
      const initialize = await runtime.send([counter.ix('initialize', { authority: wallet.publicKey, counter: pda, systemProgram: SYSTEM_PROGRAM_ID })]);
      await deploy(puppet.so);
      const increment = await runtime.send([counter.ix('increment', { authority: wallet.publicKey, counter: pda })]);
      const data = Keypair.generate();
      await runtime.setAccount(data.publicKey, { lamports: 1_000_000n, data: puppetAccount(0n), owner: programId });
      const setData = await runtime.send([puppet.ix('setData', { puppet: data.publicKey }, { data: new BN(7) })]);
      const stored = Buffer.from((await runtime.getAccount(data.publicKey))!.data).readBigUInt64LE(8);
      expect([initialize.ok, errorCode(increment), setData.ok, stored]).toEqual([true, 101, true, 7n]);
    });

    it('keeps the Program account and writes the new ELF into the same ProgramData account', async () => {
      await deploy(counter.so);
      const programBefore = await runtime.getAccount(programId);
      await deploy(puppet.so);
      const data = Buffer.from((await runtime.getAccount(programData))!.data);
      expect({
        program: await runtime.getAccount(programId),
        authority: new PublicKey(data.subarray(13, 45)).toBase58(),
        length: data.length,
        elf: data.subarray(45, 45 + puppet.so.length).equals(puppet.so),
      }).toEqual({ program: programBefore, authority: wallet.publicKey.toBase58(), length: 45 + 2 * counter.so.length, elf: true });
    });

    it('costs only fees: the buffer rent comes back to the wallet', async () => {
      await deploy(puppet.so);
      const before = await balance();
      const planned = await plan(puppet.so);
      await deploy(puppet.so);
      expect([planned.kind, before - (await balance())]).toEqual(['upgrade', FEE * BigInt(2 + planned.writeTransactions + 1)]);
    });
  });
});

/** A puppet `Data` account: Anchor's discriminator, then the u64. */
function puppetAccount(value: bigint): Uint8Array {
  const data = Buffer.alloc(16);
  data.set(sighash('account', 'Data'), 0);
  data.writeBigUInt64LE(value, 8);
  return data;
}
