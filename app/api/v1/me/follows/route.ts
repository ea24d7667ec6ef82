import { endpoint } from '@/lib/api/endpoint';
import { json, readJson } from '@/lib/api/route';
import { listFollows, setFollow as setFollowContract } from '@/lib/api/contracts/follows';
import { setFollow } from '@/lib/follows/commands/set-follow';
import { getFollowedFunctions } from '@/lib/follows/read-follows';

export const dynamic = 'force-dynamic';

export const GET = endpoint(listFollows, async ({ actor }) => json({ following: await getFollowedFunctions(actor) }));

/** `{networkFunction, isFollowing}` → `{changed, following}`. */
export const POST = endpoint(setFollowContract, async ({ request, actor }) => json(await setFollow(actor, await readJson(request))));
