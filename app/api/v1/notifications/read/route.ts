import { apiRoute, json, readJson } from '@/lib/api/route';
import { requireActor } from '@/lib/auth/get-actor';
import { markRead } from '@/lib/notifications/commands/mark-read';

export const dynamic = 'force-dynamic';

/** `{ids: [...]}` or `{all: true}` → `{updated, unread}`. */
export const POST = apiRoute(async (request) => {
  const actor = await requireActor();
  return json(await markRead(actor, await readJson(request)));
});
