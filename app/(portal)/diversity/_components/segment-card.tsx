import type { DiversityDto } from '@/lib/diversity/diversity-dto';
import { basisPointsFraction } from '@/lib/diversity/policy';
import { percentText, thresholdText } from '@/lib/diversity/percent-text';
import { formatCount, segmentInText, segmentNames, unitsText } from '@/app/(portal)/components/_components/labels';
import { Alert } from '@/app/_components/ui/alert';
import { Card } from '@/app/_components/ui/card';
import { cx } from '@/app/_components/ui/class-names';
import { NetworkFunctionTable } from './network-function-table';
import { ThresholdForm } from './threshold-form';

type Segment = DiversityDto['segments'][number];
type Props = { segment: Segment; isAllOperators: boolean; canEditPolicy: boolean };

/**
 * One segment: its units and HHI against the segment's thresholds, a bar per vendor (pure CSS, the
 * share threshold marked), the flags in words, the breakdown per network function, and for
 * regulators the form to change the thresholds.
 */
export function SegmentCard({ segment, isAllOperators, canEditPolicy }: Props) {
  const limit = basisPointsFraction(segment.threshold.shareBasisPoints);
  const limitPercent = segment.threshold.shareBasisPoints / 100;
  const name = segmentNames[segment.segment];
  const where = isAllOperators ? ' across all operators' : '';
  const isHhiFlagged = segment.flags.includes('hhi');
  return (
    <Card
      id={`segment-${segment.segment}`}
      title={name}
      description={segment.totalUnits ? `${unitsText(segment.totalUnits)} from ${segment.vendors.length} vendor${segment.vendors.length === 1 ? '' : 's'}` : undefined}
      data-testid={`diversity-segment-${segment.segment}`}
    >
      <p className="mb-4 text-sm text-slate-700" data-testid={`segment-thresholds-${segment.segment}`}>
        {segment.totalUnits ? <span className="font-medium text-slate-900">HHI {formatCount(segment.hhi)} · </span> : null}
        Thresholds: largest vendor share {thresholdText(limit)}, HHI{' '}
        {formatCount(segment.threshold.hhi)}
        {segment.threshold.isDefault ? ' (defaults)' : ' (set by a regulator)'}
      </p>
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
          {isHhiFlagged ? (
            <Alert tone="warning" data-testid={`concentration-hhi-flag-${segment.segment}`}>
              <strong>Concentrated:</strong> the HHI of {segmentInText[segment.segment]} units{where} is {formatCount(segment.hhi)}, over the threshold of{' '}
              {formatCount(segment.threshold.hhi)}.
            </Alert>
          ) : null}
          <ul className="space-y-2" aria-label={`Vendor shares of ${name} units`} data-testid={`diversity-chart-${segment.segment}`}>
            {segment.vendors.map((v) => (
              <li key={v.vendorId} className="grid grid-cols-1 items-center gap-x-3 gap-y-1 text-sm sm:grid-cols-[12rem_1fr_11rem]" data-testid="vendor-share">
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
                  {isAllOperators ? ` · ${v.operatorCount} network${v.operatorCount === 1 ? '' : 's'}` : ''}
                </span>
              </li>
            ))}
          </ul>
          <p className="text-xs text-slate-600">The dashed line marks the {thresholdText(limit)} share threshold.</p>
          <NetworkFunctionTable segment={segment} isAllOperators={isAllOperators} />
        </div>
      )}
      {canEditPolicy ? (
        <details className="mt-4 rounded-md border border-slate-200 p-3" data-testid={`threshold-details-${segment.segment}`}>
          <summary className="cursor-pointer text-sm font-medium text-sky-800">Change the {name} thresholds</summary>
          <div className="mt-3">
            <ThresholdForm segment={segment.segment} segmentName={name} sharePercent={limitPercent} hhi={segment.threshold.hhi} />
          </div>
        </details>
      ) : null}
    </Card>
  );
}
