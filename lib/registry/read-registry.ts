import 'server-only';
import { NETWORK_FUNCTIONS } from '@/lib/catalogue/network-functions';
import { NETWORK_SEGMENTS } from '@/lib/catalogue/network-segments';
import { getDb } from '@/lib/db';
import { badRequest } from '@/lib/errors';
import { decodeCursor, encodeCursor } from '@/lib/pagination';
import { registryFilterKey, registryTotals } from '@/lib/registry/registry-totals';
import { searchText } from '@/lib/registry/search-query';
import { parseInput } from '@/lib/validation/parse';
import {
  DEFAULT_SORT_DIRECTION,
  REGISTRY_SEARCH_TOTAL_CAP,
  REGISTRY_TOTAL_CAP,
  registryQuerySchema,
  type RegistryFilterQuery,
  type RegistrySort,
  type RegistrySortDirection,
} from '@/lib/validation/registry';
import {
  countRegistry,
  hasAnyCertificate,
  selectNetworkFunctionsInRegistry,
  selectOrganizationsInRegistry,
  selectRegistryRows,
  type RegistryFilters,
  type RegistryKeyset,
} from '@/db/queries/registry';
import { toRegistryItem, type RegistryFilterOptions, type RegistryPage } from './registry-dto';

type Cursor = { s: RegistrySort; d: RegistrySortDirection; k: RegistryKeyset };

const TIME_KEY = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A cursor this service wrote: its keyset must be well-formed for its sort, or the database would refuse it. */
const isCursor = (v: unknown): v is Cursor => {
  const c = v as Partial<Cursor> | null;
  if (typeof c !== 'object' || c === null || !Array.isArray(c.k) || c.k.length !== 2) return false;
  const [value, id] = c.k as unknown[];
  if (typeof value !== 'string' || typeof id !== 'string' || !UUID.test(id) || value.length > 1000) return false;
  const isTimeSort = c.s === 'issuedAt' || c.s === 'expiresAt';
  return (isTimeSort ? TIME_KEY.test(value) : c.s === 'product' || c.s === 'vendor') && (c.d === 'asc' || c.d === 'desc');
};

/** Query strings carry empty values for untouched form fields (`?status=`): they mean "no filter". */
export function withoutEmptyValues(query: unknown): unknown {
  if (typeof query !== 'object' || query === null || Array.isArray(query)) return query;
  return Object.fromEntries(Object.entries(query).filter(([, v]) => v !== '' && v !== undefined));
}

/** The database filters for validated registry filters; a search without any word is no search. */
export function toRegistryFilters(query: RegistryFilterQuery): RegistryFilters {
  return {
    search: query.q ? searchText(query.q) : null,
    status: query.status,
    networkFunction: query.networkFunction,
    segment: query.segment,
    vendorOrgId: query.vendor,
    labOrgId: query.lab,
  };
}

/**
 * Whether to find a page by filtering first (see selectRegistryRows): for filters whose matches are
 * rare among the newest rows however many there are — review flags come late in a certificate's
 * life — in an order no index of theirs has. In issue order the review list has its own index;
 * for the other filters PostgreSQL's own choice between walking the sort index and collecting the
 * matches holds (expired certificates, the oldest, have their own index in issue order).
 */
export function isFilterFirst(filters: RegistryFilters, sort: RegistrySort): boolean {
  return filters.status === 'under_review' && sort !== 'issuedAt';
}

/**
 * One page of the public registry of certificates (anyone, no login; logs nothing). Filters: `q`
 * (every word a prefix, full-text), `status` (effective, or `under_review`), `networkFunction`,
 * `segment`, `vendor`, `lab` (org ids). Sort `issuedAt` (default, newest first), `expiresAt`,
 * `product` or `vendor`, with `dir`. Keyset pagination by `cursor`; `total` is counted up to
 * 10 000, or 200 for a text search (`isTotalCapped` beyond), and remembered for a few seconds
 * (lib/registry/registry-totals.ts). Bad parameters: 400.
 */
export async function listRegistry(query: unknown): Promise<RegistryPage> {
  const params = parseInput(registryQuerySchema, withoutEmptyValues(query));
  const dir = params.dir ?? DEFAULT_SORT_DIRECTION[params.sort];
  const cursor = decodeCursor(params.cursor, isCursor);
  if (cursor && (cursor.s !== params.sort || cursor.d !== dir)) {
    throw badRequest('The cursor belongs to another sort order; start again without it.');
  }
  const filters = toRegistryFilters(params);
  // One instant for the filter and the status shown, so they always agree.
  const now = new Date();
  const db = await getDb();
  const cap = (filters.search ? REGISTRY_SEARCH_TOTAL_CAP : REGISTRY_TOTAL_CAP) + 1;
  const filterKey = registryFilterKey(filters, cap);
  const known = registryTotals.get(filterKey);
  const rows = await selectRegistryRows(db, {
    filters,
    now,
    sort: params.sort,
    dir,
    after: cursor?.k,
    limit: params.limit + 1,
    filterFirst: isFilterFirst(filters, params.sort),
    countCap: known ? undefined : cap,
  });
  let total = known;
  // A first page that holds every match counts them itself; otherwise the count rides along with
  // the rows, and a page past the end has none to carry it.
  const isWholeResult = !cursor && rows.length <= params.limit;
  if (isWholeResult || !total) {
    const counted = isWholeResult ? rows.length : (rows[0]?.total ?? (await countRegistry(db, filters, now, cap)));
    total = { count: Math.min(counted, cap - 1), isCapped: counted >= cap };
    registryTotals.remember(filterKey, total);
  }
  const page = rows.slice(0, params.limit);
  const last = page[page.length - 1];
  const next: Cursor | null = rows.length > params.limit ? { s: params.sort, d: dir, k: [last.sortValue, last.id] } : null;
  return {
    items: page.map(toRegistryItem),
    nextCursor: next ? encodeCursor(next) : null,
    total: total.count,
    isTotalCapped: total.isCapped,
  };
}

/** Choices for the registry's filters: vendors and labs with certificates, the network functions present (public). */
export async function getRegistryFilterOptions(): Promise<RegistryFilterOptions> {
  const db = await getDb();
  const [vendors, labs, networkFunctions] = await Promise.all([
    selectOrganizationsInRegistry(db, 'vendor'),
    selectOrganizationsInRegistry(db, 'lab'),
    selectNetworkFunctionsInRegistry(db, NETWORK_FUNCTIONS),
  ]);
  return { vendors, labs, networkFunctions, segments: [...NETWORK_SEGMENTS] };
}

/** True when at least one certificate has ever been issued (public): tells "nothing matches" from "nothing yet". */
export async function isRegistryEmpty(): Promise<boolean> {
  return !(await hasAnyCertificate(await getDb()));
}
