import { endpoint } from '@/lib/api/endpoint';
import { json } from '@/lib/api/route';
import { getCertificate as contract } from '@/lib/api/contracts/certificates';
import { getCertificate } from '@/lib/certificates/read-certificates';

export const dynamic = 'force-dynamic';

export const GET = endpoint(contract, async ({ actor, params: { id } }) => {
  const certificate = await getCertificate(actor, id);
  return json(certificate, { headers: { etag: `"${certificate.version}"` } });
});
