import Link from 'next/link';
import type { OrgKind } from '@/lib/authz/actor';
import type { HistoryEventDto } from '@/lib/submissions/submission-dto';
import { formatDateTime } from '@/app/_components/format/format-date-time';
import { orgKindLabels } from '@/app/_components/org/org-kind';
import { EmptyState } from '@/app/_components/ui/empty-state';
import { Timeline } from '@/app/_components/ui/timeline';
import { groupHistory } from './group-history';
import { HistoryBurst } from './history-burst';
import { HistoryDetails } from './history-details';
import { historyLabel } from './history-labels';

type Props = { events: readonly HistoryEventDto[]; orgNames: ReadonlyMap<string, string>; currentUserId: string };

function actorText(actor: HistoryEventDto['actor'] | null, orgNames: ReadonlyMap<string, string>, currentUserId: string): string {
  if (!actor) return 'by the system';
  if (actor.user && actor.user === currentUserId) return 'by you';
  if (actor.name) return `by ${actor.name}`;
  const org = actor.org ? orgNames.get(actor.org) : undefined;
  const kind = orgKindLabels[actor.orgKind as OrgKind]?.toLowerCase() ?? actor.orgKind;
  return org ? `by ${org} (${kind})` : `by a ${kind}`;
}

/** Every log entry of the submission (and its certificate), oldest first, each linking to its proof. */
export function HistoryTimeline({ events, orgNames, currentUserId }: Props) {
  if (!events.length) {
    return <EmptyState headingLevel={3} title="No history yet" body="Each change to this submission will appear here with its transparency-log entry." />;
  }
  return (
    <div data-testid="history-timeline">
      <Timeline
        label="History of this submission"
        items={groupHistory(events).map(({ first: e, events: burst }) => {
          const { label, tone } = historyLabel(e.type);
          const last = burst[burst.length - 1];
          return {
            id: String(e.index),
            tone,
            at: e.at,
            atLabel: `${formatDateTime(e.at)} · ${actorText(e.actor, orgNames, currentUserId)}`,
            title: (
              <span className="flex flex-wrap items-baseline gap-2" data-testid="history-event" data-type={e.type} data-entries={burst.length}>
                {label}
                {burst.length > 1 ? (
                  <span className="text-xs font-normal text-slate-600">
                    {burst.length} saves until {formatDateTime(last.at)}
                  </span>
                ) : (
                  <Link href={`/log/entries/${e.index}`} className="text-xs font-normal text-sky-800 underline underline-offset-2" data-testid="history-log-link">
                    log #{e.index}
                  </Link>
                )}
              </span>
            ),
            body: burst.length > 1 ? <HistoryBurst events={burst} orgNames={orgNames} /> : <HistoryDetails event={e} orgNames={orgNames} />,
          };
        })}
      />
    </div>
  );
}
