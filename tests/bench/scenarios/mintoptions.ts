// Benchmark scenario for tests/programs/mintoptions.ts: optional arguments and mints from arguments.
// In: a fresh runtime with the program. Out: configure with every option None, then every option Some;
// create_token_mint (InitializeMint2 on an account the client created, so no create_account; the mint signs,
// as the program would create it otherwise) and new_mint (a PDA mint from argument decimals and freeze
// authority), measured once each.
import anchor from '@coral-xyz/anchor';
import { MINT_SIZE, TOKEN_PROGRAM_ID } from '@solana/spl-token';
import { SystemProgram } from '@solana/web3.js';
import { SYSTEM_PROGRAM_ID } from '../../support/compiled.js';
import { fixedKeypair, pda, SOL, type Scenario } from '../scenario.js';

const scenario: Scenario = {
  async run({ rt, program, measure }) {
    const [admin, mint, freezer] = ['mintoptions admin', 'mintoptions mint', 'mintoptions freezer'].map(fixedKeypair);
    await rt.airdrop(admin.publicKey, SOL);
    const settings = pda(['settings', admin.publicKey], program.programId);
    const configure = (args: Record<string, unknown>) =>
      program.ix('configure', { admin: admin.publicKey, settings, systemProgram: SYSTEM_PROGRAM_ID }, { limit: null, owner: null, label: null, step: null, ...args });
    await measure('configure (every option None, creates the settings)', configure({}), [admin]);
    await measure('configure (every option Some)', configure({ limit: new anchor.BN(500), owner: freezer.publicKey, label: 'abc', step: 4 }), [admin]);

    const lamports = Number(await rt.minimumBalance(MINT_SIZE));
    const created = await rt.send([SystemProgram.createAccount({ fromPubkey: admin.publicKey, newAccountPubkey: mint.publicKey, lamports, space: MINT_SIZE, programId: TOKEN_PROGRAM_ID })], [admin, mint]);
    if (created.error) throw new Error(`mint account: ${JSON.stringify(created.error)}`);
    await measure('create_token_mint (with a freeze authority)', program.ix('createTokenMint', {
      mintAuthority: admin.publicKey, mintAccount: mint.publicKey, systemProgram: SYSTEM_PROGRAM_ID, tokenProgram: TOKEN_PROGRAM_ID,
    }, { decimals: 9, freezeAuthority: freezer.publicKey }), [admin, mint]);
    await measure('new_mint (PDA mint from argument decimals and freeze authority)', program.ix('newMint', {
      payer: admin.publicKey, mint: pda(['mint', admin.publicKey], program.programId), systemProgram: SYSTEM_PROGRAM_ID, tokenProgram: TOKEN_PROGRAM_ID,
    }, { decimals: 6, freezer: freezer.publicKey }), [admin]);
  },
};

export default scenario;
