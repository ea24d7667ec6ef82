import { endpoint } from '@/lib/api/endpoint';
import { ifMatchVersion, json, readJson } from '@/lib/api/route';
import { respondToVulnerability as contract } from '@/lib/api/contracts/vulnerabilities';
import { respondToVulnerability } from '@/lib/services/vulnerabilities';

export const dynamic = 'force-dynamic';

/** The owning vendor's answer: `{status: confirmed|disputed|fixed, fixedInVersion?, response}`. */
export const POST = endpoint(contract, async ({ request, actor, params: { id } }) => {
  const vulnerability = await respondToVulnerability(actor, id, await readJson(request), ifMatchVersion(request));
  return json(vulnerability, { headers: { etag: `"${vulnerability.version}"` } });
});
