import Link from 'next/link';
import type { OperatorDecisionHistoryItem } from '@/lib/operator-decisions/operator-decision-dto';
import { formatDateTime } from '@/app/_components/format/format-date-time';
import { Timeline } from '@/app/_components/ui/timeline';
import { decisionText } from '../../_components/labels';

/** Every change of the organisation's decision, oldest first, each with its log entry. */
export function DecisionHistory({ items }: { items: OperatorDecisionHistoryItem[] }) {
  if (items.length === 0) return null;
  return (
    <div className="space-y-2" data-testid="decision-history">
      <h3 className="text-sm font-semibold text-slate-900">History</h3>
      <Timeline
        label="Decision history"
        items={items.map((h) => ({
          id: String(h.logIndex),
          title: `${decisionText[h.decision]} (version ${h.version})`,
          at: h.at,
          atLabel: formatDateTime(h.at),
          tone: h.decision === 'accept' ? 'success' : 'danger',
          body: (
            <>
              <p className="whitespace-pre-line">{h.rationale}</p>
              <Link href={`/log/entries/${h.logIndex}`} className="text-xs text-sky-800 underline underline-offset-2">
                Log entry #{h.logIndex}
              </Link>
            </>
          ),
        }))}
      />
    </div>
  );
}
