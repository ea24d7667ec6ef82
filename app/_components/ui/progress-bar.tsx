type Props = { label: string; value: number; max?: number; valueText?: string; 'data-testid'?: string };

export function ProgressBar({ label, value, max = 100, valueText, ...rest }: Props) {
  const clamped = Math.min(Math.max(value, 0), max);
  const percent = max > 0 ? Math.round((clamped / max) * 100) : 0;
  return (
    <div className="space-y-1">
      <div className="flex justify-between text-xs text-slate-700">
        <span>{label}</span>
        <span aria-hidden="true">{valueText ?? `${percent} %`}</span>
      </div>
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={max}
        aria-valuenow={clamped}
        aria-valuetext={valueText}
        className="h-2 w-full overflow-hidden rounded-full bg-slate-200"
        {...rest}
      >
        <div className="h-full rounded-full bg-sky-700" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
