// The IDL comparison that .ci/idl-check.sh runs between our IDL and Anchor's: every kind of difference is
// reported once, at its place, and equal documents give no line.
import { describe, expect, it } from 'vitest';
import { idlDifferences } from './diff.js';

type Idl = Parameters<typeof idlDifferences>[0];

function sample(): Idl {
  return {
    address: 'Vote111111111111111111111111111111111111111',
    metadata: { name: 'vote_program', version: '0.1.0', spec: '0.1.0', description: 'Created with Anchor' },
    instructions: [
      {
        name: 'initialize',
        discriminator: [175, 175, 109, 31, 13, 152, 155, 237],
        accounts: [
          { name: 'poll', writable: true, pda: { seeds: [{ kind: 'const', value: [112, 111, 108, 108] }, { kind: 'account', path: 'user' }] } },
          { name: 'user', writable: true, signer: true },
          { name: 'system_program', address: '11111111111111111111111111111111' },
        ],
        args: [{ name: 'amount', type: 'u64' }],
      },
      { name: 'vote', discriminator: [227, 110, 155, 23, 136, 126, 172, 25], accounts: [], args: [] },
    ],
    errors: [{ code: 6000, name: 'Closed', msg: 'The poll is closed' }],
    types: [{ name: 'Poll', type: { kind: 'struct', fields: [{ name: 'yes', type: 'u64' }, { name: 'no', type: 'u64' }] } }],
  };
}

/** A copy of the sample changed by `change`. */
function changed(change: (idl: any) => void): Idl {
  const idl = sample();
  change(idl);
  return idl;
}

describe('idlDifferences', () => {
  it('finds nothing between equal IDLs', () => {
    expect(idlDifferences(sample(), sample())).toEqual([]);
  });

  it('names a changed value by the names of the items above it', () => {
    expect(idlDifferences(sample(), changed((idl) => { idl.instructions[0].accounts[0].writable = false; }))).toEqual([
      'instructions[initialize].accounts[poll].writable: ours true, anchor false',
    ]);
  });

  it('reports a field only one side has', () => {
    expect(idlDifferences(sample(), changed((idl) => { delete idl.instructions[0].accounts[1].signer; }))).toEqual([
      'instructions[initialize].accounts[user].signer: only ours has it: true',
    ]);
    expect(idlDifferences(sample(), changed((idl) => { idl.instructions[0].accounts[2].optional = true; }))).toEqual([
      'instructions[initialize].accounts[system_program].optional: only anchor has it: true',
    ]);
  });

  it('reports a missing named item once, not as a shift of every item after it', () => {
    expect(idlDifferences(sample(), changed((idl) => { idl.instructions[0].accounts.splice(1, 1); }))).toEqual([
      'instructions[initialize].accounts: only ours has "user"',
    ]);
    expect(idlDifferences(sample(), changed((idl) => { idl.types[0].type.fields.push({ name: 'closed', type: 'bool' }); }))).toEqual([
      'types[Poll].type.fields: only anchor has "closed"',
    ]);
  });

  it('reports the order of named items and of keys', () => {
    expect(idlDifferences(sample(), changed((idl) => { idl.types[0].type.fields.reverse(); }))).toEqual([
      'types[Poll].type.fields: order: ours yes, no; anchor no, yes',
    ]);
    expect(idlDifferences(sample(), changed((idl) => {
      const { signer, writable, name } = idl.instructions[0].accounts[1];
      idl.instructions[0].accounts[1] = { name, signer, writable };
    }))).toEqual(['instructions[initialize].accounts[user]: key order: ours name, writable, signer; anchor name, signer, writable']);
  });

  it('shows unnamed arrays whole and unnamed items by position', () => {
    expect(idlDifferences(sample(), changed((idl) => { idl.instructions[1].discriminator[0] = 0; }))).toEqual([
      'instructions[vote].discriminator: ours [227,110,155,23,136,126,172,25], anchor [0,110,155,23,136,126,172,25]',
    ]);
    expect(idlDifferences(sample(), changed((idl) => { idl.instructions[0].accounts[0].pda.seeds[1].path = 'poll'; }))).toEqual([
      'instructions[initialize].accounts[poll].pda.seeds[1].path: ours "user", anchor "poll"',
    ]);
  });

  it('reports a value of another type, and cuts long values', () => {
    expect(idlDifferences(sample(), changed((idl) => { idl.instructions[0].args[0].type = { option: 'u64' }; }))).toEqual([
      'instructions[initialize].args[amount].type: ours "u64", anchor {"option":"u64"}',
    ]);
    const long = 'x'.repeat(500);
    const [line] = idlDifferences(sample(), changed((idl) => { idl.errors[0].msg = long; }));
    expect(line).toBe(`errors[Closed].msg: ours "The poll is closed", anchor "${'x'.repeat(159)}… (502 characters)`);
  });
});
