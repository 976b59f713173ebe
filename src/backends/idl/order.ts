// Anchor's IDL ordering: `anchor build` sorts instructions, accounts, events, types and constants by name
// with Rust's `String` ordering (byte order), never locale order.
// In: items with a `name`. Out: a new array sorted the way Anchor sorts it.

export function byName<T extends { name: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
