import { z } from 'zod';
import { apiRoute, ifMatchOf, json, readJson } from '@/lib/api/route';
import { requireActor } from '@/lib/auth/get-actor';
import { performCertificateAction } from '@/lib/certificates/commands/certificate-action';
import { certificateActionParamSchema } from '@/lib/validation/certificates';
import { parseInput } from '@/lib/validation/parse';

export const dynamic = 'force-dynamic';

const paramsSchema = z.object({ id: z.uuid('Not a valid id'), action: certificateActionParamSchema });

/** suspend, reinstate, revoke or clear-review, with `{reason}` and an optional `If-Match`. */
export const POST = apiRoute<{ id: string; action: string }>(async (request, { params }) => {
  const { id, action } = parseInput(paramsSchema, await params);
  const actor = await requireActor();
  const certificate = await performCertificateAction(actor, id, action, await readJson(request), ifMatchOf(request));
  return json(certificate, { headers: { etag: `"${certificate.version}"` } });
});
