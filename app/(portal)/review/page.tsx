import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { can } from '@/lib/authz/permissions';
import { requirePageActor } from '@/app/_components/auth/require-page-actor';
import { EmptyState } from '@/app/_components/ui/empty-state';
import { PageHeader } from '@/app/_components/ui/page-header';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Review queue' };

export default async function ReviewPage() {
  const actor = await requirePageActor('/review');
  if (!can(actor, 'review.queue')) notFound();
  return (
    <>
      <PageHeader
        title="Review queue"
        description="Evaluated submissions waiting for a regulator's decision. Core products need approvals from two different regulators."
      />
      <EmptyState
        title="Nothing is waiting for review"
        body="A submission appears here when its lab submits the evaluation with a result for every applicable test case and the evaluation report."
        data-testid="review-empty"
      />
    </>
  );
}
