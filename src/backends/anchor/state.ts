// Program data types → the `state` module: one file per `#[account]` struct and per plain struct.
// In: the Program and the crate's names. Out: a RustModule whose children print `#[account] #[derive(InitSpace)]` structs and
// `#[derive(AnchorSerialize, AnchorDeserialize, Clone, InitSpace)]` structs with `#[max_len(..)]` fields.
import type { FieldDef, Program } from '../../ir/types.js';
import { INDENT, pad } from './format.js';
import type { RustModule } from './modules.js';
import type { CrateNames } from './names.js';
import { maxLenAttribute, rustType } from './types.js';
import { typeNamesOf } from './usage.js';

export function stateModule(program: Program, names: CrateNames): RustModule | null {
  if (program.stateAccounts.length === 0 && program.structs.length === 0) return null;
  // zero_copy: repr(C) and bytemuck's Pod and Zeroable (the front end admitted no padding); read by AccountLoader.
  const accounts = program.stateAccounts.map((s) =>
    leafModule(s.name, names.stateModule(s.name), s.fields, s.zeroCopy ? ['#[account(zero_copy)]'] : ['#[account]', '#[derive(InitSpace)]']));
  const structs = program.structs.map((s) => {
    return leafModule(s.name, names.stateModule(s.name), s.fields, ['#[derive(AnchorSerialize, AnchorDeserialize, Clone, InitSpace)]']);
  });
  return { name: names.modules.state, imports: [], children: [...accounts, ...structs], reexported: true, items: () => [] };
}

function leafModule(name: string, module: string, fields: FieldDef[], attributes: string[]): RustModule {
  const usesSiblings = fields.some((f) => typeNamesOf(f.type).length > 0);
  return {
    name: module,
    imports: usesSiblings ? ['use anchor_lang::prelude::*;', '', 'use super::*;'] : ['use anchor_lang::prelude::*;'],
    children: [],
    reexported: true,
    items: (base) => structItem(name, fields, attributes, base, true),
  };
}

/** `attributes` + `pub struct Name { pub field: T, … }`; `maxLen` adds the InitSpace length attributes. */
export function structItem(name: string, fields: FieldDef[], attributes: string[], base: number, maxLen: boolean): string[] {
  const at = pad(base);
  const lines = attributes.map((a) => at + a);
  if (fields.length === 0) return [...lines, `${at}pub struct ${name} {}`];
  lines.push(`${at}pub struct ${name} {`);
  for (const f of fields) {
    for (const doc of f.docs ?? []) lines.push(`${pad(base + INDENT)}/// ${doc}`);
    const len = maxLen ? maxLenAttribute(f.type) : null;
    if (len) lines.push(pad(base + INDENT) + len);
    lines.push(`${pad(base + INDENT)}pub ${f.name}: ${rustType(f.type)},`);
  }
  lines.push(`${at}}`);
  return lines;
}
