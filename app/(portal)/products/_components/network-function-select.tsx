import type { ReactNode, SelectHTMLAttributes } from 'react';
import { controlClasses, describedBy, Field } from '@/app/_components/ui/field';
import { networkFunctionsBySegment, segmentLabels } from './segments';

type Props = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> & {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  /** Text of a first, empty option. */
  placeholder: string;
};

/** Network functions grouped by the segment each maps to; the option text names the segment too. */
export function NetworkFunctionSelect({ id, label, hint, error, placeholder, required, ...rest }: Props) {
  return (
    <Field id={id} label={label} hint={hint} error={error} required={required}>
      <select
        key={String(rest.defaultValue ?? '')}
        id={id}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={controlClasses}
        {...rest}
      >
        <option value="">{placeholder}</option>
        {networkFunctionsBySegment().map((group) => (
          <optgroup key={group.segment} label={`${segmentLabels[group.segment]} segment`}>
            {group.functions.map((nf) => (
              <option key={nf} value={nf}>
                {`${nf} — ${segmentLabels[group.segment]}`}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </Field>
  );
}
