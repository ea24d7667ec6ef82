import { createHash, randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { pipeline } from 'node:stream/promises';
import { beforeEach, describe, expect, it } from 'vitest';
import type { BlobStore } from '@/lib/evidence/blob-store';
import { BlobIntegrityError } from '@/lib/evidence/verifying-stream';

/**
 * What a backend must offer the contract suite beyond the `BlobStore` itself: ways to do to its
 * storage what bit rot, a bad disk or an operator would (the store's own API never damages).
 */
export type BlobStoreHarness = {
  /** A fresh, empty store. */
  create(): Promise<BlobStore>;
  /** Inverts one byte of the stored blob at `offset`. */
  flipByte(sha256: string, offset: number): Promise<void>;
  /** Cuts the stored blob to `size` bytes. */
  truncate(sha256: string, size: number): Promise<void>;
  /** Removes the stored blob behind the store's back. */
  remove(sha256: string): Promise<void>;
  /** Makes the blob look committed `ageMs` ago. */
  ageBlob(sha256: string, ageMs: number): Promise<void>;
};

const sha256Of = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const DAY = 24 * 60 * 60_000;

/** Reads a stream to its end or error; what arrived, and the error if any. */
async function drain(stream: Readable): Promise<{ received: Buffer; error: unknown }> {
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return { received: Buffer.concat(chunks), error: undefined };
  } catch (error) {
    return { received: Buffer.concat(chunks), error };
  }
}

/** The BlobStore contract (lib/evidence/blob-store.ts), run by every implementation against its own harness. */
export function describeBlobStoreContract(name: string, harness: () => BlobStoreHarness): void {
  describe(`BlobStore contract: ${name}`, () => {
    let store: BlobStore;
    let h: BlobStoreHarness;
    beforeEach(async () => {
      h = harness();
      store = await h.create();
    });

    async function put(bytes: Buffer) {
      const writer = await store.createTempWriter();
      await pipeline(Readable.from([bytes]), writer.stream);
      const temp = await writer.seal({ sha256: sha256Of(bytes), size: bytes.length });
      return store.commit(temp);
    }
    const listed = async () => {
      const blobs = [];
      for await (const blob of store.listBlobs()) blobs.push(blob);
      return blobs;
    };
    const temps = async () => {
      const found = [];
      for await (const temp of store.listTemps()) found.push(temp);
      return found;
    };

    it('serves committed bytes back through a stream that verifies them, and verify() calls them intact', async () => {
      const bytes = randomBytes(300_000);
      const { sha256 } = await put(bytes);
      expect(Buffer.compare(await buffer((await store.openReadStream(sha256))!), bytes)).toBe(0);
      expect(await store.verify(sha256)).toEqual({ state: 'intact', size: bytes.length });
    });

    it('errors the read stream of a blob with a flipped byte before its last chunk, and verify() calls it damaged', async () => {
      const bytes = randomBytes(1024 * 1024);
      const { sha256 } = await put(bytes);
      await h.flipByte(sha256, 10);

      const { received, error } = await drain((await store.openReadStream(sha256))!);

      expect(error).toBeInstanceOf(BlobIntegrityError);
      expect(received.length).toBeLessThan(bytes.length);
      const check = await store.verify(sha256);
      expect(check).toMatchObject({ state: 'damaged', size: bytes.length });
      expect(check.state === 'damaged' && check.actualSha256).not.toBe(sha256);
    });

    it('errors the read stream of a small damaged blob before it sends anything', async () => {
      const bytes = Buffer.from('a design document of a few bytes');
      const { sha256 } = await put(bytes);
      await h.flipByte(sha256, bytes.length - 1);

      const { received, error } = await drain((await store.openReadStream(sha256))!);

      expect(error).toBeInstanceOf(BlobIntegrityError);
      expect(received.length).toBe(0);
    });

    it('treats a truncated blob as damaged', async () => {
      const bytes = randomBytes(200_000);
      const { sha256 } = await put(bytes);
      await h.truncate(sha256, 100_000);

      const { received, error } = await drain((await store.openReadStream(sha256))!);

      expect(error).toBeInstanceOf(BlobIntegrityError);
      expect(received.length).toBeLessThan(100_000);
      expect(await store.verify(sha256)).toMatchObject({ state: 'damaged', size: 100_000 });
    });

    it('reports a blob removed behind its back as missing', async () => {
      const { sha256 } = await put(randomBytes(1000));
      await h.remove(sha256);
      expect(await store.verify(sha256)).toEqual({ state: 'missing' });
      expect(await store.openReadStream(sha256)).toBeNull();
    });

    it('keeps an intact existing blob on a second commit of the same bytes and refreshes its age', async () => {
      const bytes = randomBytes(5000);
      const { sha256 } = await put(bytes);
      await h.ageBlob(sha256, 2 * DAY);

      const second = await put(bytes);

      expect(second).toEqual({ sha256, size: bytes.length, deduplicated: true });
      const [blob] = await listed();
      expect(Date.now() - blob.modifiedAt.getTime()).toBeLessThan(DAY);
    });

    it('replaces a damaged existing blob when the same bytes are committed again', async () => {
      const bytes = randomBytes(100_000);
      const { sha256 } = await put(bytes);
      await h.flipByte(sha256, 50_000);

      const again = await put(bytes);

      expect(again).toEqual({ sha256, size: bytes.length, deduplicated: false, repaired: true });
      expect(await store.verify(sha256)).toEqual({ state: 'intact', size: bytes.length });
      expect(Buffer.compare(await buffer((await store.openReadStream(sha256))!), bytes)).toBe(0);
      expect(await temps()).toEqual([]);
    });

    it('replaces a truncated existing blob too', async () => {
      const bytes = randomBytes(100_000);
      const { sha256 } = await put(bytes);
      await h.truncate(sha256, 10);

      expect(await put(bytes)).toMatchObject({ deduplicated: false, repaired: true });
      expect(await store.verify(sha256)).toEqual({ state: 'intact', size: bytes.length });
    });

    it('lists committed blobs but not temp data, and temp data but not blobs', async () => {
      const { sha256 } = await put(randomBytes(100));
      const writer = await store.createTempWriter();
      writer.stream.write(randomBytes(10));

      expect((await listed()).map((b) => b.sha256)).toEqual([sha256]);
      const [temp] = await temps();
      expect(temp).toBeDefined();
      expect(await listed()).toHaveLength(1);

      await writer.abort();
      expect(await temps()).toEqual([]);
    });

    it('deletes a listed temp item, idempotently', async () => {
      const writer = await store.createTempWriter();
      await pipeline(Readable.from([randomBytes(10)]), writer.stream);
      const [temp] = await temps();

      await store.deleteTemp(temp.id);
      await store.deleteTemp(temp.id);

      expect(await temps()).toEqual([]);
      await writer.abort();
    });

    it('deletes an old unreferenced blob, but not a young one or a referenced one', async () => {
      const old = await put(randomBytes(100));
      const young = await put(randomBytes(100));
      const referenced = await put(randomBytes(100));
      await h.ageBlob(old.sha256, 2 * DAY);
      await h.ageBlob(referenced.sha256, 2 * DAY);
      const modifiedBefore = new Date(Date.now() - DAY);
      const no = async () => false;

      expect(await store.deleteIfUnreferenced(old.sha256, { modifiedBefore, isReferenced: no })).toBe(true);
      expect(await store.deleteIfUnreferenced(young.sha256, { modifiedBefore, isReferenced: no })).toBe(false);
      expect(await store.deleteIfUnreferenced(referenced.sha256, { modifiedBefore, isReferenced: async () => true })).toBe(false);

      expect((await listed()).map((b) => b.sha256).sort()).toEqual([young.sha256, referenced.sha256].sort());
      expect(await temps()).toEqual([]);
    });

    it('keeps an old blob that an upload deduplicates against while the sweep decides', async () => {
      const bytes = randomBytes(2000);
      const { sha256 } = await put(bytes);
      await h.ageBlob(sha256, 2 * DAY);
      let calls = 0;

      const removed = await store.deleteIfUnreferenced(sha256, {
        modifiedBefore: new Date(Date.now() - DAY),
        isReferenced: async () => {
          if (++calls === 1) expect(await put(bytes)).toMatchObject({ deduplicated: true });
          return false;
        },
      });

      expect(removed).toBe(false);
      expect(await store.verify(sha256)).toEqual({ state: 'intact', size: bytes.length });
      expect(await temps()).toEqual([]);
    });

    it('keeps the bytes of an upload that commits while the sweep has the old blob moved aside', async () => {
      const bytes = randomBytes(2000);
      const { sha256 } = await put(bytes);
      await h.ageBlob(sha256, 2 * DAY);
      let calls = 0;

      await store.deleteIfUnreferenced(sha256, {
        modifiedBefore: new Date(Date.now() - DAY),
        isReferenced: async () => {
          if (++calls === 2) await put(bytes);
          return false;
        },
      });

      expect(calls).toBe(2);
      expect(await store.verify(sha256)).toEqual({ state: 'intact', size: bytes.length });
      expect(await temps()).toEqual([]);
    });

    it('keeps an old blob that becomes referenced while the sweep decides', async () => {
      const { sha256 } = await put(randomBytes(2000));
      await h.ageBlob(sha256, 2 * DAY);
      let calls = 0;

      const removed = await store.deleteIfUnreferenced(sha256, {
        modifiedBefore: new Date(Date.now() - DAY),
        isReferenced: async () => ++calls > 1,
      });

      expect(removed).toBe(false);
      expect(await store.verify(sha256)).toMatchObject({ state: 'intact' });
    });

    it('rejects malformed keys and temp ids with a TypeError', async () => {
      const options = { modifiedBefore: new Date(), isReferenced: async () => false };
      for (const key of ['../../etc/passwd', 'A'.repeat(64), '']) {
        await expect(store.verify(key)).rejects.toThrow(TypeError);
        await expect(store.deleteIfUnreferenced(key, options)).rejects.toThrow(TypeError);
      }
      await expect(store.deleteTemp('../../etc/passwd')).rejects.toThrow(TypeError);
    });
  });
}
