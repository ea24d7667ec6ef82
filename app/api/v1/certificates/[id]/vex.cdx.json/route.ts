import { endpoint } from '@/lib/api/endpoint';
import { getCertificateCycloneDxVex as contract } from '@/lib/api/contracts/monitoring';
import { getCycloneDxVex } from '@/lib/vex-out/read-vex';
import { vexResponse } from '@/lib/vex-out/vex-response';

export const dynamic = 'force-dynamic';

export const GET = endpoint(contract, async ({ request, params: { id } }) => vexResponse(request, await getCycloneDxVex(id)));
