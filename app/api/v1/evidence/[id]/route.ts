import { apiRoute, json } from '@/lib/api/route';
import { requireActor } from '@/lib/auth/get-actor';
import { getEvidence } from '@/lib/evidence/read-evidence';
import { parseInput } from '@/lib/validation/parse';
import { idParamSchema } from '@/lib/validation/common';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export const GET = apiRoute<{ id: string }>(async (_request, { params }) => {
  const { id } = parseInput(idParamSchema, await params);
  return json(await getEvidence(await requireActor(), id));
});
