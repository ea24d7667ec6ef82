import 'server-only';
import { createHash, randomUUID } from 'node:crypto';
import { link, mkdir, open, readdir, rename, rm, stat, unlink, utimes, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import type { BlobCheck, BlobListing, BlobStat, BlobStore, CommitResult, TempBlob, TempListing, TempWriter } from './blob-store';
import { assertSha256Hex } from './sha256-hex';
import { verifyingStream } from './verifying-stream';

const TEMP_ID = /^[0-9a-f-]{36}\.part$/;
// A blob an orphan sweep has moved aside while it re-checks (left behind only by a crash mid-sweep),
// named with the time of the move: its file keeps the blob's old mtime, which the sweep compares.
const SWEEP_ID = /^[0-9a-f]{64}\.(\d{13})\.orphan$/;
const BLOB_NAME = /^[0-9a-f]{64}$/;
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
      // Never trust a file just because it has the right name: re-hash it.
      const existing = await hashFile(target);
      const isIntact = existing !== null && existing.sha256 === temp.sha256 && existing.size === temp.size;
      // Refreshing the age tells a concurrent orphan sweep the blob is in use again; if the sweep
      // moved it away meanwhile (ENOENT), the new bytes take its place below.
      if (isIntact && (await touch(target))) {
        await unlink(source);
        return { sha256: temp.sha256, size: temp.size, deduplicated: true };
      }
      const shardDir = path.dirname(target);
      const created = await mkdir(shardDir, { recursive: true });
      if (created) await syncNewDirectories(created, shardDir);
      // The temp file was fsynced by seal(); rename replaces a damaged blob atomically.
      await rename(source, target);
      await syncDirectory(shardDir);
      const repaired = existing !== null && !isIntact;
      return { sha256: temp.sha256, size: temp.size, deduplicated: false, ...(repaired ? { repaired: true as const } : {}) };
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
      return verifyingStream(handle.createReadStream(), sha256);
    },

    async verify(sha256): Promise<BlobCheck> {
      const found = await hashFile(blobPath(sha256));
      if (!found) return { state: 'missing' };
      if (found.sha256 === sha256) return { state: 'intact', size: found.size };
      return { state: 'damaged', size: found.size, actualSha256: found.sha256 };
    },

    async *listBlobs(): AsyncIterable<BlobListing> {
      for (const shard of await readdirOrEmpty(shardsDir)) {
        if (!/^[0-9a-f]{2}$/.test(shard)) continue;
        for (const name of await readdirOrEmpty(path.join(shardsDir, shard))) {
          if (!BLOB_NAME.test(name) || !name.startsWith(shard)) continue;
          const found = await statOrNull(path.join(shardsDir, shard, name));
          if (found?.isFile()) yield { sha256: name, size: found.size, modifiedAt: found.mtime };
        }
      }
    },

    async *listTemps(): AsyncIterable<TempListing> {
      for (const name of await readdirOrEmpty(tempDir)) {
        const movedAt = SWEEP_ID.exec(name)?.[1];
        if (!TEMP_ID.test(name) && !movedAt) continue;
        const found = await statOrNull(path.join(tempDir, name));
        if (found?.isFile()) yield { id: name, size: found.size, modifiedAt: movedAt ? new Date(Number(movedAt)) : found.mtime };
      }
    },

    async deleteTemp(id) {
      if (!TEMP_ID.test(id) && !SWEEP_ID.test(id)) throw new TypeError('Not a temp item of this store');
      await rm(path.join(tempDir, id), { force: true });
    },

    async deleteIfUnreferenced(sha256, { modifiedBefore, isReferenced }) {
      const target = blobPath(sha256);
      const isOld = (found: { mtimeMs: number }) => found.mtimeMs < modifiedBefore.getTime();
      const found = await statOrNull(target);
      if (!found || !isOld(found) || (await isReferenced())) return false;
      await mkdir(tempDir, { recursive: true });
      const aside = path.join(tempDir, `${sha256}.${Date.now()}.orphan`);
      try {
        await rename(target, aside);
      } catch (error) {
        if (isNotFound(error)) return false;
        throw error;
      }
      // From here a commit of the same bytes no longer finds them and stores its own copy; one that
      // deduplicated just before the move refreshed the age, which the moved file still shows.
      const moved = await stat(aside);
      if (!isOld(moved) || (await isReferenced())) {
        await link(aside, target).catch((error: unknown) => {
          if ((error as NodeJS.ErrnoException)?.code !== 'EEXIST') throw error;
        });
        await unlink(aside);
        return false;
      }
      await unlink(aside);
      await syncDirectory(path.dirname(target));
      return true;
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

/** SHA-256 (hex) and size of a file's bytes, read in full; null when there is no file. */
async function hashFile(file: string): Promise<{ sha256: string; size: number } | null> {
  let handle: FileHandle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of handle.createReadStream() as AsyncIterable<Buffer>) {
    hash.update(chunk);
    size += chunk.length;
  }
  return { sha256: hash.digest('hex'), size };
}

/** Sets a blob's modification time to now; false when it is gone. */
async function touch(file: string): Promise<boolean> {
  const now = new Date();
  try {
    await utimes(file, now, now);
    return true;
  } catch (error) {
    if (isNotFound(error)) return false;
    throw error;
  }
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

async function readdirOrEmpty(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).sort();
  } catch (error) {
    if (isNotFound(error)) return [];
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
