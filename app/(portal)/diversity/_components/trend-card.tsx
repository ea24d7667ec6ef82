import { NETWORK_SEGMENTS, type NetworkSegment } from '@/lib/catalogue/network-segments';
import type { DiversityDto, TrendDto } from '@/lib/diversity/diversity-dto';
import { segmentInText, segmentNames, formatCount } from '@/app/(portal)/components/_components/labels';
import { Card } from '@/app/_components/ui/card';
import { Table, TBody, Td, Th, THead } from '@/app/_components/ui/data-table';
import { LineChart, type ChartSeries } from './line-chart';

type Props = { trend: TrendDto; thresholds: Record<NetworkSegment, DiversityDto['segments'][number]['threshold']> };

const MAX_LINES = 5;
const OTHERS = 'Other vendors';

const round1 = (v: number) => Math.round(v * 10) / 10;
/** Axis labels: months, days, or (when several changes share a day) day and time. */
function labelsOf(trend: TrendDto): string[] {
  if (trend.bucket === 'month') return trend.points.map((p) => p.at);
  const days = trend.points.map((p) => p.at.slice(0, 10));
  return new Set(days).size === days.length ? days : trend.points.map((p) => `${p.at.slice(5, 10)} ${p.at.slice(11, 16)}`);
}
const whenLong = (at: string, bucket: TrendDto['bucket']) => (bucket === 'month' ? at : `${at.slice(0, 10)} ${at.slice(11, 16)} UTC`);

function seriesOf(trend: TrendDto, segment: NetworkSegment, names: ReadonlyMap<string, string>): ChartSeries[] {
  const peak = new Map<string, number>();
  for (const p of trend.points) for (const v of p.segments[segment].vendors) peak.set(v.vendorId, Math.max(peak.get(v.vendorId) ?? 0, v.percent));
  const ranked = [...peak].sort((a, b) => b[1] - a[1] || (names.get(a[0]) ?? '').localeCompare(names.get(b[0]) ?? '')).map(([id]) => id);
  const shown = ranked.slice(0, MAX_LINES);
  const series: ChartSeries[] = shown.map((id) => ({
    name: names.get(id) ?? id,
    values: trend.points.map((p) => (p.segments[segment].totalUnits ? round1(p.segments[segment].vendors.find((v) => v.vendorId === id)?.percent ?? 0) : null)),
  }));
  if (ranked.length > MAX_LINES) {
    series.push({
      name: OTHERS,
      values: trend.points.map((p) =>
        p.segments[segment].totalUnits ? round1(p.segments[segment].vendors.filter((v) => !shown.includes(v.vendorId)).reduce((sum, v) => sum + v.percent, 0)) : null,
      ),
    });
  }
  return series;
}

function summaryOf(series: readonly ChartSeries[], from: string, to: string): string {
  const parts = series.map((s) => {
    const known = s.values.filter((v): v is number => v !== null);
    return known.length ? `${s.name} from ${known[0]} % to ${known[known.length - 1]} %` : `${s.name}: no units`;
  });
  return `From ${from} to ${to}: ${parts.join('; ')}.`;
}

/** Vendor shares per segment over time, from the logged inventory changes: a chart and the same numbers as a table. */
export function TrendCard({ trend, thresholds }: Props) {
  const names = new Map(trend.vendors.map((v) => [v.id, v.name]));
  const segments = NETWORK_SEGMENTS.filter((s) => trend.points.some((p) => p.segments[s].totalUnits > 0));
  const unverified = trend.unverified ? (
    <p className="text-xs text-slate-600" data-testid="trend-unverified">
      {trend.unverified} logged change{trend.unverified === 1 ? '' : 's'} could not be checked against the log (no stored inventory, or one whose SHA-256 differs from the entry) and {trend.unverified === 1 ? 'is' : 'are'} left out.
    </p>
  ) : null;
  return (
    <Card
      id="trend"
      title="Trend"
      description={`Each vendor's share per segment after every logged inventory change${trend.bucket === 'month' ? ', month by month (the state at the end of each month)' : ''}. Rebuilt from the transparency log: each stored inventory is checked against the SHA-256 its log entry carries.`}
      data-testid="diversity-trend"
    >
      {segments.length === 0 ? (
        <p className="text-sm text-slate-700" data-testid="trend-empty">
          No inventory changes are logged yet. Each time an operator saves its deployments, the shares at that moment are added here.
        </p>
      ) : (
        <div className="space-y-8">
          {segments.map((segment) => {
            const series = seriesOf(trend, segment, names);
            const labels = labelsOf(trend);
            const share = thresholds[segment].shareBasisPoints / 100;
            return (
              <section key={segment} aria-labelledby={`trend-${segment}-heading`} data-testid={`trend-${segment}`}>
                <h3 id={`trend-${segment}-heading`} className="mb-2 text-base font-semibold text-slate-900">
                  {segmentNames[segment]}
                </h3>
                <LineChart
                  id={`trend-chart-${segment}`}
                  title={`Vendor shares of ${segmentInText[segment]} units over time`}
                  summary={summaryOf(series, labels[0], labels[labels.length - 1])}
                  xLabels={labels}
                  series={series}
                  reference={{ value: share, label: `threshold ${share} %` }}
                  data-testid={`trend-chart-${segment}`}
                />
                <details className="mt-2">
                  <summary className="cursor-pointer text-sm text-sky-800">Show the numbers as a table</summary>
                  <div className="mt-2">
                    <Table caption={`Vendor shares of ${segmentInText[segment]} units over time`} data-testid={`trend-table-${segment}`}>
                      <THead>
                        <tr>
                          <Th>{trend.bucket === 'month' ? 'Month' : 'Change'}</Th>
                          {series.map((s) => (
                            <Th key={s.name}>{s.name}</Th>
                          ))}
                          <Th>HHI</Th>
                          <Th>Units</Th>
                        </tr>
                      </THead>
                      <TBody>
                        {trend.points.map((p, i) => (
                          <tr key={p.logIndex + p.at}>
                            <Th scope="row">
                              {whenLong(p.at, trend.bucket)}
                              <span className="block text-xs font-normal text-slate-600">log entry {p.logIndex}</span>
                            </Th>
                            {series.map((s) => (
                              <Td key={s.name} className="tabular-nums">
                                {s.values[i] === null ? '—' : `${s.values[i]} %`}
                              </Td>
                            ))}
                            <Td className="tabular-nums">{formatCount(p.segments[segment].hhi)}</Td>
                            <Td className="tabular-nums">{formatCount(p.segments[segment].totalUnits)}</Td>
                          </tr>
                        ))}
                      </TBody>
                    </Table>
                  </div>
                </details>
              </section>
            );
          })}
        </div>
      )}
      {unverified}
    </Card>
  );
}
