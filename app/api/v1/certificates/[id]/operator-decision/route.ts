import { apiRoute, ifMatchVersion, json, readJson } from '@/lib/api/route';
import { requireActor } from '@/lib/auth/get-actor';
import { getOperatorDecisions } from '@/lib/operator-decisions/read-operator-decisions';
import { recordOperatorDecision } from '@/lib/operator-decisions/commands/record-decision';
import { parseInput } from '@/lib/validation/parse';
import { idParamSchema } from '@/lib/validation/common';

export const dynamic = 'force-dynamic';

/** Operators: their organisation's decision on this certificate (0 or 1 item); regulators: every operator's. */
export const GET = apiRoute<{ id: string }>(async (_request, { params }) => {
  const { id } = parseInput(idParamSchema, await params);
  return json(await getOperatorDecisions(await requireActor(), { certificateId: id }));
});

/** `{decision: "accept"|"reject", rationale}`; `If-Match` is the decision's version ("0" before the first). */
export const POST = apiRoute<{ id: string }>(async (request, { params }) => {
  const { id } = parseInput(idParamSchema, await params);
  const actor = await requireActor();
  const ifVersion = ifMatchVersion(request);
  const decision = await recordOperatorDecision(actor, id, await readJson(request), ifVersion);
  return json(decision, { headers: { etag: `"${decision.version}"` } });
});
