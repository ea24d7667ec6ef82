import Link from 'next/link';
import type { CertificateHistoryEventDto } from '@/lib/certificates/certificate-dto';
import { formatDateTime } from '@/app/_components/format/format-date-time';
import { EmptyState } from '@/app/_components/ui/empty-state';
import { Timeline, type TimelineItem } from '@/app/_components/ui/timeline';

const LABELS: Record<string, { label: string; tone: NonNullable<TimelineItem['tone']> }> = {
  'certificate.issued': { label: 'Certificate issued', tone: 'success' },
  'certificate.suspended': { label: 'Suspended by a regulator', tone: 'warning' },
  'certificate.reinstated': { label: 'Reinstated by a regulator', tone: 'success' },
  'certificate.revoked': { label: 'Revoked by a regulator', tone: 'danger' },
  'certificate.expired': { label: 'Expired', tone: 'neutral' },
  'certificate.review_required': { label: 'Put on the review list (critical vulnerability or affected advisory match)', tone: 'warning' },
  'certificate.review_cleared': { label: 'Review cleared by a regulator', tone: 'success' },
};

function actorText(actor: CertificateHistoryEventDto['actor'], currentUserId: string): string {
  if (!actor || actor.orgKind === 'system') return 'by the system';
  if (actor.user === currentUserId) return 'by you';
  if (actor.name) return `by ${actor.name}`;
  return `by ${/^[aeiou]/.test(actor.orgKind) ? 'an' : 'a'} ${actor.orgKind}`;
}

/** Every log entry about the certificate, oldest first, each linking to the entry and its proof. */
export function CertificateHistory({ events, currentUserId }: { events: readonly CertificateHistoryEventDto[]; currentUserId: string }) {
  if (!events.length) {
    return <EmptyState headingLevel={3} title="No history recorded" body="Changes to this certificate appear here with their transparency-log entries." />;
  }
  return (
    <div data-testid="certificate-history">
      <Timeline
        label="History of this certificate"
        items={events.map((e) => {
          const { label, tone } = LABELS[e.type] ?? { label: e.type, tone: 'neutral' as const };
          const reason = typeof e.data.reason === 'string' ? e.data.reason : null;
          return {
            id: String(e.index),
            tone,
            at: e.at,
            atLabel: `${formatDateTime(e.at)} · ${actorText(e.actor, currentUserId)}`,
            title: (
              <span className="flex flex-wrap items-baseline gap-2" data-testid="certificate-history-event" data-type={e.type}>
                {label}
                <Link href={`/log/entries/${e.index}`} className="text-xs font-normal text-sky-800 underline underline-offset-2" data-testid="certificate-history-log-link">
                  log #{e.index}
                </Link>
              </span>
            ),
            body: reason ? <p className="whitespace-pre-line">Reason: {reason}</p> : undefined,
          };
        })}
      />
    </div>
  );
}
