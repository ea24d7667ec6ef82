import { endpoint } from '@/lib/api/endpoint';
import { getCertificateCsafVex as contract } from '@/lib/api/contracts/monitoring';
import { getCsafVex } from '@/lib/vex-out/read-vex';
import { vexResponse } from '@/lib/vex-out/vex-response';

export const dynamic = 'force-dynamic';

export const GET = endpoint(contract, async ({ request, params: { id } }) => vexResponse(request, await getCsafVex(id)));
