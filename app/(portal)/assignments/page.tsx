import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ServiceError } from '@/lib/errors';
import { ASSIGNMENT_TABS, listAssignments, type AssignmentTab, type AssignmentsPage } from '@/lib/submissions/read-assignments';
import { requirePageActor } from '@/app/_components/auth/require-page-actor';
import { Alert } from '@/app/_components/ui/alert';
import { EmptyState } from '@/app/_components/ui/empty-state';
import { LinkButton } from '@/app/_components/ui/link-button';
import { PageHeader } from '@/app/_components/ui/page-header';
import { ASSIGNMENT_TAB_LABELS, AssignmentTabs } from './_components/assignment-tabs';
import { AssignmentsTable } from './_components/assignments-table';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Assignments' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const PAGE_SIZE = 50;

const EMPTY: Record<AssignmentTab | 'all', string> = {
  submitted: 'When a vendor submits a product version to your lab, it waits here for you to accept (declaring any conflict of interest) or decline.',
  in_evaluation: 'Submissions you have accepted appear here until you submit the evaluation: a result for every applicable test case and the evaluation report.',
  under_review: 'Evaluations you have submitted wait here for the regulators’ decision.',
  changes_requested: 'When a regulator asks the vendor for changes, the submission waits here until the vendor resubmits it; it then returns to “In evaluation”.',
  closed: 'Approved, rejected and withdrawn submissions are kept here for reference.',
  all: 'Vendors choose a lab when they submit. You can only take work inside a valid accreditation that covers the product’s network function.',
};

function tabFrom(value: string | string[] | undefined): AssignmentTab | 'all' | undefined {
  if (value === 'all') return 'all';
  return ASSIGNMENT_TABS.find((t) => t === value);
}

export default async function AssignmentsPage({ searchParams }: Props) {
  const actor = await requirePageActor('/assignments');
  const params = await searchParams;
  const cursor = typeof params.cursor === 'string' ? params.cursor : undefined;
  let tab = tabFrom(params.state);
  if (!tab) {
    // Open on the first list with work in it.
    const { counts } = await listAssignments(actor, { limit: 1 }).catch(refusal).then((p) => p ?? { counts: null });
    tab = counts ? (counts.submitted > 0 ? 'submitted' : counts.in_evaluation > 0 ? 'in_evaluation' : 'all') : 'all';
  }
  const state = tab === 'all' ? undefined : tab;
  const page: AssignmentsPage | null = await listAssignments(actor, { limit: PAGE_SIZE, ...(state ? { state } : {}), ...(cursor ? { cursor } : {}) }).catch(refusal);
  const firstPage = `/assignments?state=${tab}`;
  const now = new Date();

  return (
    <>
      <PageHeader
        title="Assignments"
        description="Submissions vendors have put to your lab: accept or decline new ones, record a result for every applicable SCAS test case, then submit the evaluation."
      />
      <div className="space-y-4">
        {page ? <AssignmentTabs current={state} counts={page.counts} /> : null}
        {page === null ? (
          <Alert tone="error" title="This page link is not valid." data-testid="assignments-bad-query">
            <LinkButton href="/assignments" size="sm" className="mt-2">
              Show your assignments
            </LinkButton>
          </Alert>
        ) : page.items.length === 0 ? (
          <EmptyState
            title={tab === 'all' ? 'No assignments yet' : `Nothing under “${ASSIGNMENT_TAB_LABELS[tab]}”`}
            body={EMPTY[tab]}
            data-testid={`assignments-empty-${tab}`}
          />
        ) : (
          <>
            <AssignmentsTable items={page.items} caption={`Assignments: ${ASSIGNMENT_TAB_LABELS[tab]}`} now={now} />
            {page.nextCursor || cursor ? (
              <nav aria-label="Pagination" className="flex gap-2">
                {cursor ? (
                  <LinkButton href={firstPage} size="sm">
                    First page
                  </LinkButton>
                ) : null}
                {page.nextCursor ? (
                  <LinkButton href={`${firstPage}&cursor=${encodeURIComponent(page.nextCursor)}`} size="sm" data-testid="assignments-next-page">
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

/** Not a lab: the page does not exist for them. A bad cursor: shown as such. */
function refusal(error: unknown): null {
  if (error instanceof ServiceError && error.status === 403) notFound();
  if (error instanceof ServiceError && error.status === 400) return null;
  throw error;
}
