import { cx } from '@/app/_components/ui/class-names';
import { RESULT_OPTIONS, type TestResult } from './results-model';

const CHECKED: Record<TestResult, string> = {
  pass: 'peer-checked:bg-emerald-700 peer-checked:text-white peer-checked:ring-emerald-700',
  fail: 'peer-checked:bg-red-700 peer-checked:text-white peer-checked:ring-red-700',
  inconclusive: 'peer-checked:bg-amber-500 peer-checked:text-slate-950 peer-checked:ring-amber-500',
  not_applicable: 'peer-checked:bg-slate-600 peer-checked:text-white peer-checked:ring-slate-600',
};

type Props = { testCaseId: string; label: string; value: TestResult | null; onChange: (result: TestResult) => void };

/** A segmented control made of real radio buttons: arrow keys move within it, as for any radio group. */
export function ResultChoice({ testCaseId, label, value, onChange }: Props) {
  return (
    <fieldset className="min-w-max" data-testid={`result-choice-${testCaseId}`}>
      <legend className="sr-only">{label}</legend>
      <div className="inline-flex overflow-hidden rounded-md shadow-sm">
        {RESULT_OPTIONS.map((o, index) => {
          const id = `result-${testCaseId}-${o.value}`;
          return (
            <span key={o.value} className="relative">
              <input
                id={id}
                type="radio"
                name={`result-${testCaseId}`}
                value={o.value}
                checked={value === o.value}
                onChange={() => onChange(o.value)}
                className="peer sr-only"
                data-testid={`result-option-${testCaseId}-${o.value}`}
              />
              <label
                htmlFor={id}
                title={`${o.label} (key ${o.key.toUpperCase()})`}
                className={cx(
                  'block cursor-pointer bg-white px-2 py-1 text-xs font-medium whitespace-nowrap text-slate-700 ring-1 ring-slate-300 ring-inset hover:bg-slate-100',
                  'peer-focus-visible:relative peer-focus-visible:z-10 peer-focus-visible:outline-2 peer-focus-visible:outline-offset-1 peer-focus-visible:outline-sky-700',
                  index === 0 && 'rounded-l-md',
                  index === RESULT_OPTIONS.length - 1 && 'rounded-r-md',
                  CHECKED[o.value],
                )}
              >
                <span aria-hidden="true">{o.short}</span>
                <span className="sr-only">{o.label}</span>
              </label>
            </span>
          );
        })}
      </div>
    </fieldset>
  );
}
