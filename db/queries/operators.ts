import { and, asc, eq, inArray, ne, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { productVersionVisibleTo } from '@/lib/visibility/product-versions';
import type { Viewer } from '@/lib/visibility/viewer';
import type { Executor } from '../client';
import { matchesSearchPrefixes } from './search-prefixes';
import { certificates } from '@/db/schema/certificates';
import { deployments, operatorDecisions, vulnerabilities } from '@/db/schema/operators';
import { organizations } from '@/db/schema/organizations';
import { products, productVersions } from '@/db/schema/products';
import { users } from '@/db/schema/users';

export type CertificateRow = typeof certificates.$inferSelect;
export type OperatorDecisionRow = typeof operatorDecisions.$inferSelect;

const vendorOrg = alias(organizations, 'vendor_org');
const operatorOrg = alias(organizations, 'operator_org');

export async function findCertificateById(db: Executor, id: string) {
  const [row] = await db.select().from(certificates).where(eq(certificates.id, id));
  return row ?? null;
}

// Operator decisions

export async function lockOperatorDecision(tx: Executor, certificateId: string, operatorOrgId: string) {
  const [row] = await tx
    .select()
    .from(operatorDecisions)
    .where(and(eq(operatorDecisions.certificateId, certificateId), eq(operatorDecisions.operatorOrgId, operatorOrgId)))
    .for('update');
  return row ?? null;
}

/**
 * Inserts the organisation's decision or replaces it, bumping `version`; two racing first decisions
 * cannot both insert. With `expectedVersion` an existing row is replaced only at that version
 * (0: only when there is none); null when it was not.
 */
export async function upsertOperatorDecision(
  tx: Executor,
  values: Pick<OperatorDecisionRow, 'certificateId' | 'operatorOrgId' | 'decision' | 'rationale' | 'decidedBy' | 'decidedAt'>,
  expectedVersion?: number,
) {
  const [row] = await tx
    .insert(operatorDecisions)
    .values(values)
    .onConflictDoUpdate({
      target: [operatorDecisions.certificateId, operatorDecisions.operatorOrgId],
      set: {
        decision: values.decision,
        rationale: values.rationale,
        decidedBy: values.decidedBy,
        decidedAt: values.decidedAt,
        version: sql`${operatorDecisions.version} + 1`,
      },
      setWhere: expectedVersion === undefined ? undefined : eq(operatorDecisions.version, expectedVersion),
    })
    .returning();
  return row ?? null;
}

/** Decisions with their certificate, operator and decider; filtered by certificate and/or operator organisation. */
export async function listOperatorDecisionRows(db: Executor, filters: { certificateId?: string; operatorOrgId?: string }) {
  return db
    .select({
      decision: operatorDecisions,
      operatorName: operatorOrg.name,
      deciderName: users.name,
      productName: certificates.productName,
      versionLabel: certificates.versionLabel,
      vendorName: certificates.vendorName,
      certificateStatus: certificates.status,
      certificateExpiresAt: certificates.expiresAt,
    })
    .from(operatorDecisions)
    .innerJoin(certificates, eq(operatorDecisions.certificateId, certificates.id))
    .innerJoin(operatorOrg, eq(operatorDecisions.operatorOrgId, operatorOrg.id))
    .innerJoin(users, eq(operatorDecisions.decidedBy, users.id))
    .where(
      and(
        filters.certificateId ? eq(operatorDecisions.certificateId, filters.certificateId) : undefined,
        filters.operatorOrgId ? eq(operatorDecisions.operatorOrgId, filters.operatorOrgId) : undefined,
      ),
    )
    .orderBy(asc(certificates.productName), asc(certificates.versionLabel), asc(operatorOrg.name));
}

export type OperatorDecisionListRow = Awaited<ReturnType<typeof listOperatorDecisionRows>>[number];

/** Accept and reject counts over all operators, per certificate. */
export async function decisionCountsOfCertificates(db: Executor, certificateIds: string[]) {
  if (certificateIds.length === 0) return [];
  return db
    .select({ certificateId: operatorDecisions.certificateId, decision: operatorDecisions.decision, n: sql<number>`count(*)::int` })
    .from(operatorDecisions)
    .where(inArray(operatorDecisions.certificateId, certificateIds))
    .groupBy(operatorDecisions.certificateId, operatorDecisions.decision);
}

// Deployments

/** Locks the operator's organisation row: replacing an inventory is serialised per operator. */
export async function lockOperatorOrganization(tx: Executor, operatorOrgId: string) {
  const [row] = await tx.select({ id: organizations.id }).from(organizations).where(eq(organizations.id, operatorOrgId)).for('update');
  return row ?? null;
}

export async function listInventory(db: Executor, operatorOrgId: string) {
  return db
    .select({ productVersionId: deployments.productVersionId, quantity: deployments.quantity })
    .from(deployments)
    .where(eq(deployments.operatorOrgId, operatorOrgId));
}

export async function replaceInventory(tx: Executor, operatorOrgId: string, items: { productVersionId: string; quantity: number }[], now: Date) {
  await tx.delete(deployments).where(eq(deployments.operatorOrgId, operatorOrgId));
  if (items.length === 0) return;
  await tx.insert(deployments).values(items.map((i) => ({ operatorOrgId, productVersionId: i.productVersionId, quantity: i.quantity, updatedAt: now })));
}

/** Inventory lines with product, version, vendor and operator; one operator's or (no filter) everyone's. */
export async function listDeploymentRows(db: Executor, filters: { operatorOrgId?: string }) {
  return db
    .select({
      productVersionId: deployments.productVersionId,
      quantity: deployments.quantity,
      updatedAt: deployments.updatedAt,
      version: productVersions.version,
      productId: products.id,
      productName: products.name,
      productModel: products.model,
      networkFunction: products.networkFunction,
      segment: products.segment,
      vendorId: vendorOrg.id,
      vendorName: vendorOrg.name,
      operatorId: operatorOrg.id,
      operatorName: operatorOrg.name,
    })
    .from(deployments)
    .innerJoin(productVersions, eq(deployments.productVersionId, productVersions.id))
    .innerJoin(products, eq(productVersions.productId, products.id))
    .innerJoin(vendorOrg, eq(products.vendorOrgId, vendorOrg.id))
    .innerJoin(operatorOrg, eq(deployments.operatorOrgId, operatorOrg.id))
    .where(filters.operatorOrgId ? eq(deployments.operatorOrgId, filters.operatorOrgId) : undefined)
    .orderBy(asc(products.segment), asc(vendorOrg.name), asc(products.name), asc(productVersions.version), asc(operatorOrg.name));
}


/** Every certificate of these versions (any status), for the version's standing. */
export async function certificatesOfVersions(db: Executor, versionIds: string[]) {
  if (versionIds.length === 0) return [];
  return db
    .select({ id: certificates.id, productVersionId: certificates.productVersionId, status: certificates.status, expiresAt: certificates.expiresAt })
    .from(certificates)
    .where(inArray(certificates.productVersionId, versionIds));
}

export async function existingVersionIds(db: Executor, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.select({ id: productVersions.id }).from(productVersions).where(inArray(productVersions.id, ids));
  return new Set(rows.map((r) => r.id));
}

const versionColumns = {
  productVersionId: productVersions.id,
  version: productVersions.version,
  productId: products.id,
  productName: products.name,
  productModel: products.model,
  networkFunction: products.networkFunction,
  segment: products.segment,
  vendorId: vendorOrg.id,
  vendorName: vendorOrg.name,
};

function versionsQuery(db: Executor) {
  return db
    .select(versionColumns)
    .from(productVersions)
    .innerJoin(products, eq(productVersions.productId, products.id))
    .innerJoin(vendorOrg, eq(products.vendorOrgId, vendorOrg.id));
}

export type VersionRow = Awaited<ReturnType<typeof findVersionsByIds>>[number];

export async function findVersionsByIds(db: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  return versionsQuery(db).where(inArray(productVersions.id, ids));
}

/**
 * Versions of products with one of these names (case-insensitive), for resolving a CSV by names.
 * Not scoped: an operator records the kit it names exactly (uncertified kit is what the diversity
 * page flags), and the answer only echoes what it typed; discovering names by prefix is the
 * version picker's, which is scoped (`searchVersionRows`).
 */
export async function findVersionsByProductNames(db: Executor, productNames: string[]) {
  if (productNames.length === 0) return [];
  const lowered = [...new Set(productNames.map((n) => n.toLowerCase()))];
  return versionsQuery(db).where(inArray(sql`lower(${products.name})`, lowered));
}

/**
 * Product versions `viewer` may see (without a viewer: what the public and operators see, certified
 * versions only; lib/visibility/product-versions.ts) where every word of `search` (sanitised,
 * lib/registry/search-query.ts `searchText`) is a prefix of a word of the product's name, model or
 * function, the version or the vendor's name — exact lookups in the versions' prefix index
 * (migration 0013); certified (not revoked) first. Without words, all of them.
 */
export async function searchVersionRows(db: Executor, search: string | null, limit: number, viewer: Viewer = null) {
  // One index probe per matching version: as an `exists` in the order, PostgreSQL hashes every
  // certificate first (a full scan) once a search matches a few thousand versions.
  const certificate = db
    .select({ certified: sql<boolean>`true`.as('certified') })
    .from(certificates)
    .where(and(eq(certificates.productVersionId, productVersions.id), ne(certificates.status, 'revoked')))
    .limit(1)
    .as('certificate');
  const certified = sql`${certificate.certified} is not null`;
  return versionsQuery(db)
    .leftJoinLateral(certificate, sql`true`)
    .where(and(search ? matchesSearchPrefixes(productVersions.searchPrefixes, search) : undefined, productVersionVisibleTo(viewer)))
    .orderBy(sql`${certified} desc`, asc(products.name), asc(productVersions.version), asc(productVersions.id))
    .limit(limit);
}

// Approved components

export type ComponentKeyset = [productName: string, versionLabel: string, id: string];

/** Certificates not revoked (the approved components), with the caller organisation's decision; ordered by product, version. */
export async function listApprovedComponentRows(
  db: Executor,
  params: {
    callerOrgId: string;
    /** Words to find as prefixes, sanitised (lib/registry/search-query.ts `searchText`), or null. */
    search: string | null;
    networkFunction?: string;
    segment?: CertificateRow['segment'];
    after?: ComponentKeyset;
    limit: number;
  },
) {
  const [name, label, id] = params.after ?? [];
  return db
    .select({ certificate: certificates, decision: operatorDecisions })
    .from(certificates)
    .leftJoin(
      operatorDecisions,
      and(eq(operatorDecisions.certificateId, certificates.id), eq(operatorDecisions.operatorOrgId, params.callerOrgId)),
    )
    .where(
      and(
        ne(certificates.status, 'revoked'),
        // The registry's word-prefix index (product, model, version, vendor, lab, function).
        params.search ? matchesSearchPrefixes(certificates.searchPrefixes, params.search) : undefined,
        params.networkFunction ? eq(certificates.networkFunction, params.networkFunction) : undefined,
        params.segment ? eq(certificates.segment, params.segment) : undefined,
        params.after
          ? sql`(${certificates.productName}, ${certificates.versionLabel}, ${certificates.id}) > (${name}, ${label}, ${id}::uuid)`
          : undefined,
      ),
    )
    .orderBy(asc(certificates.productName), asc(certificates.versionLabel), asc(certificates.id))
    .limit(params.limit);
}

export async function findOperatorDecision(db: Executor, certificateId: string, operatorOrgId: string) {
  const [row] = await db
    .select()
    .from(operatorDecisions)
    .where(and(eq(operatorDecisions.certificateId, certificateId), eq(operatorDecisions.operatorOrgId, operatorOrgId)));
  return row ?? null;
}

/** Open or confirmed vulnerabilities per version and severity. */
export async function openVulnerabilityCounts(db: Executor, versionIds: string[]) {
  if (versionIds.length === 0) return [];
  return db
    .select({ productVersionId: vulnerabilities.productVersionId, severity: vulnerabilities.severity, n: sql<number>`count(*)::int` })
    .from(vulnerabilities)
    .where(and(inArray(vulnerabilities.productVersionId, versionIds), inArray(vulnerabilities.status, ['open', 'confirmed'])))
    .groupBy(vulnerabilities.productVersionId, vulnerabilities.severity);
}

export async function listVulnerabilitiesOfVersion(db: Executor, versionId: string) {
  return db
    .select({
      id: vulnerabilities.id,
      cve: vulnerabilities.cve,
      title: vulnerabilities.title,
      severity: vulnerabilities.severity,
      cvssScore: vulnerabilities.cvssScore,
      status: vulnerabilities.status,
      fixedInVersion: vulnerabilities.fixedInVersion,
      createdAt: vulnerabilities.createdAt,
    })
    .from(vulnerabilities)
    .where(eq(vulnerabilities.productVersionId, versionId))
    .orderBy(sql`${vulnerabilities.cvssScore} desc`, asc(vulnerabilities.createdAt));
}

/** Every operator organisation with the units in its inventory. */
export async function listOperatorsWithUnits(db: Executor) {
  return db
    .select({
      id: organizations.id,
      name: organizations.name,
      totalUnits: sql<number>`coalesce(sum(${deployments.quantity}), 0)::float8`,
    })
    .from(organizations)
    .leftJoin(deployments, eq(deployments.operatorOrgId, organizations.id))
    .where(eq(organizations.kind, 'operator'))
    .groupBy(organizations.id, organizations.name)
    .orderBy(asc(organizations.name));
}

export async function findOperatorOrganization(db: Executor, id: string) {
  const [row] = await db
    .select({ id: organizations.id, name: organizations.name })
    .from(organizations)
    .where(and(eq(organizations.id, id), eq(organizations.kind, 'operator')));
  return row ?? null;
}
