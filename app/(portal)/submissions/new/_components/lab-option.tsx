import type { EligibleLabDto } from '@/lib/submissions/read-eligible-labs';
import { Badge } from '@/app/_components/ui/badge';
import { cx } from '@/app/_components/ui/class-names';

type Props = { lab: EligibleLabDto; defaultChecked: boolean };

/**
 * One lab as a radio choice. A lab of the vendor's own corporate group is shown but cannot be
 * chosen: it would have to refuse the assignment, because the evaluation must be independent.
 */
export function LabOption({ lab, defaultChecked }: Props) {
  const id = `lab-${lab.id}`;
  const isBlocked = lab.sharesGroupWithVendor;
  return (
    <li
      className={cx('rounded-lg border p-4', isBlocked ? 'border-amber-300 bg-amber-50/50' : 'border-slate-200 bg-white has-[:checked]:border-sky-700 has-[:checked]:ring-1 has-[:checked]:ring-sky-700')}
      data-testid="lab-option"
      data-lab-name={lab.name}
    >
      <div className="flex items-start gap-3">
        <input
          id={id}
          type="radio"
          name="labOrgId"
          value={lab.id}
          defaultChecked={defaultChecked && !isBlocked}
          disabled={isBlocked}
          aria-describedby={`${id}-details${isBlocked ? ` ${id}-independence` : ''}`}
          className="mt-1 size-4 accent-sky-800"
          data-testid={`lab-radio-${lab.id}`}
        />
        <div className="min-w-0 flex-1 space-y-1">
          <label htmlFor={id} className="flex flex-wrap items-center gap-2 font-medium text-slate-900">
            {lab.name}
            {lab.country ? <span className="text-sm font-normal text-slate-600">({lab.country})</span> : null}
            {isBlocked ? (
              <Badge tone="warning" data-testid="lab-same-group">
                Same corporate group
              </Badge>
            ) : null}
          </label>
          <p id={`${id}-details`} className="text-sm text-slate-700">
            Accredited by {lab.accreditation.body} to {lab.accreditation.standard}, valid until{' '}
            <time dateTime={lab.accreditation.validUntil}>{lab.accreditation.validUntil}</time>.
          </p>
          {isBlocked ? (
            <p id={`${id}-independence`} className="text-sm text-amber-900">
              This lab belongs to your own corporate group. Evaluations must be independent, so it would have to refuse the
              assignment; choose another lab.
            </p>
          ) : null}
        </div>
      </div>
    </li>
  );
}
