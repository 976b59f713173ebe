// Test support for HFMMT: the compiled program (once per process) and a World that drives it on one
// runtime in lock-step with the reference model (programs/hfmmt/model.ts). Each world deploys HFMMT through the
// BPF upgradeable loader (the runtime's payer, the world's admin, is its upgrade authority), as on a cluster.
// In: a runtime kind, parameters, user labels. Out: keys, token accounts, one method per instruction
// that sends it, predicts it with the model and fails the test on any difference in outcome, events,
// accounts, balances or invariants; and `expectRejected` for attacks the model does not describe.
import type { Idl } from '@coral-xyz/anchor';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { Keypair, PublicKey, type Signer, type TransactionInstruction } from '@solana/web3.js';
import { expect } from 'vitest';
import { HfmmtClient, type DecodedEvent } from '../../programs/hfmmt/client.js';
import { HfmmtModel, type ConfigParams, type Outcome } from '../../programs/hfmmt/model.js';
import { emitIdl } from '../../src/backends/idl/index.js';
import { sbfOutput } from './sbf.js';
import { formatDiagnostic } from '../../src/diagnostics/format.js';
import { compileFile } from '../../src/frontend/index.js';
import { errorCode, type ProgramBinary, type Runtime, type RuntimeKind, type TxResult } from '../../src/runtime/index.js';
import { emitAnchorWorkspace } from '../../src/backends/anchor/index.js';
import { createRuntime, deployUpgradeable } from './runtimes.js';
import { readFileSync } from 'node:fs';
import { chainInvariantViolations, expectedErrorCode, rawStates, readChain, type ChainView, type UserKeys } from './hfmmt-chain.js';
import { ata, createMint, fundAta } from './tokens.js';

export const HFMMT_SOURCE = fileURLToPath(new URL('../../programs/hfmmt.ts', import.meta.url));
/** The keypair of HFMMT's PROGRAM_ID, where `poseidon build` keeps it and `poseidon deploy` reads it. */
export const HFMMT_KEYPAIR = fileURLToPath(new URL('../../generated/hfmmt/target/deploy/hfmmt-keypair.json', import.meta.url));

export function hfmmtProgramKeypair(): Keypair {
  return Keypair.fromSecretKey(Uint8Array.from(JSON.parse(readFileSync(HFMMT_KEYPAIR, 'utf8')) as number[]));
}
/** The Clock's unix time at the start of every world; tests move it with `world.at(seconds)`. */
export const T0 = 1_700_000_000n;
/** What every user starts with, in both mints. */
export const START_BALANCE = 1_000_000_000n;

/** The parameters of tests/hfmmt/model.test.ts: round numbers that make hand-worked figures easy. */
export const PARAMS: ConfigParams = {
  rewardRate: 1_000n, volatilityThreshold: 2_000n, maxVolatilityMultiplierBps: 30_000n, minStake: 1_000n,
  warmupSeconds: 100n, unstakeCooldownSeconds: 500n, epochSeconds: 1_000n, mmEpochBudget: 1_000_000n,
  spreadWeightBps: 10_000n, flowWeightBps: 5_000n, makerRebateBps: 10n, rebateEpochBudget: 1_000_000n,
  maxReportVolume: 100_000_000_000_000_000n, lpRewardRate: 1_000_000_000n,
  lpMaxDurationMultiplierBps: 20_000n, lpRampSeconds: 1_000n, inactivitySeconds: 5_000n, slashBps: 1_000n,
  priorityTiers: { tier1: 1_000n, tier2: 10_000n, tier3: 100_000n },
};

/** `anchorWorkspace`: the Anchor Rust of the same program, what the native runtime builds. */
export interface HfmmtBuild { so: Uint8Array; anchorWorkspace: Map<string, string>; idl: Idl; client: HfmmtClient }
const builds = new Map<string, HfmmtBuild>();

/**
 * programs/hfmmt.ts compiled to its .so and IDL, once per process and target: the default Anchor release,
 * or the one `anchorVersion` names (src/ir/anchor-version.ts).
 */
export function hfmmtBuild(anchorVersion?: string): HfmmtBuild {
  const key = anchorVersion ?? '';
  const hit = builds.get(key);
  if (hit) return hit;
  const { program, diagnostics } = compileFile(HFMMT_SOURCE);
  if (!program) throw new Error(diagnostics.map((d) => formatDiagnostic(d)).join('\n'));
  const idl = emitIdl(program) as unknown as Idl;
  const build = {
    so: sbfOutput({ ...program, anchorVersion }).elf,
    anchorWorkspace: emitAnchorWorkspace({ ...program, anchorVersion }),
    idl,
    client: new HfmmtClient(idl),
  };
  builds.set(key, build);
  return build;
}

/** A keypair derived from a label, so PDA bumps (and compute units) are the same on every run. */
export function labelledKeypair(label: string): Keypair {
  return Keypair.fromSeed(createHash('sha256').update(`hfmmt:${label}`).digest());
}

export interface WorldOptions {
  /** Overrides of PARAMS. */
  params?: Partial<ConfigParams>;
  /** Labels of the users (makers and liquidity providers alike); each gets START_BALANCE of both tokens. */
  users?: string[];
  /** HFMMT the admin funds the reward vault with right after initialize; 0 to skip. */
  funding?: bigint;
  /** false leaves the program uninitialized. */
  initialize?: boolean;
  /** The Anchor release the .so behaves as; absent: the default. */
  anchorVersion?: string;
  /** Other programs to load beside HFMMT (with the runtime's own loader), e.g. one calling it by CPI. */
  programs?: ProgramBinary[];
}

export type Step = { result: TxResult; events: DecodedEvent[] };

export class HfmmtWorld {
  readonly model: HfmmtModel;
  private readonly keypairs = new Map<string, Keypair>();
  /** Tokens a test minted to a user besides START_BALANCE (`mint`), which they are entitled to. */
  private readonly minted = new Map<string, { hfmmt: bigint; liquidity: bigint }>();

  private constructor(
    readonly rt: Runtime, readonly client: HfmmtClient, readonly hfmmtMint: PublicKey, readonly liquidityMint: PublicKey,
    /** The parameters initialize uses (PARAMS with the world's overrides). */
    readonly params: ConfigParams,
    /** The users' labels (admin and keeper aside). */
    readonly labels: string[],
    /** The Anchor release the .so behaves as (WorldOptions.anchorVersion). */
    readonly anchorVersion: string | undefined,
  ) {
    const bump = (seed: string) => (owner: string) =>
      BigInt(PublicKey.findProgramAddressSync([Buffer.from(seed), new PublicKey(owner).toBuffer()], client.programId)[1]);
    this.model = new HfmmtModel({ maker: bump('maker'), position: bump('liquidity') });
  }

  static async create(kind: RuntimeKind, options: WorldOptions = {}): Promise<HfmmtWorld> {
    const { so, anchorWorkspace, client } = hfmmtBuild(options.anchorVersion);
    const rt = await createRuntime(kind, { programs: options.programs ?? [] }, [{ programId: client.programId, so, name: 'hfmmt', anchorWorkspace }]);
    await deployUpgradeable(rt, so, hfmmtProgramKeypair());
    const [hfmmtMint, liquidityMint] = [await createMint(rt, 9), await createMint(rt, 6)];
    const labels = options.users ?? ['alice', 'bob'];
    const world = new HfmmtWorld(rt, client, hfmmtMint, liquidityMint, { ...PARAMS, ...options.params }, labels, options.anchorVersion);
    world.keypairs.set('admin', rt.payer);
    world.keypairs.set('keeper', labelledKeypair('keeper'));
    await rt.airdrop(world.key('keeper'), 1_000_000_000n);
    await fundAta(rt, hfmmtMint, rt.payer.publicKey, 10n * START_BALANCE);
    world.model.mint(world.name('admin'), 'hfmmt', 10n * START_BALANCE);
    for (const label of labels) {
      const user = labelledKeypair(label);
      world.keypairs.set(label, user);
      await rt.airdrop(user.publicKey, 10_000_000_000n);
      await fundAta(rt, hfmmtMint, user.publicKey, START_BALANCE);
      await fundAta(rt, liquidityMint, user.publicKey, START_BALANCE);
      world.model.mint(world.name(label), 'hfmmt', START_BALANCE);
      world.model.mint(world.name(label), 'liquidity', START_BALANCE);
    }
    await world.at(0n);
    if (options.initialize !== false) {
      await world.initialize(world.params);
      if ((options.funding ?? 10_000_000n) > 0n) await world.fund(options.funding ?? 10_000_000n);
    }
    return world;
  }

  // ── keys ──

  keypair(label: string): Keypair {
    const k = this.keypairs.get(label);
    if (!k) throw new Error(`no user '${label}' in this world`);
    return k;
  }
  key(label: string): PublicKey { return this.keypair(label).publicKey; }
  /** The model's name for a user: the base58 key. */
  name(label: string): string { return this.key(label).toBase58(); }
  hf(label: string): PublicKey { return ata(this.hfmmtMint, this.key(label)); }
  lq(label: string): PublicKey { return ata(this.liquidityMint, this.key(label)); }
  maker(label: string): PublicKey { return this.client.maker(this.key(label)); }
  position(label: string): PublicKey { return this.client.position(this.key(label)); }

  /** Mints `amount` more of `token` to `label`'s token account (and the model's wallet). */
  async mint(label: string, token: 'hfmmt' | 'liquidity', amount: bigint): Promise<void> {
    await fundAta(this.rt, token === 'hfmmt' ? this.hfmmtMint : this.liquidityMint, this.key(label), amount);
    this.model.mint(this.name(label), token, amount);
    const extra = this.minted.get(label) ?? { hfmmt: 0n, liquidity: 0n };
    extra[token] += amount;
    this.minted.set(label, extra);
  }

  /** Sets the Clock (and the model's clock) to T0 + seconds. */
  async at(seconds: bigint): Promise<void> {
    this.model.now = T0 + seconds;
    await this.rt.setClock({ ...(await this.rt.getClock()), unixTimestamp: T0 + seconds });
  }

  // ── the instructions, each checked against the model ──

  /** initialize signed by `by` (the upgrade authority, 'admin', unless given). */
  initialize(params: ConfigParams, by = 'admin'): Promise<Step> {
    const c = this.client;
    const configBump = BigInt(PublicKey.findProgramAddressSync([Buffer.from('config')], c.programId)[1]);
    const ix = c.initialize({ admin: this.key(by), hfmmtMint: this.hfmmtMint, liquidityMint: this.liquidityMint, performanceAuthority: this.key('keeper'), params });
    return this.step(ix, by === 'admin' ? [] : [this.keypair(by)], this.model.initialize({
      admin: this.name(by), performanceAuthority: this.name('keeper'), hfmmtMint: this.hfmmtMint.toBase58(),
      liquidityMint: this.liquidityMint.toBase58(), stakeVault: c.stakeVault.toBase58(), rewardVault: c.rewardVault.toBase58(),
      liquidityVault: c.liquidityVault.toBase58(), configBump, upgradeAuthority: this.name('admin'),
    }, params));
  }
  /** check_priority for `user` at `minTier`, read-only. */
  checkPriority(user: string, minTier: number): Promise<Step> {
    return this.step(this.client.checkPriority({ owner: this.key(user), minTier }), [], this.model.checkPriority(this.name(user), BigInt(minTier)));
  }
  stake(user: string, amount: bigint): Promise<Step> {
    return this.step(this.client.stakeTokens({ owner: this.key(user), ownerToken: this.hf(user), amount }), [this.keypair(user)], this.model.stakeTokens(this.name(user), amount));
  }
  report(user: string, executionVolume: bigint, spreadEfficiency: bigint, orderFlow: bigint, by = 'keeper'): Promise<Step> {
    const ix = this.client.updatePerformance({ performanceAuthority: this.key(by), makerOwner: this.key(user), executionVolume, spreadEfficiency, orderFlow });
    return this.step(ix, [this.keypair(by)], this.model.updatePerformance(this.name(by), this.name(user), executionVolume, spreadEfficiency, orderFlow));
  }
  distribute(user: string): Promise<Step> {
    return this.step(this.client.distributeRewards({ makerOwner: this.key(user), ownerToken: this.hf(user) }), [], this.model.distributeRewards(this.name(user)));
  }
  provide(user: string, amount: bigint): Promise<Step> {
    return this.step(this.client.provideLiquidity({ provider: this.key(user), providerToken: this.lq(user), amount }), [this.keypair(user)], this.model.provideLiquidity(this.name(user), amount));
  }
  withdrawLiquidity(user: string, amount: bigint): Promise<Step> {
    const ix = this.client.withdrawLiquidity({ provider: this.key(user), providerToken: this.lq(user), providerRewardToken: this.hf(user), amount });
    return this.step(ix, [this.keypair(user)], this.model.withdrawLiquidity(this.name(user), amount));
  }
  unstake(user: string, amount: bigint): Promise<Step> {
    return this.step(this.client.requestUnstake({ owner: this.key(user), amount }), [this.keypair(user)], this.model.requestUnstake(this.name(user), amount));
  }
  withdrawUnstaked(user: string): Promise<Step> {
    return this.step(this.client.withdrawUnstaked({ owner: this.key(user), ownerToken: this.hf(user) }), [this.keypair(user)], this.model.withdrawUnstaked(this.name(user)));
  }
  autoCompound(user: string, enabled: boolean): Promise<Step> {
    return this.step(this.client.setAutoCompound({ owner: this.key(user), enabled }), [this.keypair(user)], this.model.setAutoCompound(this.name(user), enabled));
  }
  volatility(volatilityBps: bigint, by = 'keeper'): Promise<Step> {
    return this.step(this.client.updateVolatility({ performanceAuthority: this.key(by), volatilityBps }), [this.keypair(by)], this.model.updateVolatility(this.name(by), volatilityBps));
  }
  fund(amount: bigint, by = 'admin'): Promise<Step> {
    return this.step(this.client.fundRewards({ funder: this.key(by), funderToken: this.hf(by), amount }), [this.keypair(by)], this.model.fundRewards(this.name(by), amount));
  }
  slash(user: string): Promise<Step> {
    return this.step(this.client.slashInactive({ makerOwner: this.key(user) }), [], this.model.slashInactive(this.name(user)));
  }
  updateConfig(params: ConfigParams, by = 'admin'): Promise<Step> {
    return this.step(this.client.updateConfig({ admin: this.key(by), params }), [this.keypair(by)], this.model.updateConfig(this.name(by), params));
  }
  pause(paused: boolean, by = 'admin'): Promise<Step> {
    return this.step(this.client.setPaused({ admin: this.key(by), paused }), [this.keypair(by)], this.model.setPaused(this.name(by), paused));
  }

  /**
   * Sends `ix` and holds the program to the model's prediction: the same success or error code, the same
   * events, then the same accounts, balances and invariants. A failure must also leave every account as it was.
   */
  async step(ix: TransactionInstruction, signers: Signer[], predicted: Outcome): Promise<Step> {
    const before = predicted.ok ? null : await rawStates(this.rt, this.watched());
    const result = await this.rt.send([ix], signers);
    const expected = predicted.ok ? null : expectedErrorCode(this.client, predicted.error, this.rt.kind, this.anchorVersion);
    expect(errorCode(result), result.logs.join('\n')).toBe(expected);
    const events = result.ok ? this.client.parseEvents(result.logs) : [];
    if (predicted.ok) expect(events).toEqual(predicted.events);
    if (before) expect(await rawStates(this.rt, this.watched())).toEqual(before);
    await this.expectSynced();
    return { result, events };
  }

  /** Sends an instruction the model does not describe (an attack) and expects `code` with nothing changed. */
  async expectRejected(ix: TransactionInstruction, signers: Signer[], code: number | string): Promise<TxResult> {
    const before = await rawStates(this.rt, this.watched());
    const result = await this.rt.send([ix], signers);
    expect(errorCode(result), result.logs.join('\n')).toBe(code);
    expect(await rawStates(this.rt, this.watched())).toEqual(before);
    return result;
  }

  /** Every account the program or its users own that an instruction could change (the fee payer's lamports aside). */
  watched(): PublicKey[] {
    const c = this.client;
    const perUser = [...this.keypairs.keys()].flatMap((l) => [this.maker(l), this.position(l), this.hf(l), this.lq(l), this.key(l)])
      .filter((k) => !k.equals(this.key('admin')));
    return [c.config, c.stakeVault, c.rewardVault, c.liquidityVault, ...perUser];
  }

  /** The chain, decoded. */
  chain(): Promise<ChainView> {
    return readChain(this.rt, this.client, this.userKeys());
  }

  /** The chain equals the model field for field, balance for balance, and the invariants hold on both. */
  async expectSynced(): Promise<void> {
    const view = await this.chain();
    const m = this.model;
    expect(view.config).toEqual(m.config);
    expect(view.vaults).toEqual({ ...m.vaults });
    for (const label of this.keypairs.keys()) {
      const name = this.name(label);
      const u = view.users[name];
      expect({ user: label, maker: u.maker, position: u.position, hfmmt: u.hfmmt, liquidity: u.liquidity }).toEqual({
        user: label, maker: m.maker(name) ?? null, position: m.position(name) ?? null,
        hfmmt: m.balance(name, 'hfmmt'), liquidity: m.balance(name, 'liquidity'),
      });
    }
    const entitlements = Object.fromEntries(this.labels.map((l) => [this.name(l), {
      initialHfmmt: START_BALANCE + (this.minted.get(l)?.hfmmt ?? 0n),
      initialLiquidity: START_BALANCE + (this.minted.get(l)?.liquidity ?? 0n),
      earned: m.ledger(this.name(l)).earned,
    }]));
    expect(chainInvariantViolations(view, entitlements)).toEqual([]);
    expect(m.invariantViolations()).toEqual([]);
  }

  private userKeys(): Record<string, UserKeys> {
    return Object.fromEntries([...this.keypairs.keys()].map((l) => [this.name(l), {
      maker: this.maker(l), position: this.position(l), hfmmtToken: this.hf(l), liquidityToken: this.lq(l),
    }]));
  }
}

/** The data of the one event named `name` among a step's events. */
export function eventOf(step: Step, name: string): DecodedEvent['data'] {
  const found = step.events.filter((e) => e.name === name);
  expect(found.map((e) => e.name)).toEqual([name]);
  return found[0].data;
}
