// The in-process validator's transaction methods answer as a validator does: sendTransaction with its
// preflight failure (-32002, the simulation result as data) or, skipping preflight, a failed transaction
// that lands and charges its fee; signature statuses, getTransaction, simulateTransaction, airdrops.
import { Keypair, SystemProgram, type TransactionInstruction } from '@solana/web3.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { counterAddress, startCounterLocalnet, type TestLocalnet } from './support.js';

let t: TestLocalnet;
beforeAll(async () => {
  t = await startCounterLocalnet();
}, 60_000);
afterAll(() => t.close());

const PROGRAM = 'EhxPGtzWeQw3Pe6fLj3jErcy93mPC9qJoamVuDv5s9fL';
const SYSTEM = '11111111111111111111111111111111';
const CONTEXT = { apiVersion: '2.2.0' };
const consumed = (units: number, program = PROGRAM): string => `Program ${program} consumed ${units} of 200000 compute units`;
const balance = async (key: string): Promise<number> => ((await t.rpc('getBalance', [key])).result as { value: number }).value;
const slot = async (): Promise<number> => (await t.rpc('getSlot')).result as number;

/** An increment the wallet pays for, on a counter nobody initialized: it fails with AccountNotInitialized. */
function failingIncrement(): { ixs: [TransactionInstruction]; signers: Keypair[] } {
  const authority = Keypair.generate();
  return { ixs: [t.counter.ix('increment', { authority: authority.publicKey, counter: counterAddress(t.counter, authority.publicKey) })], signers: [authority] };
}
const signedFailing = (blockhash?: string) => {
  const { ixs, signers } = failingIncrement();
  return t.signed(ixs, signers, blockhash);
};
function initialize(authority = t.wallet.publicKey) {
  return t.counter.ix('initialize', { authority, counter: counterAddress(t.counter, authority), systemProgram: SystemProgram.programId });
}

describe('sendTransaction', () => {
  it('answers a failing preflight with -32002, the simulation as data, and lands nothing', async () => {
    const before = [await balance(t.wallet.publicKey.toBase58()), await slot()];
    const { wire, signature } = await signedFailing();

    const { error } = await t.rpc('sendTransaction', [wire, { encoding: 'base64' }]);

    const data = error!.data as { unitsConsumed: number };
    expect(error).toEqual({
      code: -32002,
      message: 'Transaction simulation failed: Error processing Instruction 0: custom program error: 0xbc4',
      data: {
        err: { InstructionError: [0, { Custom: 3012 }] },
        logs: [
          `Program ${PROGRAM} invoke [1]`,
          'Program log: Instruction: Increment',
          'Program log: AnchorError caused by account: counter. Error Code: AccountNotInitialized. Error Number: 3012. Error Message: The program expected this account to be already initialized.',
          consumed(data.unitsConsumed),
          `Program ${PROGRAM} failed: custom program error: 0xbc4`,
        ],
        accounts: null,
        unitsConsumed: data.unitsConsumed,
        returnData: null,
        innerInstructions: null,
        replacementBlockhash: null,
      },
    });
    expect((await t.rpc('getSignatureStatuses', [[signature]])).result).toEqual({ context: { ...CONTEXT, slot: before[1] }, value: [null] });
    expect([await balance(t.wallet.publicKey.toBase58()), await slot()]).toEqual(before);
  });

  it('lands a failing transaction sent with skipPreflight: its status holds the error and the fee is charged', async () => {
    const payer = t.wallet.publicKey.toBase58();
    const before = await balance(payer);
    const landedIn = await slot();
    const { wire, signature } = await signedFailing();

    expect((await t.rpc('sendTransaction', [wire, { encoding: 'base64', skipPreflight: true }])).result).toBe(signature);

    const err = { InstructionError: [0, { Custom: 3012 }] };
    expect((await t.rpc('getSignatureStatuses', [[signature]])).result).toEqual({
      context: { ...CONTEXT, slot: landedIn + 1 },
      value: [{ slot: landedIn, confirmations: null, err, status: { Err: err }, confirmationStatus: 'finalized' }],
    });
    // Two signatures (the wallet's and the authority's), 5000 lamports each.
    expect(await balance(payer)).toBe(before - 10_000);
  });

  it('refuses a signature that does not verify with -32003', async () => {
    const { wire } = await signedFailing();
    const bytes = Buffer.from(wire, 'base64');
    bytes[1] ^= 1;

    expect((await t.rpc('sendTransaction', [bytes.toString('base64'), { encoding: 'base64' }])).error)
      .toEqual({ code: -32003, message: 'Transaction signature verification failure' });
  });

  it('reports an unknown blockhash and a repeated transaction in the preflight message', async () => {
    const stale = await t.signed([initialize()], [], Keypair.generate().publicKey.toBase58());
    const fresh = await t.signed([initialize()]);
    expect((await t.rpc('sendTransaction', [fresh.wire, { encoding: 'base64' }])).result).toBe(fresh.signature);

    const answers = [await t.rpc('sendTransaction', [stale.wire, { encoding: 'base64' }]), await t.rpc('sendTransaction', [fresh.wire, { encoding: 'base64' }])];

    const failure = (err: string, display: string) => ({
      code: -32002,
      message: `Transaction simulation failed: ${display}`,
      data: { err, logs: [], accounts: null, unitsConsumed: 0, returnData: null, innerInstructions: null, replacementBlockhash: null },
    });
    expect(answers.map((a) => a.error)).toEqual([failure('BlockhashNotFound', 'Blockhash not found'), failure('AlreadyProcessed', 'This transaction has already been processed')]);
  });

  it('takes base58, the default encoding, and answers a malformed transaction with invalid params', async () => {
    const { wire } = await signedFailing();
    const { encodeBase58 } = await import('../../src/localnet/ledger.js');

    const answers = [await t.rpc('simulateTransaction', [encodeBase58(Buffer.from(wire, 'base64'))]), await t.rpc('sendTransaction', ['AAAA', { encoding: 'base64' }])];

    expect((answers[0].result as { value: { err: unknown } }).value.err).toEqual({ InstructionError: [0, { Custom: 3012 }] });
    expect(answers[1].error?.code).toBe(-32602);
    expect(answers[1].error?.message).toMatch(/^failed to deserialize solana_transaction::versioned::VersionedTransaction: /);
  });
});

describe('getTransaction', () => {
  it('returns a landed transaction with its meta: fee, balances, logs, compute units', async () => {
    const user = Keypair.generate();
    const airdropSlot = await slot();
    const signature = (await t.rpc('requestAirdrop', [user.publicKey.toBase58(), 1_000_000_000])).result as string;

    const { result } = await t.rpc('getTransaction', [signature, { encoding: 'json', maxSupportedTransactionVersion: 0 }]);

    const tx = result as { transaction: { message: { accountKeys: string[]; recentBlockhash: string } }; meta: { preBalances: number[] }; blockTime: number };
    const faucet = tx.transaction.message.accountKeys[0];
    expect(tx).toEqual({
      slot: airdropSlot,
      transaction: {
        signatures: [signature],
        message: {
          header: { numRequiredSignatures: 1, numReadonlySignedAccounts: 0, numReadonlyUnsignedAccounts: 1 },
          accountKeys: [faucet, user.publicKey.toBase58(), SYSTEM],
          recentBlockhash: tx.transaction.message.recentBlockhash,
          // SystemInstruction::Transfer (2) of 1,000,000,000 lamports, base58.
          instructions: [{ programIdIndex: 2, accounts: [0, 1], data: '3Bxs3zzLZLuLQEYX', stackHeight: null }],
        },
      },
      meta: {
        err: null,
        status: { Ok: null },
        fee: 5000,
        preBalances: [tx.meta.preBalances[0], 0, 1],
        postBalances: [tx.meta.preBalances[0] - 1_000_005_000, 1_000_000_000, 1],
        innerInstructions: [],
        logMessages: [`Program ${SYSTEM} invoke [1]`, `Program ${SYSTEM} success`],
        preTokenBalances: [],
        postTokenBalances: [],
        rewards: [],
        loadedAddresses: { writable: [], readonly: [] },
        computeUnitsConsumed: 150,
      },
      version: 'legacy',
      blockTime: tx.blockTime,
    });
    expect(await balance(user.publicKey.toBase58())).toBe(1_000_000_000);
  });

  it('leaves out the version for clients that do not say which versions they read, and answers null for an unknown signature', async () => {
    const signature = (await t.rpc('requestAirdrop', [Keypair.generate().publicKey.toBase58(), 1_000_000])).result as string;
    const unknown = (await signedFailing()).signature;

    const answers = [await t.rpc('getTransaction', [signature]), await t.rpc('getTransaction', [unknown, 'json'])];

    expect(['version' in (answers[0].result as object), answers[1].result]).toEqual([false, null]);
  });

  it('gives a base64 transaction as [text, "base64"], the wire bytes', async () => {
    const signature = (await t.rpc('requestAirdrop', [Keypair.generate().publicKey.toBase58(), 1_000_000])).result as string;

    const { transaction } = (await t.rpc('getTransaction', [signature, { encoding: 'base64' }])).result as { transaction: [string, string] };

    expect(transaction[1]).toBe('base64');
    expect(Buffer.from(transaction[0], 'base64').subarray(1, 65)).toEqual(Buffer.from(await import('@solana/kit').then((kit) => kit.getBase58Encoder().encode(signature))));
  });
});

describe('simulateTransaction', () => {
  it('runs without committing and returns the accounts asked for, the inner instructions and the units', async () => {
    const authority = Keypair.generate();
    await t.rpc('requestAirdrop', [authority.publicKey.toBase58(), 1_000_000_000]);
    const counter = counterAddress(t.counter, authority.publicKey).toBase58();
    const { wire } = await t.signed([initialize(authority.publicKey)], [authority]);
    const at = await slot();

    const { result } = await t.rpc('simulateTransaction', [wire, { encoding: 'base64', accounts: { encoding: 'base64', addresses: [counter] }, innerInstructions: true }]);

    const value = (result as { value: { unitsConsumed: number; accounts: { data: [string, string] }[] } }).value;
    expect(result).toEqual({
      context: { ...CONTEXT, slot: at },
      value: {
        err: null,
        logs: [
          `Program ${PROGRAM} invoke [1]`, 'Program log: Instruction: Initialize', `Program ${SYSTEM} invoke [2]`, `Program ${SYSTEM} success`,
          consumed(value.unitsConsumed), `Program ${PROGRAM} success`,
        ],
        accounts: [{ lamports: 1231920, data: value.accounts[0].data, owner: PROGRAM, executable: false, rentEpoch: 18446744073709551615, space: 49 }],
        unitsConsumed: value.unitsConsumed,
        returnData: null,
        innerInstructions: [{ index: 0, instructions: [{ programIdIndex: 3, accounts: [1, 2], data: expect.any(String), stackHeight: 2 }] }],
        replacementBlockhash: null,
      },
    });
    expect(Buffer.from(value.accounts[0].data[0], 'base64').subarray(8, 40)).toEqual(authority.publicKey.toBuffer());
    expect((await t.rpc('getAccountInfo', [counter, { encoding: 'base64' }])).result).toEqual({ context: { ...CONTEXT, slot: at }, value: null });
  });

  it('replaces the blockhash when asked, and says which, but never together with sigVerify', async () => {
    const { wire } = await signedFailing(Keypair.generate().publicKey.toBase58());
    const latest = ((await t.rpc('getLatestBlockhash')).result as { value: unknown }).value;

    const replaced = await t.rpc('simulateTransaction', [wire, { encoding: 'base64', replaceRecentBlockhash: true }]);
    const both = await t.rpc('simulateTransaction', [wire, { encoding: 'base64', replaceRecentBlockhash: true, sigVerify: true }]);

    const value = (replaced.result as { value: { err: unknown; replacementBlockhash: unknown } }).value;
    expect([value.err, value.replacementBlockhash]).toEqual([{ InstructionError: [0, { Custom: 3012 }] }, latest]);
    expect(both.error).toEqual({ code: -32602, message: 'sigVerify may not be used with replaceRecentBlockhash' });
  });

  it('answers null for each requested account when the simulation fails', async () => {
    const { wire } = await signedFailing();

    const { result } = await t.rpc('simulateTransaction', [wire, { encoding: 'base64', accounts: { encoding: 'base64', addresses: [t.wallet.publicKey.toBase58()] } }]);

    expect((result as { value: { accounts: unknown } }).value.accounts).toEqual([null]);
  });
});

describe('requestAirdrop and history', () => {
  it('lists the transactions of an address newest first, with limit and before', async () => {
    const user = Keypair.generate().publicKey.toBase58();
    const first = (await t.rpc('requestAirdrop', [user, 1_000_000_000])).result as string;
    const second = (await t.rpc('requestAirdrop', [user, 2_000_000_000])).result as string;

    const all = (await t.rpc('getSignaturesForAddress', [user])).result as { signature: string }[];
    const page = (await t.rpc('getSignaturesForAddress', [user, { limit: 1, before: second }])).result as { signature: string; err: unknown; memo: unknown; confirmationStatus: string }[];

    expect([all.map((s) => s.signature), page.map((s) => [s.signature, s.err, s.memo, s.confirmationStatus])])
      .toEqual([[second, first], [[first, null, null, 'finalized']]]);
    expect(await balance(user)).toBe(3_000_000_000);
  });
});
