import { applicableSpecs } from '@/lib/catalogue/applicable-specs';
import { isNetworkFunction } from '@/lib/catalogue/network-functions';
import type { ProductDto } from '@/lib/dto/product';
import { formatDateTime } from '@/app/_components/format/format-date-time';
import { SegmentBadge } from './segment-badge';
import { isSegment, segmentExplanations } from './segments';

export function ProductDetails({ product }: { product: ProductDto }) {
  const specs = isNetworkFunction(product.networkFunction) ? applicableSpecs(product.networkFunction, product.isVirtualized) : [];
  return (
    <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-[max-content_1fr]" data-testid="product-details">
      <dt className="font-medium text-slate-600">Model</dt>
      <dd data-testid="product-detail-model">{product.model ?? '—'}</dd>
      <dt className="font-medium text-slate-600">Network function</dt>
      <dd data-testid="product-detail-nf">{product.networkFunction}</dd>
      <dt className="font-medium text-slate-600">Segment</dt>
      <dd className="space-y-1">
        <SegmentBadge segment={product.segment} data-testid="product-detail-segment" />
        {isSegment(product.segment) ? <p className="text-slate-600">{segmentExplanations[product.segment]}</p> : null}
      </dd>
      <dt className="font-medium text-slate-600">Virtualized</dt>
      <dd data-testid="product-detail-virtualized">{product.isVirtualized ? 'Yes' : 'No'}</dd>
      <dt className="font-medium text-slate-600">Specifications that apply</dt>
      <dd>{specs.length ? specs.join(', ') : '—'}</dd>
      <dt className="font-medium text-slate-600">Registered</dt>
      <dd>{formatDateTime(product.createdAt)}</dd>
      {product.description ? (
        <>
          <dt className="font-medium text-slate-600">Description</dt>
          <dd className="whitespace-pre-line">{product.description}</dd>
        </>
      ) : null}
    </dl>
  );
}
