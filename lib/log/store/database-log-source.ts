import 'server-only';
import { getDb } from '@/lib/db';
import * as q from '@/db/queries/log';
import type { LogSource } from '@/lib/log/log-source';
import { toHex } from '@/lib/log/bytes';
import { buildConsistencyProof } from '@/lib/log/build-proof';
import { getLatestCheckpoint, getVerifierKey } from '@/lib/services/transparency-log';
import { nodeReader } from './read-nodes';

/**
 * Reads the log straight from the database, every entry text included: what an operator of the
 * portal runs to check that nobody changed rows behind the application's back.
 */
export function databaseLogSource(): LogSource {
  return {
    getCheckpoint: async () => (await getLatestCheckpoint()).note,
    getVerifierKey: async () => getVerifierKey(),
    getEntries: async (start, end) => {
      const rows = await q.selectLogEntries(await getDb(), start, end);
      return rows.map((r) => ({ index: r.index, leafHash: toHex(r.leafHash), entry: r.entry }));
    },
    getStoredCheckpoints: async () =>
      (await q.selectCheckpointSizes(await getDb())).map((r) => ({ size: r.size, rootHash: toHex(r.rootHash) })),
    getConsistencyProof: async (from, to) => {
      const p = await buildConsistencyProof(from, to, nodeReader(await getDb()));
      return { from, to, fromRoot: toHex(p.fromRoot), toRoot: toHex(p.toRoot), proof: p.proof.map(toHex) };
    },
  };
}
