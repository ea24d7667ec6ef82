import Link from 'next/link';
import type { SubmissionSummaryDto } from '@/lib/submissions/submission-dto';
import { formatDateTime } from '@/app/_components/format/format-date-time';
import { Table, TBody, Td, Th, THead } from '@/app/_components/ui/data-table';
import { SegmentBadge } from '../../../products/_components/segment-badge';
import { SubmissionStateBadge } from './submission-state-badge';

type Props = { submissions: readonly SubmissionSummaryDto[]; caption: string; showVendor: boolean };

export function SubmissionsTable({ submissions, caption, showVendor }: Props) {
  return (
    <Table caption={caption} captionHidden data-testid="submissions-table">
      <THead>
        <tr>
          <Th>Product</Th>
          <Th>Version</Th>
          {showVendor ? <Th>Vendor</Th> : null}
          <Th>Lab</Th>
          <Th>State</Th>
          <Th>Updated</Th>
        </tr>
      </THead>
      <TBody>
        {submissions.map((s) => (
          <tr key={s.id} data-testid={`submission-row-${s.id}`}>
            <Th scope="row">
              <Link href={`/submissions/${s.id}`} className="text-sky-800 underline-offset-2 hover:underline" data-testid="submission-link">
                {s.product.name}
                <span className="sr-only"> version {s.productVersion.version}</span>
              </Link>
              <span className="mt-0.5 flex flex-wrap items-center gap-2 text-xs font-normal text-slate-600">
                {s.product.networkFunction}
                <SegmentBadge segment={s.product.segment} />
              </span>
            </Th>
            <Td>{s.productVersion.version}</Td>
            {showVendor ? <Td>{s.vendor.name}</Td> : null}
            <Td>{s.lab?.name ?? '—'}</Td>
            <Td>
              <SubmissionStateBadge state={s.state} data-testid="submission-row-state" />
            </Td>
            <Td className="whitespace-nowrap">{formatDateTime(s.updatedAt)}</Td>
          </tr>
        ))}
      </TBody>
    </Table>
  );
}
