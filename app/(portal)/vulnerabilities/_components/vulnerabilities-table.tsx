import Link from 'next/link';
import type { VulnerabilityDto } from '@/lib/vulnerabilities/vulnerability-dto';
import { Table, TBody, Td, Th, THead } from '@/app/_components/ui/data-table';
import { SeverityBadge, VulnerabilityStatusBadge } from './vulnerability-badges';

type Props = { vulnerabilities: readonly VulnerabilityDto[]; caption: string; showProduct?: boolean };

export function VulnerabilitiesTable({ vulnerabilities, caption, showProduct = true }: Props) {
  return (
    <Table caption={caption} captionHidden data-testid="vulnerabilities-table">
      <THead>
        <tr>
          <Th>Vulnerability</Th>
          {showProduct ? <Th>Product version</Th> : null}
          <Th>Severity</Th>
          <Th>Status</Th>
          <Th>Reported</Th>
        </tr>
      </THead>
      <TBody>
        {vulnerabilities.map((v) => (
          <tr key={v.id} data-testid="vulnerability-row" data-vulnerability-id={v.id}>
            <Th scope="row">
              <Link href={`/vulnerabilities/${v.id}`} className="text-sky-800 underline underline-offset-2" data-testid="vulnerability-link">
                {v.title}
              </Link>
              {v.cve ? <span className="block font-mono text-xs font-normal text-slate-600">{v.cve}</span> : null}
            </Th>
            {showProduct ? (
              <Td>
                {v.product.name} {v.productVersion.version}
                <span className="block text-xs text-slate-500">{v.vendor.name}</span>
              </Td>
            ) : null}
            <Td>
              <SeverityBadge severity={v.severity} score={v.cvssScore} data-testid="vulnerability-row-severity" />
            </Td>
            <Td>
              <VulnerabilityStatusBadge status={v.status} data-testid="vulnerability-row-status" />
              {v.fixedInVersion ? <span className="block text-xs text-slate-500">fixed in {v.fixedInVersion}</span> : null}
            </Td>
            <Td>
              <time dateTime={v.createdAt}>{v.createdAt.slice(0, 10)}</time>
            </Td>
          </tr>
        ))}
      </TBody>
    </Table>
  );
}
