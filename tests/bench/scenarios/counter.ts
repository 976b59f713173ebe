// Benchmark scenario for tests/programs/counter.ts: one authority's counter PDA through its whole life.
// In: a fresh runtime with the counter program. Out: initialize (init via system CPI), increment,
// increment_by and decrement, each measured once.
import anchor from '@coral-xyz/anchor';
import { SYSTEM_PROGRAM_ID } from '../../support/compiled.js';
import { fixedKeypair, pda, SOL, type Scenario } from '../scenario.js';

const scenario: Scenario = {
  async run({ rt, program, measure }) {
    const owner = fixedKeypair('counter authority');
    await rt.airdrop(owner.publicKey, SOL);
    const accounts = { authority: owner.publicKey, counter: pda(['counter', owner.publicKey], program.programId) };

    await measure('initialize', program.ix('initialize', { ...accounts, systemProgram: SYSTEM_PROGRAM_ID }), [owner]);
    await measure('increment', program.ix('increment', accounts), [owner]);
    await measure('increment_by', program.ix('incrementBy', accounts, { amount: new anchor.BN(5) }), [owner]);
    await measure('decrement', program.ix('decrement', accounts), [owner]);
  },
};

export default scenario;
