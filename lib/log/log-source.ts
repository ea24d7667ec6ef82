/** One row of `GET /api/v1/log/entries`: `leafHash` lowercase hex, `entry` the canonical text or null when private. */
export type LogSourceEntry = { index: number; leafHash: string; entry: string | null };

/** A checkpoint the log published earlier: tree size and root hash (lowercase hex). */
export type PublishedCheckpoint = { size: number; rootHash: string };

/** The body of `GET /api/v1/log/proof/consistency` (hashes lowercase hex). */
export type ConsistencyProofResponse = { from: number; to: number; fromRoot: string; toRoot: string; proof: string[] };

/** Where the verifier reads a log from: the public HTTP endpoints, a database, or a fake in tests. */
export type LogSource = {
  /** The latest signed checkpoint note. */
  getCheckpoint(): Promise<string>;
  /** The C2SP verifier key line. */
  getVerifierKey(): Promise<string>;
  /** Entries with start ≤ index < end, in index order; the verifier never asks for more than 1000. */
  getEntries(start: number, end: number): Promise<LogSourceEntry[]>;
  /** Every checkpoint the log has stored, if the source can list them. */
  getStoredCheckpoints?(): Promise<PublishedCheckpoint[]>;
  getConsistencyProof(from: number, to: number): Promise<ConsistencyProofResponse>;
};
