import { chmod, open, truncate, unlink, utimes } from 'node:fs/promises';
import path from 'node:path';
import { createLocalBlobStore } from '@/lib/evidence/local-blob-store';
import { describeBlobStoreContract } from './blob-store-contract';
import { useTempRoot } from './temp-root';

const root = useTempRoot('blob-store-contract');
let counter = 0;

describeBlobStoreContract('local disk', () => {
  const storeRoot = path.join(root.path, `store-${++counter}`);
  const blobFile = (sha256: string) => path.join(storeRoot, 'blobs', 'sha256', sha256.slice(0, 2), sha256);
  // Blob files are read-only (0440); damage, like a failing disk, ignores that.
  const writable = async (file: string, change: () => Promise<void>) => {
    await chmod(file, 0o640);
    await change();
    await chmod(file, 0o440);
  };
  const ago = (ageMs: number) => new Date(Date.now() - ageMs);
  return {
    create: async () => createLocalBlobStore({ root: storeRoot }),
    flipByte: (sha256, offset) =>
      writable(blobFile(sha256), async () => {
        const handle = await open(blobFile(sha256), 'r+');
        try {
          const byte = Buffer.alloc(1);
          await handle.read(byte, 0, 1, offset);
          byte[0] ^= 0xff;
          await handle.write(byte, 0, 1, offset);
        } finally {
          await handle.close();
        }
      }),
    truncate: (sha256, size) => writable(blobFile(sha256), () => truncate(blobFile(sha256), size)),
    remove: (sha256) => unlink(blobFile(sha256)),
    ageBlob: (sha256, ageMs) => utimes(blobFile(sha256), ago(ageMs), ago(ageMs)),
  };
});
