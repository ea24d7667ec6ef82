import { z } from 'zod';
import { idParamSchema } from '@/lib/validation/common';
import { pageOf } from '@/lib/validation/responses';
import {
  advisoryResponseSchema,
  configureFeedSchema,
  decideMatchSchema,
  importAdvisoryQuerySchema,
  importCollectionResponseSchema,
  importResultResponseSchema,
  listAdvisoriesQuerySchema,
  matchResponseSchema,
} from '@/lib/validation/advisories';
import { defineContract } from '../contract';

export const importAdvisory = defineContract({
  operationId: 'importAdvisory',
  method: 'POST',
  path: '/api/v1/advisories',
  tag: 'monitoring',
  summary:
    'Import an advisory document — CSAF 2.0 (csaf_security_advisory, csaf_vex), OSV, CycloneDX VEX 1.4–1.6 or OpenVEX — as the raw request body (at most 16 MiB), streamed while hashed; an optional Content-Digest is checked. Regulators any document; vendors VEX statements that apply to their own versions only (`productVersionId`: one of them). Malformed or unsupported: 422 with the reasons, nothing stored. Stored verbatim, matched against the component index; the same revision again: 200 (same bytes) or 409 (other bytes). Logs advisory.imported',
  query: importAdvisoryQuerySchema,
  body: { content: { 'application/octet-stream': 'binary' } },
  response: { status: 201, content: { 'application/json': importResultResponseSchema }, headers: { location: 'The advisory: /api/v1/advisories/{id}' } },
  otherResponses: { 200: 'This revision is already stored with the same bytes: the stored advisory' },
  errors: [403, 404, 409, 413, 415, 422],
});

export const importAdvisoryCollection = defineContract({
  operationId: 'importAdvisoryCollection',
  method: 'POST',
  path: '/api/v1/advisories/collection',
  tag: 'monitoring',
  summary:
    'Import a collection of advisory documents (an OSV export, a provider archive) as newline-delimited JSON, one document per line, read as it arrives. Regulators only. Each document is stored, hashed, logged (its own advisory.imported) and matched exactly as one import; up to 250 per transaction. A malformed or unsupported line is listed under `refused` with its reasons and the others go on; a revision already stored with the same bytes counts as unchanged, with other bytes it is refused',
  body: { content: { 'application/x-ndjson': 'binary' } },
  response: { status: 200, content: { 'application/json': importCollectionResponseSchema } },
  errors: [403, 415],
});

export const listAdvisories = defineContract({
  operationId: 'listAdvisories',
  method: 'GET',
  path: '/api/v1/advisories',
  tag: 'monitoring',
  summary: 'Imported advisories, newest first: regulators all, vendors the documents they imported',
  query: listAdvisoriesQuerySchema,
  response: { status: 200, content: { 'application/json': pageOf(advisoryResponseSchema) } },
  errors: [403],
});

const advisoryMatchItemSchema = matchResponseSchema.extend({ productName: z.string(), versionLabel: z.string() });

export const getAdvisory = defineContract({
  operationId: 'getAdvisory',
  method: 'GET',
  path: '/api/v1/advisories/{id}',
  tag: 'monitoring',
  summary: 'One advisory with the matches it set (vendors: their own documents)',
  params: idParamSchema,
  response: { status: 200, content: { 'application/json': advisoryResponseSchema.extend({ matches: z.array(advisoryMatchItemSchema) }) } },
  errors: [403, 404],
});

export const decideAdvisoryMatch = defineContract({
  operationId: 'decideAdvisoryMatch',
  method: 'POST',
  path: '/api/v1/advisory-matches/{id}/decision',
  tag: 'monitoring',
  summary:
    "Set a match's state: the owning vendor's VEX statement or a regulator's decision (`activelyExploited`: regulators only, starts the 24 h clock). not_affected needs a justification. Other vendors' matches 404; the same state again 409; `If-Match` with the match version, stale: 412. Logs advisory_match.changed",
  params: idParamSchema,
  body: { content: { 'application/json': decideMatchSchema } },
  response: { status: 200, content: { 'application/json': matchResponseSchema }, headers: { etag: 'The match version' } },
  errors: [403, 404, 409, 412],
});

const clocksSchema = z.object({ earlyWarningDue: z.string().nullable(), notificationDue: z.string(), finalReportDue: z.string().nullable() });

export const listVendorTasks = defineContract({
  operationId: 'listVendorTasks',
  method: 'GET',
  path: '/api/v1/vendor-tasks',
  tag: 'monitoring',
  summary:
    'Vulnerability tasks with the CRA clocks (24 h early warning when actively exploited, 72 h notification, final report 14 days after a fix): vendors their own, regulators all',
  query: z.strictObject({ closed: z.enum(['true', 'false']).optional() }),
  response: {
    status: 200,
    content: {
      'application/json': z.object({
        items: z.array(
          z.object({
            id: z.uuid(),
            productVersionId: z.uuid(),
            productName: z.string(),
            version: z.string(),
            vulnerabilityId: z.string(),
            notifiedAt: z.string(),
            exploitedAt: z.string().nullable(),
            fixAvailableAt: z.string().nullable(),
            closedAt: z.string().nullable(),
            affectedMatches: z.int(),
            clocks: clocksSchema,
            matches: z.array(matchResponseSchema),
          }),
        ),
      }),
    },
  },
  errors: [403],
});

export const getAffectedDeployments = defineContract({
  operationId: 'getAffectedDeployments',
  method: 'GET',
  path: '/api/v1/affected-deployments',
  tag: 'monitoring',
  summary: "The operator's inventory × affected advisory matches, with units per network segment",
  response: {
    status: 200,
    content: {
      'application/json': z.object({
        segments: z.array(z.object({ segment: z.string(), units: z.int(), versions: z.int() })),
        items: z.array(
          z.object({
            productVersionId: z.uuid(),
            productName: z.string(),
            versionLabel: z.string(),
            vendorName: z.string(),
            segment: z.string(),
            units: z.int(),
            vulnerabilityIds: z.array(z.string()),
            matches: z.int(),
          }),
        ),
      }),
    },
  },
  errors: [403],
});

const vexHeaders = { etag: 'The SHA-256 of the document', 'content-digest': 'RFC 9530 sha-256 of the body' };

export const getCertificateCycloneDxVex = defineContract({
  operationId: 'getCertificateCycloneDxVex',
  method: 'GET',
  path: '/api/v1/certificates/{id}/vex.cdx.json',
  tag: 'monitoring',
  summary: "A certificate's CycloneDX 1.6 VEX: the current state of every advisory match of its version (public)",
  isPublic: true,
  params: idParamSchema,
  response: { status: 200, content: { 'application/vnd.cyclonedx+json': 'binary' }, headers: vexHeaders },
  otherResponses: { 304: 'Not modified: If-None-Match named the current ETag' },
  errors: [404],
});

export const getCertificateCsafVex = defineContract({
  operationId: 'getCertificateCsafVex',
  method: 'GET',
  path: '/api/v1/certificates/{id}/vex.csaf.json',
  tag: 'monitoring',
  summary: "A certificate's CSAF 2.0 VEX (csaf_vex profile) of the current match states (public)",
  isPublic: true,
  params: idParamSchema,
  response: { status: 200, content: { 'application/json': 'binary' }, headers: vexHeaders },
  otherResponses: { 304: 'Not modified: If-None-Match named the current ETag' },
  errors: [404],
});

export const getVexFeed = defineContract({
  operationId: 'getVexFeed',
  method: 'GET',
  path: '/api/v1/registry/vex-feed.json',
  tag: 'registry',
  summary: 'ROLIE JSON feed of the certificates’ CSAF VEX documents (beside the Atom feed of certificate events)',
  isPublic: true,
  response: { status: 200, content: { 'application/json': 'binary' }, headers: vexHeaders },
  otherResponses: { 304: 'Not modified: If-None-Match named the current ETag' },
});

const feedSchema = z.object({ id: z.uuid(), url: z.string(), lastPulledAt: z.string().nullable(), lastError: z.string().nullable() });

export const configureAdvisoryFeed = defineContract({
  operationId: 'configureAdvisoryFeed',
  method: 'POST',
  path: '/api/v1/advisory-feeds',
  tag: 'monitoring',
  summary: 'Configure a CSAF provider (the URL of its provider-metadata.json), pulled on a schedule. Regulators only; a URL already configured: 409. Logs advisory.feed_configured',
  body: { content: { 'application/json': configureFeedSchema } },
  response: { status: 201, content: { 'application/json': feedSchema } },
  errors: [403, 409],
});

export const listAdvisoryFeeds = defineContract({
  operationId: 'listAdvisoryFeeds',
  method: 'GET',
  path: '/api/v1/advisory-feeds',
  tag: 'monitoring',
  summary: 'Configured CSAF providers with the last pull (regulators)',
  response: { status: 200, content: { 'application/json': z.object({ items: z.array(feedSchema) }) } },
  errors: [403],
});

export const pullAdvisoryFeeds = defineContract({
  operationId: 'pullAdvisoryFeeds',
  method: 'POST',
  path: '/api/v1/advisory-feeds/pull',
  tag: 'monitoring',
  summary: 'Pull every configured CSAF provider now (regulators): provider-metadata.json → ROLIE feeds → documents, each checked against its .sha512/.sha256, conditional requests',
  response: {
    status: 200,
    content: {
      'application/json': z.object({
        feeds: z.array(z.object({ url: z.string(), imported: z.int(), unchanged: z.int(), failed: z.array(z.object({ url: z.string(), reason: z.string() })) })),
      }),
    },
  },
  errors: [403],
});
