import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';

/** A fresh directory under the OS temp dir for one test file, removed afterwards. */
export function useTempRoot(prefix: string): { readonly path: string } {
  const root = { path: '' };
  beforeAll(async () => {
    root.path = await mkdtemp(path.join(os.tmpdir(), `trustledger-${prefix}-`));
  });
  afterAll(async () => {
    await rm(root.path, { recursive: true, force: true });
  });
  return root;
}

/** Every file below `dir` (relative paths), or [] when it does not exist. */
export async function listFiles(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true });
    return entries
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}
