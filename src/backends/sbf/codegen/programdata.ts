// A program's ProgramData account as Anchor's `Account<'info, ProgramData>` loads it (anchor-lang
// bpf_upgradeable_state.rs). In: an account view of kind programData, its record address in r6. Out: the type
// check (3012 for an empty system account → 3007 unless the BPF upgradeable loader owns it → bincode's
// InvalidAccountData for data too short or a variant or option tag it does not know → 3013 for a loader state
// other than ProgramData), then an image of the two readable fields in the frame, which field reads use:
//   +0 slot (u64), +8 upgrade authority (32 bytes; zeros when the program has none)
// The authority's 32 bytes are copied only when the option is Some: after the authority is removed the loader
// writes only the tag, and the old key's bytes stay behind it.
import { pubkeyBytes } from '../../../ir/base58.js';
import { PROGRAM_DATA_LAYOUT as LAYOUT, UPGRADEABLE_LOADER_ID, programDataField } from '../../../ir/loader.js';
import { emitOwnerCheck } from './accounts.js';
import type { AccountView, InstructionGen } from './context.js';
import { RECORD } from './layout.js';

const LOADER = pubkeyBytes(UPGRADEABLE_LOADER_ID);
/** The frame image: the slot, then the authority. */
export const PROGRAM_DATA_IMAGE = { size: 40, slot: 0, authority: 8 } as const;

/** Frame offset of a readable field in the account's image. */
export function programDataFieldSlot(view: AccountView, name: string): number {
  if (view.programDataImage === undefined) throw new Error(`internal: ${view.param.name} has no ProgramData image`);
  const field = programDataField([name]);
  return view.programDataImage + (field.rust === 'slot' ? PROGRAM_DATA_IMAGE.slot : PROGRAM_DATA_IMAGE.authority);
}

/** `Account<ProgramData>::try_from` with the record address in r6, then the image (scratch r0, r3, r4). */
export function emitProgramDataLoad(g: InstructionGen, view: AccountView): void {
  const a = g.cg.asm;
  const name = view.param.name;
  const errors = g.cg.errors;
  const image = view.programDataImage;
  if (image === undefined) throw new Error(`internal: ${name} has no ProgramData image`);
  emitOwnerCheck(g, name, LOADER, 'loader');
  const invalid = errors.builtin('InvalidAccountData', name);
  // The variant tag: another loader state is not ProgramData (3013); no loader state at all does not decode.
  // (The loader writes its accounts whole, so the other states' bodies are not checked.)
  a.ldx(8, 'r3', 'r6', RECORD.dataLen);
  a.jumpIf('jlt', 'r3', LAYOUT.slot, invalid);
  a.ldx(4, 'r4', 'r6', RECORD.data + LAYOUT.tag);
  const notProgramData = g.cg.cold(`${name}_not_program_data`, () => {
    a.jumpIf('jge', 'r4', LAYOUT.variants, invalid);
    a.jump(errors.anchor('AccountNotProgramData', name));
  });
  a.jumpIf('jne', 'r4', LAYOUT.programDataTag, notProgramData);
  a.jumpIf('jlt', 'r3', LAYOUT.authority, invalid);
  a.ldx(8, 'r4', 'r6', RECORD.data + LAYOUT.slot);
  a.stx(8, 'r10', image + PROGRAM_DATA_IMAGE.slot, 'r4');
  // Option<Pubkey>: 0 (None: the zero key) or 1 and the key; any other tag does not decode.
  a.ldx(1, 'r4', 'r6', RECORD.data + LAYOUT.authorityTag);
  const none = a.newLabel(`${name}_no_authority`);
  const done = a.newLabel(`${name}_authority_read`);
  a.jumpIf('jeq', 'r4', 0, none);
  a.jumpIf('jne', 'r4', 1, invalid);
  a.jumpIf('jlt', 'r3', LAYOUT.header, invalid);
  for (let w = 0; w < 4; w++) {
    a.ldx(8, 'r4', 'r6', RECORD.data + LAYOUT.authority + 8 * w);
    a.stx(8, 'r10', image + PROGRAM_DATA_IMAGE.authority + 8 * w, 'r4');
  }
  a.jump(done);
  a.bind(none);
  for (let w = 0; w < 4; w++) a.st(8, 'r10', image + PROGRAM_DATA_IMAGE.authority + 8 * w, 0);
  a.bind(done);
}
