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
import {
  certificateActionBodySchema,
  certificateDetailResponseSchema,
  certificateResponseSchema,
  listCertificatesQuerySchema,
} from '@/lib/validation/certificates';
import {
  listVulnerabilitiesQuerySchema,
  reportVulnerabilitySchema,
  respondToVulnerabilitySchema,
  vexBodySchema,
  vexResultResponseSchema,
  vulnerabilityResponseSchema,
} from '@/lib/validation/vulnerabilities';
import {
  listNotificationsQuerySchema,
  markNotificationsReadSchema,
  markReadResponseSchema,
  notificationResponseSchema,
  unreadCountResponseSchema,
} from '@/lib/validation/notifications';
import {
  approvedComponentDetailResponseSchema,
  approvedComponentsQuerySchema,
  approvedComponentsResponseSchema,
  deploymentsQuerySchema,
  deploymentsResponseSchema,
  diversityQuerySchema,
  diversityResponseSchema,
  operatorDecisionResponseSchema,
  operatorDecisionSchema,
  operatorDecisionsResponseSchema,
  replaceDeploymentsSchema,
} from '@/lib/validation/operators';
import { registryCertificateResponseSchema, registryExportQuerySchema, registryFilterSchema, registryPageResponseSchema, registryQuerySchema } from '@/lib/validation/registry';

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
  { id: 'listApprovedComponents', method: 'get', path: '/api/v1/approved-components', tag: 'operators', summary: 'Approved components: certified product versions whose certificate is not revoked (suspended and expired ones listed with their status), by product and version, with open vulnerability counts by severity; operators get their organisation\'s decision, regulators accept/reject counts over all operators. Every word of q must occur in product, model, version, vendor, lab or network function. Operators and regulators only (others 403)', query: approvedComponentsQuerySchema, response: approvedComponentsResponseSchema, errors: [400, 401, 403] },
  { id: 'getApprovedComponent', method: 'get', path: '/api/v1/approved-components/{certificateId}', tag: 'operators', summary: 'One approved component: the catalogue row plus evidence released to operators, the results summary and every test case that did not pass, the newest certified SBOM\'s components (first 500), the version\'s vulnerabilities, and decisions (operators: their own with its history from the log; regulators: every operator\'s)', response: approvedComponentDetailResponseSchema, errors: [400, 401, 403, 404] },
  { id: 'listOperatorDecisions', method: 'get', path: '/api/v1/certificates/{id}/operator-decision', tag: 'operators', summary: 'Decisions on a certificate: operators their own organisation\'s (0 or 1), regulators every operator\'s; vendors and labs 403', response: operatorDecisionsResponseSchema, errors: [400, 401, 403, 404] },
  { id: 'recordOperatorDecision', method: 'post', path: '/api/v1/certificates/{id}/operator-decision', tag: 'operators', summary: 'Record or replace the caller organisation\'s accept/reject of a certificate for its network, with a rationale. Operators only. Accepting needs a valid certificate (409 naming its status). If-Match: the decision\'s version ("0" before the first), 412 when stale. Visible only to the operator and regulators; logs operator.decision with subject operator_decision:<id> (not public)', body: operatorDecisionSchema, response: operatorDecisionResponseSchema, errors: [400, 401, 403, 404, 409, 412, 415] },
  { id: 'listDeployments', method: 'get', path: '/api/v1/deployments', tag: 'operators', summary: 'A deployment inventory with product, version, vendor, segment and certificate standing (flag: suspended, revoked, expired or missing). Operators their own; regulators one operator (?operator=) or all. ETag: the SHA-256 of the canonical inventory', query: deploymentsQuerySchema, response: deploymentsResponseSchema, errors: [400, 401, 403, 404] },
  { id: 'replaceDeployments', method: 'put', path: '/api/v1/deployments', tag: 'operators', summary: 'Replace the caller\'s whole inventory (operators). JSON {deployments: [{productVersionId, quantity}]} (each version once, quantity 1–10 000 000, at most 5000 lines) or text/csv with header productVersionId,quantity or vendor,product,version,quantity (names matched case-insensitively); bodies up to 2 MiB. All or nothing: unknown versions or bad CSV rows answer 422 with errors (CSV: with line numbers) and change nothing. If-Match: the inventory ETag (412 when stale). Logs deployments.replaced (count, totalUnits, sha256)', body: replaceDeploymentsSchema, response: deploymentsResponseSchema, errors: [400, 401, 403, 412, 413, 415, 422] },
  { id: 'getDiversity', method: 'get', path: '/api/v1/diversity', tag: 'operators', summary: 'Vendor diversity per segment (ran, transport, core): units, each vendor\'s exact share, vendors strictly over the concentration threshold (default 50 %; exactly at it is not over), and deployed versions whose certificate is suspended, revoked, expired or missing. Operators: their own (?operator= of another is 403). Regulators: all operators together, or ?operator=, plus the list of operators. Vendors and labs: 403', query: diversityQuerySchema, response: diversityResponseSchema, errors: [400, 401, 403, 404] },
  // Certificate lifecycle, vulnerabilities, notifications.
  { id: 'listCertificates', method: 'get', path: '/api/v1/certificates', tag: 'certificates', summary: "Certificates for their managers: regulators all, vendors their own (labs and operators: 403, they use the public registry). view=all (newest first), expiring (valid, expiring within 90 days, soonest first) or review (the regulators' review list: flagged by a critical vulnerability until a regulator acts, longest waiting first). `status` is the effective status (expired from expiresAt on)", query: listCertificatesQuerySchema, response: pageOf(certificateResponseSchema), errors: [400, 401, 403] },
  { id: 'getCertificate', method: 'get', path: '/api/v1/certificates/{id}', tag: 'certificates', summary: 'One certificate with its log history and the actions the caller may fire (any signed-in user; certificates are public)', response: certificateDetailResponseSchema, errors: [401, 404] },
  { id: 'certificateAction', method: 'post', path: '/api/v1/certificates/{id}/actions/{action}', tag: 'certificates', summary: "A regulator's action: `suspend` (valid → suspended), `reinstate` (suspended → valid), `revoke` (valid or suspended → revoked, final) or `clear-review` (take it off the review list unchanged). The reason is required and published in the log. Every action also clears the review flag. 403 for non-regulators; 409 names the current effective status (expired and revoked certificates accept none of the lifecycle actions); `If-Match` with the certificate version, stale: 412. Logs certificate.suspended / reinstated / revoked / review_cleared with {reason, from, to}", body: certificateActionBodySchema, response: certificateDetailResponseSchema, errors: [400, 401, 403, 404, 409, 412] },
  { id: 'listVulnerabilities', method: 'get', path: '/api/v1/vulnerabilities', tag: 'vulnerabilities', summary: 'Vulnerabilities the caller may see (vendors: their own products; others: all), newest first; filter by productVersionId, status, severity', query: listVulnerabilitiesQuerySchema, response: pageOf(vulnerabilityResponseSchema), errors: [400, 401] },
  { id: 'reportVulnerability', method: 'post', path: '/api/v1/vulnerabilities', tag: 'vulnerabilities', summary: "Report a vulnerability on a product version: vendors on their own versions (others' answer 404), labs, operators and regulators on any. The CVSS v3 base score (0.0–10.0) gives the severity (none, low 0.1–3.9, medium 4.0–6.9, high 7.0–8.9, critical 9.0–10.0). A CVE already reported on the version: 409. A critical report puts the version's live certificates on the regulators' review list. Logs vulnerability.reported", body: reportVulnerabilitySchema, response: vulnerabilityResponseSchema, status: 201, errors: [400, 401, 404, 409] },
  { id: 'getVulnerability', method: 'get', path: '/api/v1/vulnerabilities/{id}', tag: 'vulnerabilities', summary: 'One vulnerability (vendors: of their own products)', response: vulnerabilityResponseSchema, errors: [401, 404] },
  { id: 'respondToVulnerability', method: 'post', path: '/api/v1/vulnerabilities/{id}/response', tag: 'vulnerabilities', summary: "The owning vendor's answer: confirmed, disputed or fixed (fixedInVersion required, and only then), with an explanation. Others who can see it: 403. `If-Match` with the vulnerability version, stale: 412. Logs vulnerability.updated", body: respondToVulnerabilitySchema, response: vulnerabilityResponseSchema, errors: [400, 401, 403, 404, 412] },
  { id: 'applyVex', method: 'post', path: '/api/v1/product-versions/{id}/vex', tag: 'vulnerabilities', summary: "Apply a CycloneDX VEX document (JSON body, at most 5 MiB) to the version's recorded vulnerabilities with the same CVE ids: exploitable → confirmed, in_triage → open, resolved / resolved_with_pedigree → fixed, not_affected / false_positive → disputed. Nothing is created; unknown ids come back as unmatched. Owning vendor only (other vendors 404, others 403). Logs one vulnerability.vex_applied entry with the document's SHA-256", body: vexBodySchema, response: vexResultResponseSchema, errors: [400, 401, 403, 404, 409, 413, 415, 422] },
  { id: 'listNotifications', method: 'get', path: '/api/v1/notifications', tag: 'notifications', summary: "The caller's inbox, newest first; unread=true for unread only", query: listNotificationsQuerySchema, response: pageOf(notificationResponseSchema), errors: [400, 401] },
  { id: 'getUnreadNotificationCount', method: 'get', path: '/api/v1/notifications/unread-count', tag: 'notifications', summary: "How many of the caller's notifications are unread", response: unreadCountResponseSchema, errors: [401] },
  { id: 'markNotificationsRead', method: 'post', path: '/api/v1/notifications/read', tag: 'notifications', summary: "Mark the caller's notifications read: {ids: [...]} (up to 200; others' ids are ignored) or {all: true}", body: markNotificationsReadSchema, response: markReadResponseSchema, errors: [400, 401] },
  { id: 'listRegistry', method: 'get', path: '/api/v1/registry', tag: 'registry', summary: 'The public registry of certificates (no login): product, version, vendor, network function, segment, lab, scheme and spec versions, issued/expires and the effective status (expired from expiresAt on, unless revoked), plus underReview. `q` searches product, model, version, vendor, lab and function names (every word as a prefix); filters status (valid, suspended, revoked, expired, under_review), networkFunction, segment, vendor, lab (org ids); sort issuedAt (default, newest first), expiresAt, product or vendor with dir; keyset pagination by cursor; `total` counted up to 10,000 (200 with q). `format=csv` answers text/csv like /api/v1/registry/export.csv. Cache-Control: public, max-age=30', isPublic: true, query: registryQuerySchema, response: registryPageResponseSchema, errors: [400] },
  { id: 'exportRegistryCsv', method: 'get', path: '/api/v1/registry/export.csv', tag: 'registry', summary: 'The filtered registry as a CSV download (same filters and sort; RFC 4180 quoting, CRLF; cells that a spreadsheet would run as a formula get a leading apostrophe; at most 100,000 rows, streamed; X-Total-Rows, and X-Truncated when capped)', isPublic: true, query: registryExportQuerySchema, responseDescription: 'text/csv with a header row: id,status,under_review,product,model,version,vendor,vendor_id,network_function,segment,lab,lab_id,scheme,spec_versions,issued_at,expires_at,url', errors: [400] },
  { id: 'getRegistryFeed', method: 'get', path: '/api/v1/registry/feed.atom', tag: 'registry', summary: 'Atom 1.0 feed (application/atom+xml) of the latest 100 certificate events in the log (issued, suspended, reinstated, revoked, expired) whose certificate matches the registry filters; each entry links to the certificate page and its log entry and names its log index', isPublic: true, query: registryFilterSchema, responseDescription: 'An Atom 1.0 document (application/atom+xml)', errors: [400] },
  { id: 'getRegistryCertificate', method: 'get', path: '/api/v1/registry/{id}', tag: 'registry', summary: 'One certificate of the public registry: the registry fields, the evaluation summary (counts by result; failed and not-applicable test cases with spec, spec version, clause and title), the SHA-256, component count and format of each SBOM released with it, and its history from the log (issued, suspended, reinstated, revoked, expired) with log indexes and inclusion-proof links', isPublic: true, response: registryCertificateResponseSchema, errors: [400, 404] },
];
