import { DEFAULT_SORT_DIRECTION, type RegistrySort } from '@/lib/validation/registry';
import { SortableHeader } from '@/app/_components/ui/sortable-header';
import { currentSort, registryHref, type RegistrySearch } from './registry-params';

type Props = { column: RegistrySort; label: string; search: RegistrySearch };

/** A column header that sorts by its column; pressing the sorted column again reverses the order. A new sort starts on page one. */
export function SortHeader({ column, label, search }: Props) {
  const { sort, dir } = currentSort(search);
  const sorted = sort === column ? dir : null;
  const nextDir = sorted ? (sorted === 'asc' ? 'desc' : 'asc') : DEFAULT_SORT_DIRECTION[column];
  const href = registryHref(search, { sort: column, dir: nextDir, cursor: undefined });
  return <SortableHeader label={label} href={href} sorted={sorted} nextDir={nextDir} testId={`registry-sort-${column}`} />;
}
