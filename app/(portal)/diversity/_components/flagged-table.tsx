import type { DiversityDto } from '@/lib/diversity/diversity-dto';
import { CertificateBadge } from '@/app/(portal)/components/_components/certificate-badge';
import { segmentNames, unitsText } from '@/app/(portal)/components/_components/labels';
import { Table, TBody, Td, Th, THead } from '@/app/_components/ui/data-table';

type Props = { segments: DiversityDto['segments']; showOperator: boolean };

/** Deployed versions whose certificate is suspended, revoked, expired or missing, most serious first per segment. */
export function FlaggedTable({ segments, showOperator }: Props) {
  const rows = segments.flatMap((s) => s.flagged.map((f) => ({ ...f, segment: s.segment })));
  if (rows.length === 0) {
    return (
      <p className="text-sm text-slate-700" data-testid="flagged-none">
        Every deployed version has a valid certificate.
      </p>
    );
  }
  return (
    <Table caption="Deployed versions without a valid certificate" captionHidden data-testid="flagged-deployments">
      <THead>
        <tr>
          <Th>Product version</Th>
          <Th>Vendor</Th>
          <Th>Segment</Th>
          {showOperator ? <Th>Operator</Th> : null}
          <Th>Units</Th>
          <Th>Certificate</Th>
        </tr>
      </THead>
      <TBody>
        {rows.map((f) => (
          <tr key={`${f.productVersionId}-${f.operator?.id ?? ''}`} data-testid="flagged-deployment" data-label={f.label}>
            <Th scope="row">{f.label}</Th>
            <Td>{f.vendorName}</Td>
            <Td>{segmentNames[f.segment]}</Td>
            {showOperator ? <Td>{f.operator?.name ?? '—'}</Td> : null}
            <Td className="tabular-nums">{unitsText(f.units)}</Td>
            <Td>
              <CertificateBadge status={f.certificateStatus} data-testid="flagged-reason" />
            </Td>
          </tr>
        ))}
      </TBody>
    </Table>
  );
}
