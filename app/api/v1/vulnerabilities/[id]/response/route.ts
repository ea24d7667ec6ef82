import { apiRoute, ifMatchVersion, json, readJson } from '@/lib/api/route';
import { requireActor } from '@/lib/auth/get-actor';
import { respondToVulnerability } from '@/lib/vulnerabilities/commands/respond-to-vulnerability';
import { idParamSchema } from '@/lib/validation/common';
import { parseInput } from '@/lib/validation/parse';

export const dynamic = 'force-dynamic';

/** The owning vendor's answer: `{status: confirmed|disputed|fixed, fixedInVersion?, response}`. */
export const POST = apiRoute<{ id: string }>(async (request, { params }) => {
  const { id } = parseInput(idParamSchema, await params);
  const actor = await requireActor();
  const vulnerability = await respondToVulnerability(actor, id, await readJson(request), ifMatchVersion(request));
  return json(vulnerability, { headers: { etag: `"${vulnerability.version}"` } });
});
