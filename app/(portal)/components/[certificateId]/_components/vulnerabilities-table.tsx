import type { VulnerabilityDto } from '@/lib/approved-components/approved-component-dto';
import { formatDateTime } from '@/app/_components/format/format-date-time';
import { Badge, type BadgeTone } from '@/app/_components/ui/badge';
import { Table, TBody, Td, Th, THead } from '@/app/_components/ui/data-table';

const SEVERITY_TONES: Record<string, BadgeTone> = { critical: 'danger', high: 'danger', medium: 'warning', low: 'neutral', none: 'neutral' };

export function VulnerabilitiesTable({ items }: { items: VulnerabilityDto[] }) {
  if (items.length === 0) return <p className="text-sm text-slate-700">No vulnerability has been reported against this version.</p>;
  return (
    <Table caption="Reported vulnerabilities, most severe first" captionHidden data-testid="component-vulnerabilities">
      <THead>
        <tr>
          <Th>Vulnerability</Th>
          <Th>Severity</Th>
          <Th>Status</Th>
          <Th>Fixed in</Th>
          <Th>Reported</Th>
        </tr>
      </THead>
      <TBody>
        {items.map((v) => (
          <tr key={v.id}>
            <Th scope="row">
              {v.title}
              {v.cve ? <span className="block font-mono text-xs font-normal text-slate-600">{v.cve}</span> : null}
            </Th>
            <Td className="whitespace-nowrap">
              <Badge tone={SEVERITY_TONES[v.severity] ?? 'neutral'}>
                {v.severity} · CVSS {v.cvssScore.toFixed(1)}
              </Badge>
            </Td>
            <Td>{v.status}</Td>
            <Td>{v.fixedInVersion ?? '—'}</Td>
            <Td className="whitespace-nowrap">{formatDateTime(v.reportedAt)}</Td>
          </tr>
        ))}
      </TBody>
    </Table>
  );
}
