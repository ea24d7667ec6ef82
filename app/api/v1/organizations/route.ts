import { apiRoute, json, queryOf, readJson } from '@/lib/api/route';
import { requireActor } from '@/lib/auth/get-actor';
import { createOrganization } from '@/lib/organizations/commands/create-organization';
import { listOrganizations } from '@/lib/organizations/read-organizations';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(async (request) => json(await listOrganizations(await requireActor(), queryOf(request))));

export const POST = apiRoute(async (request) => {
  const actor = await requireActor();
  return json(await createOrganization(actor, await readJson(request)), { status: 201 });
});
