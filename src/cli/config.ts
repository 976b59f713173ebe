// poseidon.config.json: the programs a project builds, and the cluster `poseidon deploy` defaults to.
//   { "cluster": "devnet",
//     "programs": [ { "name": "hfmmt", "source": "programs/hfmmt.ts",
//                     "programId": "<base58>", "out": "generated/hfmmt", "features": ["no-log-ix-name"] } ] }
// In: the config file path (or its parsed JSON). Out: the validated config with absolute paths, or every
// problem found, each a one-line message naming the offending key. Never throws on bad input.
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { isPubkey } from '../ir/base58.js';
import { describeSystemError } from './io.js';
import { unknownFeatures, type ProgramFeature } from '../ir/features.js';

export interface ProgramConfig {
  name: string;
  /** Absolute path of the DSL source. */
  source: string;
  programId: string;
  /** Absolute path of the output folder. */
  out: string;
  /** The program crate's Cargo features the build enables (src/ir/features.ts); empty: Anchor's defaults. */
  features: ProgramFeature[];
}

export interface PoseidonConfig {
  /** Absolute path of the config file; relative paths inside it are resolved against its folder. */
  path: string;
  programs: ProgramConfig[];
  /** Default cluster for `poseidon deploy`: a cluster name or an RPC URL. */
  cluster?: string;
}

export type ConfigResult = { ok: true; config: PoseidonConfig } | { ok: false; errors: string[] };

export const DEFAULT_CONFIG_FILE = 'poseidon.config.json';
const PROGRAM_KEYS = ['name', 'source', 'programId', 'out', 'features'];
/** Names appear on the command line and as folder names. */
const NAME_PATTERN = /^[A-Za-z0-9_-]+$/;

export function loadConfig(path: string): ConfigResult {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    return { ok: false, errors: [`cannot read the config file: ${describeSystemError(err)}`] };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    return { ok: false, errors: [`invalid JSON: ${describeJsonError(err, text)}`] };
  }
  return validateConfig(raw, path);
}

export function validateConfig(raw: unknown, path: string): ConfigResult {
  const errors: string[] = [];
  if (!isObject(raw)) return { ok: false, errors: ['expected a JSON object with a "programs" array'] };
  for (const key of Object.keys(raw)) {
    if (key !== 'programs' && key !== 'cluster') errors.push(`unknown key "${key}" (expected "programs" or "cluster")`);
  }
  const cluster = raw.cluster;
  if (cluster !== undefined && (typeof cluster !== 'string' || cluster.length === 0)) {
    errors.push('"cluster" must be a cluster name (devnet, mainnet-beta, localnet) or an RPC URL');
  }
  if (!('programs' in raw)) return { ok: false, errors: [...errors, 'missing "programs" (an array of programs)'] };
  if (!Array.isArray(raw.programs)) return { ok: false, errors: [...errors, '"programs" must be an array'] };

  const dir = dirname(path);
  const programs: ProgramConfig[] = [];
  raw.programs.forEach((entry: unknown, i: number) => {
    const program = validateProgram(entry, `programs[${i}]`, dir, errors);
    if (program) programs.push(program);
  });
  if (errors.length === 0) checkOverlaps(programs, dir, errors);
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, config: typeof cluster === 'string' ? { path, programs, cluster } : { path, programs } };
}

function validateProgram(entry: unknown, at: string, dir: string, errors: string[]): ProgramConfig | null {
  if (!isObject(entry)) {
    errors.push(`${at} must be an object with ${PROGRAM_KEYS.join(', ')}`);
    return null;
  }
  const before = errors.length;
  for (const key of Object.keys(entry)) {
    if (!PROGRAM_KEYS.includes(key)) errors.push(`${at}: unknown key "${key}" (expected ${PROGRAM_KEYS.join(', ')})`);
  }
  const name = requireString(entry, 'name', at, errors);
  if (name !== null && !NAME_PATTERN.test(name)) errors.push(`${at}.name: "${name}" may only contain letters, digits, "_" and "-"`);
  const source = requireString(entry, 'source', at, errors);
  const programId = requireString(entry, 'programId', at, errors);
  if (programId !== null && !isPubkey(programId)) errors.push(`${at}.programId: "${programId}" is not a base58 public key (32 bytes)`);
  const out = 'out' in entry ? requireString(entry, 'out', at, errors) : `generated/${name}`;
  const features = readFeatures(entry.features, at, errors);
  if (errors.length > before || name === null || source === null || programId === null || out === null) return null;
  return { name, source: resolve(dir, source), programId, out: resolve(dir, out), features };
}

/** `"features"`: absent, or an array of known feature names (each once). */
function readFeatures(value: unknown, at: string, errors: string[]): ProgramFeature[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
    errors.push(`${at}.features: must be an array of feature names, e.g. ["no-log-ix-name"]`);
    return [];
  }
  const names = value as string[];
  const problems = unknownFeatures(names);
  for (const problem of problems) errors.push(`${at}.features: ${problem}`);
  return problems.length > 0 ? [] : [...new Set(names)] as ProgramFeature[];
}

function requireString(entry: Record<string, unknown>, key: string, at: string, errors: string[]): string | null {
  const value = entry[key];
  if (value === undefined) errors.push(`${at}: missing "${key}"`);
  else if (typeof value !== 'string' || value.length === 0) errors.push(`${at}.${key}: must be a non-empty string`);
  else return value;
  return null;
}

/**
 * A build deletes every file of its out folder that it did not write, so an out folder must not hold
 * the project (the config's folder or an ancestor), a program source, or another program's output.
 */
function checkOverlaps(programs: ProgramConfig[], dir: string, errors: string[]): void {
  programs.forEach((p, i) => {
    const source = programs.find((q) => isWithin(q.source, p.out));
    if (isWithin(dir, p.out)) errors.push(`programs[${i}].out: the folder contains the config file; give the program an output folder of its own`);
    else if (source) errors.push(`programs[${i}].out: the folder contains the source ${relative(dir, source.source)}; give the program an output folder of its own`);
    programs.forEach((q, j) => {
      if (j < i && q.name === p.name) errors.push(`programs[${i}].name: "${p.name}" is already the name of programs[${j}]`);
      if (j < i && (isWithin(q.out, p.out) || isWithin(p.out, q.out))) {
        errors.push(`programs[${i}].out: overlaps the out folder of programs[${j}] ("${q.name}"); each program needs its own folder`);
      }
    });
  });
}

/** True when `path` is `folder` or inside it. */
function isWithin(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** V8's JSON.parse message with the offset turned into line and column. */
function describeJsonError(err: unknown, text: string): string {
  const message = err instanceof Error ? err.message : String(err);
  const at = /^(.*) in JSON at position (\d+)/.exec(message);
  if (at) {
    const before = text.slice(0, Number(at[2])).split('\n');
    return `line ${before.length}, column ${before[before.length - 1].length + 1}: ${at[1]}`;
  }
  // "Unexpected token '}', "<the whole text>" is not valid JSON": drop the echoed text.
  return message.replace(/, ".*" is not valid JSON$/s, '');
}
