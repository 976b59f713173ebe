// The front end's public API: compileSource/compileFile results, the order of checks, and
// acceptance of Poseidon-style sources as they were written for Poseidon.
import { describe, expect, it } from 'vitest';
import { compileFile, compileSource } from '../../src/frontend/index.js';
import { programPath } from './helpers.js';

const POSEIDON_STYLE = `import { Account, Pubkey, Result, i64, u8, Signer } from "@turbin3/poseidon";

export default class VoteProgram {
    static PROGRAM_ID = new Pubkey("HC2oqz2p6DEWfrahenqdq2moUcga9c9biqRBcdK3XKU1");

    initialize(state: VoteState, user: Signer): Result {
        state.derive(["vote"])
            .init(user)
        state.vote = new i64(0)
    }

    upvote(state: VoteState): Result {
        state.derive(["vote"])
        state.vote = state.vote.add(1)
    }
}

export interface VoteState extends Account {
    vote: i64
    bump: u8
}
`;

describe('compileSource', () => {
  it('accepts a Poseidon-style program (no semicolons, pre-release module name)', () => {
    const r = compileSource('vote.ts', POSEIDON_STYLE);
    expect(r.diagnostics).toEqual([]);
    expect(r.program?.instructions.map((i) => i.name)).toEqual(['initialize', 'upvote']);
  });

  it('records the file name as given in spans and in the program', () => {
    const r = compileSource('programs/vote.ts', POSEIDON_STYLE);
    expect([r.program?.sourceFile, r.program?.instructions[1].span]).toEqual(['programs/vote.ts', { file: 'programs/vote.ts', line: 12, col: 5, length: 6 }]);
  });

  it('runs the DSL checks only once TypeScript is satisfied', () => {
    const withBoth = POSEIDON_STYLE.replace('state.vote = state.vote.add(1)', 'state.vote = state.missing\n        while (true) {}');
    expect(compileSource('vote.ts', withBoth).diagnostics.map((d) => `${d.prefix}${d.code}`)).toEqual(['TS2339']);
  });

  it('returns no program when there is an error', () => {
    const r = compileSource('vote.ts', POSEIDON_STYLE.replace('new i64(0)', 'new i64(1e100)'));
    expect([r.program, r.diagnostics.map((d) => d.code)]).toEqual([null, [5003]]);
  });
});

describe('compileFile', () => {
  it('compiles a file from disk with the path as its source name', () => {
    const path = programPath('counter');
    expect(compileFile(path).program?.sourceFile).toBe(path);
  });
});
