import Link from 'next/link';
import type { ReviewQueueSort } from '@/lib/validation/review-queue';
import { Th } from '@/app/_components/ui/data-table';
import { currentSort, queueHref, type QueueSearch } from './queue-params';

type Props = { column: ReviewQueueSort; label: string; search: QueueSearch; className?: string };

/** A column header that sorts by its column; pressing the sorted column again reverses the order. */
export function SortHeader({ column, label, search, className }: Props) {
  const { sort, dir } = currentSort(search);
  const isSorted = sort === column;
  const nextDir = isSorted && dir === 'asc' ? 'desc' : 'asc';
  const href = queueHref(search, { sort: column, dir: nextDir, offset: undefined });
  const arrow = isSorted ? (dir === 'asc' ? '▲' : '▼') : '↕';
  return (
    <Th aria-sort={isSorted ? (dir === 'asc' ? 'ascending' : 'descending') : 'none'} className={className}>
      <Link
        href={href}
        className="inline-flex items-center gap-1 rounded hover:text-sky-800 hover:underline"
        data-testid={`queue-sort-${column}`}
      >
        {label}
        <span aria-hidden="true" className={isSorted ? 'text-sky-800' : 'text-slate-400'}>
          {arrow}
        </span>
        <span className="sr-only">
          {isSorted ? `, sorted ${dir === 'asc' ? 'ascending' : 'descending'}; ` : ', '}
          sort {nextDir === 'asc' ? 'ascending' : 'descending'}
        </span>
      </Link>
    </Th>
  );
}
