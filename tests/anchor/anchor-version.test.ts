// The targeted Anchor release as the backends see it (src/ir/anchor-version.ts): which releases are
// supported, the framework errors each has and how it words them, and the fields Anchor 1.x's
// duplicate-mutable-account check covers. Their effect on the Rust and the .so is tested where it shows
// (tests/anchor/tokens.test.ts, tests/execution/anchor-versions.test.ts, tests/execution/pairs.test.ts).
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ANCHOR_VERSION, anchorError, anchorFacts, checkedForDuplicates, parseAnchorVersion, targetAnchorVersion,
} from '../../src/ir/anchor-version.js';
import type { AccountKind, AccountParam } from '../../src/ir/types.js';

const v = (text: string) => parseAnchorVersion(text)!;
const span = { file: 'x.ts', line: 1, col: 1, length: 1 };
const param = (account: AccountKind, rest: Partial<AccountParam> = {}): AccountParam =>
  ({ name: 'a', account, mut: false, signer: false, hasOne: [], implicit: false, span, ...rest });

describe('the targeted release', () => {
  it('is 1.2.2 unless the program names one', () => {
    expect([DEFAULT_ANCHOR_VERSION, targetAnchorVersion({}), targetAnchorVersion({ anchorVersion: '0.30.1' })])
      .toEqual(['1.2.2', { major: 1, minor: 2, patch: 2 }, { major: 0, minor: 30, patch: 1 }]);
  });

  it('refuses a release no backend emits for', () => {
    expect(() => targetAnchorVersion({ anchorVersion: '1.0.2' })).toThrow('internal: anchor-lang 1.0.2 is not a supported target');
  });

  it('sets the 1.x facts from 1.0 on and the old ones before 0.31 / 0.30', () => {
    const facts = (text: string) => {
      const f = anchorFacts(v(text));
      return [f.rejectsDuplicateMutableAccounts, f.cpiContextTakesProgramId, f.shortDataIsInstructionMissing, f.hasNumericConversionError];
    };
    expect([facts('1.2.2'), facts('0.32.1'), facts('0.31.1'), facts('0.30.1'), facts('0.29.0')]).toEqual([
      [true, true, false, true], [false, false, false, true], [false, false, false, true], [false, false, true, true], [false, false, true, false],
    ]);
  });
});

describe('the Anchor.toml key that puts PDA seeds into anchor build\'s IDL', () => {
  it('is `seeds` on 0.29 (anchor-cli 0.29 reads no `resolution`) and `resolution` from 0.30 on', () => {
    expect(['0.29.0', '0.30.1', '0.32.1', '1.2.2'].map((text) => anchorFacts(v(text)).idlSeedsFeature)).toEqual(['seeds', 'resolution', 'resolution', 'resolution']);
  });
});

describe('framework errors by release', () => {
  it('2040 ConstraintDuplicateMutableAccount exists from 1.0 on', () => {
    expect(anchorError('ConstraintDuplicateMutableAccount', v('1.2.2'))).toEqual({ code: 2040, message: 'A duplicate mutable account constraint was violated' });
    expect(() => anchorError('ConstraintDuplicateMutableAccount', v('0.32.1'))).toThrow('internal: anchor-lang 0.32.1 has no ConstraintDuplicateMutableAccount');
  });

  it('4102 InvalidNumericConversion exists from 0.30 on', () => {
    expect(anchorError('InvalidNumericConversion', v('0.30.1')).code).toBe(4102);
    expect(() => anchorError('InvalidNumericConversion', v('0.29.0'))).toThrow('internal: anchor-lang 0.29.0 has no InvalidNumericConversion');
  });

  it('100, 3001 and 3002 have their pre-0.31 wording on 0.29 and 0.30', () => {
    const messages = (text: string) => (['InstructionMissing', 'AccountDiscriminatorNotFound', 'AccountDiscriminatorMismatch'] as const)
      .map((name) => anchorError(name, v(text)).message);
    expect([messages('0.30.1'), messages('0.31.1'), messages('1.2.2')]).toEqual([
      ['8 byte instruction identifier not provided', 'No 8 byte discriminator was found on the account', '8 byte discriminator did not match what was expected'],
      ['Instruction discriminator not provided', 'No discriminator was found on the account', 'Account discriminator did not match what was expected'],
      ['Instruction discriminator not provided', 'No discriminator was found on the account', 'Account discriminator did not match what was expected'],
    ]);
  });
});

describe('the fields Anchor 1.x checks for duplicates', () => {
  it('covers mutable Account<T>, token accounts and mints, and init_if_needed', () => {
    const payer = 'p';
    expect([
      param({ kind: 'state', type: 'S' }, { mut: true }),
      param({ kind: 'tokenAccount' }, { mut: true }),
      param({ kind: 'associatedTokenAccount' }, { mut: true }),
      param({ kind: 'mint' }, { mut: true }),
      param({ kind: 'state', type: 'S' }, { mut: true, init: { payer, ifNeeded: true, space: 9 } }),
    ].map(checkedForDuplicates)).toEqual([true, true, true, true, true]);
  });

  it('leaves out read-only accounts, plain init, and the types that do not serialize on exit', () => {
    const payer = 'p';
    expect([
      param({ kind: 'state', type: 'S' }),
      param({ kind: 'state', type: 'S' }, { mut: true, init: { payer, ifNeeded: false, space: 9 } }),
      param({ kind: 'signer' }, { mut: true }),
      param({ kind: 'unchecked' }, { mut: true }),
      param({ kind: 'system' }, { mut: true }),
      param({ kind: 'accountInfo' }, { mut: true }),
      param({ kind: 'program', program: 'token' }),
    ].map(checkedForDuplicates)).toEqual([false, false, false, false, false, false, false]);
  });
});

describe('how the program\'s panic handler reports a panic', () => {
  it('is sol_panic_ with the place on 1.x (solana-program-entrypoint 3), and the message with the place before', () => {
    expect(['0.29.0', '0.30.1', '0.31.1', '0.32.1', '1.2.2'].map((text) => anchorFacts(v(text)).panicsThroughSolPanic)).toEqual([false, false, false, false, true]);
  });
});
