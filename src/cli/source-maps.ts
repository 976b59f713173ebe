// The source maps `poseidon build` wrote for a project, for `poseidon test` and `poseidon explain`: every
// target/sourcemap/*.json of each program's out folder (poseidon.config.json), or of the workspace (a
// Poseidon project).
// In: the project folder, or the config file. Out: the maps read, and a warning per file that is not one.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readSourceMap, type SourceMap } from '../source-map/index.js';
import { displayPath } from './compile-source.js';
import { loadConfig } from './config.js';

export interface ProjectSourceMaps {
  maps: SourceMap[];
  /** One line per unreadable file, naming it. */
  warnings: string[];
}

/** `configPath` null: a Poseidon workspace in `root`; otherwise the config file's programs. */
export function projectSourceMaps(root: string, configPath: string | null): ProjectSourceMaps {
  const folders = configPath === null ? [root] : configuredOutFolders(configPath);
  const found: ProjectSourceMaps = { maps: [], warnings: [] };
  for (const folder of folders) {
    const dir = join(folder, 'target', 'sourcemap');
    let names: string[];
    try {
      names = readdirSync(dir).filter((name) => name.endsWith('.json')).sort();
    } catch {
      continue; // not built yet
    }
    for (const name of names) {
      const read = readSourceMap(join(dir, name));
      if (read.ok) found.maps.push(read.map);
      else found.warnings.push(`${displayPath(root, join(dir, name))} is not a source map: ${read.error}`);
    }
  }
  return found;
}

function configuredOutFolders(configPath: string): string[] {
  const loaded = loadConfig(configPath);
  return loaded.ok ? [...new Set(loaded.config.programs.map((p) => p.out))] : [];
}
