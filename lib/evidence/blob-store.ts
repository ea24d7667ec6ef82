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
  /** True when a blob with this digest already existed and the new bytes were dropped. */
  readonly deduplicated: boolean;
};

export type BlobStat = { readonly size: number };

/**
 * Content-addressed, write-once storage for evidence bytes, keyed by the
 * lowercase hex SHA-256 of the content.
 *
 * Contract every implementation keeps, so callers never change when the
 * backend does (local disk today, an S3-compatible bucket later):
 * - A blob becomes visible under its key only by `commit`, all at once: a
 *   reader sees either nothing or the complete bytes, never a prefix.
 *   (Disk: fsync then rename on one filesystem. S3: multipart upload to a
 *   `tmp/` key, then a copy to `sha256/<key>`, conditional on absence.)
 * - Committing bytes whose key already exists succeeds and keeps the existing
 *   blob (`deduplicated: true`), so the same file uploaded twice is stored once.
 * - Blobs are immutable. Nothing but `delete` removes one, and `delete` is for
 *   tests and operator cleanup only: because of deduplication, one blob may
 *   back many evidence rows.
 * - Temp data is invisible to `stat`/`exists`/`openReadStream`. After `commit`
 *   or `discard` the `TempBlob` is spent.
 * - Keys are validated: anything but 64 lowercase hex digits is a `TypeError`.
 * - No method exposes paths or URLs; callers only ever see keys and streams.
 */
export type BlobStore = {
  /** Starts a new temp upload. */
  createTempWriter(): Promise<TempWriter>;
  /** Streams sealed temp bytes, e.g. to parse an SBOM before deciding to keep it. */
  openTempReadStream(temp: TempBlob): Promise<Readable>;
  /** Makes sealed temp bytes the blob under `temp.sha256`, atomically; deduplicates. */
  commit(temp: TempBlob): Promise<CommitResult>;
  /** Drops sealed temp bytes that will not be kept (e.g. the database write failed). Idempotent. */
  discard(temp: TempBlob): Promise<void>;
  /** The blob's size, or null when there is no blob under `sha256`. */
  stat(sha256: string): Promise<BlobStat | null>;
  /** Whether a blob exists under `sha256`. */
  exists(sha256: string): Promise<boolean>;
  /** A stream of the blob's bytes, or null when there is no blob under `sha256`. */
  openReadStream(sha256: string): Promise<Readable | null>;
  /** Removes a blob; idempotent. Tests and operator cleanup only (see the contract). */
  delete(sha256: string): Promise<void>;
};
