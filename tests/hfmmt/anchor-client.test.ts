// HFMMT through the Anchor toolchain's own client stack: `poseidon build` writes generated/hfmmt (an Anchor
// workspace with target/deploy, target/idl and target/types), solana-bankrun's startAnchor starts the validator
// for it, HFMMT is deployed there through the upgradeable loader (initialize reads its ProgramData, which the
// non-upgradeable loader startAnchor uses would not create), and @coral-xyz/anchor's Program over anchor-bankrun's
// BankrunProvider calls every instruction, fetches every account type and parses the events from the logs of
// banksClient.tryProcessTransaction. One story, in order.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import anchor, { AnchorError, EventParser, Program, type AccountClient, type Idl } from '@coral-xyz/anchor';
import {
  MINT_SIZE, TOKEN_PROGRAM_ID, createAssociatedTokenAccountIdempotentInstruction, createInitializeMint2Instruction,
  createMintToInstruction, getAssociatedTokenAddressSync,
} from '@solana/spl-token';
import { Keypair, PublicKey, SystemProgram, Transaction, type Signer, type TransactionInstruction } from '@solana/web3.js';
import { BankrunProvider } from 'anchor-bankrun';
import { Clock, startAnchor, type ProgramTestContext } from 'solana-bankrun';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli/helpers.js';
import { TOOLCHAIN_ROOT } from '../interop/support.js';
import { PARAMS, T0, hfmmtProgramKeypair } from '../support/hfmmt.js';
import { bankrunRuntime } from '../../src/runtime/index.js';
import { deployToRuntime } from '../../src/deploy/in-process.js';

const { BN } = anchor;
type BNValue = InstanceType<typeof BN>;
const WORKSPACE = join(TOOLCHAIN_ROOT, 'generated/hfmmt');
const PROGRAM_ID = '9ZRHZRqEVociMgNbYtEgFjY88fPt24tMctYxSknzXM9a';

/** PARAMS as the Anchor coder takes them: BN integers, no warm-up so stakes count at once. */
const params = Object.fromEntries(Object.entries({ ...PARAMS, warmupSeconds: 0n }).map(([k, v]) => [k, typeof v === 'bigint'
  ? new BN(v.toString())
  : Object.fromEntries(Object.entries(v).map(([t, x]) => [t, new BN(x.toString())]))]));

let context: ProgramTestContext;
/** A folder holding only the Anchor.toml startAnchor reads. */
let bare: string;
let provider: BankrunProvider;
let program: Program;
let accounts: Record<'config' | 'marketMaker' | 'liquidityPosition', AccountClient>;
/** The decoded fields these tests read (the IDL is read at run time, so the account namespace is untyped). */
interface ConfigView { admin: PublicKey; performanceAuthority: PublicKey; stakeVault: PublicKey; params: Record<string, BNValue>; epochStart: BNValue; rewardBudget: BNValue; paused: boolean }
interface MakerView { staked: BNValue; priorityTier: number; epochScore: BNValue; accruedRebates: BNValue; autoCompound: boolean; pendingUnstake: BNValue; totalSlashed: BNValue }
interface PositionView { amount: BNValue; accruedRewards: BNValue; commitmentStart: BNValue }
const fetchConfig = () => accounts.config.fetch(pda('config')) as Promise<ConfigView>;
const fetchMaker = () => accounts.marketMaker.fetch(pda('maker', alice.publicKey)) as Promise<MakerView>;
const fetchPosition = () => accounts.liquidityPosition.fetch(pda('liquidity', alice.publicKey)) as Promise<PositionView>;
const keeper = Keypair.generate();
const alice = Keypair.generate();
let hfmmtMint: PublicKey;
let liquidityMint: PublicKey;
const hf = (owner: PublicKey) => getAssociatedTokenAddressSync(hfmmtMint, owner);
const lq = (owner: PublicKey) => getAssociatedTokenAddressSync(liquidityMint, owner);
const pda = (...seeds: (string | PublicKey)[]) =>
  PublicKey.findProgramAddressSync(seeds.map((s) => (typeof s === 'string' ? Buffer.from(s) : s.toBuffer())), program.programId)[0];
const num = (v: unknown) => (v as BNValue).toString();

async function send(ixs: TransactionInstruction[], signers: Signer[] = []): Promise<void> {
  await provider.sendAndConfirm!(new Transaction().add(...ixs), signers);
}

async function setTime(seconds: bigint): Promise<void> {
  const c = await context.banksClient.getClock();
  context.setClock(new Clock(c.slot, c.epochStartTimestamp, c.epoch, c.leaderScheduleEpoch, T0 + seconds));
}

/** A mint of `decimals` with the provider's wallet as authority, and `amount` minted to alice. */
async function mintToAlice(decimals: number, amount: bigint): Promise<PublicKey> {
  const mint = Keypair.generate();
  const payer = provider.wallet.publicKey;
  const lamports = Number(await context.banksClient.getRent().then((r) => r.minimumBalance(BigInt(MINT_SIZE))));
  const token = getAssociatedTokenAddressSync(mint.publicKey, alice.publicKey);
  await send([
    SystemProgram.createAccount({ fromPubkey: payer, newAccountPubkey: mint.publicKey, lamports, space: MINT_SIZE, programId: TOKEN_PROGRAM_ID }),
    createInitializeMint2Instruction(mint.publicKey, decimals, payer, null),
    createAssociatedTokenAccountIdempotentInstruction(payer, token, alice.publicKey, mint.publicKey),
    createMintToInstruction(mint.publicKey, token, payer, amount),
  ], [mint]);
  return mint.publicKey;
}

beforeAll(async () => {
  const build = await runCli(['build', 'hfmmt'], TOOLCHAIN_ROOT);
  if (build.code !== 0) throw new Error(`poseidon build failed: ${build.stderr}`);
  // program-test otherwise echoes every program log line to stderr; an explicit RUST_LOG still wins.
  const rustLog = process.env.RUST_LOG;
  process.env.RUST_LOG = rustLog ?? 'error';
  // The workspace's Anchor.toml with an empty [programs.localnet] table: startAnchor would load HFMMT with the
  // non-upgradeable loader, and a program account cannot be deployed again.
  bare = mkdtempSync(join(tmpdir(), 'hfmmt-anchor-'));
  writeFileSync(join(bare, 'Anchor.toml'), readFileSync(join(WORKSPACE, 'Anchor.toml'), 'utf8').replace(/\[programs\.localnet\][^[]*/, '[programs.localnet]\n\n'));
  // No genesis accounts: solana-bankrun 0.4.0 reads startAnchor's accounts on a tokio thread after the call has
  // returned, from native Account objects nothing keeps alive, so a garbage collection in between hands genesis
  // freed memory (a SIGSEGV, or a garbage balance). setAccount copies its account during the call.
  context = await startAnchor(bare, [], []);
  for (const { publicKey } of [keeper, alice]) {
    context.setAccount(publicKey, { lamports: 10_000_000_000, data: Buffer.alloc(0), owner: SystemProgram.programId, executable: false });
  }
  if (rustLog === undefined) delete process.env.RUST_LOG;
  // The context's payer, the provider's wallet, becomes the upgrade authority: the admin who may initialize.
  await deployToRuntime(bankrunRuntime(context), readFileSync(join(WORKSPACE, 'target/deploy/hfmmt.so')), hfmmtProgramKeypair());
  provider = new BankrunProvider(context);
  program = new Program(JSON.parse(readFileSync(join(WORKSPACE, 'target/idl/hfmmt.json'), 'utf8')) as Idl, provider);
  accounts = program.account as unknown as typeof accounts;
  hfmmtMint = await mintToAlice(9, 10_000_000n);
  liquidityMint = await mintToAlice(6, 10_000_000n);
  const admin = provider.wallet.publicKey;
  await send([createAssociatedTokenAccountIdempotentInstruction(admin, hf(admin), admin, hfmmtMint), createMintToInstruction(hfmmtMint, hf(admin), admin, 10_000_000n)]);
  await setTime(0n);
}, 60_000);

afterAll(() => rmSync(bare, { recursive: true, force: true }));

describe('HFMMT built by poseidon build, under startAnchor and the Anchor client', () => {
  it('the build output is an Anchor workspace with the .so, the IDL and the TypeScript types', () => {
    const files = ['Anchor.toml', 'Cargo.toml', 'programs/hfmmt/Cargo.toml', 'programs/hfmmt/src/lib.rs', 'target/deploy/hfmmt.so', 'target/idl/hfmmt.json', 'target/types/hfmmt.ts'];
    expect(files.filter((f) => !existsSync(join(WORKSPACE, f)))).toEqual([]);
    expect(program.programId.toBase58()).toBe(PROGRAM_ID);
  });

  it('initialize creates Config with the keys and parameters', async () => {
    await program.methods.initialize(params)
      .accounts({ admin: provider.wallet.publicKey, hfmmtMint, liquidityMint, performanceAuthority: keeper.publicKey }).rpc();

    const config = await fetchConfig();
    expect([config.admin.toBase58(), config.performanceAuthority.toBase58(), config.stakeVault.toBase58(), num(config.params.minStake), num(config.epochStart)])
      .toEqual([provider.wallet.publicKey.toBase58(), keeper.publicKey.toBase58(), pda('stake_vault').toBase58(), '1000', T0.toString()]);
  });

  it('fund_rewards, stake_tokens and provide_liquidity move tokens in and create the positions', async () => {
    await program.methods.fundRewards(new BN(1_000_000)).accounts({ funder: provider.wallet.publicKey, funderToken: hf(provider.wallet.publicKey) }).rpc();
    await program.methods.stakeTokens(new BN(10_000)).accounts({ owner: alice.publicKey, ownerToken: hf(alice.publicKey) }).signers([alice]).rpc();
    await program.methods.provideLiquidity(new BN(1_000_000)).accounts({ provider: alice.publicKey, providerToken: lq(alice.publicKey) }).signers([alice]).rpc();

    const maker = await fetchMaker();
    const position = await fetchPosition();
    expect([num(maker.staked), maker.priorityTier, num(position.amount), num((await fetchConfig()).rewardBudget)])
      .toEqual(['10000', 2, '1000000', '1000000']);
    // alice paid the rent of her MarketMaker (203 bytes) and LiquidityPosition (89 bytes) and nothing else: the
    // provider's wallet pays the fees.
    expect(await context.banksClient.getBalance(alice.publicKey)).toBe(10_000_000_000n - 2_303_760n - 1_510_320n);
  });

  it('update_volatility, update_performance and set_auto_compound record the market and the maker', async () => {
    await program.methods.updateVolatility(new BN(3_000)).accounts({ performanceAuthority: keeper.publicKey }).signers([keeper]).rpc();
    await setTime(10n);
    await program.methods.updatePerformance(new BN(1_000_000), new BN(10_000), new BN(0))
      .accountsPartial({ performanceAuthority: keeper.publicKey, maker: pda('maker', alice.publicKey) }).signers([keeper]).rpc();
    await program.methods.setAutoCompound(true).accounts({ owner: alice.publicKey }).signers([alice]).rpc();

    const maker = await fetchMaker();
    // score 1,000,000 × 1.5; rebate 1,000,000 × 10 bps
    expect([num(maker.epochScore), num(maker.accruedRebates), maker.autoCompound]).toEqual(['1500000', '1000', true]);
  });

  it('distribute_rewards compounds 100 s of staking at 1.5× plus the rebate', async () => {
    await setTime(100n);
    await program.methods.distributeRewards()
      .accountsPartial({ maker: pda('maker', alice.publicKey), ownerToken: hf(alice.publicKey) }).rpc();

    expect(num((await fetchMaker()).staked)).toBe(String(10_000 + 150_000 + 1_000));
  });

  it('withdraw_liquidity pays part of the position and its rewards', async () => {
    await program.methods.withdrawLiquidity(new BN(400_000))
      .accounts({ provider: alice.publicKey, providerToken: lq(alice.publicKey), providerRewardToken: hf(alice.publicKey) }).signers([alice]).rpc();

    const position = await fetchPosition();
    expect([num(position.amount), num(position.accruedRewards), num(position.commitmentStart)]).toEqual(['600000', '0', T0.toString()]);
  });

  it('request_unstake and withdraw_unstaked return stake after the cooldown', async () => {
    await program.methods.requestUnstake(new BN(1_000)).accounts({ owner: alice.publicKey }).signers([alice]).rpc();
    await setTime(600n);
    await program.methods.withdrawUnstaked().accounts({ owner: alice.publicKey, ownerToken: hf(alice.publicKey) }).signers([alice]).rpc();

    const maker = await fetchMaker();
    expect([num(maker.staked), num(maker.pendingUnstake)]).toEqual(['160000', '0']);
  });

  it('slash_inactive takes 10% of an inactive maker\'s stake', async () => {
    await setTime(5_011n); // last active at T0 + 10
    await program.methods.slashInactive().accountsPartial({ maker: pda('maker', alice.publicKey) }).rpc();

    expect(num((await fetchMaker()).totalSlashed)).toBe('16000');
  });

  it('update_config and set_paused change the parameters and the pause flag', async () => {
    await program.methods.updateConfig({ ...params, rewardRate: new BN(2_000) }).accounts({ admin: provider.wallet.publicKey }).rpc();
    await program.methods.setPaused(true).accounts({ admin: provider.wallet.publicKey }).rpc();

    const config = await fetchConfig();
    expect([num(config.params.rewardRate), config.paused]).toEqual(['2000', true]);
  });

  it('a custom error reaches the client as an AnchorError with its IDL name and code', async () => {
    const failure = program.methods.setPaused(false).accounts({ admin: alice.publicKey }).signers([alice]).rpc();

    await expect(failure).rejects.toBeInstanceOf(AnchorError);
    await expect(failure).rejects.toMatchObject({ error: { errorCode: { code: 'Unauthorized', number: 6000 } } });
  });

  it('EventParser reads the events from the logs of tryProcessTransaction', async () => {
    const tx = await program.methods.updateVolatility(new BN(7_000)).accounts({ performanceAuthority: keeper.publicKey }).transaction();
    // A blockhash fetched now, as BankrunProvider does. context.lastBlockhash is the one of the deploy's slot
    // warp, and bankrun registers a new blockhash every slot of its genesis (64 ticks of 100 µs), so it refuses
    // one with BlockhashNotFound once 150 newer exist: 1.2 to 1.6 s later, measured. The tests above take longer
    // than that on a loaded machine.
    tx.recentBlockhash = (await context.banksClient.getLatestBlockhash())![0];
    tx.feePayer = provider.wallet.publicKey;
    tx.sign(context.payer, keeper);

    const result = await context.banksClient.tryProcessTransaction(tx);

    expect(result.result).toBeNull();
    const events = [...new EventParser(program.programId, program.coder).parseLogs(result.meta!.logMessages)];
    expect(events.map((e) => ({ name: e.name, volatilityBps: num(e.data.volatilityBps), multiplierBps: num(e.data.multiplierBps) })))
      .toEqual([{ name: 'volatilityUpdated', volatilityBps: '7000', multiplierBps: '30000' }]);
  });
});
