import 'server-only';
import crypto from 'node:crypto';
import type { Actor } from '@/lib/authz/actor';
import { can } from '@/lib/authz/permissions';
import { getDb } from '@/lib/db';
import type { Executor } from '@/db/client';
import { forbidden, notFound, ServiceError, unprocessable } from '@/lib/errors';
import { appendEntry } from '@/lib/log/store/append-entry';
import { canonicalInventory, type InventoryItem } from '@/lib/deployments/canonical-inventory';
import { parseDeploymentsCsv, type DeploymentsCsvRow } from '@/lib/deployments/parse-deployments-csv';
import { flagReasonOf, versionCertificate, type FlagReason } from '@/lib/diversity';
import type { NetworkSegment } from '@/lib/catalogue/network-segments';
import type { CertificateStatus } from '@/lib/workflow/certificate-statuses';
import { parseInput } from '@/lib/validation/parse';
import { isOperatorDataVisible, seesOperatorData } from '@/lib/visibility/operators';
import { searchText } from '@/lib/registry/search-query';
import { deploymentsQuerySchema, replaceDeploymentsSchema, versionSearchQuerySchema, type ReplaceDeploymentsInput } from '@/lib/validation/operators';
import * as q from '@/db/queries/operators';

type OrgRef = { id: string; name: string };
type CertificateRef = { id: string; status: CertificateStatus } | null;

/** A product version as an operator picks it for the inventory. */
export type DeployableVersionDto = {
  productVersionId: string;
  label: string;
  product: { id: string; name: string; model: string | null };
  version: string;
  vendor: OrgRef;
  networkFunction: string;
  segment: NetworkSegment;
  certificate: CertificateRef;
  flag: FlagReason | null;
};

export type DeploymentDto = DeployableVersionDto & { quantity: number; operator: OrgRef; updatedAt: string };

export type DeploymentsDto = { operator: OrgRef | null; items: DeploymentDto[]; totalUnits: number; digest: string };

export type CsvProblem = { line: number; message: string };

/** SHA-256 (hex) of the canonical inventory: the ETag of an inventory and what its log entry records. */
export function inventoryDigest(items: readonly InventoryItem[]): string {
  return crypto.createHash('sha256').update(canonicalInventory(items), 'utf8').digest('hex');
}

async function certificatesByVersion(db: Executor, versionIds: string[], now: Date): Promise<Map<string, CertificateRef>> {
  const rows = await q.certificatesOfVersions(db, [...new Set(versionIds)]);
  const grouped = new Map<string, typeof rows>();
  for (const r of rows) grouped.set(r.productVersionId, [...(grouped.get(r.productVersionId) ?? []), r]);
  return new Map([...grouped].map(([id, certs]) => [id, versionCertificate(certs, now)]));
}

function toDeployable(v: q.VersionRow, certificate: CertificateRef): DeployableVersionDto {
  return {
    productVersionId: v.productVersionId,
    label: `${v.productName} ${v.version}`,
    product: { id: v.productId, name: v.productName, model: v.productModel },
    version: v.version,
    vendor: { id: v.vendorId, name: v.vendorName },
    networkFunction: v.networkFunction,
    segment: v.segment,
    certificate,
    flag: flagReasonOf(certificate?.status ?? null),
  };
}

async function readDeployments(db: Executor, operatorOrgId: string | undefined, now: Date): Promise<DeploymentDto[]> {
  const rows = await q.listDeploymentRows(db, { operatorOrgId });
  const certificates = await certificatesByVersion(db, rows.map((r) => r.productVersionId), now);
  return rows.map((r) => ({
    ...toDeployable(r, certificates.get(r.productVersionId) ?? null),
    quantity: r.quantity,
    operator: { id: r.operatorId, name: r.operatorName },
    updatedAt: r.updatedAt.toISOString(),
  }));
}

function toInventory(operator: OrgRef | null, items: DeploymentDto[]): DeploymentsDto {
  return { operator, items, totalUnits: items.reduce((sum, i) => sum + i.quantity, 0), digest: inventoryDigest(items) };
}

/**
 * Inventory lines with their product, vendor and certificate standing; one operator's or (no id)
 * every operator's. No authorisation: callers decide whose inventory the actor may read.
 */
export async function unsafeListDeployments(operatorOrgId: string | undefined, now = new Date()): Promise<DeploymentDto[]> {
  return readDeployments(await getDb(), operatorOrgId, now);
}

/**
 * Whose inventory the actor may read: operators their own (naming another operator is 403),
 * regulators one operator's (`operator`, unknown 404) or everyone's. Vendors and labs 403.
 */
export async function resolveInventoryScope(actor: Actor, operator: string | undefined): Promise<OrgRef | null> {
  if (!seesOperatorData(actor)) throw forbidden('Deployments and vendor diversity are visible to operators (their own) and regulators only.');
  if (operator && !isOperatorDataVisible(actor, operator)) throw forbidden('Operators see only their own organisation.');
  if (actor.orgKind === 'operator') return { id: actor.orgId, name: actor.orgName };
  if (!operator) return null;
  const org = await q.findOperatorOrganization(await getDb(), operator);
  if (!org) throw notFound('Operator');
  return org;
}

/**
 * An inventory: operators their own; regulators one operator's (`?operator=`) or all operators'
 * lines. Each line with product, version, vendor, segment and the version's certificate standing
 * (`flag` when it is not valid or missing). Vendors and labs 403. Logs nothing.
 */
export async function listDeployments(actor: Actor, query: unknown = {}): Promise<DeploymentsDto> {
  const { operator } = parseInput(deploymentsQuerySchema, query);
  const scope = await resolveInventoryScope(actor, operator);
  return toInventory(scope, await unsafeListDeployments(scope?.id));
}

function preconditionFailedDigest(currentDigest: string) {
  return new ServiceError(412, 'Precondition failed', 'The inventory changed since you loaded it; reload and retry.', { currentDigest });
}

async function replace(actor: Actor, data: ReplaceDeploymentsInput, ifDigest?: string, lineOf?: (index: number) => number) {
  if (!can(actor, 'deployments.manage')) throw forbidden('Only operators keep a deployment inventory.');
  const items = data.deployments.map((d) => ({ productVersionId: d.productVersionId.toLowerCase(), quantity: d.quantity }));
  const digest = inventoryDigest(items);
  const totalUnits = items.reduce((sum, i) => sum + i.quantity, 0);
  const db = await getDb();
  const now = new Date();
  return db.transaction(async (tx) => {
    if (!(await q.lockOperatorOrganization(tx, actor.orgId))) throw notFound('Organisation');
    const previous = inventoryDigest(await q.listInventory(tx, actor.orgId));
    if (ifDigest !== undefined && ifDigest !== previous) throw preconditionFailedDigest(previous);
    const known = await q.existingVersionIds(tx, items.map((i) => i.productVersionId));
    const unknown = items.flatMap((item, i) => (known.has(item.productVersionId) ? [] : [{ item, i }]));
    if (unknown.length > 0) {
      const errors = unknown.map(({ item, i }) => ({
        path: `deployments.${i}.productVersionId`,
        message: `Unknown product version ${item.productVersionId}`,
        ...(lineOf ? { line: lineOf(i) } : {}),
      }));
      throw unprocessable(`${unknown.length} unknown product version(s): ${unknown.map((u) => u.item.productVersionId).join(', ')}; nothing was changed.`, errors);
    }
    await q.replaceInventory(tx, actor.orgId, items, now);
    const inventory = toInventory({ id: actor.orgId, name: actor.orgName }, await readDeployments(tx, actor.orgId, now));
    const entry = await appendEntry(tx, {
      type: 'deployments.replaced',
      actor,
      subject: { kind: 'deployments', id: actor.orgId },
      data: { count: items.length, totalUnits, sha256: digest, previousSha256: previous },
      now,
    });
    return { ...inventory, logIndex: entry.index };
  });
}

/**
 * Replaces the caller's whole inventory with `{deployments: [{productVersionId, quantity}]}` in one
 * transaction. Operators only (403). Each version at most once, quantity a whole number 1–10 000 000
 * (400 per field); every version must exist (422 listing the unknown ids; nothing changes).
 * `ifDigest` (the inventory's ETag, from GET) guards against overwriting a colleague's change: 412.
 * Logs `deployments.replaced` (subject `deployments:<operator org id>`; count, total units and the
 * SHA-256 of the canonical inventory, and of the one it replaced).
 */
export async function replaceDeployments(actor: Actor, input: unknown, ifDigest?: string): Promise<DeploymentsDto & { logIndex: number }> {
  if (!can(actor, 'deployments.manage')) throw forbidden('Only operators keep a deployment inventory.');
  return replace(actor, parseInput(replaceDeploymentsSchema, input), ifDigest);
}

type ResolvedCsv = { items: (DeployableVersionDto & { quantity: number })[]; lines: number[] };

/** Resolves parsed CSV rows to product versions; every row that cannot be resolved is a problem with its line. */
async function resolveCsv(csv: string): Promise<ResolvedCsv> {
  const parsed = parseDeploymentsCsv(csv);
  if (!parsed.ok) throw csvProblems(parsed.errors);
  const db = await getDb();
  const problems: CsvProblem[] = [];
  const resolved: { row: DeploymentsCsvRow; version: q.VersionRow }[] = [];
  if (parsed.format === 'ids') {
    const ids = parsed.rows.map((r) => ('productVersionId' in r ? r.productVersionId : ''));
    const versions = new Map((await q.findVersionsByIds(db, ids)).map((v) => [v.productVersionId, v]));
    for (const row of parsed.rows) {
      const version = 'productVersionId' in row ? versions.get(row.productVersionId) : undefined;
      if (version) resolved.push({ row, version });
      else problems.push({ line: row.line, message: `Unknown product version ${'productVersionId' in row ? row.productVersionId : ''}` });
    }
  } else {
    const candidates = await q.findVersionsByProductNames(db, parsed.rows.map((r) => ('product' in r ? r.product : '')));
    const seen = new Map<string, number>();
    for (const row of parsed.rows) {
      if (!('product' in row)) continue;
      const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
      const matches = candidates.filter((v) => same(v.vendorName, row.vendor) && same(v.productName, row.product) && same(v.version, row.version));
      if (matches.length === 0) {
        problems.push({ line: row.line, message: `No version "${row.version}" of product "${row.product}" by vendor "${row.vendor}"` });
      } else if (matches.length > 1) {
        problems.push({ line: row.line, message: `"${row.vendor}, ${row.product}, ${row.version}" matches ${matches.length} product versions; use the productVersionId format` });
      } else if (seen.has(matches[0].productVersionId)) {
        problems.push({ line: row.line, message: `The same product version is already on line ${seen.get(matches[0].productVersionId)}` });
      } else {
        seen.set(matches[0].productVersionId, row.line);
        resolved.push({ row, version: matches[0] });
      }
    }
  }
  if (problems.length > 0) throw csvProblems(problems);
  const certificates = await certificatesByVersion(db, resolved.map((r) => r.version.productVersionId), new Date());
  return {
    items: resolved.map(({ row, version }) => ({ ...toDeployable(version, certificates.get(version.productVersionId) ?? null), quantity: row.quantity })),
    lines: resolved.map(({ row }) => row.line),
  };
}

function csvProblems(errors: CsvProblem[]) {
  const sorted = [...errors].sort((a, b) => a.line - b.line);
  const first = sorted[0];
  return unprocessable(
    `The CSV file has ${sorted.length} problem(s); nothing was changed. Line ${first.line}: ${first.message}.`,
    sorted.map((e) => ({ path: `line ${e.line}`, line: e.line, message: e.message })),
  );
}

/**
 * {@link replaceDeployments} from a CSV file (header `productVersionId,quantity` or
 * `vendor,product,version,quantity`; names matched case-insensitively). All or nothing: any bad or
 * unresolvable row is a 422 with `errors: [{line, message}]` and nothing changes.
 */
export async function replaceDeploymentsFromCsv(actor: Actor, csv: string, ifDigest?: string): Promise<DeploymentsDto & { logIndex: number }> {
  if (!can(actor, 'deployments.manage')) throw forbidden('Only operators keep a deployment inventory.');
  const { items, lines } = await resolveCsv(csv);
  const data = parseInput(replaceDeploymentsSchema, { deployments: items.map((i) => ({ productVersionId: i.productVersionId, quantity: i.quantity })) });
  return replace(actor, data, ifDigest, (i) => lines[i]);
}

/**
 * What a CSV file would make the inventory, without saving it: the resolved lines for the web
 * page to show for review. Same checks and 422 as {@link replaceDeploymentsFromCsv}; operators only.
 */
export async function previewDeploymentsCsv(actor: Actor, csv: string): Promise<{ items: (DeployableVersionDto & { quantity: number })[] }> {
  if (!can(actor, 'deployments.manage')) throw forbidden('Only operators keep a deployment inventory.');
  return { items: (await resolveCsv(csv)).items };
}

/**
 * Product versions an operator can pick for its inventory: those it may see, i.e. versions with a
 * certificate (lib/visibility/product-versions.ts; another vendor's drafts and versions in
 * evaluation stay invisible): every word of `q` must begin a word of the product, model, version,
 * vendor or network function (as in the registry); valid or suspended certificates before revoked
 * ones. Operators only.
 */
export async function searchDeployableVersions(actor: Actor, query: unknown): Promise<{ items: DeployableVersionDto[] }> {
  if (!can(actor, 'deployments.manage')) throw forbidden('Only operators keep a deployment inventory.');
  const params = parseInput(versionSearchQuerySchema, query);
  const db = await getDb();
  const rows = await q.searchVersionRows(db, searchText(params.q), params.limit, actor);
  const certificates = await certificatesByVersion(db, rows.map((r) => r.productVersionId), new Date());
  return { items: rows.map((r) => toDeployable(r, certificates.get(r.productVersionId) ?? null)) };
}
