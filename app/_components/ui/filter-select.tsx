import type { SelectHTMLAttributes } from 'react';
import { controlClasses } from '@/app/_components/ui/field';

type Props = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> & {
  id: string;
  label: string;
  anyLabel: string;
  options: readonly { value: string; label: string }[];
  /** The current value; kept as a choice even when it is no longer among the options. */
  current?: string;
  /** How to show `current` when it is not among the options (default: the value itself). */
  unlistedLabel?: string;
};

/** A labelled filter select whose first choice means "any". */
export function FilterSelect({ id, label, anyLabel, options, current, unlistedLabel, ...rest }: Props) {
  const isKnown = !current || options.some((o) => o.value === current);
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <select key={current ?? ''} id={id} defaultValue={current ?? ''} className={controlClasses} {...rest}>
        <option value="">{anyLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
        {isKnown ? null : <option value={current}>{unlistedLabel ?? current}</option>}
      </select>
    </div>
  );
}
