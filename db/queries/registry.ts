import { and, asc, eq, exists, inArray, isNotNull, ne, or, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { compileOnce, executeCompiled, rowsOf, type Executor } from '../client';
import { certificates } from '@/db/schema/certificates';
import { evidence, submissions, testCases, testResults } from '@/db/schema/submissions';
import { logEntries } from '@/db/schema/log';
import { organizations } from '@/db/schema/organizations';
import { certificateExpiryDue } from '../schema/certificates';
import { rfc3339FromUtcText, utcText } from '../utc-text';
import { matchesSearchPrefixes } from './search-prefixes';

export type RegistryStatusKey = 'valid' | 'suspended' | 'revoked' | 'expired' | 'under_review';
export type RegistrySortKey = 'issuedAt' | 'expiresAt' | 'product' | 'vendor';

/** Public registry filters. */
export type RegistryFilters = {
  /** Words to find as prefixes, sanitised (lib/registry/search-query.ts `searchText`). */
  search?: string | null;
  status?: RegistryStatusKey;
  networkFunction?: string;
  segment?: 'ran' | 'transport' | 'core';
  vendorOrgId?: string;
  labOrgId?: string;
};

/** The sort value and id of the last row of a page, as text (timestamps with microseconds). */
export type RegistryKeyset = [sortValue: string, id: string];

/** Each sort's column, its value as text for the cursor (timestamps as UTC text, finished in `finishRows`), and its type. */
const SORTS: Record<RegistrySortKey, { column: AnyPgColumn; text: SQL<string>; cast: string; isTime: boolean }> = {
  issuedAt: { column: certificates.issuedAt, text: utcText(certificates.issuedAt), cast: 'timestamptz', isTime: true },
  expiresAt: { column: certificates.expiresAt, text: utcText(certificates.expiresAt), cast: 'timestamptz', isTime: true },
  product: { column: certificates.productName, text: sql<string>`${certificates.productName}`, cast: 'text', isTime: false },
  vendor: { column: certificates.vendorName, text: sql<string>`${certificates.vendorName}`, cast: 'text', isTime: false },
};

/**
 * Every value a registry query takes is a named placeholder, so a query's text depends only on its
 * shape — which filters, which order, whether a cursor and a count — and each shape is compiled
 * once (db/client.ts `compileOnce`); a request only fills in its values (`registryValues`).
 */
const value = {
  now: sql.placeholder('now'),
  search: sql.placeholder('search'),
  networkFunction: sql.placeholder('networkFunction'),
  segment: sql.placeholder('segment'),
  vendor: sql.placeholder('vendor'),
  lab: sql.placeholder('lab'),
  afterValue: sql.placeholder('afterValue'),
  afterId: sql.placeholder('afterId'),
  limit: sql.placeholder('limit'),
  cap: sql.placeholder('cap'),
  id: sql.placeholder('id'),
};
const nowValue = sql`${value.now}::timestamptz`;

/** The values of a registry query's placeholders; those its shape does not use are ignored. */
function registryValues(filters: RegistryFilters, now: Date, more: Partial<Record<keyof typeof value, unknown>> = {}): Record<string, unknown> {
  return {
    now: now.toISOString(),
    search: filters.search ?? null,
    networkFunction: filters.networkFunction ?? null,
    segment: filters.segment ?? null,
    vendor: filters.vendorOrgId ?? null,
    lab: filters.labOrgId ?? null,
    afterValue: null,
    afterId: null,
    limit: null,
    cap: null,
    id: null,
    ...more,
  };
}

/** What of the filters shapes a query's text: which are set, and the status (each has its own condition). */
const filterShape = (f: RegistryFilters) =>
  `${f.search ? 'q' : ''}${f.networkFunction ? 'f' : ''}${f.segment ? 's' : ''}${f.vendorOrgId ? 'v' : ''}${f.labOrgId ? 'l' : ''}:${f.status ?? ''}`;

// An expired certificate either has its expiry logged by the job (nearly all) or is due and not
// logged yet; together exactly "not revoked and expires_at <= now". Each half has its own index.
const expiryLogged = () => and(isNotNull(certificates.expiryLoggedAt), ne(certificates.status, 'revoked'), sql`${certificates.expiresAt} <= ${nowValue}`);
const expiryDue = () => sql`${certificateExpiryDue(certificates)} <= ${nowValue}`;

/**
 * The status filter in the terms of `effectiveCertificateStatus`, evaluated at `now` (one value for
 * the whole query, so the filter and the status shown agree): expired from `expires_at` on,
 * revoked stays revoked.
 */
function statusCondition(status: RegistryStatusKey): SQL | undefined {
  switch (status) {
    case 'valid':
    case 'suspended':
      return and(eq(certificates.status, status), sql`${certificates.expiresAt} > ${nowValue}`);
    case 'revoked':
      return eq(certificates.status, 'revoked');
    case 'expired':
      return or(expiryLogged(), expiryDue());
    case 'under_review':
      return isNotNull(certificates.reviewRequiredAt);
  }
}

// Planned for each search's own words (custom plans, db/client.ts), so the planner can estimate how many rows match.
const searchCondition = () => matchesSearchPrefixes(certificates.searchPrefixes, value.search);

/** Every certificate is public; this only narrows by the filters (their values are placeholders). */
function registryWhere(filters: RegistryFilters): SQL | undefined {
  return and(
    filters.search ? searchCondition() : undefined,
    filters.status ? statusCondition(filters.status) : undefined,
    filters.networkFunction ? eq(certificates.networkFunction, value.networkFunction) : undefined,
    filters.segment ? eq(certificates.segment, value.segment) : undefined,
    filters.vendorOrgId ? eq(certificates.vendorOrgId, value.vendor) : undefined,
    filters.labOrgId ? eq(certificates.labOrgId, value.lab) : undefined,
  );
}

/** Rows strictly after the cursor's keyset in the order (sort dir, id dir): a row comparison an index on (column, id) can answer. */
function after(sort: RegistrySortKey, dir: 'asc' | 'desc'): SQL {
  const { column, cast } = SORTS[sort];
  const op = sql.raw(dir === 'asc' ? '>' : '<');
  return sql`(${column}, ${certificates.id}) ${op} (${value.afterValue}::${sql.raw(cast)}, ${value.afterId}::uuid)`;
}

/**
 * The registry item columns, written out by hand: the registry is the hottest public query, and
 * text timestamps (UTC text, finished by `finishRows`) and a status computed here
 * (effectiveCertificateStatus at `now`) keep the per-row work small on both sides.
 */
function itemColumns(): SQL {
  const c = certificates;
  return sql`${c.id} as "id",
    case when ${c.status} = 'revoked' then 'revoked' when ${c.expiresAt} <= ${nowValue} then 'expired' else ${c.status}::text end as "status",
    ${c.reviewRequiredAt} is not null as "underReview",
    ${c.productName} as "product", ${c.productModel} as "model", ${c.versionLabel} as "version",
    ${c.vendorOrgId} as "vendorId", ${c.vendorName} as "vendorName", ${c.labOrgId} as "labId", ${c.labName} as "labName",
    ${c.networkFunction} as "networkFunction", ${c.segment}::text as "segment", ${c.scheme} as "scheme", ${c.specVersions} as "specVersions",
    ${utcText(c.issuedAt)} as "issuedAt", ${utcText(c.expiresAt)} as "expiresAt"`;
}

/** A certificate as the public registry shows it; timestamps are RFC 3339 text, `status` is the effective one. */
export type RegistryItemRow = {
  id: string;
  status: 'valid' | 'suspended' | 'revoked' | 'expired';
  underReview: boolean;
  product: string;
  model: string | null;
  version: string;
  vendorId: string;
  vendorName: string;
  labId: string;
  labName: string;
  networkFunction: string;
  segment: 'ran' | 'transport' | 'core';
  scheme: string;
  specVersions: string;
  issuedAt: string;
  expiresAt: string;
};

export type RegistryRow = RegistryItemRow & { sortValue: string; total?: number };

const whereClause = (condition: SQL | undefined) => (condition ? sql`where ${condition}` : sql``);

/**
 * `count(*)` of the rows matching `filters`, stopping at `cap`, so a broad filter stays cheap. A
 * search's matches come from its text index first (`offset 0` keeps PostgreSQL from merging the
 * steps) and the other filters are checked on them until the cap: left to itself, the planner
 * expects matches spread evenly and scans the table, or intersects with the status index's
 * tens of thousands of entries — several times slower.
 */
function cappedCount(filters: RegistryFilters, where = registryWhere(filters)): SQL {
  if (!filters.search) {
    return sql`(select count(*)::int from (select from ${certificates} ${whereClause(where)} limit ${value.cap}) as matches)`;
  }
  const others = registryWhere({ ...filters, search: null });
  const hits = sql`(select * from ${certificates} where ${searchCondition()} offset 0) as ${certificates}`;
  return sql`(select count(*)::int from (select from ${hits} ${whereClause(others)} limit ${value.cap}) as matches)`;
}

/** Item timestamps (and a time sort value) come as UTC text; RFC 3339 here, in place: this runs for every row of every page. */
function finishRows<T extends RegistryItemRow & { sortValue?: string }>(rows: T[], isTimeSort = false): T[] {
  for (const row of rows) {
    row.issuedAt = rfc3339FromUtcText(row.issuedAt, 3);
    row.expiresAt = rfc3339FromUtcText(row.expiresAt, 3);
    // Full microseconds, so a keyset cursor never skips rows that differ below a millisecond.
    if (isTimeSort && row.sortValue !== undefined) row.sortValue = rfc3339FromUtcText(row.sortValue, 6);
  }
  return rows;
}

/**
 * Whether a filter rejects rows on columns its indexes carry (the stored status and expiry): then
 * a page's ids are found from an index alone and the item columns read for those rows only. Any
 * other filter (or none, or a text search, which reads each row anyway) reads the item columns
 * on the way: a second lookup per row would only cost.
 */
const isStatusNarrowed = (filters: RegistryFilters) =>
  !filters.search && (filters.status === 'valid' || filters.status === 'suspended' || filters.status === 'revoked');

/**
 * One page of the public registry from the certificates' own (denormalised) columns.
 *
 * With `countCap`, each row also carries `total`: the matches on all pages counted up to the cap,
 * in the same round trip (an uncorrelated subquery, run once).
 *
 * `filterFirst` fences the filter off from the order (`offset 0` keeps PostgreSQL from merging
 * the two): the matching rows are found through their own indexes and only they are sorted. For
 * filters whose matches are rare among the newest certificates however many they are (review
 * flags come late): the planner, which assumes matches are spread evenly, would otherwise walk the
 * sort index through most of the table to fill a page.
 *
 * The `expired` filter reads its two halves (expiry logged, expiry due) as two ordered, limited
 * scans merged: the logged half has an index in issue order, the due half is a handful of rows.
 */
export async function selectRegistryRows(
  db: Executor,
  params: {
    filters: RegistryFilters;
    now: Date;
    sort: RegistrySortKey;
    dir: 'asc' | 'desc';
    after?: RegistryKeyset;
    limit: number;
    filterFirst?: boolean;
    countCap?: number;
  },
): Promise<RegistryRow[]> {
  const { filters, sort, dir, after: keyset, limit, filterFirst, countCap } = params;
  const shape = `page|${filterShape(filters)}|${sort}|${dir}|${keyset ? 'after' : ''}|${filterFirst ? 'first' : ''}|${countCap ? 'count' : ''}`;
  const query = compileOnce(shape, () => registryPageQuery(filters, sort, dir, Boolean(keyset), Boolean(filterFirst), Boolean(countCap)));
  const values = registryValues(filters, params.now, { afterValue: keyset?.[0] ?? null, afterId: keyset?.[1] ?? null, limit, cap: countCap ?? null });
  return finishRows(await executeCompiled<RegistryRow>(db, query, values), SORTS[sort].isTime);
}

/** The page query of one shape (see selectRegistryRows); its values are placeholders. */
function registryPageQuery(filters: RegistryFilters, sort: RegistrySortKey, dir: 'asc' | 'desc', hasKeyset: boolean, filterFirst: boolean, hasCount: boolean): SQL {
  const { column, text } = SORTS[sort];
  const direction = sql.raw(dir);
  const filter = registryWhere(filters);
  const keyset = hasKeyset ? after(sort, dir) : undefined;
  const total = hasCount ? sql`, ${cappedCount(filters, filter)} as "total"` : sql``;
  const order = sql`order by "sortKey" ${direction}, "pageId" ${direction} limit ${value.limit}`;
  const ids = (condition: SQL | undefined, fence = sql``) =>
    sql`select ${certificates.id} as "pageId", ${column} as "sortKey" from ${certificates} ${whereClause(condition)} ${fence}`;
  let page: SQL;
  if (filters.status === 'expired') {
    const others = registryWhere({ ...filters, status: undefined });
    const half = (condition: SQL | undefined) => sql`(${ids(and(others, keyset, condition))} ${order})`;
    page = sql`select "pageId", "sortKey" from (${half(expiryLogged())} union all ${half(expiryDue())}) as halves ${order}`;
  } else if (filterFirst) {
    page = sql`select "pageId", "sortKey" from (${ids(and(filter, keyset), sql`offset 0`)}) as found ${order}`;
  } else if (isStatusNarrowed(filters)) {
    page = sql`${ids(and(filter, keyset))} ${order}`;
  } else {
    return sql`select ${itemColumns()}, ${text} as "sortValue"${total}
      from ${certificates} ${whereClause(and(filter, keyset))}
      order by ${column} ${direction}, ${certificates.id} ${direction}
      limit ${value.limit}`;
  }
  // The page's ids first — from an index alone where one covers the filters — then the item
  // columns for those rows only.
  return sql`select ${itemColumns()}, ${text} as "sortValue"${total}
    from ${certificates} join (${page}) as page on page."pageId" = ${certificates.id}
    order by page."sortKey" ${direction}, ${certificates.id} ${direction}`;
}

/** Matches counted up to `cap` (the subquery stops there, so a broad filter stays cheap). */
export async function countRegistry(db: Executor, filters: RegistryFilters, now: Date, cap: number): Promise<number> {
  const query = compileOnce(`count|${filterShape(filters)}`, () => sql`select ${cappedCount(filters)} as "n"`);
  const [row] = await executeCompiled<{ n: number }>(db, query, registryValues(filters, now, { cap }));
  return row.n;
}

/** True when the registry holds at least one certificate. */
export async function hasAnyCertificate(db: Executor): Promise<boolean> {
  const [row] = await db.select({ id: certificates.id }).from(certificates).limit(1);
  return Boolean(row);
}

export async function selectRegistryCertificate(db: Executor, id: string, now: Date) {
  const query = compileOnce(
    'certificate',
    () => sql`select ${itemColumns()}, ${utcText(certificates.reviewRequiredAt)} as "reviewSince", ${certificates.submissionId} as "submissionId"
      from ${certificates} where ${certificates.id} = ${value.id}::uuid`,
  );
  const rows = await executeCompiled<RegistryItemRow & { reviewSince: string | null; submissionId: string }>(db, query, registryValues({}, now, { id }));
  const [row] = finishRows(rows);
  if (row?.reviewSince) row.reviewSince = rfc3339FromUtcText(row.reviewSince, 3);
  return row ?? null;
}

// Only an approved submission's results are public; a certificate exists only for one, but the
// condition keeps this query from ever reading an uncertified submission.
const certifiedSubmission = (submissionId: string) =>
  exists(
    sql`(select 1 from ${submissions} where ${submissions.id} = ${submissionId}::uuid and ${submissions.state} = 'approved')`,
  );

/** Result counts of a certified submission. */
export async function selectCertifiedResultCounts(db: Executor, submissionId: string) {
  return db
    .select({ result: testResults.result, n: sql<number>`count(*)::int` })
    .from(testResults)
    .where(and(eq(testResults.submissionId, submissionId), certifiedSubmission(submissionId)))
    .groupBy(testResults.result);
}

/** The failed and not-applicable test cases of a certified submission, with the spec version each was recorded against. */
export async function selectCertifiedNotableResults(db: Executor, submissionId: string) {
  return db
    .select({
      testCaseId: testResults.testCaseId,
      result: testResults.result,
      spec: testCases.spec,
      specVersion: testResults.specVersion,
      clause: testCases.clause,
      title: testCases.title,
    })
    .from(testResults)
    .innerJoin(testCases, eq(testCases.id, testResults.testCaseId))
    .where(
      and(
        eq(testResults.submissionId, submissionId),
        inArray(testResults.result, ['fail', 'not_applicable']),
        certifiedSubmission(submissionId),
      ),
    )
    .orderBy(asc(testCases.spec), asc(testResults.testCaseId));
}

/** Digest, component count and format of each SBOM released with a certified submission (visibility `certified`). */
export async function selectCertifiedSboms(db: Executor, submissionId: string) {
  return db
    .select({
      sha256: evidence.sha256,
      componentCount: sql<number | null>`(${evidence.sbom} ->> 'componentCount')::int`,
      format: sql<string | null>`${evidence.sbom} ->> 'format'`,
    })
    .from(evidence)
    .where(
      and(
        eq(evidence.submissionId, submissionId),
        eq(evidence.kind, 'sbom'),
        eq(evidence.visibility, 'certified'),
        certifiedSubmission(submissionId),
      ),
    )
    .orderBy(asc(evidence.createdAt), asc(evidence.id));
}

/** The log entries about a certificate (all `certificate.*` types are public), oldest first. */
export async function selectCertificateLogEntries(db: Executor, certificateId: string) {
  return db
    .select({ index: logEntries.index, type: logEntries.type, entry: logEntries.entry, createdAt: logEntries.createdAt })
    .from(logEntries)
    .where(and(eq(logEntries.subjectKind, 'certificate'), eq(logEntries.subjectId, certificateId), sql`${logEntries.type} like 'certificate.%'`))
    .orderBy(asc(logEntries.index));
}

/**
 * The latest `limit` certificate events in the log whose certificate matches `filters`, newest
 * first. The uuid cast only ever sees ids of `certificate` subjects.
 */
export async function selectRegistryFeedRows(db: Executor, filters: RegistryFilters, now: Date, limit: number) {
  const e = logEntries;
  const query = compileOnce(
    `feed|${filterShape(filters)}`,
    () => sql`select ${itemColumns()}, ${e.index} as "logIndex", ${e.type} as "type", ${e.entry} as "entry",
      ${utcText(e.createdAt)} as "loggedAt"
    from ${e}
    join ${certificates} on ${certificates.id} = (case when ${e.subjectKind} = 'certificate' then ${e.subjectId}::uuid end)
    where ${and(eq(e.subjectKind, 'certificate'), sql`${e.type} like 'certificate.%'`, registryWhere(filters))}
    order by ${e.index} desc
    limit ${value.limit}`,
  );
  const rows = finishRows(
    await executeCompiled<RegistryItemRow & { logIndex: number | string; type: string; entry: string; loggedAt: string }>(db, query, registryValues(filters, now, { limit })),
  );
  for (const row of rows) row.loggedAt = rfc3339FromUtcText(row.loggedAt, 3);
  return rows;
}

/** Organisations of `kind` that hold (vendor) or issued the evaluation of (lab) at least one certificate; one index probe each. */
export async function selectOrganizationsInRegistry(db: Executor, kind: 'vendor' | 'lab') {
  const column = kind === 'vendor' ? certificates.vendorOrgId : certificates.labOrgId;
  return db
    .select({ id: organizations.id, name: organizations.name })
    .from(organizations)
    .where(and(eq(organizations.kind, kind), exists(db.select({ one: sql`1` }).from(certificates).where(eq(column, organizations.id)))))
    .orderBy(asc(organizations.name));
}

/** Which of `candidates` occur as a certificate's network function; one index probe each. */
export async function selectNetworkFunctionsInRegistry(db: Executor, candidates: readonly string[]): Promise<string[]> {
  if (candidates.length === 0) return [];
  const values = sql.join(candidates.map((c) => sql`${c}`), sql`, `);
  const result = await db.execute(
    sql`select t.nf from unnest(array[${values}]::text[]) with ordinality as t(nf, n)
        where exists (select 1 from ${certificates} where ${certificates.networkFunction} = t.nf) order by t.n`,
  );
  const list = rowsOf<{ nf: string }>(result);
  return list.map((r) => r.nf);
}
