import { createHash, randomBytes } from 'node:crypto';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { pipeline } from 'node:stream/promises';
import { beforeEach, describe, expect, it } from 'vitest';
import type { BlobStore } from '@/lib/evidence/blob-store';
import { createLocalBlobStore } from '@/lib/evidence/local-blob-store';
import { listFiles, useTempRoot } from './temp-root';

const root = useTempRoot('blob-store');
let store: BlobStore;
let storeRoot: string;
let counter = 0;

beforeEach(() => {
  storeRoot = path.join(root.path, `store-${++counter}`);
  store = createLocalBlobStore({ root: storeRoot });
});

const sha256Of = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const tempFiles = () => listFiles(path.join(storeRoot, 'blobs', 'tmp'));
const blobFiles = () => listFiles(path.join(storeRoot, 'blobs', 'sha256'));

async function writeTemp(bytes: Buffer) {
  const writer = await store.createTempWriter();
  await pipeline(Readable.from([bytes]), writer.stream);
  return writer.seal({ sha256: sha256Of(bytes), size: bytes.length });
}

describe('createLocalBlobStore', () => {
  it('commits a temp file to <root>/blobs/sha256/<2 hex>/<sha256>, read-only, and serves it back', async () => {
    const bytes = randomBytes(100_000);
    const sha256 = sha256Of(bytes);

    const temp = await writeTemp(bytes);
    expect(await store.exists(sha256)).toBe(false);
    const result = await store.commit(temp);

    expect(result).toEqual({ sha256, size: bytes.length, deduplicated: false });
    expect(await blobFiles()).toEqual([path.join(sha256.slice(0, 2), sha256)]);
    expect(await tempFiles()).toEqual([]);
    const file = await stat(path.join(storeRoot, 'blobs', 'sha256', sha256.slice(0, 2), sha256));
    expect(file.mode & 0o777).toBe(0o440);
    expect(await store.stat(sha256)).toEqual({ size: bytes.length });
    expect(await store.exists(sha256)).toBe(true);
    const stream = await store.openReadStream(sha256);
    expect(Buffer.compare(await buffer(stream!), bytes)).toBe(0);
  });

  it('stores identical content once and reports the second commit as deduplicated', async () => {
    const bytes = randomBytes(4096);
    const first = await store.commit(await writeTemp(bytes));
    const blobPath = path.join(storeRoot, 'blobs', 'sha256', first.sha256.slice(0, 2), first.sha256);
    const inodeBefore = (await stat(blobPath)).ino;

    const second = await store.commit(await writeTemp(bytes));

    expect(second).toEqual({ sha256: first.sha256, size: bytes.length, deduplicated: true });
    expect(await blobFiles()).toHaveLength(1);
    expect(await tempFiles()).toEqual([]);
    expect((await stat(blobPath)).ino).toBe(inodeBefore);
  });

  it('lets racing commits of the same content both succeed with one blob', async () => {
    const bytes = randomBytes(50_000);
    const temps = await Promise.all([writeTemp(bytes), writeTemp(bytes), writeTemp(bytes)]);

    const results = await Promise.all(temps.map((temp) => store.commit(temp)));

    expect(results.every((result) => result.sha256 === sha256Of(bytes))).toBe(true);
    expect(await blobFiles()).toHaveLength(1);
    expect(await tempFiles()).toEqual([]);
  });

  it('keeps temp bytes invisible until commit, readable through openTempReadStream', async () => {
    const bytes = Buffer.from('{"bomFormat":"CycloneDX"}');
    const temp = await writeTemp(bytes);

    expect(await store.exists(temp.sha256)).toBe(false);
    expect(await store.openReadStream(temp.sha256)).toBeNull();
    expect((await buffer(await store.openTempReadStream(temp))).toString()).toBe(bytes.toString());
    expect(await tempFiles()).toHaveLength(1);
  });

  it('discards a sealed temp blob, idempotently, leaving nothing behind', async () => {
    const temp = await writeTemp(randomBytes(1000));

    await store.discard(temp);
    await store.discard(temp);

    expect(await tempFiles()).toEqual([]);
    expect(await blobFiles()).toEqual([]);
    await expect(store.commit(temp)).rejects.toThrow();
  });

  it('aborts an unfinished writer and removes its partial file', async () => {
    const writer = await store.createTempWriter();
    writer.stream.write(randomBytes(1000));
    expect(await tempFiles()).toHaveLength(1);

    await writer.abort();
    await writer.abort();

    expect(await tempFiles()).toEqual([]);
  });

  it('refuses to seal when the counted size differs from the bytes on disk', async () => {
    const bytes = randomBytes(1000);
    const writer = await store.createTempWriter();
    await pipeline(Readable.from([bytes]), writer.stream);

    await expect(writer.seal({ sha256: sha256Of(bytes), size: 999 })).rejects.toThrow(/1000 bytes/);
    await writer.abort();
    expect(await tempFiles()).toEqual([]);
  });

  it('answers null / false for a blob that does not exist and deletes idempotently', async () => {
    const missing = sha256Of(Buffer.from('missing'));
    expect(await store.stat(missing)).toBeNull();
    expect(await store.exists(missing)).toBe(false);
    expect(await store.openReadStream(missing)).toBeNull();

    const { sha256 } = await store.commit(await writeTemp(Buffer.from('to delete')));
    await store.delete(sha256);
    await store.delete(sha256);
    expect(await store.exists(sha256)).toBe(false);
  });

  it.each(['../../etc/passwd', 'A'.repeat(64), 'a'.repeat(63), `${'a'.repeat(64)}/x`, ''])(
    'rejects the key %j instead of touching the filesystem',
    async (key) => {
      await expect(store.stat(key)).rejects.toThrow(TypeError);
      await expect(store.openReadStream(key)).rejects.toThrow(TypeError);
      await expect(store.delete(key)).rejects.toThrow(TypeError);
    },
  );

  it('rejects a forged temp handle that points outside its temp directory', async () => {
    const sha256 = sha256Of(Buffer.from('x'));
    await expect(store.commit({ sha256, size: 1, id: '../../../etc/passwd' })).rejects.toThrow(TypeError);
    await expect(store.discard({ sha256, size: 1, id: '../x.part' })).rejects.toThrow(TypeError);
  });
});
