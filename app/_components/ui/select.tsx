import type { ReactNode, SelectHTMLAttributes } from 'react';
import { controlClasses, describedBy, Field } from './field';

export type SelectOption = { value: string; label: string };

type Props = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> & {
  id: string;
  label: ReactNode;
  options: readonly SelectOption[];
  hint?: ReactNode;
  error?: string;
  /** Adds a first, empty option with this text. */
  placeholder?: string;
};

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
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}
