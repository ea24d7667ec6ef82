import { endpoint } from '@/lib/api/endpoint';
import { json } from '@/lib/api/route';
import { getInclusionProof as contract } from '@/lib/api/contracts/log';
import { getInclusionProof } from '@/lib/transparency-log/read-log';

export const dynamic = 'force-dynamic';

export const GET = endpoint(contract, async ({ rawQuery }) => json(await getInclusionProof(rawQuery)));
