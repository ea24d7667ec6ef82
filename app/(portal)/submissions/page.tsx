import type { Metadata } from 'next';
import type { Actor } from '@/lib/authz/actor';
import { ServiceError } from '@/lib/errors';
import { listSubmissions } from '@/lib/submissions/read-submissions';
import { SUBMISSION_STATES, type SubmissionState } from '@/lib/workflow/submission-states';
import { requirePageActor } from '@/app/_components/auth/require-page-actor';
import { Alert } from '@/app/_components/ui/alert';
import { EmptyState } from '@/app/_components/ui/empty-state';
import { LinkButton } from '@/app/_components/ui/link-button';
import { PageHeader } from '@/app/_components/ui/page-header';
import { CursorPagination } from '../products/_components/cursor-pagination';
import { paramText, type SearchParams } from '../products/_components/search-params';
import { StateFilter } from './[id]/_components/state-filter';
import { SubmissionsTable } from './[id]/_components/submissions-table';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Submissions' };

const PAGE_SIZE = 50;

const descriptions: Record<Actor['orgKind'], string> = {
  vendor: 'Your product versions put forward for evaluation, most recently changed first.',
  lab: 'Submissions assigned to your lab, most recently changed first.',
  regulator: 'Every submission that has been submitted for evaluation, most recently changed first.',
  operator: 'Certified submissions, most recently changed first.',
};

/** Drafts are visible to the vendor only, so other roles get no "Draft" filter; operators see certified ones only. */
function filterStates(actor: Actor): readonly SubmissionState[] {
  if (actor.orgKind === 'operator') return [];
  return actor.orgKind === 'vendor' ? SUBMISSION_STATES : SUBMISSION_STATES.filter((s) => s !== 'draft');
}

function EmptyList({ actor, state }: { actor: Actor; state: SubmissionState | undefined }) {
  if (state) {
    return (
      <EmptyState
        title="No submissions in this state"
        body="Choose another state above, or show all submissions."
        action={<LinkButton href="/submissions">Show all</LinkButton>}
        data-testid="submissions-empty-filtered"
      />
    );
  }
  if (actor.orgKind === 'vendor') {
    return (
      <EmptyState
        title="No submissions yet"
        body="A submission puts one version of a product in front of an accredited lab. Open a product, add a version and choose “Start a submission”."
        action={
          <LinkButton href="/products" variant="primary" data-testid="submissions-empty-products">
            Go to your products
          </LinkButton>
        }
        data-testid="submissions-empty"
      />
    );
  }
  return (
    <EmptyState
      title="No submissions to show yet"
      body="Submissions appear here once a vendor submits a product version for evaluation."
      data-testid="submissions-empty"
    />
  );
}

export default async function SubmissionsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageActor('/submissions');
  const params = await searchParams;
  const states = filterStates(actor);
  const state = states.find((s) => s === paramText(params, 'state'));
  const cursor = paramText(params, 'cursor') || undefined;

  const page = await listSubmissions(actor, { limit: PAGE_SIZE, state, cursor }).catch((error: unknown) => {
    if (error instanceof ServiceError && error.status === 400) return null;
    throw error;
  });

  return (
    <>
      <PageHeader
        title="Submissions"
        description={descriptions[actor.orgKind]}
        actions={
          actor.orgKind === 'vendor' ? (
            <LinkButton href="/products" data-testid="submissions-products-link">
              Start from a product
            </LinkButton>
          ) : undefined
        }
      />
      <div className="space-y-4">
        {states.length ? <StateFilter current={state} states={states} /> : null}
        {page === null ? (
          <Alert tone="error" title="This page link is not valid." data-testid="submissions-bad-cursor">
            <LinkButton href={state ? `/submissions?state=${state}` : '/submissions'} size="sm" className="mt-2">
              Go to the first page
            </LinkButton>
          </Alert>
        ) : page.items.length ? (
          <SubmissionsTable submissions={page.items} caption="Submissions" showVendor={actor.orgKind !== 'vendor'} />
        ) : (
          <EmptyList actor={actor} state={state} />
        )}
        {page ? <CursorPagination path="/submissions" params={{ state }} cursor={cursor} nextCursor={page.nextCursor} testIdPrefix="submissions" /> : null}
      </div>
    </>
  );
}
