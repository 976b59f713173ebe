// IR types → IDL types, and the IDL `types` section.
// In: IR `Type`s and the program's state accounts, events, structs and instruction args.
// Out: IdlType values and the sorted IdlTypeDef list `anchor build` collects: the layouts of the state
// accounts the instructions use, of every event, and of every struct reachable from those or from args.
import type { FieldDef, Program, Type } from '../../ir/types.js';
import type { IdlField, IdlType, IdlTypeDef } from './types.js';
import { byName } from './order.js';

/** The IDL spelling of an IR type, as anchor-syn's `gen_idl_type` spells the emitted Rust type. */
export function idlType(t: Type): IdlType {
  switch (t.kind) {
    case 'int': return t.name;
    case 'bool': return 'bool';
    case 'pubkey': return 'pubkey';
    case 'string': return 'string';
    // `Vec<u8>` is the IDL primitive "bytes", not `{vec: "u8"}`.
    case 'vec': return t.elem.kind === 'int' && t.elem.name === 'u8' ? 'bytes' : { vec: idlType(t.elem) };
    case 'array': return { array: [idlType(t.elem), t.len] };
    case 'struct': return { defined: { name: t.name } };
    case 'option': return { option: idlType(t.inner) };
  }
}

export function idlFields(fields: FieldDef[]): IdlField[] {
  // anchor-syn writes a field's `///` lines (trimmed) between its name and its type.
  return fields.map((f) => (f.docs ? { name: f.name, docs: f.docs, type: idlType(f.type) } : { name: f.name, type: idlType(f.type) }));
}

/** State account names used as `Account<'info, T>` by some instruction, in first-use order. */
export function usedStateAccounts(program: Program): string[] {
  const used: string[] = [];
  for (const ix of program.instructions) {
    for (const acc of ix.accounts) {
      if (acc.account.kind === 'state' && !used.includes(acc.account.type)) used.push(acc.account.type);
    }
  }
  return used;
}

export function emitTypeDefs(program: Program): IdlTypeDef[] {
  const defs = new Map<string, IdlTypeDef>();
  const structFields = new Map<string, FieldDef[]>();
  for (const s of program.structs) structFields.set(s.name, s.fields);

  const addStructsIn = (t: Type): void => {
    if (t.kind === 'vec' || t.kind === 'array') addStructsIn(t.elem);
    if (t.kind === 'option') addStructsIn(t.inner);
    if (t.kind !== 'struct' || defs.has(t.name)) return;
    const fields = structFields.get(t.name);
    if (!fields) throw new Error(`internal: unknown struct ${t.name}`);
    addDef(t.name, fields);
  };
  const addDef = (name: string, fields: FieldDef[], zeroCopy = false): void => {
    // Anchor's `#[account(zero_copy)]`: bytemuck over `#[repr(C)]`, as its IDL build writes it.
    const layout = zeroCopy ? { serialization: 'bytemuck' as const, repr: { kind: 'c' as const } } : {};
    defs.set(name, { name, ...layout, type: { kind: 'struct', fields: idlFields(fields) } });
    for (const f of fields) addStructsIn(f.type);
  };

  for (const name of usedStateAccounts(program)) {
    const state = program.stateAccounts.find((s) => s.name === name);
    if (!state) throw new Error(`internal: unknown state account ${name}`);
    addDef(state.name, state.fields, state.zeroCopy);
  }
  for (const ev of program.events) addDef(ev.name, ev.fields);
  for (const ix of program.instructions) for (const arg of ix.args) addStructsIn(arg.type);
  return byName([...defs.values()]);
}
