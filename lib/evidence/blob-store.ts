import type { Readable, Writable } from 'node:stream';

/**
 * Bytes written by a `TempWriter` and sealed, not yet visible under their key.
 * Opaque to callers: pass it back to the store that made it, within the same
 * process, and do not persist it.
 */
export type TempBlob = {
  readonly sha256: string;
  readonly size: number;
  readonly id: string;
};

/** Receives one upload's bytes before anyone knows whether they will be kept. */
export type TempWriter = {
  /**
   * Sink for the bytes. Write through `stream.pipeline` (or honour `write()`'s
   * return value) so a slow disk or network slows the sender down.
   */
  readonly stream: Writable;
  /**
   * Called once after `stream` has finished: makes the written bytes durable
   * and returns the handle for `commit`/`discard`. `sha256` and `size` are what
   * the caller measured while writing; the store checks the size it holds
   * against it but does not re-hash.
   */
  seal(measured: { sha256: string; size: number }): Promise<TempBlob>;
  /** Drops whatever was written. Idempotent; safe after any failure, never throws. */
  abort(): Promise<void>;
};

export type CommitResult = {
  readonly sha256: string;
  readonly size: number;
  /** True when an intact blob with this digest already existed and the new bytes were dropped. */
  readonly deduplicated: boolean;
  /** Present (true) when a damaged blob under this key was found and replaced by the new bytes. */
  readonly repaired?: true;
};

export type BlobStat = { readonly size: number };

/** What re-reading a whole blob found. `damaged`: the bytes do not hash to the key. */
export type BlobCheck =
  | { readonly state: 'missing' }
  | { readonly state: 'intact'; readonly size: number }
  | { readonly state: 'damaged'; readonly size: number; readonly actualSha256: string };

/** A stored blob as listed, for integrity checks and orphan sweeps. */
export type BlobListing = { readonly sha256: string; readonly size: number; readonly modifiedAt: Date };

/** Leftover temp data (an upload that never sealed or committed), as listed for sweeps. */
export type TempListing = { readonly id: string; readonly size: number; readonly modifiedAt: Date };

/**
 * Content-addressed, write-once storage for evidence bytes, keyed by the
 * lowercase hex SHA-256 of the content.
 *
 * Contract every implementation keeps, so callers never change when the
 * backend does (local disk today, an S3-compatible bucket later); the suite in
 * test/unit/evidence/blob-store-contract.ts checks it and every implementation
 * runs it:
 * - A blob becomes visible under its key only by `commit`, all at once: a
 *   reader sees either nothing or the complete bytes, never a prefix.
 *   (Disk: fsync then rename on one filesystem, fsync of the directory. S3:
 *   multipart upload to a `tmp/` key, then a copy to `sha256/<key>`.)
 * - The store never trusts bytes it did not just verify:
 *   - `commit` of a key that already exists re-reads and re-hashes the
 *     existing blob. Intact: it is kept (`deduplicated: true`, and its
 *     `modifiedAt` is refreshed so an orphan sweep cannot remove it under an
 *     upload that is about to reference it). Damaged (wrong hash or size):
 *     the new, verified bytes replace it atomically (`repaired: true`).
 *     (S3: GET and hash the object; never trust its ETag, which is not a
 *     SHA-256 for multipart objects and says nothing about bit rot.)
 *   - `openReadStream` hashes while it streams and holds back the final chunk
 *     until the digest is known: bytes that do not hash to the key make the
 *     stream error with `BlobIntegrityError` before the last chunk, so no
 *     reader ever receives a complete body that does not match its key.
 *   - `verify` re-reads a whole blob and says whether it is intact.
 * - Blobs are immutable. Only `delete` (tests, operator cleanup) and
 *   `deleteIfUnreferenced` (orphan sweeps) remove one: because of
 *   deduplication, one blob may back many evidence rows.
 * - Temp data is invisible to `stat`/`exists`/`openReadStream`/`listBlobs`.
 *   After `commit` or `discard` the `TempBlob` is spent.
 * - Keys are validated: anything but 64 lowercase hex digits is a `TypeError`.
 * - No method exposes paths or URLs; callers only ever see keys and streams.
 */
export type BlobStore = {
  /** Starts a new temp upload. */
  createTempWriter(): Promise<TempWriter>;
  /** Streams sealed temp bytes, e.g. to parse an SBOM before deciding to keep it. */
  openTempReadStream(temp: TempBlob): Promise<Readable>;
  /**
   * Makes sealed temp bytes the blob under `temp.sha256`, atomically; keeps an
   * existing blob only after re-hashing it, replaces it when damaged.
   */
  commit(temp: TempBlob): Promise<CommitResult>;
  /** Drops sealed temp bytes that will not be kept (e.g. the database write failed). Idempotent. */
  discard(temp: TempBlob): Promise<void>;
  /** The blob's size, or null when there is no blob under `sha256`. Says nothing about its integrity. */
  stat(sha256: string): Promise<BlobStat | null>;
  /** Whether a blob exists under `sha256`. Says nothing about its integrity. */
  exists(sha256: string): Promise<boolean>;
  /**
   * A verifying stream of the blob's bytes (see the contract: a mismatch
   * errors it with `BlobIntegrityError` before the last chunk), or null when
   * there is no blob under `sha256`.
   */
  openReadStream(sha256: string): Promise<Readable | null>;
  /** Re-reads the whole blob under `sha256` and reports whether it is missing, intact or damaged. */
  verify(sha256: string): Promise<BlobCheck>;
  /** Every committed blob, in no particular order; temp data is not listed. */
  listBlobs(): AsyncIterable<BlobListing>;
  /** Every leftover temp item (unsealed or uncommitted uploads, interrupted sweeps). */
  listTemps(): AsyncIterable<TempListing>;
  /** Removes one listed temp item; idempotent. For sweeps: an upload still writing to it fails. */
  deleteTemp(id: string): Promise<void>;
  /**
   * Removes the blob under `sha256` only if it was last committed before
   * `modifiedBefore` and `isReferenced()` says no, both checked again once
   * the blob can no longer be deduplicated against, so an upload committing
   * the same bytes at the same moment keeps its blob. True when removed.
   * (Disk: rename into the temp area, re-check, unlink or link back. S3: copy
   * to a `trash/` key, delete, re-check, conditional copy back.)
   */
  deleteIfUnreferenced(
    sha256: string,
    options: { modifiedBefore: Date; isReferenced: () => Promise<boolean> },
  ): Promise<boolean>;
  /** Removes a blob; idempotent. Tests and operator cleanup only (see the contract). */
  delete(sha256: string): Promise<void>;
};
