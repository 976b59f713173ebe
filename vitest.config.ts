// Vitest settings for `npm test`.
// In: nothing. Out: the run's settings. Many tests spawn the CLI or a runtime; their time depends on the
// machine's load, not on what they assert, so they get a wide timeout (each test still asserts exact results).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
