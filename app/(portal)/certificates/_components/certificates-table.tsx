import Link from 'next/link';
import type { CertificateDto } from '@/lib/certificates/certificate-dto';
import type { CertificateView } from '@/lib/validation/certificates';
import { formatDateTime } from '@/app/_components/format/format-date-time';
import { Table, TBody, Td, Th, THead } from '@/app/_components/ui/data-table';
import { CertificateStatusBadge, UnderReviewBadge } from './certificate-badges';
import { daysUntil, describeDaysUntil } from './days-until';

type Props = { certificates: readonly CertificateDto[]; view: CertificateView; showVendor: boolean; now: Date; caption: string };

export function CertificatesTable({ certificates, view, showVendor, now, caption }: Props) {
  return (
    <Table caption={caption} captionHidden data-testid="certificates-table">
      <THead>
        <tr>
          <Th>Product and version</Th>
          {showVendor ? <Th>Vendor</Th> : null}
          <Th>Function</Th>
          <Th>Status</Th>
          <Th>{view === 'review' ? 'Under review since' : 'Expires'}</Th>
          <Th>Lab</Th>
        </tr>
      </THead>
      <TBody>
        {certificates.map((c) => {
          const days = daysUntil(c.expiresAt, now);
          return (
            <tr key={c.id} data-testid="certificate-row" data-certificate-id={c.id}>
              <Th scope="row">
                <Link href={`/certificates/${c.id}`} className="text-sky-800 underline underline-offset-2" data-testid="certificate-link">
                  {c.product.name || 'Unnamed product'} {c.versionLabel}
                </Link>
                {c.product.model ? <span className="block text-xs font-normal text-slate-500">{c.product.model}</span> : null}
              </Th>
              {showVendor ? <Td>{c.vendor.name}</Td> : null}
              <Td>{c.networkFunction}</Td>
              <Td>
                <span className="flex flex-wrap gap-1">
                  <CertificateStatusBadge status={c.status} data-testid="certificate-row-status" />
                  {c.isUnderReview ? <UnderReviewBadge data-testid="certificate-row-review" /> : null}
                </span>
              </Td>
              <Td>
                {view === 'review' && c.reviewRequiredAt ? (
                  formatDateTime(c.reviewRequiredAt)
                ) : (
                  <>
                    <time dateTime={c.expiresAt}>{c.expiresAt.slice(0, 10)}</time>
                    {c.status === 'valid' || c.status === 'suspended' ? (
                      <span className="block text-xs text-slate-500">{describeDaysUntil(days)}</span>
                    ) : null}
                  </>
                )}
              </Td>
              <Td>{c.lab.name}</Td>
            </tr>
          );
        })}
      </TBody>
    </Table>
  );
}
