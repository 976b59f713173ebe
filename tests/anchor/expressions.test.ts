// Rust spelling of single IR expressions: literal typing, precedence, conversions, clones and seeds.
import { describe, expect, it } from 'vitest';
import { exprDoc, typedDoc, valueDoc, type ExprScope } from '../../src/backends/anchor/expressions.js';
import { flat } from '../../src/backends/anchor/format.js';
import { seedDoc } from '../../src/backends/anchor/seeds.js';
import { seedIsSliceExpression } from '../../src/ir/seeds.js';
import type { Expr, Seed } from '../../src/ir/types.js';
import {
  argRef, argSeed, arith, compare, constSeed, fieldRef, fieldSeed, int, key, local, program, state, str, u, u64, u8,
} from './builders.js';

const accounts = [state('profile', 'Profile'), state('state', 'VaultState')];
const scope = (reads: Record<string, number> = {}): ExprScope => ({
  program: program({ name: 'p', className: 'P', instructions: [] }),
  accounts,
  helperPath: (fn) => `helpers::${fn}`,
  reads: new Map(Object.entries(reads)),
});
const rust = (e: Expr, s = scope()): string => flat(exprDoc(e, s));
const bool = { kind: 'bool' } as const;

describe('Anchor expressions', () => {
  it('gives a literal receiver its type suffix', () => {
    expect(rust(arith('sub', int(10), argRef('x', u64)))).toBe('10u64.checked_sub(x).ok_or(ProgramError::ArithmeticOverflow)?');
  });

  it('parenthesizes a negative literal receiver', () => {
    const i64 = u('i64');
    expect(rust({ kind: 'minmax', op: 'max', left: int(-5, i64), right: argRef('x', i64), type: i64 })).toBe('(-5i64).max(x)');
  });

  it('spells mod as checked_rem', () => {
    expect(rust(arith('mod', argRef('a', u64), argRef('b', u64)))).toBe('a.checked_rem(b).ok_or(ProgramError::ArithmeticOverflow)?');
  });

  it('types both sides of a comparison of two literals', () => {
    expect(rust(compare('lt', int(3_000_000_000), int(4_000_000_000)))).toBe('3000000000u64 < 4000000000u64');
  });

  it('parenthesizes a comparison inside a comparison', () => {
    const inner = compare('gt', argRef('a', u64), argRef('b', u64));
    expect(rust(compare('eq', inner, { kind: 'bool', value: true }))).toBe('(a > b) == true');
  });

  it('parenthesizes || under && and keeps a run of && flat', () => {
    const a = argRef('a', bool), b = argRef('b', bool), c = argRef('c', bool);
    const or: Expr = { kind: 'logic', op: 'or', left: a, right: b, type: bool };
    const and: Expr = { kind: 'logic', op: 'and', left: { kind: 'logic', op: 'and', left: or, right: c, type: bool }, right: a, type: bool };
    expect(rust(and)).toBe('(a || b) && c && a');
  });

  it('widens losslessly with From', () => {
    expect(rust({ kind: 'convert', value: argRef('x', u('u32')), type: u('i64') })).toBe('i64::from(x)');
  });

  it('narrows with try_from failing as InvalidNumericConversion', () => {
    expect(rust({ kind: 'convert', value: argRef('x', u('i64')), type: u64 }))
      .toBe('u64::try_from(x).map_err(|_| error!(ErrorCode::InvalidNumericConversion))?');
  });

  it('drops a conversion to the same type', () => {
    expect(rust({ kind: 'convert', value: argRef('x', u64), type: u64 })).toBe('x');
  });

  it('multiplies u128 values directly in mulDiv', () => {
    const u128 = u('u128');
    expect(rust({ kind: 'mulDiv', a: argRef('a', u128), b: argRef('b', u128), c: argRef('c', u128), type: u128 }))
      .toBe('a.checked_mul(b).ok_or(ProgramError::ArithmeticOverflow)?.checked_div(c).ok_or(ProgramError::ArithmeticOverflow)?');
  });

  it('moves a String arg read once and clones one read twice', () => {
    expect(flat(valueDoc(argRef('name', str(8)), scope({ name: 1 })))).toBe('name');
    expect(flat(valueDoc(argRef('name', str(8)), scope({ name: 2 })))).toBe('name.clone()');
  });

  it('clones a String field read as a value', () => {
    expect(flat(valueDoc(fieldRef('profile', 'name', str(8)), scope()))).toBe('profile.name.clone()');
  });

  it('reads a field of a struct arg by its snake_case path', () => {
    const rate: Expr = { kind: 'arg', name: 'config_params', path: ['reward_rate'], type: u64 };
    expect(rust(arith('mul', rate, int(2)))).toBe('config_params.reward_rate.checked_mul(2).ok_or(ProgramError::ArithmeticOverflow)?');
  });

  it('reads a nested field of a struct arg', () => {
    const inner: Expr = { kind: 'arg', name: 'params', path: ['limits', 'max_amount'], type: u64 };
    expect(rust(inner)).toBe('params.limits.max_amount');
  });

  it('clones a String field of a struct arg moved into a place, even when the arg is read once', () => {
    const label: Expr = { kind: 'arg', name: 'params', path: ['label'], type: str(8) };
    expect(flat(valueDoc(label, scope({ params: 1 })))).toBe('params.label.clone()');
  });

  it('makes a string literal an owned String', () => {
    expect(rust({ kind: 'string', value: 'say "hi"', type: str(10) })).toBe('"say \\"hi\\"".to_string()');
  });

  it('suffixes literals where only a format string would see them', () => {
    expect(flat(typedDoc(int(7, u8), scope()))).toBe('7u8');
  });

  it('reads a key and a local as written', () => {
    expect(rust(compare('ne', key('a'), local('k', { kind: 'pubkey' })))).toBe('a.key() != k');
  });
});

describe('Anchor seeds', () => {
  const constraint = (seed: Seed): string => flat(seedDoc(seed, 'constraint', accounts));

  it('writes printable constants as byte strings', () => {
    expect(constraint(constSeed('vault'))).toBe('b"vault"');
  });

  it('writes other constants as byte arrays', () => {
    expect(constraint({ kind: 'const', bytes: [0, 255] })).toBe('&[0, 255]');
  });

  it('writes integer args little-endian', () => {
    expect(constraint(argSeed('amount', u64))).toBe('amount.to_le_bytes().as_ref()');
  });

  it('writes a u8 arg of a seeds constraint as a method chain the IDL build can read', () => {
    expect(constraint(argSeed('index', u8))).toBe('index.to_le_bytes().as_ref()');
  });

  it('writes a u8 field of a seeds constraint as a method chain the IDL build can read', () => {
    expect(constraint(fieldSeed('state', 'bump', u8))).toBe('state.bump.to_le_bytes().as_ref()');
  });

  it('writes a u8 field of CPI signer seeds as its single byte', () => {
    expect(flat(seedDoc(fieldSeed('state', 'bump', u8), 'signer', accounts))).toBe('&[state.bump]');
  });

  it('writes a string arg as its UTF-8 bytes', () => {
    expect(constraint(argSeed('handle', str(16)))).toBe('handle.as_bytes()');
  });

  it('writes a slice expression exactly where src/ir/seeds.ts says the IDL build gives up', () => {
    const seeds: Seed[] = [
      constSeed('vault'), { kind: 'const', bytes: [0, 255] }, { kind: 'const', bytes: [] }, { kind: 'accountKey', account: 'profile' },
      argSeed('amount', u64), argSeed('index', u8), argSeed('flag', bool), argSeed('handle', str(16)),
      fieldSeed('state', 'bump', u8), fieldSeed('state', 'open', bool),
    ];
    expect(seeds.map((s) => constraint(s).startsWith('&['))).toEqual(seeds.map(seedIsSliceExpression));
    expect(seeds.filter(seedIsSliceExpression)).toHaveLength(4);
  });
});
