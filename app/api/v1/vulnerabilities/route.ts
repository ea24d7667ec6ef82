import { endpoint } from '@/lib/api/endpoint';
import { json, readJson } from '@/lib/api/route';
import { listVulnerabilities as listContract, reportVulnerability as reportContract } from '@/lib/api/contracts/vulnerabilities';
import { listVulnerabilities } from '@/lib/vulnerabilities/read-vulnerabilities';
import { reportVulnerability } from '@/lib/vulnerabilities/commands/report-vulnerability';

export const dynamic = 'force-dynamic';

export const GET = endpoint(listContract, async ({ actor, rawQuery }) => json(await listVulnerabilities(actor, rawQuery)));

export const POST = endpoint(reportContract, async ({ request, actor }) => {
  const vulnerability = await reportVulnerability(actor, await readJson(request));
  return json(vulnerability, { status: 201, headers: { etag: `"${vulnerability.version}"`, location: `/api/v1/vulnerabilities/${vulnerability.id}` } });
});
