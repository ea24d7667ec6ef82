import { z } from 'zod';
import { apiRoute, json, queryOf } from '@/lib/api/route';
import { requireActor } from '@/lib/auth/get-actor';
import { listEligibleLabs } from '@/lib/submissions/read-eligible-labs';
import { parseInput } from '@/lib/validation/parse';

export const dynamic = 'force-dynamic';

const querySchema = z.strictObject({ productVersionId: z.uuid() });

export const GET = apiRoute(async (request) => {
  const { productVersionId } = parseInput(querySchema, queryOf(request));
  return json({ items: await listEligibleLabs(await requireActor(), productVersionId) });
});
