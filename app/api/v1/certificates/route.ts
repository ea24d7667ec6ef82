import { apiRoute, json, queryOf } from '@/lib/api/route';
import { requireActor } from '@/lib/auth/get-actor';
import { listCertificates } from '@/lib/certificates/read-certificates';

export const dynamic = 'force-dynamic';

/** Certificates for regulators (all) and vendors (own): `?view=all|expiring|review`. */
export const GET = apiRoute(async (request) => json(await listCertificates(await requireActor(), queryOf(request))));
