import { defineConfig } from 'vitest/config';
import path from 'node:path';

// `npm run test:faults`: a private PostgreSQL cluster (initdb and pg_ctl; skipped without them)
// that the tests end backends of, restart and crash, under the portal's database layer and route
// handlers (database-recovery) and under the real portal (database-faults: a production build,
// run `npx next build` first; skipped without one).
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
    setupFiles: ['test/helpers/setup-env.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
