// Terse builders for hand-written IR in the Anchor backend tests.
// In: names, types and expressions. Out: IR objects with discriminators, sizes and spans filled in the
// way the front end fills them, so the fixtures read like the DSL programs they stand for.
import { sighash } from '../../src/ir/discriminator.js';
import { maxSize, structLookup } from '../../src/ir/layout.js';
import type {
  AccountKind, AccountParam, Arg, CallArg, ErrorDef, EventDef, Expr, FieldDef, FunctionDef, FunctionParam, Instruction, IntName,
  Program, Seed, Span, StateAccountDef, Stmt, StructDef, TokenFn, Type,
} from '../../src/ir/types.js';

export const span: Span = { file: 'programs/test.ts', line: 1, col: 1, length: 1 };

export const u = (name: IntName): Type & { kind: 'int' } => ({ kind: 'int', name });
export const u64 = u('u64');
export const u8 = u('u8');
export const pubkey: Type & { kind: 'pubkey' } = { kind: 'pubkey' };
export const str = (maxLen: number): Type => ({ kind: 'string', maxLen });
export const vec = (elem: Type, maxLen: number): Type => ({ kind: 'vec', elem, maxLen });

export const field = (name: string, type: Type): FieldDef => ({ name, type, span });
export const arg = (name: string, type: Type): Arg => ({ name, type, span });

export function stateAccount(name: string, fields: FieldDef[], structs: StructDef[] = []): StateAccountDef {
  const lookup = structLookup({ structs });
  return {
    name, fields, span,
    discriminator: sighash('account', name),
    initSpace: fields.reduce((n, f) => n + maxSize(f.type, lookup), 0),
  };
}

export const event = (name: string, fields: FieldDef[]): EventDef =>
  ({ name, fields, span, discriminator: sighash('event', name) });
export const errorDef = (name: string, index: number, msg: string): ErrorDef => ({ name, code: 6000 + index, msg, span });

type ParamOptions = Partial<Omit<AccountParam, 'name' | 'account' | 'span'>>;
const param = (name: string, account: AccountParam['account'], o: ParamOptions): AccountParam => ({
  name, account, mut: false, signer: false, hasOne: [], implicit: false, span, ...o,
});
export const signer = (name: string, o: ParamOptions = {}): AccountParam => param(name, { kind: 'signer' }, { signer: true, ...o });
export const state = (name: string, type: string, o: ParamOptions = {}): AccountParam => param(name, { kind: 'state', type }, o);
export const systemAccount = (name: string, o: ParamOptions = {}): AccountParam => param(name, { kind: 'system' }, o);
export const unchecked = (name: string, o: ParamOptions = {}): AccountParam => param(name, { kind: 'unchecked' }, o);
export const systemProgram = (): AccountParam =>
  param('system_program', { kind: 'program', program: 'system' }, { implicit: true });
export const mintAccount = (name: string, o: ParamOptions = {}): AccountParam => param(name, { kind: 'mint' }, o);
export const tokenAccount = (name: string, o: ParamOptions = {}): AccountParam => param(name, { kind: 'tokenAccount' }, o);
export const ata = (name: string, o: ParamOptions = {}): AccountParam => param(name, { kind: 'associatedTokenAccount' }, o);
export const tokenProgram = (): AccountParam =>
  param('token_program', { kind: 'program', program: 'token' }, { implicit: true });
export const associatedTokenProgram = (): AccountParam =>
  param('associated_token_program', { kind: 'program', program: 'associatedToken' }, { implicit: true });

export const constSeed = (text: string): Seed => ({ kind: 'const', bytes: [...Buffer.from(text, 'utf8')] });
export const keySeed = (account: string): Seed => ({ kind: 'accountKey', account });
export const argSeed = (name: string, type: Type): Seed => ({ kind: 'arg', arg: name, type });
export const fieldSeed = (account: string, name: string, type: Type): Seed => ({ kind: 'field', account, path: [name], type });

export function instruction(name: string, args: Arg[], accounts: AccountParam[], body: Stmt[]): Instruction {
  return { name, discriminator: sighash('global', name), args, accounts, body, span };
}

export function program(p: Partial<Program> & Pick<Program, 'name' | 'className' | 'instructions'>): Program {
  return {
    programId: 'Fg6PaFpoGXkYsidMpWTK6W2BeZ7FEfcYkg476zPFsLnS',
    stateAccounts: [], structs: [], errors: [], events: [], functions: [], sourceFile: `programs/${p.name}.ts`, ...p,
  };
}

// ── expressions and statements ──
export const int = (value: number | bigint, type: Type & { kind: 'int' } = u64): Expr => ({ kind: 'int', type, value: BigInt(value) });
export const argRef = (name: string, type: Type): Expr => ({ kind: 'arg', name, type });
export const local = (name: string, type: Type): Expr => ({ kind: 'local', name, type });
export const fieldRef = (account: string, name: string, type: Type): Expr => ({ kind: 'field', account, path: [name], type });
export const key = (account: string): Expr => ({ kind: 'accountKey', account, type: pubkey });
export const bump = (account: string): Expr => ({ kind: 'bump', account, type: u8 });
export const arith = (op: 'add' | 'sub' | 'mul' | 'div' | 'mod', left: Expr, right: Expr, type = u64): Expr =>
  ({ kind: 'arith', op, left, right, type });
export const compare = (op: 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge', left: Expr, right: Expr): Expr =>
  ({ kind: 'compare', op, left, right, type: { kind: 'bool' } });

export const assignField = (account: string, name: string, type: Type, value: Expr): Stmt =>
  ({ kind: 'assign', place: { kind: 'field', account, path: [name], type }, value, span });
export const transfer = (from: string, to: string, amount: Expr, signerSeeds?: Seed[]): Stmt =>
  ({ kind: 'systemTransfer', from, to, amount, signerSeeds, span });
export const tokenCpi = (fn: TokenFn, accounts: Record<string, string>, args: Expr[] = [], signerSeeds?: Seed[]): Stmt =>
  ({ kind: 'tokenCpi', fn, accounts, args, signerSeeds, span });
export const requireThat = (cond: Expr, error: string): Stmt => ({ kind: 'require', cond, error, span });
export const convert = (value: Expr, type: Type & { kind: 'int' }): Expr => ({ kind: 'convert', value, type });
export const argField = (name: string, path: string[], type: Type): Expr => ({ kind: 'arg', name, path, type });

// ── helper functions ──
export function helperFn(name: string, params: FunctionParam[], returns: Type | null, body: Stmt[]): FunctionDef {
  return { name, params, returns, body, span };
}
export const accountIn = (name: string, account: AccountKind, mut = false): FunctionParam => ({ kind: 'account', name, account, mut, span });
export const valueIn = (name: string, type: Type): FunctionParam => ({ kind: 'value', name, type, span });
export const passAccount = (account: string): CallArg => ({ kind: 'account', account });
export const passValue = (value: Expr): CallArg => ({ kind: 'value', value });
export const callStmt = (fn: string, args: CallArg[]): Stmt => ({ kind: 'call', fn, args, span });
export const callExpr = (fn: string, args: CallArg[], type: Type): Expr => ({ kind: 'call', fn, args, type });
export const returnValue = (value?: Expr): Stmt => (value ? { kind: 'return', value, span } : { kind: 'return', span });
