import 'server-only';
import { randomUUID } from 'node:crypto';
import { mkdir, open, rename, rm, stat, unlink, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import type { BlobStat, BlobStore, CommitResult, TempBlob, TempWriter } from './blob-store';
import { assertSha256Hex } from './sha256-hex';

const TEMP_ID = /^[0-9a-f-]{36}\.part$/;
const BLOB_MODE = 0o440;
const WRITE_HIGH_WATER_MARK = 1024 * 1024;

/**
 * A `BlobStore` on local disk. Blobs live at
 * `<root>/blobs/sha256/<first 2 hex>/<sha256>`, temp files in
 * `<root>/blobs/tmp/`, on the same filesystem so a commit is one rename.
 * Blob files are made read-only (0440) when sealed.
 */
export function createLocalBlobStore(options: { root: string }): BlobStore {
  const blobsDir = path.resolve(options.root, 'blobs');
  const tempDir = path.join(blobsDir, 'tmp');
  const shardsDir = path.join(blobsDir, 'sha256');

  const blobPath = (sha256: string) => {
    assertSha256Hex(sha256);
    return path.join(shardsDir, sha256.slice(0, 2), sha256);
  };
  const tempPath = (temp: TempBlob) => {
    if (!TEMP_ID.test(temp.id)) throw new TypeError('Not a temp blob of this store');
    assertSha256Hex(temp.sha256);
    return path.join(tempDir, temp.id);
  };

  return {
    async createTempWriter() {
      await mkdir(tempDir, { recursive: true });
      const id = `${randomUUID()}.part`;
      const file = path.join(tempDir, id);
      const handle = await open(file, 'wx', 0o600);
      return createTempFileWriter(id, file, handle);
    },

    async openTempReadStream(temp) {
      const handle = await open(tempPath(temp), 'r');
      return handle.createReadStream();
    },

    async commit(temp): Promise<CommitResult> {
      const source = tempPath(temp);
      const target = blobPath(temp.sha256);
      const existing = await statOrNull(target);
      // Same key and same size means same bytes (SHA-256); a size mismatch can
      // only be damage, so the freshly verified bytes replace it.
      if (existing?.size === temp.size) {
        await unlink(source);
        return { sha256: temp.sha256, size: temp.size, deduplicated: true };
      }
      const shardDir = path.dirname(target);
      const created = await mkdir(shardDir, { recursive: true });
      if (created) await syncNewDirectories(created, shardDir);
      await rename(source, target);
      await syncDirectory(shardDir);
      return { sha256: temp.sha256, size: temp.size, deduplicated: false };
    },

    async discard(temp) {
      await rm(tempPath(temp), { force: true });
    },

    async stat(sha256): Promise<BlobStat | null> {
      const found = await statOrNull(blobPath(sha256));
      return found ? { size: found.size } : null;
    },

    async exists(sha256) {
      return (await statOrNull(blobPath(sha256))) !== null;
    },

    async openReadStream(sha256): Promise<Readable | null> {
      let handle: FileHandle;
      try {
        handle = await open(blobPath(sha256), 'r');
      } catch (error) {
        if (isNotFound(error)) return null;
        throw error;
      }
      return handle.createReadStream();
    },

    async delete(sha256) {
      await rm(blobPath(sha256), { force: true });
    },
  };
}

function createTempFileWriter(id: string, file: string, handle: FileHandle): TempWriter {
  // autoClose is off so the descriptor outlives the stream: seal() still has
  // to fsync it. The stream holds a reference on the handle until it closes,
  // and handle.close() waits for that, so the stream is released first.
  const stream = handle.createWriteStream({ autoClose: false, highWaterMark: WRITE_HIGH_WATER_MARK });
  const release = async () => {
    if (!stream.closed) {
      stream.on('error', () => undefined);
      const closed = new Promise<void>((resolve) => stream.once('close', () => resolve()));
      stream.destroy();
      await closed;
    }
    await handle.close();
  };

  return {
    stream,
    async seal({ sha256, size }) {
      assertSha256Hex(sha256);
      if (!stream.writableFinished) throw new Error('seal() called before the temp stream finished');
      const written = await handle.stat();
      if (written.size !== size) {
        throw new Error(`Temp file holds ${written.size} bytes but ${size} were counted`);
      }
      await handle.chmod(BLOB_MODE);
      await handle.sync();
      await release();
      return { sha256, size, id };
    },
    async abort() {
      await release().catch(() => undefined);
      await rm(file, { force: true }).catch(() => undefined);
    },
  };
}

async function syncNewDirectories(topmostCreated: string, deepest: string): Promise<void> {
  for (let dir = deepest; ; dir = path.dirname(dir)) {
    await syncDirectory(path.dirname(dir));
    if (dir === topmostCreated || dir === path.dirname(dir)) return;
  }
}

async function syncDirectory(dir: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch (error) {
    // Some platforms (Windows) cannot open or fsync a directory; the rename
    // itself is still atomic there, only its durability on power loss is weaker.
    if (!isUnsupportedDirectorySync(error)) throw error;
  } finally {
    await handle?.close();
  }
}

async function statOrNull(file: string) {
  try {
    return await stat(file);
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
}

function isNotFound(error: unknown): boolean {
  return (error as NodeJS.ErrnoException)?.code === 'ENOENT';
}

function isUnsupportedDirectorySync(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException)?.code;
  return code === 'EISDIR' || code === 'EPERM' || code === 'EINVAL';
}
