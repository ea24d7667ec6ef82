import { endpoint } from '@/lib/api/endpoint';
import { json } from '@/lib/api/route';
import { pullAdvisoryFeeds as contract } from '@/lib/api/contracts/monitoring';
import { pullFeedsNow } from '@/lib/advisories/read-feeds';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export const POST = endpoint(contract, async ({ actor }) => json(await pullFeedsNow(actor)));
