import type { SubmissionDetailDto } from '@/lib/submissions/submission-dto';
import { Card } from '@/app/_components/ui/card';
import { EmptyState } from '@/app/_components/ui/empty-state';
import type { EvidenceKind } from './evidence-kinds';
import { EvidenceTable } from './evidence-table';
import { EvidenceUploader } from './evidence-uploader';

type Props = { submission: SubmissionDetailDto; orgNames: ReadonlyMap<string, string>; kinds: readonly EvidenceKind[]; maxBytes: number };

function emptyText(s: SubmissionDetailDto, canUpload: boolean): string {
  if (canUpload && s.state === 'draft') return 'Add at least one file before you submit: an SBOM, process audit reports, design documents, firmware digests.';
  if (canUpload) return 'Add the files for this step above.';
  return 'No evidence files you can see have been added.';
}

export function EvidenceSection({ submission: s, orgNames, kinds, maxBytes }: Props) {
  const canUpload = kinds.length > 0;
  return (
    <Card
      id="evidence"
      title="Evidence"
      description="Immutable files: each is hashed (SHA-256) on arrival and recorded in the transparency log. A newer file supersedes an older one; nothing is deleted."
    >
      <div className="space-y-5">
        {canUpload ? <EvidenceUploader submissionId={s.id} kinds={kinds} maxBytes={maxBytes} /> : null}
        {s.evidence.length ? (
          <EvidenceTable evidence={s.evidence} orgNames={orgNames} />
        ) : (
          <EmptyState headingLevel={3} title="No evidence yet" body={emptyText(s, canUpload)} data-testid="evidence-empty" />
        )}
      </div>
    </Card>
  );
}
