import { apiRoute, json, readJson } from '@/lib/api/route';
import { requireActor } from '@/lib/auth/get-actor';
import { createProductVersion } from '@/lib/products/commands/create-product-version';
import { parseInput } from '@/lib/validation/parse';
import { idParamSchema } from '@/lib/validation/common';

export const dynamic = 'force-dynamic';

export const POST = apiRoute<{ id: string }>(async (request, { params }) => {
  const { id } = parseInput(idParamSchema, await params);
  const actor = await requireActor();
  return json(await createProductVersion(actor, id, await readJson(request)), { status: 201 });
});
