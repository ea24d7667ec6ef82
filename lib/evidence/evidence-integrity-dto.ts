/**
 * Whether the portal can still serve an evidence file's bytes as recorded. `ok`: no open problem
 * (never found damaged, or restored since); `damaged`: the stored bytes no longer hash to the
 * recorded SHA-256; `missing`: the stored file is gone. Shown to regulators.
 */
export type EvidenceIntegrityState = 'ok' | 'damaged' | 'missing';

export type EvidenceIntegrityDto = {
  state: EvidenceIntegrityState;
  /** When the problem was last found (RFC 3339); null when `ok`. */
  detectedAt: string | null;
};
