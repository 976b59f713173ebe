// Benchmark scenario for tests/programs/vote.ts: an admin opens a board, a voter votes both ways, the admin resets.
// In: a fresh runtime with the vote program. Out: initialize (init via system CPI), upvote, downvote
// and reset, measured once each.
import { SYSTEM_PROGRAM_ID } from '../../support/compiled.js';
import { fixedKeypair, pda, SOL, type Scenario } from '../scenario.js';

const scenario: Scenario = {
  async run({ rt, program, measure }) {
    const admin = fixedKeypair('vote admin');
    const voter = fixedKeypair('vote voter');
    await rt.airdrop(admin.publicKey, SOL);
    await rt.airdrop(voter.publicKey, SOL);
    const board = pda(['board', admin.publicKey], program.programId);
    const vote = { voter: voter.publicKey, admin: admin.publicKey, board };

    await measure('initialize', program.ix('initialize', { admin: admin.publicKey, board, systemProgram: SYSTEM_PROGRAM_ID }), [admin]);
    await measure('upvote', program.ix('upvote', vote), [voter]);
    await measure('downvote', program.ix('downvote', vote), [voter]);
    await measure('reset', program.ix('reset', { admin: admin.publicKey, board }), [admin]);
  },
};

export default scenario;
