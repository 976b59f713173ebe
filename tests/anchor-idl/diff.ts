// Field-by-field differences between our IDL and the one Anchor builds from our Rust (.ci/idl-check.sh).
// In: two parsed JSON documents, ours and Anchor's. Out: one readable line per difference (empty when equal),
// each naming where it is: `instructions[swap].accounts[pool].pda.seeds[1].value: ours … anchor …`.
//
// Nothing is normalised away: `anchor build` writes target/idl/<name>.json with serde_json's pretty printer,
// and ours is meant to be that file byte for byte, so even the order of keys and of named items (Anchor
// sorts instructions, accounts, events and types by name; fields, args and errors keep source order)
// counts. The one difference that cannot show here is the trailing newline `anchor idl build` prints on
// stdout (the file `anchor build` writes has none, nor has ours): both sides are compared parsed.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Values longer than this are cut in the report (a 32-byte seed is about 120 characters). */
const MAX_SHOWN = 160;

export function idlDifferences(ours: Json, anchors: Json): string[] {
  const found: string[] = [];
  compare('', ours, anchors, found);
  return found;
}

function compare(path: string, ours: Json, anchors: Json, found: string[]): void {
  if (Array.isArray(ours) && Array.isArray(anchors)) {
    compareArrays(path, ours, anchors, found);
  } else if (isObject(ours) && isObject(anchors)) {
    compareObjects(path, ours, anchors, found);
  } else if (ours !== anchors) {
    found.push(`${where(path)}: ours ${show(ours)}, anchor ${show(anchors)}`);
  }
}

function compareObjects(path: string, ours: Record<string, Json>, anchors: Record<string, Json>, found: string[]): void {
  const ourKeys = Object.keys(ours);
  const anchorKeys = Object.keys(anchors);
  for (const key of ourKeys) if (!(key in anchors)) found.push(`${where(join(path, key))}: only ours has it: ${show(ours[key]!)}`);
  for (const key of anchorKeys) if (!(key in ours)) found.push(`${where(join(path, key))}: only anchor has it: ${show(anchors[key]!)}`);
  const common = (keys: string[], other: Record<string, Json>) => keys.filter((key) => key in other);
  if (common(ourKeys, anchors).join() !== common(anchorKeys, ours).join()) {
    found.push(`${where(path)}: key order: ours ${common(ourKeys, anchors).join(', ')}; anchor ${common(anchorKeys, ours).join(', ')}`);
  }
  for (const key of common(ourKeys, anchors)) compare(join(path, key), ours[key]!, anchors[key]!, found);
}

/** Items that carry unique names are matched by name (so one missing item is one line); others by position. */
function compareArrays(path: string, ours: Json[], anchors: Json[], found: string[]): void {
  const ourNames = itemNames(ours);
  const anchorNames = itemNames(anchors);
  if (!ourNames || !anchorNames) {
    if (ours.length !== anchors.length || ours.some((item) => !isObject(item) && !Array.isArray(item))) {
      if (JSON.stringify(ours) !== JSON.stringify(anchors)) found.push(`${where(path)}: ours ${show(ours)}, anchor ${show(anchors)}`);
      return;
    }
    ours.forEach((item, index) => compare(`${path}[${index}]`, item, anchors[index]!, found));
    return;
  }
  for (const name of ourNames) if (!anchorNames.includes(name)) found.push(`${where(path)}: only ours has ${show(name)}`);
  for (const name of anchorNames) if (!ourNames.includes(name)) found.push(`${where(path)}: only anchor has ${show(name)}`);
  const ourCommon = ourNames.filter((name) => anchorNames.includes(name));
  const anchorCommon = anchorNames.filter((name) => ourNames.includes(name));
  if (ourCommon.join() !== anchorCommon.join()) {
    found.push(`${where(path)}: order: ours ${ourCommon.join(', ')}; anchor ${anchorCommon.join(', ')}`);
  }
  for (const name of ourCommon) {
    compare(`${path}[${name}]`, ours[ourNames.indexOf(name)]!, anchors[anchorNames.indexOf(name)]!, found);
  }
}

/** The `name` of every item, when every item is an object with a string name and no two share one. */
function itemNames(items: Json[]): string[] | undefined {
  const names = items.map((item) => (isObject(item) && typeof item.name === 'string' ? item.name : undefined));
  if (names.length === 0 || names.some((name) => name === undefined)) return undefined;
  return new Set(names).size === names.length ? (names as string[]) : undefined;
}

function isObject(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

function where(path: string): string {
  return path === '' ? '(the whole IDL)' : path;
}

function show(value: Json): string {
  const text = JSON.stringify(value);
  return text.length <= MAX_SHOWN ? text : `${text.slice(0, MAX_SHOWN)}… (${text.length} characters)`;
}
