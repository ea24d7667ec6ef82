import 'server-only';
import { findVersionWithProduct } from '@/db/queries/products';
import { insertSubmission } from '@/db/queries/submissions';
import type { Actor } from '@/lib/authz/actor';
import { forbidden } from '@/lib/errors';
import { defineCommand } from '@/lib/kernel/command';
import { runCommand } from '@/lib/kernel/run-command';
import { createSubmissionSchema } from '@/lib/validation/submissions';
import { getSubmission } from '../read-submissions';
import type { SubmissionDetailDto } from '../submission-dto';
import { submissionCreateDenial } from '../submission-rules';
import { requireEligibleLab } from './require-eligible-lab';
import { submissionSubject } from './workflow-command';

/**
 * Opens a draft submission for one of the vendor's own product versions (another's: 404), with a
 * lab accredited for its network function (422 otherwise). Logs `submission.created`.
 */
export const createSubmissionCommand = defineCommand({
  name: 'submission.create',
  subject: 'Product version',
  input: createSubmissionSchema,
  load: (tx, _key: null, _actor, input) => findVersionWithProduct(tx, input.productVersionId),
  isVisible: (actor, found) => found.product.vendorOrgId === actor.orgId,
  authorize: ({ actor }) => submissionCreateDenial(actor),
  async apply({ tx, actor, input, target, now }) {
    await requireEligibleLab(tx, input.labOrgId, target.product.networkFunction, now);
    const created = await insertSubmission(tx, {
      productVersionId: input.productVersionId,
      vendorOrgId: actor.orgId,
      labOrgId: input.labOrgId,
      scheme: input.scheme,
      createdBy: actor.userId,
    });
    return {
      result: created.id,
      entries: [
        {
          type: 'submission.created',
          subject: submissionSubject(created),
          data: { productVersionId: created.productVersionId, labOrgId: created.labOrgId, scheme: created.scheme },
        },
      ],
    };
  },
  readBack: (actor, id) => getSubmission(actor, id),
});

/** Runs {@link createSubmissionCommand}. Vendors only: anyone else gets 403 before their body is read. */
export async function createSubmission(actor: Actor, input: unknown): Promise<SubmissionDetailDto> {
  const denial = submissionCreateDenial(actor);
  if (denial) throw forbidden(denial);
  return runCommand(createSubmissionCommand, actor, null, input);
}
