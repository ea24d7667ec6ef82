import { endpoint } from '@/lib/api/endpoint';
import { json } from '@/lib/api/route';
import { getUnreadNotificationCount } from '@/lib/api/contracts/notifications';
import { unreadCount } from '@/lib/notifications/read-notifications';

export const dynamic = 'force-dynamic';

export const GET = endpoint(getUnreadNotificationCount, async ({ actor }) => json({ unread: await unreadCount(actor) }));
