import { createHash } from 'node:crypto';
import { pipeline, Transform, type Readable } from 'node:stream';
import { assertSha256Hex } from './sha256-hex';

/** A blob's bytes do not hash to its key: the stored copy is damaged. */
export class BlobIntegrityError extends Error {
  constructor(
    readonly sha256: string,
    readonly actualSha256: string,
    readonly size: number,
  ) {
    super(`Blob ${sha256} is damaged: its ${size} bytes hash to ${actualSha256}`);
    this.name = 'BlobIntegrityError';
  }
}

export function isBlobIntegrityError(error: unknown): error is BlobIntegrityError {
  return error instanceof BlobIntegrityError;
}

/**
 * Pipes `source` through a SHA-256 check against `sha256`. Every chunk is passed on one chunk
 * late: the last one is released only once the whole digest matches, otherwise the stream errors
 * with `BlobIntegrityError` instead, so a reader never gets a complete body that fails its key.
 * Destroying the returned stream destroys `source`. For `BlobStore` implementations.
 */
export function verifyingStream(source: Readable, sha256: string): Readable {
  assertSha256Hex(sha256);
  const hash = createHash('sha256');
  let held: Buffer | undefined;
  let size = 0;
  const verifier = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      hash.update(chunk);
      size += chunk.length;
      const previous = held;
      held = chunk;
      callback(null, previous);
    },
    flush(callback) {
      const actual = hash.digest('hex');
      if (actual !== sha256) {
        held = undefined;
        callback(new BlobIntegrityError(sha256, actual, size));
        return;
      }
      callback(null, held);
    },
  });
  // The callback only keeps pipeline from reporting the error twice; readers see it on `verifier`.
  return pipeline(source, verifier, () => undefined);
}
