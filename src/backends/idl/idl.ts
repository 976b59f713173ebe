// The IDL backend: IR program → the Anchor IDL (spec 0.1.0) that `anchor build` writes to
// target/idl/<name>.json for the Rust the Anchor backend emits (docs/anchor-contract.md §1).
// In: a Program. Out: an Idl object whose property order is serde's, ready for idlJson.
import type { Program } from '../../ir/types.js';
import { emitInstructionAccounts } from './accounts.js';
import { byName } from './order.js';
import { emitTypeDefs, idlType, usedStateAccounts } from './type-defs.js';
import type { Idl, IdlInstruction } from './types.js';

/** The IDL spec version Anchor 0.30–0.32 writes. */
export const IDL_SPEC = '0.1.0';
/** The crate version and description of Anchor's program template (the Anchor backend's Cargo.toml). */
const CRATE_VERSION = '0.1.0';
const CRATE_DESCRIPTION = 'Created with Anchor';

export function emitIdl(program: Program): Idl {
  const idl: Idl = {
    address: program.programId,
    metadata: { name: program.name, version: CRATE_VERSION, spec: IDL_SPEC, description: CRATE_DESCRIPTION },
    instructions: byName(program.instructions.map(
      (ix): IdlInstruction => ({
        name: ix.name,
        discriminator: ix.discriminator,
        accounts: emitInstructionAccounts(ix.accounts, program.callees),
        args: ix.args.map((a) => ({ name: a.name, type: idlType(a.type) })),
      }),
    )),
  };
  // Only state accounts some instruction takes as `Account<'info, T>` reach the IDL; Anchor collects
  // them from the Accounts structs, not from every `#[account]` in the crate.
  const accounts = usedStateAccounts(program).map((name) => {
    const state = program.stateAccounts.find((s) => s.name === name);
    if (!state) throw new Error(`internal: unknown state account ${name}`);
    return { name, discriminator: state.discriminator };
  });
  if (accounts.length > 0) idl.accounts = byName(accounts);
  if (program.events.length > 0) {
    idl.events = byName(program.events.map((e) => ({ name: e.name, discriminator: e.discriminator })));
  }
  // Errors keep declaration order; their codes come from the IR (6000 + index).
  if (program.errors.length > 0) idl.errors = program.errors.map((e) => ({ code: e.code, name: e.name, msg: e.msg }));
  const types = emitTypeDefs(program);
  if (types.length > 0) idl.types = types;
  return idl;
}

/** Anchor's file format: serde_json's pretty printer (2-space indent), no trailing newline. */
export function idlJson(idl: Idl): string {
  return JSON.stringify(idl, null, 2);
}
