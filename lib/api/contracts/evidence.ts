import { withoutRefusedCharacters } from '@/lib/http/storable-text';
import { idParamSchema } from '@/lib/validation/common';
import { evidenceResponseSchema, listEvidenceQuerySchema, uploadEvidenceQuerySchema } from '@/lib/validation/evidence';
import { pageOf } from '@/lib/validation/responses';
import { defineContract } from '../contract';

export const uploadEvidence = defineContract({
  operationId: 'uploadEvidence',
  method: 'POST',
  path: '/api/v1/submissions/{id}/evidence',
  tag: 'evidence',
  summary:
    'Add an evidence file: the raw file is the request body (not a form: multipart is 415), streamed to storage while hashed. Owning vendor in draft or changes_requested (any kind but test_report/evaluation_report); assigned lab in in_evaluation (test_report, evaluation_report). Send Content-Length; an optional `Content-Digest: sha-256=:<base64>:` (RFC 9530) is checked (422 on mismatch, nothing stored). SBOMs (CycloneDX/SPDX JSON, up to 64 MiB) are parsed: 415/422 when they cannot be. Logs evidence.added',
  params: idParamSchema,
  query: uploadEvidenceQuerySchema,
  cleanQuery: (raw) => (raw.filename === undefined ? raw : { ...raw, filename: withoutRefusedCharacters(raw.filename) }),
  body: { content: { 'application/octet-stream': 'binary' } },
  response: {
    status: 201,
    content: { 'application/json': evidenceResponseSchema },
    headers: { location: 'The evidence: /api/v1/evidence/{id}' },
  },
  errors: [403, 404, 409, 413, 415, 422],
});

export const listSubmissionEvidence = defineContract({
  operationId: 'listSubmissionEvidence',
  method: 'GET',
  path: '/api/v1/submissions/{id}/evidence',
  tag: 'evidence',
  summary: "A submission's evidence, oldest first (operators: only certified evidence of certified submissions)",
  params: idParamSchema,
  query: listEvidenceQuerySchema,
  response: { status: 200, content: { 'application/json': pageOf(evidenceResponseSchema) } },
  errors: [404],
});

export const getEvidence = defineContract({
  operationId: 'getEvidence',
  method: 'GET',
  path: '/api/v1/evidence/{id}',
  tag: 'evidence',
  summary: 'Evidence metadata; for an SBOM its summary (format, spec version, component count) and the first 500 components',
  params: idParamSchema,
  response: { status: 200, content: { 'application/json': evidenceResponseSchema } },
  errors: [404],
});

const contentHeaders = {
  etag: '"<sha256>" of the stored bytes',
  'content-digest': 'sha-256=:<base64>: (RFC 9530)',
  'content-disposition': 'attachment, with the stored filename',
};

export const getEvidenceContent = defineContract({
  operationId: 'getEvidenceContent',
  method: 'GET',
  path: '/api/v1/evidence/{id}/content',
  tag: 'evidence',
  summary:
    'The stored bytes, always as an application/octet-stream attachment (never inline), with Content-Digest and ETag "<sha256>"; If-None-Match (weak comparison, `*` or a list) answers 304',
  params: idParamSchema,
  response: { status: 200, description: 'The file', content: { 'application/octet-stream': 'binary' }, headers: contentHeaders },
  otherResponses: { 304: 'Not modified: If-None-Match named the current ETag' },
  errors: [404],
});

export const headEvidenceContent = defineContract({
  operationId: 'headEvidenceContent',
  method: 'HEAD',
  path: '/api/v1/evidence/{id}/content',
  tag: 'evidence',
  summary: 'The headers of GET /api/v1/evidence/{id}/content without the body (no stream is opened)',
  params: idParamSchema,
  response: { status: 200, description: 'The headers of the file', content: { 'application/octet-stream': 'binary' }, headers: contentHeaders },
  otherResponses: { 304: 'Not modified: If-None-Match named the current ETag' },
  errors: [404],
});
