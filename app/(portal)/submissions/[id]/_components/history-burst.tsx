import Link from 'next/link';
import type { HistoryEventDto } from '@/lib/submissions/submission-dto';
import { formatDateTime } from '@/app/_components/format/format-date-time';
import { burstCounts } from './group-history';
import { HistoryDetails } from './history-details';

type Props = { events: readonly HistoryEventDto[]; orgNames: ReadonlyMap<string, string> };

/** A burst of grid saves as one history item: the total, and every log entry on expanding. */
export function HistoryBurst({ events, orgNames }: Props) {
  const { count, counts } = burstCounts(events);
  const summary = Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${n} ${k.replace('_', ' ')}`)
    .join(', ');
  return (
    <details className="text-sm" data-testid="history-burst">
      <summary className="cursor-pointer text-slate-700">
        {count} result{count === 1 ? '' : 's'} saved{summary ? ` (${summary})` : ''} — show all {events.length} log entries
      </summary>
      <ol className="mt-2 space-y-2 border-l border-slate-200 pl-3">
        {events.map((e) => (
          <li key={e.index} data-testid="history-burst-entry">
            <span className="text-xs text-slate-600">{formatDateTime(e.at)}</span>{' '}
            <Link href={`/log/entries/${e.index}`} className="text-xs text-sky-800 underline underline-offset-2" data-testid="history-log-link">
              log #{e.index}
            </Link>
            <HistoryDetails event={e} orgNames={orgNames} />
          </li>
        ))}
      </ol>
    </details>
  );
}
