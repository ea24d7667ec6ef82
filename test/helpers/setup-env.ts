import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// Each test file gets its own data directory (log key, blobs) so runs never see each other.
if (!process.env.TEST_KEEP_DATA_DIR) {
  process.env.DATA_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'trustledger-test-'));
}
delete process.env.DATABASE_URL;
process.env.NEXTAUTH_URL ??= 'http://localhost:3000';
