import 'server-only';
import crypto from 'node:crypto';
import { z } from 'zod';
import type { Actor } from '@/lib/authz/actor';
import { can } from '@/lib/authz/permissions';
import { getDb } from '@/lib/db';
import { conflict, forbidden, notFound, preconditionFailed, unprocessable } from '@/lib/errors';
import { parseSbom } from '@/lib/evidence/sbom/parse-sbom';
import { appendEntry } from '@/lib/log/store/append-entry';
import { decodeCursor, encodeCursor, type Page } from '@/lib/pagination';
import { parseInput } from '@/lib/validation/parse';
import {
  listVulnerabilitiesQuerySchema,
  MAX_VEX_BYTES,
  reportVulnerabilitySchema,
  respondToVulnerabilitySchema,
} from '@/lib/validation/vulnerabilities';
import { planVex, type VexUpdate } from '@/lib/vulnerabilities/plan-vex';
import { triggersCertificateReview } from '@/lib/vulnerabilities/review-trigger';
import { severityOfCvssScore } from '@/lib/vulnerabilities/severity';
import type { VulnerabilityStatus } from '@/lib/vulnerabilities/statuses';
import { findVersionWithProduct } from '@/db/queries/products';
import * as q from '@/db/queries/vulnerabilities';
import type { Executor, Tx } from '@/db/client';
import { reviewRequiredEntries, unsafeFlagCertificatesForReview as flagCertificates } from '@/lib/certificates/review-flags';
import { notifyCertificatesUnderReview } from './notify-certificate';
import { notifyVulnerabilityAnswered, notifyVulnerabilityReported } from './notify-vulnerability';
import { forgetRegistryTotals } from '@/lib/registry/registry-totals';

// Bridges to the certificates aggregate until this service moves onto the command runner.
async function unsafeFlagCertificatesForReview(tx: Tx, params: { productVersionId: string; reason: string; now: Date; actor: Actor }) {
  const flagged = await flagCertificates(tx, params);
  await notifyCertificatesUnderReview(tx, { certificates: flagged, reason: params.reason, actor: params.actor });
  return flagged;
}

async function appendReviewRequiredEntries(tx: Executor, flagged: Awaited<ReturnType<typeof flagCertificates>>, params: { actor: Actor; vulnerabilityId: string; now: Date }) {
  for (const draft of reviewRequiredEntries(flagged, params)) await appendEntry(tx, { ...draft, actor: params.actor, now: params.now });
}

export type VulnerabilityDto = {
  id: string;
  version: number;
  productVersion: { id: string; version: string };
  product: { id: string; name: string; model: string | null };
  vendor: { id: string; name: string };
  cve: string | null;
  cvssScore: number;
  severity: q.VulnerabilityRow['severity'];
  title: string;
  description: string;
  status: VulnerabilityStatus;
  fixedInVersion: string | null;
  vendorResponse: string | null;
  /** The reporting organisation's kind for everyone; its id and name only for regulators and that organisation itself. */
  reporter: { orgKind: Actor['orgKind']; orgId: string | null; orgName: string | null };
  /** True when the caller is the owning vendor, who answers reports. */
  canRespond: boolean;
  createdAt: string;
  updatedAt: string;
};

export type VexResultDto = {
  productVersionId: string;
  updated: VexUpdate[];
  unchanged: string[];
  unmatched: string[];
  withoutState: string[];
  /** Certificates this document put on the regulators' review list (a critical vulnerability became active). */
  certificatesUnderReview: string[];
  logIndex: number;
};

export type ReportableVersionDto = { id: string; label: string };

function toDto(actor: Actor, r: q.VulnerabilityListRow): VulnerabilityDto {
  const v = r.vulnerability;
  const mayNameReporter = actor.orgKind === 'regulator' || actor.orgId === v.reporterOrgId;
  return {
    id: v.id,
    version: v.version,
    productVersion: { id: v.productVersionId, version: r.versionLabel },
    product: { id: r.productId, name: r.productName, model: r.productModel },
    vendor: { id: r.vendorOrgId, name: r.vendorName },
    cve: v.cve,
    cvssScore: v.cvssScore,
    severity: v.severity,
    title: v.title,
    description: v.description,
    status: v.status,
    fixedInVersion: v.fixedInVersion,
    vendorResponse: v.vendorResponse,
    reporter: {
      orgKind: r.reporterOrgKind,
      orgId: mayNameReporter ? v.reporterOrgId : null,
      orgName: mayNameReporter ? r.reporterOrgName : null,
    },
    canRespond: actor.orgKind === 'vendor' && actor.orgId === r.vendorOrgId,
    createdAt: v.createdAt.toISOString(),
    updatedAt: v.updatedAt.toISOString(),
  };
}

const reviewReasonOf = (v: Pick<q.VulnerabilityRow, 'cve' | 'cvssScore'>) =>
  `Critical vulnerability ${v.cve ?? '(no CVE id)'} (CVSS ${v.cvssScore.toFixed(1)}) on this certified version.`;

const uuidSchema = z.uuid();

/**
 * Reports a vulnerability on a product version. Vendors only on their own versions (another vendor's
 * or an unknown version: 404); labs, operators and regulators on any existing version. The CVSS v3
 * base score gives the severity. A CVE already reported on the version: 409. A critical report puts
 * the version's live certificates on the regulators' review list. Logs `vulnerability.reported` (and
 * `certificate.review_required` per certificate flagged) in the same transaction; notifies the
 * vendor's users and, for flagged certificates, the regulators.
 */
export async function reportVulnerability(actor: Actor, input: unknown): Promise<VulnerabilityDto> {
  if (!can(actor, 'vulnerability.report')) throw forbidden('You cannot report vulnerabilities.');
  const data = parseInput(reportVulnerabilitySchema, input);
  const db = await getDb();
  const found = await findVersionWithProduct(db, data.productVersionId);
  if (!found || (actor.orgKind === 'vendor' && found.product.vendorOrgId !== actor.orgId)) throw notFound('Product version');
  const productLabel = `${found.product.name} ${found.version.version}`;
  const id = await db.transaction(async (tx) => {
    await q.lockProductVersion(tx, data.productVersionId);
    if (data.cve) {
      const existing = await q.findVulnerabilityByCve(tx, data.productVersionId, data.cve);
      if (existing) {
        throw conflict(`${data.cve} is already reported on this version (vulnerability ${existing.id}, ${existing.status}).`, existing.status);
      }
    }
    const now = new Date();
    const row = await q.insertVulnerability(tx, {
      productVersionId: data.productVersionId,
      cve: data.cve ?? null,
      cvssScore: data.cvssScore,
      severity: severityOfCvssScore(data.cvssScore),
      title: data.title,
      description: data.description,
      reportedBy: actor.userId,
      reporterOrgId: actor.orgId,
      createdAt: now,
      updatedAt: now,
    });
    const flagged = triggersCertificateReview(row.severity, null, row.status)
      ? await unsafeFlagCertificatesForReview(tx, { productVersionId: row.productVersionId, reason: reviewReasonOf(row), now, actor })
      : [];
    await notifyVulnerabilityReported(tx, { vulnerability: row, vendorOrgId: found.product.vendorOrgId, productLabel, actor });
    await appendEntry(tx, {
      type: 'vulnerability.reported',
      actor,
      subject: { kind: 'vulnerability', id: row.id },
      data: {
        productVersionId: row.productVersionId,
        cve: row.cve,
        cvssScore: row.cvssScore,
        severity: row.severity,
        title: row.title,
        descriptionSha256: crypto.createHash('sha256').update(row.description).digest('hex'),
        certificatesUnderReview: flagged.map((c) => c.id),
      },
      now,
    });
    await appendReviewRequiredEntries(tx, flagged, { actor, vulnerabilityId: row.id, now });
    return row.id;
  });
  forgetRegistryTotals();
  return getVulnerability(actor, id);
}

/**
 * The owning vendor's answer to a report: `confirmed`, `disputed` or `fixed` (with the fixing
 * version), with an explanation. Not visible: 404; visible but not the owning vendor: 403; stale
 * `ifVersion`: 412. A critical vulnerability confirmed after it was disputed or fixed puts the
 * version's certificates back on the review list. Logs `vulnerability.updated`; tells the reporter.
 */
export async function respondToVulnerability(actor: Actor, id: string, input: unknown, ifVersion?: number): Promise<VulnerabilityDto> {
  const data = parseInput(respondToVulnerabilitySchema, input);
  if (!uuidSchema.safeParse(id).success) throw notFound('Vulnerability');
  const db = await getDb();
  await db.transaction(async (tx) => {
    const locked = await q.lockVulnerability(tx, id);
    if (!locked || (actor.orgKind === 'vendor' && locked.vendorOrgId !== actor.orgId)) throw notFound('Vulnerability');
    if (actor.orgKind !== 'vendor') throw forbidden('Only the vendor of the product answers a vulnerability report.');
    const row = locked.vulnerability;
    if (ifVersion !== undefined && ifVersion !== row.version) throw preconditionFailed(row.version);
    const now = new Date();
    const updated = await q.updateVulnerability(
      tx,
      id,
      row.version,
      { status: data.status, fixedInVersion: data.fixedInVersion ?? null, vendorResponse: data.response },
      now,
    );
    if (!updated) throw conflict('The vulnerability changed while you were answering; reload and retry.', row.status);
    const found = (await findVersionWithProduct(tx, row.productVersionId))!;
    const flagged = triggersCertificateReview(row.severity, row.status, updated.status)
      ? await unsafeFlagCertificatesForReview(tx, { productVersionId: row.productVersionId, reason: reviewReasonOf(row), now, actor })
      : [];
    await notifyVulnerabilityAnswered(tx, {
      vulnerability: updated,
      productLabel: `${found.product.name} ${found.version.version}`,
      status: updated.status,
      actor,
    });
    await appendEntry(tx, {
      type: 'vulnerability.updated',
      actor,
      subject: { kind: 'vulnerability', id },
      data: {
        from: row.status,
        to: updated.status,
        fixedInVersion: updated.fixedInVersion,
        response: updated.vendorResponse,
        certificatesUnderReview: flagged.map((c) => c.id),
      },
      now,
    });
    await appendReviewRequiredEntries(tx, flagged, { actor, vulnerabilityId: id, now });
  });
  forgetRegistryTotals();
  return getVulnerability(actor, id);
}

/**
 * Applies a vendor's CycloneDX VEX document to one of its product versions: each statement's
 * analysis state sets the status of the version's recorded vulnerability with the same CVE id
 * (exploitable → confirmed, in_triage → open, resolved(_with_pedigree) → fixed, not_affected /
 * false_positive → disputed). Nothing is created for ids without a recorded vulnerability; they are
 * reported as `unmatched`. Owning vendor only (another vendor's or an unknown version: 404; others:
 * 403); not a CycloneDX document with `vulnerabilities`: 415/422. Logs one `vulnerability.vex_applied`
 * entry (with the document's SHA-256 and every change) in the same transaction, plus
 * `certificate.review_required` for certificates a reactivated critical vulnerability flags.
 */
export async function applyVex(actor: Actor, productVersionId: string, document: Uint8Array): Promise<VexResultDto> {
  if (!uuidSchema.safeParse(productVersionId).success) throw notFound('Product version');
  const db = await getDb();
  const found = await findVersionWithProduct(db, productVersionId);
  if (!found || (actor.orgKind === 'vendor' && found.product.vendorOrgId !== actor.orgId)) throw notFound('Product version');
  if (actor.orgKind !== 'vendor') throw forbidden('Only the vendor of the product uploads VEX documents for it.');
  if (document.byteLength > MAX_VEX_BYTES) throw unprocessable('A VEX document is limited to 5 MiB.');
  const summary = parseSbom(document);
  if (summary.format !== 'cyclonedx' || !summary.vulnerabilities) {
    throw unprocessable('This is not a VEX document: expected CycloneDX JSON with a "vulnerabilities" array.');
  }
  const statements = summary.vulnerabilities;
  const sha256 = crypto.createHash('sha256').update(document).digest('hex');
  const productLabel = `${found.product.name} ${found.version.version}`;
  const applied = await db.transaction(async (tx) => {
    await q.lockProductVersion(tx, productVersionId);
    const cves = [...new Set(statements.flatMap((s) => (s.id ? [s.id.trim().toUpperCase()] : [])))];
    const recorded = await q.lockVulnerabilitiesByCve(tx, productVersionId, cves);
    const plan = planVex(statements, recorded);
    const now = new Date();
    const byId = new Map(recorded.map((r) => [r.id, r]));
    let reactivatedCritical: q.VulnerabilityRow | null = null;
    for (const change of plan.updates) {
      const row = byId.get(change.vulnerabilityId)!;
      const updated = await q.updateVulnerability(tx, row.id, row.version, { status: change.to }, now);
      if (!updated) throw conflict('A vulnerability changed while the VEX document was applied; retry.', row.status);
      if (triggersCertificateReview(row.severity, change.from, change.to)) reactivatedCritical ??= row;
      await notifyVulnerabilityAnswered(tx, { vulnerability: updated, productLabel, status: updated.status, actor });
    }
    const flagged = reactivatedCritical
      ? await unsafeFlagCertificatesForReview(tx, { productVersionId, reason: reviewReasonOf(reactivatedCritical), now, actor })
      : [];
    const entry = await appendEntry(tx, {
      type: 'vulnerability.vex_applied',
      actor,
      subject: { kind: 'product_version', id: productVersionId },
      data: {
        sha256,
        size: document.byteLength,
        specVersion: summary.specVersion,
        serialNumber: summary.serialNumber,
        statements: summary.vulnerabilityCount ?? statements.length,
        updated: plan.updates,
        unchanged: plan.unchanged,
        unmatched: plan.unmatched,
        withoutState: plan.withoutState,
        certificatesUnderReview: flagged.map((c) => c.id),
      },
      now,
    });
    if (reactivatedCritical) await appendReviewRequiredEntries(tx, flagged, { actor, vulnerabilityId: reactivatedCritical.id, now });
    return {
      productVersionId,
      updated: plan.updates,
      unchanged: plan.unchanged,
      unmatched: plan.unmatched,
      withoutState: plan.withoutState,
      certificatesUnderReview: flagged.map((c) => c.id),
      logIndex: entry.index,
    };
  });
  forgetRegistryTotals();
  return applied;
}

type Cursor = { createdAt: string; id: string };
const isCursor = (v: unknown): v is Cursor =>
  typeof v === 'object' && v !== null && typeof (v as Cursor).createdAt === 'string' && typeof (v as Cursor).id === 'string';

/**
 * Vulnerabilities the caller may see, newest first: vendors those of their own products; labs,
 * operators and regulators all. Filters: product version, status, severity. Logs nothing.
 */
export async function listVulnerabilities(actor: Actor, query: unknown): Promise<Page<VulnerabilityDto>> {
  const params = parseInput(listVulnerabilitiesQuerySchema, query ?? {});
  const before = decodeCursor(params.cursor, isCursor);
  const rows = await q.listVisibleVulnerabilities(await getDb(), actor, {
    productVersionId: params.productVersionId,
    status: params.status,
    severity: params.severity,
    before,
    limit: params.limit + 1,
  });
  const page = rows.slice(0, params.limit);
  const last = page[page.length - 1];
  return {
    items: page.map((r) => toDto(actor, r)),
    nextCursor: rows.length > params.limit ? encodeCursor({ createdAt: last.cursorAt, id: last.vulnerability.id }) : null,
  };
}

/** One vulnerability; 404 unless the caller may see it (vendors: their own products). */
export async function getVulnerability(actor: Actor, id: string): Promise<VulnerabilityDto> {
  if (!uuidSchema.safeParse(id).success) throw notFound('Vulnerability');
  const row = await q.findVisibleVulnerabilityDetail(await getDb(), actor, id);
  if (!row) throw notFound('Vulnerability');
  return toDto(actor, row);
}

/** Product versions the caller can report on in the portal's form: vendors their own, others every certified one (first 500). */
export async function listReportableVersions(actor: Actor): Promise<ReportableVersionDto[]> {
  const rows = await q.listReportableVersions(await getDb(), actor, 500);
  return rows.map((r) => ({ id: r.id, label: actor.orgKind === 'vendor' ? `${r.productName} ${r.version}` : `${r.vendorName} — ${r.productName} ${r.version}` }));
}

