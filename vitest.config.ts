import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 180_000,
    hookTimeout: 300_000,
    // Compilers (dotnet, javac, pyright) are heavy; two cores run two test files at a time.
    maxWorkers: 2,
  },
});
