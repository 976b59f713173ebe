// Benchmark scenario for tests/programs/bigboard.ts: a zero-copy Board of the full 10 MiB, its cells read and
// written in place. In: a fresh runtime with the bigboard program. Out: open (zero), a write at the start, the
// middle and the end, a read (logged) and a copy of cells, then a small zero-copy Tally created with init and
// added to, each measured once. The board's account is created beforehand by the System program (setup, free).
import anchor from '@coral-xyz/anchor';
import { SystemProgram } from '@solana/web3.js';
import { SYSTEM_PROGRAM_ID } from '../../support/compiled.js';
import { fixedKeypair, SOL, type Scenario } from '../scenario.js';

const BOARD_BYTES = 10 * 1024 * 1024;
const CELLS = 1_310_714;

const scenario: Scenario = {
  async run({ rt, program, measure }) {
    const authority = fixedKeypair('bigboard authority');
    const board = fixedKeypair('bigboard board');
    const tally = fixedKeypair('bigboard tally');
    await rt.airdrop(authority.publicKey, 100n * SOL);
    const created = await rt.send([SystemProgram.createAccount({
      fromPubkey: authority.publicKey, newAccountPubkey: board.publicKey,
      lamports: Number(await rt.minimumBalance(BOARD_BYTES)), space: BOARD_BYTES, programId: program.programId,
    })], [authority, board]);
    if (created.error) throw new Error(`creating the board failed: ${JSON.stringify(created.error)}`);
    const accounts = { authority: authority.publicKey, board: board.publicKey };
    const write = (index: number) => program.ix('write', accounts, { index: new anchor.BN(index), value: new anchor.BN(index + 1) });

    await measure('open', program.ix('open', accounts), [authority]);
    await measure('write (first cell)', write(0), [authority]);
    await measure('write (middle cell)', write(CELLS >> 1), [authority]);
    await measure('write (last cell)', write(CELLS - 1), [authority]);
    await measure('read (logged)', program.ix('read', { board: board.publicKey }, { index: new anchor.BN(CELLS >> 1) }));
    await measure('copy_cell', program.ix('copyCell', accounts, { from: new anchor.BN(0), to: new anchor.BN(CELLS - 1) }), [authority]);
    await measure('create_tally', program.ix('createTally', { payer: authority.publicKey, tally: tally.publicKey, systemProgram: SYSTEM_PROGRAM_ID }), [authority, tally]);
    await measure('add', program.ix('add', { owner: authority.publicKey, tally: tally.publicKey }, { slot: 2, amount: new anchor.BN(7) }), [authority]);
  },
};

export default scenario;
