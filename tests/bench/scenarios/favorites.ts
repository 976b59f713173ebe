// Benchmark scenario for tests/programs/favorites.ts: a profile created, overwritten, then recoloured.
// In: a fresh runtime with the favorites program. Out: set_favorites on a new account (the init_if_needed
// create path), set_favorites again (the existing-account path) and set_color, measured once each.
import anchor from '@coral-xyz/anchor';
import { SYSTEM_PROGRAM_ID } from '../../support/compiled.js';
import { fixedKeypair, pda, SOL, type Scenario } from '../scenario.js';

const scenario: Scenario = {
  async run({ rt, program, measure }) {
    const owner = fixedKeypair('favorites owner');
    await rt.airdrop(owner.publicKey, SOL);
    const accounts = { owner: owner.publicKey, favorites: pda(['favorites', owner.publicKey], program.programId) };
    const setFavorites = (number: number, color: string, hobbies: string[]) =>
      program.ix('setFavorites', { ...accounts, systemProgram: SYSTEM_PROGRAM_ID }, { number: new anchor.BN(number), color, hobbies });

    await measure('set_favorites (init)', setFavorites(7, 'teal', ['sailing', 'chess']), [owner]);
    await measure('set_favorites (existing)', setFavorites(42, 'ochre', ['climbing', 'baking', 'go']), [owner]);
    await measure('set_color', program.ix('setColor', accounts, { color: 'midnight blue' }), [owner]);
  },
};

export default scenario;
