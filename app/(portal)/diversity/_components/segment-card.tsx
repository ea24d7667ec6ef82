import type { DiversityDto } from '@/lib/diversity/diversity-dto';
import { decimalFraction } from '@/lib/diversity/fraction';
import { percentText, thresholdText } from '@/lib/diversity/percent-text';
import { segmentInText, segmentNames, unitsText } from '@/app/(portal)/components/_components/labels';
import { Alert } from '@/app/_components/ui/alert';
import { Card } from '@/app/_components/ui/card';
import { cx } from '@/app/_components/ui/class-names';

type Segment = DiversityDto['segments'][number];
type Props = { segment: Segment; threshold: number; isAllOperators: boolean };

/** One segment: its units, a bar per vendor (pure CSS, with the threshold marked) and the concentration flag in words. */
export function SegmentCard({ segment, threshold, isAllOperators }: Props) {
  const limit = decimalFraction(threshold);
  const limitPercent = (limit.numerator / limit.denominator) * 100;
  const name = segmentNames[segment.segment];
  const where = isAllOperators ? ' across all operators' : '';
  return (
    <Card
      id={`segment-${segment.segment}`}
      title={name}
      description={segment.totalUnits ? `${unitsText(segment.totalUnits)} from ${segment.vendors.length} vendor${segment.vendors.length === 1 ? '' : 's'}` : undefined}
      data-testid={`diversity-segment-${segment.segment}`}
    >
      {segment.totalUnits === 0 ? (
        <p className="text-sm text-slate-700">No {segmentInText[segment.segment]} units deployed{where}.</p>
      ) : (
        <div className="space-y-4">
          {segment.concentrated.map((v) => (
            <Alert key={v.vendorId} tone="warning" data-testid={`concentration-flag-${segment.segment}`}>
              <strong>Concentrated:</strong> {v.vendorName} holds {percentText(v.units, segment.totalUnits, limit)} of {segmentInText[segment.segment]} units{where} (threshold{' '}
              {thresholdText(limit)}).
            </Alert>
          ))}
          <ul className="space-y-2" aria-label={`Vendor shares of ${name} units`} data-testid={`diversity-chart-${segment.segment}`}>
            {segment.vendors.map((v) => (
              <li key={v.vendorId} className="grid grid-cols-1 items-center gap-x-3 gap-y-1 text-sm sm:grid-cols-[12rem_1fr_9rem]" data-testid="vendor-share">
                <span className="font-medium break-words text-slate-900">
                  {v.vendorName}
                  {v.isConcentrated ? <span className="block text-xs font-semibold text-amber-800">Over the threshold</span> : null}
                </span>
                <span aria-hidden="true" className="relative block h-5 rounded bg-slate-100">
                  <span className={cx('absolute inset-y-0 left-0 rounded', v.isConcentrated ? 'bg-amber-600' : 'bg-sky-700')} style={{ width: `${v.percent}%` }} />
                  <span className="absolute inset-y-[-3px] border-l-2 border-dashed border-slate-800" style={{ left: `${limitPercent}%` }} title={`Threshold ${thresholdText(limit)}`} />
                </span>
                <span className="text-slate-700 tabular-nums sm:text-right">
                  {percentText(v.units, segment.totalUnits, v.isConcentrated ? limit : undefined)} · {unitsText(v.units)}
                </span>
              </li>
            ))}
          </ul>
          <p className="text-xs text-slate-600">The dashed line marks the {thresholdText(limit)} concentration threshold.</p>
        </div>
      )}
    </Card>
  );
}
