import 'server-only';
import { listOperatorsWithUnits } from '@/db/queries/operators';
import type { Actor } from '@/lib/authz/actor';
import { can } from '@/lib/authz/permissions';
import { config } from '@/lib/config';
import { getDb } from '@/lib/db';
import { resolveInventoryScope, unsafeListDeployments } from '@/lib/deployments/read-deployments';
import { forbidden } from '@/lib/errors';
import { parseInput } from '@/lib/validation/parse';
import { diversityQuerySchema } from '@/lib/validation/operators';
import { computeDiversity } from './compute-diversity';
import type { DiversityDto } from './diversity-dto';
import type { DeploymentLine } from './types';

/**
 * Vendor diversity per network segment (ran, transport, core): units, each vendor's share, vendors
 * over the concentration threshold (configured, default 50 %; strictly over), and deployed versions
 * whose certificate is suspended, revoked, expired or missing. Operators: their own inventory
 * (`operator` naming another is 403). Regulators: all operators together, or one with `operator`
 * (unknown 404), plus the list of operators. Vendors and labs: 403 — they see no diversity data.
 * Logs nothing.
 */
export async function getDiversity(actor: Actor, query: unknown = {}): Promise<DiversityDto> {
  if (!can(actor, 'diversity.view')) throw forbidden('Vendor diversity is visible to operators (their own) and regulators only.');
  const { operator } = parseInput(diversityQuerySchema, query);
  const scope = await resolveInventoryScope(actor, operator);
  const threshold = config().concentrationThreshold;
  const deployments = await unsafeListDeployments(scope?.id);
  const lines: DeploymentLine[] = deployments.map((d) => ({
    vendorId: d.vendor.id,
    vendorName: d.vendor.name,
    segment: d.segment,
    quantity: d.quantity,
    certificateStatus: d.certificate?.status ?? null,
    productVersionId: d.productVersionId,
    label: d.label,
    operatorId: d.operator.id,
    operatorName: d.operator.name,
  }));
  const picture = computeDiversity(lines, threshold);
  const operators =
    actor.orgKind === 'regulator'
      ? (await listOperatorsWithUnits(await getDb())).map((o) => ({ id: o.id, name: o.name, totalUnits: Number(o.totalUnits) }))
      : null;
  return {
    scope: { operator: scope },
    threshold,
    totalUnits: picture.totalUnits,
    flaggedCount: picture.flaggedCount,
    segments: picture.segments.map((s) => ({
      segment: s.segment,
      totalUnits: s.totalUnits,
      vendors: s.vendors,
      concentrated: s.concentrated.map((v) => ({ vendorId: v.vendorId, vendorName: v.vendorName, units: v.units, percent: v.percent })),
      flagged: s.flagged.map((f) => ({
        productVersionId: f.productVersionId,
        label: f.label,
        vendorId: f.vendorId,
        vendorName: f.vendorName,
        units: f.units,
        certificateStatus: f.certificateStatus,
        reason: f.reason,
        operator: f.operatorId ? { id: f.operatorId, name: f.operatorName ?? '' } : null,
      })),
    })),
    operators,
  };
}
