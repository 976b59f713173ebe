// Which IDL format a project's tests can read: @coral-xyz/anchor 0.30 and later read the spec 0.1.0 IDL,
// 0.29 and older only the legacy one. The installed client decides, found as Node resolves it from the
// project's tests (node_modules there or in a folder above: a workspace root's); without one, the version
// range package.json asks for.
// In: the project folder. Out: whether its client reads the legacy IDL (false when there is no client).
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const CLIENT = '@coral-xyz/anchor';
/** The first version that reads spec 0.1.0 IDLs. */
const FIRST_NEW_IDL_MINOR = 30;

export function readsLegacyIdl(projectDir: string): boolean {
  const installed = installedClient(projectDir)?.version;
  const pkg = readJson(join(projectDir, 'package.json'));
  const declared = pkg?.dependencies?.[CLIENT] ?? pkg?.devDependencies?.[CLIENT];
  const version = typeof installed === 'string' ? installed : declared;
  // `^0.29.0`, `~0.29.0`, `0.29.0`, `>=0.28.0 <0.30`: the lowest version named decides.
  const match = typeof version === 'string' ? /(\d+)\.(\d+)/.exec(version) : null;
  if (!match) return false;
  return Number(match[1]) === 0 && Number(match[2]) < FIRST_NEW_IDL_MINOR;
}

/** node_modules/@coral-xyz/anchor/package.json of the project folder or the nearest folder above it that has one. */
function installedClient(projectDir: string): PackageJson | null {
  for (let dir = resolve(projectDir); ; dir = dirname(dir)) {
    const found = readJson(join(dir, 'node_modules', CLIENT, 'package.json'));
    if (found) return found;
    if (dirname(dir) === dir) return null;
  }
}

interface PackageJson {
  version?: unknown;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

function readJson(path: string): PackageJson | null {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as PackageJson;
  } catch {
    return null;
  }
}
