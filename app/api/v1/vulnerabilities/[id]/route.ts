import { apiRoute, json } from '@/lib/api/route';
import { requireActor } from '@/lib/auth/get-actor';
import { getVulnerability } from '@/lib/vulnerabilities/read-vulnerabilities';
import { idParamSchema } from '@/lib/validation/common';
import { parseInput } from '@/lib/validation/parse';

export const dynamic = 'force-dynamic';

export const GET = apiRoute<{ id: string }>(async (_request, { params }) => {
  const { id } = parseInput(idParamSchema, await params);
  const vulnerability = await getVulnerability(await requireActor(), id);
  return json(vulnerability, { headers: { etag: `"${vulnerability.version}"` } });
});
