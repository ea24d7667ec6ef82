import 'server-only';
import { listAccreditationsOfLab } from '@/db/queries/evidence';
import { findOrganizationById } from '@/db/queries/organizations';
import { acceptPreconditions } from '@/lib/workflow/accept-preconditions';
import { accreditationForAccept } from '../lab-eligibility';
import { unmetRefusal } from '../submission-rules';
import { moveSubmission, submissionSubject, workflowCommand } from './workflow-command';

/**
 * The assigned lab accepts a submitted assignment (submitted → in_evaluation). Needs an
 * accreditation valid today covering the product's network function, no shared group with the
 * vendor, and a signed conflict-of-interest statement declaring no conflict (409 listing what is
 * unmet). The declaration (who, when) is stored on the submission and logged in
 * `submission.accepted` with the accreditation; the vendor is told.
 */
export const acceptCommand = workflowCommand('accept', async (ctx) => {
  const { tx, actor, target, next, now, input, version } = ctx;
  const lab = (await findOrganizationById(tx, actor.orgId))!;
  const vendor = (await findOrganizationById(tx, target.vendorOrgId))!;
  const networkFunction = version.product.networkFunction;
  const accreditation = accreditationForAccept(await listAccreditationsOfLab(tx, lab.id), networkFunction, now);
  const coi = input.conflictOfInterest ?? null;
  const unmet = unmetRefusal(
    acceptPreconditions({ accreditation, networkFunction, labGroup: lab.group, vendorGroup: vendor.group, conflictOfInterest: coi, now }),
    target.state,
  );
  if (unmet) throw unmet;
  // acceptPreconditions refuses a missing statement and a missing accreditation.
  const declaration = { ...coi!, declaredBy: actor.userId, declaredAt: now.toISOString() };
  const updated = await moveSubmission(ctx, next, { conflictOfInterest: declaration });
  return {
    result: updated,
    entries: [
      {
        type: 'submission.accepted',
        subject: submissionSubject(target),
        data: { from: target.state, to: next, conflictOfInterest: declaration, accreditationId: accreditation!.id },
      },
    ],
  };
});
