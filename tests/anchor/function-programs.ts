// Hand-written IR with helper functions, for the Anchor backend tests and the cargo gate: a staking pool
// whose `checkpoint` writes the pool (require and a failing conversion inside) and whose `pending` returns a
// u128 from reads, and a treasury whose helpers take a token account and a mint (one of them unused).
import type { Program, Type } from '../../src/ir/types.js';
import {
  accountIn, arith, assignField, callExpr, callStmt, compare, convert, errorDef, field, fieldRef, helperFn, instruction,
  mintAccount, passAccount, passValue, program, pubkey, requireThat, returnValue, signer, span, state, stateAccount,
  tokenAccount, tokenProgram, u, u64, valueIn,
} from './builders.js';

const i64 = u('i64');
const u128 = u('u128');
const poolAccount = { kind: 'state', type: 'Pool' } as const;
const positionAccount = { kind: 'state', type: 'Position' } as const;
const now: { kind: 'arg'; name: string; type: Type } = { kind: 'arg', name: 'now', type: i64 };
const clock = { kind: 'clock', field: 'unixTimestamp', type: i64 } as const;

export const staking: Program = program({
  name: 'staking',
  className: 'Staking',
  stateAccounts: [
    stateAccount('Pool', [field('total', u64), field('per_share', u128), field('last', i64)]),
    stateAccount('Position', [field('owner', pubkey), field('amount', u64), field('debt', u128)]),
  ],
  errors: [errorDef('Stale', 0, 'The clock went backwards')],
  functions: [
    helperFn('checkpoint', [accountIn('pool', poolAccount, true), valueIn('now', i64)], null, [
      requireThat(compare('ge', now, fieldRef('pool', 'last', i64)), 'Stale'),
      assignField('pool', 'per_share', u128, arith('add', fieldRef('pool', 'per_share', u128), convert(arith('sub', now, fieldRef('pool', 'last', i64), i64), u128), u128)),
      assignField('pool', 'last', i64, now),
    ]),
    helperFn('pending', [accountIn('pool', poolAccount), accountIn('position', positionAccount)], u128, [
      returnValue(arith('sub', arith('mul', convert(fieldRef('position', 'amount', u64), u128), fieldRef('pool', 'per_share', u128), u128), fieldRef('position', 'debt', u128), u128)),
    ]),
  ],
  instructions: [
    instruction('claim', [], [
      signer('owner'),
      state('pool', 'Pool', { mut: true }),
      state('position', 'Position', { mut: true, hasOne: ['owner'] }),
    ], [
      callStmt('checkpoint', [passAccount('pool'), passValue(clock)]),
      { kind: 'let', name: 'owed', mutable: false, type: u128, value: callExpr('pending', [passAccount('pool'), passAccount('position')], u128), span },
      assignField('position', 'debt', u128, arith('add', fieldRef('position', 'debt', u128), { kind: 'local', name: 'owed', type: u128 }, u128)),
    ]),
    instruction('peek', [], [state('pool', 'Pool'), state('position', 'Position')], [
      { kind: 'log', parts: ['pending ', callExpr('pending', [passAccount('pool'), passAccount('position')], u128)], span },
    ]),
  ],
});

export const treasury: Program = program({
  name: 'treasury',
  className: 'Treasury',
  stateAccounts: [stateAccount('Ledger', [field('seen', u64)])],
  functions: [
    helperFn('held', [accountIn('vault', { kind: 'tokenAccount' }), accountIn('mint', { kind: 'mint' })], u64, [
      returnValue(arith('add', fieldRef('vault', 'amount', u64), fieldRef('mint', 'supply', u64))),
    ]),
    helperFn('touch', [accountIn('mint', { kind: 'mint' })], null, []),
  ],
  instructions: [
    instruction('audit', [], [
      signer('auditor'),
      tokenAccount('vault'),
      mintAccount('mint'),
      state('ledger', 'Ledger', { mut: true }),
      tokenProgram(),
    ], [
      callStmt('touch', [passAccount('mint')]),
      assignField('ledger', 'seen', u64, callExpr('held', [passAccount('vault'), passAccount('mint')], u64)),
    ]),
  ],
});

export const functionPrograms: Program[] = [staking, treasury];
