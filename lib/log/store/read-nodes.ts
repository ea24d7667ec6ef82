import 'server-only';
import type { Executor } from '@/db/client';
import { selectLogNodes } from '@/db/queries/log';
import type { ReadNodes } from '@/lib/log/build-proof';
import { nodeKey } from '@/lib/log/node-coords';

/** A batch node reader over the log_nodes table: one query per proof. */
export function nodeReader(db: Executor): ReadNodes {
  return async (coords) => {
    const rows = await selectLogNodes(db, coords);
    return new Map(rows.map((r) => [nodeKey({ level: r.level, index: r.index }), new Uint8Array(r.hash)]));
  };
}
