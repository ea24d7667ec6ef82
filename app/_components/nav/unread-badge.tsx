'use client';

import { useQuery } from '@tanstack/react-query';
import { unreadCountResponseSchema } from '@/lib/validation/notifications';
import { apiFetch } from '@/app/_components/api/api-fetch';

export const notificationKeys = {
  all: ['notifications'] as const,
  unreadCount: () => [...notificationKeys.all, 'unread-count'] as const,
};

export function fetchUnreadCount(): Promise<number> {
  return apiFetch('/api/v1/notifications/unread-count', unreadCountResponseSchema).then((r) => r.unread);
}

/** The caller's unread notifications, next to "Inbox"; polled every minute and refreshed when the inbox changes. Nothing when zero. */
export function UnreadBadge() {
  const { data } = useQuery({ queryKey: notificationKeys.unreadCount(), queryFn: fetchUnreadCount, refetchInterval: 60_000 });
  if (!data) return null;
  return (
    <span
      aria-label={`${data} unread`}
      className="ml-2 inline-flex min-w-5 items-center justify-center rounded-full bg-sky-800 px-1.5 text-xs font-semibold text-white tabular-nums"
      data-testid="nav-unread-count"
    >
      {data > 99 ? '99+' : data}
    </span>
  );
}
