// `init` and `init_if_needed` of a state account (docs/anchor-contract.md §4.4–4.5). In: an account view
// with an init constraint. Out: code that finds the PDA (2006 on a wrong key), then
//   - 0 lamports: CreateAccount(payer → account, rent-exempt minimum, space, owner = this program);
//   - already funded: payer ≠ account (4101), top up to the minimum, Allocate, Assign (the system program
//     fails with custom error 0 when the account is already in use — Anchor's "double init" outcome);
// then writes the discriminator (and points a heap image's views at empty values). `init_if_needed` on an account this program already owns loads it
// like any `Account<T>` and checks space (2019, logging Left: <space> / Right: <length>) and rent
// exemption (2005).
import type { AccountView, InstructionGen } from './context.js';
import { emitKeyCompare, emitStateLoad } from './accounts.js';
import { readU64 } from './words.js';
import { RECORD } from './layout.js';
import { emitFindPda, emitVerifyPda } from './seeds.js';
import { emitMinimumBalance } from './system.js';
import { emitCreateAccountWithOwner } from './createaccount.js';
import type { CpiSigner } from './invoke.js';
import { emitEmptyViews } from './borsh.js';
import { imageSize } from './values.js';
import { COMPARED_LEFT, COMPARED_RIGHT } from './errors.js';

export function emitInit(g: InstructionGen, view: AccountView): void {
  const a = g.cg.asm;
  const { param } = view;
  const init = param.init!;
  const errors = g.cg.errors;
  if (!view.state) throw new Error(`internal: init of a ${param.account.kind} account reached the state init`);
  // A PDA signs the system program's instructions with its seeds; a keypair account signs the transaction.
  // Anchor searches the canonical bump (1,500 CU per try) before anything else. With a stored bump
  // (`deriveWithBump(…).initIfNeeded`) an existing account is checked with one sha256 instead, after it is
  // loaded — the same outcome, but only the first call pays for the search.
  let signer: CpiSigner | undefined;
  const pda = param.pda;
  const storedBump = init.ifNeeded && pda?.bump.kind === 'given' ? pda.bump.value : null;
  if (pda) signer = { seeds: pda.seeds, bumpSlot: view.bumpSlot };
  if (pda && !storedBump) emitFindPda(g, param.name, pda.seeds);

  const done = a.newLabel(`${param.name}_init_done`);
  if (init.ifNeeded) {
    const create = a.newLabel(`${param.name}_create`);
    g.loadRecord('r6', param.name);
    const existing = a.newLabel(`${param.name}_existing`);
    emitKeyCompare(g, 'r6', RECORD.owner, new Uint8Array(32), existing);
    a.jump(create);
    a.bind(existing);
    emitStateLoad(g, view);
    if (pda && storedBump) emitVerifyPda(g, param.name, pda.seeds, storedBump);
    emitExistingChecks(g, view, init.space);
    a.jump(done);
    a.bind(create);
    if (pda && storedBump) emitFindPda(g, param.name, pda.seeds);
  }

  emitCreateAccountWithOwner(g, view, init.space, 'self', signer);
  g.loadRecord('r2', param.name);
  a.lddw('r1', readU64(Uint8Array.from(view.state.def.discriminator), 0));
  a.stx(8, 'r2', RECORD.data, 'r1');
  if (view.state.image.kind === 'heap') {
    // The new account's strings and vectors are empty (its data is zero): its views show them so.
    let offset = g.loadStateBase('r2', param.name);
    for (const f of view.state.def.fields) {
      emitEmptyViews(g.cg, f.type, 'r2', offset);
      offset += imageSize(f.type, g.cg.structs);
    }
  }
  a.bind(done);
  if (!param.pda) {
    // `init` without seeds carries Anchor's signer constraint, checked after the account is created.
    g.loadRecord('r2', param.name);
    a.ldx(1, 'r3', 'r2', RECORD.isSigner);
    a.jumpIf('jeq', 'r3', 0, errors.anchor('ConstraintSigner', param.name));
  }
}

/**
 * init_if_needed on an existing account: space (2019, with the space and the length as Left/Right) and rent exemption (2005). Anchor also checks the
 * owner (2004) here, which cannot fail: the account was just loaded, and any other owner failed with 3007.
 */
function emitExistingChecks(g: InstructionGen, view: AccountView, space: number): void {
  const a = g.cg.asm;
  const name = view.param.name;
  const errors = g.cg.errors;
  g.loadRecord('r2', name);
  a.ldx(8, 'r0', 'r2', RECORD.dataLen);
  // Anchor (every supported release) adds `.with_values((space, data_len))`: Left is the space declared,
  // Right the account's length.
  const wrongSpace = errors.anchor('ConstraintSpace', name, {
    comparedValues: true,
    prelude: { key: `space ${space}`, emit: () => { a.mov(COMPARED_LEFT, space); a.mov(COMPARED_RIGHT, 'r0'); } },
  });
  a.jumpIf('jne', 'r0', space, wrongSpace);
  const mark = g.cg.frame.mark();
  const rent = g.cg.frame.alloc(8);
  emitMinimumBalance(g, space, rent, errors.builtin('UnsupportedSysvar'));
  g.loadRecord('r2', name);
  a.ldx(8, 'r0', 'r2', RECORD.lamports);
  a.ldx(8, 'r1', 'r10', rent);
  a.jumpIf('jlt', 'r0', 'r1', errors.anchor('ConstraintRentExempt', name));
  g.cg.frame.release(mark);
}
