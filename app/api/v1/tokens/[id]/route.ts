import { apiRoute } from '@/lib/api/route';
import { requireActor } from '@/lib/auth/get-actor';
import { revokeApiToken } from '@/lib/api-tokens/commands/revoke-api-token';
import { parseInput } from '@/lib/validation/parse';
import { idParamSchema } from '@/lib/validation/common';

export const dynamic = 'force-dynamic';

export const DELETE = apiRoute<{ id: string }>(async (_request, { params }) => {
  const { id } = parseInput(idParamSchema, await params);
  await revokeApiToken(await requireActor(), id);
  return new Response(null, { status: 204 });
});
