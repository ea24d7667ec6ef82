import Link from 'next/link';
import type { ReviewQueueItemDto } from '@/lib/submissions/read-review-queue';
import { Table, TBody, Td, Th, THead } from '@/app/_components/ui/data-table';
import { Age } from './age';
import { ApprovalsBadge } from './approvals-badge';
import type { QueueSearch } from './queue-params';
import { segmentLabel } from './segment-label';
import { SortHeader } from './sort-header';

type Props = { items: ReviewQueueItemDto[]; search: QueueSearch; now: Date };

export function QueueTable({ items, search, now }: Props) {
  return (
    <Table caption="Submissions waiting for a decision" captionHidden data-testid="queue-table">
      <THead>
        <tr>
          <Th>Product</Th>
          <Th>Version</Th>
          <SortHeader column="vendor" label="Vendor" search={search} />
          <SortHeader column="function" label="Function" search={search} />
          <SortHeader column="segment" label="Segment" search={search} />
          <SortHeader column="lab" label="Lab" search={search} />
          <SortHeader column="age" label="Waiting" search={search} />
          <Th>Round</Th>
          <Th>Approvals</Th>
        </tr>
      </THead>
      <TBody>
        {items.map((item) => (
          <tr key={item.id} className="hover:bg-slate-50" data-testid={`queue-row-${item.id}`}>
            <Th scope="row">
              <Link
                href={`/submissions/${item.id}`}
                className="text-sky-800 underline-offset-2 hover:underline"
                data-testid={`queue-open-${item.id}`}
              >
                {item.product.name}
              </Link>
              {item.product.model ? <span className="block text-xs font-normal text-slate-500">{item.product.model}</span> : null}
            </Th>
            <Td className="font-mono text-xs">{item.productVersion.version}</Td>
            <Td>{item.vendor.name}</Td>
            <Td>
              {item.networkFunction}
              {item.isVirtualized ? <span className="block text-xs text-slate-500">virtualized</span> : null}
            </Td>
            <Td>{segmentLabel(item.segment)}</Td>
            <Td>{item.lab?.name ?? '—'}</Td>
            <Td>
              <Age at={item.waitingSince} now={now} data-testid={`queue-age-${item.id}`} />
            </Td>
            <Td>{item.reviewRound}</Td>
            <Td>
              <ApprovalsBadge approvals={item.approvals} testId={`queue-approvals-${item.id}`} />
            </Td>
          </tr>
        ))}
      </TBody>
    </Table>
  );
}
