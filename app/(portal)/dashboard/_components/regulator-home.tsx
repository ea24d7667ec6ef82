import { EmptyState } from '@/app/_components/ui/empty-state';
import { LinkButton } from '@/app/_components/ui/link-button';

export function RegulatorHome() {
  return (
    <EmptyState
      title="Nothing is waiting for review"
      body="Evaluated submissions appear in your review queue as soon as a lab submits its evaluation. Approving one issues a certificate."
      action={<LinkButton href="/review">Open the review queue</LinkButton>}
      data-testid="dashboard-empty-regulator"
    />
  );
}
