import { formatDateTime } from '@/app/_components/format/format-date-time';
import { Alert } from '@/app/_components/ui/alert';

/** The regulator's change request, where the vendor is told to act on it. */
export function ChangeRequestNote({ reason, at }: { reason: string; at: string }) {
  return (
    <Alert tone="warning" title="What the regulator asked for" data-testid="change-request-reason">
      <p className="whitespace-pre-line">{reason}</p>
      <p className="mt-1 text-xs">
        Requested <time dateTime={at}>{formatDateTime(at)}</time>.
      </p>
    </Alert>
  );
}
