import { apiRoute, queryOf } from '@/lib/api/route';
import { registryCsvResponse } from '../csv-response';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

/** The filtered public registry as a CSV download (same filters and sort as GET /api/v1/registry). */
export const GET = apiRoute(async (request) => registryCsvResponse(queryOf(request)));
