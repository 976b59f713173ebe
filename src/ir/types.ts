// The IR: one typed model of a DSL program, produced by the front end (src/frontend) and read by
// every backend (src/backends/{anchor,idl,sbf}). Backends never see TypeScript nodes.
//
//   Program
//   ├── stateAccounts: StateAccountDef[]   `export interface X extends Account {…}` → #[account]
//   ├── structs:       StructDef[]         plain exported interfaces used as field/arg types
//   ├── errors:        ErrorDef[]          `export enum XError {…}` (issue 3)
//   ├── events:        EventDef[]          `export interface E extends Event {…}` (issue 3)
//   └── instructions:  Instruction[]       one per class method
//         ├── args:     Arg[]              scalar/struct parameters, borsh-decoded in order
//         ├── accounts: AccountParam[]     account parameters + implicit programs, in order
//         └── body:     Stmt[]             what the handler does, after every constraint passed
//
// Naming: every `name` here is already in Rust spelling (snake_case for instructions, args, accounts,
// fields; PascalCase for types, errors, events); the naming pass (naming.ts) has checked them all and spelled
// the Rust-only ones (locals, helper functions and their parameters) `r#name` where they are keywords.
// `span` points back at the DSL source for messages.

import type { ProgramFeature } from './features.js';

export interface Span {
  file: string;
  /** 1-based line and column of the first character. */
  line: number;
  col: number;
  /** Length in characters on the source line (for underlining). */
  length: number;
}

// ───────────────────────────── types ─────────────────────────────

export type IntName = 'u8' | 'i8' | 'u16' | 'i16' | 'u32' | 'i32' | 'u64' | 'i64' | 'u128' | 'i128';

export type Type =
  | { kind: 'int'; name: IntName }
  | { kind: 'bool' }
  | { kind: 'pubkey' }
  /**
   * `Str<N>`: borsh String (u32 length + UTF-8). `maxLen` (N) sizes accounts (InitSpace 4 + N); it does not
   * bound a value (see the semantics below). `null`: an unbounded string (Poseidon's `name: String`),
   * which only an instruction argument may be, since no account can be sized for it.
   */
  | { kind: 'string'; maxLen: number | null }
  /** `Vec<T, N>`: borsh Vec (u32 count + elements); `maxLen` (N) sizes accounts (InitSpace 4 + N × size(T)). */
  | { kind: 'vec'; elem: Type; maxLen: number }
  /**
   * `FixedArray<T, N>`: Rust `[T; N]` (borsh and bytemuck alike: N elements, no prefix). Only a field of a
   * zero-copy account holds one; its elements are read and written one at a time (`acc.cells[i]`).
   */
  | { kind: 'array'; elem: Type; len: number }
  /** A named struct from `Program.structs`. */
  | { kind: 'struct'; name: string }
  /**
   * An optional instruction argument (`x?: T`, `x: T | undefined`): Rust `Option<T>`, borsh tag 0 (None) or
   * 1 followed by the value; any other tag, or data too short, fails with 102. Only instruction arguments
   * have this type (no state field, local or helper-function parameter does).
   */
  | { kind: 'option'; inner: Type };

export const INT_BITS: Record<IntName, number> = {
  u8: 8, i8: 8, u16: 16, i16: 16, u32: 32, i32: 32, u64: 64, i64: 64, u128: 128, i128: 128,
};
export const isSigned = (n: IntName): boolean => n.startsWith('i');

export interface FieldDef {
  name: string;
  type: Type;
  /** The field's doc comment in the DSL, one entry per line: the Rust `///` lines and the IDL's `docs`. */
  docs?: string[];
  span: Span;
}

/**
 * An `#[account]` struct. Layout = 8-byte discriminator + borsh(fields); with `zeroCopy`, 8-byte discriminator +
 * the repr(C) struct, which the front end admits only when it has no padding (bytemuck's Pod), so its fields sit
 * where borsh would put them too.
 */
export interface StateAccountDef {
  name: string;
  fields: FieldDef[];
  /**
   * `export interface X extends ZeroCopyAccount {…}`: Anchor's `#[account(zero_copy)]` read through
   * `AccountLoader<'info, X>`. Fields: integers, Pubkeys and fixed arrays of them, read and written in place in
   * the account data (never copied), so the account may be as large as Solana allows (10 MiB).
   */
  zeroCopy?: true;
  /** sha256("account:<name>")[..8] */
  discriminator: number[];
  /** Anchor INIT_SPACE: maximum borsh size of the fields, excluding the discriminator. */
  initSpace: number;
  span: Span;
}

export interface StructDef {
  name: string;
  fields: FieldDef[];
  span: Span;
}

export interface ErrorDef {
  name: string;
  /** 6000 + index. */
  code: number;
  msg: string;
  span: Span;
}

export interface EventDef {
  name: string;
  fields: FieldDef[];
  /** sha256("event:<name>")[..8] */
  discriminator: number[];
  span: Span;
}

// ─────────────────────────── accounts ────────────────────────────

/** The typed wrapper an account parameter becomes in Rust (`Signer<'info>`, `Account<'info, T>`, …). */
export type AccountKind =
  | { kind: 'signer' }
  | { kind: 'state'; type: string } //              Account<'info, T>
  | { kind: 'unchecked' } //                         UncheckedAccount<'info>
  | { kind: 'system' } //                            SystemAccount<'info>
  | { kind: 'accountInfo' } //                       AccountInfo<'info>
  | { kind: 'program'; program: KnownProgram } //    Program<'info, System|Token|AssociatedToken>
  /** `Program<Callee>`: another DSL program this one calls by CPI (`callee` names one of Program.callees). */
  | { kind: 'calleeProgram'; callee: string } //     Program<'info, callee::program::Callee>
  | { kind: 'mint' } //                              Account<'info, Mint>        (issue 3)
  /**
 * A Mint parameter the body initializes (`TokenProgram.initializeMint`): not loaded as a Mint beforehand; it signs
 * (`mut, signer`), since the body creates its account when it does not exist yet.
 */
  | { kind: 'mintToInitialize' } //                  UncheckedAccount<'info>
  | { kind: 'tokenAccount' } //                      Account<'info, TokenAccount> (issue 3)
  | { kind: 'associatedTokenAccount' } //            Account<'info, TokenAccount> + associated_token (issue 3)
  /** A program's ProgramData account under the BPF upgradeable loader (src/ir/loader.ts): read-only. */
  | { kind: 'programData' }; //                      Account<'info, ProgramData>

export type KnownProgram = 'system' | 'token' | 'associatedToken';

export const PROGRAM_IDS: Record<KnownProgram, string> = {
  system: '11111111111111111111111111111111',
  token: 'TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA',
  associatedToken: 'ATokenGPvbdGVxr1b2hvZbsiqW5xWH25efTNsLJA8knL',
};

/** One PDA seed, as written in `derive([...])` or in CPI signer seeds. */
export type Seed =
  /**
   * A string literal (UTF-8 bytes) or other constant bytes; `programId`: the bytes are the program's own id
   * (`MyProgram.PROGRAM_ID`, Rust `crate::ID`).
   */
  | { kind: 'const'; bytes: number[]; programId?: true }
  /** `acc.key`: the 32-byte key of an account parameter of the same instruction. */
  | { kind: 'accountKey'; account: string }
  /** `arg.toBytes()`: the little-endian bytes of an instruction argument (string args: UTF-8 bytes). */
  | { kind: 'arg'; arg: string; type: Type }
  /** `acc.field.toBytes()` (or a bare `acc.field` for a u8 bump in signer seeds): bytes of a stored field. */
  | { kind: 'field'; account: string; path: string[]; type: Type };

/**
 * A seed of CPI signer seeds: a PDA seed, or `acc.getBump()`, the bump Anchor found for an account of the same
 * instruction derived with `derive`/`deriveWithBump` (`&[ctx.bumps.acc]`), one byte.
 */
export type SignerSeed = Seed | { kind: 'bump'; account: string };

/** Where the bump of a PDA comes from. */
export type Bump =
  /** `derive(seeds)`: Anchor's `bump`; the canonical bump is searched (find_program_address). */
  | { kind: 'canonical' }
  /** `deriveWithBump(seeds, expr)`: Anchor's `bump = <expr>`, one create_program_address-equivalent check. */
  | { kind: 'given'; value: Expr };

export interface InitConstraint {
  /** Name of the payer account parameter. */
  payer: string;
  /** `initIfNeeded` → `init_if_needed`. */
  ifNeeded: boolean;
  /** Bytes to allocate, including the 8-byte discriminator (8 + INIT_SPACE) for state accounts. */
  space: number;
}

/** An account parameter of an instruction and every constraint the DSL put on it. */
export interface AccountParam {
  name: string;
  account: AccountKind;
  /** Needs `mut`: written by the body, init, close, lamport source/destination, or a payer. */
  mut: boolean;
  /** Must sign (explicit Signer, or a keypair `init`). */
  signer: boolean;
  init?: InitConstraint;
  /**
   * `acc.zero()` (a zero-copy state only): Anchor's `#[account(zero)]`. The client created the account (owned by
   * this program, every byte zero); its discriminator must still be zero (2013), then owner (3007), mut (2000),
   * rent-exempt (2005); the discriminator is written at exit. Implies `mut`.
   */
  zero?: true;
  /**
   * PDA constraint: `seeds = [...], bump [= …]`; `program` (base58): the program the address derives under
   * (Anchor's `seeds::program`), when it is not this one.
   */
  pda?: { seeds: Seed[]; bump: Bump; program?: string };
  /** `has_one = x` for each listed account name (the state field of the same name must equal x's key). */
  hasOne: string[];
  /** `close = dest`. */
  close?: string;
  /** `TokenAccount.derive(seeds, mint, authority)`: token::mint, token::authority (account parameter names). */
  token?: { mint: string; authority: string };
  /** `AssociatedTokenAccount.derive(mint, authority)`: associated_token::mint, associated_token::authority. */
  associatedToken?: { mint: string; authority: string };
  /** `Mint.derive(seeds | null, authority, decimals, freeze?)`: mint::authority, mint::decimals, mint::freeze_authority. */
  mint?: MintConstraint;
  /** A program account the compiler added because the body needs it (system_program, token_program…). */
  implicit: boolean;
  span: Span;
}

/**
 * Anchor's `mint::authority = a, mint::decimals = d, mint::freeze_authority = f`. Anchor evaluates `d` and `f`
 * while it validates the accounts, so they read constants, account keys and instruction arguments only.
 */
export interface MintConstraint {
  /** The account parameter whose key is the mint authority. */
  authority: string;
  /** A u8: an integer constant or an instruction argument. */
  decimals: Expr;
  /** A Pubkey: an account's key (`accountKey`) or an instruction argument; absent = no freeze authority. */
  freezeAuthority?: Expr;
}

// ───────────────────────── statements ────────────────────────────

/** A place that can be assigned. */
export type Place =
  /** A field (or nested struct field) of a state account parameter. */
  | { kind: 'field'; account: string; path: string[]; type: Type }
  /** A local variable. */
  | { kind: 'local'; name: string; type: Type }
  /** An element of a fixed-array field of a zero-copy state account, in place in its data (see Expr 'element'). */
  | { kind: 'element'; account: string; path: string[]; index: Expr; type: Type };

export type Stmt =
  | { kind: 'assign'; place: Place; value: Expr; span: Span }
  | { kind: 'let'; name: string; mutable: boolean; type: Type; value: Expr; span: Span }
  /**
   * When `cond` is `isSome(x)` or `not(isSome(x))` for an optional argument x, the branch where x is Some
   * sees x as the value inside it: reads of `x` there have the inner type (Rust `if let Some(x) = x`).
   */
  | { kind: 'if'; cond: Expr; then: Stmt[]; else: Stmt[]; span: Span }
  /** Ends the instruction; inside a helper function, returns from it (with its value, if it has one). */
  | { kind: 'return'; value?: Expr; span: Span }
  /** A helper function called for its effect (its value, if any, is discarded). */
  | { kind: 'call'; fn: string; args: CallArg[]; span: Span }
  /** `require(cond, XError.Name)`: fail with `error` unless `cond`. */
  | { kind: 'require'; cond: Expr; error: string; span: Span }
  | { kind: 'emit'; event: string; fields: Expr[]; span: Span }
  /** `console.log("text", v…)`: one `msg!` line; string parts are literal text. */
  | { kind: 'log'; parts: (string | Expr)[]; span: Span }
  /** `SystemProgram.transfer(from, to, amount, seeds?)`. */
  | { kind: 'systemTransfer'; from: string; to: string; amount: Expr; signerSeeds?: SignerSeed[]; span: Span }
  /**
   * `TokenProgram.<fn>(…)`: `accounts` maps each role of src/ir/token.ts (TOKEN_FNS / SET_AUTHORITY) to an
   * account parameter name; `args` are the value arguments in DSL order (setAuthority: the authority type
   * as a u8 constant, then the new authority if given, a Pubkey or an optional Pubkey argument;
   * initializeMint: decimals, the authority's key, then the freeze authority if given, likewise).
   */
  | {
    kind: 'tokenCpi'; fn: TokenFn; accounts: Record<string, string>; args: Expr[]; signerSeeds?: SignerSeed[];
    /**
     * initializeMint only: a mint account holding no lamports does not exist yet, and is first created as Anchor
     * creates a keypair account (CreateAccount from `payer`: rent-exempt, MINT_SIZE bytes, owned by the Token
     * program; the mint signs). An existing account (one a client created) goes straight to InitializeMint2.
     */
    createMint?: { payer: string };
    span: Span;
  }
  /**
   * `callee.ix(a, b, v)` on a `Program<Callee>` account parameter `program`: a CPI into instruction `instruction` of
   * the DSL program `callee` (Program.callees). `accounts` are this instruction's accounts for each of the callee
   * instruction's accounts, in its order (its implicit programs included), with the privileges the callee asks
   * for them; `args` are its arguments.
   */
  | { kind: 'programCpi'; program: string; callee: string; instruction: string; accounts: CpiAccount[]; args: Expr[]; span: Span };

/** An account a CPI passes: this instruction's account parameter, writable and signing as the callee asks. */
export interface CpiAccount {
  account: string;
  writable: boolean;
  signer: boolean;
}

export type TokenFn =
  | 'transfer' | 'transferChecked' | 'mintTo' | 'burn' | 'approve' | 'approveChecked' | 'revoke'
  | 'closeAccount' | 'freezeAccount' | 'thawAccount' | 'initializeAccount' | 'syncNative' | 'setAuthority'
  | 'initializeMint';

// ───────────────────────── expressions ───────────────────────────

/** Checked arithmetic: overflow, underflow and division by zero fail the instruction. */
export type ArithOp = 'add' | 'sub' | 'mul' | 'div' | 'mod';
export type CompareOp = 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge';

export type Expr =
  /** Integer constant (value fits `type`). */
  | { kind: 'int'; type: Type & { kind: 'int' }; value: bigint }
  | { kind: 'bool'; value: boolean }
  /** A string literal (only as a whole Str value). */
  | { kind: 'string'; value: string; type: Type }
  /**
   * An instruction argument, or (with `path`) a field of a struct-typed argument. Inside a helper function:
   * one of its value parameters (`FunctionParam` of kind 'value').
   */
  | { kind: 'arg'; name: string; path?: string[]; type: Type }
  | { kind: 'local'; name: string; type: Type }
  /** `acc.field[.sub…]` of a state account, or a readable field of a token account/mint (src/ir/token.ts). */
  | { kind: 'field'; account: string; path: string[]; type: Type }
  /**
   * `acc.cells[i]`: element `index` (an unsigned integer of at most 64 bits) of the fixed-array field `path` of
   * the zero-copy state `account`; `type` is the element's. An index past the end panics, as Rust's indexing does
   * (the instruction fails with ProgramFailedToComplete, reported as the targeted Anchor release's panic handler
   * reports it, at the expression's place in the emitted Rust: errorOrigins, AnchorFacts.panicsThroughSolPanic).
   */
  | { kind: 'element'; account: string; path: string[]; index: Expr; type: Type }
  /** `acc.key`. */
  | { kind: 'accountKey'; account: string; type: Type & { kind: 'pubkey' } }
  /** `acc.getBump()`: the bump found for a PDA account param of this instruction. */
  | { kind: 'bump'; account: string; type: Type & { kind: 'int' } }
  /** `Pubkey` constant `new Pubkey("…")`. */
  | { kind: 'pubkey'; base58: string; type: Type & { kind: 'pubkey' } }
  | { kind: 'arith'; op: ArithOp; left: Expr; right: Expr; type: Type & { kind: 'int' } }
  | { kind: 'minmax'; op: 'min' | 'max'; left: Expr; right: Expr; type: Type & { kind: 'int' } }
  | { kind: 'compare'; op: CompareOp; left: Expr; right: Expr; type: { kind: 'bool' } }
  | { kind: 'not'; operand: Expr; type: { kind: 'bool' } }
  | { kind: 'logic'; op: 'and' | 'or'; left: Expr; right: Expr; type: { kind: 'bool' } }
  /** `a.mulDiv(b, c)` = floor(a·b/c) with a 128-bit intermediate (issue 3). */
  | { kind: 'mulDiv'; a: Expr; b: Expr; c: Expr; type: Type & { kind: 'int' } }
  /** `toU64()`, `toU128()`, `toI64()`…: fails with InvalidNumericConversion (4102) when out of range. */
  | { kind: 'convert'; value: Expr; type: Type & { kind: 'int' } }
  /** `Clock.unixTimestamp()` (i64), `Clock.slot()` (u64), `Clock.epoch()` (u64) (issue 3). */
  | { kind: 'clock'; field: 'unixTimestamp' | 'slot' | 'epoch'; type: Type & { kind: 'int' } }
  /** Struct literal `{ a: …, b: … }` for an event or struct value, fields in declaration order. */
  | { kind: 'struct'; name: string; fields: Expr[]; type: Type & { kind: 'struct' } }
  /** A helper function's result. */
  | { kind: 'call'; fn: string; args: CallArg[]; type: Type }
  /** Whether an optional argument holds a value (`x`, `x !== undefined` as a condition; Rust `x.is_some()`). */
  | { kind: 'isSome'; value: Expr; type: { kind: 'bool' } };

/** An argument of a helper function call: an account parameter of the caller, or a value. */
export type CallArg = { kind: 'account'; account: string } | { kind: 'value'; value: Expr };

/** A parameter of a helper function: an account (state, token account or mint) or a value. */
export type FunctionParam =
  | { kind: 'account'; name: string; account: AccountKind; /** the body writes its fields */ mut: boolean; span: Span }
  | { kind: 'value'; name: string; type: Type; span: Span };

/**
 * A helper function (`function name(a: Config, now: i64): u64 { … }` at module level): shared code the
 * instructions call. No account constraints or CPIs inside; state fields are read and written through its
 * account parameters; values are copied in. Rust: a plain `fn` in `helpers.rs` returning `Result<T>`.
 */
export interface FunctionDef {
  /** snake_case. */
  name: string;
  params: FunctionParam[];
  returns: Type | null;
  body: Stmt[];
  span: Span;
}

// ─────────────────────────── program ─────────────────────────────

export interface Arg {
  name: string;
  type: Type;
  span: Span;
}

export interface Instruction {
  /** snake_case, as in the IDL and `global:<name>`. */
  name: string;
  /** sha256("global:<name>")[..8] */
  discriminator: number[];
  args: Arg[];
  accounts: AccountParam[];
  body: Stmt[];
  span: Span;
}

/** Another DSL program, as far as this one's CPIs into it need it (compiled from the file it is imported from). */
export interface CalleeProgram {
  /** Its snake_case name (crate name), e.g. `hfmmt`. */
  name: string;
  /** Its class name as written, e.g. `Hfmmt`. */
  className: string;
  programId: string;
  /** The instructions this program calls, in the order it first calls them. */
  instructions: CalleeInstruction[];
}

export interface CalleeInstruction {
  /** snake_case, as in its IDL. */
  name: string;
  discriminator: number[];
  /** Its accounts in order: whether it writes and needs a signature, and which program an implicit one is. */
  accounts: { name: string; writable: boolean; signer: boolean; program?: KnownProgram }[];
  /** Its arguments (integers, Booleans and Pubkeys). */
  args: Arg[];
}

export interface Program {
  /** snake_case program (crate/module) name, e.g. `vote_program`. */
  name: string;
  /** The class name as written, e.g. `VoteProgram`. */
  className: string;
  /** Base58 program id from `static PROGRAM_ID = new Pubkey("…")`. */
  programId: string;
  stateAccounts: StateAccountDef[];
  structs: StructDef[];
  errors: ErrorDef[];
  events: EventDef[];
  instructions: Instruction[];
  /** Helper functions, in declaration order (a function only calls functions declared before it: no recursion). */
  functions: FunctionDef[];
  /** The DSL programs it calls by CPI (`Program<Callee>` accounts), in the order first met; absent when none. */
  callees?: CalleeProgram[];
  /** Path of the DSL source file. */
  sourceFile: string;
  /**
   * The anchor-lang release the outputs target ("0.30.1", "1.2.2"; src/ir/anchor-version.ts): the Rust is
   * written for it and the sBPF binary behaves as it. Absent: DEFAULT_ANCHOR_VERSION. A Poseidon project's
   * build sets it from the version its program's Cargo.toml pins.
   */
  anchorVersion?: string;
  /**
   * The program crate's Cargo features the build enables (src/ir/features.ts): the Anchor workspace turns
   * them on by default and the sBPF binary behaves as the crate built with them. Absent: none.
   */
  features?: readonly ProgramFeature[];
}

// ────────────────────────── semantics ────────────────────────────
// What every backend must do, so the Anchor Rust program and the sBPF binary are indistinguishable (for the
// Anchor release the program targets: what differs between releases is in src/ir/anchor-version.ts):
//
// - Entry: program id ≠ declared id → 4100 DeclaredProgramIdMismatch. Dispatch on the 8-byte
//   discriminator in declaration order; none → 101. Log `Instruction: <PascalName>`, then borsh-decode the
//   args (short/invalid → 102; trailing bytes ignored), then validate accounts in Anchor's order
//   (docs/anchor-contract.md §4), then the body, then exit (write back `mut` state accounts, close).
// - Integer arithmetic is checked: overflow, underflow, division or remainder by zero fail with the
//   builtin ProgramError::ArithmeticOverflow (src/ir/errors.ts). Rust: `checked_*().ok_or(...)?`.
// - Width conversions out of range fail with Anchor's 4102 InvalidNumericConversion.
// - N in `Str<N>` / `Vec<T, N>` only sizes accounts (Anchor's `#[max_len]` feeds InitSpace and nothing
//   else). A string or vector argument of any length is decoded; a value of any length can be stored in a
//   state field, emitted or logged. What fails is writing a `mut` state account back at exit when its
//   borsh bytes no longer fit the account's data: 3004 AccountDidNotSerialize, caused by that account.
// - `init` of a state account writes its 8-byte discriminator; every field starts zeroed.
// - Errors are logged as Anchor logs them (`AnchorError caused by account: x. Error Code: …`).
