import { defineConfig } from 'vitest/config';
import path from 'node:path';

// `npm run test:faults`: the real portal (a production build: run `npx next build` first) on a
// private PostgreSQL cluster that the tests crash and restart (needs initdb; skipped without it).
export default defineConfig({
  resolve: {
    alias: {
      '@': import.meta.dirname,
      'server-only': path.join(import.meta.dirname, 'test/helpers/server-only-stub.ts'),
    },
  },
  test: {
    include: ['test/faults/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
