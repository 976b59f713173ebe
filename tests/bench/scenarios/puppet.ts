// Benchmark scenario for tests/programs/puppet.ts, the comparison with Anchor's basic-3 puppet.
// In: a fresh runtime with the puppet program. Out: set_data on a program-owned account that was
// written with setAccount (discriminator + zeroed fields), as Anchor's figure was measured.
import anchor from '@coral-xyz/anchor';
import { fixedKeypair, type Scenario } from '../scenario.js';

const scenario: Scenario = {
  async run({ rt, program, measure }) {
    const puppet = fixedKeypair('puppet account').publicKey;
    const data = program.program.stateAccounts.find((a) => a.name === 'Data');
    if (!data) throw new Error('puppet.ts no longer declares the Data account');
    const bytes = Uint8Array.from([...data.discriminator, ...new Array<number>(data.initSpace).fill(0)]);
    await rt.setAccount(puppet, { lamports: await rt.minimumBalance(bytes.length), data: bytes, owner: program.programId });

    await measure('set_data', program.ix('setData', { puppet }, { data: new anchor.BN(42) }));
  },
};

export default scenario;
