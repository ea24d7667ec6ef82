import Link from 'next/link';
import type { RegistryHistoryEventDto } from '@/lib/registry/registry-dto';
import { CERTIFICATE_EVENT_LABELS, type CertificateEvent } from '@/lib/registry/certificate-events';
import { formatDateTime } from '@/app/_components/format/format-date-time';
import { Timeline, type TimelineItem } from '@/app/_components/ui/timeline';

const TONES: Record<CertificateEvent, NonNullable<TimelineItem['tone']>> = {
  issued: 'success',
  suspended: 'warning',
  reinstated: 'success',
  revoked: 'danger',
  expired: 'neutral',
};

/** The certificate's life from the log, oldest first; each logged event links to its entry and inclusion proof. */
export function HistoryTimeline({ history }: { history: RegistryHistoryEventDto[] }) {
  const items: TimelineItem[] = history.map((e, i) => ({
    id: e.logIndex === null ? `derived-${i}` : String(e.logIndex),
    title: CERTIFICATE_EVENT_LABELS[e.event],
    at: e.at,
    atLabel: formatDateTime(e.at),
    tone: TONES[e.event],
    body: (
      <div className="space-y-1">
        {e.reason ? <p>Reason: {e.reason}</p> : null}
        {e.logIndex !== null && e.entryUrl ? (
          <p className="flex flex-wrap gap-x-3 text-xs">
            <Link href={e.entryUrl} className="text-sky-800 underline hover:text-sky-950" data-testid={`certificate-history-entry-${e.logIndex}`}>
              Log entry {e.logIndex}
            </Link>
            {e.inclusionProofUrl ? (
              <a href={e.inclusionProofUrl} className="text-sky-800 underline hover:text-sky-950">
                Inclusion proof (JSON)
              </a>
            ) : null}
          </p>
        ) : (
          <p className="text-xs text-slate-600">Past its expiry date; the expiry entry is not in the log yet.</p>
        )}
      </div>
    ),
  }));
  return (
    <div data-testid="certificate-history">
      {items.length > 0 ? <Timeline label="Certificate history" items={items} /> : <p className="text-sm text-slate-600">No events are logged yet.</p>}
    </div>
  );
}
