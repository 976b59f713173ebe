// Benchmark scenario for tests/programs/escrow.ts: one escrow taken, a second refunded.
// In: a fresh runtime with the escrow program. Out: make (escrow and vault init, token transfer), take with
// both of its ATAs created on the way (transfer, PDA-signed transfer and close) and refund, measured once each.
import anchor from '@coral-xyz/anchor';
import {
  ASSOCIATED_TOKEN_PROGRAM_ID, MINT_SIZE, TOKEN_PROGRAM_ID, createInitializeMint2Instruction,
} from '@solana/spl-token';
import { PublicKey, SystemProgram, type TransactionInstruction } from '@solana/web3.js';
import type { Runtime } from '../../../src/runtime/index.js';
import { SYSTEM_PROGRAM_ID } from '../../support/compiled.js';
import { ata, fundAta } from '../../support/tokens.js';
import { fixedKeypair, pda, SOL, type Scenario } from '../scenario.js';

/**
 * A mint at a fixed key: the program and the associated token program search an ATA's bump from the mint's
 * key, so a random mint (as tests/support/tokens.ts creates) would change the figures from run to run.
 */
async function fixedMint(rt: Runtime, label: string): Promise<PublicKey> {
  const mint = fixedKeypair(label);
  const lamports = Number(await rt.minimumBalance(MINT_SIZE));
  const r = await rt.send([
    SystemProgram.createAccount({ fromPubkey: rt.payer.publicKey, newAccountPubkey: mint.publicKey, lamports, space: MINT_SIZE, programId: TOKEN_PROGRAM_ID }),
    createInitializeMint2Instruction(mint.publicKey, 6, rt.payer.publicKey, null),
  ], [mint]);
  if (!r.ok) throw new Error(`creating the ${label} failed: ${JSON.stringify(r.error)}\n${r.logs.join('\n')}`);
  return mint.publicKey;
}

const scenario: Scenario = {
  async run({ rt, program, measure }) {
    const [maker, taker] = ['escrow maker', 'escrow taker'].map(fixedKeypair);
    for (const k of [maker, taker]) await rt.airdrop(k.publicKey, SOL);
    const mintA = await fixedMint(rt, 'escrow mint A');
    const mintB = await fixedMint(rt, 'escrow mint B');
    await fundAta(rt, mintA, maker.publicKey, 1_000n);
    await fundAta(rt, mintB, taker.publicKey, 500n);
    const programs = { systemProgram: SYSTEM_PROGRAM_ID, tokenProgram: TOKEN_PROGRAM_ID, associatedTokenProgram: ASSOCIATED_TOKEN_PROGRAM_ID };
    const seed = new anchor.BN(42);
    const escrow = pda(['escrow', maker.publicKey, seed.toArrayLike(Buffer, 'le', 8)], program.programId);
    const vault = pda(['vault', escrow], program.programId);
    const shared = { maker: maker.publicKey, mintA, escrow, vault, ...programs };
    const make = (deposit: number): TransactionInstruction => program.ix('make', {
      ...shared, mintB, makerAtaA: ata(mintA, maker.publicKey),
    }, { seed, deposit: new anchor.BN(deposit), receive: new anchor.BN(300) });

    await measure('make', make(600), [maker]);
    await measure('take (creates both ATAs)', program.ix('take', {
      ...shared, taker: taker.publicKey, mintB, takerAtaA: ata(mintA, taker.publicKey), takerAtaB: ata(mintB, taker.publicKey),
      makerAtaB: ata(mintB, maker.publicKey),
    }), [taker]);
    // The escrow and vault were closed by take: the same seed opens a second escrow at the same addresses.
    const remake = await rt.send([make(400)], [maker]);
    if (!remake.ok) throw new Error(`the second make failed: ${JSON.stringify(remake.error)}\n${remake.logs.join('\n')}`);
    await measure('refund', program.ix('refund', { ...shared, makerAtaA: ata(mintA, maker.publicKey) }), [maker]);
  },
};

export default scenario;
