// Typed client for HFMMT, built on the IDL the compiler emits for programs/hfmmt.ts.
// In: that IDL (loadHfmmtIdl compiles the program; any equal IDL object works). Out: one builder per
// instruction (web3.js TransactionInstructions; PDAs and program ids filled in), PDA derivation from
// the IDL's own seeds, and account/event/error decoding into plain values (bigint, base58 string,
// boolean) that compare directly with programs/hfmmt/model.ts. Layouts and discriminators come from
// @coral-xyz/anchor's coder over the IDL; nothing here restates them.
import anchor, { EventParser, Program, type Idl, type Provider } from '@coral-xyz/anchor';
import { Connection, PublicKey, TransactionInstruction, type AccountMeta } from '@solana/web3.js';
import { fileURLToPath } from 'node:url';
import { compileFile } from '../../src/frontend/index.js';
import { emitIdl } from '../../src/backends/idl/index.js';
import { formatDiagnostic } from '../../src/diagnostics/format.js';

const { BN } = anchor;

/** A decoded value: integers as bigint, keys as base58, structs as objects with camelCase fields. */
export type Plain = bigint | boolean | string | Plain[] | { [field: string]: Plain };
/** An argument value; integers may be bigint or number, nested structs are plain objects. */
export type ArgValue = bigint | number | boolean | PublicKey | readonly ArgValue[] | { readonly [field: string]: ArgValue };
export type ArgStruct = { readonly [field: string]: ArgValue };
/** Accounts by their camelCase IDL name; in `overrides` they replace what the builder would pass. */
export type Keys = Readonly<Record<string, PublicKey>>;
export type AccountName = 'config' | 'marketMaker' | 'liquidityPosition';
export type DecodedEvent = { name: string; data: { [field: string]: Plain } };

type IdlInstruction = Idl['instructions'][number];
type IdlAccountItem = IdlInstruction['accounts'][number];

/** Compiles programs/hfmmt.ts and emits its IDL; throws with the diagnostics when it does not compile. */
export function loadHfmmtIdl(source = fileURLToPath(new URL('../hfmmt.ts', import.meta.url))): Idl {
  const { program, diagnostics } = compileFile(source);
  if (!program) throw new Error(`${source} does not compile:\n${diagnostics.map((d) => formatDiagnostic(d)).join('\n')}`);
  return emitIdl(program) as unknown as Idl;
}

export class HfmmtClient {
  /** Anchor's Program over the IDL, offline: only its camelCased IDL and coder are used. */
  readonly program: Program;
  readonly programId: PublicKey;
  private readonly eventParser: EventParser;
  private readonly shared: Keys;

  constructor(idl: Idl) {
    // No RPC happens here: the connection is never used (instructions are sent by the caller).
    const offline: Provider = { connection: new Connection('http://127.0.0.1:1') };
    this.program = new Program(idl, offline);
    this.programId = this.program.programId;
    this.eventParser = new EventParser(this.programId, this.program.coder);
    this.shared = {
      programData: this.pda('initialize', 'programData', {}),
      config: this.pda('initialize', 'config', {}),
      stakeVault: this.pda('initialize', 'stakeVault', {}),
      rewardVault: this.pda('initialize', 'rewardVault', {}),
      liquidityVault: this.pda('initialize', 'liquidityVault', {}),
    };
  }

  // ── addresses ──

  /** The program's ProgramData account (BPF upgradeable loader), whose upgrade authority alone may initialize. */
  get programData(): PublicKey { return this.shared.programData; }
  get config(): PublicKey { return this.shared.config; }
  get stakeVault(): PublicKey { return this.shared.stakeVault; }
  get rewardVault(): PublicKey { return this.shared.rewardVault; }
  get liquidityVault(): PublicKey { return this.shared.liquidityVault; }
  maker(owner: PublicKey): PublicKey { return this.pda('stakeTokens', 'maker', { owner }); }
  position(provider: PublicKey): PublicKey { return this.pda('provideLiquidity', 'position', { provider }); }

  // ── instructions (the six of the original brief first) ──

  initialize(a: { admin: PublicKey; hfmmtMint: PublicKey; liquidityMint: PublicKey; performanceAuthority: PublicKey; params: ArgStruct }, overrides: Keys = {}): TransactionInstruction {
    const { params, ...keys } = a;
    return this.build('initialize', { configParams: params }, keys, overrides);
  }

  stakeTokens(a: { owner: PublicKey; ownerToken: PublicKey; amount: bigint }, overrides: Keys = {}): TransactionInstruction {
    return this.build('stakeTokens', { amount: a.amount }, { owner: a.owner, ownerToken: a.ownerToken, maker: this.maker(a.owner) }, overrides);
  }

  updatePerformance(
    a: { performanceAuthority: PublicKey; makerOwner: PublicKey; executionVolume: bigint; spreadEfficiency: bigint; orderFlow: bigint },
    overrides: Keys = {},
  ): TransactionInstruction {
    const { performanceAuthority, makerOwner, ...args } = a;
    return this.build('updatePerformance', args, { performanceAuthority, maker: this.maker(makerOwner) }, overrides);
  }

  distributeRewards(a: { makerOwner: PublicKey; ownerToken: PublicKey }, overrides: Keys = {}): TransactionInstruction {
    return this.build('distributeRewards', {}, { maker: this.maker(a.makerOwner), ownerToken: a.ownerToken }, overrides);
  }

  provideLiquidity(a: { provider: PublicKey; providerToken: PublicKey; amount: bigint }, overrides: Keys = {}): TransactionInstruction {
    const keys = { provider: a.provider, providerToken: a.providerToken, position: this.position(a.provider) };
    return this.build('provideLiquidity', { amount: a.amount }, keys, overrides);
  }

  withdrawLiquidity(
    a: { provider: PublicKey; providerToken: PublicKey; providerRewardToken: PublicKey; amount: bigint },
    overrides: Keys = {},
  ): TransactionInstruction {
    const { amount, ...keys } = a;
    return this.build('withdrawLiquidity', { amount }, { ...keys, position: this.position(a.provider) }, overrides);
  }

  /** Read-only: fails with PriorityTooLow unless `owner`'s maker has priority tier `minTier` or above. */
  checkPriority(a: { owner: PublicKey; minTier: number }, overrides: Keys = {}): TransactionInstruction {
    return this.build('checkPriority', { minTier: a.minTier }, { owner: a.owner, maker: this.maker(a.owner) }, overrides);
  }

  requestUnstake(a: { owner: PublicKey; amount: bigint }, overrides: Keys = {}): TransactionInstruction {
    return this.build('requestUnstake', { amount: a.amount }, { owner: a.owner, maker: this.maker(a.owner) }, overrides);
  }

  withdrawUnstaked(a: { owner: PublicKey; ownerToken: PublicKey }, overrides: Keys = {}): TransactionInstruction {
    return this.build('withdrawUnstaked', {}, { ...a, maker: this.maker(a.owner) }, overrides);
  }

  setAutoCompound(a: { owner: PublicKey; enabled: boolean }, overrides: Keys = {}): TransactionInstruction {
    return this.build('setAutoCompound', { enabled: a.enabled }, { owner: a.owner, maker: this.maker(a.owner) }, overrides);
  }

  updateVolatility(a: { performanceAuthority: PublicKey; volatilityBps: bigint }, overrides: Keys = {}): TransactionInstruction {
    return this.build('updateVolatility', { volatilityBps: a.volatilityBps }, { performanceAuthority: a.performanceAuthority }, overrides);
  }

  fundRewards(a: { funder: PublicKey; funderToken: PublicKey; amount: bigint }, overrides: Keys = {}): TransactionInstruction {
    const { amount, ...keys } = a;
    return this.build('fundRewards', { amount }, keys, overrides);
  }

  slashInactive(a: { makerOwner: PublicKey }, overrides: Keys = {}): TransactionInstruction {
    return this.build('slashInactive', {}, { maker: this.maker(a.makerOwner) }, overrides);
  }

  updateConfig(a: { admin: PublicKey; params: ArgStruct }, overrides: Keys = {}): TransactionInstruction {
    return this.build('updateConfig', { configParams: a.params }, { admin: a.admin }, overrides);
  }

  setPaused(a: { admin: PublicKey; paused: boolean }, overrides: Keys = {}): TransactionInstruction {
    return this.build('setPaused', { paused: a.paused }, { admin: a.admin }, overrides);
  }

  /**
   * Any instruction from its IDL entry: accounts in IDL order, each taken from `overrides`, then
   * `given`, then Config and the vaults, then the IDL's fixed `address` (token/system programs).
   */
  build(name: string, args: ArgStruct, given: Keys, overrides: Keys = {}): TransactionInstruction {
    const ix = this.instruction(name);
    const known: Keys = { ...this.shared, ...given, ...overrides };
    const keys = ix.accounts.map((item): AccountMeta => {
      const single = singleAccount(item, name);
      const pubkey = known[single.name] ?? (single.address ? new PublicKey(single.address) : undefined);
      if (!pubkey) throw new Error(`${name}: no address for account '${single.name}'`);
      return { pubkey, isSigner: single.signer ?? false, isWritable: single.writable ?? false };
    });
    const data = this.program.coder.instruction.encode(name, toAnchorValue(args) as Record<string, unknown>);
    return new TransactionInstruction({ programId: this.programId, keys, data });
  }

  // ── decoding ──

  decodeAccount(name: AccountName, data: Uint8Array): { [field: string]: Plain } {
    return toPlain(this.program.coder.accounts.decode(name, Buffer.from(data))) as { [field: string]: Plain };
  }

  /** The program's events in a transaction's logs (which must start with its `invoke [1]` line). */
  parseEvents(logs: string[]): DecodedEvent[] {
    return [...this.eventParser.parseLogs(logs)].map((e) => ({ name: e.name, data: toPlain(e.data) as DecodedEvent['data'] }));
  }

  /** The declared name of a custom error code (6000 + index), e.g. 6003 → 'Paused'. */
  errorName(code: number): string | undefined {
    return this.program.rawIdl.errors?.find((e) => e.code === code)?.name;
  }

  // ── IDL plumbing ──

  private instruction(name: string): IdlInstruction {
    const ix = this.program.idl.instructions.find((i) => i.name === name);
    if (!ix) throw new Error(`the IDL has no instruction '${name}'`);
    return ix;
  }

  /**
   * A PDA from the seeds the IDL gives `account` in instruction `ix` (under the program it names, else this one);
   * account-key seeds come from `keys`.
   */
  private pda(ix: string, account: string, keys: Keys): PublicKey {
    const item = this.instruction(ix).accounts.find((a) => a.name === account);
    const pda = item && 'pda' in item ? item.pda : undefined;
    const seeds = pda?.seeds;
    if (!seeds) throw new Error(`the IDL gives no seeds for '${account}' in '${ix}'`);
    const bytes = seeds.map((seed) => {
      if (seed.kind === 'const') return Buffer.from(seed.value);
      const key = seed.kind === 'account' ? keys[seed.path] : undefined;
      if (!key) throw new Error(`seed '${seed.kind}' of '${account}' in '${ix}' needs a key the client was not given`);
      return key.toBuffer();
    });
    const program = pda.program?.kind === 'const' ? new PublicKey(pda.program.value) : this.programId;
    return PublicKey.findProgramAddressSync(bytes, program)[0];
  }
}

function singleAccount(item: IdlAccountItem, ix: string): Exclude<IdlAccountItem, { accounts: unknown }> {
  if ('accounts' in item) throw new Error(`${ix}: nested account group '${item.name}' is not expected in HFMMT`);
  return item;
}

function toAnchorValue(v: ArgValue): unknown {
  if (typeof v === 'bigint') return new BN(v.toString());
  if (typeof v !== 'object' || v instanceof PublicKey) return v;
  if (Array.isArray(v)) return v.map(toAnchorValue);
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toAnchorValue(x as ArgValue)]));
}

function toPlain(v: unknown): Plain {
  if (BN.isBN(v)) return BigInt((v as InstanceType<typeof BN>).toString());
  if (typeof v === 'number') return BigInt(v);
  if (typeof v === 'boolean' || typeof v === 'string') return v;
  if (v && typeof v === 'object' && 'toBase58' in v && typeof v.toBase58 === 'function') return v.toBase58() as string;
  if (Array.isArray(v)) return v.map(toPlain);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toPlain(x)]));
  throw new Error(`cannot decode a value of type ${typeof v}`);
}
