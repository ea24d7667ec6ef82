import { EmptyState } from '@/app/_components/ui/empty-state';
import { LinkButton } from '@/app/_components/ui/link-button';

export function OperatorHome() {
  return (
    <EmptyState
      title="No certified components yet"
      body="Approved components, with their evidence and test results, appear here once a regulator certifies an evaluated product. You will then record your own acceptance decisions and your deployments."
      action={<LinkButton href="/">Check the public registry</LinkButton>}
      data-testid="dashboard-empty-operator"
    />
  );
}
