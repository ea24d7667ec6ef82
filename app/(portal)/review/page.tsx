import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ServiceError } from '@/lib/errors';
import { getReviewQueueFilterOptions, listReviewQueue } from '@/lib/submissions/read-review-queue';
import { requirePageActor } from '@/app/_components/auth/require-page-actor';
import { Alert } from '@/app/_components/ui/alert';
import { EmptyState } from '@/app/_components/ui/empty-state';
import { LinkButton } from '@/app/_components/ui/link-button';
import { PageHeader } from '@/app/_components/ui/page-header';
import { QueueFilters } from './_components/queue-filters';
import { queueHref, readQueueSearch } from './_components/queue-params';
import { QueueTable } from './_components/queue-table';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Review queue' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const PAGE_SIZE = 50;

export default async function ReviewPage({ searchParams }: Props) {
  const actor = await requirePageActor('/review');
  const search = readQueueSearch(await searchParams);
  const [page, options] = await Promise.all([
    listReviewQueue(actor, { ...search, limit: PAGE_SIZE }).catch(refusal),
    getReviewQueueFilterOptions(actor).catch(refusal),
  ]);
  const offset = Number(search.offset ?? 0) || 0;
  const isFiltered = Boolean(search.segment || search.networkFunction || search.vendor || search.lab);
  const now = new Date();

  return (
    <>
      <PageHeader
        title="Review queue"
        description="Evaluated submissions waiting for a regulator's decision, oldest first. Core products need approvals from two different regulators; other segments one."
      />
      <div className="space-y-4">
        {options && (options.vendors.length > 0 || isFiltered) ? <QueueFilters options={options} search={search} /> : null}
        {page === null ? (
          <Alert tone="error" title="These filters or this page link are not valid." data-testid="queue-bad-query">
            <LinkButton href="/review" size="sm" className="mt-2">
              Show the whole queue
            </LinkButton>
          </Alert>
        ) : page.total === 0 ? (
          isFiltered ? (
            <EmptyState
              title="Nothing matches these filters"
              body="Other submissions may be waiting for review: clear the filters to see the whole queue."
              action={<LinkButton href="/review">Clear filters</LinkButton>}
              data-testid="review-empty-filtered"
            />
          ) : (
            <EmptyState
              title="Nothing is waiting for review"
              body="A submission appears here when its lab submits the evaluation with a result for every applicable test case and the evaluation report. It stays until a regulator approves it (core products: two regulators), rejects it or requests changes."
              data-testid="review-empty"
            />
          )
        ) : page.items.length === 0 ? (
          <Alert tone="warning" title="This page is past the end of the queue." data-testid="queue-past-end">
            <LinkButton href={queueHref(search, { offset: undefined })} size="sm" className="mt-2">
              Go to the first page
            </LinkButton>
          </Alert>
        ) : (
          <>
            <p className="text-sm text-slate-700" role="status" data-testid="queue-count">
              {page.total === 1 ? '1 submission is' : `${page.total} submissions are`} waiting for a decision
              {page.total > page.items.length ? ` — showing ${offset + 1}–${offset + page.items.length}` : ''}.
            </p>
            <QueueTable items={page.items} search={search} now={now} />
            {offset > 0 || page.nextCursor ? (
              <nav aria-label="Pagination" className="flex gap-2">
                {offset > 0 ? (
                  <LinkButton href={queueHref(search, { offset: offset > PAGE_SIZE ? String(offset - PAGE_SIZE) : undefined })} size="sm" data-testid="queue-previous-page">
                    Previous page
                  </LinkButton>
                ) : null}
                {page.nextCursor ? (
                  <LinkButton href={queueHref(search, { offset: String(offset + PAGE_SIZE) })} size="sm" data-testid="queue-next-page">
                    Next page
                  </LinkButton>
                ) : null}
              </nav>
            ) : null}
          </>
        )}
      </div>
    </>
  );
}

/** Not a regulator: the page does not exist for them. A malformed query: shown as such. */
function refusal(error: unknown): null {
  if (error instanceof ServiceError && error.status === 403) notFound();
  if (error instanceof ServiceError && error.status === 400) return null;
  throw error;
}
