import { compileFile } from './src/frontend/index.js';
import { emitSbf } from './src/backends/sbf/index.js';
const r = compileFile(process.argv[2]);
console.log(emitSbf(r.program!).listing);
