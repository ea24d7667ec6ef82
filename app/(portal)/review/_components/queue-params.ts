import { REVIEW_QUEUE_SORTS, type ReviewQueueSort, type SortDirection } from '@/lib/validation/review-queue';

export const QUEUE_FILTER_KEYS = ['segment', 'networkFunction', 'vendor', 'lab'] as const;
const QUEUE_KEYS = [...QUEUE_FILTER_KEYS, 'sort', 'dir', 'offset'] as const;
type QueueKey = (typeof QUEUE_KEYS)[number];

/** The review queue's URL state: only known, non-empty parameters (an empty filter means "any"). */
export type QueueSearch = Partial<Record<QueueKey, string>>;

export function readQueueSearch(params: Record<string, string | string[] | undefined>): QueueSearch {
  const search: QueueSearch = {};
  for (const key of QUEUE_KEYS) {
    const value = params[key];
    if (typeof value === 'string' && value.trim()) search[key] = value.trim();
  }
  return search;
}

export function currentSort(search: QueueSearch): { sort: ReviewQueueSort; dir: SortDirection } {
  const sort = REVIEW_QUEUE_SORTS.find((s) => s === search.sort) ?? 'age';
  return { sort, dir: search.dir === 'desc' ? 'desc' : 'asc' };
}

/** `/review` with `changes` applied to the current search; undefined removes a parameter. */
export function queueHref(search: QueueSearch, changes: QueueSearch | Partial<Record<QueueKey, undefined>>): string {
  const merged: QueueSearch = { ...search, ...changes };
  const query = new URLSearchParams();
  for (const key of QUEUE_KEYS) {
    const value = merged[key];
    if (value) query.set(key, value);
  }
  const text = query.toString();
  return text ? `/review?${text}` : '/review';
}
