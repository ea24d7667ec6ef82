import { apiRoute, json } from '@/lib/api/route';
import { requireActor } from '@/lib/auth/get-actor';
import { unreadCount } from '@/lib/notifications/read-notifications';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(async () => json({ unread: await unreadCount(await requireActor()) }));
