import { apiRoute, json } from '@/lib/api/route';
import { getRegistryCertificate } from '@/lib/registry/read-registry-certificate';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

/** One certificate of the public registry with its evaluation summary, SBOM digests and logged history. */
export const GET = apiRoute<{ id: string }>(async (_request, { params }) =>
  json(await getRegistryCertificate((await params).id), { headers: { 'cache-control': 'public, max-age=30' } }),
);
