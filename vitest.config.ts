import { defineConfig } from 'vitest/config';
import SlowestFirst from './test/sequencer.js';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 180_000,
    hookTimeout: 300_000,
    // Compilers (dotnet, javac, pyright) are heavy; two cores run two test files at a time.
    maxWorkers: 2,
    // Slowest files first (test/sequencer.ts), so that both cores stay busy to the end.
    sequence: { sequencer: SlowestFirst },
    // A worker keeps the modules it imported from one test file to the next (no test mocks a
    // module or changes the environment): re-importing the generator for each of ~90 files cost
    // over a minute of the suite's CPU.
    isolate: false,
  },
});
