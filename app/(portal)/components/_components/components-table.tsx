import Link from 'next/link';
import type { ApprovedComponentDto } from '@/lib/approved-components/approved-component-dto';
import { formatDateTime } from '@/app/_components/format/format-date-time';
import { Table, TBody, Td, Th, THead } from '@/app/_components/ui/data-table';
import { CertificateBadge } from './certificate-badge';
import { DecisionBadge } from './decision-badge';
import { segmentNames } from './labels';
import { VulnerabilityCounts } from './vulnerability-counts';

type Props = { items: ApprovedComponentDto[]; isRegulator: boolean };

export function ComponentsTable({ items, isRegulator }: Props) {
  return (
    <Table caption="Approved components" captionHidden data-testid="components-table">
      <THead>
        <tr>
          <Th>Component</Th>
          <Th>Vendor</Th>
          <Th>Function</Th>
          <Th>Lab</Th>
          <Th>Certificate</Th>
          <Th>Open vulnerabilities</Th>
          <Th>{isRegulator ? 'Operator decisions' : 'Your decision'}</Th>
        </tr>
      </THead>
      <TBody>
        {items.map((c) => {
          const name = `${c.product.name} ${c.version}`;
          return (
            <tr key={c.certificateId} data-testid="component-row" data-name={name}>
              <Th scope="row">
                <Link href={`/components/${c.certificateId}`} className="text-sky-800 underline-offset-2 hover:underline" data-testid="component-link">
                  {name}
                </Link>
                {c.product.model ? <span className="block text-xs font-normal text-slate-600">{c.product.model}</span> : null}
              </Th>
              <Td>{c.vendor.name}</Td>
              <Td className="whitespace-nowrap">
                {c.networkFunction} <span className="text-slate-500">· {segmentNames[c.segment]}</span>
              </Td>
              <Td>{c.lab.name}</Td>
              <Td className="whitespace-nowrap">
                <CertificateBadge status={c.status} />
                <span className="block text-xs text-slate-600">until {formatDateTime(c.expiresAt).slice(0, 10)}</span>
              </Td>
              <Td>
                <VulnerabilityCounts counts={c.openVulnerabilities} />
              </Td>
              <Td className="whitespace-nowrap">
                {isRegulator && c.decisionCounts ? (
                  <span className="text-slate-700">
                    {c.decisionCounts.accept} accepted · {c.decisionCounts.reject} rejected
                  </span>
                ) : (
                  <DecisionBadge decision={c.decision?.decision ?? null} data-testid="component-decision" />
                )}
              </Td>
            </tr>
          );
        })}
      </TBody>
    </Table>
  );
}
