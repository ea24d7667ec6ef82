import { apiRoute, json } from '@/lib/api/route';
import { requireActor } from '@/lib/auth/get-actor';
import { getOrganization } from '@/lib/organizations/read-organizations';
import { parseInput } from '@/lib/validation/parse';
import { idParamSchema } from '@/lib/validation/common';

export const dynamic = 'force-dynamic';

export const GET = apiRoute<{ id: string }>(async (_request, { params }) => {
  const { id } = parseInput(idParamSchema, await params);
  return json(await getOrganization(await requireActor(), id));
});
