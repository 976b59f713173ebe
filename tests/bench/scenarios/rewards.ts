// Benchmark scenario for tests/programs/rewards.ts: one staker through a pool's life, the clock moving between calls.
// In: a fresh runtime with the rewards program. Out: initialize (keypair init), a first stake (init_if_needed
// create path, nothing to settle), a repeat stake (accrue and settle), unstake, preview and claim, measured once each.
import anchor from '@coral-xyz/anchor';
import { SYSTEM_PROGRAM_ID } from '../../support/compiled.js';
import { fixedKeypair, pda, SOL, type Scenario } from '../scenario.js';

const T0 = 1_800_000_000n;

const scenario: Scenario = {
  async run({ rt, program, measure }) {
    const [admin, pool, staker] = ['rewards admin', 'rewards pool', 'rewards staker'].map(fixedKeypair);
    for (const k of [admin, staker]) await rt.airdrop(k.publicKey, SOL);
    const at = async (seconds: bigint) => rt.setClock({ ...(await rt.getClock()), unixTimestamp: T0 + seconds });
    const accounts = { owner: staker.publicKey, pool: pool.publicKey, stake: pda(['stake', pool.publicKey, staker.publicKey], program.programId) };
    const stake = (amount: number) => program.ix('stake', { ...accounts, systemProgram: SYSTEM_PROGRAM_ID }, { amount: new anchor.BN(amount) });

    await at(0n);
    await measure('initialize', program.ix('initialize', {
      admin: admin.publicKey, pool: pool.publicKey, systemProgram: SYSTEM_PROGRAM_ID,
    }, { rate: new anchor.BN(1_000) }), [admin, pool]);
    await measure('stake (first)', stake(300), [staker]);
    await at(10n);
    await measure('stake (repeat)', stake(100), [staker]);
    await at(20n);
    await measure('unstake', program.ix('unstake', accounts, { amount: new anchor.BN(150) }), [staker]);
    await at(30n);
    await measure('preview', program.ix('preview', { pool: pool.publicKey, stake: accounts.stake }));
    await measure('claim', program.ix('claim', accounts), [staker]);
  },
};

export default scenario;
