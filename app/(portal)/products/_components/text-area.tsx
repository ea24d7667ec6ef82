import type { ReactNode, TextareaHTMLAttributes } from 'react';
import { controlClasses, describedBy, Field } from '@/app/_components/ui/field';

type Props = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> & {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
};

/** A labelled multi-line text field with hint and error, like TextInput. */
export function TextArea({ id, label, hint, error, required, rows = 4, ...rest }: Props) {
  return (
    <Field id={id} label={label} hint={hint} error={error} required={required}>
      <textarea
        id={id}
        rows={rows}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={controlClasses}
        {...rest}
      />
    </Field>
  );
}
