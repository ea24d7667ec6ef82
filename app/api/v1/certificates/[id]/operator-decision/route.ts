import { endpoint } from '@/lib/api/endpoint';
import { ifMatchOf, json, readJson } from '@/lib/api/route';
import { listOperatorDecisions, recordOperatorDecision as contract } from '@/lib/api/contracts/operators';
import { getOperatorDecisions } from '@/lib/operator-decisions/read-operator-decisions';
import { recordOperatorDecision } from '@/lib/operator-decisions/commands/record-decision';

export const dynamic = 'force-dynamic';

/** Operators: their organisation's decision on this certificate (0 or 1 item); regulators: every operator's. */
export const GET = endpoint(listOperatorDecisions, async ({ actor, params: { id } }) => json(await getOperatorDecisions(actor, { certificateId: id })));

/** `{decision: "accept"|"reject", rationale}`; `If-Match` is the decision's version ("0" before the first). */
export const POST = endpoint(contract, async ({ request, actor, params: { id } }) => {
  const ifVersion = ifMatchOf(request);
  const decision = await recordOperatorDecision(actor, id, await readJson(request), ifVersion);
  return json(decision, { headers: { etag: `"${decision.version}"` } });
});
