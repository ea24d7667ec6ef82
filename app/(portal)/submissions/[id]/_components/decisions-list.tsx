import Link from 'next/link';
import type { DecisionDto } from '@/lib/submissions/submission-dto';
import { formatDateTime } from '@/app/_components/format/format-date-time';
import { personLabel } from '@/lib/visibility/person-names';
import { Badge, type BadgeTone } from '@/app/_components/ui/badge';

const KIND_VIEW: Record<string, { label: string; tone: BadgeTone }> = {
  approve: { label: 'Approved', tone: 'success' },
  reject: { label: 'Rejected', tone: 'danger' },
  request_changes: { label: 'Changes requested', tone: 'warning' },
};

type Props = { decisions: readonly DecisionDto[]; currentUserId: string };

/** Regulators' decisions, oldest first: colleagues by name, other organisations see the role only. */
export function DecisionsList({ decisions, currentUserId }: Props) {
  const who = (d: DecisionDto) => personLabel(currentUserId, { userId: d.regulatorUserId, orgId: null, orgKind: 'regulator' }, d.regulatorName);
  return (
    <ol className="space-y-3" data-testid="decisions-list">
      {decisions.map((d) => {
        const view = KIND_VIEW[d.kind] ?? { label: d.kind, tone: 'neutral' as const };
        return (
          <li key={d.id} className="rounded-lg border border-slate-200 bg-white p-4 text-sm" data-testid="decision" data-kind={d.kind}>
            <p className="flex flex-wrap items-center gap-2">
              <Badge tone={view.tone}>{view.label}</Badge>
              <span className="font-medium text-slate-900">{who(d)}</span>
              <span className="text-slate-600">
                review round {d.reviewRound} · <time dateTime={d.createdAt}>{formatDateTime(d.createdAt)}</time>
              </span>
              {d.logIndex !== null ? (
                <Link href={`/log/entries/${d.logIndex}`} className="text-sky-800 underline underline-offset-2">
                  log #{d.logIndex}
                </Link>
              ) : null}
            </p>
            {d.reason ? <p className="mt-2 whitespace-pre-line text-slate-800" data-testid="decision-reason">{d.reason}</p> : null}
          </li>
        );
      })}
    </ol>
  );
}
