import 'server-only';
import * as q from '@/db/queries/diversity';
import type { Actor } from '@/lib/authz/actor';
import type { NetworkSegment } from '@/lib/catalogue/network-segments';
import { badRequest } from '@/lib/errors';
import { defineCommand } from '@/lib/kernel/command';
import { runCommand } from '@/lib/kernel/run-command';
import { parseInput } from '@/lib/validation/parse';
import { cancelPhaseOutSchema, phaseOutParamsSchema, setPhaseOutSchema } from '@/lib/validation/diversity';
import { daysUntil } from '../countdown';
import type { PhaseOutDto } from '../diversity-dto';
import { diversityPolicyDenial, seesDiversityPolicy } from '../diversity-rules';
import { phaseOutDto } from '../policy-dto';
import { unsafeDeploymentLines } from '../read-lines';

type Key = { segment: NetworkSegment; vendorId: string };

/** The answer to both commands: the phase-out with its national countdown (the caller is a regulator). */
async function readPhaseOut(row: q.PhaseOutRow, vendorName: string, logIndex: number): Promise<PhaseOutDto> {
  const now = new Date();
  return { ...phaseOutDto(row, vendorName, await unsafeDeploymentLines(undefined, now), now), logIndex };
}

/**
 * A regulator sets (or moves) the date by which a high-risk vendor's units must be gone from a
 * segment. The deadline is today or later (400 otherwise); the vendor must be a vendor
 * organisation (404). Vendors and labs 404, operators 403. Logs `diversity.phase_out_set` (subject
 * `phase_out:<id>`, with the previous deadline and the reason; readable by regulators).
 */
const setPhaseOutCommand = defineCommand({
  name: 'diversity.set_phase_out',
  subject: 'Vendor',
  input: setPhaseOutSchema,
  async load(tx, key: Key) {
    const vendor = await q.findVendorOrganization(tx, key.vendorId);
    return vendor ? { vendor, row: await q.lockPhaseOut(tx, key.segment, vendor.id) } : null;
  },
  isVisible: (actor) => seesDiversityPolicy(actor),
  authorize: ({ actor }) => diversityPolicyDenial(actor),
  entityTag: (target) => String(target.row?.version ?? 0),
  async apply({ tx, actor, key, input, target, now }) {
    if (daysUntil(input.deadline, now) < 0) {
      throw badRequest('The deadline must be today or later.', [{ path: 'deadline', message: 'Choose today or a later date' }]);
    }
    const row = await q.upsertPhaseOut(tx, { segment: key.segment, vendorOrgId: target.vendor.id, deadline: input.deadline, reason: input.reason, setBy: actor.userId, updatedAt: now });
    return {
      result: { row, vendorName: target.vendor.name },
      entries: [
        {
          type: 'diversity.phase_out_set',
          subject: { kind: 'phase_out', id: row.id },
          data: { segment: key.segment, vendorOrgId: target.vendor.id, vendor: target.vendor.name, deadline: input.deadline, previousDeadline: target.row?.deadline ?? null, reason: input.reason },
        },
      ],
    };
  },
  readBack: (_actor, result, appended) => readPhaseOut(result.row, result.vendorName, appended[0].index),
});

/**
 * A regulator removes a phase-out (with a reason). No phase-out for that vendor and segment: 404.
 * Vendors and labs 404, operators 403. Logs `diversity.phase_out_removed`.
 */
const removePhaseOutCommand = defineCommand({
  name: 'diversity.remove_phase_out',
  subject: 'Phase-out',
  input: cancelPhaseOutSchema,
  async load(tx, key: Key) {
    const vendor = await q.findVendorOrganization(tx, key.vendorId);
    const row = vendor ? await q.lockPhaseOut(tx, key.segment, vendor.id) : null;
    return vendor && row ? { vendor, row } : null;
  },
  isVisible: (actor) => seesDiversityPolicy(actor),
  authorize: ({ actor }) => diversityPolicyDenial(actor),
  entityTag: (target) => String(target.row.version),
  async apply({ tx, input, target }) {
    await q.deletePhaseOut(tx, target.row.id);
    const { row, vendor } = target;
    return {
      result: { row, vendorName: vendor.name },
      entries: [
        {
          type: 'diversity.phase_out_removed',
          subject: { kind: 'phase_out', id: row.id },
          data: { segment: row.segment, vendorOrgId: vendor.id, vendor: vendor.name, deadline: row.deadline, reason: input.reason },
        },
      ],
    };
  },
  readBack: (_actor, result, appended) => readPhaseOut(result.row, result.vendorName, appended[0].index),
});

/** Sets the phase-out of `vendorId` in `segment` (both validated: 400). */
export async function setPhaseOut(actor: Actor, params: { segment: unknown; vendorId: unknown }, input: unknown): Promise<PhaseOutDto> {
  return runCommand(setPhaseOutCommand, actor, parseInput(phaseOutParamsSchema, params), input);
}

/** Removes the phase-out of `vendorId` in `segment`; answers it as it was, with the entry's index. */
export async function removePhaseOut(actor: Actor, params: { segment: unknown; vendorId: unknown }, input: unknown): Promise<PhaseOutDto> {
  return runCommand(removePhaseOutCommand, actor, parseInput(phaseOutParamsSchema, params), input);
}
