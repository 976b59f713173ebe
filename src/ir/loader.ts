// BPF upgradeable loader facts every stage shares: its id, and the readable fields of a program's ProgramData
// account (Anchor's `Account<'info, ProgramData>`), with their place in the loader's bincode layout.
// In: nothing. Out: tables the front end lowers against and the backends emit from.
import type { Type } from './types.js';

export const UPGRADEABLE_LOADER_ID = 'BPFLoaderUpgradeab1e11111111111111111111111';

/**
 * `UpgradeableLoaderState::ProgramData { slot: u64, upgrade_authority_address: Option<Pubkey> }`, bincode: a
 * u32 variant tag (3), the slot, then the option (u8 tag, and the key when it is 1). The program's bytes
 * follow at offset 45 whatever the option holds.
 */
export const PROGRAM_DATA_LAYOUT = { tag: 0, programDataTag: 3, variants: 4, slot: 4, authorityTag: 12, authority: 13, header: 45 } as const;

export interface ProgramDataField {
  /** DSL (camelCase) name, as read in programs: `programData.slot`. */
  name: string;
  /** Rust field name on anchor_lang's `ProgramData`. */
  rust: string;
  type: Type;
  /** An `Option<Pubkey>`: the DSL reads its value, the zero key when None; Rust unwraps with `unwrap_or_default()`. */
  option: boolean;
}

export const PROGRAM_DATA_FIELDS: readonly ProgramDataField[] = [
  { name: 'slot', rust: 'slot', type: { kind: 'int', name: 'u64' }, option: false },
  { name: 'upgradeAuthorityAddress', rust: 'upgrade_authority_address', type: { kind: 'pubkey' }, option: true },
];

/** The readable ProgramData field that `path` names (DSL or Rust spelling). */
export function programDataField(path: readonly string[]): ProgramDataField {
  const found = path.length === 1 ? PROGRAM_DATA_FIELDS.find((f) => f.name === path[0] || f.rust === path[0]) : undefined;
  if (!found) throw new Error(`internal: ProgramData has no readable field ${path.join('.')}`);
  return found;
}
