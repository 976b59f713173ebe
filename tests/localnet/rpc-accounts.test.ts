// The in-process validator's account and chain methods answer in the validator's shapes: `{context:
// {apiVersion, slot}, value}`, UiAccount (lamports, data as [text, encoding], owner, executable,
// rentEpoch, space), getProgramAccounts filters, the funded wallet, blockhashes and their validity,
// JSON-RPC errors (-32601, -32602, -32700) and batches.
import { getBase58Decoder } from '@solana/kit';
import { Keypair, PublicKey, SystemProgram, TransactionMessage } from '@solana/web3.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { counterAddress, startCounterLocalnet, type TestLocalnet } from './support.js';

let t: TestLocalnet;
beforeAll(async () => {
  t = await startCounterLocalnet();
}, 60_000);
afterAll(() => t.close());

const SYSTEM = '11111111111111111111111111111111';
const CONTEXT = { apiVersion: '2.2.0' };
const slot = async (): Promise<number> => (await t.rpc('getSlot')).result as number;

describe('accounts', () => {
  it('funds the wallet with 500,000,000 SOL, as solana-test-validator funds its mint', async () => {
    const at = await slot();

    const { result } = await t.rpc('getAccountInfo', [t.wallet.publicKey.toBase58(), { encoding: 'base64' }]);

    expect(result).toEqual({
      context: { ...CONTEXT, slot: at },
      value: { lamports: 500_000_000_000_000_000, data: ['', 'base64'], owner: SYSTEM, executable: false, rentEpoch: 18446744073709551615, space: 0 },
    });
  });

  it('writes rentEpoch as the exact u64 the validator writes', async () => {
    const text = await t.post(JSON.stringify({ jsonrpc: '2.0', id: 7, method: 'getAccountInfo', params: [t.wallet.publicKey.toBase58(), { encoding: 'base64' }] }));

    expect(text).toMatch(/^\{"jsonrpc":"2\.0","result":\{"context":\{"apiVersion":"2\.2\.0","slot":\d+\},"value":\{"lamports":500000000000000000,"data":\["","base64"\],"owner":"11111111111111111111111111111111","executable":false,"rentEpoch":18446744073709551615,"space":0\}\},"id":7\}$/);
  });

  it('answers null for an account that does not exist, and 0 for its balance', async () => {
    const nobody = Keypair.generate().publicKey.toBase58();
    const at = await slot();

    expect([(await t.rpc('getAccountInfo', [nobody, { encoding: 'base64' }])).result, (await t.rpc('getBalance', [nobody])).result])
      .toEqual([{ context: { ...CONTEXT, slot: at }, value: null }, { context: { ...CONTEXT, slot: at }, value: 0 }]);
  });

  it('shows the program as an executable account of the upgradeable loader', async () => {
    const { result } = await t.rpc('getAccountInfo', [t.counter.programId.toBase58(), { encoding: 'base64', dataSlice: { offset: 0, length: 4 } }]);

    expect((result as { value: unknown }).value).toEqual({
      lamports: 1141440, data: ['AgAAAA==', 'base64'], owner: 'BPFLoaderUpgradeab1e11111111111111111111111', executable: true, rentEpoch: 18446744073709551615, space: 36,
    });
  });

  it('spells data as base58 when asked, a bare string for the legacy default, and refuses base58 beyond 128 bytes', async () => {
    const program = t.counter.programId.toBase58();
    const sliced = { offset: 0, length: 4 };
    const data = async (key: string, config?: object) => {
      const answer = await t.rpc('getAccountInfo', config ? [key, config] : [key]);
      return answer.error ?? (answer.result as { value: { data: unknown } }).value.data;
    };
    // The program account holds UpgradeableLoaderState::Program { programdata_address }.
    const raw = Buffer.from(((await data(program, { encoding: 'base64' })) as [string, string])[0], 'base64');
    const programData = new PublicKey(raw.subarray(4, 36)).toBase58();
    const first4 = getBase58Decoder().decode(raw.subarray(0, 4));

    expect([await data(program, { encoding: 'base58', dataSlice: sliced }), await data(program, { dataSlice: sliced }), await data(programData, { encoding: 'base58' })]).toEqual([
      [first4, 'base58'],
      first4,
      { code: -32602, message: 'Encoded binary (base 58) data should be less than 128 bytes, please use Base64 encoding.' },
    ]);
  });

  it('gets several accounts at once, null where there is none', async () => {
    const nobody = Keypair.generate().publicKey.toBase58();

    const { result } = await t.rpc('getMultipleAccounts', [[t.wallet.publicKey.toBase58(), nobody], { encoding: 'base64' }]);

    expect((result as { value: unknown[] }).value).toEqual([
      { lamports: 500_000_000_000_000_000, data: ['', 'base64'], owner: SYSTEM, executable: false, rentEpoch: 18446744073709551615, space: 0 },
      null,
    ]);
  });

  it('filters getProgramAccounts by dataSize and memcmp, with or without context', async () => {
    const authorities = [Keypair.generate(), Keypair.generate()];
    for (const authority of authorities) {
      await t.rpc('requestAirdrop', [authority.publicKey.toBase58(), 1_000_000_000]);
      const { wire } = await t.signed([t.counter.ix('initialize', { authority: authority.publicKey, counter: counterAddress(t.counter, authority.publicKey), systemProgram: SystemProgram.programId })], [authority]);
      await t.rpc('sendTransaction', [wire, { encoding: 'base64' }]);
    }
    const program = t.counter.programId.toBase58();
    const byAuthority = (authority: Keypair) => ({ memcmp: { offset: 8, bytes: authority.publicKey.toBase58() } });

    const one = (await t.rpc('getProgramAccounts', [program, { encoding: 'base64', filters: [{ dataSize: 49 }, byAuthority(authorities[1])] }])).result as { pubkey: string }[];
    const none = (await t.rpc('getProgramAccounts', [program, { encoding: 'base64', filters: [{ dataSize: 48 }] }])).result;
    const withContext = (await t.rpc('getProgramAccounts', [program, { encoding: 'base64', filters: [byAuthority(authorities[0])], withContext: true }])).result as { context: unknown; value: { pubkey: string }[] };

    expect([one.map((a) => a.pubkey), none, withContext.value.map((a) => a.pubkey), withContext.context])
      .toEqual([[counterAddress(t.counter, authorities[1].publicKey).toBase58()], [], [counterAddress(t.counter, authorities[0].publicKey).toBase58()], { ...CONTEXT, slot: await slot() }]);
  });

  it('answers the rent-exempt minimum as the validator computes it', async () => {
    expect([(await t.rpc('getMinimumBalanceForRentExemption', [0])).result, (await t.rpc('getMinimumBalanceForRentExemption', [165])).result]).toEqual([890880, 2039280]);
  });
});

describe('chain state', () => {
  it('gives a blockhash valid for 150 blocks, a new one after each transaction, and says which are valid', async () => {
    const first = (await t.rpc('getLatestBlockhash')).result as { context: { slot: number }; value: { blockhash: string; lastValidBlockHeight: number } };
    await t.rpc('requestAirdrop', [Keypair.generate().publicKey.toBase58(), 1_000_000]);
    const second = (await t.rpc('getLatestBlockhash')).result as typeof first;

    expect([first.value.lastValidBlockHeight - first.context.slot, second.context.slot - first.context.slot, second.value.blockhash === first.value.blockhash]).toEqual([150, 1, false]);
    const validity = async (blockhash: string) => ((await t.rpc('isBlockhashValid', [blockhash])).result as { value: boolean }).value;
    expect([await validity(first.value.blockhash), await validity(Keypair.generate().publicKey.toBase58())]).toEqual([true, false]);
  });

  it('reports slot, block height and epoch alike, as a single validator skips no slot', async () => {
    const at = await slot();
    const count = (await t.rpc('getTransactionCount')).result as number;

    expect([(await t.rpc('getBlockHeight')).result, (await t.rpc('getEpochInfo')).result, (await t.rpc('getEpochSchedule')).result]).toEqual([
      at,
      { absoluteSlot: at, blockHeight: at, epoch: 0, slotIndex: at, slotsInEpoch: 432000, transactionCount: count },
      { slotsPerEpoch: 432000, leaderScheduleSlotOffset: 432000, warmup: false, firstNormalEpoch: 0, firstNormalSlot: 0 },
    ]);
  });

  it('prices a message at 5000 lamports per signature, null on a stale blockhash', async () => {
    const blockhash = ((await t.rpc('getLatestBlockhash')).result as { value: { blockhash: string } }).value.blockhash;
    const other = Keypair.generate();
    const message = (recentBlockhash: string) => new TransactionMessage({ payerKey: t.wallet.publicKey, recentBlockhash, instructions: [SystemProgram.transfer({ fromPubkey: other.publicKey, toPubkey: t.wallet.publicKey, lamports: 1 })] })
      .compileToLegacyMessage().serialize().toString('base64');

    const answers = [await t.rpc('getFeeForMessage', [message(blockhash)]), await t.rpc('getFeeForMessage', [message(Keypair.generate().publicKey.toBase58())])];

    expect(answers.map((a) => (a.result as { value: unknown }).value)).toEqual([10_000, null]);
  });

  it('answers the node questions clients ask', async () => {
    const answers = await Promise.all(['getVersion', 'getHealth', 'getGenesisHash', 'getIdentity', 'getFirstAvailableBlock'].map((m) => t.rpc(m)));

    expect(answers.map((a) => a.result)).toEqual([
      { 'feature-set': 3294202862, 'solana-core': '2.2.0' }, 'ok', t.localnet.ledger.genesisHash, { identity: t.localnet.ledger.identity }, 0,
    ]);
  });

  it('gives the time of a slot it made, and -32004 for one it did not', async () => {
    const at = await slot();

    const answers = [await t.rpc('getBlockTime', [at]), await t.rpc('getBlockTime', [at + 1000])];

    expect(Math.abs((answers[0].result as number) - Date.now() / 1000)).toBeLessThan(60);
    expect(answers[1].error).toEqual({ code: -32004, message: `Block not available for slot ${at + 1000}` });
  });
});

describe('JSON-RPC envelope', () => {
  it('answers a method it lacks with -32601 "Method not found", and reports it once', async () => {
    const answers = [await t.rpc('getBlockProduction'), await t.rpc('getBlockProduction')];

    expect(answers).toEqual([{ error: { code: -32601, message: 'Method not found' } }, { error: { code: -32601, message: 'Method not found' } }]);
    expect(t.unknownMethods.filter((m) => m === 'getBlockProduction')).toEqual(['getBlockProduction']);
  });

  it('answers bad params with -32602 and Agave\'s message', async () => {
    const answers = [await t.rpc('getAccountInfo', ['not-a-key']), await t.rpc('getBalance', ['1111']), await t.rpc('getAccountInfo', [t.wallet.publicKey.toBase58(), { encoding: 'hex' }])];

    expect(answers.map((a) => a.error?.code)).toEqual([-32602, -32602, -32602]);
    expect(answers.slice(0, 2).map((a) => a.error?.message)).toEqual(['Invalid param: Invalid', 'Invalid param: WrongSize']);
  });

  it('answers a body that is not JSON with -32700 and a batch with an array in order', async () => {
    const parseError = JSON.parse(await t.post('{')) as unknown;
    const batch = JSON.parse(await t.post(JSON.stringify([{ jsonrpc: '2.0', id: 1, method: 'getHealth' }, { jsonrpc: '2.0', id: 2, method: 'nope' }]))) as unknown;

    expect([parseError, batch]).toEqual([
      { jsonrpc: '2.0', error: { code: -32700, message: 'Parse error' }, id: null },
      [{ jsonrpc: '2.0', result: 'ok', id: 1 }, { jsonrpc: '2.0', error: { code: -32601, message: 'Method not found' }, id: 2 }],
    ]);
  });
});
