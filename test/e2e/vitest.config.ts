import { defineConfig } from 'vitest/config';

// The Chromium suite: slow-ish and needs /usr/bin/chromium and a built extension (npm run test:e2e).
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
