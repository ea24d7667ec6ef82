import { z } from 'zod';
import { SUBMISSION_STATES } from '@/lib/workflow/submission-states';

export const createSubmissionSchema = z.strictObject({
  productVersionId: z.uuid(),
  labOrgId: z.uuid(),
  scheme: z.string().trim().min(1).max(60).default('NESAS/SCAS'),
});

export const patchSubmissionSchema = z.strictObject({ labOrgId: z.uuid() });

export const listSubmissionsQuerySchema = z.strictObject({
  state: z.enum(SUBMISSION_STATES).optional(),
  productId: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
});

/** The URL form of actions (`submit-evaluation`) mapped to the workflow's names (`submit_evaluation`). */
export const actionParamSchema = z
  .enum(['submit', 'withdraw', 'accept', 'decline', 'submit-evaluation', 'approve', 'reject', 'request-changes', 'resubmit'])
  .transform((a) => a.replace('-', '_') as 'submit' | 'withdraw' | 'accept' | 'decline' | 'submit_evaluation' | 'approve' | 'reject' | 'request_changes' | 'resubmit');

export const MAX_CONDITIONS = 20;

export const actionBodySchema = z.strictObject({
  /** Why: required to decline, reject and request changes; for `approve` the rationale (required with open issues). */
  reason: z.string().trim().min(1).max(5000).optional(),
  /** `approve` only: conditions attached to the certificate, published with it. */
  conditions: z.array(z.string().trim().min(1).max(500)).max(MAX_CONDITIONS).optional(),
  /** `submit-evaluation` only: the lab's overall verdict; required while any result is inconclusive. */
  verdict: z.string().trim().min(1).max(5000).optional(),
  conflictOfInterest: z
    .strictObject({ hasConflict: z.boolean(), statement: z.string().trim().max(5000) })
    .optional(),
});
export type ActionBody = z.infer<typeof actionBodySchema>;
