import 'server-only';
import { createHash, type Hash } from 'node:crypto';
import { pipeline } from 'node:stream/promises';
import type { BlobStore, TempBlob } from './blob-store';
import { EvidenceError } from './errors';
import { SNIFF_BYTES, sniffMediaType, type SniffedMediaType } from './sniff-media-type';

export type UploadBody = ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>;

export type ReceiveUploadOptions = {
  store: BlobStore;
  /** Largest accepted body; one byte more answers 413 without reading further. */
  maxBytes: number;
  /** SHA-256 the client promised (from `Content-Digest`); a mismatch answers 422. */
  expectedSha256?: Buffer;
  /**
   * Size the client announced (`Content-Length`). Larger than `maxBytes`
   * answers 413 before reading anything; a body of another size answers 400,
   * which catches bodies silently truncated on the way in.
   */
  expectedSize?: number;
  /** Aborts the upload, e.g. `request.signal` when the client goes away. */
  signal?: AbortSignal;
};

export type ReceivedUpload = {
  sha256: string;
  size: number;
  mediaType: SniffedMediaType;
  /** Hand to `store.commit` once the database write succeeded, or `store.discard` if it failed. */
  temp: TempBlob;
};

/**
 * Streams an upload body (`request.body`, which is null for an empty request)
 * into a temp blob of `store`, hashing and counting as it goes; never holds
 * more than one chunk plus the sink's buffer in memory, and reads no faster
 * than the store writes.
 *
 * Refusals, all `EvidenceError`s: `upload_too_large` (413) as soon as the
 * count passes `maxBytes`; `empty_upload` (400: there is nothing to
 * validate, so it is bad input rather than bad content); `upload_incomplete`
 * (400) when `expectedSize` disagrees; `digest_mismatch` (422);
 * `upload_aborted` (400) when the body errors or `signal` fires. A failing
 * store rethrows its own error (a server fault, 500). On every failure the
 * temp data is removed before this rejects; on success nothing is visible
 * until the caller commits.
 */
export async function receiveUpload(
  body: UploadBody | null,
  options: ReceiveUploadOptions,
): Promise<ReceivedUpload> {
  const { store, maxBytes, expectedSha256, expectedSize, signal } = options;
  if (!Number.isSafeInteger(maxBytes) || maxBytes <= 0) throw new TypeError('maxBytes must be a positive integer');
  if (expectedSha256 && expectedSha256.length !== 32) throw new TypeError('expectedSha256 must be 32 bytes');
  if (expectedSize !== undefined && expectedSize > maxBytes) throw tooLarge(maxBytes);
  if (signal?.aborted) throw aborted(signal.reason);
  if (body === null) throw emptyUpload();

  const meter = createMeter(maxBytes);
  const writer = await store.createTempWriter();
  try {
    await pipeline(meter.run(iterateBody(body, signal)), writer.stream, signal ? { signal } : {});
    if (meter.size === 0) throw emptyUpload();
    if (expectedSize !== undefined && meter.size !== expectedSize) {
      throw new EvidenceError(
        'upload_incomplete',
        `Received ${meter.size} bytes but ${expectedSize} were announced; nothing was stored.`,
      );
    }
    const digest = meter.hash.digest();
    if (expectedSha256 && !digest.equals(expectedSha256)) {
      throw new EvidenceError(
        'digest_mismatch',
        `Content-Digest sha-256 is ${expectedSha256.toString('base64')} but the received bytes hash to ` +
          `${digest.toString('base64')}; nothing was stored.`,
      );
    }
    const sha256 = digest.toString('hex');
    const temp = await writer.seal({ sha256, size: meter.size });
    return { sha256, size: meter.size, mediaType: sniffMediaType(meter.head()), temp };
  } catch (error) {
    await writer.abort();
    if (error instanceof EvidenceError) throw error;
    if (signal?.aborted) throw aborted(signal.reason);
    throw error;
  }
}

type Meter = {
  readonly hash: Hash;
  readonly size: number;
  head(): Uint8Array;
  run(source: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array>;
};

function createMeter(maxBytes: number): Meter {
  const hash = createHash('sha256');
  const head = new Uint8Array(SNIFF_BYTES);
  let headLength = 0;
  let size = 0;

  async function* run(source: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
    const iterator = source[Symbol.asyncIterator]();
    try {
      for (;;) {
        let next: IteratorResult<Uint8Array>;
        try {
          next = await iterator.next();
        } catch (error) {
          throw aborted(error);
        }
        if (next.done) return;
        const chunk = next.value;
        if (!(chunk instanceof Uint8Array)) throw new TypeError('Upload body chunks must be Uint8Array');
        if (chunk.byteLength === 0) continue;
        if (size + chunk.byteLength > maxBytes) throw tooLarge(maxBytes);
        size += chunk.byteLength;
        hash.update(chunk);
        if (headLength < SNIFF_BYTES) {
          const take = chunk.subarray(0, SNIFF_BYTES - headLength);
          head.set(take, headLength);
          headLength += take.byteLength;
        }
        yield chunk;
      }
    } finally {
      // Stops a generator or web stream we will not read to the end, so a
      // refused upload is not drained (or buffered) any further.
      await Promise.resolve(iterator.return?.()).catch(() => undefined);
    }
  }

  return {
    hash,
    get size() {
      return size;
    },
    head: () => head.subarray(0, headLength),
    run,
  };
}

/** The chunks of a request body (a web stream or any async iterable); cancels the stream when `signal` fires or the reader stops early. */
export async function* iterateBody(body: UploadBody, signal: AbortSignal | undefined): AsyncGenerator<Uint8Array> {
  if (!isReadableStream(body)) {
    yield* body;
    return;
  }
  const reader = body.getReader();
  const cancel = () => void reader.cancel(signal?.reason).catch(() => undefined);
  signal?.addEventListener('abort', cancel, { once: true });
  let isDone = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) {
        isDone = true;
        return;
      }
      yield value;
    }
  } finally {
    signal?.removeEventListener('abort', cancel);
    if (!isDone) await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}

function isReadableStream(body: UploadBody): body is ReadableStream<Uint8Array> {
  return typeof (body as ReadableStream<Uint8Array>).getReader === 'function';
}

function emptyUpload(): EvidenceError {
  return new EvidenceError('empty_upload', 'The request body is empty.');
}

function tooLarge(maxBytes: number): EvidenceError {
  return new EvidenceError('upload_too_large', `The upload exceeds the limit of ${maxBytes} bytes.`);
}

function aborted(cause: unknown): EvidenceError {
  return new EvidenceError('upload_aborted', 'The upload was interrupted before it completed; nothing was stored.', {
    cause,
  });
}
