// Name conversions between the DSL's TypeScript spelling and Rust/Anchor spelling.
// In: identifiers. Out: snake_case, PascalCase, camelCase as Anchor (heck 0.3) and its TS client spell them.

/** `setData` → `set_data`, `VoteProgram` → `vote_program`, `tokenAccount2` → `token_account2`. */
export function snakeCase(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .toLowerCase();
}

/** `set_data` → `SetData` (the `Instruction: <Name>` log line uses this). */
export function pascalCase(name: string): string {
  return snakeCase(name)
    .split('_')
    .filter((w) => w.length > 0)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');
}

/** `set_data` → `setData` (how @coral-xyz/anchor names IDL items). */
export function camelCase(name: string): string {
  const p = pascalCase(name);
  return p.length === 0 ? p : p[0].toLowerCase() + p.slice(1);
}
