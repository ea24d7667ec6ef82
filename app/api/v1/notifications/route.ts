import { apiRoute, json, queryOf } from '@/lib/api/route';
import { requireActor } from '@/lib/auth/get-actor';
import { listNotifications } from '@/lib/notifications/read-notifications';

export const dynamic = 'force-dynamic';

/** The caller's inbox, newest first; `?unread=true` for unread only. */
export const GET = apiRoute(async (request) => json(await listNotifications(await requireActor(), queryOf(request))));
