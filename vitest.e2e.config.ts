// Browser journeys: the real app (`npm start`'s `node --import tsx server/main.ts` on the embedded
// default, in a throw-away DATA_DIR) driven by Playwright in Debian's Chromium.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 240_000,
  },
});
