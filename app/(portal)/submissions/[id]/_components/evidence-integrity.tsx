import type { EvidenceIntegrityDto } from '@/lib/evidence/evidence-integrity-dto';
import { formatDateTime } from '@/app/_components/format/format-date-time';
import { Alert } from '@/app/_components/ui/alert';
import { Badge } from '@/app/_components/ui/badge';

type Integrity = EvidenceIntegrityDto | undefined;

const LABELS = { damaged: 'Evidence damaged', missing: 'Evidence missing' } as const;

/** True when the portal found this file's stored bytes damaged or gone (only regulators are told). */
export function isDamaged(integrity: Integrity): integrity is EvidenceIntegrityDto & { state: 'damaged' | 'missing' } {
  return integrity !== undefined && integrity.state !== 'ok';
}

export function EvidenceIntegrityBadge({ integrity }: { integrity: Integrity }) {
  if (!isDamaged(integrity)) return null;
  return (
    <span title={`Found ${formatDateTime(integrity.detectedAt)}`}>
      <Badge tone="danger" data-testid="evidence-damaged">
        {LABELS[integrity.state]}
      </Badge>
    </span>
  );
}

const HOW_IT_HEALS =
  'Downloads are cut off rather than served with a wrong digest. Do not decide on this evidence until the original file has been uploaded again, which restores the stored copy.';

/** On an evidence page: why this damaged file must not be relied on, and how it heals. */
export function EvidenceIntegrityAlert({ integrity }: { integrity: Integrity }) {
  if (!isDamaged(integrity)) return null;
  const what = integrity.state === 'missing' ? 'is missing' : 'no longer matches its recorded SHA-256';
  return (
    <Alert tone="error" title={LABELS[integrity.state]} data-testid="evidence-damaged-alert">
      The stored copy of this file {what} (found {formatDateTime(integrity.detectedAt)}). {HOW_IT_HEALS}
    </Alert>
  );
}

/** Above a submission's evidence table: how many of its files are damaged, if any. */
export function DamagedEvidenceAlert({ evidence }: { evidence: readonly { integrity?: EvidenceIntegrityDto }[] }) {
  const count = evidence.filter((e) => isDamaged(e.integrity)).length;
  if (count === 0) return null;
  return (
    <Alert tone="error" title="Evidence damaged" data-testid="evidence-damaged-alert">
      The stored copy of {count === 1 ? '1 evidence file' : `${count} evidence files`} below is damaged or missing: the bytes
      no longer match the recorded SHA-256. {HOW_IT_HEALS}
    </Alert>
  );
}
