import { cx } from '@/app/_components/ui/class-names';

export type ChartSeries = { name: string; values: readonly (number | null)[] };

type Props = {
  id: string;
  title: string;
  /** What the chart shows, in words: read out instead of the drawing. */
  summary: string;
  xLabels: readonly string[];
  series: readonly ChartSeries[];
  yMax?: number;
  /** A dashed reference line, e.g. the concentration threshold. */
  reference?: { value: number; label: string };
  className?: string;
  'data-testid'?: string;
};

// Okabe–Ito colours (distinguishable with colour-vision deficiencies), each with its own dash and marker
// so no line depends on colour alone.
const COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000'];
const DASHES = ['', '7 4', '2 3', '10 3 2 3', '4 2', '1 2', '12 4'];
const W = 640;
const H = 260;
const M = { left: 44, right: 16, top: 12, bottom: 40 };
const MAX_X_LABELS = 6;

export const seriesColour = (i: number) => COLOURS[i % COLOURS.length];

function Marker({ x, y, i }: { x: number; y: number; i: number }) {
  const colour = seriesColour(i);
  switch (i % 4) {
    case 0:
      return <circle cx={x} cy={y} r={3.5} fill={colour} />;
    case 1:
      return <rect x={x - 3.5} y={y - 3.5} width={7} height={7} fill={colour} />;
    case 2:
      return <path d={`M${x} ${y - 4.5}L${x + 4} ${y + 3.5}L${x - 4} ${y + 3.5}Z`} fill={colour} />;
    default:
      return <path d={`M${x} ${y - 4.5}L${x + 4.5} ${y}L${x} ${y + 4.5}L${x - 4.5} ${y}Z`} fill={colour} />;
  }
}

/**
 * A small line chart in plain SVG (no script, no chart library): one line per series over evenly
 * spaced points, the y axis from 0 to `yMax`. The SVG is an image labelled by its title and
 * summary; the numbers themselves belong in a table beside it (see TrendCard).
 */
export function LineChart({ id, title, summary, xLabels, series, yMax = 100, reference, className, ...rest }: Props) {
  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  const n = xLabels.length;
  const x = (i: number) => M.left + (n <= 1 ? plotW / 2 : (i * plotW) / (n - 1));
  const y = (v: number) => M.top + plotH - (Math.min(Math.max(v, 0), yMax) / yMax) * plotH;
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((t) => t * yMax);
  const step = Math.max(1, Math.ceil(n / MAX_X_LABELS));
  const labelled = xLabels.map((label, i) => ({ label, i })).filter(({ i }) => i % step === 0 || i === n - 1);
  return (
    <figure className={cx('space-y-2', className)} {...rest}>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} className="h-auto w-full max-w-3xl" preserveAspectRatio="xMidYMid meet">
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{summary}</desc>
        {ticks.map((t) => (
          <g key={t}>
            <line x1={M.left} x2={W - M.right} y1={y(t)} y2={y(t)} stroke="#e2e8f0" />
            <text x={M.left - 6} y={y(t) + 4} textAnchor="end" fontSize="11" fill="#475569">
              {t} %
            </text>
          </g>
        ))}
        {labelled.map(({ label, i }) => (
          <text key={i} x={x(i)} y={H - M.bottom + 18} textAnchor={n <= 1 ? 'middle' : i === 0 ? 'start' : i === n - 1 ? 'end' : 'middle'} fontSize="11" fill="#475569">
            {label}
          </text>
        ))}
        {reference ? (
          <g>
            <line x1={M.left} x2={W - M.right} y1={y(reference.value)} y2={y(reference.value)} stroke="#1e293b" strokeWidth={1.5} strokeDasharray="5 4" />
            <text x={W - M.right} y={y(reference.value) - 5} textAnchor="end" fontSize="11" fill="#1e293b">
              {reference.label}
            </text>
          </g>
        ) : null}
        {series.map((s, i) => {
          const points = s.values.map((v, j) => (v === null ? null : { x: x(j), y: y(v) }));
          const path = points.reduce((d, p, j) => (p ? `${d}${j === 0 || !points[j - 1] ? 'M' : 'L'}${p.x.toFixed(1)} ${p.y.toFixed(1)}` : d), '');
          return (
            <g key={s.name}>
              <path d={path} fill="none" stroke={seriesColour(i)} strokeWidth={2.25} strokeDasharray={DASHES[i % DASHES.length] || undefined} />
              {points.map((p, j) => (p ? <Marker key={j} x={p.x} y={p.y} i={i} /> : null))}
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700" aria-label="Legend">
          {series.map((s, i) => (
            <li key={s.name} className="flex items-center gap-1.5">
              <svg width="22" height="10" aria-hidden="true">
                <line x1="1" x2="21" y1="5" y2="5" stroke={seriesColour(i)} strokeWidth={2.25} strokeDasharray={DASHES[i % DASHES.length] || undefined} />
              </svg>
              {s.name}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
