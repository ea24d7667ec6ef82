import 'server-only';
import { sql } from 'drizzle-orm';
import { rowsOf } from '@/db/client';
import { getDb } from '@/lib/db';
import * as q from '@/db/queries/log';
import type { LogSource } from '@/lib/log/log-source';
import { toHex } from '@/lib/log/bytes';
import { buildConsistencyProof } from '@/lib/log/build-proof';
import { getLatestCheckpoint, getVerifierKey } from '@/lib/transparency-log/read-log';
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
      // A raw query with hex done by PostgreSQL: this path reads every entry of the log.
      const rows = rowsOf<{ idx: string | number; leaf_hash: string; entry: string }>(
        await (await getDb()).execute(
          sql`select idx, encode(leaf_hash, 'hex') as leaf_hash, entry from log_entries where idx >= ${start} and idx < ${end} order by idx`,
        ),
      );
      return rows.map((r) => ({ index: Number(r.idx), leafHash: r.leaf_hash, entry: r.entry }));
    },
    getStoredCheckpoints: async () =>
      (await q.selectCheckpointSizes(await getDb())).map((r) => ({ size: r.size, rootHash: toHex(r.rootHash) })),
    getConsistencyProof: async (from, to) => {
      const p = await buildConsistencyProof(from, to, nodeReader(await getDb()));
      return { from, to, fromRoot: toHex(p.fromRoot), toRoot: toHex(p.toRoot), proof: p.proof.map(toHex) };
    },
  };
}
