// HFMMT through Anchor 1.x's client, @anchor-lang/core 1.2, on both runtimes: a Program typed with the types
// `poseidon build` writes (generated/hfmmt/target/types/hfmmt.ts) over a Provider on the runtime layer
// (tests/support/anchor-provider.ts) initializes, stakes and provides liquidity through the methods builder
// (PDAs, vaults and relations resolved by the client), fetches Config and MarketMaker, parses the events with
// its EventParser and reads AnchorErrors: a require's custom error at its Rust line, and Anchor 1.x's
// duplicate-mutable-account error. The @coral-xyz/anchor 0.32 story is tests/hfmmt/anchor-client.test.ts.
import anchor, { AnchorError, EventParser, Program, type Idl } from '@anchor-lang/core';
import type { Keypair, TransactionInstruction } from '@solana/web3.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { RUNTIME_KINDS } from '../support/runtimes.js';
import type { Hfmmt } from '../../generated/hfmmt/target/types/hfmmt.js';
import { runtimeProvider } from '../support/anchor-provider.js';
import { HfmmtWorld, PARAMS, hfmmtBuild } from '../support/hfmmt.js';

const { BN } = anchor;

beforeAll(() => { hfmmtBuild(); });

/** PARAMS as the client takes them: BN integers, no warm-up so stakes count at once. */
const params = Object.fromEntries(Object.entries({ ...PARAMS, warmupSeconds: 0n }).map(([k, v]) => [k, typeof v === 'bigint'
  ? new BN(v.toString())
  : Object.fromEntries(Object.entries(v).map(([t, x]) => [t, new BN(x.toString())]))])) as never;

describe.each(RUNTIME_KINDS)('HFMMT with @anchor-lang/core 1.2 on %s', (kind) => {
  let w: HfmmtWorld;
  let program: Program<Hfmmt>;
  let alice: Keypair;
  const events = async (ix: TransactionInstruction, signers: Keypair[]) => {
    const r = await w.rt.send([ix], signers);
    expect(r.error).toBeNull();
    return [...new EventParser(program.programId, program.coder).parseLogs(r.logs)];
  };
  const rejection = async (promise: Promise<unknown>) => {
    const error = await promise.then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(AnchorError);
    return (error as AnchorError).error;
  };

  beforeAll(async () => {
    w = await HfmmtWorld.create(kind, { initialize: false });
    program = new Program<Hfmmt>(w.client.program.rawIdl as unknown as Hfmmt & Idl, runtimeProvider(w.rt));
    alice = w.keypair('alice');
    // Natively the first world may build its host first (minutes on a loaded machine).
  }, kind === 'native' ? 1_800_000 : 60_000);

  it('initialize: the client derives Config and the three vaults; Initialized is parsed from the logs', async () => {
    const ix = await program.methods.initialize(params)
      .accounts({ admin: w.key('admin'), hfmmtMint: w.hfmmtMint, liquidityMint: w.liquidityMint, performanceAuthority: w.key('keeper') })
      .instruction();
    const [initialized] = await events(ix, []);
    const config = await program.account.config.fetch(w.client.config);
    expect([initialized.name, initialized.data.admin.toBase58(), config.stakeVault.toBase58(), config.params.minStake.toString()])
      .toEqual(['initialized', w.key('admin').toBase58(), w.client.stakeVault.toBase58(), PARAMS.minStake.toString()]);
  });

  it('stake_tokens and provide_liquidity through rpc(); MarketMaker fetched and decoded', async () => {
    await program.methods.stakeTokens(new BN(10_000)).accounts({ owner: alice.publicKey, ownerToken: w.hf('alice') }).signers([alice]).rpc();
    await program.methods.provideLiquidity(new BN(1_000)).accounts({ provider: alice.publicKey, providerToken: w.lq('alice') }).signers([alice]).rpc();
    const maker = await program.account.marketMaker.fetch(w.maker('alice'));
    const position = await program.account.liquidityPosition.fetch(w.position('alice'));
    expect([maker.staked.toString(), maker.owner.toBase58(), position.amount.toString()]).toEqual(['10000', alice.publicKey.toBase58(), '1000']);
  });

  it('a stake below the minimum is an AnchorError BelowMinimumStake, thrown at its require! line', async () => {
    const bob = w.keypair('bob');
    const error = await rejection(program.methods.stakeTokens(new BN(1)).accounts({ owner: bob.publicKey, ownerToken: w.hf('bob') }).signers([bob]).rpc());
    expect([error.errorCode.code, error.errorMessage]).toEqual(['BelowMinimumStake', 'The stake is below the minimum']);
    expect(error.origin).toMatchObject({ file: 'programs/hfmmt/src/instructions/stake_tokens.rs' });
  });

  it('staking from the stake vault into itself is Anchor 1.x\'s 2040, caused by stake_vault', async () => {
    const error = await rejection(program.methods.stakeTokens(new BN(10_000))
      .accounts({ owner: alice.publicKey, ownerToken: w.client.stakeVault }).signers([alice]).rpc());
    expect([error.errorCode, error.origin]).toEqual([{ code: 'ConstraintDuplicateMutableAccount', number: 2040 }, 'stake_vault']);
  });
});
