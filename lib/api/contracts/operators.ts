import { z } from 'zod';
import { idParamSchema } from '@/lib/validation/common';
import {
  approvedComponentDetailResponseSchema,
  approvedComponentsQuerySchema,
  approvedComponentsResponseSchema,
  deploymentsQuerySchema,
  deploymentsResponseSchema,
  operatorDecisionResponseSchema,
  operatorDecisionSchema,
  operatorDecisionsResponseSchema,
  replaceDeploymentsSchema,
} from '@/lib/validation/operators';
import { defineContract } from '../contract';

export const listApprovedComponents = defineContract({
  operationId: 'listApprovedComponents',
  method: 'GET',
  path: '/api/v1/approved-components',
  tag: 'operators',
  summary:
    "Approved components: certified product versions whose certificate is not revoked (suspended and expired ones listed with their status), by product and version, with open vulnerability counts by severity; operators get their organisation's decision, regulators accept/reject counts over all operators. Every word of q must occur in product, model, version, vendor, lab or network function. Operators and regulators only (others 403)",
  query: approvedComponentsQuerySchema,
  response: { status: 200, content: { 'application/json': approvedComponentsResponseSchema } },
  errors: [403],
});

export const getApprovedComponent = defineContract({
  operationId: 'getApprovedComponent',
  method: 'GET',
  path: '/api/v1/approved-components/{certificateId}',
  tag: 'operators',
  summary:
    "One approved component: the catalogue row plus evidence released to operators, the results summary and every test case that did not pass, the newest certified SBOM's components (first 500), the version's vulnerabilities, and decisions (operators: their own with its history from the log; regulators: every operator's)",
  params: z.object({ certificateId: z.uuid('Not a valid id') }),
  response: { status: 200, content: { 'application/json': approvedComponentDetailResponseSchema } },
  errors: [403, 404],
});

export const listOperatorDecisions = defineContract({
  operationId: 'listOperatorDecisions',
  method: 'GET',
  path: '/api/v1/certificates/{id}/operator-decision',
  tag: 'operators',
  summary: "Decisions on a certificate: operators their own organisation's (0 or 1), regulators every operator's; vendors and labs 403",
  params: idParamSchema,
  response: { status: 200, content: { 'application/json': operatorDecisionsResponseSchema } },
  errors: [403, 404],
});

export const recordOperatorDecision = defineContract({
  operationId: 'recordOperatorDecision',
  method: 'POST',
  path: '/api/v1/certificates/{id}/operator-decision',
  tag: 'operators',
  summary:
    "Record or replace the caller organisation's accept/reject of a certificate for its network, with a rationale. Operators only. Accepting needs a valid certificate (409 naming its status). If-Match: the decision's version (\"0\" before the first), 412 when stale. Visible only to the operator and regulators; logs operator.decision with subject operator_decision:<id> (not public)",
  params: idParamSchema,
  body: { content: { 'application/json': operatorDecisionSchema } },
  response: { status: 200, content: { 'application/json': operatorDecisionResponseSchema }, headers: { etag: 'The decision version' } },
  errors: [403, 404, 409, 412],
});

export const listDeployments = defineContract({
  operationId: 'listDeployments',
  method: 'GET',
  path: '/api/v1/deployments',
  tag: 'operators',
  summary:
    'A deployment inventory with product, version, vendor, segment and certificate standing (flag: suspended, revoked, expired or missing). Operators their own; regulators one operator (?operator=) or all. ETag: the SHA-256 of the canonical inventory',
  query: deploymentsQuerySchema,
  response: { status: 200, content: { 'application/json': deploymentsResponseSchema }, headers: { etag: 'The inventory digest' } },
  errors: [403, 404],
});

export const replaceDeployments = defineContract({
  operationId: 'replaceDeployments',
  method: 'PUT',
  path: '/api/v1/deployments',
  tag: 'operators',
  summary:
    "Replace the caller's whole inventory (operators). JSON {deployments: [{productVersionId, quantity}]} (each version once, quantity 1–10 000 000, at most 5000 lines) or text/csv with header productVersionId,quantity or vendor,product,version,quantity (names matched case-insensitively); bodies up to 2 MiB. All or nothing: unknown versions or bad CSV rows answer 422 with errors (CSV: with line numbers) and change nothing. If-Match: the inventory ETag (412 when stale). Logs deployments.replaced (count, totalUnits, sha256)",
  body: { content: { 'application/json': replaceDeploymentsSchema, 'text/csv': 'text' } },
  response: { status: 200, content: { 'application/json': deploymentsResponseSchema }, headers: { etag: 'The inventory digest' } },
  errors: [403, 412, 422],
});
