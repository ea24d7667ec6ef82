import { endpoint } from '@/lib/api/endpoint';
import { json, readJson } from '@/lib/api/route';
import { markNotificationsRead } from '@/lib/api/contracts/notifications';
import { markRead } from '@/lib/notifications/commands/mark-read';

export const dynamic = 'force-dynamic';

/** `{ids: [...]}` or `{all: true}` → `{updated, unread}`. */
export const POST = endpoint(markNotificationsRead, async ({ request, actor }) => json(await markRead(actor, await readJson(request))));
