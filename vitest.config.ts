import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup.ts'],
    // The package and CLI tests spawn npm and ESLint; give them room.
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
