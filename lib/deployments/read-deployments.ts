import 'server-only';
import type { Executor } from '@/db/client';
import * as q from '@/db/queries/operators';
import type { Actor } from '@/lib/authz/actor';
import { getDb } from '@/lib/db';
import { forbidden, notFound } from '@/lib/errors';
import { searchText } from '@/lib/registry/search-query';
import { parseInput } from '@/lib/validation/parse';
import { isOperatorDataVisible, seesOperatorData } from '@/lib/visibility/operators';
import { deploymentsQuerySchema, versionSearchQuerySchema } from '@/lib/validation/operators';
import { toDeployable, type DeployableVersionDto, type DeploymentDto, type DeploymentsDto } from './deployment-dto';
import { inventoryDenial, inventoryDigest } from './deployment-rules';
import { resolveDeploymentsCsv } from './resolve-deployments-csv';
import { certificatesByVersion } from './version-certificates';

type OrgRef = { id: string; name: string };

/** Inventory lines with product, vendor and certificate standing: one operator's or (no id) every operator's. */
export async function readDeployments(db: Executor, operatorOrgId: string | undefined, now: Date): Promise<DeploymentDto[]> {
  const rows = await q.listDeploymentRows(db, { operatorOrgId });
  const certificates = await certificatesByVersion(db, rows.map((r) => r.productVersionId), now);
  return rows.map((r) => ({
    ...toDeployable(r, certificates.get(r.productVersionId) ?? null),
    quantity: r.quantity,
    operator: { id: r.operatorId, name: r.operatorName },
    updatedAt: r.updatedAt.toISOString(),
  }));
}

export function toInventory(operator: OrgRef | null, items: DeploymentDto[]): DeploymentsDto {
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

function requireInventoryKeeper(actor: Actor) {
  const denial = inventoryDenial(actor);
  if (denial) throw forbidden(denial);
}

/**
 * What a CSV file would make the inventory, without saving it: the resolved lines for the web
 * page to show for review. Same checks and 422 as `replaceDeploymentsFromCsv`; operators only.
 */
export async function previewDeploymentsCsv(actor: Actor, csv: string): Promise<{ items: (DeployableVersionDto & { quantity: number })[] }> {
  requireInventoryKeeper(actor);
  return { items: (await resolveDeploymentsCsv(csv)).items };
}

/**
 * Product versions an operator can pick for its inventory: those it may see, i.e. versions with a
 * certificate (lib/visibility/product-versions.ts; another vendor's drafts and versions in
 * evaluation stay invisible): every word of `q` must begin a word of the product, model, version,
 * vendor or network function (as in the registry); valid or suspended certificates before revoked
 * ones. Operators only.
 */
export async function searchDeployableVersions(actor: Actor, query: unknown): Promise<{ items: DeployableVersionDto[] }> {
  requireInventoryKeeper(actor);
  const params = parseInput(versionSearchQuerySchema, query);
  const db = await getDb();
  const rows = await q.searchVersionRows(db, searchText(params.q), params.limit, actor);
  const certificates = await certificatesByVersion(db, rows.map((r) => r.productVersionId), new Date());
  return { items: rows.map((r) => toDeployable(r, certificates.get(r.productVersionId) ?? null)) };
}
