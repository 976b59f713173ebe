// Custom errors and events → the `error` and `events` modules.
// In: the Program and the crate's names. Out: `#[error_code] pub enum <Class>Error { #[msg("…")] Name, … }` (codes 6000 + index)
// and one `#[event]` struct per event; null when the program declares none.
import type { Program } from '../../ir/types.js';
import { INDENT, pad } from './format.js';
import type { RustModule } from './modules.js';
import type { CrateNames } from './names.js';
import { structItem } from './state.js';
import { escapeFormat } from './types.js';
import { typeNamesOf } from './usage.js';

const ERROR_CODE_OFFSET = 6000;

export function errorModule(program: Program, names: CrateNames): RustModule | null {
  if (program.errors.length === 0) return null;
  return {
    name: names.modules.error,
    imports: ['use anchor_lang::prelude::*;'],
    children: [],
    reexported: false,
    items: (base) => {
      const inner = pad(base + INDENT);
      const lines = ['#[error_code]', `pub enum ${names.errorEnum} {`].map((l) => pad(base) + l);
      program.errors.forEach((e, i) => {
        // Anchor numbers variants 6000 + index; an explicit `= n` (6000 + n) keeps any other code.
        const expected = i === 0 ? ERROR_CODE_OFFSET : program.errors[i - 1].code + 1;
        const value = e.code === expected ? '' : ` = ${e.code - ERROR_CODE_OFFSET}`;
        // `#[msg]` is a format string in Anchor's generated Display impl.
        lines.push(`${inner}#[msg("${escapeFormat(e.msg)}")]`, `${inner}${e.name}${value},`);
      });
      lines.push(`${pad(base)}}`);
      return lines;
    },
  };
}

export function eventsModule(program: Program, names: CrateNames): RustModule | null {
  if (program.events.length === 0) return null;
  const usesStructs = program.events.some((e) => e.fields.some((f) => typeNamesOf(f.type).length > 0));
  return {
    name: names.modules.events,
    imports: usesStructs ? ['use anchor_lang::prelude::*;', '', `use crate::${names.modules.state}::*;`] : ['use anchor_lang::prelude::*;'],
    children: [],
    reexported: false,
    items: (base) => program.events.flatMap((e, i) => [
      ...(i > 0 ? [''] : []),
      ...structItem(e.name, e.fields, ['#[event]'], base, false),
    ]),
  };
}
