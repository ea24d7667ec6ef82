import { z } from 'zod';
import { apiRoute, json } from '@/lib/api/route';
import { requireActor } from '@/lib/auth/get-actor';
import { getApprovedComponent } from '@/lib/approved-components/read-approved-components';
import { parseInput } from '@/lib/validation/parse';

export const dynamic = 'force-dynamic';

const paramsSchema = z.object({ certificateId: z.uuid('Not a valid id') });

/** One approved component with evidence, results, SBOM components, vulnerabilities and decisions. */
export const GET = apiRoute<{ certificateId: string }>(async (_request, { params }) => {
  const { certificateId } = parseInput(paramsSchema, await params);
  return json(await getApprovedComponent(await requireActor(), certificateId));
});
