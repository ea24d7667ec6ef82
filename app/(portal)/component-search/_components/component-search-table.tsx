import Link from 'next/link';
import type { ComponentSearchItem } from '@/lib/components/component-search-schemas';
import { Badge } from '@/app/_components/ui/badge';
import { Table, TBody, Td, Th, THead } from '@/app/_components/ui/data-table';
import { CertificateBadge } from '../../components/_components/certificate-badge';

const link = 'text-sky-800 underline-offset-2 hover:underline';

export function ComponentSearchTable({ items }: { items: ComponentSearchItem[] }) {
  return (
    <Table caption="Product versions containing the package" captionHidden data-testid="component-search-table">
      <THead>
        <tr>
          <Th>Product version</Th>
          <Th>Vendor</Th>
          <Th>Component found</Th>
          <Th>Certificate</Th>
          <Th>SBOM</Th>
        </tr>
      </THead>
      <TBody>
        {items.map((item) => (
          <tr key={item.componentId} data-testid="component-search-row" data-certified={item.certificate ? 'true' : 'false'}>
            <Th scope="row">
              <Link href={`/submissions/${item.submission.id}`} className={link}>
                {item.product.name} {item.productVersion.version}
              </Link>
            </Th>
            <Td>{item.vendor.name}</Td>
            <Td>
              <span className="block font-medium">
                {item.name} {item.componentVersion ?? ''}
              </span>
              {item.purl ? <code className="block font-mono text-xs break-all text-slate-600">{item.purl}</code> : null}
            </Td>
            <Td className="whitespace-nowrap">
              {item.certificate ? (
                <Link href={`/certificates/${item.certificate.id}`} className={link} data-testid="component-search-certificate">
                  <CertificateBadge status={item.certificate.status} />
                </Link>
              ) : (
                <Badge tone="warning" data-testid="component-search-uncertified">
                  Not certified ({item.submission.state.replace('_', ' ')})
                </Badge>
              )}
            </Td>
            <Td>
              <Link href={`/evidence/${item.evidenceId}`} className={link}>
                Open the SBOM
              </Link>
            </Td>
          </tr>
        ))}
      </TBody>
    </Table>
  );
}
