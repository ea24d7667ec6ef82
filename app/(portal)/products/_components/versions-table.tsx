import Link from 'next/link';
import type { ProductVersionDto } from '@/lib/dto/product';
import type { SubmissionSummaryDto } from '@/lib/submissions/submission-dto';
import { formatDateTime } from '@/app/_components/format/format-date-time';
import { Table, TBody, Td, Th, THead } from '@/app/_components/ui/data-table';
import { LinkButton } from '@/app/_components/ui/link-button';
import { SubmissionStateBadge } from '../../submissions/[id]/_components/submission-state-badge';

type Props = {
  productId: string;
  versions: readonly ProductVersionDto[];
  submissionsByVersion: ReadonlyMap<string, SubmissionSummaryDto[]>;
  canStartSubmission: boolean;
};

export function VersionsTable({ productId, versions, submissionsByVersion, canStartSubmission }: Props) {
  return (
    <Table caption="Versions of this product, newest first" captionHidden data-testid="versions-table">
      <THead>
        <tr>
          <Th>Version</Th>
          <Th>Released</Th>
          <Th>Submissions</Th>
          {canStartSubmission ? (
            <Th>
              <span className="sr-only">Actions</span>
            </Th>
          ) : null}
        </tr>
      </THead>
      <TBody>
        {versions.map((v) => {
          const submissions = submissionsByVersion.get(v.id) ?? [];
          return (
            <tr key={v.id} data-testid={`version-row-${v.version}`}>
              <Th scope="row">{v.version}</Th>
              <Td className="whitespace-nowrap">{v.releasedAt ?? '—'}</Td>
              <Td>
                {submissions.length ? (
                  <ul className="space-y-1">
                    {submissions.map((s) => (
                      <li key={s.id} className="flex flex-wrap items-center gap-2" data-testid="version-submission">
                        <SubmissionStateBadge state={s.state} />
                        <span>{s.lab?.name ?? 'No lab chosen'}</span>
                        <Link href={`/submissions/${s.id}`} className="text-sky-800 underline underline-offset-2" data-testid="version-submission-link">
                          Open<span className="sr-only"> the submission of version {v.version} to {s.lab?.name ?? 'no lab'}</span>
                        </Link>
                        <span className="text-xs text-slate-500">updated {formatDateTime(s.updatedAt)}</span>
                      </li>
                    ))}
                  </ul>
                ) : (
                  <span className="text-slate-500">None yet</span>
                )}
              </Td>
              {canStartSubmission ? (
                <Td className="text-right">
                  <LinkButton
                    href={`/submissions/new?${new URLSearchParams({ versionId: v.id, productId })}`}
                    size="sm"
                    data-testid={`version-start-submission-${v.version}`}
                  >
                    Start a submission<span className="sr-only"> for version {v.version}</span>
                  </LinkButton>
                </Td>
              ) : null}
            </tr>
          );
        })}
      </TBody>
    </Table>
  );
}
