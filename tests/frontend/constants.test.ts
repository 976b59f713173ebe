// Named constants (src/frontend/constants.ts): a program written with top-level `const`s and `static readonly`
// members compiles to exactly what the same program with the literals written out compiles to (IR, Anchor Rust,
// .so), in every place a literal goes: comparisons and arithmetic of each integer width (a negative i64 too),
// assignments, seeds, logs, Booleans, Pubkeys, helper functions; a local of the same name shadows a constant.
import { describe, expect, it } from 'vitest';
import { compileSource } from '../../src/frontend/index.js';
import { emitSingleFile } from '../../src/backends/anchor/index.js';
import { sbfOutput } from '../support/sbf.js';
import { withoutSpans, wrap } from './helpers.js';

const VALUES = {
  MAX_AMOUNT: '1_000',
  STEP: '2n',
  FLOOR: '-5',
  SEED: '"data"',
  GREETING: '"hello"',
  ENABLED: 'true',
  TREASURY: 'new Pubkey("11111111111111111111111111111112")',
} as const;

const METHODS = (v: (name: keyof typeof VALUES, member?: boolean) => string) => `
  run(user: Signer, data: Data, amount: u64, delta: i64): Result {
    data.derive([${v('SEED')}, user.key]);
    require(amount.lt(${v('MAX_AMOUNT')}), TestError.TooMuch);
    require(delta.gt(${v('FLOOR', true)}), TestError.TooLow);
    data.count = data.count.add(amount).add(${v('STEP')});
    data.delta = delta.sub(${v('FLOOR', true)});
    data.flag = ${v('ENABLED')};
    data.owner = ${v('TREASURY')};
    data.small = capped(data.small);
    console.log(${v('GREETING')}, amount);
    if (data.owner == ${v('TREASURY')}) {
      const STEP = new u64(7);
      data.count = data.count.add(STEP);
    }
  }`;

const HELPER = (v: (name: keyof typeof VALUES) => string) => `
export function capped(x: u8): u8 {
  if (x.gt(${v('STEP')})) {
    return x;
  }
  return x.add(${v('STEP')});
}

export enum TestError {
  TooMuch = "too much",
  TooLow = "too low",
}`;

/** The program with constants declared: top-level consts, FLOOR a static readonly member of the class. */
function withConstants(): string {
  const declarations = Object.entries(VALUES).filter(([n]) => n !== 'FLOOR').map(([n, v]) => `const ${n} = ${v};`).join('\n');
  const source = wrap(METHODS((n, member) => (member ? `TestProgram.${n}` : n)), HELPER((n) => n));
  return source
    .replace('static PROGRAM_ID', `static readonly FLOOR = ${VALUES.FLOOR};\n  static PROGRAM_ID`)
    .replace('\nexport default class', `\n${declarations}\n\nexport default class`);
}

const withLiterals = (): string => wrap(METHODS((n) => VALUES[n]), HELPER((n) => VALUES[n]));

function compiled(text: string) {
  const result = compileSource('constants.ts', text);
  if (!result.program) throw new Error(result.diagnostics.map((d) => `${d.span?.line}:${d.span?.col} PS${d.code} ${d.message}`).join('\n'));
  return result.program;
}

describe('named constants', () => {
  const constants = compiled(withConstants());
  const literals = compiled(withLiterals());

  it('lower to the IR of the literals they stand for', () => {
    expect(withoutSpans(constants.instructions)).toEqual(withoutSpans(literals.instructions));
    expect(withoutSpans(constants.functions)).toEqual(withoutSpans(literals.functions));
  });

  it('emit the same Anchor Rust and the same .so', () => {
    expect(emitSingleFile(constants)).toBe(emitSingleFile(literals));
    expect(Buffer.from(sbfOutput(constants).elf).equals(Buffer.from(sbfOutput(literals).elf))).toBe(true);
  });

  it('a local of the same name shadows the constant', () => {
    // STEP is 2 at the top level and a local u64 7 inside the `if`: the IR adds the local there.
    expect(JSON.stringify(withoutSpans(constants.instructions[0].body), (_k, v) => (typeof v === 'bigint' ? `${v}` : v))).toContain('"kind":"local","name":"step"');
  });
});
