// DSL extensions past Poseidon (control flow, locals, errors, events, logs, Clock, 128-bit math,
// structs, keypair init) and the full scalar surface, lowered to IR. Each test compiles a small
// inline program (helpers.wrap) and asserts the exact IR of the part it is about.
import { describe, expect, it } from 'vitest';
import { sighash } from '../../src/ir/discriminator.js';
import { compileInline, instruction, withoutSpans, wrap } from './helpers.js';

const u8 = { kind: 'int', name: 'u8' } as const;
const u64 = { kind: 'int', name: 'u64' } as const;
const i64 = { kind: 'int', name: 'i64' } as const;
const u128 = { kind: 'int', name: 'u128' } as const;
const bool = { kind: 'bool' } as const;
const field = (path: string[], type: object) => ({ kind: 'field', account: 'data', path, type });
const int = (type: object, value: bigint) => ({ kind: 'int', type, value });

/** One instruction `run(user: Signer, data: Data, <params>)` with `data` derived from "data". */
function lowerRun(params: string, body: string, extra = '') {
  const p = compileInline(wrap(`  run(user: Signer, data: Data${params}): Result {\n    data.derive(["data"]);\n${body}\n  }`, extra));
  return { program: p, ix: instruction(p, 'run') };
}

describe('scalar types', () => {
  it('maps every argument type, usize/isize as u64/i64', () => {
    const { ix } = lowerRun(
      ', a: u8, b: i8, c: u16, d: i16, e: u32, f: i32, g: u64, h: i64, i: u128, j: i128, k: usize, l: isize, m: Boolean, n: Pubkey, o: Str<10>, q: Vec<u16, 4>, r: boolean',
      '');
    expect(ix.args.map((a) => a.type)).toEqual([
      u8, { kind: 'int', name: 'i8' }, { kind: 'int', name: 'u16' }, { kind: 'int', name: 'i16' }, { kind: 'int', name: 'u32' },
      { kind: 'int', name: 'i32' }, u64, i64, u128, { kind: 'int', name: 'i128' }, u64, i64, bool, { kind: 'pubkey' },
      { kind: 'string', maxLen: 10 }, { kind: 'vec', elem: { kind: 'int', name: 'u16' }, maxLen: 4 }, bool,
    ]);
  });

  it('a negative literal fits a signed type', () => {
    const { ix } = lowerRun('', '    data.delta = new i64(-5);');
    expect(ix.body[0]).toMatchObject({ value: int(i64, -5n) });
  });

  it('new Str("…") is a string constant of the field type', () => {
    const { ix } = lowerRun('', '    data.name = new Str("main");');
    expect(ix.body[0]).toMatchObject({ value: { kind: 'string', value: 'main', type: { kind: 'string', maxLen: 16 } } });
  });

  it('new Pubkey("…") is a pubkey constant', () => {
    const { ix } = lowerRun('', '    data.owner = new Pubkey("11111111111111111111111111111111");');
    expect(ix.body[0]).toMatchObject({ value: { kind: 'pubkey', base58: '11111111111111111111111111111111', type: { kind: 'pubkey' } } });
  });
});

describe('control flow and locals', () => {
  it('if / else if / else with an early return', () => {
    const { ix } = lowerRun('', [
      '    if (data.count.gt(10)) {',
      '      return;',
      '    } else if (data.flag) {',
      '      data.small = new u8(1);',
      '    } else {',
      '      data.small = new u8(2);',
      '    }',
    ].join('\n'));
    expect(ix.body).toEqual([{
      kind: 'if',
      cond: { kind: 'compare', op: 'gt', left: field(['count'], u64), right: int(u64, 10n), type: bool },
      then: [{ kind: 'return' }],
      else: [{
        kind: 'if', cond: field(['flag'], bool),
        then: [{ kind: 'assign', place: field(['small'], u8), value: int(u8, 1n) }],
        else: [{ kind: 'assign', place: field(['small'], u8), value: int(u8, 2n) }],
      }],
    }]);
  });

  it('&&, || and ! build logic and not nodes', () => {
    const { ix } = lowerRun('', '    data.flag = !data.flag && (data.small.eq(1) || data.count.lte(data.count));');
    expect(ix.body[0]).toMatchObject({
      value: {
        kind: 'logic', op: 'and',
        left: { kind: 'not', operand: field(['flag'], bool) },
        right: { kind: 'logic', op: 'or', left: { kind: 'compare', op: 'eq' }, right: { kind: 'compare', op: 'le' } },
      },
    });
  });

  it('const and let become let statements; let can be reassigned', () => {
    const { ix } = lowerRun('', '    const step = new u64(2);\n    let total = data.count.add(step);\n    total = total.mul(step);\n    data.count = total;');
    expect(ix.body).toEqual([
      { kind: 'let', name: 'step', mutable: false, type: u64, value: int(u64, 2n) },
      { kind: 'let', name: 'total', mutable: true, type: u64, value: { kind: 'arith', op: 'add', left: field(['count'], u64), right: { kind: 'local', name: 'step', type: u64 }, type: u64 } },
      { kind: 'assign', place: { kind: 'local', name: 'total', type: u64 }, value: { kind: 'arith', op: 'mul', left: { kind: 'local', name: 'total', type: u64 }, right: { kind: 'local', name: 'step', type: u64 }, type: u64 } },
      { kind: 'assign', place: field(['count'], u64), value: { kind: 'local', name: 'total', type: u64 } },
    ]);
  });

  it('a typed local takes its literal from the annotation', () => {
    const { ix } = lowerRun('', '    const limit: u128 = new u128(340282366920938463463374607431768211455n);\n    data.total = limit;');
    expect(ix.body[0]).toEqual({ kind: 'let', name: 'limit', mutable: false, type: u128, value: int(u128, 340282366920938463463374607431768211455n) });
  });

  it('a local Seeds list is inlined into the transfer', () => {
    const { ix } = lowerRun(', vault: SystemAccount, amount: u64', '    const seeds = ["vault", data.bump];\n    SystemProgram.transfer(vault, user, amount, seeds);');
    expect(ix.body).toEqual([{
      kind: 'systemTransfer', from: 'vault', to: 'user', amount: { kind: 'arg', name: 'amount', type: u64 },
      signerSeeds: [{ kind: 'const', bytes: [118, 97, 117, 108, 116] }, { kind: 'field', account: 'data', path: ['bump'], type: u8 }],
    }]);
  });
});

describe('errors, events and logs', () => {
  const errors = 'export enum CounterError {\n  TooLarge = "Count is too large",\n  Locked = "Counter is locked",\n}';

  it('an error enum becomes ErrorDefs numbered from 6000', () => {
    const { program } = lowerRun('', '', errors);
    expect(withoutSpans(program.errors)).toEqual([
      { name: 'TooLarge', code: 6000, msg: 'Count is too large' },
      { name: 'Locked', code: 6001, msg: 'Counter is locked' },
    ]);
  });

  it('require names the error member', () => {
    const { ix } = lowerRun('', '    require(data.count.lt(100), CounterError.TooLarge);', errors);
    expect(ix.body).toEqual([{ kind: 'require', cond: { kind: 'compare', op: 'lt', left: field(['count'], u64), right: int(u64, 100n), type: bool }, error: 'TooLarge' }]);
  });

  it('an event interface gets its discriminator; emit orders fields as declared', () => {
    const event = 'export interface Counted extends Event {\n  who: Pubkey;\n  count: u64;\n}';
    const { program, ix } = lowerRun('', '    emit<Counted>({ count: data.count, who: user.key });', event);
    expect(withoutSpans(program.events)).toEqual([{ name: 'Counted', fields: [{ name: 'who', type: { kind: 'pubkey' } }, { name: 'count', type: u64 }], discriminator: sighash('event', 'Counted') }]);
    expect(ix.body).toEqual([{ kind: 'emit', event: 'Counted', fields: [{ kind: 'accountKey', account: 'user', type: { kind: 'pubkey' } }, field(['count'], u64)] }]);
  });

  it('console.log joins its arguments with spaces, templates split into parts', () => {
    const { ix } = lowerRun('', '    console.log("count", data.count, `small=${data.small}!`);');
    expect(ix.body).toEqual([{ kind: 'log', parts: ['count ', field(['count'], u64), ' small=', field(['small'], u8), '!'] }]);
  });
});

describe('sysvars and 128-bit math', () => {
  it('Clock reads are typed i64 / u64', () => {
    const { ix } = lowerRun('', '    data.delta = Clock.unixTimestamp();\n    data.count = Clock.slot().add(Clock.epoch());');
    expect(ix.body.map((s) => s.kind === 'assign' && s.value)).toEqual([
      { kind: 'clock', field: 'unixTimestamp', type: i64 },
      { kind: 'arith', op: 'add', left: { kind: 'clock', field: 'slot', type: u64 }, right: { kind: 'clock', field: 'epoch', type: u64 }, type: u64 },
    ]);
  });

  it('mulDiv with conversions to and from u128', () => {
    const { ix } = lowerRun(', amount: u64', '    data.count = amount.toU128().mulDiv(data.total, 1000).toU64();');
    expect(ix.body[0]).toMatchObject({
      value: {
        kind: 'convert', type: u64,
        value: { kind: 'mulDiv', type: u128, a: { kind: 'convert', value: { kind: 'arg', name: 'amount', type: u64 }, type: u128 }, b: field(['total'], u128), c: int(u128, 1000n) },
      },
    });
  });

  it('min and max keep the operand type', () => {
    const { ix } = lowerRun('', '    data.small = data.small.min(10).max(2);');
    expect(ix.body[0]).toMatchObject({ value: { kind: 'minmax', op: 'max', left: { kind: 'minmax', op: 'min', type: u8 }, right: int(u8, 2n), type: u8 } });
  });

  it('Pubkey eq compares keys', () => {
    const { ix } = lowerRun('', '    data.flag = data.owner.eq(user.key);');
    expect(ix.body[0]).toMatchObject({ value: { kind: 'compare', op: 'eq', left: field(['owner'], { kind: 'pubkey' }), right: { kind: 'accountKey', account: 'user' } } });
  });
});

describe('structs and keypair accounts', () => {
  const structs = 'export interface Position {\n  x: u64;\n  inner: Inner;\n}\nexport interface Inner {\n  y: i64;\n}\nexport interface Holder extends Account {\n  pos: Position;\n  tags: Vec<Inner, 3>;\n}';

  it('plain interfaces become structs, and count toward InitSpace', () => {
    const { program } = lowerRun('', '', structs);
    expect(withoutSpans(program.structs)).toEqual([
      { name: 'Position', fields: [{ name: 'x', type: u64 }, { name: 'inner', type: { kind: 'struct', name: 'Inner' } }] },
      { name: 'Inner', fields: [{ name: 'y', type: i64 }] },
    ]);
    expect(program.stateAccounts.find((s) => s.name === 'Holder')?.initSpace).toBe(16 + 4 + 3 * 8);
  });

  it('a struct argument is stored whole; a nested field is assigned by path', () => {
    const p = compileInline(wrap('  set(user: Signer, holder: Holder, pos: Position): Result {\n    holder.pos = pos;\n    holder.pos.inner.y = new i64(-1);\n  }', structs));
    expect(instruction(p, 'set').body).toEqual([
      { kind: 'assign', place: { kind: 'field', account: 'holder', path: ['pos'], type: { kind: 'struct', name: 'Position' } }, value: { kind: 'arg', name: 'pos', type: { kind: 'struct', name: 'Position' } } },
      { kind: 'assign', place: { kind: 'field', account: 'holder', path: ['pos', 'inner', 'y'], type: i64 }, value: int(i64, -1n) },
    ]);
  });

  it('a field of a struct argument is read by path', () => {
    const p = compileInline(wrap('  set(user: Signer, data: Data, pos: Position): Result {\n    data.count = pos.x;\n  }', structs));
    expect(instruction(p, 'set').body[0]).toMatchObject({ value: { kind: 'arg', name: 'pos', path: ['x'], type: u64 } });
  });

  it('a nested field of a struct argument keeps the whole path, snake_cased', () => {
    const nested = 'export interface Config {\n  rewardRate: u64;\n  limits: Limits;\n}\nexport interface Limits {\n  maxDelta: i64;\n}';
    const p = compileInline(wrap('  set(user: Signer, data: Data, params: Config): Result {\n    data.count = params.rewardRate;\n    data.delta = params.limits.maxDelta;\n  }', nested));
    expect(instruction(p, 'set').body.map((s) => s.kind === 'assign' && s.value)).toEqual([
      { kind: 'arg', name: 'params', path: ['reward_rate'], type: u64 },
      { kind: 'arg', name: 'params', path: ['limits', 'max_delta'], type: i64 },
    ]);
  });

  it('a struct argument field is an operand like any value', () => {
    const p = compileInline(wrap('  set(user: Signer, data: Data, pos: Position): Result {\n    data.count = pos.x.add(1);\n  }', structs));
    expect(instruction(p, 'set').body[0]).toMatchObject({
      value: { kind: 'arith', op: 'add', left: { kind: 'arg', name: 'pos', path: ['x'], type: u64 }, right: int(u64, 1n), type: u64 },
    });
  });

  it('an object literal builds a struct value in field order', () => {
    const p = compileInline(wrap('  set(user: Signer, holder: Holder): Result {\n    holder.pos = { inner: { y: new i64(3) }, x: new u64(4) };\n  }', structs));
    expect(instruction(p, 'set').body[0]).toMatchObject({
      value: { kind: 'struct', name: 'Position', fields: [int(u64, 4n), { kind: 'struct', name: 'Inner', fields: [int(i64, 3n)] }] },
    });
  });

  it('init without derive creates a keypair account that must sign', () => {
    const p = compileInline(wrap('  create(user: Signer, data: Data): Result {\n    data.init(user);\n  }'));
    expect(instruction(p, 'create').accounts[1]).toEqual({
      name: 'data', account: { kind: 'state', type: 'Data' }, mut: true, signer: true, hasOne: [], implicit: false,
      init: { payer: 'user', ifNeeded: false, space: 8 + 32 + 8 + 16 + 8 + 1 + 1 + 20 + 1 },
    });
  });
});
