// Benchmark scenario for tests/programs/vault.ts: an owner opens a vault, deposits into it and withdraws.
// In: a fresh runtime with the vault program. Out: initialize (state init via system CPI), deposit
// (system transfer signed by the owner) and withdraw (system transfer signed by the vault PDA), measured once each.
import anchor from '@coral-xyz/anchor';
import { SYSTEM_PROGRAM_ID } from '../../support/compiled.js';
import { fixedKeypair, pda, SOL, type Scenario } from '../scenario.js';

const scenario: Scenario = {
  async run({ rt, program, measure }) {
    const owner = fixedKeypair('vault owner');
    await rt.airdrop(owner.publicKey, 2n * SOL);
    const state = pda(['state', owner.publicKey], program.programId);
    const auth = pda(['auth', state], program.programId);
    const vault = pda(['vault', auth], program.programId);
    const accounts = { owner: owner.publicKey, state, auth, vault, systemProgram: SYSTEM_PROGRAM_ID };

    await measure('initialize', program.ix('initialize', accounts), [owner]);
    await measure('deposit', program.ix('deposit', accounts, { amount: new anchor.BN(500_000_000) }), [owner]);
    await measure('withdraw', program.ix('withdraw', accounts, { amount: new anchor.BN(200_000_000) }), [owner]);
  },
};

export default scenario;
