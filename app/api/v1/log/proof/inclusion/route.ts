import { apiRoute, json, queryOf } from '@/lib/api/route';
import { getInclusionProof } from '@/lib/transparency-log/read-log';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(async (request) => json(await getInclusionProof(queryOf(request))));
