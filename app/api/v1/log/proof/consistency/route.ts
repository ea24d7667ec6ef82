import { endpoint } from '@/lib/api/endpoint';
import { json } from '@/lib/api/route';
import { getConsistencyProof as contract } from '@/lib/api/contracts/log';
import { getConsistencyProof } from '@/lib/transparency-log/read-log';

export const dynamic = 'force-dynamic';

export const GET = endpoint(contract, async ({ rawQuery }) => json(await getConsistencyProof(rawQuery)));
