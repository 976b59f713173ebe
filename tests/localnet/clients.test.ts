// The clients Anchor tests use, pointed at the in-process validator: web3.js's Connection confirms over
// the PubSub socket (sendAndConfirmTransaction, requestAirdrop + confirmTransaction), and
// @coral-xyz/anchor's AnchorProvider and Program send, fetch, and turn a failing preflight into an
// AnchorError with the program's error code; a transaction that fails after skipping preflight is
// confirmed with its error and keeps its logs, as on a validator.
import anchor, { AnchorError, Program, type AccountClient, type Idl } from '@coral-xyz/anchor';
import { Connection, Keypair, LAMPORTS_PER_SOL, PublicKey, SystemProgram, Transaction, sendAndConfirmTransaction } from '@solana/web3.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { counterAddress, startCounterLocalnet, type TestLocalnet } from './support.js';

let t: TestLocalnet;
let connection: Connection;
let program: Program;
beforeAll(async () => {
  t = await startCounterLocalnet();
  connection = new Connection(t.localnet.rpcUrl, 'confirmed');
  const provider = new anchor.AnchorProvider(connection, new anchor.Wallet(t.wallet), { commitment: 'confirmed', preflightCommitment: 'confirmed' });
  program = new Program(t.counter.idl as Idl, provider);
}, 60_000);
afterAll(async () => {
  // web3.js closes its idle PubSub socket after 500 ms; closing the server first would make it reconnect.
  await new Promise((resolve) => setTimeout(resolve, 700));
  await t.close();
});

interface CounterState { authority: PublicKey; count: { toString(): string }; bump: number }
const fetchCounter = (authority: PublicKey) => (program.account as unknown as Record<string, AccountClient>).counter.fetch(counterAddress(t.counter, authority)) as Promise<CounterState>;

describe('web3.js Connection', () => {
  it('confirms an airdrop through signatureSubscribe and shows the balance', async () => {
    const user = Keypair.generate();
    const latest = await connection.getLatestBlockhash();
    const signature = await connection.requestAirdrop(user.publicKey, 2 * LAMPORTS_PER_SOL);

    const confirmation = await connection.confirmTransaction({ signature, ...latest });

    expect([confirmation.value.err, await connection.getBalance(user.publicKey)]).toEqual([null, 2 * LAMPORTS_PER_SOL]);
  });

  it('sends and confirms a transfer, and finds it again with its fee', async () => {
    const to = Keypair.generate().publicKey;

    const signature = await sendAndConfirmTransaction(connection, new Transaction().add(SystemProgram.transfer({ fromPubkey: t.wallet.publicKey, toPubkey: to, lamports: 1_000_000 })), [t.wallet]);

    const tx = await connection.getTransaction(signature, { commitment: 'confirmed', maxSupportedTransactionVersion: 0 });
    expect([await connection.getBalance(to), tx?.meta?.fee, tx?.meta?.err]).toEqual([1_000_000, 5000, null]);
  });
});

describe('a transaction that fails after skipping preflight', () => {
  it('is confirmed with its error, and getTransaction keeps its logs', async () => {
    const stranger = Keypair.generate();
    const tx = await program.methods.increment().accounts({ authority: stranger.publicKey }).signers([stranger]).transaction();
    const latest = await connection.getLatestBlockhash();
    tx.feePayer = t.wallet.publicKey;
    tx.recentBlockhash = latest.blockhash;
    tx.sign(t.wallet, stranger);

    const signature = await connection.sendRawTransaction(tx.serialize(), { skipPreflight: true });
    const confirmation = await connection.confirmTransaction({ signature, ...latest });

    const landed = await connection.getTransaction(signature, { commitment: 'confirmed', maxSupportedTransactionVersion: 0 });
    expect([confirmation.value.err, landed?.meta?.err, landed?.meta?.logMessages?.[2]]).toEqual([
      { InstructionError: [0, { Custom: 3012 }] },
      { InstructionError: [0, { Custom: 3012 }] },
      'Program log: AnchorError caused by account: counter. Error Code: AccountNotInitialized. Error Number: 3012. Error Message: The program expected this account to be already initialized.',
    ]);
  });
});

describe('@coral-xyz/anchor Program', () => {
  it('initializes and increments a counter, then fetches it', async () => {
    const authority = t.wallet.publicKey;

    await program.methods.initialize().accounts({ authority }).rpc();
    await program.methods.incrementBy(new anchor.BN(41)).accounts({ authority }).rpc();
    await program.methods.increment().accounts({ authority }).rpc();

    const state = await fetchCounter(authority);
    expect([state.authority.toBase58(), state.count.toString()]).toEqual([authority.toBase58(), '42']);
  });

  it('turns a failing preflight into an AnchorError with the program\'s code', async () => {
    const stranger = Keypair.generate();

    const failure = program.methods.increment().accounts({ authority: stranger.publicKey }).signers([stranger]).rpc();

    await expect(failure).rejects.toBeInstanceOf(AnchorError);
    await expect(failure).rejects.toMatchObject({ error: { errorCode: { code: 'AccountNotInitialized', number: 3012 }, origin: 'counter' } });
  });

  it('lists the program\'s accounts through getProgramAccounts', async () => {
    const all = await (program.account as unknown as Record<string, AccountClient>).counter.all();

    expect(all.map((a) => a.publicKey.toBase58())).toEqual([counterAddress(t.counter, t.wallet.publicKey).toBase58()]);
  });
});
