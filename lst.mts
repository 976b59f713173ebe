import { compileFile } from './src/frontend/index.js';
import { emitSbf } from './src/backends/sbf/index.js';
import { formatDiagnostic } from './src/diagnostics/format.js';
const r = compileFile(process.argv[2]);
for (const d of r.diagnostics.slice(0, 15)) console.log(formatDiagnostic(d));
if (r.program) { const o = emitSbf(r.program); console.log('ok', o.elf.length, o.listing.split('\n')[0]); }
