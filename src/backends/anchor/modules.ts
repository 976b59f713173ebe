// The crate's module tree, printed either as files or as one lib.rs with inline modules.
// In: a RustModule tree (lib.rs at the root). Out: path → text for Anchor's multiple-files layout, or
// a single file where `pub mod x;` becomes `pub mod x { … }`. Both print the same items.
import { INDENT, pad } from './format.js';

export interface RustModule {
  name: string;
  /** Inner attributes (`#![…]`), printed first. */
  innerAttributes?: string[];
  /** `use …;` lines (a '' separates rustfmt import groups). */
  imports: string[];
  children: RustModule[];
  /** The parent glob re-exports it (`pub use child::*;`), as Anchor's template does for instructions and state. */
  reexported: boolean;
  /** The module's items, indented by `base` spaces (0 in a file of its own). */
  items: (base: number) => string[];
}

const byName = (a: RustModule, b: RustModule): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** Files relative to the crate's `src/`: `lib.rs`, `state/mod.rs`, `state/counter.rs`, `error.rs`… */
export function moduleFiles(root: RustModule): Map<string, string> {
  const files = new Map<string, string>();
  const visit = (m: RustModule, path: string): void => {
    files.set(path, renderModule(m, 0, 'files'));
    const dir = path === 'lib.rs' ? '' : path.replace(/(mod)?\.rs$/, '').replace(/\/$/, '') + '/';
    for (const child of [...m.children].sort(byName)) {
      visit(child, child.children.length > 0 ? `${dir}${child.name}/mod.rs` : `${dir}${child.name}.rs`);
    }
  };
  visit(root, 'lib.rs');
  return files;
}

/** The whole crate as one file: each child module inline after the parent's own items. */
export function singleFile(root: RustModule): string {
  return renderModule(root, 0, 'inline');
}

function renderModule(m: RustModule, base: number, mode: 'files' | 'inline'): string {
  return moduleBody(m, base, mode) + '\n';
}

/** The module's sections, blank-line separated, without the final newline. */
function moduleBody(m: RustModule, base: number, mode: 'files' | 'inline'): string {
  const children = [...m.children].sort(byName);
  const at = pad(base);
  const sections: string[] = [];
  if (m.innerAttributes?.length) sections.push(m.innerAttributes.map((a) => at + a).join('\n'));
  if (mode === 'files' && children.length > 0) sections.push(children.map((c) => `pub mod ${c.name};`).join('\n'));
  if (m.imports.length > 0) sections.push(m.imports.map((l) => (l === '' ? '' : at + l)).join('\n'));
  const globs = children.filter((c) => c.reexported);
  if (globs.length > 0) sections.push(globs.map((c) => `${at}pub use ${c.name}::*;`).join('\n'));
  const items = m.items(base);
  if (items.length > 0) sections.push(items.join('\n'));
  if (mode === 'inline') {
    // The child's text goes in whole (splitting it into lines to join them again cost a pass over the crate
    // per nesting level).
    for (const c of children) sections.push(`${at}pub mod ${c.name} {\n${moduleBody(c, base + INDENT, 'inline').trimEnd()}\n${at}}`);
  }
  return sections.join('\n\n');
}
