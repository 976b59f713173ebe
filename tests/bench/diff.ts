// A line diff for `npm run bench -- --check`, so a stale REPORT.md shows which numbers moved.
// In: the committed text and the regenerated text. Out: unified-style hunks (`-` committed, `+` regenerated,
// two lines of context, `@@ -line +line @@` headers), or '' when the texts are equal.
// Plain longest-common-subsequence: the report is a few hundred lines at most.

type Op = { kind: ' ' | '-' | '+'; line: string; oldNo: number; newNo: number };

const CONTEXT = 2;

function operations(a: string[], b: string[]): Op[] {
  // common[i][j] = length of the longest common subsequence of a[i..] and b[j..].
  const common = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      common[i][j] = a[i] === b[j] ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
    }
  }
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) ops.push({ kind: ' ', line: a[i++], oldNo: i, newNo: ++j });
    else if (i < a.length && (j === b.length || common[i + 1][j] >= common[i][j + 1])) ops.push({ kind: '-', line: a[i++], oldNo: i, newNo: j });
    else ops.push({ kind: '+', line: b[j++], oldNo: i, newNo: j });
  }
  return ops;
}

export function lineDiff(committed: string, regenerated: string): string {
  if (committed === regenerated) return '';
  const ops = operations(committed.split('\n'), regenerated.split('\n'));
  const shown = new Set<number>();
  ops.forEach((op, k) => {
    if (op.kind === ' ') return;
    for (let c = Math.max(0, k - CONTEXT); c <= Math.min(ops.length - 1, k + CONTEXT); c++) shown.add(c);
  });
  const out: string[] = [];
  let previous = -2;
  for (const k of [...shown].sort((x, y) => x - y)) {
    if (k !== previous + 1) out.push(`@@ -${ops[k].oldNo} +${ops[k].newNo} @@`);
    out.push(`${ops[k].kind}${ops[k].line}`);
    previous = k;
  }
  return out.join('\n') + '\n';
}
