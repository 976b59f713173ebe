// Declarations of module "@solanaturbine/poseidon": the DSL a program is written in.
// In: nothing (type declarations only; the compiler reads programs against them, never runs them).
// Out: Poseidon 0.0.13's surface (accounts, scalars, SystemProgram, SPL Token accounts and TokenProgram) plus our extensions
// (require/emit/Clock/console.log support, checked 128-bit math, conversions), and the older spellings real Poseidon
// programs use (`String<N>`, `init()` without a payer, `constraints([])`, a seeds-only `mint.derive`).

// ───────────────────────────── scalars ─────────────────────────────

/**
 * The DSL's integer types are numbers to TypeScript, told apart by a brand (`u8` is not a `u64`), so that the
 * operators Poseidon programs write type-check: `a + b`, `count += 1`, `x > 5`, `x === y`, `Number(x) > 5`. The
 * compiler gives them the meaning of the methods below (checked arithmetic, comparisons of one integer type) and
 * reports, located, what has none (mixing u64 and i64, building a string). A number literal is accepted wherever an
 * integer is expected; the compiler checks its range.
 */
type Integer<Name extends string> = number & { readonly __integer?: Name };

type IntLike = number | bigint;

declare global {
  /** The methods of every DSL integer (TypeScript puts them on all numbers; the compiler accepts them on integers). */
  interface Number {
    // All arithmetic is checked: overflow, underflow and a zero divisor fail the instruction.
    add<Self extends number>(this: Self, other: IntLike): Self;
    sub<Self extends number>(this: Self, other: IntLike): Self;
    mul<Self extends number>(this: Self, other: IntLike): Self;
    div<Self extends number>(this: Self, other: IntLike): Self;
    /** Remainder; fails on a zero divisor. */
    mod<Self extends number>(this: Self, other: IntLike): Self;
    min<Self extends number>(this: Self, other: IntLike): Self;
    max<Self extends number>(this: Self, other: IntLike): Self;
    eq(other: IntLike): boolean;
    neq(other: IntLike): boolean;
    lt(other: IntLike): boolean;
    lte(other: IntLike): boolean;
    gt(other: IntLike): boolean;
    gte(other: IntLike): boolean;
    /** floor(this · b / c) computed with a 128-bit intermediate. */
    mulDiv<Self extends number>(this: Self, b: IntLike, c: IntLike): Self;
    /** Little-endian bytes, for PDA seeds. */
    toBytes(): Uint8Array;
    // Width conversions fail the instruction (Anchor 4102) when the value does not fit.
    toU8(): u8;
    toI8(): i8;
    toU16(): u16;
    toI16(): i16;
    toU32(): u32;
    toI32(): i32;
    toU64(): u64;
    toI64(): i64;
    toU128(): u128;
    toI128(): i128;
  }
}

/** `new u64(5)`: a constant of that type (the compiler checks the range). */
type IntegerConstructor<T> = new (value: number | bigint) => T;

export type u8 = Integer<'u8'>;
export declare const u8: IntegerConstructor<u8>;
export type i8 = Integer<'i8'>;
export declare const i8: IntegerConstructor<i8>;
export type u16 = Integer<'u16'>;
export declare const u16: IntegerConstructor<u16>;
export type i16 = Integer<'i16'>;
export declare const i16: IntegerConstructor<i16>;
export type u32 = Integer<'u32'>;
export declare const u32: IntegerConstructor<u32>;
export type i32 = Integer<'i32'>;
export declare const i32: IntegerConstructor<i32>;
export type u64 = Integer<'u64'>;
export declare const u64: IntegerConstructor<u64>;
export type i64 = Integer<'i64'>;
export declare const i64: IntegerConstructor<i64>;
export type u128 = Integer<'u128'>;
export declare const u128: IntegerConstructor<u128>;
export type i128 = Integer<'i128'>;
export declare const i128: IntegerConstructor<i128>;

// Solana programs run on a 64-bit VM, so Rust's usize/isize are 64 bits wide; the compiler stores
// and serializes them as u64/i64 (the same borsh bytes Anchor writes for usize/isize on-chain).
export type usize = u64;
export declare const usize: typeof u64;
export type isize = i64;
export declare const isize: typeof i64;

export type Boolean = boolean;

export declare class Pubkey {
  private readonly __pubkey: void;
  /** A base58 constant, e.g. `new Pubkey("11111111111111111111111111111111")`. */
  constructor(base58: string);
  toBytes(): Uint8Array;
  eq(other: Pubkey): boolean;
  neq(other: Pubkey): boolean;
}

/**
 * A UTF-8 string of at most N bytes (borsh String; space 4 + N). Without N (as Poseidon programs wrote `String`) it
 * is accepted for an instruction argument only, whose length a transaction bounds; an account needs N.
 */
export declare class Str<N extends number = number> {
  private readonly __strMaxLen: N;
  /** A constant: `state.name = new Str("main")` (at most N bytes of UTF-8). */
  constructor(value: string);
  toBytes(): Uint8Array;
}

/** Poseidon's earlier name for `Str<N>` (same meaning). Importing it hides TypeScript's global `String` in that file. */
export { Str as String };

/** A list of at most N elements (borsh Vec; space 4 + N × size(T)). */
export declare class Vec<T, N extends number> {
  private readonly __vecElem: T;
  private readonly __vecMaxLen: N;
}

/**
 * `FixedArray<T, N>`: exactly N elements of T (Rust `[T; N]`), held by a field of a `ZeroCopyAccount` only. Elements
 * are read and written in place: `board.cells[i]`, `board.cells[i] = v`; an index past the end fails the
 * instruction as Rust's indexing panics.
 */
export interface FixedArray<T, N extends number = number> {
  readonly __fixedArrayLength?: N;
  [index: number]: T;
}

// ───────────────────────────── accounts ─────────────────────────────

/** PDA seeds: string literals, keys, `x.toBytes()`, and a u8 bump as the last signer seed. */
export type Seeds = Array<string | Uint8Array | Pubkey | u8>;

/** Any account parameter type. */
export type AnyAccount = Signer | Account | ZeroCopyAccount | UncheckedAccount | SystemAccount | AccountInfo | TokenAccount | AssociatedTokenAccount | Mint | ProgramData;

/** Constraints shared by the account kinds that may be PDAs; each returns the account so calls chain. */
declare abstract class ConstrainableAccount {
  // Not readonly, so that the compiler (not TypeScript) explains why a key cannot be assigned.
  key: Pubkey;
  /**
   * Poseidon's AccountInfo field: `acc.is_writable = true` makes the account writable (Anchor `mut`), as Poseidon's
   * transpiler did; no other value can be set, and nothing is written at run time.
   */
  is_writable: boolean;
  /** PDA with the canonical bump (Anchor `seeds = [...], bump`). */
  derive(seeds: Seeds): this;
  /** PDA with a known bump, e.g. one stored in state (Anchor `bump = <expr>`). */
  deriveWithBump(seeds: Seeds, bump: u8 | number): this;
  /** The PDA bump (Anchor `ctx.bumps.<name>`); needs `derive`/`deriveWithBump`. */
  getBump(): u8;
  /** Poseidon's list of extra constraints: only the empty list is accepted (it adds nothing). */
  constraints(constraints: Constraint[]): this;
}

/**
 * An entry of Poseidon's `constraints([...])`: `new Constraint(fee < 10_000, new PoseidonError("invalid fee"))`.
 * Poseidon's transpiler emitted no check for one, so the compiler accepts only the empty list and reports each entry,
 * asking for the check as `require(condition, XError.Name)` in the body (never a silently dropped check).
 */
export declare class Constraint {
  private readonly __constraint: void;
  constructor(condition: boolean, error?: PoseidonError);
}

/** The error of a Poseidon `Constraint`; errors of this DSL are members of an exported `enum XError { … }`. */
export declare class PoseidonError {
  private readonly __poseidonError: void;
  constructor(message: string);
}

/** Base of every state account: `export interface Counter extends Account { count: u64 }`. */
export declare abstract class Account extends ConstrainableAccount {
  private readonly __account: void;
  /**
   * Create the account, paid by `payer` (a Signer). Without `derive` the account must sign too. Without `payer`
   * (Poseidon's older spelling) the instruction's only Signer parameter pays.
   */
  init(payer?: AnyAccount): this;
  /** Create the account unless it already exists. */
  initIfNeeded(payer?: AnyAccount): this;
  /** Close the account at the end of the instruction, sending its lamports to `destination`. */
  close(destination: AnyAccount): this;
  /**
   * Each listed account's key must equal the state field of the same name (Anchor `has_one`). An account's key
   * (`has([owner.key])`, as Poseidon programs also wrote it) names that account.
   */
  has(accounts: (AnyAccount | Pubkey)[]): this;
}

/**
 * Base of zero-copy state accounts (Anchor's `#[account(zero_copy)]` read through `AccountLoader`):
 * `export interface Board extends ZeroCopyAccount { authority: Pubkey; cells: FixedArray<u64, 1000> }`. The layout
 * is the discriminator then the fields as Rust's repr(C) lays them out, with no padding (bytemuck's Pod): integers,
 * Pubkeys and fixed arrays of them. Fields are read and written in place in the account data, so the account may
 * be as large as Solana allows (10 MiB): the client creates one over 10,240 bytes with the System program, and
 * `zero()` initializes it.
 */
export declare abstract class ZeroCopyAccount extends ConstrainableAccount {
  private readonly __zeroCopyAccount: void;
  /**
   * Initialize an account the client created (owned by this program, all bytes zero) of any size up to 10 MiB
   * (Anchor `#[account(zero)]`): its discriminator is written when the instruction ends.
   */
  zero(): this;
  /** Create the account, paid by `payer`, as `Account.init` does (at most 10,240 bytes: a CPI cannot make more). */
  init(payer?: AnyAccount): this;
  /** Each listed account's key must equal the Pubkey field of the same name (Anchor `has_one`). */
  has(accounts: (AnyAccount | Pubkey)[]): this;
}

export declare class Signer {
  private readonly __signer: void;
  key: Pubkey;
}

export declare class UncheckedAccount extends ConstrainableAccount {
  private readonly __unchecked: void;
}

export declare class SystemAccount extends ConstrainableAccount {
  private readonly __system: void;
}

export declare class AccountInfo extends ConstrainableAccount {
  private readonly __accountInfo: void;
}

/**
 * A program's ProgramData account, kept by the BPF upgradeable loader (Anchor's `Account<'info, ProgramData>`): who
 * may upgrade the program. Read-only. `programData.derive([MyProgram.PROGRAM_ID])` makes it this program's own (Anchor
 * `seeds = [crate::ID.as_ref()], bump, seeds::program = bpf_loader_upgradeable::ID`), so that
 * `require(programData.upgradeAuthorityAddress.eq(admin.key), …)` lets only the upgrade authority in.
 */
export declare class ProgramData {
  private readonly __programData: void;
  key: Pubkey;
  /** The slot the program was last deployed or upgraded in. */
  slot: u64;
  /** The upgrade authority; the zero key when the program is immutable (it has none). */
  upgradeAuthorityAddress: Pubkey;
  /** The ProgramData account at these seeds under the BPF upgradeable loader, with the canonical bump. */
  derive(seeds: Seeds): this;
  getBump(): u8;
  /** Poseidon's list of extra constraints: only the empty list is accepted. */
  constraints(constraints: Constraint[]): this;
}

// SPL Token accounts (Poseidon's surface). Their fields are read-only to programs: the compiler reports
// writes, since only TokenProgram calls change them. They have no close(): use TokenProgram.closeAccount.

/** Created accounts of the token kinds; `init` pays for 165 bytes (token account) or 82 (mint). */
declare abstract class CreatableTokenAccount {
  key: Pubkey;
  getBump(): u8;
  /** Without `payer`, the instruction's only Signer parameter pays. */
  init(payer?: AnyAccount): this;
  initIfNeeded(payer?: AnyAccount): this;
  /** Poseidon's list of extra constraints: only the empty list is accepted. */
  constraints(constraints: Constraint[]): this;
}

export declare class Mint extends CreatableTokenAccount {
  private readonly __mint: void;
  /** The zero key when the mint has no mint authority. */
  mintAuthority: Pubkey;
  supply: u64;
  decimals: u8;
  isInitialized: boolean;
  /** The zero key when the mint has no freeze authority. */
  freezeAuthority: Pubkey;
  /**
   * A mint at a PDA (`seeds`) or at a keypair address (`null`), with its authority and decimals. With the seeds
   * alone (Poseidon's older spelling) it only checks the address of an existing mint: it cannot create one.
   */
  derive(seeds: Seeds | null, authority?: Pubkey, decimals?: u8 | number, freezeAuthority?: Pubkey): this;
}

/** The fields of an SPL token account. */
declare abstract class TokenAccountFields extends CreatableTokenAccount {
  mint: Pubkey;
  owner: Pubkey;
  amount: u64;
  /** The zero key when no delegate is set. */
  delegate: Pubkey;
  delegatedAmount: u64;
  /** The zero key when no close authority is set. */
  closeAuthority: Pubkey;
}

export declare class TokenAccount extends TokenAccountFields {
  private readonly __tokenAccount: void;
  /** A token account at a PDA of this program (Anchor `token::mint`, `token::authority`). */
  derive(seeds: Seeds, mint: Mint | Pubkey, authority: Pubkey): this;
  deriveWithBump(seeds: Seeds, mint: Mint | Pubkey, authority: Pubkey, bump: u8 | number): this;
}

export declare class AssociatedTokenAccount extends TokenAccountFields {
  private readonly __associatedTokenAccount: void;
  /** The associated token account of `authority` for `mint` (Anchor `associated_token::…`). */
  derive(mint: Mint | Pubkey, authority: Pubkey): this;
}

export declare enum AuthorityType {
  MintTokens,
  FreezeAccount,
  AccountOwner,
  CloseAccount,
}

type TokenHolder = TokenAccount | AssociatedTokenAccount | AccountInfo | UncheckedAccount;

export declare abstract class TokenProgram {
  static transfer(from: TokenHolder, to: TokenHolder, authority: AnyAccount, amount: u64 | number, signerSeeds?: Seeds): void;
  static transferChecked(from: TokenHolder, mint: Mint, to: TokenHolder, authority: AnyAccount, amount: u64 | number, decimals: u8 | number, signerSeeds?: Seeds): void;
  static mintTo(mint: Mint, to: TokenHolder, authority: AnyAccount, amount: u64 | number, signerSeeds?: Seeds): void;
  static burn(mint: Mint, from: TokenHolder, authority: AnyAccount, amount: u64 | number, signerSeeds?: Seeds): void;
  static approve(account: TokenHolder, delegate: AnyAccount, authority: AnyAccount, amount: u64 | number, signerSeeds?: Seeds): void;
  static approveChecked(account: TokenHolder, mint: Mint, delegate: AnyAccount, authority: AnyAccount, amount: u64 | number, decimals: u8 | number, signerSeeds?: Seeds): void;
  static revoke(account: TokenHolder, authority: AnyAccount, signerSeeds?: Seeds): void;
  static closeAccount(account: TokenHolder, destination: AnyAccount, authority: AnyAccount, signerSeeds?: Seeds): void;
  static freezeAccount(account: TokenHolder, mint: Mint, authority: AnyAccount, signerSeeds?: Seeds): void;
  static thawAccount(account: TokenHolder, mint: Mint, authority: AnyAccount, signerSeeds?: Seeds): void;
  static initializeAccount(account: TokenHolder, mint: Mint, authority: AnyAccount, signerSeeds?: Seeds): void;
  static syncNative(account: TokenHolder, signerSeeds?: Seeds): void;
  static setAuthority(currentAuthority: AnyAccount, accountOrMint: TokenHolder | Mint, authorityType: AuthorityType, newAuthority?: Pubkey, signerSeeds?: Seeds): void;
  /**
   * InitializeMint2 on an account the token program owns (82 bytes) that is no mint yet; the authorities are
   * accounts (their keys) or Pubkeys, and an absent (or undefined) freeze authority leaves the mint without one.
   */
  static initializeMint(mint: Mint | UncheckedAccount | AccountInfo, decimals: u8 | number, authority: AnyAccount | Pubkey, freezeAuthority?: AnyAccount | Pubkey, signerSeeds?: Seeds): void;
}

// ───────────────────────────── programs ─────────────────────────────

/** An instruction's return type. Poseidon accepted `Result<T>` too; an instruction returns nothing either way. */
export type Result<T = void> = void;

export declare abstract class SystemProgram {
  /** Move lamports; `signerSeeds` (ending with the bump) lets a PDA `from` sign. */
  static transfer(from: AnyAccount, to: AnyAccount, amount: u64 | number, signerSeeds?: Seeds): void;
}

/**
 * Another DSL program, called by CPI (Anchor's `Program<'info, Callee>`): `import Callee from "./callee"` imports its
 * class from its file, a parameter `callee: Program<Callee>` is its program account, and `callee.someInstruction(…)`
 * invokes that instruction with the callee method's own parameters, in order: any account where it takes an account
 * (what it writes becomes writable here; what must sign must be a Signer here), integers, Booleans and Pubkeys. A
 * failure in the callee fails the whole instruction with the callee's error.
 */
export type Program<Callee> = { readonly key: Pubkey } & {
  readonly [Name in keyof Callee]: Callee[Name] extends (...params: infer Params) => unknown ? (...params: CpiParameters<Params>) => void : never;
};
type CpiParameters<Params extends unknown[]> = { [I in keyof Params]: Params[I] extends AnyAccount ? AnyAccount : Params[I] };

// ───────────────────────────── extensions ─────────────────────────────

/** Base of events: `export interface Deposited extends Event { amount: u64 }`. */
export declare abstract class Event {}

/** Fail with `error` (a member of an exported `enum XError { Name = "message" }`) unless `condition`. */
export declare function require(condition: boolean, error: string): void;

/** Log an event (Anchor `emit!`). */
export declare function emit<E extends Event>(event: E): void;

/** The Clock sysvar. */
export declare abstract class Clock {
  static unixTimestamp(): i64;
  static slot(): u64;
  static epoch(): u64;
}
