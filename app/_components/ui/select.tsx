import type { ReactNode, SelectHTMLAttributes } from 'react';
import { controlClasses, describedBy, Field } from './field';

export type SelectOption = { value: string; label: string };
export type SelectOptionGroup = { label: string; options: readonly SelectOption[] };

type Props = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> & {
  id: string;
  label: ReactNode;
  /** Plain options, or labelled groups of them (rendered as optgroups). */
  options: readonly SelectOption[] | readonly SelectOptionGroup[];
  hint?: ReactNode;
  error?: string;
  /** Adds a first, empty option with this text. */
  placeholder?: string;
};

const renderOption = (o: SelectOption) => (
  <option key={o.value} value={o.value}>
    {o.label}
  </option>
);

export function Select({ id, label, options, hint, error, placeholder, required, ...rest }: Props) {
  return (
    <Field id={id} label={label} hint={hint} error={error} required={required}>
      <select
        // React applies a select's defaultValue only on mount, and a form reset returns to it: remount when it changes.
        key={String(rest.defaultValue ?? '')}
        id={id}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={controlClasses}
        {...rest}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) =>
          'options' in o ? (
            <optgroup key={o.label} label={o.label}>
              {o.options.map(renderOption)}
            </optgroup>
          ) : (
            renderOption(o)
          ),
        )}
      </select>
    </Field>
  );
}
