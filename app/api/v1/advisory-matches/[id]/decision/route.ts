import { endpoint } from '@/lib/api/endpoint';
import { ifMatchOf, json, readJson } from '@/lib/api/route';
import { decideAdvisoryMatch as contract } from '@/lib/api/contracts/monitoring';
import { decideMatch } from '@/lib/matching/commands/decide-match';

export const dynamic = 'force-dynamic';

export const POST = endpoint(contract, async ({ request, actor, params: { id } }) => {
  const match = await decideMatch(actor, id, await readJson(request), { ifMatch: ifMatchOf(request) });
  return json(match, { headers: { etag: `"${match.version}"` } });
});
