import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/{unit,db,contract,electron,cli,browser}/**/*.test.{ts,tsx}', 'test/documents/**/*.test.ts'],
    globalSetup: ['test/runtimeGuard.ts'],
    pool: 'forks',
    testTimeout: 20_000,
  },
});
