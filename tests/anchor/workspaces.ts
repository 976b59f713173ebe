// Writes emitted Anchor workspaces to disk for the external checks (rustfmt, cargo).
// In: IR programs and a directory. Out: one workspace per program in its multiple-files form and one
// with the single-file lib.rs in its place; returns the workspace directories.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { emitAnchorWorkspace, emitSingleFile } from '../../src/backends/anchor/index.js';
import type { Program } from '../../src/ir/types.js';

function writeFiles(root: string, files: Map<string, string>): void {
  for (const [path, text] of files) {
    const target = join(root, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
}

export function writeWorkspaces(dir: string, programs: Program[]): string[] {
  return programs.flatMap((program) => {
    const files = emitAnchorWorkspace(program);
    const multiple = join(dir, program.name);
    writeFiles(multiple, files);
    const single = join(dir, `${program.name}-single-file`);
    const manifests = new Map([...files].filter(([path]) => !path.includes('/src/')));
    manifests.set(`programs/${program.name}/src/lib.rs`, emitSingleFile(program));
    writeFiles(single, manifests);
    return [multiple, single];
  });
}
