import Link from 'next/link';
import type { RegistryItemDto } from '@/lib/registry/registry-dto';
import { certificatePath } from '@/lib/registry/registry-links';
import { Table, TBody, Td, Th, THead } from '@/app/_components/ui/data-table';
import { CertificateStatusBadge } from './certificate-status-badge';
import { formatDay, SEGMENT_LABELS } from './registry-labels';
import type { RegistrySearch } from './registry-params';
import { SortHeader } from './sort-header';

type Props = { items: RegistryItemDto[]; search: RegistrySearch };

export function RegistryTable({ items, search }: Props) {
  return (
    <Table caption="Certificates" captionHidden data-testid="registry-table">
      <THead>
        <tr>
          <SortHeader column="product" label="Product" search={search} />
          <Th>Version</Th>
          <SortHeader column="vendor" label="Vendor" search={search} />
          <Th>Function</Th>
          <Th>Lab</Th>
          <Th>Scheme</Th>
          <SortHeader column="issuedAt" label="Issued" search={search} />
          <SortHeader column="expiresAt" label="Expires" search={search} />
          <Th>Status</Th>
        </tr>
      </THead>
      <TBody>
        {items.map((item) => (
          <tr key={item.id} className="hover:bg-slate-50" data-testid={`registry-row-${item.id}`}>
            <Th scope="row">
              <Link href={certificatePath(item.id)} className="text-sky-800 underline-offset-2 hover:underline" data-testid={`registry-open-${item.id}`}>
                {item.product}
              </Link>
              {item.model ? <span className="block text-xs font-normal text-slate-500">{item.model}</span> : null}
            </Th>
            <Td className="font-mono text-xs">{item.version}</Td>
            <Td>{item.vendor.name}</Td>
            <Td>
              {item.networkFunction}
              <span className="block text-xs text-slate-500">{SEGMENT_LABELS[item.segment]}</span>
            </Td>
            <Td>{item.lab.name}</Td>
            <Td>
              {item.scheme}
              {item.specVersions ? <span className="block max-w-48 text-xs text-slate-500">{item.specVersions}</span> : null}
            </Td>
            <Td className="whitespace-nowrap">
              <time dateTime={item.issuedAt}>{formatDay(item.issuedAt)}</time>
            </Td>
            <Td className="whitespace-nowrap">
              <time dateTime={item.expiresAt}>{formatDay(item.expiresAt)}</time>
            </Td>
            <Td>
              <CertificateStatusBadge status={item.status} isUnderReview={item.underReview} testId={`registry-status-${item.id}`} />
            </Td>
          </tr>
        ))}
      </TBody>
    </Table>
  );
}
