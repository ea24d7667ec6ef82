import 'server-only';
import { findVersionWithProduct } from '@/db/queries/products';
import { findVisibleSubmission, updateSubmission } from '@/db/queries/submissions';
import type { Actor } from '@/lib/authz/actor';
import { conflict } from '@/lib/errors';
import type { IfMatch } from '@/lib/http/if-match';
import { defineCommand } from '@/lib/kernel/command';
import { runCommand } from '@/lib/kernel/run-command';
import { patchSubmissionSchema } from '@/lib/validation/submissions';
import { isUuid } from '@/lib/validation/uuid';
import { getSubmission } from '../read-submissions';
import type { SubmissionDetailDto } from '../submission-dto';
import { labChangeDenial, labChangeRefusal } from '../submission-rules';
import { requireEligibleLab } from './require-eligible-lab';
import { submissionSubject } from './workflow-command';

/**
 * The vendor chooses another lab for a draft (after a decline, say): the owning vendor only (others
 * who see it: 403), in draft only (409), with a lab accredited for the product (422). Logs
 * `submission.lab_changed`.
 */
export const changeSubmissionLabCommand = defineCommand({
  name: 'submission.change_lab',
  subject: 'Submission',
  input: patchSubmissionSchema,
  load: async (tx, key: { id: string }, actor) => (isUuid(key.id) ? findVisibleSubmission(tx, actor, key.id, { lock: true }) : null),
  authorize: ({ actor }) => labChangeDenial(actor),
  checkState: ({ target }) => labChangeRefusal(target),
  entityTag: (target) => String(target.version),
  async apply({ tx, input, target, now }) {
    const version = (await findVersionWithProduct(tx, target.productVersionId))!;
    await requireEligibleLab(tx, input.labOrgId, version.product.networkFunction, now);
    const updated = await updateSubmission(tx, target.id, target.version, { labOrgId: input.labOrgId });
    if (!updated) throw conflict('The submission changed while you were acting on it; reload and retry.', target.state);
    return {
      result: target.id,
      entries: [{ type: 'submission.lab_changed', subject: submissionSubject(target), data: { from: target.labOrgId, to: input.labOrgId } }],
    };
  },
  readBack: (actor, id) => getSubmission(actor, id),
});

/** Runs {@link changeSubmissionLabCommand}; `ifMatch` is the caller's `If-Match` or the version their page showed. */
export function changeSubmissionLab(actor: Actor, id: string, input: unknown, ifMatch?: IfMatch): Promise<SubmissionDetailDto> {
  return runCommand(changeSubmissionLabCommand, actor, { id }, input, { ifMatch });
}
