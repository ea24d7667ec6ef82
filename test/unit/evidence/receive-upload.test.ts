import { createHash, randomBytes } from 'node:crypto';
import path from 'node:path';
import { Writable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { beforeEach, describe, expect, it } from 'vitest';
import type { BlobStore, TempWriter } from '@/lib/evidence/blob-store';
import { EvidenceError } from '@/lib/evidence/errors';
import { createLocalBlobStore } from '@/lib/evidence/local-blob-store';
import { receiveUpload } from '@/lib/evidence/receive-upload';
import { listFiles, useTempRoot } from './temp-root';

const KiB = 1024;
const MiB = 1024 * KiB;

const root = useTempRoot('receive-upload');
let store: BlobStore;
let storeRoot: string;
let counter = 0;

beforeEach(() => {
  storeRoot = path.join(root.path, `store-${++counter}`);
  store = createLocalBlobStore({ root: storeRoot });
});

const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest();
const tempFiles = () => listFiles(path.join(storeRoot, 'blobs', 'tmp'));
const blobFiles = () => listFiles(path.join(storeRoot, 'blobs', 'sha256'));

async function* chunksOf(bytes: Buffer, chunkSize: number): AsyncGenerator<Uint8Array> {
  for (let offset = 0; offset < bytes.length; offset += chunkSize) {
    yield new Uint8Array(bytes.subarray(offset, offset + chunkSize));
  }
}

function webStreamOf(bytes: Buffer, chunkSize: number): ReadableStream<Uint8Array> {
  let offset = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(new Uint8Array(bytes.subarray(offset, offset + chunkSize)));
      offset += chunkSize;
    },
  });
}

async function rejectionOf(promise: Promise<unknown>): Promise<EvidenceError> {
  const error = await promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(EvidenceError);
  return error as EvidenceError;
}

/** A body with leading zero so no magic number matches by chance. */
function randomBody(size: number): Buffer {
  const bytes = randomBytes(size);
  bytes[0] = 0;
  return bytes;
}

describe('receiveUpload', () => {
  it('streams a multi-megabyte body in chunks and reports its SHA-256, size and media type', async () => {
    const body = randomBody(8 * MiB + 12_345);

    const received = await receiveUpload(chunksOf(body, 64 * KiB), { store, maxBytes: 16 * MiB });

    expect(received.sha256).toBe(sha256Of(body).toString('hex'));
    expect(received.size).toBe(body.length);
    expect(received.mediaType).toBe('application/octet-stream');
    expect(await store.exists(received.sha256)).toBe(false);

    await store.commit(received.temp);
    const stored = await buffer((await store.openReadStream(received.sha256))!);
    expect(sha256Of(stored).equals(sha256Of(body))).toBe(true);
    expect(await tempFiles()).toEqual([]);
  });

  it('reads a web ReadableStream (a Request body) and accepts a matching Content-Digest', async () => {
    const body = randomBody(3 * MiB);

    const received = await receiveUpload(webStreamOf(body, 16 * KiB), {
      store,
      maxBytes: 3 * MiB,
      expectedSha256: sha256Of(body),
      expectedSize: body.length,
    });

    expect(received.sha256).toBe(sha256Of(body).toString('hex'));
    expect(received.size).toBe(3 * MiB);
  });

  it('refuses a digest mismatch with 422 and leaves no temp file and no blob', async () => {
    const body = randomBody(2 * MiB);

    const error = await rejectionOf(
      receiveUpload(chunksOf(body, 64 * KiB), {
        store,
        maxBytes: 4 * MiB,
        expectedSha256: sha256Of(Buffer.from('something else')),
      }),
    );

    expect(error.code).toBe('digest_mismatch');
    expect(error.status).toBe(422);
    expect(await tempFiles()).toEqual([]);
    expect(await blobFiles()).toEqual([]);
    expect(await store.exists(sha256Of(body).toString('hex'))).toBe(false);
  });

  it('stops reading as soon as the body passes maxBytes and answers 413', async () => {
    const chunkSize = 64 * KiB;
    let pulls = 0;
    let isSourceClosed = false;
    async function* endless(): AsyncGenerator<Uint8Array> {
      try {
        for (;;) {
          pulls++;
          yield new Uint8Array(chunkSize);
        }
      } finally {
        isSourceClosed = true;
      }
    }

    const error = await rejectionOf(receiveUpload(endless(), { store, maxBytes: 1 * MiB }));

    expect(error.code).toBe('upload_too_large');
    expect(error.status).toBe(413);
    // 16 chunks fill the limit exactly; the 17th is the one that crosses it.
    expect(pulls).toBe(17);
    expect(isSourceClosed).toBe(true);
    expect(await tempFiles()).toEqual([]);
  });

  it('cancels a web stream body that passes maxBytes', async () => {
    let cancelReason: unknown = 'not cancelled';
    const endless = new ReadableStream<Uint8Array>({
      pull: (controller) => controller.enqueue(new Uint8Array(64 * KiB)),
      cancel: (reason) => {
        cancelReason = reason;
      },
    });

    const error = await rejectionOf(receiveUpload(endless, { store, maxBytes: 256 * KiB }));

    expect(error.code).toBe('upload_too_large');
    expect(cancelReason).not.toBe('not cancelled');
    expect(await tempFiles()).toEqual([]);
  });

  it('refuses an announced size over maxBytes without reading the body', async () => {
    let pulls = 0;
    async function* body(): AsyncGenerator<Uint8Array> {
      pulls++;
      yield new Uint8Array(1);
    }

    const error = await rejectionOf(receiveUpload(body(), { store, maxBytes: 1000, expectedSize: 1001 }));

    expect(error.code).toBe('upload_too_large');
    expect(pulls).toBe(0);
    expect(await tempFiles()).toEqual([]);
  });

  it('refuses a body shorter than announced, as a proxy that truncates would produce', async () => {
    const body = randomBody(100 * KiB);

    const error = await rejectionOf(
      receiveUpload(chunksOf(body, 16 * KiB), { store, maxBytes: MiB, expectedSize: 200 * KiB }),
    );

    expect(error.code).toBe('upload_incomplete');
    expect(error.status).toBe(400);
    expect(await tempFiles()).toEqual([]);
  });

  it('removes the temp file when the body fails midway (client went away)', async () => {
    const failure = new Error('socket hang up');
    async function* brokenBody(): AsyncGenerator<Uint8Array> {
      yield new Uint8Array(256 * KiB);
      yield new Uint8Array(256 * KiB);
      throw failure;
    }

    const error = await rejectionOf(receiveUpload(brokenBody(), { store, maxBytes: 4 * MiB }));

    expect(error.code).toBe('upload_aborted');
    expect(error.cause).toBe(failure);
    expect(await tempFiles()).toEqual([]);
    expect(await blobFiles()).toEqual([]);
  });

  it('stops and cleans up when the abort signal fires while the body is still arriving', async () => {
    const controller = new AbortController();
    let isCancelled = false;
    let sent = 0;
    const slowBody = new ReadableStream<Uint8Array>({
      async pull(stream) {
        if (sent === 4) controller.abort(new Error('client disconnected'));
        if (sent >= 4) return new Promise(() => undefined);
        sent++;
        stream.enqueue(new Uint8Array(64 * KiB));
      },
      cancel() {
        isCancelled = true;
      },
    });

    const error = await rejectionOf(receiveUpload(slowBody, { store, maxBytes: 4 * MiB, signal: controller.signal }));

    expect(error.code).toBe('upload_aborted');
    expect(isCancelled).toBe(true);
    expect(await tempFiles()).toEqual([]);
  });

  it('refuses an already aborted signal before creating anything', async () => {
    const controller = new AbortController();
    controller.abort();

    const error = await rejectionOf(
      receiveUpload(chunksOf(Buffer.from('x'), 1), { store, maxBytes: 10, signal: controller.signal }),
    );

    expect(error.code).toBe('upload_aborted');
    expect(await tempFiles()).toEqual([]);
  });

  it.each([
    ['no chunks', []],
    ['only empty chunks', [new Uint8Array(0), new Uint8Array(0)]],
  ])('refuses an empty body (%s) with 400 and leaves nothing', async (_label, chunks) => {
    const error = await rejectionOf(receiveUpload((async function* () { yield* chunks; })(), { store, maxBytes: 10 }));

    expect(error.code).toBe('empty_upload');
    expect(error.status).toBe(400);
    expect(await tempFiles()).toEqual([]);
  });

  it('refuses a null body (what Request.body is without content) before creating anything', async () => {
    const error = await rejectionOf(receiveUpload(null, { store, maxBytes: 10 }));

    expect(error.code).toBe('empty_upload');
    expect(await listFiles(path.join(storeRoot, 'blobs'))).toEqual([]);
  });

  it('lets the caller discard a received upload when its database write fails', async () => {
    const received = await receiveUpload(chunksOf(randomBody(10_000), 1000), { store, maxBytes: MiB });
    expect(await tempFiles()).toHaveLength(1);

    await store.discard(received.temp);

    expect(await tempFiles()).toEqual([]);
    expect(await store.exists(received.sha256)).toBe(false);
  });

  it.each([
    ['a JSON object', '\uFEFF \n {"bomFormat":"CycloneDX"}', 'application/json'],
    ['a PDF', '%PDF-1.7\n...', 'application/pdf'],
    ['a ZIP', 'PK\u0003\u0004rest', 'application/zip'],
    ['gzip', '\u001f\u008b\u0008rest', 'application/gzip'],
    ['a JSON array', '[1,2,3]', 'application/octet-stream'],
    ['plain text', 'hello', 'application/octet-stream'],
  ])('sniffs %s from the first bytes, even split over chunks', async (_label, text, mediaType) => {
    const bytes = Buffer.from(text, text.startsWith('\u001f') ? 'latin1' : 'utf8');

    const received = await receiveUpload(chunksOf(bytes, 1), { store, maxBytes: MiB });

    expect(received.mediaType).toBe(mediaType);
    await store.discard(received.temp);
  });

  it('reads no faster than the store writes (backpressure)', async () => {
    const chunkSize = 16 * KiB;
    const chunkCount = 64;
    let pulled = 0;
    let written = 0;
    let maxAhead = 0;
    async function* body(): AsyncGenerator<Uint8Array> {
      for (let i = 0; i < chunkCount; i++) {
        pulled += chunkSize;
        maxAhead = Math.max(maxAhead, pulled - written);
        yield new Uint8Array(chunkSize);
      }
    }
    const slowStore = fakeStore(
      new Writable({
        highWaterMark: chunkSize,
        write(chunk: Buffer, _encoding, callback) {
          setTimeout(() => {
            written += chunk.length;
            callback();
          }, 1);
        },
      }),
    );

    const received = await receiveUpload(body(), { store: slowStore, maxBytes: 10 * MiB });

    expect(received.size).toBe(chunkSize * chunkCount);
    expect(maxAhead).toBeLessThanOrEqual(3 * chunkSize);
  });

  it('passes a storage failure through unchanged (a server error, not the client\u2019s) and aborts the temp', async () => {
    const diskFull = Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    let isAborted = false;
    const failingStore = fakeStore(
      new Writable({
        write(_chunk, _encoding, callback) {
          callback(diskFull);
        },
      }),
      () => {
        isAborted = true;
      },
    );

    await expect(
      receiveUpload(chunksOf(randomBody(100_000), 10_000), { store: failingStore, maxBytes: MiB }),
    ).rejects.toBe(diskFull);
    expect(isAborted).toBe(true);
  });
});

function fakeStore(stream: Writable, onAbort: () => void = () => undefined): BlobStore {
  const writer: TempWriter = {
    stream,
    seal: async ({ sha256, size }) => ({ sha256, size, id: 'fake' }),
    abort: async () => onAbort(),
  };
  const unused = () => Promise.reject(new Error('not used in this test'));
  return {
    createTempWriter: async () => writer,
    openTempReadStream: unused,
    commit: unused,
    discard: unused,
    stat: unused,
    exists: unused,
    openReadStream: unused,
    verify: unused,
    listBlobs: () => {
      throw new Error('not used in this test');
    },
    listTemps: () => {
      throw new Error('not used in this test');
    },
    deleteTemp: unused,
    deleteIfUnreferenced: unused,
    delete: unused,
  };
}
