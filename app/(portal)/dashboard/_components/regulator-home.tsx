import Link from 'next/link';
import { listReviewQueue } from '@/lib/submissions/read-review-queue';
import { requirePageActor } from '@/app/_components/auth/require-page-actor';
import { Card } from '@/app/_components/ui/card';
import { EmptyState } from '@/app/_components/ui/empty-state';
import { LinkButton } from '@/app/_components/ui/link-button';
import { Age } from '../../review/_components/age';

export async function RegulatorHome() {
  const actor = await requirePageActor('/dashboard');
  const queue = await listReviewQueue(actor, { limit: 1 });
  const oldest = queue.items[0];
  if (!oldest) {
    return (
      <EmptyState
        title="Nothing is waiting for review"
        body="Evaluated submissions appear in your review queue as soon as a lab submits its evaluation. Approving one issues a certificate."
        action={<LinkButton href="/review">Open the review queue</LinkButton>}
        data-testid="dashboard-empty-regulator"
      />
    );
  }
  return (
    <Card
      id="review-queue"
      title="Review queue"
      description="Evaluated submissions waiting for a decision. Core products need approvals from two different regulators."
      actions={
        <LinkButton href="/review" variant="primary" size="sm" data-testid="dashboard-review-open">
          Open the review queue
        </LinkButton>
      }
      data-testid="dashboard-regulator-queue"
    >
      <dl className="grid gap-4 sm:grid-cols-2">
        <div className="rounded-lg border border-slate-200 p-4">
          <dt className="text-sm font-medium text-slate-700">Waiting for a decision</dt>
          <dd className="mt-1 text-3xl font-semibold text-slate-900 tabular-nums" data-testid="dashboard-review-count">
            {queue.total}
          </dd>
        </div>
        <div className="rounded-lg border border-slate-200 p-4">
          <dt className="text-sm font-medium text-slate-700">Oldest item</dt>
          <dd className="mt-1 text-slate-900">
            <span className="text-3xl font-semibold" data-testid="dashboard-review-oldest">
              <Age at={oldest.waitingSince} />
            </span>
            <Link href={`/submissions/${oldest.id}`} className="mt-1 block text-sm text-sky-800 underline-offset-2 hover:underline">
              {oldest.product.name} {oldest.productVersion.version} · {oldest.vendor.name}
            </Link>
          </dd>
        </div>
      </dl>
    </Card>
  );
}
