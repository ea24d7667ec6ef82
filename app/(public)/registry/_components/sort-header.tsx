import Link from 'next/link';
import { DEFAULT_SORT_DIRECTION, type RegistrySort } from '@/lib/validation/registry';
import { Th } from '@/app/_components/ui/data-table';
import { currentSort, registryHref, type RegistrySearch } from './registry-params';

type Props = { column: RegistrySort; label: string; search: RegistrySearch };

/** A column header that sorts by its column; pressing the sorted column again reverses the order. A new sort starts on page one. */
export function SortHeader({ column, label, search }: Props) {
  const { sort, dir } = currentSort(search);
  const isSorted = sort === column;
  const nextDir = isSorted ? (dir === 'asc' ? 'desc' : 'asc') : DEFAULT_SORT_DIRECTION[column];
  const href = registryHref(search, { sort: column, dir: nextDir, cursor: undefined });
  const arrow = isSorted ? (dir === 'asc' ? '▲' : '▼') : '↕';
  return (
    <Th aria-sort={isSorted ? (dir === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <Link href={href} className="inline-flex items-center gap-1 rounded hover:text-sky-800 hover:underline" data-testid={`registry-sort-${column}`}>
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
