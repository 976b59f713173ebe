// TypeScript's compiler API, loaded by require. In: nothing. Out: `ts`, the namespace (values and types).
// Why not `import ts from 'typescript'`: Node's ESM loader, handed a 9 MB CommonJS file, first compiles it to
// detect its module format and scans it for export names, about 450 ms on these machines, every time the CLI
// starts; require skips both (measured: 690 ms by import, 240 ms by require).
import { createRequire } from 'node:module';

// tsc compiles `import … = require` to a createRequire of its own, so it sees this one unread; esbuild (tsx,
// vitest) compiles it to a call of this one, which an ES module does not have otherwise.
// @ts-expect-error TS6133: read only by esbuild's output.
const require = createRequire(import.meta.url);
import ts = require('typescript');

export { ts };
