import { ServiceError } from '@/lib/errors';

/**
 * Every way evidence handling can refuse a request, with the HTTP status and
 * problem title it answers with. The keys are the stable `code` clients may
 * branch on; never rename one.
 */
const EVIDENCE_ERRORS = {
  empty_upload: { status: 400, title: 'Empty upload' },
  upload_aborted: { status: 400, title: 'Upload aborted' },
  upload_incomplete: { status: 400, title: 'Upload incomplete' },
  invalid_content_digest: { status: 400, title: 'Invalid Content-Digest' },
  invalid_filename: { status: 400, title: 'Invalid file name' },
  upload_too_large: { status: 413, title: 'Upload too large' },
  sbom_too_large: { status: 413, title: 'SBOM too large to parse' },
  sbom_unsupported_format: { status: 415, title: 'Unsupported SBOM format' },
  digest_mismatch: { status: 422, title: 'Digest mismatch' },
  sbom_malformed: { status: 422, title: 'Malformed SBOM' },
  sbom_too_deep: { status: 422, title: 'SBOM nested too deeply' },
  sbom_unsupported_version: { status: 422, title: 'Unsupported SBOM version' },
} as const satisfies Record<string, { status: 400 | 413 | 415 | 422; title: string }>;

export type EvidenceErrorCode = keyof typeof EVIDENCE_ERRORS;

/**
 * A refusal caused by the uploaded content or request. It is a `ServiceError`,
 * so route handlers turn it into an RFC 9457 problem document like any other;
 * `code` is also put in the problem's extension members.
 */
export class EvidenceError extends ServiceError {
  readonly code: EvidenceErrorCode;

  constructor(code: EvidenceErrorCode, detail: string, options?: { cause?: unknown }) {
    const { status, title } = EVIDENCE_ERRORS[code];
    super(status, title, detail, { code });
    this.name = 'EvidenceError';
    this.code = code;
    if (options?.cause !== undefined) this.cause = options.cause;
  }
}

