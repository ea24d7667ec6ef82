import type { z } from 'zod';
import { createOrganizationSchema, listOrganizationsQuerySchema } from '@/lib/validation/organizations';
import { createTokenSchema } from '@/lib/validation/users';
import {
  apiTokenResponseSchema,
  healthResponseSchema,
  meResponseSchema,
  organizationResponseSchema,
  pageOf,
} from '@/lib/validation/responses';
import {
  catalogueQuerySchema,
  catalogueResponseSchema,
  recordResultsResponseSchema,
  recordResultsSchema,
  resultsQuerySchema,
  resultsResponseSchema,
} from '@/lib/validation/results';
import {
  evidenceResponseSchema,
  listEvidenceQuerySchema,
  uploadEvidenceBodySchema,
  uploadEvidenceQuerySchema,
} from '@/lib/validation/evidence';
import { reviewQueueQuerySchema, reviewQueueResponseSchema } from '@/lib/validation/review-queue';

export type Operation = {
  id: string;
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  tag: string;
  summary: string;
  isPublic?: boolean;
  query?: z.ZodType;
  body?: z.ZodType;
  bodyType?: string;
  response?: z.ZodType;
  responseText?: boolean;
  responseDescription?: string;
  status?: number;
  errors?: number[];
};

/** Every documented endpoint; each area appends its own. */
export const operations: Operation[] = [
  { id: 'getHealth', method: 'get', path: '/api/health', tag: 'system', summary: 'Database reachability', isPublic: true, response: healthResponseSchema, errors: [503] },
  { id: 'getMe', method: 'get', path: '/api/v1/me', tag: 'identity', summary: 'The calling user, organisation and role', response: meResponseSchema, errors: [401] },
  { id: 'listOrganizations', method: 'get', path: '/api/v1/organizations', tag: 'organisations', summary: 'Organisations (labs with their accreditations)', query: listOrganizationsQuerySchema, response: pageOf(organizationResponseSchema) },
  { id: 'createOrganization', method: 'post', path: '/api/v1/organizations', tag: 'organisations', summary: 'Create an organisation (platform admins)', body: createOrganizationSchema, response: organizationResponseSchema, status: 201, errors: [400, 401, 403, 409] },
  { id: 'getOrganization', method: 'get', path: '/api/v1/organizations/{id}', tag: 'organisations', summary: 'One organisation', response: organizationResponseSchema },
  { id: 'listApiTokens', method: 'get', path: '/api/v1/tokens', tag: 'identity', summary: "The caller's API tokens", response: pageOf(apiTokenResponseSchema), errors: [401] },
  { id: 'createApiToken', method: 'post', path: '/api/v1/tokens', tag: 'identity', summary: 'Create an API token (the token is shown once)', body: createTokenSchema, response: apiTokenResponseSchema, status: 201, errors: [400, 401] },
  { id: 'revokeApiToken', method: 'delete', path: '/api/v1/tokens/{id}', tag: 'identity', summary: 'Revoke one of your API tokens', status: 204, errors: [401, 404] },
  { id: 'listCatalogueTestCases', method: 'get', path: '/api/v1/catalogue', tag: 'evaluation', summary: 'The SCAS test cases that apply to a network function (TS 33.117, its own spec, TS 33.527 when virtualized)', query: catalogueQuerySchema, response: catalogueResponseSchema, errors: [400, 401] },
  { id: 'getSubmissionResults', method: 'get', path: '/api/v1/submissions/{id}/results', tag: 'evaluation', summary: 'Every applicable test case with its recorded result (or null) and summary counts; `?format=csv` answers text/csv (a template while results are missing)', query: resultsQuerySchema, response: resultsResponseSchema, errors: [400, 401, 404] },
  { id: 'recordSubmissionResults', method: 'put', path: '/api/v1/submissions/{id}/results', tag: 'evaluation', summary: 'Record many results at once (assigned lab, in_evaluation; all or nothing). Also accepts text/csv with header testCaseId,result,notes (up to 2000 rows); bodies up to 2 MiB. `If-Match` is checked against the submission version, which recording does not change. Logs one results.recorded entry', body: recordResultsSchema, response: recordResultsResponseSchema, errors: [400, 401, 403, 404, 409, 412, 413, 415, 422] },
  { id: 'uploadEvidence', method: 'post', path: '/api/v1/submissions/{id}/evidence', tag: 'evidence', summary: 'Add an evidence file: the raw file is the request body (not a form), streamed to storage while hashed. Owning vendor in draft or changes_requested (any kind but test_report/evaluation_report); assigned lab in in_evaluation (test_report, evaluation_report). Send Content-Length; an optional `Content-Digest: sha-256=:<base64>:` (RFC 9530) is checked (422 on mismatch, nothing stored). SBOMs (CycloneDX/SPDX JSON, up to 64 MiB) are parsed: 415/422 when they cannot be. Logs evidence.added', query: uploadEvidenceQuerySchema, body: uploadEvidenceBodySchema, bodyType: 'application/octet-stream', response: evidenceResponseSchema, status: 201, errors: [400, 401, 403, 404, 409, 413, 415, 422] },
  { id: 'listSubmissionEvidence', method: 'get', path: '/api/v1/submissions/{id}/evidence', tag: 'evidence', summary: "A submission's evidence, oldest first (operators: only certified evidence of certified submissions)", query: listEvidenceQuerySchema, response: pageOf(evidenceResponseSchema), errors: [400, 401, 404] },
  { id: 'getEvidence', method: 'get', path: '/api/v1/evidence/{id}', tag: 'evidence', summary: 'Evidence metadata; for an SBOM its summary (format, spec version, component count) and the first 500 components', response: evidenceResponseSchema, errors: [400, 401, 404] },
  { id: 'getEvidenceContent', method: 'get', path: '/api/v1/evidence/{id}/content', tag: 'evidence', summary: 'The stored bytes, always as an application/octet-stream attachment, with Content-Length, Content-Digest and ETag "<sha256>"; If-None-Match answers 304', responseDescription: 'The file (application/octet-stream)', errors: [400, 401, 404] },
  { id: 'listReviewQueue', method: 'get', path: '/api/v1/review-queue', tag: 'review', summary: "Regulators' review queue: submissions in under_review with product, vendor, lab, review round, waitingSince (when the evaluation was submitted) and approvals of the current round (given / required: core 2, else 1; byCaller). Filters segment, networkFunction, vendor, lab (org ids); sort age (default, oldest first), vendor, function, segment or lab with dir asc/desc; paginated by cursor or offset, with the total. Others: 403", query: reviewQueueQuerySchema, response: reviewQueueResponseSchema, errors: [400, 401, 403] },
];
