import type { DiversityDto } from '@/lib/diversity/diversity-dto';
import { unitsText } from '@/app/(portal)/components/_components/labels';
import { Button } from '@/app/_components/ui/button';
import { Select } from '@/app/_components/ui/select';

type Props = { operators: NonNullable<DiversityDto['operators']>; current: string };

/** Regulators: all operators together or one of them; a GET form, so the choice lives in the URL. */
export function OperatorSelect({ operators, current }: Props) {
  return (
    <form method="get" action="/diversity" className="flex flex-wrap items-end gap-3" data-testid="operator-filter">
      <div className="w-full max-w-sm">
        <Select
          id="diversity-operator"
          name="operator"
          label="Operator"
          placeholder="All operators together"
          options={operators.map((o) => ({ value: o.id, label: `${o.name} (${unitsText(o.totalUnits)})` }))}
          defaultValue={current}
          data-testid="operator-select"
        />
      </div>
      <Button type="submit" variant="secondary" className="mb-0.5" data-testid="operator-apply">
        Show
      </Button>
    </form>
  );
}
