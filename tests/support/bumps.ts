// Bumps that are not the canonical one, for tests of `seeds, bump = x`. In: the seeds (without the bump)
// and the program id. Out: the highest bump below the canonical one whose seeds hash to a point on the
// curve (create_program_address fails: Anchor's 2006 names the account only), and the highest that gives
// an address other than the canonical PDA (2006 with the key passed and that address).
import { PublicKey } from '@solana/web3.js';

export interface WrongBumps {
  onCurve: number;
  offCurve: { bump: number; address: PublicKey };
}

export function wrongBumps(seeds: readonly Buffer[], programId: PublicKey): WrongBumps {
  const [, canonical] = PublicKey.findProgramAddressSync([...seeds], programId);
  let onCurve: number | undefined;
  let offCurve: WrongBumps['offCurve'] | undefined;
  for (let bump = canonical - 1; bump >= 0 && (onCurve === undefined || !offCurve); bump--) {
    try {
      const address = PublicKey.createProgramAddressSync([...seeds, Buffer.from([bump])], programId);
      offCurve ??= { bump, address };
    } catch {
      onCurve ??= bump;
    }
  }
  if (onCurve === undefined || !offCurve) throw new Error('no wrong bump of each kind below the canonical one');
  return { onCurve, offCurve };
}
