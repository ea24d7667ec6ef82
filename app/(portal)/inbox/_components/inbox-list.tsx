'use client';

import Link from 'next/link';
import type { NotificationDto } from '@/lib/notifications/notification-dto';
import { formatDateTime } from '@/app/_components/format/format-date-time';
import { Alert } from '@/app/_components/ui/alert';
import { Button } from '@/app/_components/ui/button';
import { cx } from '@/app/_components/ui/class-names';
import { useMarkRead } from './use-mark-read';

/** Links inside the portal only: a stored link is never allowed to send the reader elsewhere. */
const safeLink = (link: string | null) => (link && link.startsWith('/') && !link.startsWith('//') ? link : null);

export function InboxList({ items }: { items: readonly NotificationDto[] }) {
  const markRead = useMarkRead();
  return (
    <div className="space-y-3">
      {markRead.isError ? (
        <Alert tone="error" data-testid="inbox-error">
          {markRead.error.message}
        </Alert>
      ) : null}
      <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white" aria-label="Notifications" data-testid="inbox-list">
        {items.map((n) => {
          const link = safeLink(n.link);
          return (
            <li
              key={n.id}
              className={cx('flex flex-wrap items-start justify-between gap-3 px-4 py-3', n.isRead ? 'bg-white' : 'bg-sky-50')}
              data-testid="inbox-item"
              data-read={n.isRead ? 'true' : 'false'}
              data-resolved={n.resolvedAt ? 'true' : 'false'}
            >
              <div className="min-w-0 flex-1">
                <p className={cx('text-sm', n.resolvedAt ? 'text-slate-500' : n.isRead ? 'text-slate-800' : 'font-semibold text-slate-950')}>
                  {n.isRead ? null : <span className="sr-only">Unread: </span>}
                  {link ? (
                    <Link
                      href={link}
                      className="underline-offset-2 hover:underline"
                      onClick={() => {
                        if (!n.isRead) markRead.mutate({ ids: [n.id] });
                      }}
                      data-testid="inbox-item-link"
                    >
                      {n.title}
                    </Link>
                  ) : (
                    n.title
                  )}
                </p>
                {n.resolvedAt ? (
                  <p className="mt-0.5 text-sm text-emerald-800" data-testid="inbox-item-resolved">
                    <span aria-hidden="true">✓ </span>Done — this was acted on <time dateTime={n.resolvedAt}>{formatDateTime(n.resolvedAt)}</time>; nothing
                    more is needed from you.
                  </p>
                ) : n.body ? (
                  <p className="mt-0.5 text-sm whitespace-pre-line text-slate-700">{n.body}</p>
                ) : null}
                <time dateTime={n.createdAt} className="text-xs text-slate-500">
                  {formatDateTime(n.createdAt)}
                </time>
              </div>
              {n.isRead ? null : (
                <Button
                  variant="ghost"
                  size="sm"
                  disabled={markRead.isPending}
                  onClick={() => markRead.mutate({ ids: [n.id] })}
                  aria-label={`Mark “${n.title}” as read`}
                  data-testid="inbox-mark-read"
                >
                  Mark read
                </Button>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

export function MarkAllReadButton() {
  const markRead = useMarkRead();
  return (
    <Button variant="secondary" disabled={markRead.isPending} onClick={() => markRead.mutate({ all: true })} data-testid="inbox-mark-all-read">
      {markRead.isPending ? 'Marking…' : 'Mark all read'}
    </Button>
  );
}
