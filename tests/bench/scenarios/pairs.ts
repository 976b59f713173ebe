// Benchmark scenario for tests/programs/pairs.ts: one owner's tallies. In: a fresh runtime with the pairs
// program. Out: open (keypair init), collect (init_if_needed of the owner's PDA, then again), shift between
// two tallies and mirror (Anchor 1.x's duplicate-mutable-account check over two fields), pay, each measured
// once.
import anchor from '@coral-xyz/anchor';
import { SYSTEM_PROGRAM_ID } from '../../support/compiled.js';
import { fixedKeypair, pda, SOL, type Scenario } from '../scenario.js';

const scenario: Scenario = {
  async run({ rt, program, measure }) {
    const owner = fixedKeypair('pairs owner');
    const [a, b] = [fixedKeypair('pairs tally a'), fixedKeypair('pairs tally b')];
    await rt.airdrop(owner.publicKey, SOL);
    const own = pda(['own', owner.publicKey], program.programId);
    const amount = { amount: new anchor.BN(5) };

    await measure('open', program.ix('open', { owner: owner.publicKey, tally: a.publicKey, systemProgram: SYSTEM_PROGRAM_ID }), [owner, a]);
    await rt.send([program.ix('open', { owner: owner.publicKey, tally: b.publicKey, systemProgram: SYSTEM_PROGRAM_ID })], [owner, b]);
    const collect = program.ix('collect', { owner: owner.publicKey, other: a.publicKey, own, systemProgram: SYSTEM_PROGRAM_ID }, amount);
    await measure('collect (first)', collect, [owner]);
    await measure('collect (repeat)', collect, [owner]);
    await measure('shift', program.ix('shift', { owner: owner.publicKey, from: a.publicKey, to: b.publicKey }, amount), [owner]);
    await measure('mirror', program.ix('mirror', { source: a.publicKey, first: b.publicKey, second: own }), []);
    const payee = fixedKeypair('pairs payee').publicKey;
    await measure('pay', program.ix('pay', { first: owner.publicKey, second: owner.publicKey, target: payee, other: payee, systemProgram: SYSTEM_PROGRAM_ID }, { amount: new anchor.BN(1_000_000) }), [owner]);
  },
};

export default scenario;
