import { apiRoute, json, queryOf, readJson } from '@/lib/api/route';
import { requireActor } from '@/lib/auth/get-actor';
import { listVulnerabilities } from '@/lib/vulnerabilities/read-vulnerabilities';
import { reportVulnerability } from '@/lib/vulnerabilities/commands/report-vulnerability';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(async (request) => json(await listVulnerabilities(await requireActor(), queryOf(request))));

export const POST = apiRoute(async (request) => {
  const actor = await requireActor();
  const vulnerability = await reportVulnerability(actor, await readJson(request));
  return json(vulnerability, { status: 201, headers: { etag: `"${vulnerability.version}"`, location: `/api/v1/vulnerabilities/${vulnerability.id}` } });
});
