// Poseidon's older and looser spellings lowered to the IR the DSL's own spelling gives: the same accounts,
// constraints and expressions (so every backend treats them alike), and the warning of an ignored return value.
import { describe, expect, it } from 'vitest';
import { compileSource } from '../../src/frontend/index.js';
import type { Expr } from '../../src/ir/types.js';
import { compileInline, compileShared, instruction, withoutSpans, wrap } from './helpers.js';

const u8 = { kind: 'int', name: 'u8' } as const;
const u16 = { kind: 'int', name: 'u16' } as const;
const u64 = { kind: 'int', name: 'u64' } as const;
const bool = { kind: 'bool' } as const;
const field = (name: string, type: object = u64) => ({ kind: 'field', account: 'data', path: [name], type });
const arg = (name: string, type: object = u64) => ({ kind: 'arg', name, type });
const int = (value: bigint, type: object = u64) => ({ kind: 'int', type, value });

/** The body of `run` in a program around `body`, spans dropped. */
function body(params: string, statements: string) {
  const errors = 'export enum TestError { Nope = "nope" }';
  return instruction(compileInline(wrap(`  run(user: Signer, data: Data${params}): Result {\n${statements}\n  }`, errors)), 'run').body;
}

/** The value of the first statement (an assignment, a `let` or a `require`). */
function firstValue(params: string, statement: string): Expr {
  const [s] = body(params, statement);
  if (s.kind === 'assign' || s.kind === 'let') return s.value;
  if (s.kind === 'require') return s.cond;
  throw new Error(`no value in ${s.kind}`);
}

describe('init() without a payer', () => {
  it('makes the only Signer parameter pay, wherever it stands, exactly as init(signer) does', () => {
    const implied = compileInline(wrap('  run(data: Data, user: Signer): Result {\n    data.derive(["d"]).init();\n  }'));
    const named = compileInline(wrap('  run(data: Data, user: Signer): Result {\n    data.derive(["d"]).init(user);\n  }'));
    expect(instruction(implied, 'run')).toEqual(instruction(named, 'run'));
    expect(instruction(implied, 'run').accounts[0].init).toEqual({ payer: 'user', ifNeeded: false, space: 8 + 32 + 8 + 16 + 8 + 1 + 1 + 20 + 1 });
  });

  it('does the same for a mint, a token account and an associated token account', () => {
    const ix = instruction(compileSource('t.ts', wrap(`  run(payer: Signer, auth: UncheckedAccount, mint: Mint, vault: TokenAccount, ata: AssociatedTokenAccount): Result {
    mint.derive(["mint"], auth.key, 6).init();
    vault.derive(["vault"], mint, auth.key).init();
    ata.derive(mint, auth.key).initIfNeeded();
  }`)).program!, 'run');
    expect(ix.accounts.filter((a) => a.init).map((a) => [a.name, a.init!.payer, a.init!.ifNeeded])).toEqual([
      ['mint', 'payer', false], ['vault', 'payer', false], ['ata', 'payer', true],
    ]);
    expect(ix.accounts[0]).toMatchObject({ name: 'payer', mut: true, signer: true });
  });
});

describe('String<N>', () => {
  it('is Str<N> in accounts, structs, arguments and vectors', () => {
    const p = compileShared('legacy');
    const tally = p.stateAccounts.find((s) => s.name === 'Tally')!;
    expect(withoutSpans(tally.fields.slice(-3))).toEqual([
      { name: 'label', type: { kind: 'string', maxLen: 12 } },
      { name: 'tags', type: { kind: 'vec', elem: { kind: 'string', maxLen: 4 }, maxLen: 3 } },
      { name: 'profile', type: { kind: 'struct', name: 'Profile' } },
    ]);
    expect(withoutSpans(p.structs)).toEqual([{ name: 'Profile', fields: [{ name: 'nick', type: { kind: 'string', maxLen: 8 } }, { name: 'age', type: u8 }] }]);
    expect(instruction(p, 'open').args.map((a) => [a.name, a.type.kind])).toEqual([['label', 'string'], ['tags', 'vec'], ['profile', 'struct'], ['limit', 'int']]);
  });

  it('without N (String, string) is an unbounded instruction argument', () => {
    const text = wrap('  run(user: Signer, a: string, b: PString, c: String): Result {}').replace('Str, Vec,', 'Str, Vec, String as PString,');
    const unbounded = { kind: 'string', maxLen: null };
    expect(instruction(compileInline(text), 'run').args).toEqual([{ name: 'a', type: unbounded }, { name: 'b', type: unbounded }, { name: 'c', type: unbounded }]);
  });

  it('keeps its meaning under another import name', () => {
    const text = wrap('  run(user: Signer, name: PString<5>): Result {}').replace('Str, Vec,', 'Str, Vec, String as PString,');
    expect(instruction(compileInline(text), 'run').args).toEqual([{ name: 'name', type: { kind: 'string', maxLen: 5 } }]);
  });
});

describe('operators on integers', () => {
  it('+ - * / % are the checked arithmetic of .add() … .mod()', () => {
    expect(firstValue(', a: u64', '    data.count = (data.count + a) * 2 - a / 3 % 4;')).toEqual(
      { kind: 'arith', op: 'sub', type: u64,
        left: { kind: 'arith', op: 'mul', type: u64, left: { kind: 'arith', op: 'add', type: u64, left: field('count'), right: arg('a') }, right: int(2n) },
        right: { kind: 'arith', op: 'mod', type: u64, left: { kind: 'arith', op: 'div', type: u64, left: arg('a'), right: int(3n) }, right: int(4n) } });
  });

  it('a + b is exactly a.add(b)', () => {
    expect(body(', a: u64', '    data.count = data.count + a;')).toEqual(body(', a: u64', '    data.count = data.count.add(a);'));
  });

  it('+=, -=, ++ and -- assign the checked result to the same place', () => {
    expect(body('', '    data.count += 5;\n    data.small -= 1;\n    data.count++;\n    --data.small;').map((s) => s.kind === 'assign' && [s.place, s.value])).toEqual([
      [field('count'), { kind: 'arith', op: 'add', left: field('count'), right: int(5n), type: u64 }],
      [field('small', u8), { kind: 'arith', op: 'sub', left: field('small', u8), right: int(1n, u8), type: u8 }],
      [field('count'), { kind: 'arith', op: 'add', left: field('count'), right: int(1n), type: u64 }],
      [field('small', u8), { kind: 'arith', op: 'sub', left: field('small', u8), right: int(1n, u8), type: u8 }],
    ]);
  });

  it('comparisons lower to compare, a literal on either side taking the other side\'s type', () => {
    const cond = (text: string) => firstValue(', h: u16', `    require(${text}, TestError.Nope);`);
    expect(cond('h > 5')).toEqual({ kind: 'compare', op: 'gt', left: arg('h', u16), right: int(5n, u16), type: bool });
    expect(cond('5 <= h')).toEqual({ kind: 'compare', op: 'le', left: int(5n, u16), right: arg('h', u16), type: bool });
    expect(cond('Number(h) >= 7')).toEqual({ kind: 'compare', op: 'ge', left: arg('h', u16), right: int(7n, u16), type: bool });
    expect(cond('h == new u16(3)')).toEqual(cond('h === 3'));
    expect(cond('h !== 3')).toEqual({ kind: 'compare', op: 'ne', left: arg('h', u16), right: int(3n, u16), type: bool });
    expect(cond('data.owner !== user.key')).toEqual(cond('data.owner.neq(user.key)'));
    expect(cond('h < 9')).toEqual(cond('h.lt(9)'));
  });

  it('a number literal is accepted for an integer field, local and helper argument', () => {
    expect(firstValue('', '    data.count = 0;')).toEqual(int(0n));
    expect(firstValue('', '    let x: u8 = 7;')).toEqual(int(7n, u8));
    expect(firstValue('', '    data.count = 2 + 3;')).toEqual({ kind: 'arith', op: 'add', left: int(2n), right: int(3n), type: u64 });
  });

  it('an integer type assertion (`44 as unknown as u32`) types a literal and keeps a value of that type', () => {
    expect(firstValue('', '    data.small = 44 as unknown as u8;')).toEqual(int(44n, u8));
    expect(firstValue(', a: u64', '    data.count = a as u64;')).toEqual(arg('a'));
  });
});

describe('instruction return values', () => {
  const text = wrap('  run(user: Signer, data: Data) {\n    data.count = data.count.add(1);\n    return { success: true };\n  }');

  it('are ignored with a warning: the program still compiles and the return ends the instruction', () => {
    const r = compileSource('r.ts', text);
    expect(r.program).not.toBeNull();
    expect(r.diagnostics.map((d) => [d.severity, d.code, d.span?.line, d.span?.col])).toEqual([['warning', 4025, 7, 12]]);
    expect(withoutSpans(instruction(r.program!, 'run').body.at(-1))).toEqual({ kind: 'return' });
  });

  it('accept Result<T>, void and no annotation, and a value on one path only', () => {
    for (const type of [': Result<u64>', ': void', '']) {
      const r = compileSource('r.ts', wrap(`  run(user: Signer, data: Data, a: u64)${type} {\n    if (a > 1) {\n      return a;\n    }\n  }`));
      expect(r.program, type).not.toBeNull();
      expect(r.diagnostics.map((d) => d.code)).toEqual([4025]);
    }
  });
});

describe('the rest', () => {
  it('constraints([]) adds nothing', () => {
    const with_ = compileInline(wrap('  run(user: Signer, data: Data): Result {\n    data.derive(["d"]).has([user]).constraints([]);\n  }').replace('owner: Pubkey', 'user: Pubkey'));
    const without = compileInline(wrap('  run(user: Signer, data: Data): Result {\n    data.derive(["d"]).has([user]);\n  }').replace('owner: Pubkey', 'user: Pubkey'));
    expect(instruction(with_, 'run')).toEqual(instruction(without, 'run'));
  });

  it('a seeds-only mint.derive checks the address of an existing mint, as Poseidon emitted it', () => {
    const ix = instruction(compileInline(wrap('  run(user: Signer, mint: Mint): Result {\n    mint.derive(["mint"]);\n  }')), 'run');
    expect(ix.accounts[1]).toEqual({
      name: 'mint', account: { kind: 'mint' }, mut: false, signer: false, hasOne: [], implicit: false,
      pda: { seeds: [{ kind: 'const', bytes: [...Buffer.from('mint')] }], bump: { kind: 'canonical' } },
    });
  });

  it('console.log templates take the program id, keys with toString(), fields and arguments', () => {
    const [log] = body(', a: u64', '    console.log(`id ${TestProgram.PROGRAM_ID} by ${user.key.toString()}: ${data.count} + ${a.toString()}`);');
    expect(log).toEqual({ kind: 'log', parts: [
      'id ', { kind: 'pubkey', base58: 'GXQmGjfLL8QWDfEhEFQJQY9V1DYSB4oT5aU2acQrXiWj', type: { kind: 'pubkey' } },
      ' by ', { kind: 'accountKey', account: 'user', type: { kind: 'pubkey' } }, ': ', field('count'), ' + ', arg('a'),
    ] });
  });

  it('imports Constraint and PoseidonError, and the Result type as a type', () => {
    const text = wrap('  run(user: Signer): Result {}').replace('import { Account,', 'import { type Constraint, PoseidonError, Account,');
    expect(compileSource('i.ts', text).diagnostics).toEqual([]);
  });
});
