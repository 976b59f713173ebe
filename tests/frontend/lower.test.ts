// The shared execution-test programs (tests/programs/*.ts) lowered to IR: the exact parts every
// backend depends on — account flags and order, PDA seeds and bumps, space, discriminators, bodies.
import { describe, expect, it } from 'vitest';
import { sighash } from '../../src/ir/discriminator.js';
import { bytes, compileShared, instruction, withoutSpans } from './helpers.js';

const SYSTEM_PROGRAM = { name: 'system_program', account: { kind: 'program', program: 'system' }, mut: false, signer: false, hasOne: [], implicit: true };
const u8 = { kind: 'int', name: 'u8' } as const;
const u64 = { kind: 'int', name: 'u64' } as const;
const pubkey = { kind: 'pubkey' } as const;

describe('counter', () => {
  const p = compileShared('counter');

  it('names the program after its class and keeps the declared id', () => {
    expect([p.name, p.className, p.programId]).toEqual(['counter_program', 'CounterProgram', 'EhxPGtzWeQw3Pe6fLj3jErcy93mPC9qJoamVuDv5s9fL']);
  });

  it('lays out the Counter account with its discriminator and InitSpace', () => {
    expect(withoutSpans(p.stateAccounts)).toEqual([{
      name: 'Counter',
      fields: [{ name: 'authority', type: pubkey }, { name: 'count', type: u64 }, { name: 'bump', type: u8 }],
      discriminator: sighash('account', 'Counter'),
      initSpace: 41,
    }]);
  });

  it('snake_cases instruction names and hashes them', () => {
    expect(p.instructions.map((i) => [i.name, i.discriminator])).toEqual([
      ['initialize', sighash('global', 'initialize')],
      ['increment', sighash('global', 'increment')],
      ['decrement', sighash('global', 'decrement')],
      ['increment_by', sighash('global', 'increment_by')],
    ]);
  });

  it('initialize: init PDA paid by the signer, then the implicit system program', () => {
    expect(instruction(p, 'initialize').accounts).toEqual([
      { name: 'authority', account: { kind: 'signer' }, mut: true, signer: true, hasOne: [], implicit: false },
      {
        name: 'counter', account: { kind: 'state', type: 'Counter' }, mut: true, signer: false, hasOne: [], implicit: false,
        pda: { seeds: [{ kind: 'const', bytes: bytes('counter') }, { kind: 'accountKey', account: 'authority' }], bump: { kind: 'canonical' } },
        init: { payer: 'authority', ifNeeded: false, space: 49 },
      },
      SYSTEM_PROGRAM,
    ]);
  });

  it('initialize: stores the key, a typed zero and the canonical bump', () => {
    expect(instruction(p, 'initialize').body).toEqual([
      { kind: 'assign', place: { kind: 'field', account: 'counter', path: ['authority'], type: pubkey }, value: { kind: 'accountKey', account: 'authority', type: pubkey } },
      { kind: 'assign', place: { kind: 'field', account: 'counter', path: ['count'], type: u64 }, value: { kind: 'int', type: u64, value: 0n } },
      { kind: 'assign', place: { kind: 'field', account: 'counter', path: ['bump'], type: u8 }, value: { kind: 'bump', account: 'counter', type: u8 } },
    ]);
  });

  it('increment: stored bump, has_one, no system program, only the counter is mut', () => {
    expect(instruction(p, 'increment').accounts).toEqual([
      { name: 'authority', account: { kind: 'signer' }, mut: false, signer: true, hasOne: [], implicit: false },
      {
        name: 'counter', account: { kind: 'state', type: 'Counter' }, mut: true, signer: false, hasOne: ['authority'], implicit: false,
        pda: {
          seeds: [{ kind: 'const', bytes: bytes('counter') }, { kind: 'accountKey', account: 'authority' }],
          bump: { kind: 'given', value: { kind: 'field', account: 'counter', path: ['bump'], type: u8 } },
        },
      },
    ]);
  });

  it('increment: a literal operand takes the field type', () => {
    expect(instruction(p, 'increment').body).toEqual([{
      kind: 'assign',
      place: { kind: 'field', account: 'counter', path: ['count'], type: u64 },
      value: { kind: 'arith', op: 'add', left: { kind: 'field', account: 'counter', path: ['count'], type: u64 }, right: { kind: 'int', type: u64, value: 1n }, type: u64 },
    }]);
  });

  it('increment_by: the u64 argument is decoded and added', () => {
    const ix = instruction(p, 'increment_by');
    expect(ix.args).toEqual([{ name: 'amount', type: u64 }]);
    expect(ix.body[0]).toMatchObject({ value: { kind: 'arith', op: 'add', right: { kind: 'arg', name: 'amount', type: u64 } } });
  });
});

describe('vote', () => {
  const p = compileShared('vote');

  it('has_one against an unchecked, non-signing admin account', () => {
    const ix = instruction(p, 'upvote');
    expect(ix.accounts.map((a) => [a.name, a.account.kind, a.mut, a.signer, a.hasOne])).toEqual([
      ['voter', 'signer', false, true, []],
      ['admin', 'unchecked', false, false, []],
      ['board', 'state', true, false, ['admin']],
    ]);
  });

  it('signed i64 subtraction keeps the i64 type', () => {
    const i64 = { kind: 'int', name: 'i64' };
    expect(instruction(p, 'downvote').body[0]).toEqual({
      kind: 'assign',
      place: { kind: 'field', account: 'board', path: ['score'], type: i64 },
      value: { kind: 'arith', op: 'sub', left: { kind: 'field', account: 'board', path: ['score'], type: i64 }, right: { kind: 'int', type: i64, value: 1n }, type: i64 },
    });
  });

  it('VoteBoard InitSpace = 32 + 8 + 4 + 1', () => {
    expect(p.stateAccounts[0].initSpace).toBe(45);
  });
});

describe('favorites', () => {
  const p = compileShared('favorites');
  const str50 = { kind: 'string', maxLen: 50 };

  it('Str and Vec args keep their maximum lengths', () => {
    expect(instruction(p, 'set_favorites').args).toEqual([
      { name: 'number', type: u64 },
      { name: 'color', type: str50 },
      { name: 'hobbies', type: { kind: 'vec', elem: str50, maxLen: 5 } },
    ]);
  });

  it('initIfNeeded: space = 8 + 32 + 8 + (4 + 50) + (4 + 5 × 54)', () => {
    expect(instruction(p, 'set_favorites').accounts[1].init).toEqual({ payer: 'owner', ifNeeded: true, space: 376 });
  });

  it('initIfNeeded pulls in the system program', () => {
    expect(instruction(p, 'set_favorites').accounts.map((a) => a.name)).toEqual(['owner', 'favorites', 'system_program']);
  });
});

describe('vault', () => {
  const p = compileShared('vault');

  it('initialize: three PDAs with canonical bumps; only state and payer are mut', () => {
    const ix = instruction(p, 'initialize');
    expect(ix.accounts.map((a) => [a.name, a.mut, a.pda?.seeds])).toEqual([
      ['owner', true, undefined],
      ['state', true, [{ kind: 'const', bytes: bytes('state') }, { kind: 'accountKey', account: 'owner' }]],
      ['auth', false, [{ kind: 'const', bytes: bytes('auth') }, { kind: 'accountKey', account: 'state' }]],
      ['vault', false, [{ kind: 'const', bytes: bytes('vault') }, { kind: 'accountKey', account: 'auth' }]],
      ['system_program', false, undefined],
    ]);
  });

  it('initialize: stores each bump with getBump()', () => {
    expect(instruction(p, 'initialize').body.slice(1).map((s) => s.kind === 'assign' && [s.place, s.value])).toEqual([
      [{ kind: 'field', account: 'state', path: ['state_bump'], type: u8 }, { kind: 'bump', account: 'state', type: u8 }],
      [{ kind: 'field', account: 'state', path: ['auth_bump'], type: u8 }, { kind: 'bump', account: 'auth', type: u8 }],
      [{ kind: 'field', account: 'state', path: ['vault_bump'], type: u8 }, { kind: 'bump', account: 'vault', type: u8 }],
    ]);
  });

  it('deposit: transfer from the signer marks both ends mut', () => {
    const ix = instruction(p, 'deposit');
    expect(ix.body).toEqual([{ kind: 'systemTransfer', from: 'owner', to: 'vault', amount: { kind: 'arg', name: 'amount', type: u64 } }]);
    expect(ix.accounts.filter((a) => a.mut).map((a) => a.name)).toEqual(['owner', 'vault']);
  });

  it('withdraw: the vault signs with its seeds and the stored bump as a field seed', () => {
    expect(instruction(p, 'withdraw').body).toEqual([{
      kind: 'systemTransfer', from: 'vault', to: 'owner', amount: { kind: 'arg', name: 'amount', type: u64 },
      signerSeeds: [
        { kind: 'const', bytes: bytes('vault') },
        { kind: 'accountKey', account: 'auth' },
        { kind: 'field', account: 'state', path: ['vault_bump'], type: u8 },
      ],
    }]);
  });

  it('withdraw: the system program is appended after the parameters', () => {
    expect(instruction(p, 'withdraw').accounts.at(-1)).toEqual(SYSTEM_PROGRAM);
  });
});

describe('journal', () => {
  const p = compileShared('journal');

  it('create_entry: an integer argument becomes an arg seed', () => {
    expect(instruction(p, 'create_entry').accounts[1].pda?.seeds).toEqual([
      { kind: 'const', bytes: bytes('entry') },
      { kind: 'accountKey', account: 'owner' },
      { kind: 'arg', arg: 'id', type: u64 },
    ]);
  });

  it('update_entry: a stored field becomes a field seed', () => {
    expect(instruction(p, 'update_entry').accounts[1].pda?.seeds[2]).toEqual({ kind: 'field', account: 'entry', path: ['id'], type: u64 });
  });

  it('delete_entry: close sends lamports to the owner; both are mut; no body', () => {
    const ix = instruction(p, 'delete_entry');
    expect(ix.accounts.map((a) => [a.name, a.mut, a.close, a.hasOne])).toEqual([
      ['owner', true, undefined, []],
      ['entry', true, 'owner', ['owner']],
    ]);
    expect(ix.body).toEqual([]);
  });

  it('JournalEntry InitSpace = 32 + 8 + (4 + 32) + (4 + 200) + 1', () => {
    expect(p.stateAccounts[0].initSpace).toBe(281);
  });
});
