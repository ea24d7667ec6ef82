import { endpoint } from '@/lib/api/endpoint';
import { json } from '@/lib/api/route';
import { getRegistryCertificate as contract } from '@/lib/api/contracts/registry';
import { getRegistryCertificate } from '@/lib/registry/read-registry-certificate';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

/** One certificate of the public registry with its evaluation summary, SBOM digests and logged history. */
export const GET = endpoint(contract, async ({ params: { id } }) =>
  json(await getRegistryCertificate(id), { headers: { 'cache-control': 'public, max-age=30' } }),
);
