// How a failed file-system call reads in the one-line messages of the CLI, the deploy layer and the
// project scaffold. In: whatever a node:fs call threw. Out: a short phrase, never a stack trace.

/** A system error (ENOENT, EACCES, …) as a short phrase. */
export function describeSystemError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT': return 'no such file or directory';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a directory';
    case 'ENOTDIR': return 'a parent is not a directory';
    default: return err instanceof Error ? err.message : String(err);
  }
}
