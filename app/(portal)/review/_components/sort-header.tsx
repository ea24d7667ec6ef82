import type { ReviewQueueSort } from '@/lib/validation/review-queue';
import { SortableHeader } from '@/app/_components/ui/sortable-header';
import { currentSort, queueHref, type QueueSearch } from './queue-params';

type Props = { column: ReviewQueueSort; label: string; search: QueueSearch; className?: string };

/** A column header that sorts by its column; pressing the sorted column again reverses the order. */
export function SortHeader({ column, label, search, className }: Props) {
  const { sort, dir } = currentSort(search);
  const sorted = sort === column ? dir : null;
  const nextDir = sorted === 'asc' ? 'desc' : 'asc';
  const href = queueHref(search, { sort: column, dir: nextDir, offset: undefined });
  return <SortableHeader label={label} href={href} sorted={sorted} nextDir={nextDir} testId={`queue-sort-${column}`} className={className} />;
}
