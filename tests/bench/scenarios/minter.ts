// Benchmark scenario for tests/programs/minter.ts: a PDA mint created, minted to a recipient twice, then burnt from.
// In: a fresh runtime with the minter program. Out: initialize (config and mint init), mint_tokens creating the
// recipient's ATA, mint_tokens into that existing ATA and burn_tokens, measured once each.
import anchor from '@coral-xyz/anchor';
import { ASSOCIATED_TOKEN_PROGRAM_ID, TOKEN_PROGRAM_ID } from '@solana/spl-token';
import { SYSTEM_PROGRAM_ID } from '../../support/compiled.js';
import { ata } from '../../support/tokens.js';
import { fixedKeypair, pda, SOL, type Scenario } from '../scenario.js';

const scenario: Scenario = {
  async run({ rt, program, measure }) {
    const [admin, recipient] = ['minter admin', 'minter recipient'].map(fixedKeypair);
    for (const k of [admin, recipient]) await rt.airdrop(k.publicKey, SOL);
    const config = pda(['config'], program.programId);
    const mint = pda(['mint'], program.programId);
    const programs = { systemProgram: SYSTEM_PROGRAM_ID, tokenProgram: TOKEN_PROGRAM_ID, associatedTokenProgram: ASSOCIATED_TOKEN_PROGRAM_ID };
    const recipientAta = ata(mint, recipient.publicKey);
    const mintTokens = (amount: number) => program.ix('mintTokens', {
      admin: admin.publicKey, config, mint, recipient: recipient.publicKey, recipientAta, ...programs,
    }, { amount: new anchor.BN(amount) });

    await measure('initialize', program.ix('initialize', { admin: admin.publicKey, config, mint, ...programs }), [admin]);
    await measure('mint_tokens (creates the ATA)', mintTokens(1_500), [admin]);
    await measure('mint_tokens (existing ATA)', mintTokens(500), [admin]);
    await measure('burn_tokens', program.ix('burnTokens', {
      owner: recipient.publicKey, mint, ownerAta: recipientAta, ...programs,
    }, { amount: new anchor.BN(400) }), [recipient]);
  },
};

export default scenario;
