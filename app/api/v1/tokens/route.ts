import { apiRoute, json, readJson } from '@/lib/api/route';
import { requireActor } from '@/lib/auth/get-actor';
import { createApiToken } from '@/lib/api-tokens/commands/create-api-token';
import { listApiTokens } from '@/lib/api-tokens/read-api-tokens';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(async () => json({ items: await listApiTokens(await requireActor()), nextCursor: null }));

export const POST = apiRoute(async (request) => {
  const actor = await requireActor();
  return json(await createApiToken(actor, await readJson(request)), { status: 201 });
});
