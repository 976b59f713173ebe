// What Rust, Cargo and the Anchor code our backend emits reserve, and how one name is spelled for Rust and for
// Anchor's TypeScript client. The naming pass (naming.ts) applies these facts; nothing else decides them.
// In: a name in its Rust spelling (snake_case, or a type name as written). Out: facts about it and its
// raw-identifier and client spellings.
import camelcase from 'camelcase';

/** Strict and reserved keywords of every Rust edition up to 2024; `r#name` can spell all but NOT_RAW. */
const RUST_KEYWORDS: ReadonlySet<string> = new Set([
  'as', 'async', 'await', 'break', 'const', 'continue', 'crate', 'dyn', 'else', 'enum', 'extern', 'false', 'fn',
  'for', 'if', 'impl', 'in', 'let', 'loop', 'match', 'mod', 'move', 'mut', 'pub', 'ref', 'return', 'self', 'Self',
  'static', 'struct', 'super', 'trait', 'true', 'type', 'unsafe', 'use', 'where', 'while', 'abstract', 'become',
  'box', 'do', 'final', 'macro', 'override', 'priv', 'typeof', 'unsized', 'virtual', 'yield', 'try', 'gen',
]);

/** Keywords no raw identifier can spell (`r#self` is an error in Rust). */
const NOT_RAW: ReadonlySet<string> = new Set(['self', 'Self', 'super', 'crate']);

export const isRustKeyword = (name: string): boolean => RUST_KEYWORDS.has(name);

/** A keyword that `r#` cannot rescue: the name must change. */
export const isUnrawableKeyword = (name: string): boolean => NOT_RAW.has(name);

/** `match` → `r#match`; any other name as it is. */
export const rawIdentifier = (name: string): string => (RUST_KEYWORDS.has(name) ? `r#${name}` : name);

/** The name without its `r#` (what `_`-prefixing and messages start from). */
export const unraw = (name: string): string => (name.startsWith('r#') ? name.slice(2) : name);

/**
 * ASCII identifiers only: Rust cannot load a module file named by a non-ASCII identifier (E0754), Cargo
 * refuses non-ASCII crate names, and `$` is no Rust identifier character. `_` alone is a pattern, not a name.
 */
export const isRustIdentifier = (name: string): boolean => /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && name !== '_';

/**
 * The name @coral-xyz/anchor 0.30–0.32 gives an IDL name: `convertIdlToCamelCase` runs every `name` through
 * the `camelcase` package (6.3, locale off). Two IDL names with one client name reach the client as one
 * property, and the coder then drops one of the two values.
 */
export const clientName = (name: string): string => camelcase(name, { locale: false });

/**
 * Locals of the code anchor-lang 0.32.1's #[derive(Accounts)] generates for init, token and close constraints, in
 * the same scope as the account fields (and the args `#[instruction]` lists): an account or arg of one of these
 * names is shadowed there. Found by cargo-checking an instruction per candidate name and constraint kind; the same
 * probe is clean against anchor-lang 1.2.2, whose generated locals no longer meet user names.
 */
const ACCOUNTS_DERIVE_LOCALS: ReadonlySet<string> = new Set([
  'space', 'lamports', 'required_lamports', 'cpi_accounts', 'cpi_context', 'owner_program', 'extensions',
]);

export const isAccountsDeriveLocal = (name: string): boolean => ACCOUNTS_DERIVE_LOCALS.has(name);

/** Names starting with `__` belong to the code Anchor's macros generate beside the user's (`__accounts`, `__bumps`…). */
export const isAnchorPrivate = (name: string): boolean => name.startsWith('__');

const RUST_PRIMITIVES = [
  'bool', 'char', 'str', 'u8', 'u16', 'u32', 'u64', 'u128', 'usize', 'i8', 'i16', 'i32', 'i64', 'i128', 'isize', 'f32', 'f64',
];

/** The type and value names of Rust 2021's prelude: a program type of the same name would hide them. */
const RUST_PRELUDE = [
  'Copy', 'Send', 'Sized', 'Sync', 'Unpin', 'Drop', 'Fn', 'FnMut', 'FnOnce', 'Box', 'ToOwned', 'Clone', 'PartialEq',
  'PartialOrd', 'Eq', 'Ord', 'AsRef', 'AsMut', 'Into', 'From', 'Default', 'Iterator', 'Extend', 'IntoIterator',
  'DoubleEndedIterator', 'ExactSizeIterator', 'Option', 'Some', 'None', 'Result', 'Ok', 'Err', 'String', 'ToString',
  'Vec', 'TryFrom', 'TryInto', 'FromIterator',
];

/**
 * The type names `use anchor_lang::prelude::*` brings in (anchor-lang 0.32.1 and 1.2.2, with `anchor_lang::error::*`
 * and solana_program's re-exports): every emitted file globs the prelude beside the program's own types, so a
 * program type of one of these names is ambiguous wherever it is used.
 */
const ANCHOR_PRELUDE = [
  'Account', 'AccountLoader', 'Interface', 'InterfaceAccount', 'Migration', 'Program', 'Signer', 'SystemAccount', 'Sysvar',
  'UncheckedAccount', 'Context', 'CpiContext', 'UpgradeableLoaderState', 'System', 'AccountDeserialize',
  'AccountSerialize', 'Accounts', 'AccountsClose', 'AccountsExit', 'AnchorDeserialize', 'AnchorSerialize', 'Discriminator',
  'DuplicateMutableAccountKeys', 'Id', 'InitSpace', 'Key', 'Lamports', 'Owner', 'Owners', 'ProgramData', 'Space',
  'ToAccountInfo', 'ToAccountInfos', 'ToAccountMetas', 'AccountInfo', 'AccountMeta', 'ProgramError', 'Pubkey', 'Clock',
  'EpochSchedule', 'Instructions', 'Rent', 'Rewards', 'SlotHashes', 'SlotHistory', 'StakeHistory', 'SolanaSysvar',
  'IdlBuild', 'LazyAccount', 'ErrorCode', 'Error', 'AnchorError', 'ProgramErrorWithOrigin', 'ComparedValues',
  'ErrorOrigin', 'Source',
];

/** The anchor_spl types an instruction or helper module imports by name. */
const ANCHOR_SPL_IMPORTS = ['Mint', 'TokenAccount', 'Token', 'AssociatedToken', 'AuthorityType'];

const RESERVED_TYPE_NAMES: ReadonlyMap<string, string> = new Map([
  ...RUST_PRIMITIVES.map((n) => [n, 'a Rust primitive type'] as const),
  ...RUST_PRELUDE.map((n) => [n, "Rust's prelude"] as const),
  ...ANCHOR_PRELUDE.map((n) => [n, 'anchor_lang::prelude'] as const),
  ...ANCHOR_SPL_IMPORTS.map((n) => [n, 'anchor_spl'] as const),
]);

/** Who already uses a program type name (state account, struct or event) in the emitted crate, if anyone. */
export const reservedTypeName = (name: string): string | undefined => RESERVED_TYPE_NAMES.get(name);

/**
 * What Anchor's `instruction` module needs under its own name, where the data struct of each instruction
 * (`instruction::<PascalCase>`) would hide it: Rust's prelude (its borsh derives call `Ok(…)`, arg types name
 * `String` and `Vec`) and `Pubkey` (its `Owner` impl). Other prelude names are never spelled there (checked
 * with cargo against anchor-lang 0.32.1: `error`, `accounts`, `program`, `id`, `token` are fine instructions).
 */
export function hiddenByInstructionStruct(name: string): string | undefined {
  if (RUST_PRELUDE.includes(name)) return "Rust's prelude";
  return name === 'Pubkey' ? 'anchor_lang::prelude' : undefined;
}

/**
 * Crate names the program's crate cannot take: the crates it depends on or that Rust provides (a module of the
 * same name would hide them), and the modules Anchor's `#[program]` declares at the crate root beside the
 * program module (`instruction`, `accounts`, `program`).
 */
const RESERVED_CRATE_NAMES: ReadonlyMap<string, string> = new Map([
  ...['std', 'core', 'alloc', 'proc_macro', 'test'].map((n) => [n, 'a crate Rust provides'] as const),
  ...['anchor_lang', 'anchor_spl', 'borsh', 'solana_program'].map((n) => [n, 'a crate the program depends on'] as const),
  ...['instruction', 'accounts', 'program'].map((n) => [n, "a module Anchor's #[program] declares"] as const),
]);

export const reservedCrateName = (name: string): string | undefined => RESERVED_CRATE_NAMES.get(name);

/** Crates a module path could mean: a module of the program with one of these names hides the crate. */
export const EXTERN_CRATES: ReadonlySet<string> = new Set(['std', 'core', 'alloc', 'proc_macro', 'test', 'anchor_lang', 'anchor_spl', 'borsh', 'solana_program']);
