import { apiRoute, json } from '@/lib/api/route';
import { requireActor } from '@/lib/auth/get-actor';
import { getCertificate } from '@/lib/certificates/read-certificates';
import { idParamSchema } from '@/lib/validation/common';
import { parseInput } from '@/lib/validation/parse';

export const dynamic = 'force-dynamic';

export const GET = apiRoute<{ id: string }>(async (_request, { params }) => {
  const { id } = parseInput(idParamSchema, await params);
  const certificate = await getCertificate(await requireActor(), id);
  return json(certificate, { headers: { etag: `"${certificate.version}"` } });
});
