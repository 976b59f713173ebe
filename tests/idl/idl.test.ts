// emitIdl/idlJson on hand-written IR: exact IDL values as `anchor build` writes them.
import { describe, expect, it } from 'vitest';
import { emitIdl, idlJson } from '../../src/backends/idl/index.js';
import type { Program } from '../../src/ir/types.js';
import { counterProgram, pollProgram } from './programs.js';

const instruction = (program: Program, name: string) => {
  const ix = emitIdl(program).instructions.find((i) => i.name === name);
  if (!ix) throw new Error(`no instruction ${name}`);
  return ix;
};

describe('emitIdl: the counter of docs/anchor-contract.md §1', () => {
  it('equals the minimal valid IDL, property order included', () => {
    const expected = {
      address: 'Fg6PaFpoGXkYsidMpWTK6W2BeZ7FEfcYkg476zPFsLnS',
      metadata: { name: 'counter', version: '0.1.0', spec: '0.1.0', description: 'Created with Anchor' },
      instructions: [{
        name: 'initialize',
        discriminator: [175, 175, 109, 31, 13, 152, 155, 237],
        accounts: [
          { name: 'payer', writable: true, signer: true },
          { name: 'counter', writable: true, pda: { seeds: [
            { kind: 'const', value: [99, 111, 117, 110, 116, 101, 114] },
            { kind: 'account', path: 'payer' }] } },
          { name: 'system_program', address: '11111111111111111111111111111111' },
        ],
        args: [{ name: 'start', type: 'u64' }],
      }],
      accounts: [{ name: 'Counter', discriminator: [255, 176, 4, 245, 188, 253, 124, 25] }],
      events: [{ name: 'CounterInitialized', discriminator: [115, 205, 233, 189, 129, 219, 117, 64] }],
      errors: [{ code: 6000, name: 'Overflow', msg: 'Counter overflowed' }],
      types: [
        { name: 'Counter', type: { kind: 'struct', fields: [
          { name: 'authority', type: 'pubkey' }, { name: 'count', type: 'u64' }, { name: 'bump', type: 'u8' }] } },
        { name: 'CounterInitialized', type: { kind: 'struct', fields: [
          { name: 'counter', type: 'pubkey' }, { name: 'start', type: 'u64' }] } },
      ],
    };
    expect(idlJson(emitIdl(counterProgram()))).toBe(JSON.stringify(expected, null, 2));
  });
});

describe('idlJson', () => {
  it('writes serde_json pretty output with no trailing newline, empty accounts/args kept', () => {
    const program: Program = {
      ...counterProgram(),
      name: 'hello_with_anchor',
      programId: '9EKuUwB6mHov7xzpsW2Mu6uVhFJWJPSK1S3wA6xCvqew',
      stateAccounts: [], errors: [], events: [],
      instructions: [{ ...counterProgram().instructions[0], args: [], accounts: [] }],
    };
    // Byte for byte what `anchor build` wrote for this program (hello-with-anchor/target/idl).
    expect(idlJson(emitIdl(program))).toBe(`{
  "address": "9EKuUwB6mHov7xzpsW2Mu6uVhFJWJPSK1S3wA6xCvqew",
  "metadata": {
    "name": "hello_with_anchor",
    "version": "0.1.0",
    "spec": "0.1.0",
    "description": "Created with Anchor"
  },
  "instructions": [
    {
      "name": "initialize",
      "discriminator": [
        175,
        175,
        109,
        31,
        13,
        152,
        155,
        237
      ],
      "accounts": [],
      "args": []
    }
  ]
}`);
  });
});

describe('emitIdl: ordering', () => {
  it('sorts instructions by name', () => {
    expect(emitIdl(pollProgram()).instructions.map((i) => i.name)).toEqual(['cast_vote', 'close_ballot', 'register']);
  });

  it('keeps errors in declaration order with code and message', () => {
    expect(emitIdl(pollProgram()).errors).toEqual([
      { code: 6000, name: 'PollClosed', msg: 'The poll is closed' },
      { code: 6001, name: 'AlreadyVoted', msg: 'Unauthorized' },
    ]);
  });
});

describe('emitIdl: account items', () => {
  it('marks a keypair init as writable signer', () => {
    expect(instruction(pollProgram(), 'register').accounts[1]).toEqual({ name: 'poll', writable: true, signer: true });
  });

  it('derives seeds from const bytes, an account key, a stored field (with its type) and an arg', () => {
    expect(instruction(pollProgram(), 'cast_vote').accounts[2]).toEqual({
      name: 'ballot',
      writable: true,
      pda: { seeds: [
        { kind: 'const', value: [98, 97, 108, 108, 111, 116] },
        { kind: 'account', path: 'poll' },
        { kind: 'account', path: 'poll.poll_id', account: 'Poll' },
        { kind: 'arg', path: 'choice' },
      ] },
    });
  });

  it('keeps the pda when a seed is a u8 arg, which the Rust spells `choice.to_le_bytes().as_ref()`', () => {
    const program = pollProgram();
    const ballot = program.instructions[1].accounts[2];
    ballot.pda!.seeds[3] = { kind: 'arg', arg: 'choice', type: { kind: 'int', name: 'u8' } };
    const ballotItem = instruction(program, 'cast_vote').accounts[2];
    expect('pda' in ballotItem ? ballotItem.pda?.seeds[3] : undefined).toEqual({ kind: 'arg', path: 'choice' });
  });

  it('writes no pda when a seed is a bool, which the Rust spells `&[x as u8]` and Anchor cannot describe', () => {
    const program = pollProgram();
    const ballot = program.instructions[1].accounts[2];
    ballot.pda!.seeds[3] = { kind: 'arg', arg: 'choice', type: { kind: 'bool' } };
    expect(instruction(program, 'cast_vote').accounts[2]).toEqual({ name: 'ballot', writable: true });
  });

  it('writes no pda when a constant seed is not printable text (the Rust spells it `&[1, 2]`)', () => {
    const program = counterProgram();
    program.instructions[0].accounts[1].pda!.seeds[0] = { kind: 'const', bytes: [1, 2] };
    expect(instruction(program, 'initialize').accounts[1]).toEqual({ name: 'counter', writable: true });
  });

  it('lists as relations of X the siblings that declare has_one = X', () => {
    expect(instruction(pollProgram(), 'cast_vote').accounts[1]).toEqual({ name: 'poll', relations: ['ballot'] });
  });

  it('gives a read-only state account without constraints only its name', () => {
    const noHasOne = pollProgram();
    noHasOne.instructions[1].accounts[2].hasOne = [];
    expect(instruction(noHasOne, 'cast_vote').accounts[1]).toEqual({ name: 'poll' });
  });

  it('marks a closed account writable and relates its has_one target', () => {
    expect(instruction(pollProgram(), 'close_ballot').accounts).toEqual([
      { name: 'voter', writable: true, signer: true, relations: ['ballot'] },
      { name: 'ballot', writable: true },
    ]);
  });

  it('gives token programs their address', () => {
    const program = counterProgram();
    program.instructions[0].accounts.push(
      { ...program.instructions[0].accounts[2], name: 'token_program', account: { kind: 'program', program: 'token' } },
      { ...program.instructions[0].accounts[2], name: 'associated_token_program', account: { kind: 'program', program: 'associatedToken' } },
    );
    expect(instruction(program, 'initialize').accounts.slice(3)).toEqual([
      { name: 'token_program', address: 'TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA' },
      { name: 'associated_token_program', address: 'ATokenGPvbdGVxr1b2hvZbsiqW5xWH25efTNsLJA8knL' },
    ]);
  });

  it('spells a struct arg as a defined type', () => {
    expect(instruction(pollProgram(), 'register').args).toEqual([{ name: 'settings', type: { defined: { name: 'Settings' } } }]);
  });
});

describe('emitIdl: accounts, events and types', () => {
  it('lists only the state accounts some instruction takes, sorted', () => {
    expect(emitIdl(pollProgram()).accounts).toEqual([
      { name: 'Ballot', discriminator: [3, 232, 121, 204, 232, 137, 138, 164] },
      { name: 'Poll', discriminator: [110, 234, 167, 188, 231, 136, 153, 111] },
    ]);
  });

  it('lists every event', () => {
    expect(emitIdl(pollProgram()).events).toEqual([{ name: 'VoteCast', discriminator: [39, 53, 195, 104, 188, 17, 225, 213] }]);
  });

  it('defines the used accounts, the events and every reachable struct, sorted, with Anchor type spellings', () => {
    expect(emitIdl(pollProgram()).types).toEqual([
      { name: 'Ballot', type: { kind: 'struct', fields: [
        { name: 'voter', type: 'pubkey' },
        { name: 'poll', type: 'pubkey' },
        { name: 'memo', type: 'bytes' },
        { name: 'hash', type: { array: ['u8', 32] } },
      ] } },
      { name: 'Poll', type: { kind: 'struct', fields: [
        { name: 'authority', type: 'pubkey' },
        { name: 'poll_id', type: 'u64' },
        { name: 'options', type: { vec: { defined: { name: 'PollOption' } } } },
        { name: 'tally', type: 'u128' },
      ] } },
      { name: 'PollOption', type: { kind: 'struct', fields: [{ name: 'label', type: 'string' }, { name: 'votes', type: 'u64' }] } },
      { name: 'Settings', type: { kind: 'struct', fields: [{ name: 'open', type: 'bool' }, { name: 'fee', type: 'i64' }] } },
      { name: 'VoteCast', type: { kind: 'struct', fields: [{ name: 'ballot', type: 'pubkey' }] } },
    ]);
  });

  it('omits empty sections', () => {
    const program: Program = { ...counterProgram(), stateAccounts: [], errors: [], events: [], instructions: [] };
    expect(Object.keys(emitIdl(program))).toEqual(['address', 'metadata', 'instructions']);
  });
});
