import { ProgressBar } from '@/app/_components/ui/progress-bar';

type Props = { given: number; required: number; hasCurrentUserApproved: boolean };

/** Four eyes for core products: approvals of the current review round, out of the two required. */
export function ApprovalsProgress({ given, required, hasCurrentUserApproved }: Props) {
  return (
    <div className="space-y-2" data-testid="approvals-progress" data-given={given} data-required={required}>
      <ProgressBar label="Regulator approvals (core product)" value={given} max={required} valueText={`${given} of ${required} given`} />
      <p className="text-sm text-slate-700">
        {hasCurrentUserApproved
          ? 'You have approved. A different regulator must give the second approval; that issues the certificate.'
          : given > 0
            ? 'One regulator has approved. A second approval from a different regulator issues the certificate.'
            : 'Core products need approvals from two different regulators before a certificate is issued.'}
      </p>
    </div>
  );
}
