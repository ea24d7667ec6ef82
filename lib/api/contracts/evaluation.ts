import { idParamSchema } from '@/lib/validation/common';
import {
  catalogueQuerySchema,
  catalogueResponseSchema,
  recordResultsResponseSchema,
  recordResultsSchema,
  resultsQuerySchema,
  resultsResponseSchema,
} from '@/lib/validation/results';
import { reviewQueueQuerySchema, reviewQueueResponseSchema } from '@/lib/validation/review-queue';
import { defineContract } from '../contract';

export const listCatalogueTestCases = defineContract({
  operationId: 'listCatalogueTestCases',
  method: 'GET',
  path: '/api/v1/catalogue',
  tag: 'evaluation',
  summary: 'The SCAS test cases that apply to a network function (TS 33.117, its own spec, TS 33.527 when virtualized)',
  query: catalogueQuerySchema,
  response: { status: 200, content: { 'application/json': catalogueResponseSchema } },
});

export const getSubmissionResults = defineContract({
  operationId: 'getSubmissionResults',
  method: 'GET',
  path: '/api/v1/submissions/{id}/results',
  tag: 'evaluation',
  summary:
    'Every applicable test case with its recorded result (or null) and summary counts; `?format=csv` answers text/csv (a template while results are missing)',
  params: idParamSchema,
  query: resultsQuerySchema,
  response: { status: 200, content: { 'application/json': resultsResponseSchema, 'text/csv': 'text' } },
  errors: [404],
});

export const recordSubmissionResults = defineContract({
  operationId: 'recordSubmissionResults',
  method: 'PUT',
  path: '/api/v1/submissions/{id}/results',
  tag: 'evaluation',
  summary:
    'Record many results at once (assigned lab, in_evaluation; all or nothing). Also accepts text/csv with header testCaseId,result,notes (up to 2000 rows); bodies up to 2 MiB. `If-Match` is checked against the submission version, which recording does not change. Logs one results.recorded entry',
  params: idParamSchema,
  body: { content: { 'application/json': recordResultsSchema, 'text/csv': 'text' } },
  response: { status: 200, content: { 'application/json': recordResultsResponseSchema }, headers: { etag: 'The submission version' } },
  errors: [403, 404, 409, 412, 422],
});

export const listReviewQueue = defineContract({
  operationId: 'listReviewQueue',
  method: 'GET',
  path: '/api/v1/review-queue',
  tag: 'review',
  summary:
    "Regulators' review queue: submissions in under_review with product, vendor, lab, review round, waitingSince (when the evaluation was submitted) and approvals of the current round (given / required: core 2, else 1; byCaller). Filters segment, networkFunction, vendor, lab (org ids); sort age (default, oldest first), vendor, function, segment or lab with dir asc/desc; paginated by cursor or offset, with the total. Others: 403",
  query: reviewQueueQuerySchema,
  response: { status: 200, content: { 'application/json': reviewQueueResponseSchema } },
  errors: [403],
});
