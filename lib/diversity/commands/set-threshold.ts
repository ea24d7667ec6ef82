import 'server-only';
import * as q from '@/db/queries/diversity';
import type { Actor } from '@/lib/authz/actor';
import type { NetworkSegment } from '@/lib/catalogue/network-segments';
import { conflict } from '@/lib/errors';
import type { IfMatch } from '@/lib/http/if-match';
import { defineCommand } from '@/lib/kernel/command';
import { runCommand } from '@/lib/kernel/run-command';
import { parseInput } from '@/lib/validation/parse';
import { setThresholdSchema, thresholdParamsSchema } from '@/lib/validation/diversity';
import type { ThresholdDto } from '../diversity-dto';
import { diversityPolicyDenial, seesDiversityPolicy } from '../diversity-rules';

/**
 * A regulator sets one segment's concentration thresholds: the share a single vendor may hold
 * (percent, two decimals) and the HHI; strictly over either flags the segment and each of its
 * network functions. Vendors and labs 404 (they see no diversity data), operators 403. `If-Match`:
 * the threshold's version ("0" while the defaults apply), 412 when stale. Logs
 * `diversity.threshold_set` (subject `concentration_threshold:<segment>`, with the previous values
 * and the reason; readable by regulators).
 */
const setThresholdCommand = defineCommand({
  name: 'diversity.set_threshold',
  subject: 'Segment',
  input: setThresholdSchema,
  load: async (tx, key: { segment: NetworkSegment }) => ({ row: await q.lockThreshold(tx, key.segment) }),
  isVisible: (actor) => seesDiversityPolicy(actor),
  authorize: ({ actor }) => diversityPolicyDenial(actor),
  entityTag: (target) => String(target.row?.version ?? 0),
  async apply({ tx, actor, key, input, target, now }) {
    const shareBasisPoints = Math.round(input.sharePercent * 100);
    const row = await q.upsertThreshold(
      tx,
      { segment: key.segment, shareBasisPoints, hhi: input.hhi, reason: input.reason, updatedBy: actor.userId, updatedAt: now },
      target.row?.version ?? 0,
    );
    if (!row) throw conflict('Another regulator changed this threshold at the same time; reload and retry.', 'changed');
    const previous = target.row ? { shareBasisPoints: target.row.shareBasisPoints, hhi: target.row.hhi } : null;
    return {
      result: row,
      entries: [
        {
          type: 'diversity.threshold_set',
          subject: { kind: 'concentration_threshold', id: key.segment },
          data: { segment: key.segment, shareBasisPoints, hhi: input.hhi, previous, reason: input.reason },
        },
      ],
    };
  },
  readBack: async (_actor, row, appended): Promise<ThresholdDto> => ({
    segment: row.segment,
    shareBasisPoints: row.shareBasisPoints,
    hhi: row.hhi,
    isDefault: false,
    logIndex: appended[0].index,
  }),
});

/** Fires the threshold command for `segment` (validated: 400 for anything but ran, transport, core). */
export async function setConcentrationThreshold(actor: Actor, segment: unknown, input: unknown, ifMatch?: IfMatch): Promise<ThresholdDto> {
  const key = parseInput(thresholdParamsSchema, { segment });
  return runCommand(setThresholdCommand, actor, key, input, { ifMatch });
}
