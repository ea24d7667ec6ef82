import { formatDateTime } from '@/app/_components/format/format-date-time';
import { formatAge } from './format-age';

/** "3 days", with the exact time in a tooltip and in the <time> element. */
export function Age({ at, now, 'data-testid': testId }: { at: string; now?: Date; 'data-testid'?: string }) {
  return (
    <time dateTime={at} title={formatDateTime(at)} className="whitespace-nowrap" data-testid={testId}>
      {formatAge(at, now)}
    </time>
  );
}
