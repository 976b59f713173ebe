// Benchmark scenario for tests/programs/journal.ts: one entry written, edited and deleted by its owner.
// In: a fresh runtime with the journal program. Out: create_entry (init via system CPI, u64 seed),
// update_entry and delete_entry (close), measured once each.
import anchor from '@coral-xyz/anchor';
import { SYSTEM_PROGRAM_ID } from '../../support/compiled.js';
import { fixedKeypair, pda, SOL, type Scenario } from '../scenario.js';

const scenario: Scenario = {
  async run({ rt, program, measure }) {
    const owner = fixedKeypair('journal owner');
    await rt.airdrop(owner.publicKey, SOL);
    const id = new anchor.BN(1);
    const entry = pda(['entry', owner.publicKey, id.toArrayLike(Buffer, 'le', 8)], program.programId);
    const accounts = { owner: owner.publicKey, entry };

    await measure('create_entry', program.ix('createEntry', { ...accounts, systemProgram: SYSTEM_PROGRAM_ID }, {
      id, title: 'First day', message: 'Compiled a TypeScript program to sBPF and it ran.',
    }), [owner]);
    await measure('update_entry', program.ix('updateEntry', accounts, { message: 'Measured its compute units on two runtimes.' }), [owner]);
    await measure('delete_entry', program.ix('deleteEntry', accounts), [owner]);
  },
};

export default scenario;
