import Link from 'next/link';
import { Th } from './data-table';

type Direction = 'asc' | 'desc';
type Props = {
  label: string;
  /** Where pressing the header goes: the list sorted by this column in `nextDir`. */
  href: string;
  /** This column's current direction, or null when the list is sorted by another column. */
  sorted: Direction | null;
  nextDir: Direction;
  testId: string;
  className?: string;
};

const spoken = (dir: Direction) => (dir === 'asc' ? 'ascending' : 'descending');

/** A table header that links to the list sorted by its column, announcing the current and the next order. */
export function SortableHeader({ label, href, sorted, nextDir, testId, className }: Props) {
  return (
    <Th aria-sort={sorted ? spoken(sorted) : 'none'} className={className} data-label={label}>
      <Link href={href} className="inline-flex items-center gap-1 rounded hover:text-sky-800 hover:underline" data-testid={testId}>
        {label}
        <span aria-hidden="true" className={sorted ? 'text-sky-800' : 'text-slate-400'}>
          {sorted ? (sorted === 'asc' ? '▲' : '▼') : '↕'}
        </span>
        <span className="sr-only">
          {sorted ? `, sorted ${spoken(sorted)}; ` : ', '}
          sort {spoken(nextDir)}
        </span>
      </Link>
    </Th>
  );
}
