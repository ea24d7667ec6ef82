import { endpoint } from '@/lib/api/endpoint';
import { json } from '@/lib/api/route';
import { listCertificates as contract } from '@/lib/api/contracts/certificates';
import { listCertificates } from '@/lib/certificates/read-certificates';

export const dynamic = 'force-dynamic';

/** Certificates for regulators (all) and vendors (own): `?view=all|expiring|review`. */
export const GET = endpoint(contract, async ({ actor, rawQuery }) => json(await listCertificates(actor, rawQuery)));
