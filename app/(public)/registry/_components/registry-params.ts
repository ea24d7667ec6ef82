import {
  DEFAULT_SORT_DIRECTION,
  REGISTRY_SORTS,
  type RegistrySort,
  type RegistrySortDirection,
} from '@/lib/validation/registry';

export const REGISTRY_FILTER_KEYS = ['q', 'status', 'networkFunction', 'segment', 'vendor', 'lab'] as const;
const REGISTRY_KEYS = [...REGISTRY_FILTER_KEYS, 'sort', 'dir', 'cursor'] as const;
type RegistryKey = (typeof REGISTRY_KEYS)[number];

/** The registry's URL state: only known, non-empty parameters (an empty filter means "any"). */
export type RegistrySearch = Partial<Record<RegistryKey, string>>;

export function readRegistrySearch(params: Record<string, string | string[] | undefined>): RegistrySearch {
  const search: RegistrySearch = {};
  for (const key of REGISTRY_KEYS) {
    const raw = params[key];
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (typeof value === 'string' && value.trim()) search[key] = value.trim();
  }
  return search;
}

export function isFiltered(search: RegistrySearch): boolean {
  return REGISTRY_FILTER_KEYS.some((key) => Boolean(search[key]));
}

export function currentSort(search: RegistrySearch): { sort: RegistrySort; dir: RegistrySortDirection } {
  const sort = REGISTRY_SORTS.find((s) => s === search.sort) ?? 'issuedAt';
  const dir = search.dir === 'asc' || search.dir === 'desc' ? search.dir : DEFAULT_SORT_DIRECTION[sort];
  return { sort, dir };
}

/** The query string for `search` with `changes` applied; undefined removes a parameter. */
export function registryQuery(search: RegistrySearch, changes: Partial<Record<RegistryKey, string | undefined>> = {}): string {
  const merged: RegistrySearch = { ...search, ...changes };
  const query = new URLSearchParams();
  for (const key of REGISTRY_KEYS) {
    const value = merged[key];
    if (value) query.set(key, value);
  }
  const text = query.toString();
  return text ? `?${text}` : '';
}

/** The registry page with `changes` applied to the current search. */
export function registryHref(search: RegistrySearch, changes: Partial<Record<RegistryKey, string | undefined>> = {}): string {
  return `/${registryQuery(search, changes)}`;
}

/** The filters and sort of `search` (no cursor), for the CSV export and the feed. */
export function exportQuery(search: RegistrySearch): string {
  return registryQuery(search, { cursor: undefined });
}

export function feedQuery(search: RegistrySearch): string {
  return registryQuery(search, { cursor: undefined, sort: undefined, dir: undefined });
}
