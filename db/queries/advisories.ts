import { and, asc, desc, eq, inArray, isNull, notInArray, sql, type SQL } from 'drizzle-orm';
import { executePrepared, type Executor } from '../client';
import { advisories, advisoryFeeds, advisoryFetchCache, advisoryMatches, advisoryStatements } from '@/db/schema/advisories';

export type AdvisoryRow = typeof advisories.$inferSelect;
export type AdvisoryInsert = typeof advisories.$inferInsert;
export type AdvisoryMatchRow = typeof advisoryMatches.$inferSelect;
export type AdvisoryStatementInsert = typeof advisoryStatements.$inferInsert;

/** A component of the index that a statement's key names (range not yet evaluated). */
export type CandidateComponent = {
  id: number;
  productVersionId: string;
  packageKey: string | null;
  purlType: string | null;
  qualifiers: Record<string, string> | null;
  version: string | null;
  cpeProduct: string | null;
};

const json = (value: unknown) => sql`${JSON.stringify(value)}::jsonb`;

const CANDIDATE_COLUMNS = sql`c.id::float8 as "id", c.product_version_id as "productVersionId", c.package_key as "packageKey",
  c.purl_type as "purlType", c.qualifiers as "qualifiers", c.version as "version",
  c.cpe_product as "cpeProduct"`;

/**
 * Index rows whose purl key (or concrete CPE vendor:product) is one of the statements': one join
 * of the keys, unnested from a JSON array, with `sbom_components`. `vendorOrgId` narrows to that
 * vendor's versions (a vendor's VEX), `productVersionId` to one.
 */
export async function findCandidateComponents(
  db: Executor,
  params: { packageKeys: readonly string[]; cpeProducts: readonly string[]; vendorOrgId?: string | null; productVersionId?: string | null },
): Promise<CandidateComponent[]> {
  const scope = sql.join(
    [
      params.vendorOrgId
        ? sql` and c.product_version_id in (select v.id from product_versions v join products p on p.id = v.product_id where p.vendor_org_id = ${params.vendorOrgId}::uuid)`
        : sql``,
      params.productVersionId ? sql` and c.product_version_id = ${params.productVersionId}::uuid` : sql``,
    ],
    sql``,
  );
  const parts = [];
  if (params.packageKeys.length > 0) {
    parts.push(sql`select ${CANDIDATE_COLUMNS} from sbom_components c
      where c.package_key in (select jsonb_array_elements_text(${json([...new Set(params.packageKeys)])})) and c.superseded_at is null${scope}`);
  }
  if (params.cpeProducts.length > 0) {
    parts.push(sql`select ${CANDIDATE_COLUMNS} from sbom_components c
      where c.cpe is not null and c.package_key is null and c.superseded_at is null
        and c.cpe_product in (select jsonb_array_elements_text(${json([...new Set(params.cpeProducts)])}))${scope}`);
  }
  if (parts.length === 0) return [];
  return executePrepared<CandidateComponent>(db, sql.join(parts, sql` union all `));
}

/** A stored statement with the components of one SBOM it names (for matching a new SBOM). */
export type StatementCandidate = CandidateComponent & {
  statementId: number;
  advisoryId: string;
  vulnerabilityId: string;
  statementPurlType: string | null;
  statementQualifiers: Record<string, string>;
  range: unknown;
  status: AdvisoryMatchRow['state'];
  justification: string | null;
  detail: string | null;
  activelyExploited: boolean;
  isVendorStatement: boolean;
};

/**
 * Every current statement (of advisories not superseded by a newer revision) that names a component
 * of one SBOM: the SBOM's rows joined with `advisory_statements` on the purl key or the CPE
 * product. A vendor's statements count only for that vendor's own versions (and its scope version).
 */
export async function findStatementsForEvidence(db: Executor, evidenceId: string): Promise<StatementCandidate[]> {
  const select = (on: ReturnType<typeof sql>) => sql`select ${CANDIDATE_COLUMNS}, s.id::float8 as "statementId", s.advisory_id as "advisoryId",
      s.vulnerability_id as "vulnerabilityId", s.purl_type as "statementPurlType", s.qualifiers as "statementQualifiers", s.range as "range",
      s.status as "status", s.justification as "justification", s.detail as "detail", s.actively_exploited as "activelyExploited",
      a.is_vendor_statement as "isVendorStatement", a.imported_at as "importedAt"
    from sbom_components c
    join advisory_statements s on ${on}
    join advisories a on a.id = s.advisory_id and a.superseded_at is null
    where c.evidence_id = ${evidenceId}::uuid and c.superseded_at is null
      and (not a.is_vendor_statement or (
        a.importer_org_id = (select p.vendor_org_id from product_versions v join products p on p.id = v.product_id where v.id = c.product_version_id)
        and (a.scope_product_version_id is null or a.scope_product_version_id = c.product_version_id)))`;
  const byPurl = select(sql`s.package_key = c.package_key`);
  const byCpe = select(
    sql`c.package_key is null and c.cpe is not null and s.cpe_product = c.cpe_product`,
  );
  return executePrepared<StatementCandidate>(db, sql`select * from (${byPurl} union all ${byCpe}) x order by x."importedAt", x."statementId"`);
}

const MATCH_COLUMNS = sql`m.id, m.product_version_id as "productVersionId", m.vulnerability_id as "vulnerabilityId", m.package_key as "packageKey",
  m.component_version as "componentVersion", m.component_id::float8 as "componentId", m.advisory_id as "advisoryId", m.state, m.justification,
  m.confidence, m.actively_exploited as "activelyExploited", m.state_source as "stateSource", m.detail, m.created_at as "createdAt",
  m.updated_at as "updatedAt", m.version`;

/** A raw row as the drizzle row type: timestamps as Date, the component id as a number. */
const matchRow = (r: AdvisoryMatchRow): AdvisoryMatchRow => ({
  ...r,
  componentId: r.componentId === null ? null : Number(r.componentId),
  createdAt: new Date(r.createdAt),
  updatedAt: new Date(r.updatedAt),
});

/** Locks the existing matches with these keys (product version, vulnerability, package key), in one statement. */
export async function lockMatchesByKeys(
  tx: Executor,
  keys: readonly { productVersionId: string; vulnerabilityId: string; packageKey: string }[],
): Promise<AdvisoryMatchRow[]> {
  if (keys.length === 0) return [];
  const rows = await executePrepared<AdvisoryMatchRow>(
    tx,
    sql`select ${MATCH_COLUMNS} from advisory_matches m
      join jsonb_to_recordset(${json(keys.map((k) => ({ productVersionId: k.productVersionId, vulnerabilityId: k.vulnerabilityId, packageKey: k.packageKey })))})
        as k("productVersionId" uuid, "vulnerabilityId" text, "packageKey" text)
        on m.product_version_id = k."productVersionId" and m.vulnerability_id = k."vulnerabilityId" and m.package_key = k."packageKey"
      order by m.id for update of m`,
  );
  return rows.map(matchRow);
}

/** What a new match row takes from its statement (the rest is the source and the time). */
export type NewMatch = Pick<
  AdvisoryMatchRow,
  'productVersionId' | 'vulnerabilityId' | 'packageKey' | 'componentVersion' | 'componentId' | 'advisoryId' | 'state' | 'justification' | 'detail' | 'confidence' | 'activelyExploited'
>;

/**
 * Inserts new matches in one statement per 5 000 (the rows as one JSON parameter); a key another
 * transaction inserted meanwhile is skipped (it is matched again next time).
 */
export async function insertMatches(tx: Executor, rows: readonly NewMatch[], params: { stateSource: string; now: Date }): Promise<AdvisoryMatchRow[]> {
  const out: AdvisoryMatchRow[] = [];
  for (let i = 0; i < rows.length; i += 5000) {
    const inserted = await executePrepared<AdvisoryMatchRow>(
      tx,
      sql`insert into advisory_matches as m (product_version_id, vulnerability_id, package_key, component_version, component_id, advisory_id, state,
          justification, detail, confidence, actively_exploited, state_source, created_at, updated_at)
        select k."productVersionId", k."vulnerabilityId", k."packageKey", k."componentVersion", k."componentId", k."advisoryId", k.state,
          k.justification, k.detail, k.confidence, k."activelyExploited", ${params.stateSource}, ${params.now.toISOString()}::timestamptz, ${params.now.toISOString()}::timestamptz
        from jsonb_to_recordset(${json(rows.slice(i, i + 5000))}) as k("productVersionId" uuid, "vulnerabilityId" text, "packageKey" text,
          "componentVersion" text, "componentId" bigint, "advisoryId" uuid, state advisory_match_state, justification text, detail text,
          confidence text, "activelyExploited" boolean)
        on conflict (product_version_id, vulnerability_id, package_key) do nothing
        returning ${MATCH_COLUMNS}`,
    );
    out.push(...inserted.map(matchRow));
  }
  return out;
}

/** A new state for one locked match, at the version it was read at. */
export type MatchMove = Pick<AdvisoryMatchRow, 'id' | 'version' | 'state' | 'justification' | 'detail' | 'advisoryId' | 'activelyExploited' | 'confidence'>;

/**
 * Moves matches to new states in one statement per 5 000; a row whose version changed meanwhile
 * is not updated (the caller compares the count).
 */
export async function updateMatches(tx: Executor, moves: readonly MatchMove[], params: { stateSource: string; now: Date }): Promise<AdvisoryMatchRow[]> {
  const out: AdvisoryMatchRow[] = [];
  for (let i = 0; i < moves.length; i += 5000) {
    const updated = await executePrepared<AdvisoryMatchRow>(
      tx,
      sql`update advisory_matches as m set state = k.state, justification = k.justification, detail = k.detail, state_source = ${params.stateSource},
          advisory_id = k."advisoryId", actively_exploited = k."activelyExploited", confidence = k.confidence,
          updated_at = ${params.now.toISOString()}::timestamptz, version = m.version + 1
        from jsonb_to_recordset(${json(moves.slice(i, i + 5000))}) as k(id uuid, version int, state advisory_match_state, justification text,
          detail text, "advisoryId" uuid, "activelyExploited" boolean, confidence text)
        where m.id = k.id and m.version = k.version
        returning ${MATCH_COLUMNS}`,
    );
    out.push(...updated.map(matchRow));
  }
  return out;
}

export async function updateMatch(
  tx: Executor,
  id: string,
  version: number,
  values: Partial<Pick<AdvisoryMatchRow, 'state' | 'justification' | 'detail' | 'stateSource' | 'advisoryId' | 'activelyExploited' | 'confidence' | 'updatedAt'>>,
): Promise<AdvisoryMatchRow | null> {
  const [row] = await tx
    .update(advisoryMatches)
    .set({ ...values, version: sql`${advisoryMatches.version} + 1` })
    .where(and(eq(advisoryMatches.id, id), eq(advisoryMatches.version, version)))
    .returning();
  return row ?? null;
}

/**
 * Whose revisions of a document these are: the regulators' and feeds' shared record (`vendorOrgId`
 * null), or one vendor's own statements. A document id is the publisher's word, not ours, so one
 * vendor's document can never answer for, block or supersede another organisation's.
 */
export type DocumentScope = { vendorOrgId: string | null };

function inScope(scope: DocumentScope): SQL {
  return scope.vendorOrgId === null
    ? eq(advisories.isVendorStatement, false)
    : and(eq(advisories.isVendorStatement, true), eq(advisories.importerOrgId, scope.vendorOrgId))!;
}

/**
 * Serialises imports of these documents (revisions of them) in one scope, so two revisions never
 * race on the matches: one statement, the locks taken in sorted order so two imports never deadlock.
 */
export async function lockDocuments(tx: Executor, documentIds: readonly string[], scope: DocumentScope): Promise<void> {
  const keys = [...new Set(documentIds)].map((id) => `advisory:${scope.vendorOrgId ?? ''}:${id}`).sort();
  await executePrepared(tx, sql`select pg_advisory_xact_lock(hashtextextended(k, 0)) from jsonb_array_elements_text(${JSON.stringify(keys)}::jsonb) k`);
}

/**
 * The stored revisions among these (document, revision) pairs of one scope: the documents' rows by
 * the document index (one array lookup, whatever the planner thinks of the table's size), filtered here.
 */
export async function findAdvisoriesByRevisions(db: Executor, revisions: readonly { documentId: string; revision: string }[], scope: DocumentScope): Promise<AdvisoryRow[]> {
  if (revisions.length === 0) return [];
  const wanted = new Set(revisions.map((r) => `${r.documentId}\u0000${r.revision}`));
  const rows = await db
    .select()
    .from(advisories)
    .where(and(inArray(advisories.documentId, [...new Set(revisions.map((r) => r.documentId))]), inScope(scope)));
  return rows.filter((row) => wanted.has(`${row.documentId}\u0000${row.revision}`));
}

export async function insertAdvisories(tx: Executor, values: readonly AdvisoryInsert[]): Promise<AdvisoryRow[]> {
  return values.length === 0 ? [] : tx.insert(advisories).values([...values]).returning();
}

/** Each advisory's `advisory.imported` log index, in one statement (rows found by primary key). */
export async function setAdvisoryLogIndexes(tx: Executor, indexes: readonly { id: string; logIndex: number }[]): Promise<void> {
  if (indexes.length === 0) return;
  const byId = JSON.stringify(Object.fromEntries(indexes.map((r) => [r.id, r.logIndex])));
  await executePrepared(
    tx,
    sql`update advisories set log_index = (${byId}::jsonb ->> id::text)::bigint where id = any(${`{${indexes.map((r) => r.id).join(',')}}`}::uuid[])`,
  );
}

/** Older revisions of these documents (one scope) stop matching new SBOMs (their matches stay); each keeps the revision given. */
export async function supersedeOtherRevisionsOf(tx: Executor, current: readonly { documentId: string; id: string }[], scope: DocumentScope, now: Date): Promise<void> {
  if (current.length === 0) return;
  await tx
    .update(advisories)
    .set({ supersededAt: now })
    .where(
      and(
        inArray(advisories.documentId, current.map((c) => c.documentId)),
        notInArray(advisories.id, current.map((c) => c.id)),
        isNull(advisories.supersededAt),
        inScope(scope),
      ),
    );
}

export async function insertStatements(tx: Executor, rows: readonly AdvisoryStatementInsert[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 1000) await tx.insert(advisoryStatements).values(rows.slice(i, i + 1000));
}

/** Advisories, newest first (regulators see all, a vendor its own documents). */
export async function listAdvisoryRows(db: Executor, params: { importerOrgId?: string; limit: number; offset: number }) {
  return db
    .select()
    .from(advisories)
    .where(params.importerOrgId ? eq(advisories.importerOrgId, params.importerOrgId) : undefined)
    .orderBy(desc(advisories.importedAt), asc(advisories.id))
    .limit(params.limit)
    .offset(params.offset);
}

export async function findAdvisoryRow(db: Executor, id: string): Promise<AdvisoryRow | null> {
  const [row] = await db.select().from(advisories).where(eq(advisories.id, id));
  return row ?? null;
}

export async function findMatchRow(db: Executor, id: string, options: { lock?: boolean } = {}): Promise<AdvisoryMatchRow | null> {
  const query = db.select().from(advisoryMatches).where(eq(advisoryMatches.id, id));
  const [row] = options.lock ? await query.for('update') : await query;
  return row ?? null;
}

/** The matches an advisory revision created or last set, with product names. */
export async function listMatchesOfAdvisory(db: Executor, advisoryId: string, params: { vendorOrgId?: string; limit: number }) {
  return executePrepared<AdvisoryMatchRow & { productName: string; versionLabel: string }>(
    db,
    sql`select m.id, m.product_version_id as "productVersionId", m.vulnerability_id as "vulnerabilityId", m.package_key as "packageKey",
        m.component_version as "componentVersion", m.component_id as "componentId", m.advisory_id as "advisoryId", m.state, m.justification,
        m.confidence, m.actively_exploited as "activelyExploited", m.state_source as "stateSource", m.detail, m.created_at as "createdAt",
        m.updated_at as "updatedAt", m.version, p.name as "productName", v.version as "versionLabel"
      from advisory_matches m join product_versions v on v.id = m.product_version_id join products p on p.id = v.product_id
      where m.advisory_id = ${advisoryId}::uuid ${params.vendorOrgId ? sql`and p.vendor_org_id = ${params.vendorOrgId}::uuid` : sql``}
      order by p.name, v.version, m.vulnerability_id, m.package_key limit ${params.limit}`,
  );
}

/** The matches of one product version (VEX out, the vendor's answer form), ordered stably. */
export async function listMatchesOfVersion(db: Executor, productVersionId: string): Promise<AdvisoryMatchRow[]> {
  return db
    .select()
    .from(advisoryMatches)
    .where(eq(advisoryMatches.productVersionId, productVersionId))
    .orderBy(asc(advisoryMatches.vulnerabilityId), asc(advisoryMatches.packageKey));
}

/** The matches of several product versions in one query (a page of vendor tasks), in the same order. */
export async function listMatchesOfVersions(db: Executor, productVersionIds: readonly string[]): Promise<AdvisoryMatchRow[]> {
  if (productVersionIds.length === 0) return [];
  return db
    .select()
    .from(advisoryMatches)
    .where(inArray(advisoryMatches.productVersionId, [...new Set(productVersionIds)]))
    .orderBy(asc(advisoryMatches.vulnerabilityId), asc(advisoryMatches.packageKey));
}

/** Matches per state of one product version. */
export async function countMatchStates(db: Executor, productVersionId: string): Promise<Record<AdvisoryMatchRow['state'], number>> {
  const rows = await executePrepared<{ state: AdvisoryMatchRow['state']; n: number }>(
    db,
    sql`select state, count(distinct vulnerability_id)::int as n from advisory_matches where product_version_id = ${productVersionId}::uuid group by state`,
  );
  const out = { affected: 0, not_affected: 0, fixed: 0, under_investigation: 0 };
  for (const r of rows) out[r.state] = Number(r.n);
  return out;
}

/** An operator's deployed versions with affected matches: units, segment and the vulnerabilities. */
export async function listAffectedDeploymentRows(db: Executor, operatorOrgId: string) {
  return executePrepared<{
    productVersionId: string;
    productName: string;
    versionLabel: string;
    vendorName: string;
    segment: string;
    units: number;
    vulnerabilityIds: string[];
    matches: number;
  }>(
    db,
    sql`select d.product_version_id as "productVersionId", p.name as "productName", v.version as "versionLabel", o.name as "vendorName",
        p.segment::text as "segment", d.quantity::int as "units", array_agg(distinct m.vulnerability_id order by m.vulnerability_id) as "vulnerabilityIds",
        count(*)::int as "matches"
      from deployments d
      join advisory_matches m on m.product_version_id = d.product_version_id and m.state = 'affected'
      join product_versions v on v.id = d.product_version_id join products p on p.id = v.product_id join organizations o on o.id = p.vendor_org_id
      where d.operator_org_id = ${operatorOrgId}::uuid and d.quantity > 0
      group by d.product_version_id, p.name, v.version, o.name, p.segment, d.quantity
      order by p.segment desc, p.name, v.version`,
  );
}

/** Certificates whose version has any match (the ROLIE feed of VEX documents), newest change first. */
export async function listCertificatesWithMatches(db: Executor, limit: number) {
  return executePrepared<{ certificateId: string; productName: string; versionLabel: string; updatedAt: Date | string; issuedAt: Date | string }>(
    db,
    sql`select c.id as "certificateId", c.product_name as "productName", c.version_label as "versionLabel", max(m.updated_at) as "updatedAt", c.issued_at as "issuedAt"
      from certificates c join advisory_matches m on m.product_version_id = c.product_version_id
      group by c.id order by max(m.updated_at) desc, c.id limit ${limit}`,
  );
}

export type AdvisoryFeedRow = typeof advisoryFeeds.$inferSelect;

export async function listFeedRows(db: Executor): Promise<AdvisoryFeedRow[]> {
  return db.select().from(advisoryFeeds).orderBy(asc(advisoryFeeds.createdAt), asc(advisoryFeeds.id));
}

export async function findFeedByUrl(db: Executor, url: string): Promise<AdvisoryFeedRow | null> {
  const [row] = await db.select().from(advisoryFeeds).where(eq(advisoryFeeds.url, url));
  return row ?? null;
}

export async function insertFeed(tx: Executor, values: typeof advisoryFeeds.$inferInsert): Promise<AdvisoryFeedRow> {
  const [row] = await tx.insert(advisoryFeeds).values(values).returning();
  return row;
}

export async function recordFeedPull(db: Executor, id: string, values: { lastPulledAt: Date; lastError: string | null }): Promise<void> {
  await db.update(advisoryFeeds).set(values).where(eq(advisoryFeeds.id, id));
}

export async function findFetchValidators(db: Executor, url: string) {
  const [row] = await db.select().from(advisoryFetchCache).where(eq(advisoryFetchCache.url, url));
  return row ?? null;
}

export async function saveFetchValidators(db: Executor, url: string, values: { etag: string | null; lastModified: string | null; fetchedAt: Date }): Promise<void> {
  await db.insert(advisoryFetchCache).values({ url, ...values }).onConflictDoUpdate({ target: advisoryFetchCache.url, set: values });
}

/** Open (affected, under investigation) matches found on index rows of the submission that a newer SBOM superseded. */
export async function findOpenMatchesOfSupersededComponents(tx: Executor, submissionId: string): Promise<AdvisoryMatchRow[]> {
  const rows = await executePrepared<AdvisoryMatchRow>(
    tx,
    sql`select ${MATCH_COLUMNS} from advisory_matches m
      join sbom_components c on c.id = m.component_id
      where m.product_version_id = (select s.product_version_id from submissions s where s.id = ${submissionId}::uuid)
        and m.state in ('affected', 'under_investigation') and c.submission_id = ${submissionId}::uuid and c.superseded_at is not null
      order by m.id`,
  );
  return rows.map(matchRow);
}

/** Which of these match keys (a purl key, or `cpe:vendor:product`) one SBOM's index rows hold. */
export async function packageKeysOfEvidence(tx: Executor, evidenceId: string, keys: readonly string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await executePrepared<{ key: string }>(
    tx,
    sql`select distinct coalesce(c.package_key, 'cpe:' || c.cpe_product) as key from sbom_components c
      where c.evidence_id = ${evidenceId}::uuid and coalesce(c.package_key, 'cpe:' || c.cpe_product) in (select jsonb_array_elements_text(${json([...new Set(keys)])}))`,
  );
  return new Set(rows.map((r) => r.key));
}
