import { idParamSchema } from '@/lib/validation/common';
import {
  registryCertificateResponseSchema,
  registryExportQuerySchema,
  registryFilterSchema,
  registryPageResponseSchema,
  registryQuerySchema,
} from '@/lib/validation/registry';
import { defineContract } from '../contract';

const csvDescription =
  'text/csv with a header row: id,status,under_review,product,model,version,vendor,vendor_id,network_function,segment,lab,lab_id,scheme,spec_versions,issued_at,expires_at,url';

export const listRegistry = defineContract({
  operationId: 'listRegistry',
  method: 'GET',
  path: '/api/v1/registry',
  tag: 'registry',
  summary:
    'The public registry of certificates (no login): product, version, vendor, network function, segment, lab, scheme and spec versions, issued/expires and the effective status (expired from expiresAt on, unless revoked), plus underReview. `q` searches product, model, version, vendor, lab and function names (every word as a prefix); filters status (valid, suspended, revoked, expired, under_review), networkFunction, segment, vendor, lab (org ids); empty values mean no filter; sort issuedAt (default, newest first), expiresAt, product or vendor with dir; keyset pagination by cursor; `total` counted up to 10,000 (200 with q). `format=csv` answers text/csv like /api/v1/registry/export.csv. Cache-Control: public, max-age=30',
  isPublic: true,
  query: registryQuerySchema,
  ignoresEmptyQueryValues: true,
  response: { status: 200, content: { 'application/json': registryPageResponseSchema, 'text/csv': 'text' } },
});

export const exportRegistryCsv = defineContract({
  operationId: 'exportRegistryCsv',
  method: 'GET',
  path: '/api/v1/registry/export.csv',
  tag: 'registry',
  summary:
    'The filtered registry as a CSV download (same filters and sort; RFC 4180 quoting, CRLF; cells that a spreadsheet would run as a formula get a leading apostrophe; at most 100,000 rows, streamed; X-Total-Rows, and X-Truncated when capped)',
  isPublic: true,
  query: registryExportQuerySchema,
  ignoresEmptyQueryValues: true,
  response: {
    status: 200,
    description: csvDescription,
    content: { 'text/csv': 'text' },
    headers: { 'x-total-rows': 'Rows in the file', 'x-truncated': { description: '"true" when capped at 100,000 rows', isOptional: true } },
  },
});

export const getRegistryFeed = defineContract({
  operationId: 'getRegistryFeed',
  method: 'GET',
  path: '/api/v1/registry/feed.atom',
  tag: 'registry',
  summary:
    'Atom 1.0 feed of the latest 100 certificate events in the log (issued, suspended, reinstated, revoked, expired) whose certificate matches the registry filters; each entry links to the certificate page and its log entry and names its log index',
  isPublic: true,
  query: registryFilterSchema,
  ignoresEmptyQueryValues: true,
  response: { status: 200, description: 'An Atom 1.0 document', content: { 'application/atom+xml': 'text' } },
});

export const getRegistryCertificate = defineContract({
  operationId: 'getRegistryCertificate',
  method: 'GET',
  path: '/api/v1/registry/{id}',
  tag: 'registry',
  summary:
    'One certificate of the public registry: the registry fields, the evaluation summary (counts by result; failed and not-applicable test cases with spec, spec version, clause and title), the SHA-256, component count and format of each SBOM released with it, and its history from the log (issued, suspended, reinstated, revoked, expired) with log indexes and inclusion-proof links',
  isPublic: true,
  params: idParamSchema,
  response: { status: 200, content: { 'application/json': registryCertificateResponseSchema } },
  errors: [404],
});
