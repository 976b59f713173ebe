// The end of a successful handler (docs/anchor-contract.md §4.7). In: the accounts of one instruction.
// Out: code that, in declaration order, encodes heap-image states back into their account data (3004,
// caused by the account, when their borsh bytes no longer fit its data: Anchor's fixed-size writer; the
// views read the heap copy taken at load, so rewriting the data cannot clobber them) and closes `close = dest` accounts (lamports to dest, owner → system
// program, data length 0), then returns 0. In-place states were already written by the body.
import type { InstructionGen } from './context.js';
import { RECORD } from './layout.js';
import { imageSize } from './values.js';
import { emitEncode } from './borsh.js';
import { emitZeroCopyDiscriminators } from './zerocopy.js';

export function emitExit(g: InstructionGen): void {
  const a = g.cg.asm;
  a.bind(g.exitLabel);
  for (const view of g.accounts.values()) {
    const { param, state } = view;
    if (param.close) {
      emitClose(g, param.name, param.close);
      continue;
    }
    if (!param.mut || !state || state.image.kind !== 'heap') continue;
    // r6 = destination cursor, r7 = end of the account data, r8 = the heap image
    g.loadRecord('r6', param.name);
    a.ldx(8, 'r7', 'r6', RECORD.dataLen);
    a.add('r7', 'r6');
    a.add('r7', RECORD.data);
    a.add('r6', RECORD.data + 8);
    let offset = g.loadStateBase('r8', param.name);
    const overflow = g.cg.errors.anchor('AccountDidNotSerialize', param.name);
    for (const f of state.def.fields) {
      emitEncode(g.cg, f.type, offset, overflow);
      offset += imageSize(f.type, g.cg.structs);
    }
  }
  emitZeroCopyDiscriminators(g);
  g.cg.probe(`${g.ix.name} written back`);
  // r0 is still 0 (as the handler started, or as the `Instruction:` log returned it) unless something
  // since may have changed it.
  if (a.mayHaveWritten('r0', g.r0ZeroFrom)) a.mov('r0', 0);
  a.exit();
}

function emitClose(g: InstructionGen, account: string, destination: string): void {
  const a = g.cg.asm;
  g.loadRecord('r2', account);
  g.loadRecord('r3', destination);
  a.ldx(8, 'r0', 'r2', RECORD.lamports);
  a.ldx(8, 'r1', 'r3', RECORD.lamports);
  a.add('r1', 'r0');
  a.stx(8, 'r3', RECORD.lamports, 'r1');
  a.st(8, 'r2', RECORD.lamports, 0);
  for (let w = 0; w < 4; w++) a.st(8, 'r2', RECORD.owner + 8 * w, 0);
  a.st(8, 'r2', RECORD.dataLen, 0);
}
