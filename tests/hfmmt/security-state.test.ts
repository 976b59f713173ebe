// HFMMT on both runtimes, the Sealevel attacks on state and programs: re-initialization, arbitrary CPI,
// duplicate mutable accounts, closing/revival and sysvar spoofing. Each attack is attempted and must fail
// with the expected code and change nothing, or (revival, spoofing) be shown to gain nothing. Duplicate
// mutable accounts are tried against the default build (Anchor 1.x) and a build for Anchor 0.32.
import { Keypair, PublicKey, SYSVAR_CLOCK_PUBKEY, SystemProgram, TransactionInstruction } from '@solana/web3.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { ANCHOR_ERRORS } from '../../src/ir/errors.js';
import { anchorErrorLine, errorCode } from '../../src/runtime/index.js';
import { RUNTIME_KINDS } from '../support/runtimes.js';
import { customErrorCode, existingAccountInitError, SYSTEM_ACCOUNT_ALREADY_IN_USE } from '../support/hfmmt-chain.js';
import { HfmmtWorld, PARAMS, T0, eventOf, hfmmtBuild } from '../support/hfmmt.js';
import { createMint } from '../support/tokens.js';

beforeAll(() => { hfmmtBuild(); });

const SYSVAR_OWNER = new PublicKey('Sysvar1111111111111111111111111111111111111');

/** `ix` with `extra` appended as a read-only remaining account. */
function withExtraAccount(ix: TransactionInstruction, extra: PublicKey): TransactionInstruction {
  return new TransactionInstruction({ programId: ix.programId, keys: [...ix.keys, { pubkey: extra, isSigner: false, isWritable: false }], data: ix.data });
}

describe.each(RUNTIME_KINDS)('HFMMT Sealevel attacks on state and programs, on %s', (kind) => {
  const world = async (anchorVersion?: string) => {
    const w = await HfmmtWorld.create(kind, { params: { warmupSeconds: 0n }, anchorVersion });
    await w.stake('alice', 10_000n);
    await w.provide('alice', 1_000n);
    return w;
  };
  const code = (w: HfmmtWorld, name: string) => customErrorCode(w.client, name);
  const reinitialized = existingAccountInitError(kind);

  describe('re-initialization', () => {
    // Not on native: Anchor 1.x re-creates over the funded account with CreateAccountAllowPrefund, which
    // solana-program-test 3.1's System program (Agave 3.1) does not know, where LiteSVM runs it: a runtime
    // difference, not a backend one (as in counter.test.ts).
    it.skipIf(kind === 'native')('a second initialize fails in the System Program ("already in use", custom 0; bankrun: InvalidInstructionData), as with Anchor 1.x', async () => {
      const w = await world();
      expect(errorCode((await w.initialize(PARAMS)).result)).toBe(reinitialized);
    });
    it('a second initialize built for Anchor 0.32 fails in Allocate ("already in use", custom 0) on both runtimes', async () => {
      const w = await world('0.32.1');
      const r = (await w.initialize(PARAMS)).result;
      expect(errorCode(r)).toBe(SYSTEM_ACCOUNT_ALREADY_IN_USE);
      expect(r.logs.some((l) => /^Allocate: account .* already in use$/.test(l))).toBe(true);
    });
    it.skipIf(kind === 'native')('an attacker cannot re-initialize Config with themselves as admin and their own mints', async () => {
      const w = await world();
      const [mintA, mintB] = [await createMint(w.rt, 9, w.key('bob')), await createMint(w.rt, 6, w.key('bob'))];
      const ix = w.client.initialize({ admin: w.key('bob'), hfmmtMint: mintA, liquidityMint: mintB, performanceAuthority: w.key('bob'), params: PARAMS });
      await w.expectRejected(ix, [w.keypair('bob')], reinitialized);
    });
    it('staking again into an existing MarketMaker keeps its owner, bump and last activity', async () => {
      const w = await world();
      const before = (await w.chain()).users[w.name('alice')].maker!;
      await w.at(3_000n);
      await w.stake('alice', 1_000n);
      expect((await w.chain()).users[w.name('alice')].maker).toMatchObject({ owner: before.owner, bump: before.bump, lastActive: T0 });
    });
  });

  describe('arbitrary CPI', () => {
    it('distribute_rewards with HFMMT itself posing as the token program fails with InvalidProgramId (3008)', async () => {
      const w = await world();
      await w.at(100n);
      const ix = w.client.distributeRewards({ makerOwner: w.key('alice'), ownerToken: w.hf('alice') }, { tokenProgram: w.client.programId });
      await w.expectRejected(ix, [], ANCHOR_ERRORS.InvalidProgramId.code);
    });
    it('stake_tokens with a non-program account as the token program fails with 3008', async () => {
      const w = await world();
      const ix = w.client.stakeTokens({ owner: w.key('bob'), ownerToken: w.hf('bob'), amount: 10_000n }, { tokenProgram: Keypair.generate().publicKey });
      await w.expectRejected(ix, [w.keypair('bob')], ANCHOR_ERRORS.InvalidProgramId.code);
    });
    it('withdraw_unstaked with the System Program as the token program fails with 3008', async () => {
      const w = await world();
      await w.unstake('alice', 1_000n);
      await w.at(600n);
      const ix = w.client.withdrawUnstaked({ owner: w.key('alice'), ownerToken: w.hf('alice') }, { tokenProgram: SystemProgram.programId });
      await w.expectRejected(ix, [w.keypair('alice')], ANCHOR_ERRORS.InvalidProgramId.code);
    });
  });

  // Anchor 1.x rejects two mutable accounts that are one account before any other constraint (2040, caused
  // by the later field); a build for Anchor 0.32 lets them through to HFMMT's own checks.
  describe('duplicate mutable accounts', () => {
    const scenarios: { name: string; later: string; before032: (w: HfmmtWorld) => number; attack: (w: HfmmtWorld) => Promise<[TransactionInstruction, Keypair[]]> }[] = [
      {
        name: 'fund_rewards from the reward vault into itself would raise the budget from nothing', later: 'reward_vault',
        before032: (w) => code(w, 'InvalidOwner'),
        attack: async (w) => [w.client.fundRewards({ funder: w.key('admin'), funderToken: w.client.rewardVault, amount: 1_000_000n }), []],
      },
      {
        name: 'stake_tokens from the stake vault into itself', later: 'stake_vault',
        before032: (w) => code(w, 'InvalidOwner'),
        attack: async (w) => [w.client.stakeTokens({ owner: w.key('bob'), ownerToken: w.client.stakeVault, amount: 10_000n }), [w.keypair('bob')]],
      },
      {
        name: 'distribute_rewards paying the reward vault into itself', later: 'reward_vault',
        before032: (w) => code(w, 'InvalidOwner'),
        attack: async (w) => {
          await w.at(100n);
          return [w.client.distributeRewards({ makerOwner: w.key('alice'), ownerToken: w.client.rewardVault }), []];
        },
      },
      {
        name: 'withdraw_unstaked from the stake vault into itself', later: 'stake_vault',
        before032: (w) => code(w, 'InvalidOwner'),
        attack: async (w) => {
          await w.unstake('alice', 1_000n);
          await w.at(600n);
          return [w.client.withdrawUnstaked({ owner: w.key('alice'), ownerToken: w.client.stakeVault }), [w.keypair('alice')]];
        },
      },
      {
        name: 'distribute_rewards with one account as both stake and reward vault', later: 'reward_vault',
        before032: () => ANCHOR_ERRORS.ConstraintHasOne.code,
        attack: async (w) => {
          await w.at(100n);
          return [w.client.distributeRewards({ makerOwner: w.key('alice'), ownerToken: w.hf('alice') }, { stakeVault: w.client.rewardVault }), []];
        },
      },
      {
        name: 'slash_inactive with one account as both vaults', later: 'reward_vault',
        before032: () => ANCHOR_ERRORS.ConstraintHasOne.code,
        attack: async (w) => {
          await w.at(5_001n);
          return [w.client.slashInactive({ makerOwner: w.key('alice') }, { stakeVault: w.client.rewardVault }), []];
        },
      },
      {
        name: 'withdraw_liquidity with one account for the liquidity and the rewards', later: 'provider_reward_token',
        before032: (w) => code(w, 'InvalidMint'),
        attack: async (w) => {
          await w.at(100n);
          return [w.client.withdrawLiquidity({ provider: w.key('alice'), providerToken: w.lq('alice'), providerRewardToken: w.lq('alice'), amount: 1_000n }), [w.keypair('alice')]];
        },
      },
    ];

    it.each(scenarios)('$name: ConstraintDuplicateMutableAccount (2040), caused by $later', async ({ later, attack }) => {
      const w = await world();
      const [ix, signers] = await attack(w);
      const r = await w.expectRejected(ix, signers, ANCHOR_ERRORS.ConstraintDuplicateMutableAccount.code);
      expect(anchorErrorLine(r.logs)).toBe(`Program log: AnchorError caused by account: ${later}. Error Code: ConstraintDuplicateMutableAccount. Error Number: 2040. Error Message: A duplicate mutable account constraint was violated.`);
    });

    it.each(scenarios)('$name, built for Anchor 0.32: caught by a later check instead', async ({ before032, attack }) => {
      const w = await world('0.32.1');
      const [ix, signers] = await attack(w);
      const r = await w.expectRejected(ix, signers, before032(w));
      expect(r.logs.some((l) => l.includes('ConstraintDuplicateMutableAccount'))).toBe(false);
    });
  });

  // Closing and revival do not apply: no HFMMT instruction closes an account, so there is nothing to revive.
  // The nearest real risk is leaving and coming back to reset state; these tests show that gains nothing.
  describe('closing and revival', () => {
    it('a maker who exits completely keeps the MarketMaker account and its history', async () => {
      const w = await world();
      const before = (await w.rt.getAccount(w.maker('alice')))!;
      await w.unstake('alice', 10_000n);
      await w.at(600n);
      await w.withdrawUnstaked('alice');
      await w.distribute('alice');
      const after = (await w.rt.getAccount(w.maker('alice')))!;
      expect({ lamports: after.lamports, owner: after.owner.toBase58(), size: after.data.length })
        .toEqual({ lamports: before.lamports, owner: w.client.programId.toBase58(), size: before.data.length });
    });
    it('exiting and re-staking does not reset last activity or total slashed, so it cannot dodge a slash', async () => {
      const w = await HfmmtWorld.create(kind, { params: { warmupSeconds: 0n, rewardRate: 0n } });
      await w.stake('alice', 10_000n);
      await w.at(5_001n);
      await w.slash('alice'); // 1,000 slashed; active again from 5,001
      await w.at(10_001n); // still active (5,000 s silent), so the request itself slashes nothing
      await w.unstake('alice', 9_000n);
      await w.at(10_501n);
      await w.withdrawUnstaked('alice');
      await w.stake('alice', 10_000n);
      expect((await w.chain()).users[w.name('alice')].maker).toMatchObject({ lastActive: T0 + 5_001n, totalSlashed: 1_000n });
      expect(eventOf(await w.slash('alice'), 'slashed').amount).toBe(1_000n);
    });
    it('a provider who withdraws everything and comes back earns nothing for the time away', async () => {
      const w = await world();
      await w.at(500n);
      await w.withdrawLiquidity('alice', 1_000n);
      await w.at(2_000n);
      const step = await w.provide('alice', 1_000n);
      expect(eventOf(step, 'liquidityProvided').commitmentStart).toBe(T0 + 2_000n);
      expect((await w.chain()).users[w.name('alice')].position).toMatchObject({ accruedRewards: 0n, lastAccrual: T0 + 2_000n });
    });
  });

  // The program reads the Clock through the sol_get_clock_sysvar syscall and takes no sysvar account.
  describe('sysvar spoofing', () => {
    /** A Clock-shaped account (slot, epoch start, epoch, leader schedule epoch, unix time) owned by the sysvar owner. */
    async function fakeClock(w: HfmmtWorld, unixTimestamp: bigint): Promise<PublicKey> {
      const key = Keypair.generate().publicKey;
      const data = Buffer.alloc(40);
      data.writeBigInt64LE(unixTimestamp, 32);
      await w.rt.setAccount(key, { lamports: 1_000_000_000n, data, owner: SYSVAR_OWNER });
      return key;
    }

    it('a fake clock claiming the cooldown is over changes nothing: CooldownNotElapsed', async () => {
      const w = await world();
      await w.unstake('alice', 1_000n); // unlocks at 500
      await w.at(499n);
      const ix = withExtraAccount(w.client.withdrawUnstaked({ owner: w.key('alice'), ownerToken: w.hf('alice') }), await fakeClock(w, T0 + 1_000_000n));
      const step = await w.step(ix, [w.keypair('alice')], w.model.withdrawUnstaked(w.name('alice')));
      expect(errorCode(step.result)).toBe(code(w, 'CooldownNotElapsed'));
    });
    it('a fake clock claiming the maker is inactive changes nothing: NotInactive', async () => {
      const w = await world();
      await w.at(10n);
      const ix = withExtraAccount(w.client.slashInactive({ makerOwner: w.key('alice') }), await fakeClock(w, T0 + 1_000_000n));
      const step = await w.step(ix, [], w.model.slashInactive(w.name('alice')));
      expect(errorCode(step.result)).toBe(code(w, 'NotInactive'));
    });
    it('the real Clock sysvar passed alongside is ignored too: rewards follow the syscall\'s time', async () => {
      const w = await world();
      await w.at(100n);
      const ix = withExtraAccount(w.client.distributeRewards({ makerOwner: w.key('alice'), ownerToken: w.hf('alice') }), SYSVAR_CLOCK_PUBKEY);
      const step = await w.step(ix, [], w.model.distributeRewards(w.name('alice')));
      expect(eventOf(step, 'rewardsDistributed').stakingRewards).toBe(100_000n);
    });
  });
});
