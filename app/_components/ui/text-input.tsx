import type { InputHTMLAttributes, ReactNode } from 'react';
import { controlClasses, describedBy, Field } from './field';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> & {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
};

export function TextInput({ id, label, hint, error, required, className, ...rest }: Props) {
  return (
    <Field id={id} label={label} hint={hint} error={error} required={required}>
      <input
        id={id}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={className ? `${controlClasses} ${className}` : controlClasses}
        {...rest}
      />
    </Field>
  );
}
