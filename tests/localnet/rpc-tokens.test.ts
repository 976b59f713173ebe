// The in-process validator's token answers: getTokenAccountBalance and getTokenSupply (UiTokenAmount:
// uiAmount, decimals, amount, uiAmountString), jsonParsed token accounts and mints, getTokenAccountsByOwner
// and the token balances of a transaction's meta, with Agave's errors for accounts that are not tokens.
import {
  MINT_SIZE, TOKEN_PROGRAM_ID, createAssociatedTokenAccountInstruction, createInitializeMint2Instruction, createMintToInstruction,
  getAssociatedTokenAddressSync,
} from '@solana/spl-token';
import { Keypair, SystemProgram } from '@solana/web3.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCounterLocalnet, type TestLocalnet } from './support.js';

const TOKEN = TOKEN_PROGRAM_ID.toBase58();
const CONTEXT = { apiVersion: '2.2.0' };
let t: TestLocalnet;
const mint = Keypair.generate();
const holder = Keypair.generate();
let ata: string;
let mintSignature: string;

beforeAll(async () => {
  t = await startCounterLocalnet();
  const wallet = t.wallet.publicKey;
  const holderAta = getAssociatedTokenAddressSync(mint.publicKey, holder.publicKey);
  ata = holderAta.toBase58();
  const { wire, signature } = await t.signed([
    SystemProgram.createAccount({ fromPubkey: wallet, newAccountPubkey: mint.publicKey, lamports: 1461600, space: MINT_SIZE, programId: TOKEN_PROGRAM_ID }),
    createInitializeMint2Instruction(mint.publicKey, 6, wallet, null),
    createAssociatedTokenAccountInstruction(wallet, holderAta, holder.publicKey, mint.publicKey),
    createMintToInstruction(mint.publicKey, holderAta, wallet, 1_234_500),
  ], [mint]);
  const sent = await t.rpc('sendTransaction', [wire, { encoding: 'base64' }]);
  if (sent.error) throw new Error(sent.error.message);
  mintSignature = signature;
}, 60_000);
afterAll(() => t.close());

const slot = async (): Promise<number> => (await t.rpc('getSlot')).result as number;
const amount = { uiAmount: 1.2345, decimals: 6, amount: '1234500', uiAmountString: '1.2345' };

describe('token accounts', () => {
  it('gives a token account\'s balance in the mint\'s decimals', async () => {
    expect((await t.rpc('getTokenAccountBalance', [ata])).result).toEqual({ context: { ...CONTEXT, slot: await slot() }, value: amount });
  });

  it('gives the mint\'s supply the same way', async () => {
    expect(((await t.rpc('getTokenSupply', [mint.publicKey.toBase58()])).result as { value: unknown }).value).toEqual(amount);
  });

  it('refuses accounts that are not token accounts, as Agave words it', async () => {
    const answers = [await t.rpc('getTokenAccountBalance', [t.wallet.publicKey.toBase58()]), await t.rpc('getTokenAccountBalance', [Keypair.generate().publicKey.toBase58()])];

    expect(answers.map((a) => a.error)).toEqual([
      { code: -32602, message: 'Invalid param: not a Token account' },
      { code: -32602, message: 'Invalid param: could not find account' },
    ]);
  });

  it('parses a token account for jsonParsed', async () => {
    const { result } = await t.rpc('getAccountInfo', [ata, { encoding: 'jsonParsed' }]);

    expect((result as { value: unknown }).value).toEqual({
      lamports: 2039280,
      data: {
        program: 'spl-token',
        parsed: { info: { isNative: false, mint: mint.publicKey.toBase58(), owner: holder.publicKey.toBase58(), state: 'initialized', tokenAmount: amount }, type: 'account' },
        space: 165,
      },
      owner: TOKEN,
      executable: false,
      rentEpoch: 18446744073709551615,
      space: 165,
    });
  });

  it('parses a mint for jsonParsed, and falls back to base64 for accounts it cannot parse', async () => {
    const parsed = ((await t.rpc('getAccountInfo', [mint.publicKey.toBase58(), { encoding: 'jsonParsed' }])).result as { value: { data: unknown } }).value.data;
    const wallet = ((await t.rpc('getAccountInfo', [t.wallet.publicKey.toBase58(), { encoding: 'jsonParsed' }])).result as { value: { data: unknown } }).value.data;

    expect([parsed, wallet]).toEqual([
      { program: 'spl-token', parsed: { info: { decimals: 6, freezeAuthority: null, isInitialized: true, mintAuthority: t.wallet.publicKey.toBase58(), supply: '1234500' }, type: 'mint' }, space: 82 },
      ['', 'base64'],
    ]);
  });

  it('lists an owner\'s token accounts by mint or by token program', async () => {
    const owner = holder.publicKey.toBase58();

    const byMint = (await t.rpc('getTokenAccountsByOwner', [owner, { mint: mint.publicKey.toBase58() }, { encoding: 'base64' }])).result as { value: { pubkey: string; account: { owner: string; space: number } }[] };
    const byProgram = (await t.rpc('getTokenAccountsByOwner', [owner, { programId: TOKEN }, { encoding: 'jsonParsed' }])).result as { value: { pubkey: string; account: { data: { parsed: { info: { tokenAmount: unknown } } } } }[] };
    const nobody = (await t.rpc('getTokenAccountsByOwner', [t.wallet.publicKey.toBase58(), { programId: TOKEN }, { encoding: 'base64' }])).result as { value: unknown[] };

    expect([byMint.value.map((a) => [a.pubkey, a.account.owner, a.account.space]), byProgram.value.map((a) => [a.pubkey, a.account.data.parsed.info.tokenAmount]), nobody.value])
      .toEqual([[[ata, TOKEN, 165]], [[ata, amount]], []]);
  });

  it('records the token balances a transaction changed in its meta', async () => {
    const { meta, transaction } = (await t.rpc('getTransaction', [mintSignature, { encoding: 'json' }])).result as { meta: { preTokenBalances: unknown[]; postTokenBalances: unknown[] }; transaction: { message: { accountKeys: string[] } } };

    const index = transaction.message.accountKeys.indexOf(ata);
    expect([meta.preTokenBalances, meta.postTokenBalances]).toEqual([
      [],
      [{ accountIndex: index, mint: mint.publicKey.toBase58(), uiTokenAmount: amount, owner: holder.publicKey.toBase58(), programId: TOKEN }],
    ]);
  });
});
