// The names a new project derives from `poseidon init <name>`: its folder, the crate (program) name
// that every generated path uses, and the program class whose snake_case is that crate name.
// In: the name typed on the command line. Out: the names, or a one-line reason the name cannot be used (not a
// crate name, a Rust keyword, a crate or module the generated crate needs, or a name the template uses).
import { pascalCase, snakeCase } from '../ir/names.js';
import { isRustKeyword, reservedCrateName } from '../ir/rust-names.js';
import { TEMPLATE_IDENTIFIERS } from './program-template.js';

export interface ScaffoldNames {
  /** The project folder, as typed: `my-app`. */
  folder: string;
  /** The crate, config and file name: `my_app` (Anchor's snake_case key for a hyphenated name). */
  crate: string;
  /** The program class: `MyApp`; the compiler names the crate snakeCase(className). */
  className: string;
}

export type NamesResult = { ok: true; names: ScaffoldNames } | { ok: false; error: string };

/** What `anchor init` accepts: a letter, then letters, digits, `-` and `_`. */
const NAME_PATTERN = /^[A-Za-z][A-Za-z0-9_-]*$/;

export function scaffoldNames(name: string): NamesResult {
  if (!NAME_PATTERN.test(name)) {
    return { ok: false, error: `"${name}" is not a valid project name: start with a letter and use only letters, digits, "-" and "_"` };
  }
  const crate = name.replace(/-/g, '_');
  const className = pascalCase(crate);
  // The compiler derives the crate name from the class name; it has to come back unchanged.
  if (snakeCase(className) !== crate) {
    return { ok: false, error: `"${name}" is not a valid project name: use lowercase words separated by "_" or "-", each starting with a letter (e.g. ${snakeCase(className)})` };
  }
  // The same crate names the compiler refuses for a program class (src/ir/naming.ts), said in the CLI's words.
  if (isRustKeyword(crate)) {
    return { ok: false, error: `"${name}" is not a valid project name: its crate name ${crate} is a Rust keyword` };
  }
  const reserved = reservedCrateName(crate);
  if (reserved) {
    return { ok: false, error: `"${name}" is not a valid project name: its crate name ${crate} is ${reserved}` };
  }
  if (TEMPLATE_IDENTIFIERS.includes(className)) {
    return { ok: false, error: `"${name}" is not a valid project name: its program class ${className} would clash with the template's ${className}` };
  }
  return { ok: true, names: { folder: name, crate, className } };
}
