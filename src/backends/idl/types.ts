// The Anchor IDL (spec 0.1.0, Anchor 0.30–0.32) as TypeScript types, mirroring `anchor-lang-idl-spec`.
// In: nothing. Out: the `Idl` model that emitIdl builds and idlJson/emitTsTypes serialise.
// Property order matches the Rust structs' field order, because serde writes fields in that order
// and JSON.stringify writes properties in insertion order: emitters must build objects in this order.
// Optional properties are the ones Anchor skips when empty/false/None.

export interface Idl {
  address: string;
  metadata: IdlMetadata;
  docs?: string[];
  instructions: IdlInstruction[];
  accounts?: IdlAccount[];
  events?: IdlEvent[];
  errors?: IdlErrorCode[];
  types?: IdlTypeDef[];
  constants?: IdlConst[];
}

export interface IdlMetadata {
  name: string;
  version: string;
  spec: string;
  description?: string;
  repository?: string;
  dependencies?: { name: string; version: string }[];
  contact?: string;
  deployments?: { mainnet?: string; testnet?: string; devnet?: string; localnet?: string };
}

export interface IdlInstruction {
  name: string;
  docs?: string[];
  discriminator: number[];
  accounts: IdlInstructionAccountItem[];
  args: IdlField[];
  returns?: IdlType;
}

export type IdlInstructionAccountItem = IdlInstructionAccount | IdlInstructionAccounts;

export interface IdlInstructionAccount {
  name: string;
  docs?: string[];
  writable?: true;
  signer?: true;
  optional?: true;
  address?: string;
  pda?: IdlPda;
  relations?: string[];
}

/** A nested Accounts struct. */
export interface IdlInstructionAccounts {
  name: string;
  accounts: IdlInstructionAccountItem[];
}

export interface IdlPda {
  seeds: IdlSeed[];
  program?: IdlSeed;
}

export type IdlSeed =
  | { kind: 'const'; value: number[] }
  | { kind: 'arg'; path: string }
  | { kind: 'account'; path: string; account?: string };

export interface IdlAccount {
  name: string;
  discriminator: number[];
}

export interface IdlEvent {
  name: string;
  discriminator: number[];
}

export interface IdlErrorCode {
  code: number;
  name: string;
  msg?: string;
}

export interface IdlConst {
  name: string;
  docs?: string[];
  type: IdlType;
  value: string;
}

export interface IdlField {
  name: string;
  docs?: string[];
  type: IdlType;
}

export interface IdlTypeDef {
  name: string;
  docs?: string[];
  serialization?: 'bytemuck' | 'bytemuckunsafe' | { custom: string };
  repr?: { kind: 'rust' | 'c'; packed?: true; align?: number } | { kind: 'transparent' };
  generics?: ({ kind: 'type'; name: string } | { kind: 'const'; name: string; type: string })[];
  type: IdlTypeDefTy;
}

export type IdlTypeDefTy =
  | { kind: 'struct'; fields?: IdlField[] | IdlType[] }
  | { kind: 'enum'; variants: { name: string; fields?: IdlField[] | IdlType[] }[] }
  | { kind: 'type'; alias: IdlType };

export type IdlPrimitive =
  | 'bool' | 'u8' | 'i8' | 'u16' | 'i16' | 'u32' | 'i32' | 'f32' | 'u64' | 'i64' | 'f64'
  | 'u128' | 'i128' | 'u256' | 'i256' | 'bytes' | 'string' | 'pubkey';

export type IdlType =
  | IdlPrimitive
  | { option: IdlType }
  | { vec: IdlType }
  | { array: [IdlType, number | { generic: string }] }
  | { defined: { name: string; generics?: ({ kind: 'type'; type: IdlType } | { kind: 'const'; value: string })[] } }
  | { generic: string };
