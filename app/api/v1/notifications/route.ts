import { endpoint } from '@/lib/api/endpoint';
import { json } from '@/lib/api/route';
import { listNotifications as contract } from '@/lib/api/contracts/notifications';
import { listNotifications } from '@/lib/notifications/read-notifications';

export const dynamic = 'force-dynamic';

/** The caller's inbox, newest first; `?unread=true` for unread only. */
export const GET = endpoint(contract, async ({ actor, rawQuery }) => json(await listNotifications(actor, rawQuery)));
