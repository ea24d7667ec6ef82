import type { Metadata } from 'next';
import { ServiceError } from '@/lib/errors';
import { listNotifications, unreadCount } from '@/lib/notifications/read-notifications';
import { requirePageActor } from '@/app/_components/auth/require-page-actor';
import { Alert } from '@/app/_components/ui/alert';
import { EmptyState } from '@/app/_components/ui/empty-state';
import { FilterLinks } from '@/app/_components/ui/filter-links';
import { LinkButton } from '@/app/_components/ui/link-button';
import { PageHeader } from '@/app/_components/ui/page-header';
import { CursorPagination } from '../products/_components/cursor-pagination';
import { paramText, type SearchParams } from '../products/_components/search-params';
import { InboxList, MarkAllReadButton } from './_components/inbox-list';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Inbox' };

const PAGE_SIZE = 50;

export default async function InboxPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageActor('/inbox');
  const params = await searchParams;
  const unreadOnly = paramText(params, 'unread') === '1';
  const cursor = paramText(params, 'cursor') || undefined;
  const [page, unread] = await Promise.all([
    listNotifications(actor, { unread: unreadOnly ? 'true' : undefined, cursor, limit: PAGE_SIZE }).catch((error: unknown) => {
      if (error instanceof ServiceError && error.status === 400) return null;
      throw error;
    }),
    unreadCount(actor),
  ]);
  const tabs = [
    { key: 'all', label: 'All', href: '/inbox', isCurrent: !unreadOnly },
    { key: 'unread', label: `Unread (${unread})`, href: '/inbox?unread=1', isCurrent: unreadOnly },
  ];

  return (
    <>
      <PageHeader
        title="Inbox"
        description="What needs you: assignments, decisions, change requests, vulnerabilities on your products, certificates suspended, revoked or about to expire."
        actions={unread > 0 ? <MarkAllReadButton /> : undefined}
      />
      <div className="space-y-4">
        <FilterLinks label="Inbox views" links={tabs} testIdPrefix="inbox-tab" />
        {page === null ? (
          <Alert tone="error" title="This page link is not valid." data-testid="inbox-bad-cursor">
            <LinkButton href="/inbox" size="sm" className="mt-2">
              Go to the first page
            </LinkButton>
          </Alert>
        ) : page.items.length ? (
          <InboxList items={page.items} />
        ) : (
          <EmptyState
            title={unreadOnly ? 'Nothing unread' : 'Your inbox is empty'}
            body={unreadOnly ? 'You have read everything. Older notifications stay under “All”.' : 'Notifications about your work appear here as things happen.'}
            data-testid="inbox-empty"
          />
        )}
        {page ? <CursorPagination path="/inbox" params={{ unread: unreadOnly ? '1' : undefined }} cursor={cursor} nextCursor={page.nextCursor} testIdPrefix="inbox" /> : null}
      </div>
    </>
  );
}
