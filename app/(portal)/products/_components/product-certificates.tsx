import Link from 'next/link';
import type { SubmissionCertificateDto, SubmissionSummaryDto } from '@/lib/submissions/submission-dto';
import { formatDateTime } from '@/app/_components/format/format-date-time';
import { Table, TBody, Td, Th, THead } from '@/app/_components/ui/data-table';
import { CertificateStatusBadge } from '../../submissions/[id]/_components/certificate-status-badge';

export type ProductCertificate = { certificate: SubmissionCertificateDto; submission: SubmissionSummaryDto };

export function ProductCertificates({ items }: { items: readonly ProductCertificate[] }) {
  return (
    <Table caption="Certificates issued for versions of this product" captionHidden data-testid="product-certificates">
      <THead>
        <tr>
          <Th>Version</Th>
          <Th>Status</Th>
          <Th>Scheme</Th>
          <Th>Lab</Th>
          <Th>Issued</Th>
          <Th>Expires</Th>
          <Th>
            <span className="sr-only">Submission</span>
          </Th>
        </tr>
      </THead>
      <TBody>
        {items.map(({ certificate, submission }) => (
          <tr key={certificate.id} data-testid={`product-certificate-${certificate.id}`}>
            <Th scope="row">{submission.productVersion.version}</Th>
            <Td>
              <CertificateStatusBadge status={certificate.status} />
            </Td>
            <Td>{certificate.scheme}</Td>
            <Td>{submission.lab?.name ?? '—'}</Td>
            <Td className="whitespace-nowrap">{formatDateTime(certificate.issuedAt)}</Td>
            <Td className="whitespace-nowrap">{formatDateTime(certificate.expiresAt)}</Td>
            <Td>
              <Link href={`/submissions/${submission.id}`} className="text-sky-800 underline underline-offset-2">
                Submission<span className="sr-only"> for version {submission.productVersion.version}</span>
              </Link>
            </Td>
          </tr>
        ))}
      </TBody>
    </Table>
  );
}
