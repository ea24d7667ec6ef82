import { z } from 'zod';
import { NETWORK_SEGMENTS } from '@/lib/catalogue/network-segments';
import { idParamSchema } from '@/lib/validation/common';
import { evidenceResponseSchema } from '@/lib/validation/evidence';
import { pageOf } from '@/lib/validation/responses';
import {
  actionBodySchema,
  actionParamSchema,
  createSubmissionSchema,
  listSubmissionsQuerySchema,
  patchSubmissionSchema,
} from '@/lib/validation/submissions';
import { CERTIFICATE_STATUSES } from '@/lib/workflow/certificate-statuses';
import { SUBMISSION_STATES } from '@/lib/workflow/submission-states';
import { defineContract } from '../contract';

const orgRef = z.object({ id: z.uuid(), name: z.string() });

const submissionSummarySchema = z.object({
  id: z.uuid(),
  state: z.enum(SUBMISSION_STATES),
  version: z.int().describe('Also the ETag; send it back as If-Match'),
  scheme: z.string(),
  product: z.object({
    id: z.uuid(),
    name: z.string(),
    model: z.string().nullable(),
    networkFunction: z.string(),
    segment: z.enum(NETWORK_SEGMENTS),
    isVirtualized: z.boolean(),
  }),
  productVersion: z.object({ id: z.uuid(), version: z.string() }),
  vendor: orgRef,
  lab: orgRef.nullable(),
  reviewRound: z.int(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  submittedAt: z.iso.datetime().nullable(),
});

const submissionDetailSchema = submissionSummarySchema.extend({
  conflictOfInterest: z
    .object({ hasConflict: z.boolean(), statement: z.string(), declaredBy: z.uuid(), declaredAt: z.iso.datetime() })
    .nullable()
    .describe("The lab's declaration when it accepted (null before, and for operators)"),
  evidence: z.array(evidenceResponseSchema),
  evaluation: z.object({
    counts: z.record(z.string(), z.int()).describe('Recorded results by result'),
    recorded: z.int(),
  }),
  decisions: z.array(
    z.object({
      id: z.uuid(),
      kind: z.enum(['approve', 'reject', 'request_changes']),
      reason: z.string().nullable().describe('The reason; for an approval, the rationale'),
      conditions: z.array(z.string()).describe('Conditions an approval attached to the certificate'),
      regulatorUserId: z.uuid(),
      regulatorName: z.string().nullable().describe("The regulator's name, for their colleagues only; null for other organisations"),
      reviewRound: z.int(),
      createdAt: z.iso.datetime(),
      logIndex: z.int().nullable(),
    }),
  ),
  certificate: z
    .object({
      id: z.uuid(),
      status: z.enum(CERTIFICATE_STATUSES),
      storedStatus: z.enum(['valid', 'suspended', 'revoked']),
      issuedAt: z.iso.datetime(),
      expiresAt: z.iso.datetime(),
      scheme: z.string(),
      version: z.int(),
    })
    .nullable(),
  availableActions: z.array(z.string()).describe('The workflow actions the caller may fire now'),
});

const submissionOutOfReachSchema = z
  .object({ id: z.uuid(), state: z.enum(SUBMISSION_STATES), version: z.int(), isVisible: z.literal(false) })
  .describe('What the caller learns after an action that moved the submission out of their sight (a lab that declined)');

export const listSubmissions = defineContract({
  operationId: 'listSubmissions',
  method: 'GET',
  path: '/api/v1/submissions',
  tag: 'submissions',
  summary: 'Submissions the caller may see (vendors their own, labs those assigned to them, regulators all, operators certified ones), most recently changed first',
  query: listSubmissionsQuerySchema,
  response: { status: 200, content: { 'application/json': pageOf(submissionSummarySchema) } },
});

export const createSubmission = defineContract({
  operationId: 'createSubmission',
  method: 'POST',
  path: '/api/v1/submissions',
  tag: 'submissions',
  summary:
    "Open a draft submission for one of the caller's product versions with a chosen lab (vendors; another vendor's version: 404; a lab without a valid accreditation for the function: 422). Logs submission.created",
  body: { content: { 'application/json': createSubmissionSchema } },
  response: { status: 201, content: { 'application/json': submissionDetailSchema }, headers: { etag: 'The submission version' } },
  errors: [403, 404, 422],
});

export const getSubmission = defineContract({
  operationId: 'getSubmission',
  method: 'GET',
  path: '/api/v1/submissions/{id}',
  tag: 'submissions',
  summary: 'One submission with its state, version (also the ETag), evidence, evaluation summary, decisions, certificate and the actions the caller may fire',
  params: idParamSchema,
  response: { status: 200, content: { 'application/json': submissionDetailSchema }, headers: { etag: 'The submission version' } },
  errors: [404],
});

export const changeSubmissionLab = defineContract({
  operationId: 'changeSubmissionLab',
  method: 'PATCH',
  path: '/api/v1/submissions/{id}',
  tag: 'submissions',
  summary:
    'Change the chosen lab of a draft (owning vendor, draft only: 409 naming the state; e.g. after a decline). `If-Match` with the submission version, stale: 412. Logs submission.lab_changed',
  params: idParamSchema,
  body: { content: { 'application/json': patchSubmissionSchema } },
  response: { status: 200, content: { 'application/json': submissionDetailSchema }, headers: { etag: 'The submission version' } },
  errors: [403, 404, 409, 412, 422],
});

export const submissionAction = defineContract({
  operationId: 'submissionAction',
  method: 'POST',
  path: '/api/v1/submissions/{id}/actions/{action}',
  tag: 'submissions',
  summary:
    'A workflow action: `submit`, `withdraw` (vendor), `accept` (needs `{conflictOfInterest: {hasConflict: false, statement}}`), `decline`, `submit-evaluation` (assigned lab), `approve`, `reject`, `request-changes` (regulators), `resubmit` (vendor). The body is optional (`{reason?, conflictOfInterest?}`; reject, request-changes and decline need a reason). 403 for the wrong party, 409 naming the current state or an unmet precondition, `If-Match` with the submission version, stale: 412. Logs the transition',
  params: z.object({ id: z.uuid('Not a valid id'), action: actionParamSchema }),
  body: { isOptional: true, content: { 'application/json': actionBodySchema } },
  response: {
    status: 200,
    content: { 'application/json': z.union([submissionOutOfReachSchema, submissionDetailSchema]) },
    headers: { etag: 'The submission version' },
  },
  errors: [403, 404, 409, 412, 422],
});

const historyEventSchema = z.object({
  index: z.int().describe('Log index: fetch its inclusion proof at /api/v1/log/proof/inclusion'),
  type: z.string(),
  at: z.iso.datetime(),
  actor: z
    .object({ user: z.string().nullable(), org: z.string().nullable(), orgKind: z.string(), name: z.string().nullable().optional() })
    .nullable(),
  data: z.record(z.string(), z.unknown()),
  leafHash: z.string(),
});

export const getSubmissionHistory = defineContract({
  operationId: 'getSubmissionHistory',
  method: 'GET',
  path: '/api/v1/submissions/{id}/history',
  tag: 'submissions',
  summary: "The submission's timeline from its log entries (and its certificate's), oldest first, each with its log index",
  params: idParamSchema,
  response: { status: 200, content: { 'application/json': z.object({ items: z.array(historyEventSchema) }) } },
  errors: [404],
});
