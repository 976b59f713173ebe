// Optional arguments and mints from arguments in the front end: `x?: T` / `T | undefined` as the option type,
// the `isSome` conditions TypeScript narrows on and the branch that reads the value inside, the option passed
// where a call takes one (initializeMint's freeze authority, setAuthority's new authority), initializeMint's
// IR and the mint it marks, and Mint.derive with argument decimals and freeze authority.
import { describe, expect, it } from 'vitest';
import type { Expr, Stmt } from '../../src/ir/types.js';
import { compileInline, instruction, withoutSpans, wrap } from './helpers.js';

const u8 = { kind: 'int', name: 'u8' } as const;
const u64 = { kind: 'int', name: 'u64' } as const;
const pubkey = { kind: 'pubkey' } as const;
const option = (inner: object) => ({ kind: 'option', inner });
const arg = (name: string, type: object): Expr => ({ kind: 'arg', name, type } as Expr);
const isSome = (name: string, inner: object): Expr => ({ kind: 'isSome', value: arg(name, option(inner)), type: { kind: 'bool' } });
const not = (operand: Expr): Expr => ({ kind: 'not', operand, type: { kind: 'bool' } });
const setCount = (value: Expr): Stmt => ({ kind: 'assign', place: { kind: 'field', account: 'data', path: ['count'], type: u64 }, value } as Stmt);
const zero: Expr = { kind: 'int', type: u64, value: 0n };

const EXTRA = 'export enum CaseError {\n  Missing = "missing",\n}\n\nexport interface Point {\n  x: u64;\n}\n';

/** One instruction `run(user: Signer, <params>)` around `body`. */
function lowerRun(params: string, body: string) {
  return withoutSpans(instruction(compileInline(wrap(`  run(user: Signer, ${params}): Result {\n${body}\n  }`, EXTRA)), 'run'));
}

describe('optional arguments', () => {
  it('`x?: T` (last, as TypeScript requires) and `x: T | undefined` (anywhere) are option arguments, in parameter order', () => {
    const ix = lowerRun('data: Data, b: Pubkey | undefined, c: u8, a?: u64', '');
    expect(ix.args).toEqual([{ name: 'b', type: option(pubkey) }, { name: 'c', type: u8 }, { name: 'a', type: option(u64) }]);
  });

  it('`if (x)` tests isSome and reads the value inside in its then-branch', () => {
    const ix = lowerRun('data: Data, amount?: u64', '    if (amount) {\n      data.count = amount;\n    } else {\n      data.count = new u64(0);\n    }');
    expect(ix.body).toEqual([{ kind: 'if', cond: isSome('amount', u64), then: [setCount(arg('amount', u64))], else: [setCount(zero)] }]);
  });

  it('`if (!x)` negates the test and narrows the else-branch', () => {
    const ix = lowerRun('data: Data, amount?: u64', '    if (!amount) {\n      data.count = new u64(0);\n    } else {\n      data.count = amount;\n    }');
    expect(ix.body).toEqual([{ kind: 'if', cond: not(isSome('amount', u64)), then: [setCount(zero)], else: [setCount(arg('amount', u64))] }]);
  });

  it.each([
    ['amount !== undefined', true], ['amount != undefined', true], ['undefined !== amount', true],
    ['amount === undefined', false], ['amount == undefined', false], ['!(amount !== undefined)', false],
  ])('`%s` is a test TypeScript narrows on', (test, some) => {
    const ix = lowerRun('data: Data, amount?: u64', `    if (${test}) {\n      data.count = new u64(0);\n    }`);
    expect((ix.body[0] as Stmt & { kind: 'if' }).cond).toEqual(some ? isSome('amount', u64) : not(isSome('amount', u64)));
  });

  it('a test is a Boolean value anywhere a condition is: in require and in && chains', () => {
    const ix = lowerRun('data: Data, amount?: u64, flag?: Boolean', '    require(amount !== undefined && flag === undefined, CaseError.Missing);');
    expect(ix.body).toEqual([{
      kind: 'require', error: 'Missing',
      cond: { kind: 'logic', op: 'and', left: isSome('amount', u64), right: not(isSome('flag', { kind: 'bool' })), type: { kind: 'bool' } },
    }]);
  });

  it('an optional struct argument narrowed reads its fields', () => {
    const ix = lowerRun('data: Data, p?: Point', '    if (p) {\n      data.count = p.x;\n    }');
    expect(ix.args).toEqual([{ name: 'p', type: option({ kind: 'struct', name: 'Point' }) }]);
    expect(ix.body).toEqual([{ kind: 'if', cond: isSome('p', { kind: 'struct', name: 'Point' }), then: [setCount({ kind: 'arg', name: 'p', path: ['x'], type: u64 })], else: [] }]);
  });
});

describe('TokenProgram.initializeMint', () => {
  it('lowers to InitializeMint2 with the mint marked as initialized here, decimals, the authority key and the optional freeze authority', () => {
    const ix = lowerRun('mint: Mint, decimals: u8, freeze?: Pubkey', '    TokenProgram.initializeMint(mint, decimals, user, freeze);');
    // The mint's account is created first when it does not exist: the mint signs, the only Signer pays.
    expect(ix.accounts.map((a) => [a.name, a.account.kind, a.mut, a.signer])).toEqual([
      ['user', 'signer', true, true], ['mint', 'mintToInitialize', true, true],
      ['system_program', 'program', false, false], ['token_program', 'program', false, false],
    ]);
    expect(ix.body).toEqual([{
      kind: 'tokenCpi', fn: 'initializeMint', accounts: { mint: 'mint' },
      args: [arg('decimals', u8), { kind: 'accountKey', account: 'user', type: pubkey }, arg('freeze', option(pubkey))],
      createMint: { payer: 'user' },
    }]);
  });

  it('takes Pubkey values and literal decimals; an absent or undefined freeze authority is no argument', () => {
    const ix = lowerRun('mint: Mint, key: Pubkey', '    TokenProgram.initializeMint(mint, 6, key, user.key);\n    TokenProgram.initializeMint(mint, 0, user);\n    TokenProgram.initializeMint(mint, 1, user, undefined, ["seed"]);');
    expect(ix.body.map((s) => (s as Stmt & { kind: 'tokenCpi' }).args)).toEqual([
      [{ kind: 'int', type: u8, value: 6n }, arg('key', pubkey), { kind: 'accountKey', account: 'user', type: pubkey }],
      [{ kind: 'int', type: u8, value: 0n }, { kind: 'accountKey', account: 'user', type: pubkey }],
      [{ kind: 'int', type: u8, value: 1n }, { kind: 'accountKey', account: 'user', type: pubkey }],
    ]);
    expect((ix.body[2] as Stmt & { kind: 'tokenCpi' }).signerSeeds).toEqual([{ kind: 'const', bytes: [...Buffer.from('seed')] }]);
  });

  it('setAuthority passes an optional new authority as the option itself', () => {
    const ix = lowerRun('mint: Mint, next?: Pubkey', '    TokenProgram.setAuthority(user, mint, AuthorityType.MintTokens, next);');
    expect(ix.body).toEqual([{
      kind: 'tokenCpi', fn: 'setAuthority', accounts: { currentAuthority: 'user', account: 'mint' },
      args: [{ kind: 'int', type: u8, value: 0n }, arg('next', option(pubkey))],
    }]);
  });
});

describe('Mint.derive from arguments', () => {
  it('takes u8 argument decimals and a Pubkey argument freeze authority', () => {
    const ix = lowerRun('mint: Mint, decimals: u8, freezer: Pubkey', '    mint.derive(null, user.key, decimals, freezer).init(user);');
    expect(ix.accounts[1].mint).toEqual({ authority: 'user', decimals: arg('decimals', u8), freezeAuthority: arg('freezer', pubkey) });
  });
});
