import { endpoint } from '@/lib/api/endpoint';
import { ifMatchOf, json, readJson } from '@/lib/api/route';
import { respondToVulnerability as contract } from '@/lib/api/contracts/vulnerabilities';
import { respondToVulnerability } from '@/lib/vulnerabilities/commands/respond-to-vulnerability';

export const dynamic = 'force-dynamic';

/** The owning vendor's answer: `{status: confirmed|disputed|fixed, fixedInVersion?, response}`. */
export const POST = endpoint(contract, async ({ request, actor, params: { id } }) => {
  const vulnerability = await respondToVulnerability(actor, id, await readJson(request), ifMatchOf(request));
  return json(vulnerability, { headers: { etag: `"${vulnerability.version}"` } });
});
