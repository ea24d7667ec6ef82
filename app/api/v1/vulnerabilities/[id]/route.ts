import { endpoint } from '@/lib/api/endpoint';
import { json } from '@/lib/api/route';
import { getVulnerability as contract } from '@/lib/api/contracts/vulnerabilities';
import { getVulnerability } from '@/lib/vulnerabilities/read-vulnerabilities';

export const dynamic = 'force-dynamic';

export const GET = endpoint(contract, async ({ actor, params: { id } }) => {
  const vulnerability = await getVulnerability(actor, id);
  return json(vulnerability, { headers: { etag: `"${vulnerability.version}"` } });
});
