import 'server-only';
import { listPhaseOutRows, listThresholds } from '@/db/queries/diversity';
import { listOperatorsWithUnits } from '@/db/queries/operators';
import type { Actor } from '@/lib/authz/actor';
import { can } from '@/lib/authz/permissions';
import { config } from '@/lib/config';
import { getDb } from '@/lib/db';
import { resolveInventoryScope } from '@/lib/deployments/read-deployments';
import { forbidden } from '@/lib/errors';
import { parseInput } from '@/lib/validation/parse';
import { diversityQuerySchema } from '@/lib/validation/operators';
import { computeDiversity } from './compute-diversity';
import type { DiversityDto } from './diversity-dto';
import { diversityPolicy } from './policy';
import { concentrationFlagsOf, phaseOutDto, thresholdDto } from './policy-dto';
import { unsafeDeploymentLines } from './read-lines';

/**
 * Vendor diversity per network segment (ran, transport, core) and per network function within it:
 * units, each vendor's share and the operator networks it runs in, the HHI, and the flags against
 * the segment's thresholds (a regulator's, else the configured share — default 50 % — and HHI
 * 2500; strictly over); the concentration flags listed; the phase-outs with their countdowns (units
 * of the vendor left in the segment, in this scope); deployed versions whose certificate is
 * suspended, revoked, expired or missing. Operators: their own inventory (`operator` naming
 * another is 403). Regulators: all operators together, or one with `operator` (unknown 404), plus
 * the list of operators. Vendors and labs: 403 — they see no diversity data. Logs nothing.
 */
export async function getDiversity(actor: Actor, query: unknown = {}, now = new Date()): Promise<DiversityDto> {
  if (!can(actor, 'diversity.view')) throw forbidden('Vendor diversity is visible to operators (their own) and regulators only.');
  const { operator } = parseInput(diversityQuerySchema, query);
  const scope = await resolveInventoryScope(actor, operator);
  const db = await getDb();
  const [lines, thresholds, phaseOuts] = await Promise.all([unsafeDeploymentLines(scope?.id, now), listThresholds(db), listPhaseOutRows(db)]);
  const defaultShare = config().concentrationThreshold;
  const picture = computeDiversity(lines, diversityPolicy(thresholds, defaultShare));
  const operators =
    actor.orgKind === 'regulator'
      ? (await listOperatorsWithUnits(db)).map((o) => ({ id: o.id, name: o.name, totalUnits: Number(o.totalUnits) }))
      : null;
  return {
    scope: { operator: scope },
    threshold: defaultShare,
    totalUnits: picture.totalUnits,
    flaggedCount: picture.flaggedCount,
    segments: picture.segments.map((s) => ({
      segment: s.segment,
      threshold: thresholdDto(s.threshold),
      totalUnits: s.totalUnits,
      vendors: s.vendors,
      hhi: s.hhi,
      flags: s.flags,
      concentrated: s.concentrated.map((v) => ({ vendorId: v.vendorId, vendorName: v.vendorName, units: v.units, percent: v.percent })),
      networkFunctions: s.networkFunctions,
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
    concentrationFlags: concentrationFlagsOf(picture),
    phaseOuts: phaseOuts.map((p) => phaseOutDto(p.phaseOut, p.vendorName, lines, now)),
    operators,
  };
}
