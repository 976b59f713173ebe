// Source maps from Anchor's error locations back to the DSL: built from a program (build.ts), written
// and read as `target/sourcemap/<program>.json` (file.ts, which documents the format), and applied to
// logs and test output (annotate.ts).
export { createSourceMap, type DslOrigin, type SourceMap } from './build.js';
export { readSourceMap, sourceMapJson, sourceMapPath, SOURCE_MAP_VERSION, type SourceMapRead } from './file.js';
export { annotateAnchorErrors, findOrigin, formatOrigin, originInLogs } from './annotate.js';
