import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

// Each test file gets its own data directory (log key, blobs) so runs never see each other.
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'trustledger-test-'));
process.env.DATA_DIR = dataDir;
delete process.env.DATABASE_URL;
process.env.NEXTAUTH_URL ??= 'http://localhost:3000';

afterAll(() => {
  fs.rmSync(dataDir, { recursive: true, force: true });
});
