// Benchmark scenario for tests/programs/ledger.ts: a keypair ledger opened, credited, debited and shrunk.
// In: a fresh runtime with the ledger program. Out: open (keypair init, event), record as a credit and as a
// debit (fee by mulDiv, u128 volume, log line, event) and shrink by 2 (signed and 128-bit division), measured once each.
import anchor from '@coral-xyz/anchor';
import { SYSTEM_PROGRAM_ID } from '../../support/compiled.js';
import { fixedKeypair, SOL, type Scenario } from '../scenario.js';

const scenario: Scenario = {
  async run({ rt, program, measure }) {
    const owner = fixedKeypair('ledger owner');
    const ledger = fixedKeypair('ledger account');
    await rt.airdrop(owner.publicKey, SOL);
    const accounts = { owner: owner.publicKey, ledger: ledger.publicKey };
    const record = (amount: number, credit: boolean, memo: string) =>
      program.ix('record', accounts, { amount: new anchor.BN(amount), credit, memo });
    // Struct fields go to the coder as the IDL spells them (snake_case); only top-level args may be camelCase.
    const limits = { max_entry: new anchor.BN(5_000_000), fee_bps: new anchor.BN(100) };

    await measure('open', program.ix('open', { ...accounts, systemProgram: SYSTEM_PROGRAM_ID }, { limits }), [owner, ledger]);
    await measure('record (credit)', record(3_000, true, 'coffee'), [owner]);
    await measure('record (debit)', record(1_000, false, 'refund'), [owner]);
    await measure('shrink', program.ix('shrink', accounts, { factor: 2 }), [owner]);
  },
};

export default scenario;
