import { idParamSchema } from '@/lib/validation/common';
import { pageOf } from '@/lib/validation/responses';
import {
  listVulnerabilitiesQuerySchema,
  reportVulnerabilitySchema,
  respondToVulnerabilitySchema,
  vexBodySchema,
  vexResultResponseSchema,
  vulnerabilityResponseSchema,
} from '@/lib/validation/vulnerabilities';
import { defineContract } from '../contract';

export const listVulnerabilities = defineContract({
  operationId: 'listVulnerabilities',
  method: 'GET',
  path: '/api/v1/vulnerabilities',
  tag: 'vulnerabilities',
  summary: 'Vulnerabilities the caller may see (vendors: their own products; others: all), newest first; filter by productVersionId, status, severity',
  query: listVulnerabilitiesQuerySchema,
  response: { status: 200, content: { 'application/json': pageOf(vulnerabilityResponseSchema) } },
});

export const reportVulnerability = defineContract({
  operationId: 'reportVulnerability',
  method: 'POST',
  path: '/api/v1/vulnerabilities',
  tag: 'vulnerabilities',
  summary:
    "Report a vulnerability on a product version: vendors on their own versions (others' answer 404), labs, operators and regulators on any. The CVSS v3 base score (0.0–10.0) gives the severity (none, low 0.1–3.9, medium 4.0–6.9, high 7.0–8.9, critical 9.0–10.0). A CVE already reported on the version: 409. A critical report puts the version's live certificates on the regulators' review list. Logs vulnerability.reported",
  body: { content: { 'application/json': reportVulnerabilitySchema } },
  response: {
    status: 201,
    content: { 'application/json': vulnerabilityResponseSchema },
    headers: { etag: 'The vulnerability version', location: 'The vulnerability: /api/v1/vulnerabilities/{id}' },
  },
  errors: [404, 409],
});

export const getVulnerability = defineContract({
  operationId: 'getVulnerability',
  method: 'GET',
  path: '/api/v1/vulnerabilities/{id}',
  tag: 'vulnerabilities',
  summary: 'One vulnerability (vendors: of their own products)',
  params: idParamSchema,
  response: { status: 200, content: { 'application/json': vulnerabilityResponseSchema }, headers: { etag: 'The vulnerability version' } },
  errors: [404],
});

export const respondToVulnerability = defineContract({
  operationId: 'respondToVulnerability',
  method: 'POST',
  path: '/api/v1/vulnerabilities/{id}/response',
  tag: 'vulnerabilities',
  summary:
    "The owning vendor's answer: confirmed, disputed or fixed (fixedInVersion required, and only then), with an explanation. Others who can see it: 403. `If-Match` with the vulnerability version, stale: 412. Logs vulnerability.updated",
  params: idParamSchema,
  body: { content: { 'application/json': respondToVulnerabilitySchema } },
  response: { status: 200, content: { 'application/json': vulnerabilityResponseSchema }, headers: { etag: 'The vulnerability version' } },
  errors: [403, 404, 409, 412],
});

export const applyVex = defineContract({
  operationId: 'applyVex',
  method: 'POST',
  path: '/api/v1/product-versions/{id}/vex',
  tag: 'vulnerabilities',
  summary:
    "Apply a CycloneDX VEX document (JSON body, at most 5 MiB) to the version's recorded vulnerabilities with the same CVE ids: exploitable → confirmed, in_triage → open, resolved / resolved_with_pedigree → fixed, not_affected / false_positive → disputed. Nothing is created; unknown ids come back as unmatched. Owning vendor only (other vendors 404, others 403). Logs one vulnerability.vex_applied entry with the document's SHA-256",
  params: idParamSchema,
  body: { content: { 'application/json': vexBodySchema, 'application/vnd.cyclonedx+json': vexBodySchema } },
  response: { status: 200, content: { 'application/json': vexResultResponseSchema } },
  errors: [403, 404, 409, 422],
});
