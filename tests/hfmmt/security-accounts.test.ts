// HFMMT on both runtimes, the Sealevel attacks that forge or swap accounts: missing signer, account data
// matching (mint, vault, someone else's maker), owner checks, type cosplay, non-canonical bumps and PDA
// sharing. Each attack is attempted and must fail with the expected code, every account unchanged.
import { createTransferInstruction } from '@solana/spl-token';
import { Keypair, PublicKey, SystemProgram, TransactionInstruction } from '@solana/web3.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { ANCHOR_ERRORS } from '../../src/ir/errors.js';
import { RUNTIME_KINDS } from '../support/runtimes.js';
import { customErrorCode } from '../support/hfmmt-chain.js';
import { HfmmtWorld, hfmmtBuild } from '../support/hfmmt.js';
import { createMint, fundAta } from '../support/tokens.js';

beforeAll(() => { hfmmtBuild(); });

/** spl_token::error::TokenError::OwnerMismatch. */
const TOKEN_OWNER_MISMATCH = 4;

/** `ix` with `key` passed as a non-signer: the transaction then needs no signature from it. */
function unsigned(ix: TransactionInstruction, key: PublicKey): TransactionInstruction {
  const keys = ix.keys.map((k) => (k.pubkey.equals(key) ? { ...k, isSigner: false } : k));
  return new TransactionInstruction({ programId: ix.programId, keys, data: ix.data });
}

/** A valid program address for `seeds` with a bump below the canonical one. */
function nonCanonicalPda(seeds: Buffer[], programId: PublicKey): [PublicKey, number] {
  const [, canonical] = PublicKey.findProgramAddressSync(seeds, programId);
  for (let bump = canonical - 1; bump >= 0; bump--) {
    try {
      return [PublicKey.createProgramAddressSync([...seeds, Buffer.from([bump])], programId), bump];
    } catch {
      // on the curve: not a program address, try the next bump
    }
  }
  throw new Error('internal: no non-canonical bump found');
}

describe.each(RUNTIME_KINDS)('HFMMT Sealevel attacks on accounts, on %s', (kind) => {
  /** alice has 10,000 staked and 1,000 provided; bob is the attacker. */
  const world = async () => {
    const w = await HfmmtWorld.create(kind, { params: { warmupSeconds: 0n } });
    await w.stake('alice', 10_000n);
    await w.provide('alice', 1_000n);
    return w;
  };
  const NOT_SIGNER = ANCHOR_ERRORS.AccountNotSigner.code;
  const SEEDS = ANCHOR_ERRORS.ConstraintSeeds.code;
  const HAS_ONE = ANCHOR_ERRORS.ConstraintHasOne.code;

  describe('missing signer', () => {
    it('request_unstake for alice without her signature fails with AccountNotSigner (3010)', async () => {
      const w = await world();
      await w.expectRejected(unsigned(w.client.requestUnstake({ owner: w.key('alice'), amount: 10_000n }), w.key('alice')), [], NOT_SIGNER);
    });
    it('withdraw_liquidity for alice without her signature fails with 3010', async () => {
      const w = await world();
      const ix = w.client.withdrawLiquidity({ provider: w.key('alice'), providerToken: w.lq('alice'), providerRewardToken: w.hf('alice'), amount: 1_000n });
      await w.expectRejected(unsigned(ix, w.key('alice')), [], NOT_SIGNER);
    });
    it('update_performance naming the keeper without its signature fails with 3010', async () => {
      const w = await world();
      const ix = w.client.updatePerformance({ performanceAuthority: w.key('keeper'), makerOwner: w.key('bob'), executionVolume: 1n, spreadEfficiency: 1n, orderFlow: 1n });
      await w.expectRejected(unsigned(ix, w.key('keeper')), [], NOT_SIGNER);
    });
    it('stake_tokens from alice\'s account without her signature fails with 3010', async () => {
      const w = await world();
      await w.expectRejected(unsigned(w.client.stakeTokens({ owner: w.key('alice'), ownerToken: w.hf('alice'), amount: 10_000n }), w.key('alice')), [], NOT_SIGNER);
    });
    it('a transaction claiming alice as signer without her signature is refused before it runs', async () => {
      const w = await world();
      await w.expectRejected(w.client.requestUnstake({ owner: w.key('alice'), amount: 10_000n }), [], 'SignatureFailure');
    });
  });

  describe('account data matching', () => {
    it('a look-alike mint fails with InvalidMint', async () => {
      const w = await world();
      const fake = await createMint(w.rt, 9);
      const fakeToken = await fundAta(w.rt, fake, w.key('bob'), 1_000_000n);
      const ix = w.client.stakeTokens({ owner: w.key('bob'), ownerToken: fakeToken, amount: 100_000n });
      await w.expectRejected(ix, [w.keypair('bob')], customErrorCode(w.client, 'InvalidMint'));
    });
    it('withdraw_unstaked from the reward vault posing as the stake vault fails with has_one (2001)', async () => {
      const w = await world();
      await w.unstake('alice', 1_000n);
      await w.at(600n);
      const ix = w.client.withdrawUnstaked({ owner: w.key('alice'), ownerToken: w.hf('alice') }, { stakeVault: w.client.rewardVault });
      await w.expectRejected(ix, [w.keypair('alice')], HAS_ONE);
    });
    it('stake_tokens into the attacker\'s own account posing as the stake vault fails with 2001', async () => {
      const w = await world();
      // Not the account staked from: that one as both would be a duplicate mutable account (2040, security-state).
      const ix = w.client.stakeTokens({ owner: w.key('bob'), ownerToken: w.hf('bob'), amount: 10_000n }, { stakeVault: w.lq('bob') });
      await w.expectRejected(ix, [w.keypair('bob')], HAS_ONE);
    });
    it('distribute_rewards paying from the attacker\'s account posing as the reward vault fails with 2001', async () => {
      const w = await world();
      const ix = w.client.distributeRewards({ makerOwner: w.key('alice'), ownerToken: w.hf('alice') }, { rewardVault: w.hf('bob') });
      await w.expectRejected(ix, [], HAS_ONE);
    });
    it('bob staking into alice\'s MarketMaker fails with seeds (2006)', async () => {
      const w = await world();
      const ix = w.client.stakeTokens({ owner: w.key('bob'), ownerToken: w.hf('bob'), amount: 10_000n }, { maker: w.maker('alice') });
      await w.expectRejected(ix, [w.keypair('bob')], SEEDS);
    });
  });

  describe('program-owned copies at other addresses', () => {
    /** Copies `original` (data, owner and all) to a fresh address and passes it as `role` to distribute_rewards. */
    const distributeWithCopy = async (w: HfmmtWorld, original: PublicKey, role: 'config' | 'maker') => {
      const copy = Keypair.generate().publicKey;
      await w.rt.setAccount(copy, (await w.rt.getAccount(original))!);
      const ix = w.client.distributeRewards({ makerOwner: w.key('alice'), ownerToken: w.hf('alice') }, { [role]: copy });
      const result = await w.expectRejected(ix, [], SEEDS);
      const at = result.logs.indexOf('Program log: Left:');
      expect(result.logs.slice(at, at + 4)).toEqual(['Program log: Left:', `Program log: ${copy.toBase58()}`, 'Program log: Right:', `Program log: ${original.toBase58()}`]);
    };
    it('a copy of Config fails distribute_rewards with 2006, logging the key passed and the PDA', async () => {
      const w = await world();
      await distributeWithCopy(w, w.client.config, 'config');
    });
    it('a copy of alice\'s MarketMaker fails distribute_rewards with 2006, logging the key passed and the PDA', async () => {
      const w = await world();
      await distributeWithCopy(w, w.maker('alice'), 'maker');
    });
  });

  describe('owner checks', () => {
    it('a copy of alice\'s MarketMaker owned by another program fails with AccountOwnedByWrongProgram (3007)', async () => {
      const w = await world();
      const copy = Keypair.generate().publicKey;
      const original = (await w.rt.getAccount(w.maker('alice')))!;
      await w.rt.setAccount(copy, { ...original, owner: SystemProgram.programId });
      const ix = w.client.distributeRewards({ makerOwner: w.key('alice'), ownerToken: w.hf('alice') }, { maker: copy });
      await w.expectRejected(ix, [], ANCHOR_ERRORS.AccountOwnedByWrongProgram.code);
    });
    it('a copy of Config owned by another program fails with 3007', async () => {
      const w = await world();
      const copy = Keypair.generate().publicKey;
      const original = (await w.rt.getAccount(w.client.config))!;
      await w.rt.setAccount(copy, { ...original, owner: SystemProgram.programId });
      const ix = w.client.setPaused({ admin: w.key('admin'), paused: true }, { config: copy });
      await w.expectRejected(ix, [], ANCHOR_ERRORS.AccountOwnedByWrongProgram.code);
    });
    it('a stake vault look-alike not owned by the token program fails with 3007', async () => {
      const w = await world();
      const copy = Keypair.generate().publicKey;
      const original = (await w.rt.getAccount(w.client.stakeVault))!;
      await w.rt.setAccount(copy, { ...original, owner: w.client.programId });
      const ix = w.client.stakeTokens({ owner: w.key('bob'), ownerToken: w.hf('bob'), amount: 10_000n }, { stakeVault: copy });
      await w.expectRejected(ix, [w.keypair('bob')], ANCHOR_ERRORS.AccountOwnedByWrongProgram.code);
    });
  });

  describe('type cosplay', () => {
    it('alice\'s LiquidityPosition passed as her MarketMaker fails with AccountDiscriminatorMismatch (3002)', async () => {
      const w = await world();
      const ix = w.client.distributeRewards({ makerOwner: w.key('alice'), ownerToken: w.hf('alice') }, { maker: w.position('alice') });
      await w.expectRejected(ix, [], ANCHOR_ERRORS.AccountDiscriminatorMismatch.code);
    });
    it('a MarketMaker passed as the Config fails with 3002', async () => {
      const w = await world();
      const ix = w.client.updateVolatility({ performanceAuthority: w.key('keeper'), volatilityBps: 1n }, { config: w.maker('alice') });
      await w.expectRejected(ix, [w.keypair('keeper')], ANCHOR_ERRORS.AccountDiscriminatorMismatch.code);
    });
  });

  describe('non-canonical bumps', () => {
    it('stake_tokens at a MarketMaker address with a non-canonical bump fails with 2006', async () => {
      const w = await world();
      const [address] = nonCanonicalPda([Buffer.from('maker'), w.key('bob').toBuffer()], w.client.programId);
      const ix = w.client.stakeTokens({ owner: w.key('bob'), ownerToken: w.hf('bob'), amount: 10_000n }, { maker: address });
      await w.expectRejected(ix, [w.keypair('bob')], SEEDS);
    });
    it('initialize at a Config address with a non-canonical bump fails with 2006', async () => {
      const w = await HfmmtWorld.create(kind, { initialize: false });
      const [address] = nonCanonicalPda([Buffer.from('config')], w.client.programId);
      const ix = w.client.initialize({ admin: w.key('admin'), hfmmtMint: w.hfmmtMint, liquidityMint: w.liquidityMint, performanceAuthority: w.key('keeper'), params: w.params }, { config: address });
      await w.expectRejected(ix, [], SEEDS);
    });
    it('the program stores the canonical bump, and a MarketMaker whose stored bump is not canonical is refused with 2006', async () => {
      const w = await world();
      const seeds = [Buffer.from('maker'), w.key('alice').toBuffer()];
      const state = (await w.rt.getAccount(w.maker('alice')))!;
      expect(state.data.at(-1)).toBe(PublicKey.findProgramAddressSync(seeds, w.client.programId)[1]);
      const data = Uint8Array.from(state.data);
      data[data.length - 1] = nonCanonicalPda(seeds, w.client.programId)[1];
      await w.rt.setAccount(w.maker('alice'), { ...state, data });
      await w.expectRejected(w.client.requestUnstake({ owner: w.key('alice'), amount: 1_000n }), [w.keypair('alice')], SEEDS);
    });
  });

  describe('PDA sharing', () => {
    it('bob cannot request an unstake from alice\'s MarketMaker (2006)', async () => {
      const w = await world();
      await w.expectRejected(w.client.requestUnstake({ owner: w.key('bob'), amount: 10_000n }, { maker: w.maker('alice') }), [w.keypair('bob')], SEEDS);
    });
    it('bob cannot withdraw alice\'s pending unstake into his account (2006)', async () => {
      const w = await world();
      await w.unstake('alice', 10_000n);
      await w.at(600n);
      const ix = w.client.withdrawUnstaked({ owner: w.key('bob'), ownerToken: w.hf('bob') }, { maker: w.maker('alice') });
      await w.expectRejected(ix, [w.keypair('bob')], SEEDS);
    });
    it('bob cannot withdraw alice\'s liquidity position (2006)', async () => {
      const w = await world();
      const ix = w.client.withdrawLiquidity({ provider: w.key('bob'), providerToken: w.lq('bob'), providerRewardToken: w.hf('bob'), amount: 1_000n }, { position: w.position('alice') });
      await w.expectRejected(ix, [w.keypair('bob')], SEEDS);
    });
    it('bob cannot switch auto-compound on alice\'s MarketMaker (2006)', async () => {
      const w = await world();
      await w.expectRejected(w.client.setAutoCompound({ owner: w.key('bob'), enabled: true }, { maker: w.maker('alice') }), [w.keypair('bob')], SEEDS);
    });
    it('the shared vaults answer to Config only: a direct token transfer out signed by bob fails in the token program', async () => {
      const w = await world();
      await w.expectRejected(createTransferInstruction(w.client.stakeVault, w.hf('bob'), w.key('bob'), 10_000n), [w.keypair('bob')], TOKEN_OWNER_MISMATCH);
    });
  });
});
