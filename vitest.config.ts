// Unit and integration tests (real Postgres + Meilisearch, started once by the global setup).
// This config never loads the Remix Vite plugin.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    globalSetup: ['tests/setup/global.ts'],
    // Three forks on two cores: files spend much of their time waiting on Postgres and
    // Meilisearch, so a third fork keeps the cores busy. `isolate: false` was faster still
    // but left workers running after the summary.
    pool: 'forks',
    poolOptions: { forks: { maxForks: 3 } },
    // A dozen integration files import route modules; without pre-bundling, each file pays
    // ~0.5 s to load Mantine's many small modules (suite 68.8 s -> 45–51 s with both).
    deps: { optimizer: { ssr: { enabled: true, include: ['@mantine/core', '@mantine/hooks'] } } },
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
