// Vitest settings for the tarball quick start (tests/tarball/quickstart.e2e.ts), run by .ci/run apart from
// `npm test`: it needs the npm registry. Its steps build on each other, so they run in order in one file.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: import.meta.dirname,
    include: ['*.e2e.ts'],
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
