import Link from 'next/link';
import type { ProductDto } from '@/lib/dto/product';
import { formatDateTime } from '@/app/_components/format/format-date-time';
import { Table, TBody, Td, Th, THead } from '@/app/_components/ui/data-table';
import { SegmentBadge } from './segment-badge';

export function ProductsTable({ products }: { products: readonly ProductDto[] }) {
  return (
    <Table caption="Your products, newest first" captionHidden data-testid="products-table">
      <THead>
        <tr>
          <Th>Name</Th>
          <Th>Model</Th>
          <Th>Network function</Th>
          <Th>Segment</Th>
          <Th>Virtualized</Th>
          <Th>Registered</Th>
        </tr>
      </THead>
      <TBody>
        {products.map((p) => (
          <tr key={p.id} data-testid={`product-row-${p.id}`}>
            <Th scope="row">
              <Link href={`/products/${p.id}`} className="text-sky-800 underline-offset-2 hover:underline" data-testid="product-link">
                {p.name}
              </Link>
            </Th>
            <Td>{p.model ?? '—'}</Td>
            <Td>{p.networkFunction}</Td>
            <Td>
              <SegmentBadge segment={p.segment} />
            </Td>
            <Td>{p.isVirtualized ? 'Yes' : 'No'}</Td>
            <Td className="whitespace-nowrap">{formatDateTime(p.createdAt)}</Td>
          </tr>
        ))}
      </TBody>
    </Table>
  );
}
