import { endpoint } from '@/lib/api/endpoint';
import { exportRegistryCsv } from '@/lib/api/contracts/registry';
import { registryCsvResponse } from '../csv-response';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

/** The filtered public registry as a CSV download (same filters and sort as GET /api/v1/registry). */
export const GET = endpoint(exportRegistryCsv, async ({ rawQuery }) => registryCsvResponse(rawQuery));
