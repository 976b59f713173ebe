// The parts of Anchor.toml that `anchor test` reads besides [programs.localnet]: the test script
// ([scripts] test), the wallet ([provider] wallet) and the extra programs loaded at genesis
// ([[test.genesis]] address/program). A reader for the TOML Anchor.toml uses: tables, arrays of tables,
// `key = "basic"` or `'literal'` strings; other values are kept as written.
// In: Anchor.toml's text. Out: those settings, or a one-line reason they cannot be read.

export interface AnchorTestSettings {
  testScript: string | null;
  wallet: string | null;
  genesis: { address: string; program: string }[];
  /** Tables `anchor test` reads that need a real validator or the network (accounts cloned from a cluster, …). */
  unsupported: string[];
}

/** What solana-test-validator does with these the in-process validator cannot do. */
const VALIDATOR_ONLY_TABLES = ['test.validator.clone', 'test.validator.account', 'test.validator.account_dir'];

export type AnchorTestSettingsResult = { ok: true; settings: AnchorTestSettings } | { ok: false; error: string };

/** One `[table]` or `[[array.table]]` and its `key = value` lines, values unquoted where they are strings. */
interface TomlTable { header: string; isArrayItem: boolean; entries: Map<string, string>; lineNumber: number }

const HEADER = /^\s*(\[\[?)\s*([A-Za-z0-9_.\-" ]+?)\s*\]\]?\s*(#.*)?$/;
const ENTRY = /^\s*("(?:[^"\\]|\\.)*"|'[^']*'|[A-Za-z0-9_-]+)\s*=\s*(.*?)\s*$/;

export function readAnchorTestSettings(text: string): AnchorTestSettingsResult {
  const tables = readTables(text);
  if (!tables.ok) return tables;
  const table = (header: string): TomlTable | undefined => tables.tables.find((t) => t.header === header && !t.isArrayItem);
  const genesis: AnchorTestSettings['genesis'] = [];
  for (const item of tables.tables.filter((t) => t.header === 'test.genesis' && t.isArrayItem)) {
    const address = item.entries.get('address');
    const program = item.entries.get('program');
    if (address === undefined || program === undefined) {
      return { ok: false, error: `line ${item.lineNumber}: a [[test.genesis]] entry needs address and program` };
    }
    genesis.push({ address, program });
  }
  return {
    ok: true,
    settings: {
      testScript: table('scripts')?.entries.get('test') ?? null,
      wallet: table('provider')?.entries.get('wallet') ?? null,
      genesis,
      unsupported: VALIDATOR_ONLY_TABLES.filter((header) => tables.tables.some((t) => t.header === header)),
    },
  };
}

function readTables(text: string): { ok: true; tables: TomlTable[] } | { ok: false; error: string } {
  const tables: TomlTable[] = [{ header: '', isArrayItem: false, entries: new Map(), lineNumber: 0 }];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/\r$/, '');
    if (/^\s*(#.*)?$/.test(line)) continue;
    const header = HEADER.exec(line);
    if (header) {
      const name = header[2].split('.').map((part) => part.trim().replace(/^"(.*)"$/, '$1')).join('.');
      tables.push({ header: name, isArrayItem: header[1] === '[[', entries: new Map(), lineNumber: i + 1 });
      continue;
    }
    const entry = ENTRY.exec(line);
    if (!entry) return { ok: false, error: `line ${i + 1}: expected a [table] or key = value` };
    // An array or inline table may go on over the next lines (`members = [` … `]`).
    let raw = entry[2];
    const first = i + 1;
    while (openBrackets(raw) > 0) {
      if (++i >= lines.length) return { ok: false, error: `line ${first}: unclosed [ or { in the value of ${entry[1]}` };
      raw += `\n${lines[i]}`;
    }
    const value = stringValue(raw);
    if (value === null) return { ok: false, error: `line ${i + 1}: cannot read the value of ${entry[1]}` };
    tables[tables.length - 1].entries.set(unquoteKey(entry[1]), value);
  }
  return { ok: true, tables };
}

/** A basic string with its escapes resolved, a literal string as is, anything else as written. */
function stringValue(raw: string): string | null {
  const basic = /^"((?:[^"\\]|\\.)*)"\s*(#.*)?$/.exec(raw);
  if (basic) {
    try {
      return JSON.parse(`"${basic[1]}"`) as string;
    } catch {
      return null;
    }
  }
  const literal = /^'([^']*)'\s*(#.*)?$/.exec(raw);
  if (literal) return literal[1];
  return raw.replace(/\s+#.*$/, '');
}

/** How many [ and { are still open in a value, not counting those inside strings or comments. */
function openBrackets(raw: string): number {
  let depth = 0;
  let quote: string | null = null;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = null;
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '#') {
      const end = raw.indexOf('\n', i);
      if (end === -1) break;
      i = end;
    } else if (c === '[' || c === '{') {
      depth++;
    } else if (c === ']' || c === '}') {
      depth--;
    }
  }
  return depth;
}

function unquoteKey(key: string): string {
  return key.startsWith('"') || key.startsWith("'") ? key.slice(1, -1) : key;
}
