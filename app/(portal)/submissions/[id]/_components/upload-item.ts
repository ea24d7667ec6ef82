import type { EvidenceKind, EvidenceVisibility } from './evidence-kinds';
import type { UploadedEvidence } from './upload-request';

/** One file in the uploader, from choosing it to the server's answer. */
export type UploadItem = {
  key: string;
  file: File;
  kind: EvidenceKind;
  visibility: EvidenceVisibility;
  status: 'ready' | 'uploading' | 'done' | 'error';
  sent: number;
  /** `pending` while hashing, null when not hashed locally (too large, or no WebCrypto). */
  localSha256: string | null | 'pending';
  result: UploadedEvidence | null;
  error: string | null;
};

export type Verification = 'verified' | 'mismatch' | 'checking' | 'not_checked';

export function verificationOf(item: UploadItem): Verification {
  if (!item.result) return 'checking';
  if (item.localSha256 === 'pending') return 'checking';
  if (item.localSha256 === null) return 'not_checked';
  return item.localSha256 === item.result.sha256 ? 'verified' : 'mismatch';
}
