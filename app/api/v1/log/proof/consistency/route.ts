import { apiRoute, json, queryOf } from '@/lib/api/route';
import { getConsistencyProof } from '@/lib/transparency-log/read-log';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(async (request) => json(await getConsistencyProof(queryOf(request))));
