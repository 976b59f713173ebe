// Writing generated files: one file, or a whole out folder that afterwards holds exactly what this
// build produced (stale files removed, never anything outside the folder).
// In: paths and contents. Out: files on disk; throws Node's system errors (callers report them).
import { mkdirSync, readdirSync, readFileSync, rmdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, posix } from 'node:path';

/** Relative path inside the out folder ('/'-separated) → file content. */
export type OutputFiles = Map<string, string | Uint8Array>;

/** Writes `content` unless the file already holds exactly it (unchanged files keep their mtime). */
export function writeFileIfChanged(path: string, content: string | Uint8Array): void {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
  try {
    if (readFileSync(path).equals(bytes)) return;
  } catch {
    // Missing or unreadable: write it.
  }
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bytes);
}

/**
 * Makes `outDir` hold `files`: writes them, then deletes every other file under `outDir` except
 * those `keep` accepts, and the folders left empty. Symbolic links are removed as links, never followed.
 */
export function syncFolder(outDir: string, files: OutputFiles, keep: (relPath: string) => boolean): void {
  for (const [rel, content] of files) {
    if (isAbsolute(rel) || posix.normalize(rel).startsWith('..')) throw new Error(`internal: output path ${rel} leaves the out folder`);
    writeFileIfChanged(join(outDir, rel), content);
  }
  removeStale(outDir, '', (rel) => files.has(rel) || keep(rel));
}

/** Returns true when the folder still holds something. */
function removeStale(dir: string, relDir: string, wanted: (rel: string) => boolean): boolean {
  let remaining = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const rel = relDir === '' ? entry.name : `${relDir}/${entry.name}`;
    const path = join(dir, entry.name);
    // A Dirent describes the entry itself, so a symbolic link to a folder is not a directory here.
    if (entry.isDirectory()) {
      if (removeStale(path, rel, wanted)) remaining++;
      else rmdirSync(path);
    } else if (wanted(rel)) {
      remaining++;
    } else {
      unlinkSync(path);
    }
  }
  return remaining > 0;
}
