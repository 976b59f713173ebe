// Helper functions lowered to IR: their parameters and results, `mut` on the accounts they write (and on the
// instruction accounts passed to them), calls as statements and as values, and `return` with a value.
// Each test compiles a small inline program (helpers.wrap) and asserts the exact IR of the part it is about.
import { describe, expect, it } from 'vitest';
import type { FunctionDef, Program } from '../../src/ir/types.js';
import { compileSource } from '../../src/frontend/index.js';
import { compileInline, compileShared, instruction, withoutSpans, wrap } from './helpers.js';

const u64 = { kind: 'int', name: 'u64' } as const;
const u128 = { kind: 'int', name: 'u128' } as const;
const dataAccount = { kind: 'state', type: 'Data' } as const;
const field = (account: string, path: string[], type: object) => ({ kind: 'field', account, path, type });

/** `function bump(data: Data, by: u64)`: writes data.count. */
const BUMP = `
function bump(data: Data, by: u64): void {
  data.count = data.count.add(by);
}
`;
/** `function total(data: Data): u128`: reads only. */
const TOTAL = `
function total(data: Data): u128 {
  return data.total.add(data.count.toU128());
}
`;

function fn(p: Program, name: string): FunctionDef {
  const f = p.functions.find((x) => x.name === name);
  if (!f) throw new Error(`no function ${name}`);
  return withoutSpans(f);
}

const program = (methods: string, functions: string): Program => compileInline(wrap(methods, functions));
const noop = '  run(user: Signer): Result {}';

describe('function definitions', () => {
  it('a function that writes a state field takes that account mut; a value parameter keeps its type', () => {
    expect(fn(program(noop, BUMP), 'bump')).toEqual({
      name: 'bump',
      params: [{ kind: 'account', name: 'data', account: dataAccount, mut: true }, { kind: 'value', name: 'by', type: u64 }],
      returns: null,
      body: [{
        kind: 'assign',
        place: field('data', ['count'], u64),
        value: { kind: 'arith', op: 'add', left: field('data', ['count'], u64), right: { kind: 'arg', name: 'by', type: u64 }, type: u64 },
      }],
    });
  });

  it('a function that only reads its account keeps it read-only and returns its value', () => {
    expect(fn(program(noop, TOTAL), 'total')).toEqual({
      name: 'total',
      params: [{ kind: 'account', name: 'data', account: dataAccount, mut: false }],
      returns: u128,
      body: [{
        kind: 'return',
        value: {
          kind: 'arith', op: 'add', left: field('data', ['total'], u128),
          right: { kind: 'convert', value: field('data', ['count'], u64), type: u128 }, type: u128,
        },
      }],
    });
  });

  it('`return;` in a void function carries no value', () => {
    const p = program(noop, 'function stop(data: Data): void {\n  if (data.flag) {\n    return;\n  }\n  data.count = new u64(1);\n}\n');
    expect(fn(p, 'stop').body[0]).toEqual({ kind: 'if', cond: field('data', ['flag'], { kind: 'bool' }), then: [{ kind: 'return' }], else: [] });
  });

  it('snake_cases function and parameter names', () => {
    const f = fn(program(noop, 'function resetCount(someData: Data, newCount: u64): void {\n  someData.count = newCount;\n}\n'), 'reset_count');
    expect(f.params.map((p) => p.name)).toEqual(['some_data', 'new_count']);
  });

  it('takes token accounts and mints as read-only accounts whose fields it reads', () => {
    const f = fn(program(noop, 'function held(vault: TokenAccount, mint: Mint): u64 {\n  return vault.amount.add(mint.supply);\n}\n'), 'held');
    expect([f.params, f.body]).toEqual([
      [{ kind: 'account', name: 'vault', account: { kind: 'tokenAccount' }, mut: false }, { kind: 'account', name: 'mint', account: { kind: 'mint' }, mut: false }],
      [{ kind: 'return', value: { kind: 'arith', op: 'add', left: field('vault', ['amount'], u64), right: field('mint', ['supply'], u64), type: u64 } }],
    ]);
  });

  it('reads a field of a struct value parameter as an argument path', () => {
    const f = fn(program(noop, 'export interface Range {\n  low: u64;\n  high: u64;\n}\n\nfunction width(range: Range): u64 {\n  return range.high.sub(range.low);\n}\n'), 'width');
    expect(f.body).toEqual([{
      kind: 'return',
      value: {
        kind: 'arith', op: 'sub', left: { kind: 'arg', name: 'range', path: ['high'], type: u64 },
        right: { kind: 'arg', name: 'range', path: ['low'], type: u64 }, type: u64,
      },
    }]);
  });

  it('keeps declaration order, with functions before and after the class', () => {
    const p = compileInline(`function first(): void {}\n${wrap(noop, 'function second(): void {}\n')}`);
    expect(p.functions.map((f) => f.name)).toEqual(['first', 'second']);
  });
});

describe('calls', () => {
  it('a call of a writing function makes the caller write that account too', () => {
    const f = fn(program(noop, `${BUMP}\nfunction twice(data: Data): void {\n  bump(data, 2);\n  bump(data, 2);\n}\n`), 'twice');
    expect(f.params).toEqual([{ kind: 'account', name: 'data', account: dataAccount, mut: true }]);
  });

  it('a call statement passes account names and typed values (a literal takes the parameter type)', () => {
    const ix = instruction(program('  run(data: Data): Result {\n    bump(data, 7);\n  }', BUMP), 'run');
    expect(ix.body).toEqual([{ kind: 'call', fn: 'bump', args: [{ kind: 'account', account: 'data' }, { kind: 'value', value: { kind: 'int', type: u64, value: 7n } }] }]);
  });

  it('a call in value position has the function result type', () => {
    const ix = instruction(program('  run(data: Data): Result {\n    const t = total(data);\n  }', TOTAL), 'run');
    expect(ix.body).toEqual([{
      kind: 'let', name: 't', mutable: false, type: u128,
      value: { kind: 'call', fn: 'total', args: [{ kind: 'account', account: 'data' }], type: u128 },
    }]);
  });

  it('an instruction account passed to a writing function is mut; one passed to a reading function is not', () => {
    const ix = instruction(program('  run(a: Data, b: Data): Result {\n    bump(a, 1);\n    require(total(b).gt(0), E.Zero);\n  }', `${BUMP}${TOTAL}\nexport enum E {\n  Zero = "zero",\n}\n`), 'run');
    expect(ix.accounts.map((a) => [a.name, a.mut])).toEqual([['a', true], ['b', false]]);
  });

  it('a writing function called inside an expression makes the instruction account mut', () => {
    const counted = 'function next(data: Data): u64 {\n  data.count = data.count.add(1);\n  return data.count;\n}\n';
    const ix = instruction(program('  run(data: Data, other: Data): Result {\n    other.count = next(data).add(1);\n  }', counted), 'run');
    expect(ix.accounts.map((a) => [a.name, a.mut])).toEqual([['data', true], ['other', true]]);
  });

  it('the same account may be passed twice to a function that only reads it', () => {
    const both = 'function sum(a: Data, b: Data): u64 {\n  return a.count.add(b.count);\n}\n';
    const ix = instruction(program('  run(data: Data): Result {\n    data.count = sum(data, data);\n  }', both), 'run');
    expect(ix.body[0]).toMatchObject({ value: { kind: 'call', fn: 'sum', args: [{ kind: 'account', account: 'data' }, { kind: 'account', account: 'data' }] } });
  });
});

describe('the rewards program (tests/programs/rewards.ts)', () => {
  const p = compileShared('rewards');

  it('lowers its five functions in declaration order with their writes', () => {
    expect(p.functions.map((f) => [f.name, f.params.map((x) => (x.kind === 'account' ? `${x.name}${x.mut ? ' mut' : ''}` : x.name))])).toEqual([
      ['scaled', ['amount', 'per_share']],
      ['accrue', ['pool mut', 'now']],
      ['pending', ['pool', 'stake']],
      ['settle', ['pool', 'stake mut']],
      ['reset_debt', ['pool', 'stake mut']],
    ]);
  });

  it('makes the accounts its instructions pass to writing functions mut, and leaves the read-only preview alone', () => {
    expect(p.instructions.map((ix) => [ix.name, ix.accounts.filter((a) => a.mut).map((a) => a.name)])).toEqual([
      ['initialize', ['admin', 'pool']],
      ['stake', ['owner', 'pool', 'stake']],
      ['unstake', ['pool', 'stake']],
      ['claim', ['pool', 'stake']],
      ['preview', []],
    ]);
  });
});

describe('private and protected methods of the program class', () => {
  // The same helpers written as methods (`this.bump(…)`, `TestProgram.total(…)` for a static one) and as
  // module-level functions: one IR, one Rust, one .so.
  const methods = wrap(`
  run(user: Signer, data: Data, by: u64): Result {
    this.bump(data, by);
    data.total = TestProgram.total(data);
  }

  private bump(data: Data, by: u64): void {
    data.count = data.count.add(by);
  }

  protected static total(data: Data): u128 {
    return data.total.add(data.count.toU128());
  }`);
  const functions = wrap(`
  run(user: Signer, data: Data, by: u64): Result {
    bump(data, by);
    data.total = total(data);
  }`, `${BUMP}${TOTAL}`);

  it('are helper functions: the IR of the module-level functions they mirror', () => {
    const m = compileInline(methods);
    const f = compileInline(functions);
    expect(withoutSpans(m.functions)).toEqual(withoutSpans(f.functions));
    expect(instruction(m, 'run')).toEqual(instruction(f, 'run'));
    expect(m.instructions.map((i) => i.name)).toEqual(['run']);
  });

  it('call only helpers declared before them, as functions do', () => {
    const result = compileSource('inline.ts', wrap(`
  run(user: Signer, data: Data, by: u64): Result {
    this.first(data, by);
  }

  private first(data: Data, by: u64): void {
    this.second(data, by);
  }

  private second(data: Data, by: u64): void {
    data.count = data.count.add(by);
  }`));
    expect(result.program).toBeNull();
    expect(result.diagnostics.map((d) => `PS${d.code} at ${d.span?.line}:${d.span?.col}`)).toEqual(['PS1021 at 11:5']);
  });
});
