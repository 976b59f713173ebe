// The legacy IDL that @coral-xyz/anchor 0.29 and earlier read (the format `anchor build` 0.29 wrote),
// for projects that pin such a client: it cannot load spec 0.1.0 IDLs (it reads account layouts from
// `accounts[].type` and crashes on the new shape).
// In: a spec 0.1.0 Idl (emitIdl's) and the Program it was emitted from. Out: the legacy Idl object (JSON
// for target/idl/<name>.json) and the target/types/<name>.ts text 0.29 wrote:
// `export type <Name> = {…}; export const IDL: <Name> = {…};`.
//
// What changes: names are lowerCamelCase (instructions, args, instruction accounts, fields), account and
// event layouts move out of `types` into `accounts[].type` and `events[].fields`, `pubkey` is
// `publicKey`, `{defined: {name}}` is `{defined: name}`, writable/signer are isMut/isSigner, the
// address goes to `metadata.address`, and `relations` sit on the account that holds the field (0.30
// lists them on the referenced account). Discriminators are dropped: 0.29 hashes the names itself.
// As 0.29's parser (anchor-syn 0.29 idl/parse) lists them: every `#[account]` struct and every serializable
// struct the crate declares (0.30 keeps only what the instructions reach), accounts and types in the order
// of the modules that hold them in the Rust, instructions and events in the program's order (0.30 sorts
// all four by name).
// PDA seeds keep their meaning in 0.29's form (`type` on each seed, `programId`, and on a seed that reads
// an `Account<'info, T>`, key or field, its `account: T`); a derivation under another program (an
// associated token account) is left out, since 0.29 cannot evaluate a constant program seed — as
// `anchor build` 0.29 leaves it out for `associated_token::` accounts. .ci/idl-check.sh compares the result
// with what Anchor 0.29's own parser (anchor-syn 0.29.0) makes of the Rust we emit for 0.29.
import { lowerCamelCase, upperCamelCase } from './heck.js';
import type { AccountParam, FieldDef, Program } from '../../ir/types.js';
import { crateModules } from '../../ir/crate-modules.js';
import { snakeCase } from '../../ir/names.js';
import { accountTypeName } from './accounts.js';
import { idlFields } from './type-defs.js';
import type { Idl, IdlField, IdlInstruction, IdlInstructionAccountItem, IdlSeed, IdlType, IdlTypeDef } from './types.js';

export type LegacyIdlType =
  | string
  | { option: LegacyIdlType }
  | { vec: LegacyIdlType }
  | { array: [LegacyIdlType, number] }
  | { defined: string };

export interface LegacyIdlField { name: string; type: LegacyIdlType }

export type LegacyIdlSeed =
  | { kind: 'const'; type: LegacyIdlType; value: string | number[] }
  | { kind: 'arg'; type: LegacyIdlType; path: string }
  | { kind: 'account'; type: LegacyIdlType; account?: string; path: string };

export interface LegacyIdlAccount {
  name: string;
  isMut: boolean;
  isSigner: boolean;
  isOptional?: boolean;
  relations?: string[];
  pda?: { seeds: LegacyIdlSeed[] };
}

export interface LegacyIdlAccounts { name: string; accounts: (LegacyIdlAccount | LegacyIdlAccounts)[] }

export type LegacyIdlTypeDefTy =
  | { kind: 'struct'; fields: LegacyIdlField[] }
  | { kind: 'enum'; variants: { name: string; fields?: LegacyIdlField[] | LegacyIdlType[] }[] }
  | { kind: 'alias'; value: LegacyIdlType };

export interface LegacyIdl {
  version: string;
  name: string;
  instructions: { name: string; accounts: (LegacyIdlAccount | LegacyIdlAccounts)[]; args: LegacyIdlField[]; returns?: LegacyIdlType }[];
  accounts?: { name: string; type: LegacyIdlTypeDefTy }[];
  types?: { name: string; type: LegacyIdlTypeDefTy }[];
  events?: { name: string; fields: (LegacyIdlField & { index: boolean })[] }[];
  errors?: { code: number; name: string; msg?: string }[];
  metadata: { address: string };
}

export function emitLegacyIdl(idl: Idl, program: Program): LegacyIdl {
  const typeDefs = new Map((idl.types ?? []).map((def) => [def.name, def]));
  const typeOrder = byModule(program);
  const layout = (item: { name: string; fields: FieldDef[] }) => ({ name: item.name, type: { kind: 'struct' as const, fields: idlFields(item.fields).map(legacyField) } });
  // Property order is serde's for 0.29's Idl struct, as `anchor build` 0.29 wrote it.
  return {
    version: idl.metadata.version,
    name: idl.metadata.name,
    instructions: program.instructions.map(({ name, accounts }) => {
      const ix = idl.instructions.find((i) => i.name === name);
      if (!ix) throw new Error(`internal: the IDL has no instruction ${name}`);
      return legacyInstruction(ix, accounts, typeDefs);
    }),
    ...(program.stateAccounts.length > 0 && { accounts: typeOrder(program.stateAccounts).map(layout) }),
    ...(program.structs.length > 0 && { types: typeOrder(program.structs).map(layout) }),
    ...(program.events.length > 0 && {
      events: program.events.map((e) => ({ name: e.name, fields: idlFields(e.fields).map((f) => ({ ...legacyField(f), index: false })) })),
    }),
    ...(idl.errors && { errors: idl.errors.map((e) => ({ ...e })) }),
    metadata: { address: idl.address },
  };
}

/**
 * Sorts state accounts or structs in the order 0.29's parser finds them: it walks the crate's modules in the
 * order of a BTreeMap keyed by each module's path followed by its name again (`crate::state::runrun`), and
 * the Rust holds each account and struct in its own module under `state` (src/ir/crate-modules.ts).
 */
function byModule(program: Program): <T extends { name: string }>(items: readonly T[]) => T[] {
  const modules = crateModules(program).types;
  const key = (name: string): string => {
    const module = modules.get(snakeCase(name));
    if (module === undefined) throw new Error(`internal: no module holds ${name}`);
    return module + module;
  };
  return (items) => [...items].sort((a, b) => (key(a.name) < key(b.name) ? -1 : key(a.name) > key(b.name) ? 1 : 0));
}

/**
 * target/types/<name>.ts as 0.29 wrote it: the IDL as a type and as a value, account names
 * lowerCamelCased so `program.account.<name>` type-checks.
 */
export function emitLegacyTsTypes(legacy: LegacyIdl): string {
  const typed = { ...legacy, ...(legacy.accounts && { accounts: legacy.accounts.map((a) => ({ ...a, name: lowerCamelCase(a.name) })) }) };
  const name = upperCamelCase(legacy.name);
  const text = JSON.stringify(typed, null, 2);
  return `export type ${name} = ${text};\n\nexport const IDL: ${name} = ${text};\n`;
}

function legacyInstruction(ix: IdlInstruction, params: AccountParam[], typeDefs: Map<string, IdlTypeDef>): LegacyIdl['instructions'][number] {
  const argTypes = new Map(ix.args.map((a) => [a.name, a.type]));
  const accountTypes = new Map(params.map((p) => [p.name, accountTypeName(p.account)]));
  const seedContext: SeedContext = { argTypes, accountTypes, typeDefs };
  const accounts = ix.accounts.map((item) => legacyAccountItem(item, seedContext));
  // 0.30 lists `relations` on the referenced account; 0.29 on the account holding the field.
  for (const item of ix.accounts) {
    if ('accounts' in item || !item.relations) continue;
    for (const holder of item.relations) {
      const target = accounts.find((a): a is LegacyIdlAccount => a.name === lowerCamelCase(holder) && !('accounts' in a));
      if (target) target.relations = [...(target.relations ?? []), item.name];
    }
  }
  const legacy: LegacyIdl['instructions'][number] = { name: lowerCamelCase(ix.name), accounts, args: ix.args.map(legacyField) };
  if (ix.returns !== undefined) legacy.returns = legacyType(ix.returns);
  return legacy;
}

interface SeedContext {
  argTypes: Map<string, IdlType>;
  /** The `T` of each `Account<'info, T>` parameter (anchor-syn's `ty_name`), undefined for other kinds. */
  accountTypes: Map<string, string | undefined>;
  typeDefs: Map<string, IdlTypeDef>;
}

function legacyAccountItem(item: IdlInstructionAccountItem, context: SeedContext): LegacyIdlAccount | LegacyIdlAccounts {
  if ('accounts' in item) return { name: lowerCamelCase(item.name), accounts: item.accounts.map((a) => legacyAccountItem(a, context)) };
  const account: LegacyIdlAccount = { name: lowerCamelCase(item.name), isMut: item.writable === true, isSigner: item.signer === true };
  if (item.optional) account.isOptional = true;
  if (item.pda && item.pda.program === undefined) {
    const seeds = item.pda.seeds.map((seed) => legacySeed(seed, context));
    if (seeds.every((s): s is LegacyIdlSeed => s !== null)) account.pda = { seeds };
  }
  return account;
}

/** One seed with the type 0.29 encodes it by; null when that type cannot be known. */
function legacySeed(seed: IdlSeed, context: SeedContext): LegacyIdlSeed | null {
  switch (seed.kind) {
    case 'const': {
      const text = printableUtf8(seed.value);
      return text === null ? { kind: 'const', type: { array: ['u8', seed.value.length] }, value: seed.value } : { kind: 'const', type: 'string', value: text };
    }
    case 'arg': {
      const [arg, ...fields] = seed.path.split('.');
      const type = context.argTypes.get(arg);
      const fieldType = type && typeAtPath(type, fields, context.typeDefs);
      return fieldType ? { kind: 'arg', type: legacyType(fieldType), path: seed.path } : null;
    }
    case 'account': {
      const fields = seed.path.split('.').slice(1);
      if (fields.length === 0) {
        const account = context.accountTypes.get(seed.path);
        return account === undefined ? { kind: 'account', type: 'publicKey', path: seed.path } : { kind: 'account', type: 'publicKey', account, path: seed.path };
      }
      const fieldType = seed.account && typeAtPath({ defined: { name: seed.account } }, fields, context.typeDefs);
      return fieldType ? { kind: 'account', type: legacyType(fieldType), account: seed.account, path: seed.path } : null;
    }
  }
}

/** The type of `fields` (a dotted path's tail) inside `type`, or undefined when the path leaves structs. */
function typeAtPath(type: IdlType, fields: string[], typeDefs: Map<string, IdlTypeDef>): IdlType | undefined {
  if (fields.length === 0) return type;
  if (typeof type !== 'object' || !('defined' in type)) return undefined;
  const def = typeDefs.get(type.defined.name);
  if (def?.type.kind !== 'struct') return undefined;
  const field = (def.type.fields ?? []).find((f): f is IdlField => typeof f === 'object' && 'name' in f && f.name === fields[0]);
  return field && typeAtPath(field.type, fields.slice(1), typeDefs);
}

/** The text of seed bytes Anchor 0.29 printed as a `string` seed (a `b"…"` literal), or null. */
function printableUtf8(bytes: number[]): string | null {
  const text = Buffer.from(bytes).toString('utf8');
  return Buffer.from(text, 'utf8').equals(Buffer.from(bytes)) && /^[\x20-\x7e]*$/.test(text) ? text : null;
}

function legacyField(f: IdlField): LegacyIdlField {
  return { name: lowerCamelCase(f.name), type: legacyType(f.type) };
}

function legacyType(t: IdlType): LegacyIdlType {
  if (typeof t === 'string') return t === 'pubkey' ? 'publicKey' : t;
  if ('option' in t) return { option: legacyType(t.option) };
  if ('vec' in t) return { vec: legacyType(t.vec) };
  if ('array' in t) {
    const [elem, len] = t.array;
    if (typeof len !== 'number') throw new Error('internal: generic array lengths have no legacy IDL form');
    return { array: [legacyType(elem), len] };
  }
  if ('defined' in t) return { defined: t.defined.name };
  throw new Error('internal: generic types have no legacy IDL form');
}
