import { endpoint } from '@/lib/api/endpoint';
import { json } from '@/lib/api/route';
import { getDiversityTrend as contract } from '@/lib/api/contracts/diversity';
import { getDiversityTrend } from '@/lib/diversity/read-trend';

export const dynamic = 'force-dynamic';

/** Vendor shares per segment over time, from the logged inventory changes. */
export const GET = endpoint(contract, async ({ actor, rawQuery }) => json(await getDiversityTrend(actor, rawQuery)));
