import { cx } from '@/app/_components/ui/class-names';
import { controlClasses } from '@/app/_components/ui/field';
import { RESULT_OPTIONS, type TestResult } from './results-model';

/** A coloured edge per outcome, so a column of results reads at a glance. */
const EDGE: Record<TestResult, string> = {
  pass: 'border-l-emerald-700',
  fail: 'border-l-red-700',
  inconclusive: 'border-l-amber-500',
  not_applicable: 'border-l-slate-600',
};

type Props = { testCaseId: string; label: string; value: TestResult | null; onChange: (result: TestResult) => void };

/**
 * A native select: one control (and five options) per row instead of a fieldset of four radio
 * buttons with labels, which made a grid of hundreds of rows several thousand nodes heavier.
 * It keeps the browser's own keyboard handling; a focused row still takes P, F, I and N.
 */
export function ResultChoice({ testCaseId, label, value, onChange }: Props) {
  return (
    <select
      aria-label={label}
      value={value ?? ''}
      onChange={(e) => {
        const next = RESULT_OPTIONS.find((o) => o.value === e.target.value);
        if (next) onChange(next.value);
      }}
      className={cx(controlClasses, 'w-36 border-l-4 px-2 py-1 text-xs font-medium', value ? EDGE[value] : 'border-l-slate-300')}
      data-testid={`result-choice-${testCaseId}`}
    >
      {value === null ? (
        <option value="" disabled>
          No result yet
        </option>
      ) : null}
      {RESULT_OPTIONS.map((o) => (
        <option key={o.value} value={o.value}>
          {`${o.label} (${o.key.toUpperCase()})`}
        </option>
      ))}
    </select>
  );
}
