import 'server-only';
import * as q from '@/db/queries/advisories';
import { findCertificateById } from '@/db/queries/certificates';
import { listVendorTaskRows } from '@/db/queries/vendor-tasks';
import { isUuid } from '@/lib/validation/uuid';
import type { Actor } from '@/lib/authz/actor';
import { getDb } from '@/lib/db';
import { forbidden } from '@/lib/errors';
import { craClocks, type CraClocks } from './cra-clocks';
import { toMatchDto, type MatchDto } from './match-dto';

export type VendorTaskDto = {
  id: string;
  productVersionId: string;
  productName: string;
  version: string;
  vulnerabilityId: string;
  notifiedAt: string;
  exploitedAt: string | null;
  fixAvailableAt: string | null;
  closedAt: string | null;
  affectedMatches: number;
  clocks: CraClocks;
  /** The version's matches of this vulnerability, for the answer form. */
  matches: MatchDto[];
};

const toDate = (v: Date | string) => (v instanceof Date ? v : new Date(v));
const iso = (v: Date | string | null) => (v === null ? null : toDate(v).toISOString());

/** Vulnerability tasks with their CRA clocks: a vendor its own, regulators all; others 403. */
export async function listVendorTasks(actor: Actor, options: { includeClosed?: boolean } = {}): Promise<{ items: VendorTaskDto[] }> {
  if (actor.orgKind !== 'vendor' && actor.orgKind !== 'regulator') throw forbidden('Vulnerability tasks are the vendors’ (and the regulators’) to see.');
  const db = await getDb();
  const rows = await listVendorTaskRows(db, { vendorOrgId: actor.orgKind === 'vendor' ? actor.orgId : undefined, includeClosed: options.includeClosed ?? false, limit: 200 });
  const matchesByTask = new Map<string, q.AdvisoryMatchRow[]>();
  for (const m of await q.listMatchesOfVersions(db, rows.map((r) => r.productVersionId))) {
    const key = `${m.productVersionId} ${m.vulnerabilityId}`;
    const list = matchesByTask.get(key);
    if (list) list.push(m);
    else matchesByTask.set(key, [m]);
  }
  const items: VendorTaskDto[] = [];
  for (const r of rows) {
    const matches = matchesByTask.get(`${r.productVersionId} ${r.vulnerabilityId}`) ?? [];
    items.push({
      id: r.id,
      productVersionId: r.productVersionId,
      productName: r.productName,
      version: r.version,
      vulnerabilityId: r.vulnerabilityId,
      notifiedAt: iso(r.notifiedAt)!,
      exploitedAt: iso(r.exploitedAt),
      fixAvailableAt: iso(r.fixAvailableAt),
      closedAt: iso(r.closedAt),
      affectedMatches: Number(r.affectedMatches),
      clocks: craClocks({ notifiedAt: toDate(r.notifiedAt), exploitedAt: r.exploitedAt ? toDate(r.exploitedAt) : null, fixAvailableAt: r.fixAvailableAt ? toDate(r.fixAvailableAt) : null }),
      matches: matches.map(toMatchDto),
    });
  }
  return { items };
}

export type AffectedDeploymentsDto = {
  segments: { segment: string; units: number; versions: number }[];
  items: { productVersionId: string; productName: string; versionLabel: string; vendorName: string; segment: string; units: number; vulnerabilityIds: string[]; matches: number }[];
};

/** An operator's inventory × affected matches, with units per segment. Operators only (their own inventory). */
export async function getAffectedDeployments(actor: Actor): Promise<AffectedDeploymentsDto> {
  if (actor.orgKind !== 'operator') throw forbidden('The affected-deployments view is an operator’s view of its own inventory.');
  const rows = await q.listAffectedDeploymentRows(await getDb(), actor.orgId);
  const segments = new Map<string, { segment: string; units: number; versions: number }>();
  for (const r of rows) {
    const s = segments.get(r.segment) ?? { segment: r.segment, units: 0, versions: 0 };
    s.units += Number(r.units);
    s.versions += 1;
    segments.set(r.segment, s);
  }
  return { segments: [...segments.values()], items: rows.map((r) => ({ ...r, units: Number(r.units), matches: Number(r.matches) })) };
}

/** "Known vulnerabilities: N affected, M not affected (VEX)" of a certificate's version: public (null for an unknown certificate). */
export async function countKnownVulnerabilities(certificateId: string) {
  const db = await getDb();
  const certificate = isUuid(certificateId) ? await findCertificateById(db, certificateId) : null;
  return certificate ? q.countMatchStates(db, certificate.productVersionId) : null;
}
