import type { PhaseOutDto } from '@/lib/diversity/diversity-dto';
import { segmentNames } from '@/app/(portal)/components/_components/labels';
import { Badge, type BadgeTone } from '@/app/_components/ui/badge';
import { Card } from '@/app/_components/ui/card';
import { PhaseOutForm } from './phase-out-form';
import { RemovePhaseOutForm } from './remove-phase-out-form';

type Props = { phaseOuts: PhaseOutDto[]; canEditPolicy: boolean; vendors: { id: string; name: string }[]; today: string; whose: string };

const STATE: Record<PhaseOutDto['state'], { label: string; tone: BadgeTone }> = {
  running: { label: 'Running', tone: 'info' },
  due_today: { label: 'Due today', tone: 'warning' },
  overdue: { label: 'Overdue', tone: 'danger' },
  done: { label: 'Done', tone: 'success' },
};

/** High-risk-supplier phase-outs as countdowns ("142 days left; 37 units remain"); regulators set and remove them here. */
export function PhaseOutsCard({ phaseOuts, canEditPolicy, vendors, today, whose }: Props) {
  return (
    <Card
      id="phase-outs"
      title="Phase-outs"
      description={`Dates set by a regulator by which a vendor's units must be gone from a segment; units counted for ${whose}.`}
      data-testid="phase-outs"
    >
      {phaseOuts.length === 0 ? (
        <p className="text-sm text-slate-700" data-testid="phase-outs-none">
          No phase-out is set.{canEditPolicy ? ' To require a high-risk vendor to leave a segment by a date, set it below.' : ''}
        </p>
      ) : (
        <ul className="divide-y divide-slate-100" aria-label="Phase-outs">
          {phaseOuts.map((p) => (
            <li key={p.id} className="py-3" data-testid="phase-out" data-vendor={p.vendor.name} data-segment={p.segment}>
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <p className="font-medium text-slate-900">
                  {p.vendor.name} out of {segmentNames[p.segment]} by <time dateTime={p.deadline}>{p.deadline}</time>
                </p>
                <Badge tone={STATE[p.state].tone}>{STATE[p.state].label}</Badge>
              </div>
              <p className="text-sm text-slate-800 tabular-nums" data-testid="phase-out-countdown">
                {p.text}
              </p>
              <p className="text-xs text-slate-600">Reason: {p.reason}</p>
              {canEditPolicy ? <RemovePhaseOutForm id={p.id} segment={p.segment} vendorId={p.vendor.id} label={`${p.vendor.name} (${segmentNames[p.segment]})`} /> : null}
            </li>
          ))}
        </ul>
      )}
      {canEditPolicy ? (
        <details className="mt-4 rounded-md border border-slate-200 p-3" data-testid="phase-out-details">
          <summary className="cursor-pointer text-sm font-medium text-sky-800">Set or move a phase-out date</summary>
          <div className="mt-3">
            {vendors.length ? (
              <PhaseOutForm vendors={vendors} today={today} />
            ) : (
              <p className="text-sm text-slate-700">No vendor has units deployed, so there is nothing to phase out yet.</p>
            )}
          </div>
        </details>
      ) : null}
    </Card>
  );
}
