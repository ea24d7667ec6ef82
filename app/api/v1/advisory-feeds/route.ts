import { endpoint } from '@/lib/api/endpoint';
import { json, readJson } from '@/lib/api/route';
import { configureAdvisoryFeed as configureContract, listAdvisoryFeeds as listContract } from '@/lib/api/contracts/monitoring';
import { configureFeed } from '@/lib/advisories/commands/configure-feed';
import { listFeeds } from '@/lib/advisories/read-feeds';

export const dynamic = 'force-dynamic';

export const GET = endpoint(listContract, async ({ actor }) => json(await listFeeds(actor)));

export const POST = endpoint(configureContract, async ({ request, actor }) => json(await configureFeed(actor, await readJson(request)), { status: 201 }));
