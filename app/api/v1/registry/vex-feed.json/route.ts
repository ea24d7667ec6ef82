import { endpoint } from '@/lib/api/endpoint';
import { getVexFeed as contract } from '@/lib/api/contracts/monitoring';
import { getVexRolieFeed } from '@/lib/vex-out/read-vex';
import { vexResponse } from '@/lib/vex-out/vex-response';

export const dynamic = 'force-dynamic';

/** ROLIE JSON feed of the certificates' CSAF VEX documents, beside the Atom feed (feed.atom). */
export const GET = endpoint(contract, async ({ request }) => vexResponse(request, await getVexRolieFeed()));
