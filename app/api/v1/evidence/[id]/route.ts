import { endpoint } from '@/lib/api/endpoint';
import { json } from '@/lib/api/route';
import { getEvidence as contract } from '@/lib/api/contracts/evidence';
import { getEvidence } from '@/lib/evidence/read-evidence';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export const GET = endpoint(contract, async ({ actor, params: { id } }) => json(await getEvidence(actor, id)));
