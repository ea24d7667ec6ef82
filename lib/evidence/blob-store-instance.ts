import 'server-only';
import { config } from '@/lib/config';
import type { BlobStore } from './blob-store';
import { createLocalBlobStore } from './local-blob-store';
import { recordingRepairs } from './recording-repairs';

let store: BlobStore | undefined;

/**
 * The process's evidence store. Local disk under `DATA_DIR/blobs` is the only
 * backend today; an S3-compatible one plugs in here, chosen from config, and
 * no caller changes (they only see the `BlobStore` contract). Whichever it is,
 * a damaged blob it repairs on commit is recorded as an integrity event.
 */
export function getBlobStore(): BlobStore {
  store ??= recordingRepairs(createLocalBlobStore({ root: config().dataDir }));
  return store;
}

