import { z } from 'zod';
import { idParamSchema } from '@/lib/validation/common';
import {
  certificateActionBodySchema,
  certificateActionParamSchema,
  certificateDetailResponseSchema,
  certificateResponseSchema,
  listCertificatesQuerySchema,
} from '@/lib/validation/certificates';
import { pageOf } from '@/lib/validation/responses';
import { defineContract } from '../contract';

export const listCertificates = defineContract({
  operationId: 'listCertificates',
  method: 'GET',
  path: '/api/v1/certificates',
  tag: 'certificates',
  summary:
    "Certificates for their managers: regulators all, vendors their own (labs and operators: 403, they use the public registry). view=all (newest first), expiring (valid, expiring within 90 days, soonest first) or review (the regulators' review list: flagged by a critical vulnerability until a regulator acts, longest waiting first). `status` is the effective status (expired from expiresAt on)",
  query: listCertificatesQuerySchema,
  response: { status: 200, content: { 'application/json': pageOf(certificateResponseSchema) } },
  errors: [403],
});

export const getCertificate = defineContract({
  operationId: 'getCertificate',
  method: 'GET',
  path: '/api/v1/certificates/{id}',
  tag: 'certificates',
  summary: 'One certificate with its log history and the actions the caller may fire (any signed-in user; certificates are public)',
  params: idParamSchema,
  response: { status: 200, content: { 'application/json': certificateDetailResponseSchema }, headers: { etag: 'The certificate version' } },
  errors: [404],
});

export const certificateAction = defineContract({
  operationId: 'certificateAction',
  method: 'POST',
  path: '/api/v1/certificates/{id}/actions/{action}',
  tag: 'certificates',
  summary:
    "A regulator's action: `suspend` (valid → suspended), `reinstate` (suspended → valid), `revoke` (valid or suspended → revoked, final) or `clear-review` (take it off the review list unchanged). The reason is required and published in the log. Every action also clears the review flag. 403 for non-regulators; 409 names the current effective status (expired and revoked certificates accept none of the lifecycle actions); `If-Match` (RFC 9110: `*` or entity tags; the ETag is the certificate version), a well-formed tag that does not match: 412, a malformed header: 400. Logs certificate.suspended / reinstated / revoked / review_cleared with {reason, from, to}",
  params: z.object({ id: z.uuid('Not a valid id'), action: certificateActionParamSchema }),
  body: { content: { 'application/json': certificateActionBodySchema } },
  response: { status: 200, content: { 'application/json': certificateDetailResponseSchema }, headers: { etag: 'The certificate version' } },
  errors: [403, 404, 409, 412],
});
