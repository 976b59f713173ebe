// Hand-written IR for the Anchor backend tests and the cargo gate: a PDA counter, a SOL vault with
// transfers both ways, a profile with Str/Vec args and init_if_needed, a closable note with has_one, and a
// ledger that uses the issue-3 statements (errors, events, if/else, let, logs, clock, mulDiv, conversions).
import type { Program, StructDef, Type } from '../../src/ir/types.js';
import {
  arg, argRef, argSeed, arith, assignField, bump, compare, constSeed, errorDef, event, field, fieldRef, fieldSeed,
  instruction, int, key, keySeed, local, program, pubkey, signer, span, state, stateAccount, str, systemAccount,
  systemProgram, transfer, u, u64, u8, unchecked, vec,
} from './builders.js';

export const counter: Program = program({
  name: 'counter',
  className: 'Counter',
  stateAccounts: [stateAccount('Counter', [field('owner', pubkey), field('count', u64), field('bump', u8)])],
  instructions: [
    instruction('initialize', [], [
      signer('owner', { mut: true }),
      state('counter', 'Counter', {
        mut: true,
        init: { payer: 'owner', ifNeeded: false, space: 8 + 41 },
        pda: { seeds: [constSeed('counter'), keySeed('owner')], bump: { kind: 'canonical' } },
      }),
      systemProgram(),
    ], [
      assignField('counter', 'owner', pubkey, key('owner')),
      assignField('counter', 'count', u64, int(0)),
      assignField('counter', 'bump', u8, bump('counter')),
    ]),
    instruction('increment', [arg('amount', u64)], [
      signer('owner'),
      state('counter', 'Counter', {
        mut: true,
        hasOne: ['owner'],
        pda: { seeds: [constSeed('counter'), keySeed('owner')], bump: { kind: 'given', value: fieldRef('counter', 'bump', u8) } },
      }),
    ], [
      assignField('counter', 'count', u64, arith('add', fieldRef('counter', 'count', u64), argRef('amount', u64))),
    ]),
  ],
});

const vaultState = stateAccount('VaultState', [
  field('owner', pubkey), field('state_bump', u8), field('vault_bump', u8), field('total', u64),
]);
const stateSeeds = { seeds: [constSeed('state'), keySeed('owner')] };
const vaultSeeds = [constSeed('vault'), keySeed('state')];

export const vault: Program = program({
  name: 'vault',
  className: 'Vault',
  stateAccounts: [vaultState],
  instructions: [
    instruction('initialize', [], [
      signer('owner', { mut: true }),
      state('state', 'VaultState', {
        mut: true, init: { payer: 'owner', ifNeeded: false, space: 8 + vaultState.initSpace },
        pda: { ...stateSeeds, bump: { kind: 'canonical' } },
      }),
      systemAccount('vault', { pda: { seeds: vaultSeeds, bump: { kind: 'canonical' } } }),
      systemProgram(),
    ], [
      assignField('state', 'owner', pubkey, key('owner')),
      assignField('state', 'state_bump', u8, bump('state')),
      assignField('state', 'vault_bump', u8, bump('vault')),
    ]),
    instruction('deposit', [arg('amount', u64)], [
      signer('owner', { mut: true }),
      state('state', 'VaultState', {
        mut: true, pda: { ...stateSeeds, bump: { kind: 'given', value: fieldRef('state', 'state_bump', u8) } },
      }),
      systemAccount('vault', {
        mut: true, pda: { seeds: vaultSeeds, bump: { kind: 'given', value: fieldRef('state', 'vault_bump', u8) } },
      }),
      systemProgram(),
    ], [
      transfer('owner', 'vault', argRef('amount', u64)),
      assignField('state', 'total', u64, arith('add', fieldRef('state', 'total', u64), argRef('amount', u64))),
    ]),
    instruction('withdraw', [arg('amount', u64)], [
      signer('owner', { mut: true }),
      state('state', 'VaultState', {
        mut: true, hasOne: ['owner'],
        pda: { ...stateSeeds, bump: { kind: 'given', value: fieldRef('state', 'state_bump', u8) } },
      }),
      systemAccount('vault', {
        mut: true, pda: { seeds: vaultSeeds, bump: { kind: 'given', value: fieldRef('state', 'vault_bump', u8) } },
      }),
      systemProgram(),
    ], [
      transfer('vault', 'owner', argRef('amount', u64), [...vaultSeeds, fieldSeed('state', 'vault_bump', u8)]),
      assignField('state', 'total', u64, arith('sub', fieldRef('state', 'total', u64), argRef('amount', u64))),
    ]),
  ],
});

const tagsType = vec(str(16), 4);
const profileState = stateAccount('Profile', [
  field('owner', pubkey), field('name', str(32)), field('tags', tagsType), field('scores', vec(u('u32'), 8)), field('updates', u('u32')),
]);

export const profile: Program = program({
  name: 'profile',
  className: 'Profile',
  stateAccounts: [profileState],
  instructions: [
    instruction('upsert', [arg('handle', str(16)), arg('name', str(32)), arg('tags', tagsType)], [
      signer('user', { mut: true }),
      state('profile', 'Profile', {
        mut: true,
        init: { payer: 'user', ifNeeded: true, space: 8 + profileState.initSpace },
        pda: { seeds: [constSeed('profile'), keySeed('user'), argSeed('handle', str(16))], bump: { kind: 'canonical' } },
      }),
      systemProgram(),
    ], [
      assignField('profile', 'owner', pubkey, key('user')),
      assignField('profile', 'name', str(32), argRef('name', str(32))),
      assignField('profile', 'tags', tagsType, argRef('tags', tagsType)),
      assignField('profile', 'updates', u('u32'),
        arith('add', fieldRef('profile', 'updates', u('u32')), int(1, u('u32')), u('u32'))),
    ]),
  ],
});

export const notes: Program = program({
  name: 'notes',
  className: 'Notes',
  stateAccounts: [stateAccount('Note', [field('author', pubkey), field('id', u64)])],
  instructions: [
    instruction('create', [arg('id', u64)], [
      signer('author', { mut: true }),
      state('note', 'Note', { mut: true, signer: true, init: { payer: 'author', ifNeeded: false, space: 48 } }),
      systemProgram(),
    ], [
      assignField('note', 'author', pubkey, key('author')),
      assignField('note', 'id', u64, argRef('id', u64)),
    ]),
    instruction('close_note', [], [
      signer('author', { mut: true }),
      state('note', 'Note', { mut: true, hasOne: ['author'], close: 'author' }),
    ], []),
  ],
});

const i64 = u('i64');
const u128 = u('u128');
const entryType: Type = { kind: 'struct', name: 'Entry' };
const entryStruct: StructDef = { name: 'Entry', span, fields: [field('amount', u64), field('memo', str(20))] };
const ledgerState = stateAccount('Ledger', [
  field('authority', pubkey), field('balance', u64), field('last_at', i64), field('last', entryType),
  field('history', vec(entryType, 3)),
], [entryStruct]);
const amount = argRef('amount', u64);
const fee = local('fee', u64);
const bool: Type & { kind: 'bool' } = { kind: 'bool' };

export const ledger: Program = program({
  name: 'ledger',
  className: 'Ledger',
  stateAccounts: [ledgerState],
  structs: [entryStruct],
  errors: [errorDef('ZeroAmount', 0, 'Amount must be positive'), errorDef('TooLarge', 1, 'Amount above {max}')],
  events: [event('Recorded', [field('authority', pubkey), field('amount', u64), field('fee', u64)])],
  instructions: [
    instruction('record', [arg('amount', u64), arg('memo', str(20)), arg('fee_bps', u('u16'))], [
      signer('authority'),
      state('ledger', 'Ledger', { mut: true, hasOne: ['authority'] }),
      unchecked('auditor'),
    ], [
      { kind: 'require', cond: compare('gt', amount, int(0)), error: 'ZeroAmount', span },
      { kind: 'require', cond: compare('le', amount, int(1_000_000)), error: 'TooLarge', span },
      {
        kind: 'let', name: 'fee', mutable: true, type: u64, span,
        value: { kind: 'mulDiv', a: amount, b: { kind: 'convert', value: argRef('fee_bps', u('u16')), type: u64 }, c: int(10000), type: u64 },
      },
      {
        kind: 'if', span,
        cond: {
          kind: 'logic', op: 'and', type: bool, left: compare('gt', fee, int(100)),
          right: { kind: 'not', operand: compare('eq', key('auditor'), key('authority')), type: bool },
        },
        then: [{ kind: 'assign', place: { kind: 'local', name: 'fee', type: u64 }, value: { kind: 'minmax', op: 'min', left: fee, right: int(100), type: u64 }, span }],
        else: [{ kind: 'if', span, cond: compare('eq', fee, int(0)), then: [{ kind: 'return', span }], else: [] }],
      },
      assignField('ledger', 'balance', u64, arith('add', fieldRef('ledger', 'balance', u64), arith('sub', amount, fee))),
      assignField('ledger', 'last_at', i64, { kind: 'clock', field: 'unixTimestamp', type: i64 }),
      {
        kind: 'let', name: 'scaled', mutable: false, type: u128, span,
        value: arith('mul', { kind: 'convert', value: fieldRef('ledger', 'balance', u64), type: u128 }, int(3, u128), u128),
      },
      assignField('ledger', 'balance', u64, { kind: 'convert', value: arith('div', local('scaled', u128), int(3, u128), u128), type: u64 }),
      assignField('ledger', 'last', entryType, { kind: 'struct', name: 'Entry', fields: [amount, argRef('memo', str(20))], type: { kind: 'struct', name: 'Entry' } }),
      { kind: 'log', parts: ['recorded ', amount, ' fee ', fee], span },
      { kind: 'emit', event: 'Recorded', fields: [key('authority'), amount, fee], span },
    ]),
    instruction('restore', [arg('entry', entryType)], [
      signer('authority'),
      state('ledger', 'Ledger', { mut: true, hasOne: ['authority'] }),
    ], [
      assignField('ledger', 'last', entryType, argRef('entry', entryType)),
      { kind: 'log', parts: ['restored ', { kind: 'field', account: 'ledger', path: ['last', 'amount'], type: u64 }], span },
    ]),
  ],
});

export const allPrograms: Program[] = [counter, vault, profile, notes, ledger];
