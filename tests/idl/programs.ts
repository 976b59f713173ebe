// Hand-written IR programs for the IDL backend tests (the front end is not involved).
// In: nothing. Out: small Programs covering PDAs, has_one, keypair init, close, events, errors, structs.
import { sighash } from '../../src/ir/discriminator.js';
import type { AccountParam, FieldDef, Program, Span, Type } from '../../src/ir/types.js';

const span: Span = { file: 'test.ts', line: 1, col: 1, length: 1 };
const u8: Type = { kind: 'int', name: 'u8' };
const u64: Type = { kind: 'int', name: 'u64' };
const pubkey: Type = { kind: 'pubkey' };
const field = (name: string, type: Type): FieldDef => ({ name, type, span });
const utf8 = (s: string): number[] => [...Buffer.from(s, 'utf8')];

function param(name: string, rest: Partial<AccountParam> & Pick<AccountParam, 'account'>): AccountParam {
  return { name, mut: false, signer: false, hasOne: [], implicit: false, span, ...rest };
}
const payer = (name: string): AccountParam => param(name, { account: { kind: 'signer' }, mut: true, signer: true });
const systemProgram = (): AccountParam =>
  param('system_program', { account: { kind: 'program', program: 'system' }, implicit: true });

/** The counter of docs/anchor-contract.md §1 ("The counter IDL"). */
export function counterProgram(): Program {
  return {
    name: 'counter',
    className: 'Counter',
    programId: 'Fg6PaFpoGXkYsidMpWTK6W2BeZ7FEfcYkg476zPFsLnS',
    stateAccounts: [{
      name: 'Counter',
      fields: [field('authority', pubkey), field('count', u64), field('bump', u8)],
      discriminator: sighash('account', 'Counter'),
      initSpace: 41,
      span,
    }],
    structs: [],
    errors: [{ name: 'Overflow', code: 6000, msg: 'Counter overflowed', span }],
    events: [{
      name: 'CounterInitialized',
      fields: [field('counter', pubkey), field('start', u64)],
      discriminator: sighash('event', 'CounterInitialized'),
      span,
    }],
    instructions: [{
      name: 'initialize',
      discriminator: sighash('global', 'initialize'),
      args: [{ name: 'start', type: u64, span }],
      accounts: [
        payer('payer'),
        param('counter', {
          account: { kind: 'state', type: 'Counter' },
          mut: true,
          init: { payer: 'payer', ifNeeded: false, space: 49 },
          pda: { seeds: [{ kind: 'const', bytes: utf8('counter') }, { kind: 'accountKey', account: 'payer' }], bump: { kind: 'canonical' } },
        }),
        systemProgram(),
      ],
      body: [],
      span,
    }],
    functions: [],
    sourceFile: 'counter.ts',
  };
}

/**
 * A poll with ballots: `register` (keypair init of a Poll, struct arg), `cast_vote` (init_if_needed
 * Ballot PDA seeded by const + poll key + stored poll field + arg; has_one on the poll), `close_ballot`
 * (close + has_one). State `Unused` is declared but no instruction takes it.
 */
export function pollProgram(): Program {
  const options: Type = { kind: 'vec', elem: { kind: 'struct', name: 'PollOption' }, maxLen: 4 };
  return {
    name: 'poll_program',
    className: 'PollProgram',
    programId: '2LgHA9kAiG3pDC8LLmyEdD6GZuyMsXYsKP3A5fgqNYkQ',
    stateAccounts: [
      {
        name: 'Poll',
        fields: [field('authority', pubkey), field('poll_id', u64), field('options', options), field('tally', { kind: 'int', name: 'u128' })],
        discriminator: sighash('account', 'Poll'),
        initSpace: 0,
        span,
      },
      {
        name: 'Ballot',
        fields: [field('voter', pubkey), field('poll', pubkey), field('memo', { kind: 'vec', elem: u8, maxLen: 16 }), field('hash', { kind: 'array', elem: u8, len: 32 })],
        discriminator: sighash('account', 'Ballot'),
        initSpace: 0,
        span,
      },
      { name: 'Unused', fields: [field('x', u8)], discriminator: sighash('account', 'Unused'), initSpace: 1, span },
    ],
    structs: [
      { name: 'PollOption', fields: [field('label', { kind: 'string', maxLen: 20 }), field('votes', u64)], span },
      { name: 'Settings', fields: [field('open', { kind: 'bool' }), field('fee', { kind: 'int', name: 'i64' })], span },
    ],
    errors: [
      { name: 'PollClosed', code: 6000, msg: 'The poll is closed', span },
      { name: 'AlreadyVoted', code: 6001, msg: 'Unauthorized', span },
    ],
    events: [{ name: 'VoteCast', fields: [field('ballot', pubkey)], discriminator: sighash('event', 'VoteCast'), span }],
    instructions: [
      {
        name: 'register',
        discriminator: sighash('global', 'register'),
        args: [{ name: 'settings', type: { kind: 'struct', name: 'Settings' }, span }],
        accounts: [
          payer('authority'),
          param('poll', { account: { kind: 'state', type: 'Poll' }, mut: true, signer: true, init: { payer: 'authority', ifNeeded: false, space: 500 } }),
          systemProgram(),
        ],
        body: [],
        span,
      },
      {
        name: 'cast_vote',
        discriminator: sighash('global', 'cast_vote'),
        args: [{ name: 'choice', type: { kind: 'int', name: 'u16' }, span }],
        accounts: [
          payer('voter'),
          param('poll', { account: { kind: 'state', type: 'Poll' } }),
          param('ballot', {
            account: { kind: 'state', type: 'Ballot' },
            mut: true,
            init: { payer: 'voter', ifNeeded: true, space: 128 },
            pda: {
              seeds: [
                { kind: 'const', bytes: utf8('ballot') },
                { kind: 'accountKey', account: 'poll' },
                { kind: 'field', account: 'poll', path: ['poll_id'], type: u64 },
                { kind: 'arg', arg: 'choice', type: { kind: 'int', name: 'u16' } },
              ],
              bump: { kind: 'canonical' },
            },
            hasOne: ['poll'],
          }),
          systemProgram(),
        ],
        body: [],
        span,
      },
      {
        name: 'close_ballot',
        discriminator: sighash('global', 'close_ballot'),
        args: [],
        accounts: [
          payer('voter'),
          param('ballot', { account: { kind: 'state', type: 'Ballot' }, mut: true, hasOne: ['voter'], close: 'voter' }),
        ],
        body: [],
        span,
      },
    ],
    functions: [],
    sourceFile: 'poll.ts',
  };
}

/**
 * `create_profile(name: Str<32>, id: u64)`: a Profile PDA seeded by const + owner key + arg, with
 * Str, Vec, u128 and Pubkey fields (the @coral-xyz/anchor interop test drives it).
 */
export function profileProgram(): Program {
  return {
    name: 'profile_book',
    className: 'ProfileBook',
    programId: '2LgHA9kAiG3pDC8LLmyEdD6GZuyMsXYsKP3A5fgqNYkQ',
    stateAccounts: [{
      name: 'Profile',
      fields: [
        field('owner', pubkey),
        field('display_name', { kind: 'string', maxLen: 32 }),
        field('scores', { kind: 'vec', elem: u64, maxLen: 8 }),
        field('total_points', { kind: 'int', name: 'u128' }),
      ],
      discriminator: sighash('account', 'Profile'),
      initSpace: 32 + 36 + 68 + 16,
      span,
    }],
    structs: [],
    errors: [],
    events: [],
    instructions: [{
      name: 'create_profile',
      discriminator: sighash('global', 'create_profile'),
      args: [{ name: 'display_name', type: { kind: 'string', maxLen: 32 }, span }, { name: 'id', type: u64, span }],
      accounts: [
        payer('owner'),
        param('profile', {
          account: { kind: 'state', type: 'Profile' },
          mut: true,
          init: { payer: 'owner', ifNeeded: false, space: 8 + 32 + 36 + 68 + 16 },
          pda: {
            seeds: [{ kind: 'const', bytes: utf8('profile') }, { kind: 'accountKey', account: 'owner' }, { kind: 'arg', arg: 'id', type: u64 }],
            bump: { kind: 'canonical' },
          },
        }),
        systemProgram(),
      ],
      body: [],
      span,
    }],
    functions: [],
    sourceFile: 'profile.ts',
  };
}
