import type { InputHTMLAttributes, ReactNode } from 'react';
import { describedBy } from './field';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type'> & {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
};

export function Checkbox({ id, label, hint, error, ...rest }: Props) {
  return (
    <div className="flex items-start gap-3">
      <input
        id={id}
        type="checkbox"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className="mt-0.5 size-4 rounded border-slate-400 accent-sky-800"
        {...rest}
      />
      <div className="space-y-1">
        <label htmlFor={id} className="text-sm font-medium text-slate-800">
          {label}
        </label>
        {hint ? (
          <p id={`${id}-hint`} className="text-xs text-slate-600">
            {hint}
          </p>
        ) : null}
        {error ? (
          <p id={`${id}-error`} className="text-sm font-medium text-red-700" data-testid={`${id}-error`}>
            {error}
          </p>
        ) : null}
      </div>
    </div>
  );
}
